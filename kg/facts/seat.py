"""Where a reference seats the name it stands for: a reference back told with a place
(the San Francisco start-up, the US company, The Irish regulator; a headline's Saudi
Arabia's new AI company) stands for a name the item gave before (or, in a headline, after)
it, and says where that name is:

    OpenAI said training on public material is fair use. The San Francisco start-up has
    signed licensing deals. -> OpenAI jurisdiction San Francisco

The references are read by the English patterns' machinery (kg.facts.english: the
reference nouns and nationalities of data/lexicon/english.tsv, a name the knowledge base
seats elsewhere never taken); the place is the place name inside the reference's modifier,
else the place its nationality word names, where the item names that place.  A name
described so right after it, between commas, is seated the same way (Aleph Alpha, a German
start-up, … -> Germany, where the item names it; ``apposed``), and so is one a nationality and a few
words of what it is name right before it (the Austrian privacy campaign group NOYB -> Austria, where the
item names Austria: a nationality word alone names no place).  A "-based" reference opening a clause
as its subject (after a comma, a closing quote or a subordinator: …against Delphia, the Toronto-based
firm made…) stands for the last body of its kind its sentence named before it, which the reference
machinery keeps out (``clause_subjects``).  Only bodies take a seat (SCHEMA: jurisdiction).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Fact, Mention
from .base import SIGNATURES, Sentence, SentenceFamily, Shared, confidence
from ..alternation import alternatives
from .english import english_sentence, patterns

SEATED = frozenset(SIGNATURES["jurisdiction"][0]) - {"Law"}
WEIGHT = 0.8
# what ends the words before a clause's subject: a comma, a semicolon, a closing quote
CLAUSE_OPENING = re.compile(r"(?:[,;]|[”\"])\s*$")


class ReferenceSeats(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.english = patterns(shared)
        # a subject's verb right after it: a lower-case word that is no preposition or conjunction (english_facts.tsv)
        self.subject_verb = re.compile(rf"\s+(?!(?:{self.english.linking})\b)[a-z]+\b")
        # , a German start-up, | , the French AI company that…: a nationality, a few words, a kind of body
        self.apposition = re.compile(
            rf",\s+(?:a|an|the)\s+(?P<nationality>{alternatives(self.english.nationalities)})\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{alternatives(self.english.referents)})\b"
            rf"(?=\s*[,;.(]|\s+(?:that|which|whose|with|founded|backed|based)\b|\s+[a-z]+ing\b)")
        # Chinese AI start-up X, the Austrian privacy and digital rights campaign group NOYB: a nationality, a few
        # lower-case words (or an acronym: AI) of what the body is, ending in a kind of body, right before its name
        self.nationality_before = re.compile(
            rf"(?<![\w.-])(?P<nationality>{alternatives(self.english.nationalities)})\s+"
            rf"(?:(?:[a-z][\w-]*|[A-Z]{{2,3}})\s+){{0,5}}?(?P<noun>{alternatives(self.english.referents)})\s+$")

        # , the Mountain View-based, ad-free search engine: a place's name before -based seats the name before the comma
        self.based_apposition = re.compile(r",\s+(?:a|an|the)\s+(?P<place>[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,3})-based\b")

        # Paris-based distributor Believe, New York-based investment advisers Two Sigma: a place's name
        # before -based and a few lower-case words of what the company is, right before its name
        self.based_before = re.compile(r"(?P<place>[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,3})-based\s+"
                                       r"(?:(?!(?:said|says|sold|has|is|was|will)\b)[a-z][a-z-]*(?<!ed)\s+){0,3}$")

    def reads_without_names(self, text: str, start: int, end: int) -> bool:
        return self.english.refers(text, start, end)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        if not english_sentence(text[start:end]):
            return []
        apposed = self.apposed(sentence)
        if not self.english.refers(text, start, end):
            return apposed
        found = [m for m in self.english.references(text, start, end, mentions, sentence.named)
                 if m.mechanism == "english/reference" and m.type in SEATED]
        apposed += self.clause_subjects(sentence, found)
        if not found:
            return apposed
        matches = list(self.english.reference.finditer(text, start, end))
        if start == 0 and (headline := self.english.headline_reference.match(text, start, end)):
            matches.append(headline)
        facts = apposed
        for referent in found:
            match = next((m for m in matches if m.end() == referent.end and m.group("modifier")), None)
            facts += [Fact(referent, "jurisdiction", place, sentence.evidence, confidence(referent, place, WEIGHT))
                      for place in (self.places(match, mentions, sentence.named) if match is not None else ())]
        return facts

    def clause_subjects(self, sentence: Sentence, found: list[Mention]) -> list[Fact]:
        """According to the SEC's order against Delphia, …, the Toronto-based firm made… ->
        Delphia, Toronto; “…,” the California-based company said; …against OpenAI … because the
        San Francisco-based company does not…: a "-based" reference opening a clause (after a
        comma, a closing quote or a subordinator) as the subject of its verb stands for the last
        body of its kind the sentence named before it, where the reference machinery found none
        (it keeps names of the same sentence out: Databricks bought the Paris-based start-up)."""
        text, facts = sentence.text, []
        if "-based" not in text[sentence.start:sentence.end]:
            return facts  # (the only modifier read here: no scan of a sentence without it)
        matches = list(self.english.reference.finditer(text, sentence.start, sentence.end)) + \
            list(self.english.seated_reference.finditer(text, sentence.start, sentence.end))
        for match in matches:
            if not (match.group("modifier") or "").endswith("-based") or \
                    any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            before = text[max(sentence.start, match.start() - 30):match.start()]
            if not (CLAUSE_OPENING.search(before) or self.english.subordinator.search(before)) or \
                    not self.subject_verb.match(text, match.end()):
                continue
            noun = match.group("noun")
            kind = self.english.referents.get(noun, "Company")
            places = self.english.places(match, sentence.mentions)
            earlier = [m for m in sentence.mentions if sentence.start <= m.start and m.end <= match.start()
                       and m.type == kind and kind in SEATED]
            if not earlier or not self.english.seated(earlier[-1], places) or \
                    not text[earlier[-1].end:match.start()].strip(" ,"):
                continue  # (X, the Paris-based firm: an apposition, read as one)
            facts += seated_within(sentence, earlier[-1], *match.span("modifier"))
        return facts

    def apposed(self, sentence: Sentence) -> list[Fact]:
        """Aleph Alpha, a German start-up, partnered with SAP -> Germany: a body described right
        after its name, between commas, by a nationality and a kind of body of its type, sits in
        the country the nationality names, where the item names that country and the knowledge
        base seats the body nowhere else."""
        facts = self.based_before_name(sentence) + self.based_apposed(sentence) + self.nationality_before_name(sentence)
        for mention in sentence.mentions:
            match = self.apposition.match(sentence.text, mention.end, sentence.end)
            if match is None or mention.type not in SEATED or \
                    self.english.referents[match.group("noun")] != mention.type:
                continue
            facts += self.nationality_seat(sentence, mention, match)
        return facts

    def nationality_before_name(self, sentence: Sentence) -> list[Fact]:
        """Chinese AI start-up DeepSeek, German music rights collecting society GEMA -> China,
        Germany: a nationality and a few words of what a body is, ending in a kind of body of
        its type (a company's or an organisation's alike: tech group, rights group), right
        before its name, where the item names that country."""
        facts = []
        for mention in sentence.mentions:
            if mention.type not in SEATED:
                continue
            window = max(sentence.start, mention.start - 100)
            match = self.nationality_before.search(sentence.text[window:mention.start])
            kind = self.english.referents[match.group("noun")] if match else None
            if kind == mention.type or {kind, mention.type} <= {"Company", "Organization"}:
                facts += self.nationality_seat(sentence, mention, match, window)
        return facts

    def nationality_seat(self, sentence: Sentence, mention: Mention, match: re.Match, offset: int = 0) -> list[Fact]:
        """The place a nationality word of ``match`` names for ``mention``, where the item names
        that country and the knowledge base seats the body in no other country."""
        country = self.english.nationalities[match.group("nationality")]
        if seated_elsewhere(self.kb, mention, country):
            return []
        # the country named: a nationality word read as a place (Chinese in Chinese AI start-up X) names none
        told = next((m for m in sentence.named if m.kb_id == country and not m.mechanism.endswith("nationality")), None)
        if told is None:
            return []
        place = replace(told, start=offset + match.start("nationality"), end=offset + match.end("nationality"),
                        mechanism=self.family)
        return [Fact(mention, "jurisdiction", place, sentence.evidence, confidence(mention, place, WEIGHT))]

    def based_apposed(self, sentence: Sentence) -> list[Fact]:
        """Neeva, the Mountain View-based, ad-free search engine -> Mountain View: the places
        named before -based in words set between commas right after a body's name, whatever
        the noun that follows (the knowledge base seating the body elsewhere or not)."""
        facts = []
        for mention in sentence.mentions:
            match = self.based_apposition.match(sentence.text, mention.end, sentence.end)
            if match is not None and mention.type in SEATED:
                facts += seated_within(sentence, mention, *match.span("place"))
        return facts

    def based_before_name(self, sentence: Sentence) -> list[Fact]:
        """Paris-based distributor Believe -> Paris: the places named before -based and a few
        words of what a company is, right before its name (a company only: bodies so described
        are told with their country or not at all)."""
        facts = []
        for mention in sentence.mentions:
            if mention.type != "Company":
                continue
            window = max(sentence.start, mention.start - 120)
            match = self.based_before.search(sentence.text[window:mention.start])
            if match is None:
                continue
            facts += seated_within(sentence, mention, window + match.start("place"), window + match.end("place"))
        return facts

    def places(self, match: re.Match, mentions: list[Mention], named_in_item: list[Mention]) -> list[Mention]:
        """The places a reference's modifier names (San Francisco; Richmond and Virginia in
        the Richmond, Virginia-based company), else the place its nationality word stands
        for (Irish: Ireland) where the item names it."""
        first, last = match.span("modifier")
        named = [m for m in mentions if m.type == "Jurisdiction" and first <= m.start and m.end <= last]
        if named:
            return named
        for word in re.finditer(r"[A-Z][\w.]*", match.group("modifier")):
            place = self.english.nationalities.get(word.group())
            told = next((m for m in named_in_item if place and m.kb_id == place), None)
            if told is not None:  # a place the item names (an adjective alone names no place of its own)
                return [replace(told, start=first + word.start(), end=first + word.end(), mechanism=self.family)]
        return []


class DescribedSeats(SentenceFamily):
    """A Chinese reference described with a place seats the company it stands for: 亚马逊起诉
    Perplexity。这家美国线上零售商称… -> 亚马逊 jurisdiction 美国, as the English references
    above do (the US retailer).  The reference is a demonstrative (context.tsv
    described_reference: 这家, 该), a few words holding a place the sentence names, then a kind of
    company (context.tsv company_word); it stands for the name kg.facts.coref read it as, or,
    written right after a name, for that name (Clearview AI 这家颇具争议的美国面部识别初创企业).
    A name the knowledge base seats in another country is never taken."""
    detail = "described"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        kinds = sorted((w for w in shared.words["company_word"] if not w.isascii()), key=len, reverse=True)
        self.reference = re.compile(rf"(?:{alternatives(shared.words['described_reference'])})"
                                    rf"(?P<described>[^\s，,。；;：:、“”《》（）()]{{1,14}}?)(?:{alternatives(kinds)})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, facts = sentence.text, []
        for match in self.reference.finditer(text, sentence.start, sentence.end):
            company = self.stands_for(sentence, match)
            found = [] if company is None else seated_within(sentence, company, *match.span("described"))
            if all(not seated_elsewhere(self.kb, company, self.kb.country_of(fact.tail.kb_id))
                   for fact in found if fact.tail.kb_id):  # (nothing found: nothing added)
                facts += found
        return facts

    @staticmethod
    def stands_for(sentence: Sentence, match: re.Match) -> Mention | None:
        """The company a reference stands for: the name coref read at its place, else the name
        right before it (nothing but spaces between)."""
        read = next((m for m in sentence.mentions if m.mechanism == "coref" and m.type in SEATED
                     and m.start <= match.start() < m.end), None)
        if read is not None:
            return read
        before = [m for m in sentence.mentions if m.end <= match.start() and m.type != "Jurisdiction"]
        if before and before[-1].type in SEATED and not sentence.text[before[-1].end:match.start()].strip():
            return before[-1]
        return None


def seated_within(sentence: Sentence, mention: Mention, first: int, last: int) -> list[Fact]:
    """``mention`` sits in each place the sentence names between ``first`` and ``last`` (the words
    before -based; the words of a Chinese reference: 这家美国线上零售商)."""
    return [Fact(mention, "jurisdiction", place, sentence.evidence, confidence(mention, place, WEIGHT))
            for place in sentence.mentions if place.type == "Jurisdiction" and first <= place.start and place.end <= last]


def seated_elsewhere(kb, mention: Mention, country: str | None) -> bool:
    """Whether the knowledge base seats ``mention`` in a country other than ``country`` (the
    US company for a body it knows as Irish, 这家中国公司 for one it knows as American: another name)."""
    entry = kb.entries.get(mention.kb_id or "")
    return entry is not None and bool(entry.jurisdiction) and kb.country_of(entry.jurisdiction) != country
