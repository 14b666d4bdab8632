"""What the English name rules share: the lexicon (data/lexicon/english.tsv) and its
readers, the tests every rule asks (a headline, a shape that is never a name), the words
several rules read (``EnglishWords``) and the rule base class (``Rule``)."""
from __future__ import annotations

import calendar
import operator
import re
from bisect import bisect_right
from functools import lru_cache

from ...alternation import alternation, alternatives
from ...kb import KnowledgeBase, cue_words, tsv_rows
from ...model import Mention
from ..base import Family
from ..words import Words

# A capitalised name: words starting with a capital (or a digit), with of/and/for/de inside
_WORD = r"[A-Z][\w.&'’-]*"
_NAME_JOINS = "of|for|de|the|and|&"


def joined_name(joins: str = _NAME_JOINS) -> str:
    """A capitalised name of up to seven words, the small words of the alternation ``joins`` between
    them (_NAME: of/for/de/the/and/&; a caption's side adds the patronymic's: Ahmad bin Kassim)."""
    return rf"{_WORD}(?:\s+(?:(?:{joins})\s+)?{_WORD}){{0,6}}"


_NAME = joined_name()
# A v. B, A vs B, and the bare v of British and Commonwealth captions (Parker v Forsyth)
_CASE_LINK = re.compile(r"\s+(?:v\.|vs\.?|versus|v(?=\s+[A-Z]))\s+")
_CASE_END = re.compile(r"\s(?:v\.?|vs\.?|versus)\s+$")
_NEXT_CASE = re.compile(r"\s+and\s+(?=[^,;]*\s(?:v\.?|vs\.?|versus)\s)")
_CJK = re.compile(r"[\u3400-\u9fff]")
# a word of the sentence just before (lower case, a digit, a clause's comma, a bracket's end): ruled in
# The Daily Ledger v. X, reported by The Ledger; a capital opening a line or following a full stop starts one
_INSIDE_SENTENCE = re.compile(r"[a-z0-9,;:)][ \t]+$")
_FIELD_START = re.compile(r"(?:^|[—–|｜:,])\s*$", re.M)  # what opens a field of a line (Headlines.letterhead)
_FIELD_END = re.compile(r"\s*(?:[—–|｜:,]|$)")  # what ends it
_CHINESE_BEFORE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$")  # a Chinese character or mark right before
_LATIN = "0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # a Latin word's characters (\w holds Chinese too)
_ARTICLES = ("The", "A", "An")  # before a name, no part of it
_DATE_WORD = alternatives(name for name in (*calendar.month_name, *calendar.day_name) if name)  # a date after a title ends it
# …Risk Management on Nov 13, …in Sept. 2024: a month's abbreviation and a number after a title end it too
_MONTH_DATE = alternatives(name for name in (*calendar.month_abbr, "Sept") if name) + r"\.?[ \t]+\d"
_YEAR = r"(?:19|20)\d\d"  # a year after a title ends it too (published the Framework in 2024)
_CREDIT_LINE = re.compile(r"(?:[^\s：]{1,12} ){0,2}[^\s：]{1,12}：")  # By：Jane Roe, Edited by：Jane Roe, as kg.segment gives a credit line
# V1, 2.5, v3.1: the version a maker's name goes on with to name its model (HKGAI V1)
_VERSION_WORD = re.compile(r"[Vv]?\d+(?:\.\d+)*")
# Home › Bollywood › News; News › Justice | Ture: a path, its last step with the section's name in a second language
_BREADCRUMB_LINE = re.compile(r"[A-Z][\w&' -]{0,30}(?:\s+[›>»]\s+[A-Z][\w&' -]{0,30}){1,4}(?:\s*[|｜]\s*[A-Z][\w&' -]{0,30})?")
_AMOUNT_AFTER = re.compile(r"[ \t]+\d")  # EUR 175,000: a code right before a number is the amount's currency
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their)[ \t]+$")  # develop a Children's Online Privacy Code
_TITLE_GLOSS = re.compile(r"》\s*[（(]\s*$")  # 《…》（Guidelines on…）: an English gloss of a title right before it
_MASTHEAD_LINES = 3  # a masthead stands on a story's first lines (under the item's title, a file's name)


