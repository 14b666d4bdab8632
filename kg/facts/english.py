"""English relation cues with their direction, over a sentence whose names stand as
slots (Fact.rule ``english/<relation>``, or ``english/court``, ``english/case``).

A pattern of data/lexicon/english_cues.tsv is compiled to a regular expression over the
sentence's *skeleton*: the sentence with every name replaced by a numbered slot, so that
"a lawsuit filed by Florida mother Megan Garcia against Character.AI and Google" reads
``lawsuit filed by ⟨0⟩ mother ⟨1⟩ against ⟨2⟩ and ⟨3⟩`` and the pattern
``(lawsuit|suit) filed by {head} against {tail}`` gives Megan Garcia sued Character.AI and
Google.  A group is coordinated names (A, B and C), each possibly described first (its
rival Suno); the ontology's argument types filter them.  An intention before the cue
words (plans to, would be looking to, could face, has not: english.tsv) makes no fact.

In an English sentence the relations these patterns read are theirs alone: the plain
cue words of triggers.tsv (which take heads from the left, tails from the right) would
read "OpenAI, which is backed by Microsoft" the wrong way round.

A sentence is read as written and again as its main clause: without its phrases between
commas (SB 2, championed by Senator X, passed the Senate), and with each verb coordinated
after the first given the sentence's subject (Apple unveiled X, a set of features, and
announced a partnership with OpenAI).  References (the agency, the Paris-based company, it,
its before a product's name or before an act told as a noun: its settlement with) are read as
the names they stand for: the last subject of their type, the name told last where a verb takes
them as object, never a name the knowledge base seats elsewhere.

Two families share the patterns (made once per Extractor): EnglishSentences reads each
sentence and vetoes the plain cue words (its ``veto``), EnglishDocument reads what needs
the item.  Beyond the sentence: a court named in a sentence that rules, dismisses or denies
adjudicates the item's suit (``english/court``), and a case named A v. B says A sued B
(``english/case``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ..alternation import alternation, alternatives, prefix_tree, shared_prefixes
from ..kb import KnowledgeBase, tsv_rows
from ..later import later
from ..lookahead import scanning
from ..mentions.english import english_lexicon, given_names, pairs
from ..mentions.english.shared import crown_caption, crown_claimant_of
from ..model import Evidence, Fact, Item, Mention, Overlapping, overlaps_any
from ..resolve import without_article, without_legal_form
from .english_regex import Composer
from .dependency import parse_lexicon
from .grammar import TitledSurnames, cited_case, cites_precedent, party_place, sought
from .base import HOSTILE, PARTIES, SIGNATURES, Document, DocumentFamily, Sentence, SentenceFamily, Shared, trade_name_place

SLOT = r"⟨\d+⟩"
CONTRACTED_IS = r"['’]s"  # it’s: "is" contracted onto a pronoun
LISTED = rf"{SLOT}\s*(?:,|(?:and|or|&)\s)"  # a name a list goes on after (the ⟨2⟩ and the ⟨3⟩): no description
# (also a unit and its body: the ⟨1⟩ of the ⟨2⟩, the ⟨3⟩ and…)
LISTED_UNIT = rf"{LISTED}|{SLOT}\s+of\s+(?:the\s+)?{LISTED}"
OWNERS = frozenset({"Company", "Organization", "Regulator"})  # what "its" before a product's name stands for
STATE_OWNERS = frozenset({"Regulator"})  # an owner that, acting on a firm named after it, owns none of the firm's products
MAKERS = frozenset({"Company", "Organization"})  # (EnglishFacts.maker_after)
LONE_ACTORS = frozenset({"Company", "Organization", "Regulator", "Legislature", "Court"})  # what a lone "it" may stand for
NO_PRONOUN = frozenset({"Person", "Law", "AIModel", "Case"})  # what "it" opening a clause never stands for
GAP_WORDS = 4
WORD = r"(?:[^\s⟨⟩,;:]|,(?=\d{3}))+"  # a word a gap passes ($365,000 is one word)
ACT_YEAR = re.compile(r",\s*(?:19|20)\d{2}(?=\s*[,;.)]|\s+(?:was|were|is|has|had)\b)")  # the Enhancing Digital Trust Act, 2024, was…
_CJK = re.compile(r"[\u3400-\u9fff]")
# the counterpart a pair's act is told with, after it in its clause (A and B settled a lawsuit from ⟨2⟩,
# reached a settlement with a ⟨3⟩ woman): the pair acted together, one side of it (english_cues.tsv {both})
# (A and B settled lawsuits filed by families: the suits' bringers, named or not, are the other side)
_COUNTERPART_AFTER = re.compile(rf"[^,;.⟨⟩]{{0,60}}?\b(?:(?:with|from)\s+(?:[^\s,;.⟨⟩]+\s+){{0,3}}{SLOT}"
                                rf"|(?:brought|filed)\s+(?:against\s+them\s+)?by\b)")
# a description's character that opens no relative clause (a 2024 lawsuit in which record labels — A, B, C — accused X:
# the labels are no subject of the sentence, the lawsuit's clause tells what they did)
_NO_CLAUSE = r"(?:(?!\b(?:which|who|whom|whose)\b)[^—–⟨⟩,;])"
# a dash glued to a name (record labels—A, B and C—accused X): spaced as the grammar reads an aside's dashes
_GLUED_DASH = re.compile(r"(?<=[^\s⟨])[—–](?=⟨)|(?<=⟩)[—–](?=[^\s⟩])")
_TOKEN = re.compile(r"\[[^\]]*\]|(?:[^\s(\[]|\([^)]*\))+")  # a pattern's tokens: [optional words], words
_PART = re.compile(r"\{(head|tail|both|kind|other)(1?)\}|\{([a-z_]+)\}|\(([^)]*)\)")  # a token's slots and (a|b)
_LATIN = re.compile(r"[A-Za-z]")
_OPENING_NAME = re.compile(r"\{(?:head|tail|both|other)1?\}")  # a pattern opening with a group or a name (Pattern.opens_with_name)
# a short form in brackets that is no name found (a lawsuit against artificial intelligence (AI) start-up X): it says
# nothing the words before it do not, and stands between a description and its name
_SHORT_FORM = re.compile(r"\s\([A-Z][A-Za-z]{1,7}\)(?=[\s,;.])")
_UNIT_OWNERS = frozenset({"Regulator", "Legislature", "Organization"})  # bodies whose committees are their units


@dataclass(frozen=True)
class Pattern:
    """A cue pattern, its regular expression compiled the first time a skeleton has all it
    needs: 121 patterns of up to 70 KB each cost seconds of CPU to compile, and a sentence
    without "against" or "sued" never needs "{head} … (sued|sues) {tail}"."""
    relation: str  # the relation it reads (a story line of kg.facts.story: the line's kind)
    text: str
    compiler: Callable[[str], re.Pattern] = field(repr=False, compare=False)
    needs: tuple[Need, ...] = field(default=(), repr=False, compare=False)  # a part of every match each
    # the words every match holds one of each of, in this order (NAME for a name's slot): EnglishFacts.order
    order: tuple[tuple[str, ...], ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def regex(self) -> re.Pattern:
        return self.compiler(self.text)

    def may_match(self, present: Callable[[Need], bool]) -> bool:
        """Whether a skeleton with what ``present`` says it has can match."""
        return all(present(need) for need in self.needs)

    def in_order(self, folded_skeleton: str) -> bool:
        """Whether a skeleton (folded) holds a word of each of ``order`` in that order, each found
        where the one before starts or after (the earliest such, which leaves the most room for the
        rest): a match holds them so, the skeleton's folding keeping their order. A skeleton holding
        the words a pattern needs in another order (its verb before every name) is not tried, nor the
        pattern compiled for it."""
        position = 0
        for words in self.order:
            found = [at for at in (folded_skeleton.find(word, position) for word in words) if at >= 0]
            if not found:
                return False
            position = min(found)
        return True

    @cached_property
    def opens_with_name(self) -> bool:
        """Whether every match opens with a name: the group or one name of a role ({head}, {tail1}…)."""
        return _OPENING_NAME.match(self.text) is not None

    @cached_property
    def key(self) -> Need | None:
        """Its rarest need of words (PatternIndex's key), told by its words' lengths: the fewer and
        longer its words, the fewer skeletons hold one (("against",) before ("a", "the")); None
        where every need is a regular expression's."""
        return min((need for need in self.needs if need.regex is None), default=None,
                   key=lambda need: sum(0.3 ** len(word) for word in need.words))


class PatternIndex:
    """Patterns by the words of their keys (Pattern.key): a skeleton is tried only against the
    patterns one of whose key's words its folded text holds, in the list's order.  A pattern whose
    key is not there lacks a need, so it could not match: the same matches as trying all (dev
    English: 27 of 644 cue patterns tried a skeleton, not 290).  A key word of three characters or
    more is looked up only where the skeleton holds its first three (1,100 words, 320 openings)."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self.always = [number for number, pattern in enumerate(patterns) if pattern.key is None]
        by_word: dict[str, list[int]] = {}
        for number, pattern in enumerate(patterns):
            for word in pattern.key.words if pattern.key is not None else ():
                by_word.setdefault(word, []).append(number)
        self.short = {word: numbers for word, numbers in by_word.items() if len(word) < 3}
        self.by_opening: dict[str, list[tuple[str, list[int]]]] = {}
        for word, numbers in by_word.items():
            if len(word) >= 3:
                self.by_opening.setdefault(word[:3], []).append((word, numbers))

    def candidates(self, folded_skeleton: str) -> list[Pattern]:
        """The patterns whose key ``folded_skeleton`` (folded) holds, in the list's order."""
        numbers = set(self.always)
        for word, numbered in self.short.items():
            if word in folded_skeleton:
                numbers.update(numbered)
        openings = {folded_skeleton[at:at + 3] for at in range(len(folded_skeleton) - 2)}
        for opening in openings & self.by_opening.keys():
            for word, numbered in self.by_opening[opening]:
                if word in folded_skeleton:
                    numbers.update(numbered)
        return [self.patterns[number] for number in sorted(numbers)]


_FOLDS = str.maketrans({"’": "'", "İ": "i", "ı": "i", "ſ": "s"})  # what (?i:) and ['’] take for i, s and '
_SPACES = re.compile(r"\s+")


def folded(text: str) -> str:
    """``text`` as a Need's words are looked up in it: lower case, one space for any run of
    white space, one apostrophe for either (what the pattern's (?i:a\\s+b['’]s) matches)."""
    return _SPACES.sub(" ", text.translate(_FOLDS)).lower()


@dataclass(frozen=True)
class Need:
    """What every match of a pattern has a part matching (Pattern.needs): one of ``words``
    (ASCII, folded: any case, any spacing, either apostrophe), looked up in the folded
    skeleton, or where a word is not ASCII or the part is no list of words (a kind's word),
    ``regex`` searched: no regular expression compiled for the hundreds of word lists."""
    words: tuple[str, ...] = ()
    regex: re.Pattern | None = None

    def found(self, skeleton: str, folded_skeleton: str | None = None) -> bool:
        """Whether ``skeleton`` (``folded_skeleton``: it folded, where the caller has it) holds it."""
        if self.regex is not None:
            return self.regex.search(skeleton) is not None
        folded_skeleton = folded(skeleton) if folded_skeleton is None else folded_skeleton
        return any(word in folded_skeleton for word in self.words)


NAME = Need(("⟨",))  # a name's piece of a pattern (EnglishFacts.pieces): its slot, ⟨1⟩, in the skeleton


def headline_span(item: Item, text: str) -> tuple[int, int]:
    """Where an item's headline stands in its text (as Item.text lays it out): its title, or,
    where the title is only the document's name (a plain text's), its body's first line."""
    if item.title and item.title != item.document:
        return 0, len(item.title)
    at = text.find(item.body) if item.body else -1
    if at < 0:
        return 0, 0
    end = text.find("\n", at)
    return at, len(text) if end < 0 else end


@lru_cache(maxsize=256)
def english_sentence(sentence: str) -> bool:
    """Mostly Latin letters, no Chinese: the English rules' sentences (asked by each English
    family of the same sentence: answered once)."""
    return not _CJK.search(sentence) and len(_LATIN.findall(sentence)) >= 8


class EnglishFacts:
    def __init__(self, kb: KnowledgeBase, signatures: dict[str, tuple[set[str], set[str]]]) -> None:
        self.kb = kb
        self.signatures = signatures
        self.words = words = english_lexicon(kb) | english_lexicon(kb, "english_facts.tsv")
        self.name_grammar(words)
        self.clause_grammar(words)
        self.list_grammar(words)
        self.cue_words(kb, words)
        self.reference_words(words)
        self.skeleton = lru_cache(maxsize=256)(self._skeleton)
        self.skeletons = lru_cache(maxsize=64)(self._skeletons)
        self.indexes: dict[int, PatternIndex] = {}  # (EnglishFacts.index)
        # a pattern's … (a few words, after a phrase between commas: the Garante, on Thursday, ordered; and what the
        # actor said it did: said on Tuesday it had fined), in most cue patterns: a part of the composer's too
        self.gap = rf"(?:,\s+(?:{WORD}\s+){{0,{GAP_WORDS}}}?{WORD},\s+|{self.behalf_aside}|\s+)(?:{WORD}\s+){{0,{GAP_WORDS}}}?" \
                   rf"(?:(?:{self.reported})\s+(?:{WORD}\s+){{0,3}}?(?:that\s+)?(?:{self.subject_pronouns})\s+" \
                   rf"(?:{WORD}\s+){{0,2}}?)?"
        self.composer.add([self.gap])
        # a possessive's owner inside a phrase (scraped images from Getty's websites to train its X): not the topic
        self.owner_after_preposition = later(rf"\b(?:{alternatives(words['preposition'], spaced=True)})\s+$")
        # a semicolon list's end (the sentence's end, the line's), and what each of its parts opens with: a name or a
        # determiner (its co-founders B and C; Google, where…; and Google parent D), never a clause of its own
        self.series_close = later(r"[.!?](?=\s+[A-Z\"“]|\s*$)|\n", re.MULTILINE)
        opening = alternatives(words["possessive_determiner"] + words["determiner"], spaced=True)
        self.series_part = later(rf"\s*(?:and\s+)?(?:(?:{opening})\s+|[A-Z])"
                                 rf"(?![^;]*\b(?:{alternatives(words['series_clause_verb'], spaced=True)})\b)[^;]{{0,160}}$")

    def composed(self, source: str):
        """``self.composer.compile(source)`` compiled on its first use (kg.later): a process that
        reads no English sentence never compiles the grammar's patterns."""
        return later(source, compiler=self.composer.compile)

    def name_grammar(self, words: dict[str, list[str]]) -> None:
        """How names stand in a sentence: one name with its description (``element``: the
        German publisher ⟨1⟩, ⟨2⟩, the company behind ⟨3⟩,), a group of them coordinated
        (``group``), the phrases between commas that add no member."""
        # a kind before a name, or who the name is in a suit (a class action brought by authors A, B and C)
        kind_words = set(words["kind_noun"]) | set(words["plaintiff_noun"]) | set(words["person_kind"]) | set(words["body_kind"])
        self.kind_nouns = frozenset(word.lower() for word in kind_words)  # (a caption's side that is one: family_side)
        # (the alternations the clause and reference grammars share)
        self.determiner = determiner = alternatives(words["determiner"], spaced=True)
        self.prepositions = alternatives(words["preposition"], spaced=True)
        # a kind's modifiers are no linking words (sued Udio and its rival Suno: two names)
        self.linking = linking = alternatives(words["preposition"] + words["conjunction"], spaced=True)
        # (and a nationality: the German publisher Axel Springer)
        # (and a capitalised word's compound: AI-based music services, US-listed chipmaker)
        modifier = rf"(?!(?:{linking})\s)(?:[a-z][\w-]*|[A-Z]{{2,4}}(?:-[a-z][\w-]*)?|[A-Z][a-z]+)"
        self.kind_word = shared_prefixes(kind_words, spaced=True)  # (what every kind holds: a pattern's need)
        self.kind = rf"(?:{modifier}\s+){{0,3}}?(?:{self.kind_word})s?"
        # a place before the kind of who acts (a Florida mother, the UK parenting forum): the place describes the actor
        self.place_kind = later(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{alternatives(kind_words, spaced=True)})s?\b")
        # (two kinds of one person: blogger and content creator Jane Roe; no determiner after the "and", which opens
        # a second name: the company and its rival Suno)
        coordinated = rf"{self.kind}(?:\s+and\s+(?!(?:{alternatives(words['determiner'] + words['possessive_determiner'], spaced=True)})\s)" \
                      rf"(?:{modifier}\s+){{0,3}}?(?:{alternatives(words['person_kind'], spaced=True)}))?"
        described = rf"(?:(?:{alternatives(words['determiner'] + words['possessive_determiner'], spaced=True)})\s+)?" \
                    rf"(?:{SLOT}(?:['’]s?|-[a-z]+)?\s+)?{coordinated}(?:,?\s+(?:{alternatives(words['including'], spaced=True)}))?\s+{SLOT}"
        # (the Toronto-based model developer Cohere; giants such as A and B, companies including A: the list after the kind)
        # an official and the person holding the office (Texas Attorney General Ken Paxton): both
        # Italy's data protection authority, the Garante: the name after the description
        # a Premium subscriber, Jane Roe,; his former landlord, Acme Homes, LLC,: a description and its name
        owned = alternatives(words["determiner"] + words["possessive_determiner"], spaced=True)
        apposed = rf"(?:{SLOT}['’]s\s+|(?:the\s+)?(?:{SLOT}\s+)?){self.kind},\s+(?:the\s+)?{SLOT}(?:,(?=\s))?" \
                  rf"|(?i:{owned})\s+(?:(?:[\w-]+|{SLOT})\s+){{0,2}}?[a-z][a-z-]+,\s+{SLOT},(?=\s)" \
                  rf"|(?i:{alternatives(words['possessive_determiner'], spaced=True)})\s+(?:(?:[\w-]+|{SLOT})\s+){{0,2}}?" \
                  rf"[a-z][a-z-]+,\s+{SLOT}(?=\.?$)"  # (and its Singapore affiliate, Beta Ltd.: the sentence's last name)
        # a mother from Florida, Jane Roe,: a kind of who acts, from a place, and the name
        apposed += rf"|(?:a|an|the)\s+{self.kind}\s+(?:from|in)\s+{SLOT},\s+{SLOT}(?:,(?=\s))?"
        # brought by the Daily News and the Center for Investigative Reporting; sponsored by State Senator Jane Roe
        roles = shared_prefixes(words["person_role"] + words["legislator_role"], spaced=True)
        # (and "one" before a name: the court restrained A and one Jane Roe: english_facts.tsv name_article)
        article = rf"(?:[Tt]he\s+|(?:{alternatives(words['name_article'], spaced=True)})\s+(?={SLOT}))?" \
                  rf"(?:(?:State\s+|state\s+)?(?:{roles})\s+(?={SLOT}))?"
        # The Dutch data protection authority, the Autoriteit Persoonsgegevens,: one body named twice;
        # the San Francisco-based start-up (a reference): the start-up
        # (not a list's members, each after "the": the A, the B, the C and the D; nor the last two before a list's
        # closing "and" after a comma: the A, the B, and the C; the A, the B, the C, and the D)
        renamed = rf"{article}{SLOT},\s+the\s+{SLOT},(?=\s)(?!\s*(?:the\s+)?{LISTED}|\s*(?:and|or|&)\s+(?:the\s+)?{SLOT})"
        self.element = later(rf"{apposed}|{renamed}|{described}|{article}{SLOT}['’]s\s+{SLOT}|{article}{SLOT}\s+{SLOT}"
                             rf"|{article}{SLOT}-[a-z]+\s+{SLOT}|{article}{SLOT}")
        # a description between commas after a name says what it is, it adds no member:
        # Character Technologies, the company behind the Character.AI app, and Google (or Avianca,
        # Colombia's largest airline, and…)
        # and so does a relative clause or a participle between commas (iTutorGroup, which hires
        # tutors in China, was sued by…; Silo AI, founded in 2017, builds…)
        self.clause = clause = alternatives(words["clause_opener"], spaced=True)
        # (but a described name before "and," is the list's next member: A, the German publisher B and, …, C;
        # and so is "the" before a name and a comma or "and": A, the B and the C, which belong to D,)
        # (its names may run on into a list left open: A, the group behind B, C, D, and more, sued…: the aside ends after "more")
        open_list = rf"(?:(?:,\s+{SLOT})+,?\s+(?:{alternatives(words['open_list_close'], spaced=True)}))?"
        # (a relative clause's own list closed by "and" is the clause's to its end: X, which owns A, B and C, did…;
        # after a description the names go on the outer list: A, the German publisher B, C and D, sued…)
        clause_list = rf"(?:(?:,\s+{SLOT})+,?\s+(?:and|or)\s+{SLOT})?"
        self.apposition = later(rf",\s+(?:(?:{determiner})\s+(?!{LISTED_UNIT})(?:[^,;⟨⟩]*?{SLOT})*{open_list}"
                                rf"|(?:{clause})\s+(?:[^,;⟨⟩]*?{SLOT})*(?:{clause_list}|{open_list}))"
                                rf"[^,;⟨⟩]*?(?<!⟩ and)(?<!⟩ or),(?=\s|$)"
                                rf"|,\s+{SLOT}['’]s\s+[a-z][^,;⟨⟩]*,(?=\s|$)")
        # what a sentence still says with its phrases between commas left out (Connecticut's SB 2,
        # championed by Senator X, passed the Senate): a description, a relative clause, a participle
        self.after_participle = after_participle = alternatives(words["participle_preposition"], spaced=True)
        # (its time between: The suit, filed Tuesday in federal court in X, accuses…; brought last year by A)
        participle = rf"(?:[a-z]+ed|{alternatives(words['strong_participle'], spaced=True)})\s+(?:[A-Za-z]+\s+){{0,2}}?(?:{after_participle})\s+"
        # (or a count: A and B, both based in X, sued…; two news sites,)
        counted = alternatives(words["aside_count"], spaced=True)
        self.parenthetical = later(rf",\s+(?:(?:{determiner}|{counted}|one\s+of)\s+(?!{LISTED_UNIT})(?:[^,;⟨⟩]*?{SLOT})*{open_list}"
                                   rf"|(?:(?:{clause})\s+|{participle})(?:[^,;⟨⟩]*?{SLOT})*(?:{clause_list}|{open_list}))"
                                   rf"[^,;⟨⟩]*?,\s+(?=[a-z⟨])")
        joins = alternatives(words["group_join"], spaced=True)
        others = rf",?\s+and\s+[\w-]+\s+other\s+(?:[a-z-]+\s+){{0,3}}?[a-z]+,?\s+(?:{alternatives(words['including'], spaced=True)})"
        self.join = later(rf",?\s+(?:{joins})\s+|{others}\s+")  # A and 14 other companies, including B
        # (after a description between commas, whose comma ends it: A, a Democrat, B and C)
        # (a second by-phrase goes on the list: filed by A and B, which belong to X, and by C)
        # (and an aside after "and": A and, a day later, B)
        separator = rf"(?:\s*,\s*(?:and\s+(?:by\s+)?|&\s+)?|\s+(?:and|&)\s+(?:by\s+)?|(?<=,)\s+(?:and\s+(?:by\s+)?|&\s+)?" \
                    rf"|\s+and,\s+[^,;⟨⟩]{{1,40}}?,\s+|{self.join.pattern})"
        # a person's state after the name (Amy Klobuchar of Minnesota, Sen. Chris Coons (D-Del.)),
        # a unit's body (the Civil Rights Division of the Justice Department)
        # or its short name in brackets (Munhwa Broadcasting Corp. (MBC); quoted where it is a name found,
        # the Federal Trade Commission (“FTC”)), which adds no member
        # (the state a found place: Sen. Ted Cruz (R-⟨1⟩))
        # (or what the member is, in brackets: Lisa Roe (author of two novels, both memoirs), Acme (a music studio))
        self.of_place = later(rf"\s+(?:of\s+(?:the\s+)?({SLOT})|\([A-Z]-(?:[A-Za-z. ]{{1,12}}|{SLOT})\)|\((?:[A-Z][A-Za-z0-9.&-]{{1,9}}|{SLOT})\)|\([\u201c\"\u2018']{SLOT}[\u201d\"\u2019']\)"
                              rf"|\((?=[^()⟨⟩]*\s)[^()⟨⟩]{{3,80}}\))")
        self.of_body = later(rf"({SLOT})\s+of\s+the\s+({SLOT})")
        element = rf"(?:{self.element.pattern})(?:{self.of_place.pattern})?(?:{self.apposition.pattern})?"
        # (a further member is no place before -based told with its article: X, the London-based firm whose…: X alone)
        self.group = rf"(?:{element})(?:{separator}(?!(?:the|a|an)\s+{SLOT}-[a-z])(?:{element}))*"
        # the parts every cue pattern (and every pattern holding a group) repeats, parsed once (kg.facts.english_regex)
        self.composer = Composer([self.group, self.element.pattern, self.kind])
        self.name_start = self.composed(rf"(?=(?:{self.element.pattern}))")  # (EnglishFacts.name_starts)

    def clause_grammar(self, words: dict[str, list[str]]) -> None:
        """How clauses open and join: a sentence's opening and subject, verbs coordinated after
        it, a subject's or clause's start, asides a gap passes."""
        determiner, clause, after_participle, prepositions = self.determiner, self.clause, self.after_participle, self.prepositions
        # a verb after "and" in a sentence opened by its subject (…, and announced a deal)
        before_verb = alternatives(words["coordinated_adverb"] + words["auxiliary"], spaced=True)
        # (a time or an aside may stand between "and" and the verb: and in January ordered, and, days later, fined)
        finite_ahead = rf"(?=[a-z]+(?:ed|es)\s|(?:{alternatives(words['strong_past'], spaced=True)})\s)"
        series_time = rf"(?:\s+(?:{alternatives(words['series_time'], spaced=True)})\s+(?:[A-Z]?[a-z]+|\d{{4}})(?:\s+\d{{4}})?\s+" \
                      rf"|,\s+[^,;⟨⟩]{{1,30}}?,\s+|\s+)"
        self.coordinated_verb = later(rf"(?:,\s+|\s+)and{series_time}(?:(?:{before_verb})\s+)?{finite_ahead}")
        # the members of a series before its "and" told with a comma alone (blocked A in 2023, fined B in
        # 2024, and ordered C…): a finite verb whose object follows at once (no participle aside: founded by)
        self.series_verb = later(rf",\s+(?=(?:[a-z]+ed|{alternatives(words['strong_past'], spaced=True)})\s+"
                                 rf"(?:{SLOT}|(?:the|a|an|its|their)\s))")
        # what may open a sentence before its subject: Separately, / On Monday, / In June 2024,
        time = rf"(?:{alternatives(words['time_preposition'], spaced=True)})\s+(?:[A-Z]?[a-z]+|\d+)(?:\s+\d+)?"
        adverb = rf"(?:(?:{alternatives(words['clause_adverb'], spaced=True)}|{time}),\s+)"
        # a wire story's dateline before its first sentence: PARIS and SANTA CLARA, Calif. -, WASHINGTON, Sept 26 (Reuters) -
        place = rf"(?:[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})*|{SLOT})"
        dateline = rf"(?:{place}(?:\s+and\s+{place})*(?:,\s+[A-Z][\w.]*(?:\s+\d+)?)*(?:\s+\([^()]*\))?\s+[-–—]+\s+)"
        self.opening = rf"^\s*{dateline}?{adverb}?"  # a pattern's ^: the sentence opens with what follows
        self.subject = self.composed(rf"{self.opening}(?P<subject>{self.group})\s+(?=[a-z])")
        self.reported = alternatives(words["reported"], spaced=True)
        # an aside naming those the actor acts for (X, acting for Y, sent Z a notice): a gap may pass it, the
        # group it names being heads too (english_facts.tsv behalf, behalf_relation)
        self.behalf_aside = rf",\s+(?:{alternatives(words['behalf'], spaced=True)})\s+(?:the\s+)?{self.group},\s+"
        # what stands between a court and a word of another clause than the court's (, alleging that…; which…)
        self.other_clause = later(rf",\s+[a-z]+ing\b|\b(?:{alternatives(words['relative_pronoun'] + words['conjunction'], spaced=True)})\s")
        # a clause without a subject of its own (…, accusing the company of…; a deal with X that will see the
        # start-up build…): the names before it are no subject the reference would stand beside
        self.subjectless_clause = later(rf"(?:,\s+[a-z]+ing|\b(?:{alternatives(words['relative_pronoun'], spaced=True)}))\s[^,;⟨⟩]*$")
        self.sentence_break = later(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")  # where a sentence of a paragraph ends
        # what an act's "its" follows where no pattern reads it as written (under its settlement, said its
        # investment; settled its lawsuit is the patterns' own): a preposition or a saying
        self.act_owner_before = later(rf"(?:^|\b(?:(?i:{alternatives(words['preposition'], spaced=True)})|{self.reported})\s+)$")
        # what a clause's subject follows: the sentence's start, a comma, a conjunction (…in June, and Warner followed)
        self.subject_opening = later(rf"(?:^|[,;]\s*|\b(?:{alternatives(words['conjunction'], spaced=True)})\s+)$")
        # a product's owner: a clause's subject, or one a saying reports (X said Y built its Z: Y)
        self.product_subject = later(rf"(?:^|[,;]\s*|\b(?:{alternatives(words['conjunction'], spaced=True)}|{self.reported})\s+)$")
        # after a verb's object (and its time or court: on Friday, in federal court), a gerund the object does
        # (sued Anthropic for misusing…, accused Meta of using…)
        self.gerund_opening = later(rf"\s+(?:[\w.]+\s+){{0,3}}?(?:{alternatives(words['gerund_preposition'], spaced=True)})"
                                    rf"\s+[a-z]+ing\b")
        # where a gerund's phrase ends before "its": a clause opening after it (sued X for copying code, and said its…)
        self.gerund_close = later(rf"[;:]|,\s*(?:{alternatives(words['conjunction'], spaced=True)})\s")
        # its before an act or tie told as a noun, after at most two words (its 2022 settlement with, its pending lawsuit against)
        self.owned_act = later(rf"\s+(?:[\w$-]+,?\s+){{0,2}}?(?:{alternatives(words['owned_act'], spaced=True)})\s+(?:with|against|in|of)\s")
        # a phrase between commas that says who a name is (the start-up, founded by researchers of Meta, launched…)
        self.aside = later(rf",\s+(?:(?:{determiner})\s+|(?:{clause})\s+|[a-z]+ed\s+(?:{after_participle})\s+)[^,;]*,")
        # what may stand before a clause's subject: an adverb, The, its owner (Ireland's), its seat
        # (the Paris-based), a description (chipmaker)
        self.clause_opening = later(rf"\s*{adverb}?(?:(?i:{determiner})\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,4}}"
                                    rf"['’]s\s+|[\w.]+(?:,?\s[A-Z][\w.]+)?-[a-z]+\s+)?(?:{self.kind}\s+)?")
        self.qualifier = later(r"(?:['’]s?|-[a-z]+)(?![\w])")  # Ireland's DPC, Seattle-based Getty: not the subject
        self.subject_pronouns = alternatives(words["subject_pronoun"], spaced=True)
        self.relative = later(rf",?\s*(?:{alternatives(words['relative_pronoun'], spaced=True)})\s[^,;]*")
        # two clauses that share a list's "and" (The Intercept sued OpenAI and Raw Story and AlterNet brought a
        # case): after a verb's object, names before a finite verb of their own open the next clause
        finite = rf"(?:[a-z]+ed|{alternatives(words['strong_past'], spaced=True)}|sues|files|brings)"
        self.shared_and = self.composed(rf"(?P<verb>\b{finite}\s+)(?P<object>{SLOT})\s+and\s+"
                                        rf"(?=(?:{self.group})\s+{finite}\s+(?!(?:{prepositions})\s))")
        # a second clause that leaves out the first's verb, its names before and after that verb's preposition told
        # again (UMG settled with Udio, and Warner Music Group with Suno): the verb is read into it, not its subject
        # made one more object (Warner Music Group settled with Suno, not UMG settled with Warner Music Group)
        gapped = alternatives(words["gapped_preposition"], spaced=True)
        self.gapped_clause = self.composed(rf"(?P<verb>\b{finite}\s+(?:[^⟨⟩,;.]*?\s)?)(?P<preposition>{gapped})\s+"
                                           rf"(?P<object>{self.group}),\s+and\s+(?P<subject>{self.group})\s+(?P=preposition)\s+"
                                           rf"(?=(?:{self.group})\s*(?:[.;!]|$))")
        # a name that ends a phrase before the verb is no actor (newspapers owned by Alden sued…, the parents of X sued…)
        # (an age may describe the name first: the parents of 16-year-old X filed…)
        self.object_of = later(rf"\b(?:{alternatives(words['object_preposition'], spaced=True)})\s+(?:\d+-(?:year-old\s+)?)?$")
        self.relative_object = later(rf"\b(?:which|who|that)\s+(?:{alternatives(words['relative_object_verb'], spaced=True)})"
                                     rf"\s+(?:the\s+)?$")
        self.relative_grammar(words)

    def relative_grammar(self, words: dict[str, list[str]]) -> None:
        """A relative clause about a name, read again as a clause of its own (X, which was sued by Y, …:
        X was sued by Y; X, which Y sued in 2023 (was suing), …: Y sued X in 2023; X, whose investors include Y: X's
        investors include Y; X, the start-up Y sued last year, …: Y sued X last year), so that every
        pattern reads it as it reads a main clause."""
        # the clause runs to the comma closing it (a list's commas go on: which sued A, B and C in May,)
        # (but not past a list's last member whose own verb follows: YouTube, which is owned by Google, and OpenAI endorsed…)
        rest = rf"(?P<rest>(?:[^,;]|,(?=\s+⟨)|,(?=\s+(?:and|or)\s+{SLOT}(?:\s*[,.;]|$)))*)"
        names = rf"{SLOT}(?:(?:,\s+|,?\s+and\s+){SLOT})*"
        self.subject_relative = later(rf"(?P<name>{names}),\s+(?:{alternatives(words['relative_subject'], spaced=True)})"
                                      rf"\s+(?=[a-z]){rest}")
        self.possessive_relative = later(rf"(?P<name>{SLOT}),\s+(?:{alternatives(words['relative_possessive'], spaced=True)})"
                                         rf"\s+(?=[a-z]){rest}")
        # (the clause's subject right after the pronoun, or after a description of the name: the start-up Y sued)
        # (or in its progressive: X, which Y was suing for infringement, …: Y was suing X)
        verb = rf"(?:(?:has|have|had)\s+)?(?:[a-z]+ed|{alternatives(words['strong_past'], spaced=True)})" \
               rf"|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+[a-z]+ing"
        self.object_relative = later(rf"(?P<name>{SLOT}),\s+(?:(?:{alternatives(words['relative_object'], spaced=True)})\s+"
                                     rf"|(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{1,3}}?)(?P<subject>(?:the\s+)?{names})\s+"
                                     rf"(?P<verb>{verb})\b{rest}(?=,|;|$|\.)")

    def relative_clauses(self, skeleton: str) -> list[str]:
        """The relative clauses of a skeleton, each told as a clause of its own (relative_grammar)."""
        found = [f"{m.group('name')} {m.group('rest')}" for m in self.subject_relative.finditer(skeleton)]
        found += [f"{m.group('name')}'s {m.group('rest')}" for m in self.possessive_relative.finditer(skeleton)]
        found += [f"{m.group('subject')} {m.group('verb')} {m.group('name')}{m.group('rest')}"
                  for m in self.object_relative.finditer(skeleton)]
        return found

    def list_grammar(self, words: dict[str, list[str]]) -> None:
        """Lists told apart from the clause: between dashes, after a count or a kind, closed by
        "among them"; a source told at the sentence's end."""
        # a list told after its kind and closed by "among them" (eight papers, A, B and C among them, sued…): the
        # list stands as the subject, as between dashes (eight papers - A, B and C - sued…)
        self.among_them = self.composed(rf",\s+(?P<list>{self.group})\s+(?:{alternatives(words['among_them'], spaced=True)}),\s+(?=[a-z])")
        # a sentence opened by a kind and the list of its members (28 countries, including A, B and C, signed…)
        # (or by those who lead it: a group of authors, led by A and B, sued…)
        # (the kind alone, capitalized as the sentence's first word: Critics, including A and B, have accused…)
        self.including_opening = self.composed(rf"^(?P<opening>\s*(?:(?:[\w-]+\s+){{0,4}}?[a-z]+s|[A-Z][a-z]+s)),\s+"
                                               rf"(?:{alternatives(words['including'] + words['led_by'], spaced=True)})\s+"
                                               rf"(?P<list>{self.group}),\s+(?=[a-z])")
        # (or the agent after "by" told so: a suit filed by a coalition of writers, including A and B, against X: by A and B;
        # not a count's members: signed by 28 countries, including A and B, and by C)
        self.including_agent = self.composed(rf"\bby\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,4}}?[a-z]+s,\s+"
                                             rf"(?:{alternatives(words['including'] + words['led_by'], spaced=True)})\s+"
                                             rf"(?P<list>{self.group}),\s+(?=[a-z])")
        # (or by a relative clause telling its members: A coalition of Canadian news outlets, which includes A, B and C, sued…)
        self.member_opening = self.composed(rf"^(?P<opening>\s*(?:[A-Z][\w-]*\s+)(?:[\w-]+\s+){{0,5}}?[a-z]+s),\s+"
                                            rf"(?:{alternatives(words['member_clause'], spaced=True)})\s+"
                                            rf"(?P<list>{self.group}),\s+(?=[a-z])")
        # a list told after a count of what its members are (letters to four of the biggest AI companies,
        # A, B, C and D, asking…): the list stands where the count is
        self.counted_list = self.composed(rf"\b(?:{alternatives(words['list_count'], spaced=True)}|\d+)\s+of\s+(?:the|its|their)\s+"
                                          rf"[^⟨⟩,;]*,\s+(?P<list>{self.group})(?=,\s|\.|$)")
        # a list told after a count of its members' kind and a colon (sued six AI companies: A, B, C, D, E and F;
        # Four outlets: A, B, C and D sued…): the list stands where the count is (two members at least)
        self.colon_list = self.composed(rf"\b(?:{alternatives(words['list_count'], spaced=True)}|\d+)\s+"
                                        rf"(?:[^⟨⟩,;:.!?\"“”]{{1,60}}?\s)?[a-z][\w-]*:\s+"
                                        rf"(?P<list>{self.group})(?=,\s|[.;!]|\s*$)")
        # a source told after the facts at the sentence's end (…, Bloomberg reported; …, according to X): no party
        attribution = alternatives(words["attribution_verb"], spaced=True)
        self.attribution = later(rf",\s+(?:{SLOT}(?:\s+and\s+{SLOT})?\s+(?:{attribution})|according\s+to\s+{SLOT})"
                                 rf"(?:\s+[^⟨⟩,;]*)?[.!]?[\s\"”’']*$")
        # a subject described, then its members between dashes (a coalition of Canadian news outlets —
        # A, B and C — sued…): the members are the subject, the description (and a nationality in it) is not
        self.dashed_list = later(rf"(?:^|(?<=,\s))(?P<opening>[^⟨⟩—–,;]*?\b)(?:an?|the|two|three|four|five|six|seven|several|some|many)"
                                 rf"\s+{_NO_CLAUSE}*?(?:{SLOT}{_NO_CLAUSE}*?)?\s+[—–]\s+(?P<list>{self.group})\s+[—–]\s+(?=[a-z])",
                                 re.IGNORECASE)
        # an object told by its count and description, then its members between dashes (sued three companies —
        # A (Delaware), B (Singapore) and C — in May): the members are the object
        self.dashed_object = self.composed(rf"(?<=[a-z]\s)(?:{alternatives(words['list_count'], spaced=True)})\s+[^—–⟨⟩,;]*?"
                                           rf"\s+[—–]\s+(?P<list>{self.group})\s+[—–]\s+(?=[a-z])")
        # a subject told by its description, then its name as what it is known as (The country's privacy watchdog,
        # known as Garante, said…; Italy's data protection authority, called the Garante, fined…): the name is the subject
        self.known_as = later(rf"(?:^|(?<=[,;]\s))\s*(?:(?:[Tt]he|[Aa]n?)\s+|{SLOT}['’]s\s+)[^⟨⟩,;]{{1,60}}?,\s+"
                              rf"(?:{alternatives(words['known_as'], spaced=True)})\s+(?:the\s+)?(?P<name>{SLOT}),\s+(?=[a-z])")
        # a phrase between dashes after a name or a noun, its verb after it (GEMA—the German collecting society—sued X;
        # The lawsuit—filed by A and B in the X court—alleged…): the main clause leaves it out, as a phrase between commas
        self.dashed_aside = later(r"(?<=[⟩a-z])\s*[—–]\s*[^—–;]{1,160}?\s*[—–]\s*(?=[a-z])")

    def cue_words(self, kb: KnowledgeBase, words: dict[str, list[str]]) -> None:
        """What qualifies a cue pattern's match: intentions, deals announced, lawmakers, courts
        and captions, complaints and whom they are brought for, a body's units."""
        self.cue_rows = tsv_rows(kb.data_dir / "lexicon" / "english_cues.tsv")
        # relations the plain cue words of triggers.tsv keep reading beside the patterns here
        self.owned = frozenset(row["relation"] for row in self.cue_rows) - set(words["shared_relation"])
        self.intention = alternation(words["intention"], re.IGNORECASE, spaced=True, whole_words=True)
        self.act_noun = alternation(words["act_noun"], re.IGNORECASE, spaced=True, whole_words=True)
        # The lawsuit, filed by ⟨0⟩ …: a suit opening the sentence, an aside after it (suit_alleges; the main clause's
        # reading leaves the aside's first phrase out, and its comma with it)
        self.suit_opening = later(rf"\s*(?:the|this|that|a|an|its|their|{SLOT}['’]s?)\s+(?:[\w-]+\s+){{0,3}}?"
                                  rf"(?:{alternatives(words['suit_subject'], spaced=True)})\b", re.IGNORECASE)
        self.bygone = alternation(words["bygone"], re.IGNORECASE, spaced=True, whole_words=True)
        # a court denying a party's motion rules on it (denied OpenAI's motion to dismiss): no negation of the act after it
        self.motion_ruling = later(
            rf"\b(?:{alternatives(words['motion_ruling'], spaced=True)})\b(?=\s+(?:(?:the|its|their)\s+)?"
            rf"(?:{SLOT}['’]s?\s+|[\w-]+['’]\s+)?(?:[\w-]+\s+){{0,3}}?(?:{alternatives(words['motion_noun'], spaced=True)})\b)",
            re.IGNORECASE)
        # a published draft is proposed, not issued (english_facts.tsv draft_word, publishing_verb)
        self.draft_words = alternation(words["draft_word"], re.IGNORECASE, spaced=True, whole_words=True)
        self.publishing = alternation(words["publishing_verb"], re.IGNORECASE, spaced=True, whole_words=True)
        # the month May, which is no modal may (asked ChatGPT in May 2023 to summarize a complaint that…)
        self.month = later(rf"\b(?:{alternatives(words['month_preposition'], spaced=True)})\s+May\b|\bMay\s+\d")
        # a deal announced is told as made (AMD said it would acquire Silo AI: acquired)
        self.announced_relations = frozenset(words["announced_relation"])
        self.stative_relations = frozenset(words["stative_relation"])
        self.charge_relations = frozenset(words["charge_relation"])
        # a state body finding that an actor broke the law has inquired into it (english_facts.tsv state_finding_verb)
        self.state_finding = alternation(words["state_finding_verb"], spaced=True, whole_words=True)
        # a regulator's settlement paid in money (a $2 million settlement; civil penalties): its fine too
        self.penalty = later(rf"[$€£¥]\s?\d|\b(?:{alternatives(words['settlement_money'], spaced=True)})\b",
                             re.IGNORECASE)
        # a regulator's settlement named as a noun (a proposed settlement: its money is no fine yet)
        self.settlement_noun = re.compile(rf"\b(?:{alternatives(words['settlement_noun'])})s?\b", re.IGNORECASE)
        # Sen. Jane Roe (here or anywhere in the item): a lawmaker, whose issued instrument is proposed
        # (Senators Jane Roe and John Doe: both)
        self.lawmakers = TitledSurnames(words['lawmaker_title'])  # the surnames a text titles lawmakers
        self.lawmaker = self.lawmakers.pattern
        self.deal_intention = alternation(set(words["intention"]) - set(words["announced"]), re.IGNORECASE,
                                          spaced=True, whole_words=True)
        # a court's act, and a paper it issued with one word before it (issued a detailed Order in A v. B)
        issued = rf"issued\s+(?:an?|its)\s+[a-z]+\s+(?i:{alternatives(words['court_paper'])})"
        self.adjudication = scanning(rf"(?<![\w.])(?:{alternatives(words['adjudication'], spaced=True)}|{issued})(?![\w])")
        self.company_words = frozenset(words["company_word"])
        self.caption_no_person = frozenset(words["caption_side_no_person"])
        # a caption's first plaintiff for them all (Lehrman et al. v. LOVO), and a family name a side may be
        self.et_al = later(rf",?\s+(?:{alternatives(words['caption_others'])})\s*$")
        # a caption cited from a law report (Roe v. Acme Corp., 123 F. Supp. 3d 456; 2023 WL 1234567), a known one or
        # one whose name is abbreviations, each with its full stop (a state's: Roe v. Acme Inc., 271 Ga. App. 555)
        self.law_report = later(rf",\s*\d{{1,4}}\s+(?:{alternatives(words['caption_reporter'], spaced=True)}"
                                r"|[A-Z][A-Za-z]{0,5}\.(?:[ \t]+[A-Z][A-Za-z]{0,5}\.){0,3}(?:[ \t]+\d(?:d|th))?)\s+\d")
        # a caption right after the words citing it (counsel cited Roe v. Acme Inc.): a case the item cites
        self.citing = later(rf"(?<![\w])(?:{alternatives(words['caption_citing'], spaced=True)})[ \t]+$")
        self.name_particles = frozenset(particle.lower() for particle in words["name_particle"])
        self.family_name = later(r"[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?(?<=\w\w\w)")
        # Noland v. Land of the Free, L.P.: a caption cut before its defendant's small words, its name going on
        self.name_goes_on = later(r"[ \t]+(?:of|for|de|the|and|&)[ \t]+(?:the[ \t]+)?[A-Z]")
        # a side that is a role, no family name (eSafety Commissioner v Rotondo cut to Commissioner v Rotondo)
        self.role_words = frozenset(words["person_role"])
        self.runs_on = later(r"[ \t]+[a-z]")  # a lower-case word right after (family_sides)
        self.short_family = later(r"[A-Z][a-z]")  # Ko v. Li: a family name of two letters, in a caption of two (family_sides)
        self.behalf_relations = frozenset(words["behalf_relation"])
        self.peer_relations = frozenset(words["peer_relation"])
        # a partner an agency chose for a work (X was chosen by the ministry to build…; the department engaged X;
        # a contract worth $1m with the department): a partnership still
        self.commissioned = later(rf"\b(?:{alternatives(words['commissioned'])})\s+(?:by\b|⟨|[^⟨⟩;]*?\bwith\s+(?:the\s+)?⟨)")
        self.owned_relations = frozenset(words["owned_relation"])  # Microsoft's Copilot: released by Microsoft
        # the FTC announced its Operation AI Comply: a regulator makes no model (the real dev gold's released heads:
        # companies, people and institutes; a government's own model comes from the knowledge base, TAIDE)
        self.maker_relations = frozenset(words["maker_relation"])
        self.higher_courts = tuple(w for w in kb.context["higher_court"] if w.isascii())  # Court of Appeals
        self.versus = later(rf"\s+({alternatives(words['versus'], spaced=True)})\s+")
        # R (Ayinde) v X, Ayinde, R (On the Application Of) v X: a judicial review's claimant is the suing side
        self.crown = crown_caption(words)
        # The New York Times v. Microsoft and OpenAI: the words joining a caption's further defendants to it
        self.caption_join = later(rf",?\s+(?:{alternatives(words['caption_join'])})\s+")
        # a complaint made to a regulator accuses, it sues no one (filed a complaint against OpenAI with Datatilsynet):
        # the words of parse_cues.tsv (grievance, venue, regulator_word), one list for both families
        complaints = parse_lexicon(kb.data_dir / "lexicon" / "parse_cues.tsv", ("grievance", "venue", "regulator_word"))
        self.complaint = alternation(sorted(complaints["grievance"]), re.IGNORECASE, spaced=True, whole_words=True)
        venues = alternatives(sorted(complaints["venue"]), spaced=True)
        self.venue = later(rf"\b(?:{venues})\s+(?:the\s+)?(?:[\w,-]+\s+){{0,3}}?({SLOT})")  # with Datatilsynet
        # with the Austrian privacy regulator, to the data protection authorities of A and B: a regulator no name tells
        self.regulator_venue = later(rf"\b(?:{venues})\s+(?:the\s+)?(?:[^\s,;.]+\s+){{0,4}}?"
                                     rf"(?:{alternatives(sorted(complaints['regulator_word']))})\b", re.IGNORECASE)
        self.complaint_gap = later(r"\s*,?\s*")  # what may stand between a complaint's words and its venue
        # whom a suit or complaint is brought for (on behalf of Jane Roe, a Norwegian man): a party to it too
        self.behalf = self.composed(rf"\b(?:{alternatives(words['behalf'], spaced=True)})\s+(?P<group>{self.group})")
        # the agency's Center for…, the Justice Department's Civil Rights Division: a body's unit after its possessive
        self.unit_possessive = later(rf"⟨(\d+)⟩['’]s\s+⟨(\d+)⟩")
        self.unit_name = later(rf"\b(?:{alternatives(words['unit_head'])})\b")
        self.body_unit_name = later(rf"\b(?:{alternatives(words['unit_head'] + words['body_unit_head'])})\b")

    def reference_words(self, words: dict[str, list[str]]) -> None:
        """Words that stand for names told before (the agency, the two companies, it, its)."""
        determiner, prepositions, linking = self.determiner, self.prepositions, self.linking
        self.referents = pairs(words["reference"])
        self.generic_references = frozenset(words["generic_reference"])
        # a bill's number stands for the word bill in its name (the bill: HB 3773; english_facts.tsv bill_number)
        self.bill_number = later(rf"(?:{alternatives(words['bill_number'])})\s?\d")
        self.nationalities = pairs(words["nationality"])
        nouns = alternatives(self.referents)
        # the agency, the Italian authority, The company's: a reference, unless a name follows (the company OpenAI)
        # a seat or a nationality may stand before a few words of what it is (the Richmond, Virginia-based software company, the South Korean electronics maker)
        # (a nationality written in capitals too: the US company, the U.K. regulator); no article among
        # the describing words (The Montana Legislature passed the bill: "the bill" is the reference)
        self.reference = later(rf"\b[Tt]he\s+(?:(?P<modifier>[a-z]+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|{alternatives(self.nationalities)}"
                               rf"|[\w.]+(?:,?\s[A-Z][\w.]+){{0,2}}-[a-z]+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s[A-Z][\w.]*(?:\s[A-Z][a-z]+)?,)\s+(?P<described>(?:(?!(?:the|a|an)\s)[a-z][a-z-]*\s+){{0,2}}?))?"
                               rf"(?P<noun>{nouns})\b(?!\s+[A-Z⟨])")
        # a headline opened by a description: Irish privacy watchdog opens…, Italy's regulator fines…
        self.headline_reference = later(rf"\s*(?P<modifier>[A-Z][\w.]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
                                        rf"(?P<noun>{nouns})\b(?!\s+[A-Z⟨])")
        self.pair_reference = alternation(words["pair_reference"], re.IGNORECASE, spaced=True, whole_words=True)
        self.pair_suing = alternation(words["pair_suing"] + words["pair_hauling"], re.IGNORECASE, spaced=True, whole_words=True)
        self.pair_hauling = frozenset(word.lower() for word in words["pair_hauling"])  # took A and B to court
        self.pair_hauled_to = later(rf"\s+(?:{alternatives(words['pair_hauled_to'], spaced=True)})\b", re.IGNORECASE)
        # the Tokyo-based group, the Toronto-based developer: a noun of no company's kind (english.tsv
        # seated_reference) behind a "-based" seat stands for a company all the same
        self.seated_reference = later(rf"\b[Tt]he\s+(?P<modifier>[\w.]+(?:,?\s[A-Z][\w.]+){{0,2}}-based)\s+"
                                      rf"(?P<described>(?:[a-z][a-z-]*\s+){{0,2}}?)"
                                      rf"(?P<noun>{alternatives(words['seated_reference'])})\b(?!\s+[A-Z⟨])")
        self.developer_reference = later(rf"\b[Tt]he\s+(?:{alternatives(words['developer_reference'], spaced=True)})\s+(?=⟨|[A-Z0-9])")
        # "it", "he", "she" opening a clause (never after a preposition or a verb that takes it as object); "it" also
        # contracted with "is" (It’s headquartered in X: the patterns that take the contraction read it)
        self.pronoun = later(rf"(?<![\w'’-])(?:(?:{alternatives(words['pronoun'] + words['person_pronoun'])})(?=\s+[a-z])"
                             rf"|(?:{alternatives(words['pronoun'])})(?={CONTRACTED_IS}\s+[a-z]))")
        self.person_pronouns = frozenset(words["person_pronoun"])  # he, she: a person
        self.described_opening = later(rf"\s*(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}}),\s+(?:{determiner})\s")
        self.object_before = later(rf"(?:\b(?:{prepositions})|[a-z]+ed)\s+$")
        self.reported_before = later(rf"\b(?:{self.reported})\s+$")
        self.said_before = later(rf"\s+(?:{self.reported})\s+(?:that\s+)?")  # X said (that) it…: X
        self.law_verb_before = later(rf"\b(?:{alternatives(words['law_verb'], spaced=True)})\s+$")
        # It was introduced by…, it was later passed by…: a law's own passive act after "it"
        self.law_verb_passive = later(rf"\s+(?:was|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+|first\s+|later\s+)?"
                                      rf"(?:{alternatives(words['law_verb'], spaced=True)})\s+(?:by|in)\b")
        # a verb whose object follows (bought the start-up), no preposition, conjunction or saying
        self.be_form = alternatives(words["be_form"], spaced=True)
        self.verb_object = later(rf"(?<![\w'’-])(?!(?:{self.reported}|{linking}|{self.be_form})\s)[a-z]+\s+$")
        # "it" standing for nothing (It is unclear whether…, it remains to be seen): english_facts.tsv dummy_it_state, dummy_it_verb
        # (also contracted: it’s unclear whether…)
        self.dummy_it = later(rf"(?:\s+(?:{self.be_form})|{CONTRACTED_IS})\s+(?:not\s+|also\s+|still\s+)?"
                              rf"(?:{alternatives(words['dummy_it_state'], spaced=True)}),?\s+(?:{alternatives(words['dummy_it_follow'], spaced=True)})\b"
                              rf"|\s+(?:{alternatives(words['dummy_it_verb'], spaced=True)})\b", re.IGNORECASE)
        # a word opening a clause whose subject follows (where the Copyright Office sits): english_facts.tsv subordinator
        self.subordinator = later(rf"\b(?:{alternatives(words['subordinator'], spaced=True)})\s+$", re.IGNORECASE)
        self.passive_before = later(rf"\b(?:{self.be_form})\s+$")  # was rejected: no act of the court's
        # a shared cue word whose object is a reference (accused the company of…, accused it of…): the names
        # after it are no object of it; the patterns read the reference
        self.reference_object = later(rf"[\w-]+\s+(?:(?:the|this|that)\s+(?:{alternatives(words['kind_noun'], spaced=True)})"
                                      rf"|{alternatives(words['object_pronoun'], spaced=True)})\b")
        # its before a name, after at most two words (its own Le Chat assistant, its new Azure AI Foundry platform,
        # its first product, Tinker)
        self.possessive = later(rf"(?<![\w'’-])[Ii]ts(?=\s+(?:(?!(?:{linking})\s)[a-z][\w-]*,?\s+){{0,2}}[A-Z0-9]"
                                rf"|\s+(?:[\w$-]+\s+){{0,2}}(?:{alternatives(words['owned_act'], spaced=True)})\b)")

    # -- patterns --------------------------------------------------------------------
    @cached_property
    def patterns(self) -> list[Pattern]:
        """The cue patterns, read on the first English sentence; each is compiled when first
        a skeleton has the words it needs (Pattern.regex)."""
        return [self.pattern(row["relation"], row["pattern"]) for row in self.cue_rows]

    def pattern(self, relation: str, text: str) -> Pattern:
        """A pattern of english_cues.tsv or story.tsv, compiled when first needed."""
        pieces = self.pieces(text)
        return Pattern(relation, text, self.compile, self.distinct(pieces), self.order(pieces))

    def needs(self, pattern: str) -> tuple[Need, ...]:
        """What every match of a pattern has a part matching (Pattern.needs), each once."""
        return self.distinct(self.pieces(pattern))

    def pieces(self, pattern: str) -> list[Need]:
        """What every match of a pattern has a part matching, in the pattern's order: the words of
        each of its tokens outside [] and {}, each (a|b) choice, each {kind}'s and {word_kind}'s
        word (the words the pattern's regular expression reads there, so a skeleton none of them is
        found in cannot match it), and NAME where a name stands ({head}, {tail1}, {other}: every
        name of the grammar, ``element``, holds a slot)."""
        needed: list[Need] = []
        for token in _TOKEN.findall(pattern):
            if token in ("^", "…", "…,") or token.startswith("["):
                continue
            position = 0
            for part in _PART.finditer(token):
                needed += [self.words_need((token[position:part.start()],))]
                if part.group(4) is not None:
                    needed += [self.words_need(tuple(part.group(4).split("|")))]
                elif part.group(1) == "kind":  # a kind's word ({tail} {kind} {head1}: a Florida mother)
                    needed += [Need(regex=self.need(f"(?:{self.kind_word})"))]
                elif part.group(3):  # any word of that kind of english.tsv, as the pattern reads it (Pattern.token)
                    needed += [self.words_need(tuple(self.words[part.group(3)]))]
                else:  # a name: its slot
                    needed += [NAME]
                position = part.end()
            needed += [self.words_need((token[position:],))]
        return needed

    @staticmethod
    def distinct(pieces: list[Need]) -> tuple[Need, ...]:
        """A pattern's needs (Pattern.needs): its pieces but its names, each once."""
        return tuple(need for need in dict.fromkeys(pieces) if need.words != ("",) and need is not NAME)

    @staticmethod
    def order(pieces: list[Need]) -> tuple[tuple[str, ...], ...]:
        """The words of a pattern's pieces in its order (Pattern.order): not a regular expression's
        need (its matches are not looked up in the folded skeleton), nor one of an empty word."""
        return tuple(need.words for need in pieces if need.regex is None and "" not in need.words)

    def words_need(self, words: tuple[str, ...]) -> Need:
        """One of ``words`` in any case, spacing and apostrophe: looked up folded where they are
        ASCII, else searched as the pattern writes them (a case-insensitive (?i:) of another
        script folds otherwise than lower())."""
        if all(word.isascii() for word in words):
            return Need(tuple(dict.fromkeys(folded(word) for word in words)))
        return Need(regex=self.need(f"(?i:{prefix_tree(words, _need_token)})"))

    @lru_cache(maxsize=None)  # noqa: B019  one EnglishFacts per Extractor, the words of its patterns
    def need(self, regex: str) -> re.Pattern:
        return scanning(regex)  # (behind the look-ahead of its first characters: kg.lookahead)

    def compile(self, pattern: str) -> re.Pattern:
        tokens = _TOKEN.findall(pattern)
        # a pattern opening with a word opens at a word's start: (sued|sues|sue) reads no "issue Judge X"
        regex = "" if not tokens or tokens[0][0] in "^…[{" else r"(?<![\w-])"
        for index, token in enumerate(tokens):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if token == "^":
                regex += self.opening
            elif token == "…":  # a few words (EnglishFacts.gap)
                regex += self.gap
            elif token == "…,":  # a few more words up to a comma: launched its own image generator, built with
                regex += rf"\s+(?:{WORD}\s+){{0,6}}?{WORD}" + (",(?=\\s)" if following is None else r",\s+")
            elif token.startswith("["):
                regex += rf"(?:{self.token(token[1:-1])}\s+)?"
            else:
                regex += self.token(token) + ("" if following in (None, "…", "…,") else r"\s+")
        return self.composer.compile(regex + r"(?![\w⟨])")

    def token(self, token: str) -> str:
        out, position = "", 0
        for part in _PART.finditer(token):
            out += _literal(token[position:part.start()], insensitive=True)
            if part.group(3):  # {plaintiff_noun}: any word of that kind of english.tsv
                out += f"(?:{alternatives(self.words[part.group(3)], literal=_insensitive)})"
            elif part.group(1) == "kind":
                out += f"(?:{self.kind})"
            elif part.group(1) == "other":  # a name of no role here (Together with X, Acme built Y)
                out += f"(?:{self.group})"
            elif part.group(2):  # {head1}: one name, never a list (Singapore's fund GIC, Goldman Sachs…)
                out += f"(?P<{part.group(1)}>{self.element.pattern})"
            elif part.group(1):
                out += f"(?P<{part.group(1)}>{self.group})"
            else:
                out += f"(?:{alternatives(part.group(4).split('|'), literal=_insensitive)})"
            position = part.end()
        return out + _literal(token[position:], insensitive=True)

    def _skeleton(self, text: str, start: int, end: int, mentions: tuple[Mention, ...]
                  ) -> tuple[str, tuple[Mention, ...]]:
        """The sentence with its names as slots ⟨i⟩ (the first of overlapping names), and
        the names; a pair reference is two slots (the two companies: ⟨3⟩ and ⟨4⟩)."""
        parts, slots, position = [], [], start
        for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
            if mention.start < position or mention.end > end:
                continue
            parts.append(text[position:mention.start])
            if slots and mention.start == position and mention.mechanism == slots[-1].mechanism == "english/reference":
                parts.append(" and ")
            parts.append(f"⟨{len(slots)}⟩" + ("'s" if mention.mechanism == "english/reference" and
                                                 text[mention.start:mention.end] in ("its", "Its") else ""))
            slots.append(mention)
            position = mention.end
            if mention.type == "Law" and mention.text.endswith("Act"):
                year = ACT_YEAR.match(text, position, end)
                position = year.end() if year else position  # the X Act, 2024 (Ontario's style): the year is the title's
        parts.append(text[position:end])
        return _GLUED_DASH.sub(lambda dash: f" {dash.group()} ", "".join(parts)), tuple(slots)

    def members(self, group: str, slots: tuple[Mention, ...]) -> list[Mention]:
        """The names a group coordinates: the last slot of each element (its rival ⟨3⟩)."""
        members = []
        group = self.join.sub(", ", self.apposition.sub(",", group))
        # the Civil Rights Division of the Justice Department: the unit; Judge X of the Eastern District: the court
        group = self.of_body.sub(lambda of: of.group(1) if self.unit_of(slots[int(of.group(1)[1:-1])], slots[int(of.group(2)[1:-1])])
                                 else of.group(2), group)
        group = self.of_place.sub(lambda of: " " if not of.group(1) or slots[int(of.group(1)[1:-1])].type == "Jurisdiction"
                                  else of.group(), group)
        for element in self.element.finditer(group):
            numbers = re.findall(r"\d+", element.group())
            together = re.fullmatch(rf"{SLOT}\s+{SLOT}", element.group())
            members += [slots[int(n)] for n in (numbers if together else numbers[-1:])]
        return members

    def unit_of(self, unit: Mention, body: Mention) -> bool:
        """Whether ``unit`` in "``unit`` of the ``body``" is a unit of that state body (the Civil
        Rights Division of the Justice Department): the body adds no member to the list."""
        return unit.type == body.type == "Regulator" and self.unit_name.search(unit.canonical or unit.text) is not None

    def _skeletons(self, text: str, start: int, end: int, mentions: tuple[Mention, ...]
                   ) -> tuple[tuple[str, ...], tuple[Mention, ...]]:
        """The sentence's skeleton, and the same without its phrases between commas where
        it has any (the slots keep their numbers): what the main clause says (EnglishFacts.skeletons:
        made once for the families that read a sentence's skeletons)."""
        skeleton, slots = self.skeleton(text, start, end, mentions)
        skeleton = _SHORT_FORM.sub("", skeleton)
        skeleton = self.attribution.sub(".", skeleton)
        skeleton = self.dashed_list.sub(expansion(r"\g<opening>\g<list> "), skeleton)
        skeleton = self.dashed_object.sub(expansion(r"\g<list> "), skeleton)
        skeleton = self.known_as.sub(expansion(r"\g<name> "), skeleton)
        skeleton = self.shared_and.sub(expansion(r"\g<verb>\g<object>; "), skeleton)
        skeleton = self.gapped_clause.sub(expansion(r"\g<verb>\g<preposition> \g<object>; \g<subject> \g<verb>\g<preposition> "), skeleton)
        skeleton = self.among_them.sub(expansion(r" - \g<list> - "), skeleton)
        skeleton = self.including_opening.sub(expansion(r"\g<opening> - \g<list> - "), skeleton)
        skeleton = self.including_agent.sub(expansion(r"by \g<list> "), skeleton)
        skeleton = self.member_opening.sub(expansion(r"\g<opening> - \g<list> - "), skeleton)
        skeleton = self.counted_list.sub(expansion(r"\g<list>"), skeleton)
        skeleton = self.colon_list.sub(lambda told: told.group("list") if told.group("list").count("⟨") > 1 else told.group(), skeleton)
        reduced = self.parenthetical.sub(" ", self.dashed_aside.sub(" ", skeleton))
        found = [skeleton] if reduced == skeleton else [skeleton, reduced]
        found += [clause for one in list(found) for clause in self.coordinated(one) if clause not in found]
        found += [clause for clause in self.relative_clauses(skeleton) if clause not in found and not any(
            slots[int(number)].mechanism == "english/reference" for number in re.findall(r"⟨(\d+)⟩", clause))]
        return tuple(found), slots

    def coordinated(self, skeleton: str) -> list[str]:
        """Apple unveiled X, a set of features, and announced a partnership with OpenAI: each
        verb coordinated after the first has the sentence's subject (Apple announced a
        partnership with OpenAI)."""
        subject = self.subject.match(skeleton)
        if subject is None:
            return []
        verbs = [verb.end() for verb in self.coordinated_verb.finditer(skeleton, subject.end())]
        if verbs:  # a series closed by "and": its members told after a comma alone have the subject too
            verbs = [verb.end() for verb in self.series_verb.finditer(skeleton, subject.end(), verbs[-1])] + verbs
        return [subject.group("subject") + " " + skeleton[verb:] for verb in sorted(set(verbs))]

    def matches(self, text: str, start: int, end: int, mentions: list[Mention], patterns: list[Pattern] | None = None):
        """(pattern, match, skeleton, slots) for each match in the sentence (in its skeleton or
        its main clause) of the cue patterns, or of ``patterns`` (kg.facts.story's lines)."""
        skeletons, slots = self.skeletons(text, start, end, tuple(mentions))
        index = self.index(self.patterns if patterns is None else patterns)
        for skeleton in skeletons:
            found = self.needs_found(skeleton)
            folded_skeleton = folded(skeleton)

            def present(need: Need) -> bool:
                if need not in found:
                    found[need] = need.found(skeleton, folded_skeleton)
                return found[need]
            for pattern in index.candidates(folded_skeleton):
                if pattern.may_match(present) and pattern.in_order(folded_skeleton):
                    for match in self.found(pattern, skeleton):
                        yield pattern, match, skeleton, slots

    def found(self, pattern: Pattern, skeleton: str) -> Iterator[re.Match]:
        """``pattern.regex.finditer(skeleton)``; a pattern opening with a name (its group or one
        name: 578 of the 644) tried only where a name can open (EnglishFacts.name_starts), not at
        every character: the same matches (each holds a name, so none is empty), in a fifth of the
        time, as the name's description (up to three words before a kind) is read once."""
        if not pattern.opens_with_name:
            yield from pattern.regex.finditer(skeleton)
            return
        end = 0
        for start in self.name_starts(skeleton):
            match = pattern.regex.match(skeleton, start) if start >= end else None
            if match is not None:
                yield match
                end = match.end()

    @lru_cache(maxsize=64)  # noqa: B019  one EnglishFacts per Extractor; a sentence's skeletons
    def name_starts(self, skeleton: str) -> list[int]:
        """Where a name (``element``, what a group opens with) can open in ``skeleton``: every place
        its look-ahead holds, an element matching there."""
        return [start.start() for start in self.name_start.finditer(skeleton)]

    def index(self, patterns: list[Pattern]) -> PatternIndex:
        """The index of a list of patterns (the cue patterns, the story's lines), made at its first
        use; an index holds its list, so no other list takes its id while it is kept (a few kept)."""
        index = self.indexes.get(id(patterns))
        if index is None or index.patterns is not patterns:
            if len(self.indexes) >= 8:
                self.indexes.clear()
            index = self.indexes[id(patterns)] = PatternIndex(patterns)
        return index

    @lru_cache(maxsize=64)  # noqa: B019  one EnglishFacts per Extractor; a sentence's skeletons
    def needs_found(self, skeleton: str) -> dict[Need, bool]:
        """Which needs (Pattern.needs) a skeleton has, told as they are asked: the cue patterns and
        the story's lines (kg.facts.story) ask of one sentence's skeletons, not searched again."""
        return {}

    def intended(self, skeleton: str, match: re.Match, relation: str = "") -> bool:
        """An intention (plans to, could face) among the match's cue words, or right before it;
        for a deal (english.tsv announced_relation), what announces it is no intention (would
        acquire, will invest, agreed to buy); a court's denying a motion is its ruling, no
        negation (denied OpenAI's motion to dismiss the suit brought by X)."""
        roles = sorted(match.span(name) for name in ("head", "tail", "both") if match.groupdict().get(name))
        skeleton = self.motion_ruling.sub(lambda ruling: " " * len(ruling.group(0)), skeleton)
        pieces, position = [], max(0, match.start() - 40)
        before = skeleton[position:match.start()]
        before = re.split(r"[,;:]", before)[-1]
        pieces.append(before)
        position = match.start()
        for first, last in roles:
            pieces.append(skeleton[position:first])
            position = max(position, last)
        pieces.append(skeleton[position:match.end()])
        if relation in self.stative_relations:
            # it would acquire Silo AI, a Helsinki-based lab: the seat is no intention; a former subsidiary: no unit now
            return any(self.bygone.search(piece) for piece in pieces[1:])
        if relation in self.charge_relations and roles and roles[-1] == match.span("tail"):
            pieces.pop()  # found that X had failed to assess the risks: the charge, not the actor's intention
        intention = self.deal_intention if relation in self.announced_relations else self.intention
        return any(intention.search(self.month.sub(" ", piece)) for piece in pieces)

    @staticmethod
    def qualifies(skeleton: str, match: re.Match) -> bool:
        """Whether a side of the match ends in a name that only qualifies the word after it
        (sued California-based Lovo: California is no defendant) where the pattern does not
        read that word itself."""
        return any(match.groupdict().get(side) and match.end(side) == match.end()
                   and re.match(r"-[a-z]", skeleton[match.end():match.end() + 2]) is not None
                   for side in ("head", "tail", "both"))

    def suit_alleges(self, relation: str, skeleton: str, match: re.Match) -> bool:
        """Whether an accusation's head stands in the aside after a suit that opens the sentence (The
        lawsuit, filed by A and three others, alleged that X…; The suit, brought by A against B and its
        backer C, alleges that…): the suit alleges, told of its sides, and no name of the aside accuses
        (english_facts.tsv suit_subject; a suit's allegation is no accusation outside it)."""
        if relation != "accused" or match.groupdict().get("head") is None or match.groupdict().get("tail") is None:
            return False
        # (the aside closes between the head and the verb: The suit, filed in March, said the FTC accused X: the FTC accuses)
        last_name = skeleton.rfind("⟩", match.start("head"), match.end("head")) + 1
        return "," in skeleton[last_name:match.start("tail")] and \
            self.suit_opening.match(skeleton, 0, match.start("head")) is not None

    def act_before_model(self, relation: str, skeleton: str, match: re.Match) -> bool:
        """Whether a release's match reads a model through an act the verb opened (the FTC launched
        an investigation into X; Meta's lawsuit against X): english_facts.tsv act_noun before the tail."""
        return relation == "released" and match.groupdict().get("tail") is not None and \
            self.act_noun.search(skeleton, match.start(), match.start("tail")) is not None

    def registered_places(self, mentions: list[Mention], evidence: Evidence) -> list[Fact]:
        """Hangzhou DeepSeek Artificial Intelligence: a company's name that a place begins
        (kg.mentions.english ``extended``) is registered there."""
        facts = []
        for mention in mentions:
            found = self.kb.place_prefix(mention.text) if mention.mechanism == "english/extended" else None
            if found is not None and mention.text[len(found[0]):].startswith(" "):
                name, place = found
                tail = Mention(name, "Jurisdiction", mention.start, mention.start + len(name), kb_id=place.id,
                               mechanism="english/extended")
                if trade_name_place(self.kb, mention, tail):
                    continue  # the New York Times Co.: the place of its trade name (kg.facts.base trade_name_place)
                facts.append(Fact(mention, "jurisdiction", tail, evidence, 0.8, rule="english/jurisdiction"))
        return facts

    def semicolon_series(self, text: str, start: int, end: int) -> int | None:
        """Where a list that a clause ending in a semicolon opens ends, its members told apart by
        semicolons because they hold commas themselves, the last after "; and" (sued A, the company
        behind X; its co-founders B and C; Google, where they worked; and Google parent D.); None
        where the clause opens no such list (each part after it opens with a name or a determiner,
        and no part is a clause of its own: the sentences are split at semicolons)."""
        if not text[start:end].rstrip().endswith(";") or not english_sentence(text[start:end]):
            return None
        closing = self.series_close.search(text, end, min(len(text), end + 600))
        if closing is None:
            return None
        parts = text[end:closing.end()].split(";")
        if len(parts) < 2 or not all(self.series_part.match(part.rstrip(".!?\n ")) for part in parts) \
                or not re.match(r"\s*and\s", parts[-1]):
            return None
        return closing.end()

    def refers(self, text: str, start: int, end: int) -> bool:
        """Whether an English sentence has words that stand for names named before it."""
        return bool(self.reference.search(text, start, end) or self.pair_reference.search(text, start, end)
                    or self.developer_reference.search(text, start, end) or self.seated_reference.search(text, start, end)
                    or self.pronoun.search(text, start, end) or self.possessive.search(text, start, end)
                    or (start == 0 and self.headline_reference.match(text, start, end))) \
            and english_sentence(text[start:end])

    def references(self, text: str, start: int, end: int, mentions: list[Mention], named: list[Mention],
                   earlier: tuple[tuple[str, list[Mention]], ...] = ()) -> list[Mention]:
        """The agency sent orders to…, The Italian authority fined…, the two companies
        announced a deal: the name (or two) of that kind named last before (``named``:
        the item's names in order; where the item names none, the last of the parts of
        its story before it, ``earlier``: kg.facts.base.Sentence), as a mention at the
        words that refer to it."""
        found = []
        if not self.refers(text, start, end):
            return found
        found += self.headline(text, start, end, mentions, named)
        found += self.developers(text, start, end, mentions, named)
        named = named[:bisect_left([m.start for m in named], end)]
        for match in self.reference.finditer(text, start, end):
            at = match.start()
            if overlaps_any(match.start(), match.end(), mentions):
                # the New York-based company, the San Francisco start-up: the place a name, the noun a reference
                placed = all(m.type == "Jurisdiction" and match.start("modifier") <= m.start and m.end <= match.end("modifier")
                             for m in mentions if m.start < match.end() and match.start() < m.end) if match.group("modifier") else False
                # (Harvey, the San Francisco start-up founded by…: a description of the name before, no reference)
                placed = placed and not re.search(r",\s*$", text[max(start, match.start() - 3):match.start()])
                if not match.group("modifier") or ("-" not in match.group("modifier") and not placed):
                    continue
                at = match.start("described")  # the New York-based company: New York stays a name, the company refers
                if overlaps_any(at, match.end(), mentions):
                    continue
            possessive = re.match(r"['’]", text[match.end():match.end() + 1]) is not None
            apposed = re.search(r",\s*$", text[max(start, match.start() - 3):match.start()])
            places = self.places(match, mentions)
            described = [m for m in mentions if apposed and m.end == match.start() - len(apposed.group())]
            if described and not possessive and any(self.seated(m, places) for m in described):
                # OpenAI, the company behind ChatGPT: a description of the name before it (not X, the law's sponsor;
                # not "with Google Cloud, the South Korean electronics maker", which the knowledge base seats elsewhere)
                continue
            # a name the sentence gave before it only where the reference is an owner or what a
            # name said (UMG and Udio announced a deal to license the label's recordings; OpenAI
            # said the company…): Databricks bought the San Francisco-based start-up is no Databricks
            clause = self.subjectless_clause.search(text, start, match.start())
            here = set() if possessive or clause or self.reported_before.search(text, max(start, match.start() - 30), match.start()) \
                else {_key(m) for m in named if start <= m.start < match.start()}
            candidates = [m for m in named if self.seated(m, places) and _key(m) not in here]
            if self.verb_object.search(text, max(start, match.start() - 30), match.start()) and not possessive:
                # the object of a verb: the name told last (Databricks bought the start-up), or the object
                # of the clause before the comma (Authors sued Nvidia, accusing the chipmaker of…: Nvidia)
                kind = self.referents[match.group("noun")]
                objects = [m for m in named if start <= m.start and m.end <= match.start() and m.type == kind
                           and "," in text[m.end:match.start()] and not self.opens_clause(text, m) and self.seated(m, places)]
                earlier_kind = [m for m in candidates if m.end <= match.start() and m.type == kind]
                if match.group("noun").lower() not in self.generic_references:  # signed the bill: HB 3773, not the act it amends
                    earlier_kind = self.holding(earlier_kind, match.group("noun")) or earlier_kind
                referent = objects[-1] if objects else (earlier_kind[-1] if earlier_kind else None)
            else:
                referent = self.referent(text, candidates, self.referents[match.group("noun")], match.start(),
                                         match.group("noun"))
            if referent is None and not any(m.end <= match.start() and m.type == self.referents[match.group("noun")]
                                            for m in named):
                referent = self.told_before(earlier, self.referents[match.group("noun")], places, here)
            if referent is not None:
                found.append(_standing_for(referent, at, match.end()))
        found += self.seated_companies(text, start, end, mentions + found, named)
        # a body a description stands for (kg.facts.coref: Ireland's data watchdog) is a subject "it" may stand for
        told = [m for m in mentions if m.mechanism == "coref" and start <= m.start < end and m not in named]
        found += self.pronouns(text, start, end, mentions, sorted(named + found + told, key=lambda m: m.start), earlier)
        found += self.possessives(text, start, end, mentions + found, named)
        found += self.pair_references(text, start, end, named)
        return found

    def pair_references(self, text: str, start: int, end: int, named: list[Mention]) -> list[Mention]:
        """The two companies, both companies: the two companies the item's last suit before it
        is against (sued_pair), else the last two companies the sentence names before it, but
        its clause's own subject; two mentions over the words."""
        found = []
        for match in self.pair_reference.finditer(text, start, end):
            companies: dict[str, Mention] = {}
            own = {_key(m) for m in named if start <= m.start and m.end <= match.start() and m.type == "Company"}
            # …, the suit the Times filed against both companies: the one company its clause names is no half either
            clause = max(start, text.rfind(",", start, match.start()) + 1, text.rfind(";", start, match.start()) + 1)
            subject = {_key(m) for m in named if clause <= m.start and m.end <= match.start() and m.type == "Company"}
            own = own if len(own) == 1 else subject if len(subject) == 1 else set()
            for mention in reversed(named):
                # one company the sentence names before it is no half of the pair (X sued both
                # companies: the two named before X)
                if mention.end <= match.start() and mention.type == "Company" and _key(mention) not in own:
                    companies.setdefault(_key(mention), mention)
            sued = self.sued_pair(text, named, match.start())
            if len(sued) == 2 and not own & {_key(m) for m in sued}:
                found += [_standing_for(sued[0], match.start(), (match.start() + match.end()) // 2),
                          _standing_for(sued[1], (match.start() + match.end()) // 2, match.end())]
            elif len(companies) >= 2:
                second, first = list(companies.values())[:2]
                middle = (match.start() + match.end()) // 2  # two slots over the words: A and B
                found += [_standing_for(first, match.start(), middle), _standing_for(second, middle, match.end())]
        return found

    def sued_pair(self, text: str, named: list[Mention], position: int) -> list[Mention]:
        """The two companies the item's last suit before a pair reference is against, named
        together right after its suing words (X sues A and B, X has taken A and B to court. …
        The Times sued both companies: A and B, not the last two companies named); none where
        that suit names one company or more than two."""
        companies = [m for m in named if m.type == "Company" and m.end <= position]
        for suing in reversed(list(self.pair_suing.finditer(text, 0, position))):
            after = [m for m in companies if m.start >= suing.end()]
            if not after or text[suing.end():after[0].start].strip():
                continue  # no company right after the suing words: not a suit's defendants
            joined = [after[0]]
            for mention in after[1:]:
                if not re.fullmatch(r"\s*(?:,\s*)?(?:and|&)?\s*", text[joined[-1].end:mention.start]) \
                        or not text[joined[-1].end:mention.start].strip():
                    break
                joined.append(mention)
            if suing.group().lower() in self.pair_hauling and not self.pair_hauled_to.match(text, joined[-1].end):
                continue  # took A and B: a suit only where they are taken to court
            return joined if len({_key(m) for m in joined}) == 2 and len(joined) == 2 else []
        return []

    def headline(self, text: str, start: int, end: int, mentions: list[Mention], named: list[Mention]
                 ) -> list[Mention]:
        """Irish privacy watchdog opens inquiry into…: an item's first sentence (its headline)
        opened by a description (a place or nationality, a few words, a kind of body) stands
        for the first name of that kind the item gives after it, where it may sit there (the
        Data Protection Commission)."""
        match = self.headline_reference.match(text, start, end) if start == 0 else None
        if match is None or overlaps_any(match.start("noun"), match.end(), mentions):
            return []
        places = self.places(match, mentions)
        kind = self.referents[match.group("noun")]
        referent = next((m for m in named if m.start >= end and m.type == kind and self.seated(m, places)), None)
        if referent is None:
            return []
        return [_standing_for(referent, match.start("modifier" if match.group("modifier") else "noun"), match.end())]

    def developers(self, text: str, start: int, end: int, mentions: list[Mention], named: list[Mention]
                   ) -> list[Mention]:
        """…sued the developer of Claude: the maker, developer or owner of a known model stands
        for the model's developer (the knowledge base's parent of the model) where the item
        names it."""
        found = []
        for match in self.developer_reference.finditer(text, start, end):
            model = next((m for m in mentions if m.start == match.end() and m.type == "AIModel"), None)
            entry = self.kb.entries.get(model.kb_id or "") if model is not None else None
            developer = next((m for m in named if entry is not None and entry.parent and m.kb_id == entry.parent), None)
            if developer is not None:
                found.append(_standing_for(developer, match.start(), model.end))
        return found

    def possessives(self, text: str, start: int, end: int, mentions: list[Mention], named: list[Mention]
                    ) -> list[Mention]:
        """…accusing Nvidia of using the books to train its NeMo models: "its" before a name
        stands for the name a relative clause it stands in is about (xAI, which released its
        Grok model), else the sentence's subject where that is a body, else the body named
        last before it in the sentence; it is read as that name's possessive (⟨1⟩'s NeMo: released).
        So is "its" before an act told as a noun (english_facts.tsv owned_act) after a preposition
        or a saying (under its 2022 settlement with the ACLU), which stands for its clause's
        subject first and, where the sentence names nothing before it or opens with "Its", for
        the body its paragraph named last."""
        found = []
        asides = [aside.span() for aside in self.aside.finditer(text, start, end)]
        bodies = sorted((m for m in mentions if m.type in OWNERS and start <= m.start
                         and not any(first < m.start < last for first, last in asides)), key=lambda m: m.start)
        for match in self.possessive.finditer(text, start, end):
            owned = min((m for m in mentions if m.start > match.end()), key=lambda m: m.start, default=None)
            product = owned is not None and owned.type == "AIModel" and text[match.end():owned.start].count(" ") <= 3
            if not product and not (self.owned_act.match(text, match.end(), end)
                                    and self.act_owner_before.search(text[start:match.start()])):
                continue
            before = [m for m in bodies if m.end <= match.start()]
            opening = [m for m in before if self.opens_clause(text, m)]
            if before and self.relative.fullmatch(text[before[-1].end:match.start()]):
                referent = before[-1]  # xAI, which released its Grok model: the name the relative clause is about
            elif not product:
                # an act's owner is the subject of its clause (A sued B in June, and C followed with its own suit: C),
                # else, where the sentence names nothing before it or opens with "Its" (Its chief executive, X, said…,
                # and under its settlement…: the sentence is about the owner), the body its paragraph named last
                subjects = [m for m in before if self.subject_opening.search(text[start:m.start])]
                referent = (subjects or opening or before or [None])[-1]
                if referent is None and (text.startswith("Its ", start)
                                         or not any(start <= m.start < match.start() for m in mentions)):
                    referent = next((m for m in reversed(named) if m.end <= start and m.type in OWNERS
                                     and "\n" not in text[m.end:start]), None)
            else:
                # a product's owner is the subject of the clause "its" stands in (xAI used X in its Grok chatbot,
                # and Mistral AI added Y to its Le Chat: Mistral AI; alleges that Anthropic … used Reddit content
                # to train its Claude models: Anthropic) or a possessive's owner named after it, else the body named last
                # …, to make Mistral's models, including its flagship X: a possessive's owner is the clause's topic
                outside = [m for m in before if not self.owner_after_preposition.search(text, max(start, m.start - 12), m.start)]
                subjects = [m for m in before if self.product_subject.search(text[start:m.start])
                            or re.match(r"['’]s?\s", text[m.end:m.end + 3]) and m in outside]
                referent = self.gerund_subject(text, before, match.start()) \
                    or max(opening + subjects, key=lambda m: m.start, default=(outside or before or [None])[-1])
                referent = self.maker_after(referent, before)
                if referent is None and text.startswith("Its ", start):
                    # Spotify is no newcomer to AI. Its AI DJ launched in 2023: the body its sentence before names alone
                    referent = self.lone_actor(text, start, match.start(), named)
            if referent is not None and not overlaps_any(match.start(), match.end(), mentions):
                found.append(_standing_for(referent, match.start(), match.end()))
        return found

    @staticmethod
    def maker_after(referent: Mention | None, before: list[Mention]) -> Mention | None:
        """A product's owner where a state body acts on a firm: the firm named after the body,
        not the body (The DPC is looking into how X used posts to train its chatbot Grok: X's
        Grok, not the DPC's; the FDA launched its tool Elsa: the FDA's, no firm between)."""
        if referent is None or referent.type not in STATE_OWNERS:
            return referent
        return next((m for m in reversed(before) if m.start > referent.start and m.type in MAKERS), referent)

    def gerund_subject(self, text: str, before: list[Mention], possessive: int) -> Mention | None:
        """The body a gerund is about, where "its" stands in it: the name right before "for" or
        "of" and a word in -ing, a few words between at most (ABKCO … are suing Anthropic for misusing
        lyrics to train its chatbot Claude: Anthropic's; accused Meta on Friday of using books for its
        Llama models: Meta's), no other name between it and "its", nor a clause opening between the gerund
        and "its" (sued Meta for copying code, and said its…: the subject's)."""
        last = before[-1] if before else None
        gerund = self.gerund_opening.match(text, last.end, possessive) if last is not None else None
        if gerund is None or self.gerund_close.search(text, gerund.end(), possessive):
            return None
        return last

    def seated_companies(self, text: str, start: int, end: int, mentions: list[Mention], named: list[Mention]
                         ) -> list[Mention]:
        """The Tokyo-based group said…, the Toronto-based developer: a noun that says no
        company (english.tsv seated_reference) behind a "-based" seat stands for the company
        named last before it (the clause's subject first), one the knowledge base seats
        nowhere else, where nothing else already reads those words."""
        found = []
        for match in self.seated_reference.finditer(text, start, end):
            at = match.start("described")
            if overlaps_any(at, match.end(), mentions) or re.search(r",\s*$", text[max(start, match.start() - 3):match.start()]) \
                    or re.match(r"\s+of\b", text[match.end():match.end() + 4]):
                continue  # Cohere, the Toronto-based developer of Command: a description, read by the patterns
            places = self.places(match, mentions)
            candidates = [m for m in named if m.end <= match.start() and self.seated(m, places)]
            referent = self.referent(text, candidates, "Company", match.start())
            if referent is not None:
                found.append(_standing_for(referent, at, match.end()))
        return found

    def places(self, reference: re.Match, mentions: list[Mention]) -> frozenset[str]:
        """The place a reference's modifier gives (the Paris-based company, the French
        start-up), with the places it lies in (Paris, France): knowledge-base ids."""
        modifier = reference.group("modifier") or ""
        ids = [m.kb_id for m in mentions if m.type == "Jurisdiction" and m.kb_id
               and reference.start("modifier") <= m.start < reference.end("modifier")]
        ids += [self.nationalities[word] for word in re.findall(r"[A-Z][\w.]*", modifier) if word in self.nationalities]
        places = set()
        for place in ids:
            while place and place not in places:
                places.add(place)
                entry = self.kb.entries.get(place)
                place = entry.parent if entry else None
        return frozenset(places)

    def seated(self, mention: Mention, places: frozenset[str]) -> bool:
        """Whether a name may be what a reference seated in ``places`` stands for: the
        knowledge base puts it in none of them only where it puts it elsewhere (ASML,
        Dutch, is no Paris-based company)."""
        entry = self.kb.entries.get(mention.kb_id) if places and mention.kb_id else None
        return entry is None or not entry.jurisdiction or entry.jurisdiction in places

    def told_before(self, earlier: tuple[tuple[str, list[Mention]], ...], type_: str, places: frozenset[str],
                    here: set[str]) -> Mention | None:
        """What "the agency" stands for in a part of a story cut at its sub-heads that names
        nothing of its kind before it: the name of the latest part before that does (The
        Alexa case / … the agency says: the FTC of the story's opening)."""
        for told, names in earlier:
            candidates = [m for m in names if self.seated(m, places) and _key(m) not in here]
            referent = self.referent(told, candidates, type_, len(told))
            if referent is not None:
                return referent
        return None

    def holding(self, named: list[Mention], noun: str) -> list[Mention]:
        """The names holding the reference's noun (the bureau: the Consumer Financial Protection Bureau;
        the bill: a bill's number too, HB 3773)."""
        return [m for m in named if re.search(rf"\b{re.escape(noun)}s?\b", m.canonical or m.text, re.IGNORECASE)
                or noun.lower() == "bill" and self.bill_number.match(m.text)]

    def referent(self, text: str, named: list[Mention], type_: str, position: int, noun: str = "") -> Mention | None:
        """What "the company" at ``position`` (not a verb's object) stands for: the last name
        of its type that was a clause's subject (Apple unveiled…, with OpenAI. …at the company's conference:
        Apple), else the one named most often, else the last of its type.  A noun that names
        the kind in the name itself (the bank: Dovetail Bank; the bureau: the Consumer Financial
        Protection Bureau) stands for the last name holding it (the bill: a bill's number too, HB 3773), but the catch-all nouns of
        english_facts.tsv generic_reference (the company)."""
        before = [m for m in named if m.end <= position and m.type == type_]
        if noun and noun.lower() not in self.generic_references:
            holding = self.holding(before, noun)
            if holding:
                return holding[-1]
        subject = next((m for m in reversed(before) if self.opens_clause(text, m)), None)
        if subject is not None or not before:
            return subject
        times = Counter(_key(m) for m in before)
        return max(reversed(before), key=lambda m: times[_key(m)])  # the most named, the last of those

    def pronouns(self, text: str, start: int, end: int, mentions: list[Mention], named: list[Mention],
                 earlier: tuple[tuple[str, list[Mention]], ...] = ()) -> list[Mention]:
        """Getty, by contrast, …: it sued Stability AI. "It" opening a clause stands for the
        subject named last: the name opening the clause before it (in this sentence or an
        earlier one of the item), of a type that acts (no person, law, model or case); "he"
        and "she" for the person named last (Allen would not drop it. Last September he
        sued…; a suit brought by Jane Roe, an inmate. She sued…).  "It" after a verb a law
        takes (The AI Act… Polis signed it in May) stands for the law that was the subject
        last, else the law named last.  (English text only: kg.facts.coref resolves the Chinese
        pronouns, 其/他/该公司, before any family reads; enactment.pronoun_actor reads a parse's token.)"""
        found = []
        subjects = [m for m in named if m.type not in NO_PRONOUN and self.opens_clause(text, m)]
        persons = [m for m in named if m.type == "Person"]
        for match in self.pronoun.finditer(text, start, end):
            if match.group() in self.person_pronouns:
                referent = next((m for m in reversed(persons) if m.end <= match.start()), None)
                if referent is not None and not overlaps_any(match.start(), match.end(), mentions):
                    office = self.office_held(text, referent, named)
                    middle = (match.start() + match.end()) // 2  # two slots over the word: the office and its holder
                    found += [_standing_for(office, match.start(), middle), _standing_for(referent, middle, match.end())] \
                        if office is not None else [_standing_for(referent, match.start(), match.end())]
                continue
            before = text[max(0, match.start() - 30):match.start()]
            if overlaps_any(match.start(), match.end(), mentions):
                continue
            sayer = next((m for m in mentions if m.type not in NO_PRONOUN and m.end < match.start()
                          and self.said_before.fullmatch(text, m.end, match.start())), None)
            if sayer is not None:  # hours after the Commerce Department said it would…: the one who said it
                referent = sayer
            elif self.law_verb_before.search(before):
                laws = [m for m in named if m.type == "Law" and m.end <= match.start()]
                referent = next((m for m in reversed(laws) if self.opens_clause(text, m)), laws[-1] if laws else None)
            elif self.law_verb_passive.match(text, match.end()):
                referent = self.subject_law(text, named, match.start())
            elif self.object_before.search(before) and not self.reported_before.search(before):
                continue  # settled with it, acquired it: an object, not the subject
            elif self.unnamed_subject(text, start, mentions):
                continue  # Harvey, the San Francisco start-up, said it had raised…: "it" is that unknown name
            elif self.dummy_it.match(text, match.end()):
                continue  # It is unclear whether…, it remains to be seen: "it" stands for nothing
            else:
                referent = next((m for m in reversed(subjects) if m.end <= match.start()), None)
                lone = self.lone_actor(text, start, match.start(), named)
                if lone is not None and (referent is None or referent.end <= (self.previous_start(text, start) or 0)):
                    referent = lone
                if referent is None and not any(m.end <= match.start() and m.type not in NO_PRONOUN for m in named):
                    # a part of a story that names nothing before "it": the subject its story told last
                    referent = next((m for told, names in earlier for m in reversed(names)
                                     if m.type not in NO_PRONOUN and self.opens_clause(told, m)), None)
            if referent is not None:
                found.append(_standing_for(referent, match.start(), match.end()))
        return found

    def previous_start(self, text: str, start: int) -> int | None:
        """Where the sentence before the one at ``start`` begins, in its paragraph; None
        where that one opens the paragraph."""
        paragraph = text.rfind("\n", 0, start) + 1
        if not text[paragraph:start].strip():
            return None
        breaks = [b.end() for b in self.sentence_break.finditer(text, paragraph, start) if b.end() < start]
        return breaks[-1] if breaks else paragraph

    def lone_actor(self, text: str, start: int, position: int, named: list[Mention]) -> Mention | None:
        """What "it" opening a clause stands for where its sentence names nothing before it
        (The claim comes as OpenAI signs deals. It has struck…; That was when the Garante
        acted. In 2023 it ordered…): the one name of a body the sentence before it in its
        paragraph gives, where that sentence gives no other body, law or model (OpenAI
        released Sora. It…: none)."""
        previous = self.previous_start(text, start)
        if previous is None or any(start <= m.start and m.end <= position and m.type != "Jurisdiction" for m in named):
            return None
        told = {_key(m): m for m in named if previous <= m.start and m.end <= start and m.type not in ("Person", "Jurisdiction")}
        actor = next(iter(told.values())) if len(told) == 1 else None
        if actor is None or actor.type not in LONE_ACTORS:
            return None
        # a clause's subject (as OpenAI signs, when the Garante acted), not an object (…sued Ravenbyte Inc.)
        before = re.sub(r"(?:[Tt]he\s+)?$", "", text[max(previous, actor.start - 30):actor.start])
        if self.object_before.search(before) or self.verb_object.search(before) and not self.subject_opening.search(before) \
                and not self.subordinator.search(before) \
                or not re.match(r"\s+(?:[a-z]+ly\s+|first\s+)?[a-z]", text[actor.end:actor.end + 20]):
            return None
        return actor

    @staticmethod
    def office_held(text: str, person: Mention, named: list[Mention]) -> Mention | None:
        """Texas Attorney General Ken Paxton … he had opened investigations: the office written right
        before the person's name (a Regulator, as the name families make it) acts where "he" or "she"
        stands for that person, as both act where the two are written (SCHEMA: an official acting in
        office is a Regulator, the person a Person of their own)."""
        return next((m for m in named if m.type == "Regulator" and m.end <= person.start
                     and not text[m.end:person.start].strip()), None)

    def subject_law(self, text: str, named: list[Mention], position: int) -> Mention | None:
        """What "it" stands for before a law's passive act (The AI Act took effect in August.
        It was proposed by the Commission in 2021): the law, where the last name opening a
        clause before it is a law and no other law stands between them; else none."""
        opening = next((m for m in reversed(named) if m.end <= position and self.opens_clause(text, m)), None)
        if opening is None or opening.type != "Law":
            return None
        laws = {_key(m) for m in named if opening.start <= m.start and m.end <= position and m.type == "Law"}
        return opening if laws == {_key(opening)} else None

    def unnamed_subject(self, text: str, start: int, mentions: list[Mention]) -> bool:
        """Whether the sentence at ``start`` opens with a capitalised name no rule found, told
        with a description between commas (Harvey, the San Francisco start-up, said…): its
        subject, which a later "it" stands for, is none of the names named before."""
        opening = self.described_opening.match(text, start)
        return opening is not None and not overlaps_any(opening.start("name"), opening.end("name"), mentions)

    def opens_clause(self, text: str, mention: Mention) -> bool:
        """Whether a name is the subject opening its sentence or clause: after at most an
        adverb and a comma (Separately, On Monday,), "The", a description (chipmaker
        Qualcomm) or its owner (Ireland's Data Protection Commission); never a name that
        only qualifies the next (Ireland's, Seattle-based)."""
        if self.qualifier.match(text, mention.end):
            return False
        before = text[max(0, mention.start - 200):mention.start]
        clause = re.split(r"[.!?;:\n(]\s|\n|\s[-–—]\s", before)[-1]
        return self.clause_opening.fullmatch(clause) is not None

    # -- what the cue family leaves to these rules -------------------------------------
    def overrules(self, text: str, start: int, end: int, relation: str, cue_start: int) -> bool:
        """Whether a plain cue word of triggers.tsv at ``cue_start`` should be left alone:
        its relation is read by the patterns here, or it follows an intention."""
        if not english_sentence(text[start:end]):
            return False
        if relation in self.owned:
            return True
        if relation in ("issued", "proposed") and self.lawmaker_before(text, start, cue_start):
            return True  # Senators A and B unveiled the X Act, Sen. A (R-Texas) introduced it: the patterns read it, as proposed
        if self.passive_before.search(text, max(start, cue_start - 16), cue_start) or \
                self.reference_object.match(text, cue_start):
            return True  # Uber was accused by X; X accused the company of…: the plain cue reads them the wrong way
        return self.intends(text, cue_start, start)

    def lawmaker_before(self, text: str, start: int, cue_start: int) -> bool:
        """A lawmaker's title, or the surname of one the item titles, in the clause before a cue."""
        clause = re.split(r"[,;:]", text[start:cue_start])[-1]
        return bool(self.lawmaker.search(clause)) or any(re.search(rf"\b{re.escape(name)}\b", clause)
                                                         for name in self.lawmakers(text))

    def intends(self, text: str, position: int, start: int = 0) -> bool:
        """Whether an intention (plans to, may, has not) stands in the clause before
        ``position`` (no further back than ``start``)."""
        clause = re.split(r"[,;:]", text[max(start, position - 40):position])[-1]
        return bool(self.intention.search(self.month.sub(" ", clause)))

    # -- facts -------------------------------------------------------------------------
    def facts(self, text: str, start: int, end: int, mentions: list[Mention], evidence: Evidence,
              named: list[Mention] = (), earlier: tuple[tuple[str, list[Mention]], ...] = ()) -> list[Fact]:
        """The facts the patterns read in one sentence; ``named`` are the item's names in
        order, those before the sentence being what "the agency", "the two companies"
        may stand for."""
        if not english_sentence(text[start:end]):
            return []
        facts = self.registered_places(mentions, evidence)
        mentions = mentions + self.references(text, start, end, mentions, named, earlier)
        facts += self.units(text, start, end, mentions, evidence)
        read = set()  # (head, relation, tail) read already: the main clause repeats the sentence's matches
        for pattern, match, skeleton, slots in self.matches(text, start, end, mentions):
            if self.intended(skeleton, match, pattern.relation) or self.qualifies(skeleton, match) \
                    or self.act_before_model(pattern.relation, skeleton, match) \
                    or self.suit_alleges(pattern.relation, skeleton, match):
                continue
            relation = self.relation_of(pattern.relation, match, skeleton, slots)
            if relation in SOUGHT_TERMS and match.groupdict().get("tail") and any(
                    sought(text, tail.start, evidence.start) for tail in self.members(match.group("tail"), slots)[:1]):
                continue  # a proposed settlement, which requires X to stop: the terms sought, no ban yet
            heads_types, tails_types = self.signatures[relation]
            if match.groupdict().get("both"):
                sides = [m for m in self.members(match.group("both"), slots) if m.type in heads_types]
                pairs = [(a, b) for i, a in enumerate(sides) for b in sides[i + 1:]]
                if _COUNTERPART_AFTER.match(skeleton, match.end()):
                    pairs = []  # A and B settled a lawsuit from C / reached a settlement with C: one side, not two
            else:
                heads = self.members(match.group("head"), slots)
                if match.start("head") == match.start() and self.object_of.search(skeleton, 0, match.start()) \
                        and re.match(r"\s", skeleton[match.end("head"):match.end("head") + 1]) \
                        and heads and heads[0].type != "Court" \
                        and relation not in self.stative_relations:  # by The Mercury News of San Jose: its seat still
                    heads = heads[1:]  # newspapers owned by ⟨0⟩ sued: not ⟨0⟩ (Judge X of ⟨court⟩ fined: the court acts)
                if match.start("head") == match.start() and self.relative_object.search(skeleton, 0, match.start()):
                    heads = []  # A and B, which publish ⟨0⟩ and ⟨1⟩, sued: the papers are what their owners publish
                if relation in self.behalf_relations:
                    heads += [m for behalf in self.behalf.finditer(skeleton, match.start())
                              for m in self.members(behalf.group("group"), slots) if m.type in PARTIES]
                # a place in a place or describing who acts (a Florida mother who sued X): no actor
                heads = [m for m in heads if m.type in heads_types and not (
                    m.type == "Jurisdiction" and relation in HOSTILE and (_PLACE_BEFORE.search(text, max(0, m.start - 40), m.start)
                                                                          or self.place_kind.match(text, m.end)))]
                tails = [m for m in self.members(match.group("tail"), slots) if m.type in tails_types]
                pairs = [(h, t) for h in heads for t in tails]
                if relation in self.owned_relations:
                    pairs = self.owners(pairs, match.group("tail"), slots, heads_types)
                if relation in self.maker_relations:
                    pairs = [(head, tail) for head, tail in pairs if head.type != "Regulator"]
            if relation in self.peer_relations and not self.commissioned.search(match.group()):
                pairs = self.peers(pairs)
            facts += [Fact(head, told, tail, evidence, round(min(head.confidence, tail.confidence) * 0.85, 3),
                           rule=f"english/{told}")
                      for head, tail in pairs if _key(head) != _key(tail) and (head, relation, tail) not in read
                      for told in [self.lawmakers_act(relation, head, text)]]
            facts += self.state_findings(relation, match, skeleton, pairs, evidence)
            read.update((head, relation, tail) for head, tail in pairs)
        return facts

    def state_findings(self, relation: str, match: re.Match, skeleton: str, pairs: list[tuple[Mention, Mention]],
                       evidence: Evidence) -> list[Fact]:
        """A state body's finding of a breach (the Commissioner concluded that X violated the Act; A and
        B found that X had breached it) tells its inquiry too: each Regulator head investigated the
        tail (``english/finding``), as kg.facts.inquiry reads X认定A违反…; a group's or a paper's finding
        accuses only."""
        if relation != "accused" or not match.groupdict().get("tail") or not match.groupdict().get("head") \
                or self.state_finding.search(skeleton, match.end("head"), match.start("tail")) is None:
            return []
        return [Fact(head, "investigated", tail, evidence, round(min(head.confidence, tail.confidence) * 0.8, 3),
                     rule="english/finding")
                for head, tail in pairs if head.type == "Regulator" and _key(head) != _key(tail)]

    def enforcement_settlements(self, facts: list[Fact]) -> list[Fact]:
        """A regulator's settlement with a company or person, whichever rule read it (the FTC reached
        a settlement with X; X entered consent orders with the SEC) settles the regulator's charges:
        it accused the other side (``english/enforcement``), and fined it where the sentence tells
        money or a penalty (english_facts.tsv settlement_money, or an amount: a $2.5 million settlement)."""
        out = []
        for fact in facts:
            if fact.relation != "settled" or not english_sentence(fact.evidence.sentence):
                continue
            sentence = fact.evidence.sentence
            told = ["accused", "fined"] if self.penalty.search(sentence) and not any(
                sought(sentence, noun.start()) for noun in self.settlement_noun.finditer(sentence)) else ["accused"]
            for agency, target in ((fact.head, fact.tail), (fact.tail, fact.head)):
                if agency.type == "Regulator" and target.type not in _STATE_SIDES and _key(agency) != _key(target):
                    out += [Fact(agency, relation, target, fact.evidence, round(fact.confidence * 0.9, 3),
                                 rule="english/enforcement") for relation in told]
        return out

    def units(self, text: str, start: int, end: int, mentions: list[Mention], evidence: Evidence) -> list[Fact]:
        """The agency's Center for Devices…, the Justice Department's Civil Rights Division: a
        state body's unit (a name with a word of english.tsv unit_head) told after that body's
        possessive, or a reference's (the agency's), is part of it (``english/unit``); so is
        any body's committee, clinic or institute (body_unit_head) after its owner's."""
        skeleton, slots = self.skeleton(text, start, end, tuple(mentions))
        facts = []
        for match in self.unit_possessive.finditer(skeleton):
            owner, unit = slots[int(match.group(1))], slots[int(match.group(2))]
            if owner.type == unit.type == "Regulator" and _key(owner) != _key(unit) and \
                    self.unit_name.search(unit.canonical or unit.text):
                facts.append(Fact(unit, "partOf", owner, evidence, 0.75, rule="english/unit"))
            elif owner.type in _UNIT_OWNERS and unit.type in _UNIT_OWNERS and _key(owner) != _key(unit) \
                    and self.body_unit_name.search(unit.canonical or unit.text):
                # the American Bar Association's Standing Committee on Ethics: any body's unit
                facts.append(Fact(unit, "partOf", owner, evidence, 0.75, rule="english/unit"))
        return facts

    def lawmakers_act(self, relation: str, head: Mention, text: str) -> str:
        """An instrument a lawmaker issued (unveiled, announced, released) is proposed: no lawmaker
        enacts one alone.  A lawmaker is a person the item titles so anywhere (Sen. Jane Roe …
        Roe and Doe announced the X Act): english_facts.tsv lawmaker_title."""
        if relation != "issued" or head.type != "Person":
            return relation
        return "proposed" if head.text.split()[-1] in self.lawmakers(text) else relation

    def relation_of(self, relation: str, match: re.Match, skeleton: str, slots: tuple[Mention, ...]) -> str:
        """A pattern's relation, but a complaint the sentence says was made to a regulator
        (with Datatilsynet, to the FTC, with the Dutch data protection authority: parse_cues.tsv
        grievance, venue, regulator_word) accuses, told in the match or right after it (not "…
        last year, according to the authorities")."""
        if relation == "sued" and self.complaint.search(match.group()):
            after = self.complaint_gap.match(skeleton, match.end()).end()
            if any(venue.start() <= after and slots[int(venue.group(1)[1:-1])].type == "Regulator"
                   for venue in self.venue.finditer(skeleton, match.start())) \
                    or any(venue.start() <= after for venue in self.regulator_venue.finditer(skeleton, match.start())):
                return "accused"
        if relation == "issued" and self.publishing.search(match.group()) and self.drafted(match, skeleton):
            return "proposed"  # the FDA issued a draft guidance, X; the draft X Bill, published by the TUC
        return relation

    def drafted(self, match: re.Match, skeleton: str) -> bool:
        """A draft word (english_facts.tsv draft_word) in the match before its tail, in the
        few words right before the tail, or right after it (X, for public comment)."""
        tail_start, tail_end = match.span("tail")
        before = skeleton[min(match.start(), max(0, tail_start - 24)):tail_start]
        after = skeleton[tail_end:tail_end + 32].split(".")[0]
        return bool(self.draft_words.search(before) or self.draft_words.search(after))

    @staticmethod
    def owners(pairs: list[tuple[Mention, Mention]], group: str, slots: tuple[Mention, ...], heads_types: set[str]
               ) -> list[tuple[Mention, Mention]]:
        """Zoom's AI Companion and Microsoft's Copilot: a tail the group gives with an owner's
        possessive of its own (⟨1⟩'s ⟨2⟩) is that owner's, not the head's."""
        owner_of = {slots[int(tail)]: slots[int(owner)]
                    for owner, tail in re.findall(r"⟨(\d+)⟩['’]s?\s+⟨(\d+)⟩", group)}
        owned = []
        for head, tail in pairs:
            owner = owner_of.get(tail)
            if owner is not None and _key(owner) != _key(head) and owner.type in heads_types:
                head = owner
            if (head, tail) not in owned:
                owned.append((head, tail))
        return owned

    @staticmethod
    def peers(pairs: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
        """An agreement read between a regulator and a company (or its official) is the
        regulator's settlement or commitments, no partnership: only agencies' pairs stay
        where the match names an agency (the two agencies signed a memorandum)."""
        if not any(m.type == "Regulator" for pair in pairs for m in pair):
            return pairs
        return [(head, tail) for head, tail in pairs if head.type == tail.type == "Regulator"]

    def document_facts(self, facts: list[Fact], items: list[tuple[Item, str, list[Mention]]], evidence_at) -> list[Fact]:
        """Facts of an English item beyond one pattern: its named cases' parties and its
        courts' rulings."""
        out = []
        persons: list[Mention] = []  # the persons named so far: a caption's short side is one named before it
        whole = "\n".join(text for _, text, _ in items)  # (a family name after a given name anywhere: family_side)
        for item, text, mentions in items:
            persons += [m for m in mentions if m.type == "Person"]
            names = None  # (indexed once per item holding a caption)
            headline = headline_span(item, text) if item is items[0][0] else (0, 0)
            for case in (m for m in mentions if m.type == "Case" and m.mechanism == "english/case"):
                names = names or CaptionNames(mentions, persons, self.bare, text, self.law_report, self.citing, whole)
                out += self.case_parties(case, names, evidence_at(item, text, case), text,
                                         headline[0] <= case.start and case.end <= headline[1])
        suits: dict[str, list[Fact]] = {}
        for fact in facts + out:
            if fact.relation == "sued":
                suits.setdefault(fact.evidence.item, []).append(fact)
        for item, text, mentions in items:
            if item.title in suits and any(m.type == "Court" for m in mentions):
                out += self.rulings(item, text, mentions, suits[item.title], evidence_at)
        for item, text, mentions in items:
            joined = self.joined_plaintiffs(item, text, mentions, suits.get(item.title, []), evidence_at)
            out += joined
            if joined:
                suits.setdefault(item.title, []).extend(joined)
        out += self.story_rulings(items, suits, evidence_at)
        return out + self.enforcement_settlements(facts + out)

    @cached_property
    def joining(self) -> Pattern:
        """Plaintiffs joining another's suit (english_facts.tsv suit_joining, suit_to_join)."""
        return self.pattern("sued", "{head} … {suit_joining} {tail} in (the|a|an|its|their|this|that) … {suit_to_join}")

    def joined_plaintiffs(self, item: Item, text: str, mentions: list[Mention], suits: list[Fact], evidence_at) -> list[Fact]:
        """Those told joining a plaintiff in its suit (A and B joined UMG in the lawsuit; the labels - A
        and B - that joined UMG in the suit) sued whom that plaintiff sued (``english/joined``)."""
        plaintiff_types, defendant_types = self.signatures["sued"]
        sentences: dict[int, tuple[Evidence, list[Mention]]] = {}
        for mention in mentions if suits and "join" in text else ():  # (the words of suit_joining)
            evidence = evidence_at(item, text, mention)
            sentences.setdefault(evidence.start, (evidence, []))[1].append(mention)
        out = []
        for evidence, inside in sentences.values():
            for _, match, skeleton, slots in self.matches(text, evidence.start, evidence.end, inside, [self.joining]):
                if self.intended(skeleton, match):
                    continue
                joined = {_key(m) for m in self.members(match.group("tail"), slots)}
                defendants = {_key(f.tail): f.tail for f in suits if _key(f.head) in joined and f.tail.type in defendant_types}
                out += [Fact(head, "sued", defendant, evidence, round(min(head.confidence, defendant.confidence) * 0.7, 3),
                             rule="english/joined")
                        for head in self.members(match.group("head"), slots) if head.type in plaintiff_types
                        for key, defendant in sorted(defendants.items()) if key != _key(head) and _key(head) not in joined]
        return out

    def story_rulings(self, items: list[tuple[Item, str, list[Mention]]], suits: dict[str, list[Fact]],
                      evidence_at) -> list[Fact]:
        """A court ruling in a part of an article that tells no suit (an appeals panel granted her
        an injunction…), where the document tells one suit only, under another sub-head (Roe sued
        A and B in the district court): the court adjudicates that suit's parties."""
        told = [fact for facts in suits.values() for fact in facts]
        if len({_key(fact.head) for fact in told}) != 1:
            return []
        parties = {_key(m): m for fact in told for m in (fact.head, fact.tail) if m.type != "Jurisdiction"}
        out = []
        for item, text, mentions in items:
            if item.title in suits:
                continue
            for court, evidence in self.ruling_courts(item, text, mentions, evidence_at):
                out += [Fact(court, "adjudicated", party, evidence, 0.5, rule="english/court")
                        for _, party in sorted(parties.items()) if party.type in self.signatures["adjudicated"][1]]
        return out

    def ruling_courts(self, item: Item, text: str, mentions: list[Mention], evidence_at):
        """(court, evidence) for each court an English sentence of the item names ruling
        (a judge of the Southern District of New York dismissed…): english.tsv adjudication, not
        in a passive, another clause or an intention."""
        for court in (m for m in mentions if m.type == "Court"):
            evidence = evidence_at(item, text, court)
            sentence = evidence.sentence
            if not english_sentence(sentence) or cited_case(sentence, court.start - evidence.start, court.end - evidence.start):
                continue  # (In that case, the Second Circuit affirmed…: a case the item cites, not its suit's court)
            ruling = self.adjudication.search(sentence, court.end - evidence.start)
            if ruling is not None and self.passive_before.search(sentence[:ruling.start()]):
                ruling = None  # a decree filed with the court…, the applicants who were rejected: not the court's act
            if ruling is not None and self.other_clause.search(sentence, court.end - evidence.start, ruling.start()):
                ruling = None  # sued X in the court, alleging that its agent places orders: another clause's word
            before = self.adjudication.search(sentence[:max(0, court.start - evidence.start)])
            if before is not None and self.other_clause.search(sentence, before.end(), court.start - evidence.start):
                before = None  # a ruling in the first instance, which points to the Federal Court…: another clause's court
            if before is not None and _RECEIVER_BEFORE.search(sentence, before.end(), court.start - evidence.start):
                before = None  # the Budapest court referred four questions to the CJEU: the court it goes to acts not
            found = next((cue for cue in (ruling, before) if cue is not None and not _noun_use(sentence, cue)), None)
            if found is None or self.intends(sentence, found.start()) or sought(sentence, found.start()):
                continue  # (questions referred to the court for a preliminary ruling: a ruling sought)
            yield court, evidence

    def case_parties(self, case: Mention, names: CaptionNames, evidence: Evidence, text: str = "",
                     headline: bool = False) -> list[Fact]:
        """The New York Times Co. v. Microsoft Corp.: the parties, where known (the knowledge
        base, a name the item gives elsewhere, or the one person of the document's ``persons``
        named so far whose family name a side is), sued; so are the defendants joined right
        after the caption (The New York Times v. Microsoft and OpenAI: OpenAI too).  A caption on
        the document's first line (``headline``) is its own suit: a side read no other way is a
        party as written (headline_sides)."""
        if cites_precedent(evidence.sentence, case.start - evidence.start, case.end - evidence.start):
            return []  # a precedent or an invented case cited (relied on Roe v. Acme): no suit the item tells
        plaintiff, defendant = self.sides(case, names)
        if headline and (plaintiff is None or defendant is None):
            plaintiff, defendant = self.headline_sides(case, names, plaintiff, defendant)
        if plaintiff is None or defendant is None:
            return []
        defendants = [defendant] + self.joined_defendants(case, names.after(case.end), text)
        return [Fact(plaintiff, "sued", sued, evidence, 0.8, rule="english/case") for sued in defendants]

    def headline_sides(self, case: Mention, names: CaptionNames, plaintiff: Mention | None,
                       defendant: Mention | None) -> tuple[Mention | None, Mention | None]:
        """The sides of a caption on a document's first line, its headline (Pollard v. Bonti as the
        story's subject; the Vexen Mining v SA Coal Regulator case highlights…), where a side is not
        read: that side as written, a person where it is a family name alone
        (family_side, either side), a company where it is two to four capitalised words, the first no
        given name nor a state's or a pseudonym's word (Vexen Mining, Acme Ireland: unnamed_side's
        caption_side_no_person), the knowledge base knowing none of it."""
        parts = self.versus.split(case.text, maxsplit=1)
        if len(parts) != 3:
            return plaintiff, defendant
        first, _, written = parts
        first, written = self.et_al.sub("", first).strip(), self.et_al.sub("", written).strip()
        start = case.start + len(parts[0]) - len(parts[0].lstrip())
        plaintiff = plaintiff or self.written_side(first, start, names)
        defendant = defendant or self.written_side(written, case.end - len(parts[2]), names)
        return (plaintiff, defendant) if plaintiff is not None and defendant is not None else (None, None)

    def written_side(self, name: str, offset: int, names: CaptionNames) -> Mention | None:
        """A headline caption's side read no other way (headline_sides): a family name alone, a
        person; two to four capitalised words, a company; else None."""
        words = name.split()
        if len(words) == 1:
            return self.family_side(name, offset, names, True)
        if not 2 <= len(words) <= 4 or not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words) \
                or words[0] in self.caption_no_person or words[0] in self.given_names \
                or self.kb.lookup(name) is not None:
            return None
        return Mention(name, "Company", offset, offset + len(name), mechanism="english/case")

    def joined_defendants(self, named: Mention, following: Iterable[Mention], text: str) -> list[Mention]:
        """The names joined by and/& right after a caption or its defendant (… v. Microsoft and
        OpenAI (S.D.N.Y.)): the caption's further defendants, each of a type that can be sued
        (``following``: the names starting at its end or after, in order of their starts)."""
        joined, end = [], named.end
        for mention in following:
            if not self.caption_join.fullmatch(text, end, mention.start) \
                    or mention.type not in self.signatures["sued"][1]:
                break
            joined.append(mention)
            end = mention.end
        return joined

    def sides(self, case: Mention, names: CaptionNames) -> tuple[Mention | None, Mention | None]:
        """A v. B: A and B where known (Kadrey v. Meta Platforms: None and Meta Platforms)."""
        parts = self.versus.split(case.text, maxsplit=1)
        if len(parts) != 3:
            return None, None
        plaintiff, link, written = parts
        first = self.et_al.sub("", plaintiff)  # Lehrman et al. v. LOVO: Lehrman
        # the defendant's side read as the plaintiff's: its first party for them all (Times v. Microsoft Corp. et al.)
        defendant, at = self.et_al.sub("", written), case.end - len(written)
        claimant = crown_claimant_of(self.crown.fullmatch(first.strip()))
        if claimant is not None:  # R (Ayinde) v London Borough of Haringey: Ayinde, named by the caption's own form
            first, start = claimant[0], case.start + len(first) - len(first.lstrip()) + claimant[1]
            suing = self.party(first, start, names) or self.unnamed_side(first, start) \
                or self.family_side(first, start, names)
            return suing, self.party(defendant, at, names) or self.unnamed_side(defendant, at)
        sued = self.party(defendant, at, names) or self.unnamed_side(defendant, at)
        # a family name alone suing: where the caption is the item's own, or one it does not cite whose defendant is
        # a party read (Roe v. Acme Corp.: a suit between two parties; not Roe v. Doe, nor Roe v. Acme Corp., 12 F.4th 3)
        suing = self.party(first, case.start, names) or self.unnamed_side(first, case.start) \
            or (self.family_side(first, case.start, names) if self.own_case(case, defendant, names)
                or sued is not None and case.text not in names.cited else None)
        # Zhang v Chen, Mata v. Avianca: neither side named elsewhere (the plaintiff at most read as a family side)
        bare_plaintiff = suing is None or suing.kb_id is None and suing.canonical is None and suing.text == first
        # (the item's index of names, with its persons so far: not a ruling sentence's own; a bare v running on into
        # lower-case words is no caption's: Gen v Beta tools)
        if sued is None and bare_plaintiff and names.text and case.text not in names.cited \
                and not self.name_goes_on.match(names.text, case.end) \
                and not (link == "v" and self.runs_on.match(names.text, case.end)):
            suing, sued = self.family_sides(first, case.start, defendant, at, names)
        return suing, sued

    def family_sides(self, plaintiff: str, start: int, defendant: str, at: int,
                     names: CaptionNames) -> tuple[Mention | None, Mention | None]:
        """A caption of two family names, neither named more fully nor known anywhere (Zhang v Chen,
        Mata v. Avianca, Ko v. Li), cited once or more but not from a law report: two persons, one suing the
        other (family_side's tests on each side, one word each, two letters enough, no role's word:
        english.tsv person_role); else neither."""
        if " " in plaintiff.strip() or " " in defendant.strip() \
                or any(side.strip() in self.role_words or side.strip() in names.persons for side in (plaintiff, defendant)):
            return None, None  # (a side that is a person's family name the document gives: EnglishFacts.party's)
        suing, sued = self.family_side(plaintiff, start, names, True), self.family_side(defendant, at, names, True)
        return (suing, sued) if suing is not None and sued is not None else (None, None)

    def own_case(self, case: Mention, defendant: str, names: CaptionNames) -> bool:
        """Whether a caption is the item's own case, not one it cites (a sanctions story's list of
        invented citations, another court's precedent): the item writes the caption twice, or names
        its defendant outside every caption (Lehrman et al. v. LOVO, Inc. … LOVO allows subscribers…),
        and never cites it from a law report (Roe v. Acme Corp., 123 F. Supp. 3d 456: CaptionNames.cited)."""
        return case.text not in names.cited and (names.captions[case.text] > 1 or self.bare(defendant) in names.outside)

    def bare(self, name: str) -> str:
        """A name without its article and legal form (The Acme Co.: Acme)."""
        return without_legal_form(without_article(name.strip(), self.kb.articles), self.kb.legal_forms).rstrip(", ")

    @cached_property
    def given_names(self) -> frozenset[str]:
        return given_names(self.kb)

    def unnamed_side(self, name: str, offset: int) -> Mention | None:
        """A caption's side named nowhere else, as a party: a company where it ends in a legal
        form (Berbix Inc.), a person where it is a given and a family name (Robert Kneschke v.
        LAION e.V.); never a side standing for a state or a group (People v. X, In re X:
        english_facts.tsv caption_side_no_person).  Else None: a family name alone (Kadrey v.
        Meta) stands for a person the item names in full elsewhere (EnglishFacts.party) or, on the
        plaintiff's side, for one it never does (EnglishFacts.family_side), and a one-word
        defendant may be anything (Thomson Reuters v. Ross)."""
        words = name.split()
        if not words or len(words) > 4 or not all(word[:1].isupper() for word in words) \
                or words[0] in self.caption_no_person:
            return None
        if without_legal_form(name, self.kb.legal_forms) != name:
            kind = "Company"
        elif len(words) == 2 and words[0] in self.given_names and words[1].isalpha():
            kind = "Person"
        else:
            return None
        if self.kb.lookup(name) is not None or words[-1] in self.company_words:
            return None
        return Mention(name, kind, offset, offset + len(name), mechanism="english/case")

    def family_side(self, name: str, offset: int, names: CaptionNames, short: bool = False) -> Mention | None:
        """A caption's plaintiff side that is a family name alone (Mobley v. Workday, De La Torre
        v. LinkedIn) and that the item names nowhere in full nor as another name's first word: a
        person (as the gold reads a caption's one-word party the text never names more fully).  Never a side the knowledge base knows, an acronym (GEMA v. OpenAI), a
        firm's word (english.tsv company_word), the first word of a name the item gives
        (Concord v. Anthropic where it names Concord Music Group), the family name of persons
        the document names (Ann and Ben Roe: Roe v. Acme is theirs, not a third Roe's), a kind of
        party (Publishers v. Acme: english.tsv kind_noun, plaintiff_noun…), nor a state's or a
        pseudonym's side (english_facts.tsv caption_side_no_person); a defendant's side alone
        may be anything (Thomson Reuters v. Ross)."""
        *particles, family = name.split() or [""]
        if not (self.family_name.fullmatch(family) or short and self.short_family.fullmatch(family)) \
                or family in self.company_words \
                or any(particle.lower() not in self.name_particles for particle in particles) \
                or (particles or [family])[0] in self.caption_no_person or self.kb.lookup(name) is not None:
            return None
        if any(told == name or told.startswith(name + " ") for told in names.named):
            return None
        if name in names.persons or self.given_before(name, names.document) \
                or re.sub(r"s$", "", name.lower()) in self.kind_nouns or name.lower() in self.kind_nouns:
            return None  # Roe v. Acme where the item names Ann Roe and Ben Roe: which of them; Publishers v. Acme: a kind
        return Mention(name, "Person", offset, offset + len(name), mechanism="english/case")

    def given_before(self, family: str, text: str) -> bool:
        """Whether the text writes the family name after a given name (Ann Roe), a person it names
        in full though no name rule read them (Ann Roe and Ben Roe sued…)."""
        return any(match.group(1) in self.given_names
                   for match in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(family)}(?![\w-])", text))

    def party(self, name: str, offset: int, names: CaptionNames) -> Mention | None:
        bare = without_article(name, self.kb.articles)
        candidates = [name, bare, without_legal_form(name, self.kb.legal_forms), without_legal_form(bare, self.kb.legal_forms)]
        candidates += [candidate.rsplit(" ", 1)[0] for candidate in candidates  # The Intercept Media: The Intercept
                       if " " in candidate and candidate.rsplit(" ", 1)[1] in self.company_words]
        for candidate in candidates:  # the knowledge base first (Disney Enterprises, Inc.: Disney, though the
            entry = self.kb.lookup(candidate)  # item names Disney Enterprises too)
            if entry is not None and entry.type in self.signatures["sued"][0]:
                return Mention(name, entry.type, offset, offset + len(name), kb_id=entry.id, mechanism="english/case")
        for candidate in candidates:
            known = names.named.get(candidate) or names.surnamed.get(candidate)
            # Bartz v. Anthropic: the person the item names in full (Andrea Bartz)
            if known is None and " " not in candidate:  # or, once, another section (Nimat Shahid… In Shahid v. Esaam)
                named = names.persons.get(candidate, {})
                known = next(iter(named.values())) if len(named) == 1 else None
            if known is not None:
                return Mention(name, known.type, offset, offset + len(name), kb_id=known.kb_id,
                               canonical=known.canonical or known.text, mechanism="english/case")
        return None

    def suit_parties(self, item: Item, mentions: list[Mention], suits: list[Fact], sentence: tuple[int, int] = (0, 0),
                     court_sentence: tuple[int, int] = (0, 0), court: Mention | None = None, text: str = "") -> dict[str, Mention]:
        """The parties a ruling in the item is about: where the ruling's sentence names a case
        (approved a settlement in Bartz v. Anthropic), its parties and those of the item's suits
        between them.  Where the sentence (else the one naming the court of a
        ruling told after it: ``court_sentence``) names parties of some of the item's suits (the High Court
        rejected Getty's claim against Stability AI), those suits only; else the suits told in a
        sentence naming the ruling ``court`` (A sued B in the Regional Court… The Regional Court
        dismissed the claim); else those whose plaintiff the item's title names (Times
        sues OpenAI: not the other papers' suits against OpenAI), else whose defendant it
        names; else, in an item of several suits, the suit told nearest the ruling (A sued B
        in 2023… C sued D… The court ruled against him: C and D; ``told_near``); else the item's one suit."""
        cases = [m for m in mentions if m.type == "Case" and m.mechanism == "english/case"
                 and sentence[0] <= m.start < sentence[1]]
        names = CaptionNames(mentions) if cases else None
        sides = {_key(side): side for case in cases for side in self.sides(case, names) if side is not None}
        if sides:
            between = [f for f in suits if _key(f.head) in sides or _key(f.tail) in sides]
            return sides | {_key(m): m for f in between for m in (f.head, f.tail) if m.type != "Jurisdiction"}
        # the High Court rejected Getty's claim against Stability AI: the suits of the parties the sentence names
        about = []
        for start, end in (sentence, court_sentence):
            named = {_key(m) for m in mentions if start <= m.start < end and m.type not in ("Court", "Jurisdiction")}
            about = about or [f for f in suits if _key(f.head) in named or _key(f.tail) in named]
        own = [] if court is None else [f for f in suits if any(
            m.type == "Court" and _key(m) == _key(court) and f.evidence.start <= m.start < f.evidence.end
            and m.start != court.start for m in mentions)]
        if court is not None:
            # a suit told in another court (Mata v. Avianca, … a judge of the Southern District of New York…; A
            # First-tier Tribunal judge found…) is not this court's, unless a higher court rules after it (an appeal)
            higher = any(word in court.text for word in self.higher_courts)
            suits = [f for f in suits if higher and f.evidence.start <= sentence[0] or not any(
                m.type == "Court" and _key(m) != _key(court) and f.evidence.start <= m.start < f.evidence.end for m in mentions)]
        in_title = {_key(m) for m in mentions if m.end <= len(item.title)}
        titled = [f for f in suits if _key(f.head) in in_title] or [f for f in suits if _key(f.tail) in in_title]
        several = len({frozenset(_key(f.tail) for f in suits if f.evidence.start == start)
                       for start in {f.evidence.start for f in suits}}) > 1
        told = self.told_near(suits, sentence[0], text) if several else []
        return {_key(m): m for f in (about or own or titled or told or suits) for m in (f.head, f.tail)
                if m.type != "Jurisdiction"}

    @staticmethod
    def told_near(suits: list[Fact], start: int, text: str) -> list[Fact]:
        """The suit a ruling at ``start`` naming none of its parties is about, in an item of several:
        in the ruling's paragraph, the one told last before it, else the first told after it
        (…a special master ordered two firms to pay. Their brief in A v. B…); else those told
        in the last paragraph before it that tells one (A sued B and C. D was added as a
        defendant. ¶ The judge let the claims go forward: against B, C and D)."""
        opening = text.rfind("\n", 0, start) + 1
        closing = text.find("\n", start) if text.find("\n", start) >= 0 else len(text)
        before = [f.evidence.start for f in suits if f.evidence.start <= start]
        after = [f.evidence.start for f in suits if start < f.evidence.start < closing]
        if before and max(before) >= opening:
            chosen = max(before)
        elif after:
            chosen = min(after)
        elif before:
            paragraph = text.rfind("\n", 0, max(before)) + 1
            return [f for f in suits if paragraph <= f.evidence.start <= max(before)]
        else:
            return []
        return [f for f in suits if f.evidence.start == chosen]

    def rulings(self, item: Item, text: str, mentions: list[Mention], suits: list[Fact], evidence_at) -> list[Fact]:
        """A court named in an English sentence that rules (a judge of the Southern District
        of New York dismissed…) adjudicates the item's suit: the parties of the case the
        sentence names, else of the suits its title names, else of all the item's suits."""
        if not suits:
            return []
        out = []
        for court, evidence in self.ruling_courts(item, text, mentions, evidence_at):
            parties = self.suit_parties(item, mentions, suits, (evidence.start, evidence.end), court=court, text=text)
            out += [Fact(court, "adjudicated", party, evidence, 0.6, rule="english/court")
                    for _, party in sorted(parties.items()) if party.type in self.signatures["adjudicated"][1]]
        return out


# the terms a settlement or an order sets (requires X to stop, pay), which a proposed one only seeks (grammar.sought)
SOUGHT_TERMS = frozenset({"banned", "fined"})


# Meta's rules, the orders, its holdings: a verb form in -s after a possessive or a determiner is a noun, no court's act
_DETERMINER_BEFORE = re.compile(r"(?:['’]s|\b(?:the|its|their|his|her|these|those|such|new))\s+$", re.IGNORECASE)


def _noun_use(sentence: str, cue: re.Match) -> bool:
    """Whether an adjudication cue of the third person (rules, orders, holds) is a noun
    where it stands (violated Meta's rules, citing the complaint filed in the District Court)."""
    word = cue.group().strip()
    return word.endswith("s") and not word.endswith("ss") and " " not in word \
        and _DETERMINER_BEFORE.search(sentence, 0, cue.start() + len(cue.group()) - len(cue.group().lstrip())) is not None


# the court an act is sent to (referred the questions to the CJEU, sent the case back to the trial court)
_RECEIVER_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")


# a place where something happens (in Germany, the court…) or inside a name (CBC/Radio-Canada): no actor
# in, across: a place where who acts is (families in Canada; in the U.S. and Canada: a list's last too)
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|In|across|throughout)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,?\s+(?:and|or)\s+"
                           r"(?:the\s+)?)?|[\w][-/])$")


_STATE_SIDES = ("Regulator", "Court", "Legislature", "Jurisdiction")  # a regulator's settlement with these is no enforcement


_GROUP_REFERENCE = re.compile(r"\\g<(\w+)>")


@lru_cache(maxsize=None)
def expansion(template: str) -> Callable[[re.Match], str]:
    """What re.sub puts for a match by ``template`` (its \\g<name>s; a group that took no part:
    nothing), without re's own cache of templates, which is keyed by the pattern as well: a
    pattern's hash reads its whole program, and the skeleton's patterns are tens of KB."""
    pieces = _GROUP_REFERENCE.split(template)  # words, a group's name, words, …
    if any("\\" in piece for piece in pieces[::2]):
        raise ValueError(f"a template with an escape other than \\g<name>: {template!r}")
    return lambda match: "".join(piece if index % 2 == 0 else match.group(piece) or ""
                                 for index, piece in enumerate(pieces))


def _standing_for(referent: Mention, start: int, end: int) -> Mention:
    """The name a reference (the company, it, its) at ``start``-``end`` stands for, as a mention there."""
    return replace(referent, start=start, end=end, mechanism="english/reference",
                   canonical=referent.canonical or referent.text)


def _literal(text: str, insensitive: bool = False) -> str:
    """A pattern's words as a regular expression: any spacing, either apostrophe, any case."""
    literal = "".join(map(_need_token, text))
    return f"(?i:{literal})" if insensitive and literal else literal


def _need_token(character: str) -> str:
    """One character of a pattern's words as a regular expression (_literal; a need's words as
    one tree): any spacing, either apostrophe."""
    return r"\s+" if character == " " else "['’]" if character in "'’" else re.escape(character)


def _insensitive(text: str) -> str:
    """A pattern's word in any case (alternatives' literal)."""
    return _literal(text, insensitive=True)


def _key(mention: Mention) -> str:
    return mention.kb_id or (mention.canonical or mention.text)


class CaptionNames:
    """An item's names as a caption's side is looked up among them (EnglishFacts.party), made
    once per item and not sought again at each caption: the first name other than a case's
    by each name (``named``), the first person by each ending of a name after a space
    (``surnamed``: Bartz, Andrea Bartz), the persons named so far in the document by each
    ending ({ending: {name: the last person so named}}), the names in order of starts, how often
    it writes each caption, those it cites from a law report and the names it writes outside
    them (EnglishFacts.own_case)."""

    def __init__(self, mentions: list[Mention], persons: list[Mention] = (), bare: Callable[[str], str] | None = None,
                 text: str = "", reported: re.Pattern | None = None, citing: re.Pattern | None = None,
                 document: str = ""):
        cases = [m for m in mentions if m.type == "Case"]
        self.captions = Counter(m.text for m in cases)  # how often the item writes each caption
        self.text = text  # (a caption's words running on after it: EnglishFacts.family_sides)
        self.document = document or text  # (the whole document's text: EnglishFacts.family_side)
        # the captions the item writes somewhere with a law report's volume and page after them, or right after
        # the words citing them: cases it cites
        self.cited = {m.text for m in cases if reported and reported.match(text, m.end)
                      or citing and citing.search(text, max(0, m.start - 20), m.start)}
        # the names written outside every caption, bare (EnglishFacts.bare: Acme for Acme Inc.)
        within = Overlapping(cases)  # (a caption holding a name overlaps it: only those are asked, not every caption)
        self.outside = {bare(m.text) for m in mentions if bare and m.type != "Case"
                        and not any(c.start <= m.start and m.end <= c.end
                                    for c in (within.overlapping(m.start, m.end) if m.start < m.end else cases))}
        self.named: dict[str, Mention] = {}
        self.surnamed: dict[str, Mention] = {}
        self.persons: dict[str, dict[str, Mention]] = {}
        for mention in mentions:
            name = mention.canonical or mention.text
            if mention.type != "Case":
                self.named.setdefault(name, mention)
            if mention.type == "Person":
                for ending in endings(name):
                    self.surnamed.setdefault(ending, mention)
        for person in persons:
            name = person.canonical or person.text
            for ending in endings(name):
                self.persons.setdefault(ending, {})[name] = person
        self.ordered = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.ordered]

    def after(self, end: int) -> Iterator[Mention]:
        """The names starting at ``end`` or after, in order of their starts."""
        return (self.ordered[at] for at in range(bisect_left(self.starts, end), len(self.ordered)))


def endings(name: str) -> list[str]:
    """What follows each space of ``name``: the words ``name.endswith(" " + word)`` holds for."""
    return [name[at + 1:] for at, character in enumerate(name) if character == " "]


def patterns(shared: Shared) -> EnglishFacts:
    """The patterns, made once per Extractor and shared by its two English families."""
    return shared.made_once("english", lambda: EnglishFacts(shared.kb, SIGNATURES))


class EnglishSentences(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.english = patterns(shared)
        self.continents = frozenset(shared.words["continent"])

    def veto(self, text: str, start: int, end: int, relation: str, position: int) -> bool:
        return self.english.overrules(text, start, end, relation, position)

    def reads_without_names(self, text: str, start: int, end: int) -> bool:
        return self.english.refers(text, start, end)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, end, mentions = sentence.text, sentence.end, sentence.mentions
        series = self.english.semicolon_series(text, sentence.start, end)
        if series is not None:  # sued A, the company behind X; its co-founders B and C; and D: one list
            end = series
            text = text[:sentence.start] + text[sentence.start:end].replace(";", ",") + text[end:]
            mentions = [m for m in sentence.named if sentence.start <= m.start and m.end <= end]
        found = self.english.facts(text, sentence.start, end, mentions, sentence.evidence,
                                   named=sentence.named, earlier=sentence.earlier)
        return [fact for fact in found  # Assemblyman A, D-Hayward, who co-authored X: no side
                if not self.unnamed_nationality(fact, sentence) and not party_place(text, fact.head)
                and not self.continent_seat(fact)]

    def continent_seat(self, fact: Fact) -> bool:
        """Europe's largest companies, including Bosch: a continent is where a company trades, no
        body's seat (kg.facts.place reads 欧洲委员会 so; context.tsv continent); a law may be one's
        (Europe's General Data Protection Regulation)."""
        return fact.relation == "jurisdiction" and fact.head.type != "Law" and fact.tail.text in self.continents

    @staticmethod
    def unnamed_nationality(fact: Fact, sentence: Sentence) -> bool:
        """Chinese AI start-up DeepSeek in an item that never names China: a nationality word alone
        names no place (SCHEMA: a jurisdiction is a named place), so it seats no name; where the
        item names the country (China, 中国), the word stands for it."""
        tail = fact.tail
        if fact.relation != "jurisdiction" or not tail.mechanism.endswith("nationality"):
            return False
        return not any(m.kb_id == tail.kb_id and not m.mechanism.endswith("nationality") for m in sentence.named)


class EnglishDocument(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.english = patterns(shared)

    def facts(self, document: Document) -> list[Fact]:
        return self.english.document_facts(document.facts, document.items, self.shared.evidence_at)
