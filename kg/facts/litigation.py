"""What an item says about its lawsuit beyond one cue: an accusation made in a lawsuit
is the suit (UMG对Anthropic提起诉讼，指控其…: sued, not accused); a court that hears or
decides (在X法院审理, X法院判决) adjudicates the item's suit; 该法院判决 is the court
named before it; 双方达成和解 (or a settlement naming one side) settles the item's one
suit.  Words from data/lexicon/context.tsv: lawsuit, judge, court_reference,
both_parties; the adjudicated and settled cues of data/lexicon/triggers.tsv.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ..model import Fact, Mention
from .base import PARTIES, SIGNATURES, Document, DocumentFamily, ItemRefiner, Shared, by_item, key
from .base import evidence as sentence_evidence
from .grammar import alternation


class SuitAccusations(ItemRefiner):
    """An accusation made in a lawsuit is the suit (UMG对Anthropic提起诉讼，指控其…;
    该案由A提起，指控B: sued); one by a party the item already has suing the accused adds
    nothing (CIR起诉OpenAI。CIR指控OpenAI…).  The facts keep the rule that read them."""
    detail = "accusation"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.lawsuit_words = shared.words["lawsuit"]

    def refine(self, facts: list[Fact]) -> list[Fact]:
        suits = {(key(f.head), key(f.tail)) for f in facts if f.relation == "sued"}
        out = []
        for fact in facts:
            if fact.relation == "accused":
                if (key(fact.head), key(fact.tail)) in suits:
                    continue
                if any(word in fact.evidence.sentence for word in self.lawsuit_words) and \
                        fact.head.type in SIGNATURES["sued"][0] and fact.tail.type in SIGNATURES["sued"][1]:
                    fact = Fact(fact.head, "sued", fact.tail, fact.evidence, fact.confidence, fact.rule)
            out.append(fact)
        return out


class Hearings(DocumentFamily):
    """A court that hears or decides (在X法院审理, X法院判决), or whose judge is named
    (X法院法官Y批准和解), adjudicates the suit the item is about: its parties are those of
    the item's sued facts, else the companies and persons its title names."""
    detail = "hearing"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.cues = tuple(cue for cue in self.kb.triggers["adjudicated"] if not cue.isascii())
        self.judges = shared.words["judge"]

    def facts(self, document: Document) -> list[Fact]:
        suits = by_item(document.facts, "sued")
        out = []
        for item, text, mentions in document.items:
            courts = [m for m in mentions if m.type == "Court" and (any(cue in text[m.end:m.end + 12] for cue in self.cues)
                                                                     or text.startswith(self.judges, m.end))]
            if not courts:
                continue
            parties = {(key(m), m) for f in suits.get(item.title, ()) for m in (f.head, f.tail)
                       if not any(text[max(0, m.start - 4):m.start].endswith(j) for j in self.judges)}
            if not parties:
                parties = {(key(m), m) for m in mentions if m.end <= len(item.title) and m.type in PARTIES}
            for court in {key(c): c for c in courts}.values():
                evidence = self.shared.evidence_at(item, text, court)
                out += [Fact(court, "adjudicated", party, evidence, 0.55)
                        for _, party in sorted(parties, key=lambda p: p[0]) if party.type in PARTIES]
        return out


class ReferredLitigation(DocumentFamily):
    """Acts of the item's suit told without its names: 该法院判决 (the court named last
    before it adjudicates the item's parties); 双方达成和解, or a settlement naming one
    side (Anthropic agreed to settle…), settles the item's one suit."""
    detail = "referred"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.adjudicating = tuple(c for c in self.kb.triggers["adjudicated"] if not c.isascii())
        self.court_references = alternation(w for w in words["court_reference"] if not w.isascii() and w != "法院")
        self.both_parties = alternation(w for w in words["both_parties"] if not w.isascii())
        self.settlement = re.compile("|".join(rf"\b{re.escape(c)}\b" if c.isascii() else re.escape(c)
                                              for c in self.kb.triggers["settled"]), re.IGNORECASE)

    def facts(self, document: Document) -> list[Fact]:
        suits = by_item(document.facts, "sued")
        out = []
        for item, text, mentions in document.items:
            sued = suits.get(item.title, [])
            if sued:
                out += self.court_referred(item, text, mentions, sued)
                out += self.settled(item, text, mentions, sued)
        return out

    def court_referred(self, item, text: str, mentions: list[Mention], sued: list[Fact]) -> list[Fact]:
        courts = sorted((m for m in mentions if m.type == "Court"), key=lambda m: m.end)
        court_ends, court_starts = [c.end for c in courts], sorted(c.start for c in courts)
        last_named = list(accumulate(courts, lambda best, court: court if court.start >= best.start else best))
        parties = {key(m): m for f in sued for m in (f.head, f.tail) if m.type in PARTIES}
        out = []
        for reference in self.court_references.finditer(text):
            ended = bisect_right(court_ends, reference.start())  # the courts named before the reference
            if not ended or not any(cue in text[reference.end():reference.end() + 12] for cue in self.adjudicating):
                continue
            evidence = self.shared.evidence_at(item, text, Mention(reference.group(), "Court", *reference.span()))
            if bisect_left(court_starts, evidence.end) > bisect_left(court_starts, evidence.start):
                continue  # the sentence names its court: Hearings reads it
            out += [Fact(last_named[ended - 1], "adjudicated", party, evidence, 0.55) for _, party in sorted(parties.items())]
        return out

    def settled(self, item, text: str, mentions: list[Mention], sued: list[Fact]) -> list[Fact]:
        defendants: dict[str, set[str]] = {}
        for fact in sued:
            defendants.setdefault(key(fact.head), set()).add(key(fact.tail))
        if len({frozenset(tails) for tails in defendants.values()}) != 1:
            return []  # the item reports several suits: 双方 names none of them
        sides = {key(m) for f in sued for m in (f.head, f.tail)}
        pairs = {(key(f.head), key(f.tail)): f for f in sued}
        suit_sentences = {f.evidence.start for f in sued}
        ordered = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in ordered]
        out = []
        spans, dates = self.shared.sentence_dates(text, item.date)
        for (start, end), date in zip(spans, dates):
            sentence = text[start:end]
            if not self.settlement.search(sentence) or start in suit_sentences:
                continue
            named = {key(m) for m in ordered[bisect_left(starts, start):bisect_left(starts, end)]} & sides
            if named or self.both_parties.search(sentence):  # 双方达成和解; Anthropic agreed to settle
                evidence = sentence_evidence(item, text, start, end, date)
                out += [Fact(f.head, "settled", f.tail, evidence, 0.6) for f in pairs.values()]
        return out