_BAR = re.compile(r"\s[|｜]\s")


_MARKS = "'’"  # a possessive's or a quotation's mark
_TRAILING_MARK = re.compile(r"(?<=\w)['’]$")  # UpCodes’, Pieces': a possessive's or a quotation's mark after a word
_OWNER_MARK = re.compile(r"(?<=\w)['’]s?$")  # and with the s of a possessive (Universal's, Lexis’)
_NON_BLANK = re.compile(r"\S")  # (str.strip's whitespace)


def trailing_mark(word: str, *, possessive: bool = False, run: bool = False) -> int:
    """Where a possessive's or a quotation's mark closing an English name's word begins, the
    word's length where none closes it: a lone mark right after a word's character (UpCodes’,
    Pieces'; Labs’’ keeps both); with ``possessive``, the mark and a possessive's s after it too
    (Universal's); with ``run``, the whole run of marks at its end, whatever comes before it
    (‘Deepseek App’, Labs’’, Inc.’). ``run`` takes no ``possessive``. (party_words cuts a
    lone mark, the known company's extension a run, a listed member a possessive.)"""
    if run:
        return len(word.rstrip(_MARKS))
    found = (_OWNER_MARK if possessive else _TRAILING_MARK).search(word)
    return len(word) if found is None else found.start()


def _blank_before(text: str, start: int, end: int) -> int:
    """Where the spaces and tabs ending text[start:end] begin (``end`` where there are none)."""
    while end > start and text[end - 1] in " \t":
        end -= 1
    return end


def _line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding text[start:end] (or the position ``start``) opens and where it
    closes: at its line break, or at the text's end."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def english_lexicon(kb: KnowledgeBase, name: str = "english.tsv") -> dict[str, tuple[str, ...]]:
    """kind -> words of an English lexicon (data/lexicon/english.tsv)."""
    return {row["kind"]: cue_words(row["cues"]) for row in tsv_rows(kb.data_dir / "lexicon" / name)}


def crown_caption(words: dict[str, tuple[str, ...]]) -> re.Pattern:
    """A judicial review's first side, the Crown's name with its claimant's (english.tsv crown_side,
    crown_claimant): R (Ayinde), R (on the application of Ayinde), Ayinde, R and Ayinde, R (On the
    Application Of); the claimant is the group ``claimant`` (before the Crown) or ``inner`` (in its
    brackets), and a side with neither (R v Smith, a prosecution) is none of it (``crown_claimant_of``)."""
    crown, applying = alternatives(words["crown_side"]), alternatives(words["crown_claimant"])
    return re.compile(rf"(?:(?P<claimant>{_NAME}),\s+)?(?:{crown})(?:\s*\(\s*(?:(?:{applying})(?:\s+|(?=\s*\))))?"
                      rf"(?P<inner>{_NAME})?\s*\))?")


def crown_claimant_of(side: re.Match | None) -> tuple[str, int] | None:
    """The claimant's name in a matched crown_caption side and where it starts in the side, or None."""
    if side is None:
        return None
    group = "claimant" if side.group("claimant") else "inner" if side.group("inner") else None
    return (side.group(group), side.start(group) - side.start()) if group else None


def given_names(kb: KnowledgeBase) -> frozenset[str]:
    """Common given names (Abdi, Linnea, María): data/lexicon/given_names.txt, read once by the
    knowledge base (KnowledgeBase.given_names, which its lookup asks too)."""
    return kb.given_names


@lru_cache(maxsize=4096)
def _after_a_word(name: str) -> re.Pattern:
    """``name`` as a word after a capitalised word (and an initial): Jane Saniger, Jane M. Saniger (group 1: Jane)."""
    return re.compile(rf"(?<![\w.&'’-])([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?{re.escape(name)}(?![\w&-])")


