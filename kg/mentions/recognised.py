"""English names the parsing model recognises where no other family found one (Mention.mechanism
``recognised/<label>``): the named entities of spaCy's small English pipeline (kg.parser: ORG,
PERSON, GPE, LAW, PRODUCT), read only in English sentences holding a capitalised word no
candidate covers, so the model runs on few sentences.  The team's own means decide first:

- boundaries: an article, a title or a role word before the name is no part of it (the Acme
  Group, Dr. Jane Roe, Governor Jane Roe), nor a possessive after it (Acme's); a legal form
  after it is, a comma between or not (Strike 3 Holdings, LLC; Acme Robotics Inc.);
- type: the knowledge base's, else a typing last word (data/lexicon/suffixes.tsv: Holdings, Labs:
  a Company; Institute: an Organization; Commission: a Regulator), a legal form (a Company), and
  only then the model's label (data/lexicon/recognised.tsv label);
- what is no name: a month, a day, a word opening sentences, a role, a funding round, a section
  of the document (english.tsv, sentences.tsv through kg.mentions.english NoNames), a span in
  capitals (a cross-head), a heading's or a label's words, a quoted title, a title-case headline's
  words, a term the item also writes in lower case, a span of recognised.tsv not_name words, a
  possessive inside a span; a person opening with no known given name and no title before it; a
  kind's word after words the item writes in lower case (the Review Board); a LAW span not ending
  in a law's word, a place the knowledge base does not know, a product not ending in a model's
  word, and capitalised words the model alone calls a name with no kind's noun before them
  (Safety and Security; a start-up Quillmark is one).

A legal form also continues a company's or a case's name another family found (Jones v. Tonal
Systems, Inc.): the longer candidate, which choose_names keeps.

>>> finder = RecognisedNames(vocabulary())                                            # doctest: +SKIP
>>> [(m.text, m.type) for m in finder.find("The U.S. company Strike 3 Holdings, LLC, sued Meta.", None, [])]  # doctest: +SKIP
[('Strike 3 Holdings, LLC', 'Company')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..alternation import alternatives
from ..model import Mention
from ..parser import ENTITIES, entities, prepare, tags
from ..sentences import Sentences
from .base import Family, Holding, Taken, Tokens, register
from .english import english_lexicon, given_names
from .english.shared import Headlines, NoNames, pairs
from .words import CJK, LATIN_UPPER, Words, written_lower

_LATIN = re.compile(r"[A-Za-z]{3}")
_CJK = re.compile(f"[{CJK}]")
_CAPITALISED = re.compile(rf"(?<![\w.'’-])[{LATIN_UPPER}][\w&'’.-]*")
_WORD_RUN = re.compile(r"[\w-]+")


@lru_cache(maxsize=4)
def _word_runs(text: str) -> frozenset[str]:
    """The runs of word characters and hyphens of an item's text: a word of such characters
    stands in it with no other such character on either side where it is one of them."""
    return frozenset(_WORD_RUN.findall(text))


_CONNECTOR = frozenset({"of", "and", "&", "for", "the", "de", "du", "la", "le", "von", "van", "der", "den", "da", "di", "y", "on", "in", "at"})
_PROPER_TAGS = ("NNP", "NNPS")
_OPENING_QUOTE = re.compile(r"[“‘\"'][ \t]*$")
_CLOSING_QUOTE = re.compile(r"[,.!?]?[”’\"']")
_LABEL_AFTER = re.compile(r"[ \t]*:")
_SENTENCE_END = (".", "?", "!", "”", '"', ")", ";")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Za-z]\d")  # OpenOcean, Web3 opening a sentence: no ordinary word, a sentence worth reading
_CAPITAL_NEXT = re.compile(rf"[ \t]+[{LATIN_UPPER}0-9]")  # a sentence's first word is read where a capitalised word follows it
_WORD_BEFORE = re.compile(rf"(?<![\w.'’-])([{LATIN_UPPER}][\w&-]*)[ \t]$")  # a capitalised word right before a span
_OWNER_BEFORE = re.compile(r"(?<![\w])(?:its|their|his|her|our)[ \t]+$", re.IGNORECASE)
_DESCRIBING = re.compile(r"-[a-z]")  # AI-generated, Texas-based: a description
_SECTION_SIGNS = " \t§¶"
_POSSESSIVE = re.compile(r"\w['’]s?\s")  # Plaintiffs’ Statement of Claim, Alphaville’s Forever Young: two names, or none


@register
class RecognisedNames(Family):
    """The parsing model's named entities, bounded and typed by the team's rules."""

    def __init__(self, words: Words) -> None:
        kb = self.kb = words.kb
        own, english = english_lexicon(kb, "recognised.tsv"), english_lexicon(kb)
        self.labels = dict(pair.split("=", 1) for pair in own["label"])
        self.legal_forms = frozenset(own["legal_form"])
        forms = alternatives(sorted(own["legal_form"], key=len, reverse=True))
        # after a comma only a form no other word is written as (LLC, Inc.; not AG, SA: Meta, AG Roe said)
        spelled = alternatives(sorted((form for form in own["legal_form"] if len(form) > 2), key=len, reverse=True))
        self.legal_after = re.compile(rf"(?:,[ \t]+(?:{spelled})|[ \t]+(?:{forms}))(?![\w&-])")
        self.legal_end = re.compile(rf"(?:^|[\s,])(?:{forms})$")
        self.articles = frozenset(own["article"])
        self.openers = frozenset(own["title"]) | self.articles | frozenset(english["person_role"])
        roles = alternatives(sorted({*own["title"], *english["person_role"]}, key=len, reverse=True))
        self.title_before = re.compile(rf"(?<![\w.])(?:{roles})[ \t]+$")
        self.extended_types = frozenset(own["extended_type"])
        self.law_words = frozenset(own["law_word"])
        self.model_words = frozenset(own["model_word"])
        self.place_words = frozenset(own["place_word"])  # Jordan Valley, Sydney Harbour: a place's word, no family name
        self.place_given_names = frozenset(own["place_given_name"])  # Chad, Jordan, Sydney: a place's name and a given name
        self.stops = frozenset(own["not_name"]) | frozenset(english["date_word"]) | frozenset(english["month_short"]) \
            | frozenset(english["name_stop"]) | frozenset(english["group_adjective"]) | frozenset(english["bare_legislature"]) \
            | frozenset(kb.sentence_words.get("sentence_start", ()))
        self.given = given_names(kb)
        self.sentence_words = frozenset(kb.sentence_words.get("sentence_start", ())) | frozenset(english["date_word"]) \
            | frozenset(english["month_short"]) | frozenset(own["not_name"])
        self.organ_remits = frozenset(english["organ_remit"])
        self.nationalities = frozenset(word.split("=", 1)[0] for word in english["nationality"])
        self.kind_nouns = re.compile(rf"(?:{alternatives(english['kind_noun'])})[ \t]+$")
        # according to Pitchfork, told The Verge; Semafor first reported: an outlet named as a story's source
        self.source_before = re.compile(rf"(?<![\w-])(?:{alternatives(own['source_before'])})[ \t]+(?:[Tt]he[ \t]+)?$")
        self.source_after = re.compile(rf"[ \t]+(?:{alternatives(own['source_after'])})(?![\w-])")
        self.source_not = frozenset(own["source_not"])  # told the House: a chamber, no outlet
        self.body_members = frozenset(own["body_member"])  # Board of Directors: no new name's word
        self.kinds = pairs((*english["body_head"], *own["kind_word"]))
        self.suffix_of = words.suffix_of
        self.sentences = Sentences(kb.sentence_words)
        self.no_names = NoNames(kb)
        self.headline = Headlines(english)

    def find(self, text: str, tokens: Tokens | None, candidates: list[Mention]) -> list[Mention]:
        if not _LATIN.search(text):
            return []
        taken = Taken((m.start, m.end) for m in candidates)
        found = self.with_legal_form(text, candidates, taken)
        spans = [(start, end) for start, end in self.sentences.spans(text) if self.worth_reading(text, start, end, taken)]
        if not spans:
            return found
        holding = Holding((*candidates, *found))  # (the names place_opened reads, grown with found)
        prepare((text[start:end] for start, end in spans), ENTITIES)  # (in batches: the same entities, sooner)
        for start, end in spans:
            if not self.worth_reading(text, start, end, taken):
                continue
            doc = entities(text[start:end])
            for entity in doc.ents if doc is not None else ():
                mention = self.proposed(text, start, entity)
                if mention is not None and (not taken.overlaps(mention.start, mention.end) or self.place_opened(mention, holding)):
                    taken.add(mention.start, mention.end)
                    found.append(mention)
                    holding.add(mention)
        return found

    def place_opened(self, mention: Mention, holding: Holding) -> bool:
        """Whether the model's span is a body's or a law's name opening with a place another family
        found alone (the Texas Cyber Command, the Ankara 7th Penal Judgeship of Peace, the Utah Code):
        only that place inside it, at its start, and its own last word typing it (a kind's or a law's
        word), or a person's opening with a place's name (Chad Kultgen, typed so by place_given);
        the longer name, which choose_names prefers."""
        inside = holding.overlapping(mention.start, mention.end)  # (the other families' names and those found)
        return bool(inside) and all(other.type == "Jurisdiction" and other.start == mention.start and other.end < mention.end
                                    for other in inside) and (mention.type == "Person" or self.headed(mention.text.split()))

    def place_given(self, words: list[str]) -> bool:
        """Chad Kultgen, Israel Kirzner: a person the model reads whose given name is also a known
        place's (recognised.tsv place_given_name; not Korea Bizwire), before one family name the
        knowledge base does not know, no place's word (Jordan Valley, Sydney Harbour: place_word)
        nor a word in capitals."""
        first = self.kb.lookup(words[0])
        return len(words) == 2 and words[0] in self.place_given_names and first is not None and first.type == "Jurisdiction" \
            and self.kb.lookup(words[1]) is None \
            and words[1] not in self.place_words and words[1] not in self.stops and re.fullmatch(r"[A-Z][a-z'’-]+", words[1]) is not None

    def headed(self, words: list[str]) -> bool:
        """Whether a name's own last words type it: a kind's word (Command, Court, Commission) or a law's (Code, Act);
        not a legal form (California AG: the state's attorney general)."""
        if words[-1] in self.legal_forms:
            return False
        return self.kind(words) is not None or (len(words) > 1 and words[-1] in self.law_words)

    def with_legal_form(self, text: str, candidates: list[Mention], taken: Taken) -> list[Mention]:
        """A company's or a case's name another family found, continued by the legal form after
        it (Strike 3 Holdings, LLC; Jones v. Tonal Systems, Inc.): the longer name, which
        choose_names prefers; not a known company's (the knowledge base keeps its forms), nor where
        another family's name ends with the form already, but for a case running on over its side's."""
        ends: dict[int, list[int]] = {}
        for other in candidates:
            ends.setdefault(other.end, []).append(other.start)
        longer = []
        for mention in candidates:
            legal = self.legal_after.match(text, mention.end) if mention.type in self.extended_types and not mention.kb_id else None
            # a name another family bounded with its form already (Corvane Holdings plc) is its own, but a case runs on over its side's
            if legal is not None and not taken.exact[mention.start, legal.end()] and (mention.type == "Case" or not self.bounded_after(text, mention, ends.get(legal.end(), ()))):
                longer.append(self.mention(text[mention.start:legal.end()], mention.type, mention.start, legal.end(),
                                           mention.confidence, "legal_form", kb_id=mention.kb_id))
                taken.add(mention.start, legal.end())
        return longer

    @staticmethod
    def bounded_after(text: str, mention: Mention, starts) -> bool:
        """Whether another family's name of two words or more, opening inside ``mention``, ends
        with the form already (Corvane Holdings plc inside LP and Corvane Holdings plc; not Holdings,
        LLC of Strike 3 Holdings, LLC)."""
        return any(mention.start < start < mention.end and len(text[start:mention.end].split()) >= 2 for start in starts)

    def worth_reading(self, text: str, start: int, end: int, taken: Taken) -> bool:
        """An English sentence (no Chinese in it) with a capitalised word no candidate
        covers that is no word opening sentences, no month, no role, and where it opens the
        sentence, one written in camel case or followed by another: the only ones parsed."""
        if _CJK.search(text, start, end):
            return False
        return any(self.may_name(match.group()) and not taken.overlaps(*match.span())
                   and (match.start() > start or _CAMEL.search(match.group()) or _CAPITAL_NEXT.match(text, match.end()))
                   for match in _CAPITALISED.finditer(text, start, end))

    def may_name(self, word: str) -> bool:
        """Whether a capitalised word may be a new name's: no stop (The, May, Gov.), no
        nationality (German), no word in capitals (EO, DPA: a span in capitals is no name here),
        no compound describing (AI-generated), no body's members' word (Board of Trustees)."""
        return not (word in self.stops or word in self.body_members or word.rstrip(".,") in self.stops or word.isupper()
                    or word in self.nationalities or _DESCRIBING.search(word))

    def proposed(self, text: str, offset: int, entity: Span) -> Mention | None:
        """The name an entity of the model gives, bounded by the team's rules and typed, or None."""
        label = self.labels.get(entity.label_)
        if label is None:
            return None
        start, end, titled = self.bounds(text, offset + entity.start_char, offset + entity.end_char, entity.label_ == "PERSON")
        titled = titled or self.title_before.search(text, max(0, start - 40), start) is not None
        if end <= start or not self.name_shaped(text, start, end, entity):
            return None
        name = text[start:end]
        type_ = self.typed(name, entity.label_, titled, self.kind_nouns.search(text, max(0, start - 40), start) is not None
                           or entity.label_ == "ORG" and self.sourced(text, start, end), text)
        if type_ is None:
            return None
        return self.mention(name, type_, start, end, 0.6, entity.label_.lower())

    def sourced(self, text: str, start: int, end: int) -> bool:
        """Whether the span is an outlet named as the source of what the story tells (recognised.tsv
        source_before, source_after): according to Pitchfork, told The Verge, in an interview with
        Wired, Semafor first reported; the name of an organisation, read where no kind's noun stands before it."""
        if any(word in self.source_not for word in text[start:end].split()):
            return False  # told the House, reported to the Committee: a body one reports to, no outlet
        return self.source_before.search(text, max(0, start - 40), start) is not None or self.source_after.match(text, end) is not None

    def bounds(self, text: str, start: int, end: int, person: bool) -> tuple[int, int, bool]:
        """The span without an article (and a person's without a title or a role word) before it,
        nor a possessive or a stop after it, and with a legal form after it; whether a title or
        role stood before (the Attorney General Alliance keeps its words: no person's)."""
        titled = False
        openers = self.openers if person else self.articles
        while not person and (before := _WORD_BEFORE.search(text, max(0, start - 40), start)) \
                and before.group(1) not in self.sentence_words and before.group(1) not in self.nationalities:
            start = before.start(1)  # the Attorney General Alliance, which the model read from General on
        while True:
            words = text[start:end].split(" ")
            opener = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]) in openers), 0)
            if not opener:
                break
            titled = titled or words[0] not in self.articles
            start += len(" ".join(words[:opener])) + 1
        while start < end and text[start] in "\"'“‘(":
            start += 1
        if text.endswith(("'s", "’s"), start, end):
            end -= 2
        while end > start and text[end - 1] in _SECTION_SIGNS:
            end -= 1  # Utah Code §: the section sign the model ran on to is no part of the code's name
        legal = self.legal_after.match(text, end)
        if legal:
            end = legal.end()
        elif end > start and text[end - 1] in ".,;:" and not self.legal_end.search(text, start, end):
            end -= 1
        return start, end, titled

    def name_shaped(self, text: str, start: int, end: int, entity: Span) -> bool:
        """Capitalised words (connectors and numbers aside) on one line, no stop word alone, no
        span in capitals, no date or round (NoNames), not in a title-case headline."""
        name = text[start:end]
        words = name.split()
        if not words or "\n" in name or not name[0].isupper() or _CJK.search(name) or _POSSESSIVE.search(name):
            return False
        if len(words) == 1 and name in self.legal_forms:
            return False  # AG, SA alone: a legal form names nothing
        if all(word.strip(".,") in self.stops for word in words) or name in self.stops:
            return False
        if any(not (word[0].isupper() or word[0].isdigit() or word in _CONNECTOR or word in self.legal_forms) for word in words):
            return False
        if name.isupper() and not self.legal_end.search(name):
            return False  # CALLOWAY DECISION, ROME: a cross-head's or a dateline's capitals
        if len(words) == 1 and not all(tag in _PROPER_TAGS for tag in tags(entity)):
            return False  # Plaintiffs, Congress at a sentence's start: a common word
        if " of " in name and name.split(" of ", 1)[1] in self.organ_remits:
            return False  # the Board of Directors: a company's organ (english.tsv organ_remit)
        if _OWNER_BEFORE.search(text, max(0, start - 8), start):
            return False  # its Review Board, their Ethics Committee: a part told by its owner
        if self.heading(text, start, end) or self.quoted(text, start, end) or name.lower() in text:
            return False  # Case Background; “Atemlos”; Large Language Models beside large language models
        return not self.no_names(text, start, end) and not self.headline(text, start)

    @staticmethod
    def heading(text: str, start: int, end: int) -> bool:
        """Whether the span is a heading's or a label's words: on a short line of its own that no
        full stop ends (Lawsuit Synopsis, Key Enforcement Actions), or before a colon."""
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line = text[line_start:len(text) if line_end < 0 else line_end].strip()
        return _LABEL_AFTER.match(text, end) is not None or (len(line.split(None, 8)) <= 8 and not line.endswith(_SENTENCE_END))

    @staticmethod
    def quoted(text: str, start: int, end: int) -> bool:
        """Whether the span is all a quotation holds: a work's title (“Atemlos”, “Forever Young”)."""
        return _OPENING_QUOTE.search(text, max(0, start - 3), start) is not None and _CLOSING_QUOTE.match(text, end) is not None

    def typed(self, name: str, label: str, titled: bool, kind_before: bool = False, text: str = "") -> str | None:
        """The knowledge base's type, a legal form's or a typing last word's, else the model's
        label's where its own test holds (a person of two words or a title; a law's or a model's
        last word; a place the knowledge base knows, which it has typed already)."""
        entry = self.kb.lookup(name, towns=True)
        if entry is not None and self.kb.generated(entry):
            if label == "GPE":
                return None  # a town no curated file lists, read as one: the kb family's (kg.mentions.kb TownWords)
            entry = None  # Gov. Harlow, Santander the bank: the model's reading, the town's the weakest (kg.mentions.choose)
        if entry is not None:
            return entry.type
        words = name.split()
        if self.legal_end.search(name):
            return "Company"
        if (kind := self.kind(words)) is not None:  # the Review Board, the Reserve Bank: a kind and one word is a short reference
            return None if len(words) == 2 or self.described(words, text) else kind
        if label == "PERSON":  # a known given name opens it (Genevieve Vose Wallace), or a title stood before (Governor Lamont)
            if words[-1] in self.kinds:
                return None  # the Attorney General Alliance read from Alliance on: a body's kind, no person
            return "Person" if titled or len(words) >= 2 and (words[0] in self.given or self.place_given(words)) \
                and not any(c.isdigit() for c in name) else None
        if label == "LAW" or words[-1] in self.law_words and self.kb.lookup(words[0]) is not None \
                and self.kb.lookup(words[0]).type == "Jurisdiction":  # a place's code, whatever the model's label (the Utah Code)
            return "Law" if words[-1] in self.law_words and len(words) > 1 else None
        if label == "PRODUCT":
            return "AIModel" if words[-1] in self.model_words else None
        if label == "GPE":
            return None  # a place is the knowledge base's to type
        if not kind_before:
            return None  # Bereavement, Safety and Security, InMail: capitalised words the model alone calls a name
        return self.labels[label] if words[0] not in self.given or len(words) == 1 else None

    @staticmethod
    def described(words: list[str], text: str) -> bool:
        """Whether a name typed by its kind's word is a description: each of its other words the
        item also writes in lower case (the Review Board, the Judiciary Committee, the Court of
        Appeals beside "review", "judiciary", "court"), a reference to a body named in full elsewhere."""
        runs = _word_runs(text)  # (a word of word characters is one of them, looked up, not searched for in the text)
        return all(word in _CONNECTOR or (word.lower() in runs if _WORD_RUN.fullmatch(word.lower()) else
                   written_lower(word, text)) for word in words[:-1])

    def kind(self, words: list[str]) -> str | None:
        """The type a name's own words give it: its last word's as a suffix (Holdings, Commission),
        else a kind's word's (kind_of)."""
        typing = self.suffix_of(words[-1]) if len(words) > 1 else None
        return typing and typing[1] or self.kind_of(words)

    def kind_of(self, words: list[str]) -> str | None:
        """The type a kind's word gives a name of two words or more: its last word or two (the
        Nordic Robotics Institute, the Harbor Writers Guild), or those before "of" (the House of
        Representatives, the University of Tampere): english.tsv body_head, recognised.tsv kind_word."""
        if len(words) < 2:
            return None
        before_of = words[:words.index("of")] if "of" in words else []
        for part in (words[-2:], words[-1:], before_of[-2:], before_of[-1:]):
            if part and " ".join(part) in self.kinds:
                return self.kinds[" ".join(part)]
        return None