class Headlines:
    """Whether the line at a position is a headline in title case (Universal Music Settles
    with Udio): every longer word capitalised but those a title may leave in lower case
    (english.tsv title_lower, Chicago style), no full stop at its end; its words run on, no
    name ends there."""

    LONGEST = 240  # a press release's headline runs long (AG Secures $2.5 Million Settlement With … Over …)
    LONGEST_MIXED = 160  # a line with Chinese in it and a run of English names is a sentence sooner
    REACHING = 3  # the words of a name that may have reached over a headline's words (only_here)

    def __init__(self, lexicon: dict[str, tuple[str, ...]]) -> None:
        self.lower = frozenset(lexicon["title_lower"])
        # asked once per name of an item: each line's bars and each part's verdict are worked
        # out once (a line of 100 KB read again for each of its thousands of names was quadratic)
        self.bars = lru_cache(maxsize=256)(self._bars)
        self.headline = lru_cache(maxsize=4096)(self._headline)

    def __call__(self, text: str, position: int) -> bool:
        line_start, line_end = _line_bounds(text, position)
        bars = self.bars(text, line_start, line_end)
        if bars:  # NYC.GOV | Office of the Mayor | News: a page's bar, each part a label of its own
            before = bisect_right([end for _, end in bars], position)  # the bars wholly before the position
            line_start, line_end = (bars[before - 1][1] if before else line_start,
                                    bars[before][0] if before < len(bars) else line_end)
        return self.headline(text, line_start, line_end)

    def only_here(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end], a name of REACHING words or more, stands in a title-case
        headline and the item writes it nowhere else: a headline capitalises every word, so a
        name's kind word there reaches over the headline's other words (Acme Wins First Major
        Court Ruling, Riverland Takes Role as Lead Data Regulator, Key Points of the New
        Executive Order); a real name in a headline (Zephyrix Sued by Authors) is written
        again in the story under it.  A kind word and one word before it (Ohio Enacts the
        CLEAR Act) reach over nothing; nor a line with Chinese in it (投资方：Acme Venture
        Partners（领投）, a card's field)."""
        if len(text[start:end].split()) < self.REACHING or not self(text, start):
            return False
        line_start, line_end = _line_bounds(text, start, end)
        if _CJK.search(text, line_start, line_end):
            return False
        return not any(match.start() < line_start or match.start() >= line_end
                       for match in re.finditer(rf"(?<![\w&'’-]){re.escape(text[start:end])}(?![\w&-])", text))

    @staticmethod
    def letterhead(text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is a field of its line of its own, between the line's ends, dashes,
        bars, colons or commas (Harbor Standards Institute — Sector Board over a notice; Enquiries:
        Board Secretariat, Harbor Standards Institute under it): a body's name on a letterhead or a
        contact line, not a headline's words."""
        line_start, line_end = _line_bounds(text, start, end)
        return _FIELD_START.search(text, line_start, start) is not None and _FIELD_END.match(text, end, line_end) is not None

    @staticmethod
    def _bars(text: str, line_start: int, line_end: int) -> tuple[tuple[int, int], ...]:
        return tuple(bar.span() for bar in _BAR.finditer(text, line_start, line_end))

    def _headline(self, text: str, start: int, end: int) -> bool:
        if end - start >= self.LONGEST:
            return False
        line = text[start:end]
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line)[1:] if len(w) >= 4 and w not in self.lower]
        longest = self.LONGEST_MIXED if _CJK.search(line) else self.LONGEST
        return len(line) < longest and len(words) >= 3 and all(w[0].isupper() for w in words) and \
            not re.search(r"(?:[a-z][.]|[。！？])\s*$", line)  # a sentence full of names ends in a full stop, a headline does not


class NoNames:
    """What is shaped like a Latin-script name and never is one: a date or a time stamp (Jan
    14, January 27, Tuesdays 2: english.tsv month_short, date_word; Updated 5: bylines.tsv date_label), a funding round (Series C,
    Series B-2, Pre-A, Seed round: english.tsv funding_round), a part of the document itself
    (Issue 37, Vol. 3: document_part; Recommendation 3: report_part), a party's numbered label in a court's caption
    (Defendant 1, Respondent No. 2: party_label), a room (Room 114: place_part), the press office heading a release (Office of Public
    Affairs: press_office), a description (Calif.-based, Microsoft-backed: context.tsv
    describing_suffix), a field's label opening a line (Deal type:, Case type:,
    Investors named:) and a cross-head in capitals opened by a question's word or a pointer to
    more material (WHAT IT MEANS FOR LLC OWNERS, RELATED AUTHORITY: english.tsv heading_opener).
    Every family that reads Latin names asks it."""

    def __init__(self, kb: KnowledgeBase) -> None:
        words = english_lexicon(kb)
        code = r"(?:[A-Z](?:-?\d+)?\+?|\d+)"  # the round's letter, B-2, A+, 2
        self.round = re.compile(rf"(?:{alternatives(words['funding_round'])})(?:[ \t-]+(?:{code}|(?i:round|funding|financing)))*")
        # Defendant 1, Respondent No. 2: a numbered party's label (english.tsv party_label)
        parts = alternatives([*words["document_part"], *words["report_part"], *words["place_part"], *words["party_label"]])
        self.part = re.compile(rf"(?:{parts})[ \t]*(?:No\.[ \t]*)?\d[\w.-]*")
        self.press_offices = frozenset(words["press_office"])  # a release's heading: Office of Public Affairs
        self.heading_openers = frozenset(word.upper() for word in words["heading_opener"])  # WHAT IT MEANS, HOW IT WORKS
        self.kb = kb
        self.demonym_endings = words["demonym_ending"]
        # Korean-specialized, English-language, Open-source: a capitalised word joined to a lower-case
        # participle or a word that describes (english.tsv compound_tail), an adjective, no name
        tails = alternatives(words["compound_tail"])
        self.compound = re.compile(rf"[A-Z][\w.]*(?:-[a-z]+)*-(?:[a-z]+(?:ed|ing)|{tails})")
        self.label_end = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3}[ \t]*[:：]")  # Deal| type:
        # Jan 14, Sept. 3, Updated 5:20 PM: a date or a time stamp, never a name
        stamps = alternatives([*words["month_short"], *words["date_word"], *kb.bylines.get("date_label", ()), *kb.bylines.get("furniture", ())])
        self.stamp = re.compile(rf"(?:{stamps})\.?[ \t]+\d{{1,2}}(?![\d.,]?\d)")
        self.section = re.compile(r"[|｜][ \t]*$")  # a field between a masthead's bars
        # NYC.GOV | Office of the Mayor | News: but a body named by its kind and what it is of is the page's publisher
        self.office = re.compile(rf"(?:{alternatives(words['body_of'])})[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
        self.section_end = re.compile(r"[ \t]*[|｜]")
        self.crumb = re.compile(r"[ \t]*[>›»][ \t]*\S")  # a breadcrumb's step
        self.crumb_before = re.compile(r"\S[ \t]*[>›»][ \t]*$")
        # Calif.-based, Microsoft-backed, Cloud-powered: a description (context.tsv describing_suffix)
        self.describing = re.compile(f"(?:{alternatives(kb.context['describing_suffix'])})$")
        self.described_first = re.compile(rf"\S+(?:{alternatives(kb.context['describing_suffix'])})\s")  # London-based AI company

    def __call__(self, text: str, start: int, end: int) -> bool:
        name = text[start:end]
        if self.round.fullmatch(name) or self.part.fullmatch(name) or name in self.press_offices or self.stamp.fullmatch(name) \
                or self.describing.search(name) or self.compound.fullmatch(name) or self.described_first.match(name):
            return True  # Cloud-based, Korean-specialized, English-language: a description
        line_start = text.rfind("\n", 0, start) + 1
        # the bar and the breadcrumb's mark end the line before the name, blanks aside: read from
        # there, not from the line's start (a line of 100 KB was read again at each name on it)
        mark = _blank_before(text, line_start, start) - 1
        opening = _blank_before(text, line_start, mark) - 1  # what stands before a breadcrumb's mark
        if self.section.search(text, max(line_start, mark), start) and self.section_end.match(text, end) and not self.office.match(name) or \
                self.crumb.match(text, end) or self.crumb_before.search(text, max(line_start, opening), start):
            return True  # Harbor Wire | Markets & Regulation | May 5; Local News > Housing: a section's name
        if name.isupper() and name.split()[0] in self.heading_openers:
            return True  # WHAT IT MEANS FOR LLC OWNERS, HOW IT WORKS: a cross-head's words, no name
        return _NON_BLANK.search(text, line_start, start) is None and self.label_end.match(text, end) is not None \
            or self.demonym(name)

    def demonym(self, name: str) -> bool:
        """Oregonians, Californians, Texans, New Yorkers: a known place's people in the plural
        (english.tsv demonym_ending after the place's name, its last vowel or s given back)."""
        for ending in self.demonym_endings:
            if name.endswith(ending) and len(name) > len(ending) + 2:
                stem = name[:-len(ending)]
                if any((entry := self.kb.lookup(stem + back)) is not None and entry.type == "Jurisdiction"
                       for back in ("", "a", "o", "e", "s", "y")):
                    return True
        return False


def generation_pattern(suffixes: tuple[str, ...]) -> str:
    """A generation's mark closing a person's name (english.tsv name_suffix): John Roe Jr., Andre
    Roe III, or after a comma a junior's or a senior's word (Mario Treto, Jr.), not a numeral (Roe,
    II and…: a list) nor a word opening a capitalised title (Jane Roe, Sr. Vice President at…)."""
    worded = [word for word in suffixes if not re.fullmatch(r"[IVX]+", word)]
    return (rf"(?:[ \t]+(?:{alternatives(suffixes)})"
            rf"|,[ \t]+(?:{alternatives(worded) or '(?!)'})(?!\.?[ \t]+[A-Z][a-z]))")


def opening_roles(words: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The roles written in lower case (english.tsv person_role, plural_role) as a sentence's
    start capitalises them: Composer Jane Roe said…, Authors Jane Roe and John Doe sued…: the
    role opens the run of capitalised words, no part of the name after it."""
    roles = dict.fromkeys((*words["person_role"], *words["plural_role"]))
    return tuple(role[:1].upper() + role[1:] for role in roles if role[:1].islower())


def with_openings(cues: tuple[str, ...]) -> list[str]:
    """The cues and each written as a sentence's start capitalises it (according to, According to)."""
    return [*cues, *(cue[:1].upper() + cue[1:] for cue in cues)]


def pairs(words: tuple[str, ...]) -> dict[str, str]:
    """French=fr|Dutch=nl -> {"French": "fr", "Dutch": "nl"}."""
    return dict(word.split("=", 1) for word in words if "=" in word)


class EnglishWords:
    """The words and tests several English rules read, made once for all of them from the
    knowledge base and english.tsv: the knowledge base (``kb``), the lexicon (``words``),
    the words no name opens or ends with, given names, nationalities, kinds of body, and
    the grammar of a name's words (where a sentence stops, a party's words, a family name)."""

    def __init__(self, vocabulary: Words) -> None:
        kb = self.kb = vocabulary.kb
        self.suffix_of = vocabulary.suffix_of  # …Commission, …Inc.: what an English name's last word makes it
        words = self.words = english_lexicon(kb)
        self.nationalities = {word: kb.entries[place] for word, place in pairs(words["nationality"]).items()
                              if place in kb.entries}
        self.given_names = given_names(kb)
        self.name_suffixes = frozenset(words["name_suffix"])  # Jr., III: a generation's mark after the family name
        # (given_name_end's last text and where each name asked of it first ends after a given name)
        self._given_name_text: str | None = None
        self._given_name_ends: dict[str, int | None] = {}
        self.nationality = alternation(self.nationalities, spaced=True, whole_words=True)
        roles = sorted(words["person_role"], key=len, reverse=True)
        self.place_openers = frozenset(words["place_opener"] + words["region_direction"])
        self.role_words = frozenset(word.lower() for role in roles for word in role.split() if len(word) > 3)  # General, Minister
        self.name_stops = frozenset(words["name_stop"]) | frozenset(words["post_nominal"]) | \
            set(kb.sentence_words.get("sentence_start", ()))
        self.abbreviations = frozenset(kb.sentence_words.get("abbreviation", ())) | \
            frozenset(kb.sentence_words.get("name_end", ()))  # data/lexicon/sentences.tsv
        self.body_types = pairs(words["body_head"])
        self.name_finals = frozenset(words["name_final"])
        self.place_kinds = frozenset(words["place_kind"])
        self.body_of_offices = frozenset(words["body_of"]) | frozenset(words["state_body_of"])
        self.office_holders = frozenset(words["office_holder"])  # the Office of the Privacy Commissioner
        self.body_stops = self.name_stops - {"AI"}  # words no body name opens with (AI Verify Foundation is one)
        self.apposed_kinds = pairs(words["apposed_kind"])
        self.office_modifiers = frozenset(words["office_modifier"])  # Prime Minister, Deputy Secretary: no portfolio
        self.group_words = frozenset(words["group_adjective"])  # against Black and Hispanic renters: no parties
        self.description_stops = frozenset(words["description_stop"])  # Acme, a startup that builds models: no model
        self.no_names = NoNames(kb)
        self.title_cased = Headlines(words)
        self.outlet_words = frozenset(kb.bylines.get("outlet_word", ()))

    def sentence_stop(self, word: str) -> int:
        """1 where a capitalised word ends its sentence with a full stop (Suno., Turku.), 0
        where the stop is its own (Inc., Jr., an initial J.)."""
        return int(word.endswith(".") and word[:-1] not in self.abbreviations
                   and not re.fullmatch(r"(?:[A-Z]\.)+", word))

    def party_words(self, raw: str) -> list[str]:
        """The words of a party's name out of the capitalised words after its cue: up to a
        sentence's end (acquire Silo AI. Together with…), without a name stop or a
        possessive after it (sued Acme on Monday; against Acme's unit)."""
        words = raw.rstrip(".,;:").split()
        ends = [i for i, word in enumerate(words[:-1]) if self.sentence_stop(word)]
        words = words[:ends[0] + 1] if ends else words
        # a plural's possessive or a closing quotation mark ends the name, no part of it (UpCodes’ platform)
        marked = next((i for i, word in enumerate(words) if trailing_mark(word) < len(word)), None)
        if marked is not None:
            words = words[:marked + 1]
            words[-1] = words[-1][:trailing_mark(words[-1])]
            words = words if words[-1] else words[:-1]
        words[-1] = words[-1][:len(words[-1]) - self.sentence_stop(words[-1])]
        while words and (words[-1] in self.name_stops and not (len(words) > 1 and words[-1] in self.name_finals)
                         or words[-1].endswith(("'s", "’s"))):
            words.pop()
        return words

    def surname(self, text: str, name: str, start: int, candidates: list[Mention]) -> bool:
        """Albert Saniger… charges against Saniger: a single word that ended a person's full name
        before, or its last word before a generation mark (Sewell Roe III… told Roe), a person
        found or a known given name before it, is that person's family name (kg.mentions.people
        short reads it), no party of its own."""
        if " " in name:
            return False
        if self.person_endings(candidates).get(name, start + 1) <= start:
            return True
        if text.endswith(name, 0, start):  # (a match ending right at ``start`` reads no character after it)
            return any(match.group(1) in self.given_names for match in _after_a_word(name).finditer(text, 0, start))
        end = self.given_name_end(text, name)
        return end is not None and end < start

    def given_name_end(self, text: str, name: str) -> int | None:
        """Where ``name`` first ends after a known given name (and an initial) in ``text``: the
        text is scanned once per name and kept for the last text asked (Parties asks at each
        candidate, not once per candidate and per name before it)."""
        if self._given_name_text is not text:
            self._given_name_text, self._given_name_ends = text, {}
        if name not in self._given_name_ends:
            self._given_name_ends[name] = next((match.end() for match in _after_a_word(name).finditer(text)
                                                if match.group(1) in self.given_names), None)
        return self._given_name_ends[name]

    def person_endings(self, candidates: list[Mention]) -> dict[str, int]:
        """{a word ending a person's name after a space: the earliest end of a person so named}, read
        once for the last list of names asked (a rule asks of its candidates at each name)."""
        return self._read_once("_person_endings", candidates, self._person_endings_of)

    def _person_endings_of(self, candidates: list[Mention]) -> dict[str, int]:
        endings: dict[str, int] = {}
        for m in candidates:
            if m.type == "Person":
                full = m.canonical or m.text
                words = full.split()
                names = [full]
                if len(words) > 2 and words[-1] in self.name_suffixes:  # Sewell Roe III: Roe ends it too
                    names.append(full[:len(full) - len(words[-1])].rstrip().rstrip(","))
                for name in names:
                    for at in (at for at, character in enumerate(name) if character == " "):
                        endings[name[at + 1:]] = min(endings.get(name[at + 1:], m.end), m.end)
        return endings

    def _read_once(self, slot: str, candidates: list[Mention], read):
        """What ``read`` makes of ``candidates``, kept for the last list asked (a rule asks
        of its candidates at each name, not once per list)."""
        last = getattr(self, slot, None)
        if last is not None and len(last[0]) == len(candidates) and all(map(operator.is_, last[0], candidates)):
            return last[1]
        made = read(candidates)
        setattr(self, slot, (list(candidates), made))
        return made

    def person_named(self, name: str, candidates: list[Mention]) -> bool:
        """Whether ``name`` is a person found in the item, written in full (Tavi Roe, named
        again as a suit's party) or by the given name that opens it (a suit filed by Tavi):
        the person, no party a default reads as a company."""
        return name in self._read_once("_person_names", candidates, self._person_names_of)

    @staticmethod
    def _person_names_of(candidates: list[Mention]) -> set[str]:
        names: set[str] = set()
        for m in candidates:
            full = m.canonical or m.text
            if m.type == "Person" and " " in full and not _CJK.search(full):
                names.update((full, full.split()[0]))
        return names

    def glossed_end(self, text: str, start: int, end: int) -> int:
        """Where a body's name ends when brackets follow it: the Committee on Adopting Quantum
        Computing (QC) keeps the initials of its remit's last words, a gloss of a part of the
        name; the initials of the whole name (the Committee on Robotic Automation (CRA)) are its
        alias, no part, and so are those taking in its kind's words (the Select Committee on
        Adopting Robotic Automation (SCARA)), and those of a known name closing the remit (the
        Council of the European Union (EU): the union's own short name, no part of the council's)."""
        gloss = re.match(r"[ \t]*\((?P<initials>[A-Z]{2,6})\)", text[end:])
        if gloss is None:
            return end
        remit = re.split(r"[ \t](?:on|into|for|of)[ \t]", text[start:end], maxsplit=1)
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", remit[-1]) if w[0].isupper()]
        initials = gloss.group("initials")
        tail = "".join(w[0] for w in words[-len(initials):])
        if len(remit) != 2 or len(words) < len(initials) or tail != initials:
            return end
        glossed = text[start:end][text[start:end].rindex(words[-len(initials)]):]
        return end if self.kb.lookup(glossed) is not None else end + gloss.end()

    def parent_end(self, text: str, start: int, end: int) -> int:
        """Where a body's remit ends before "of" and a known body (the Standing Committee on
        Trade of the House of Commons: the committee, the House its parent, no part of its name)."""
        for link in re.finditer(r"[ \t]+of[ \t]+(?:the[ \t]+)?", text[start:end]):
            parent = self.kb.lookup(text[start + link.end():end])
            if parent is not None and parent.type != "Jurisdiction":  # the Public Service Commission of Wisconsin: its place is its name's
                return start + link.start()
        return end

    def headline_words(self, text: str, start: int, end: int) -> bool:
        """Whether a name stands in a headline (kg Headlines): a line that is the name alone is
        the name (a report's cover: Select Committee on …), no headline."""
        line_start, line_end = _line_bounds(text, start, end)
        return self.title_cased(text, start) and bool(text[line_start:start].strip() or text[end:line_end].strip())


class Rule:
    """One English name rule: ``setup`` makes its patterns from the lexicon, ``find`` reads an
    item's text and returns the names it finds, each with the mechanism ``english/<detail>``.
    ``sees`` tells which names ``find`` is given: none (``text``), the earlier families'
    candidates (``candidates``), those and the names of the rules marked ``people``
    (``people``), or those and every name the English rules found before it, unfiltered
    (``found``: such a rule runs after all the others)."""
    name = ""
    sees = "text"
    people = False  # its names are given to the rules that see ``people``
    family = "english"
    mention = Family.mention

    def __init__(self, shared: EnglishWords) -> None:
        self.shared = shared
        self.kb, self.name_stops, self.title_cased = shared.kb, shared.name_stops, shared.title_cased
        self.setup(shared.kb, shared.words)

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        """Make the rule's patterns (none by default)."""

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        raise NotImplementedError
