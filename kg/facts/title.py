"""The fact an item's title states, told again in its body.  A title states the item's
main fact in few words (OpenAI遭《纽约时报》起诉); the body tells it again with its date
and circumstances without restating both ends (当地时间12月27日，该报向法院提起诉讼，
称OpenAI…).  The title's fact takes as evidence the first body sentence that tells it:
one naming one of its ends and holding a cue of its relation, where no body sentence
reads the fact itself; that sentence's date dates it.  No new fact: only the title's.
(A title acting on an object it only describes, 日本国会通过首部人工智能专门法律, is
not given the object the body names: right as often as wrong on the dev and held-out
documents.)
"""
from __future__ import annotations

from ..model import GOVERNING_BODIES, Fact, Item, Mention
from .base import Document, DocumentFamily, ItemRefiner, evidence, key

# Relations a title states as its news (a place or a parent is no event the body retells)
EVENTS = frozenset({"issued", "proposed", "repealed", "sued", "adjudicated", "settled", "partnered", "banned",
                    "fined", "investigated", "accused", "released", "investedIn", "acquired"})


class TitleFacts(DocumentFamily):
    def facts(self, document: Document) -> list[Fact]:
        out: list[Fact] = []
        for item, text, mentions in document.items:
            for fact in self.title_facts(item, document.facts_of(item)):
                retold = self.retelling(item, text, mentions, fact)
                if retold is not None:
                    out.append(retold)
        return out

    @staticmethod
    def title_facts(item: Item, own: list[Fact]) -> list[Fact]:
        """The facts of an event the item's title reads that no body sentence reads, the
        first of each (head, relation, tail)."""
        # a fact a body sentence reads already has the body's evidence
        told = {(key(f.head), f.relation, key(f.tail)) for f in own if f.evidence.start >= len(item.title)}
        found_in_title = []
        for fact in own:
            found = (key(fact.head), fact.relation, key(fact.tail))
            if fact.relation not in EVENTS or fact.evidence.end > len(item.title) or found in told:
                continue
            told.add(found)
            found_in_title.append(fact)
        return found_in_title

    def retelling(self, item: Item, text: str, mentions: list[Mention], fact: Fact) -> Fact | None:
        """The title's fact with the evidence of the first body sentence that tells it."""
        ends = {key(fact.head), key(fact.tail)}
        for start, end, date in self.shared.dated_sentences(item, text):
            if start < len(item.title):
                continue
            inside = [m for m in mentions if start <= m.start and m.end <= end]
            named = [m for m in inside if key(m) in ends]
            if not named or not any(cue.relation == fact.relation
                                    for cue in self.shared.find_cues(text, start, end, inside)):
                continue
            head = next((m for m in named if key(m) == key(fact.head)), fact.head)
            tail = next((m for m in named if key(m) == key(fact.tail)), fact.tail)
            return Fact(head, fact.relation, tail, evidence(item, text, start, end, date), round(fact.confidence * 0.9, 3))
        return None


ACTS = frozenset({"issued", "proposed", "repealed"})


class PlacesInTitles(ItemRefiner):
    """A place a title makes the actor of an act on a law (香港拟修订《版权条例》,
    澳大利亚修订隐私法) stands for the state body the body names as acting on the law
    (商务及经济发展局…建议修订《版权条例》): where the body gives such a body acting on a law,
    the place acts on none (it is the law's place: kg.facts.place)."""
    detail = "place"

    def refine(self, facts: list[Fact]) -> list[Fact]:
        bodies_act = any(f.relation in ACTS and f.head.type in GOVERNING_BODIES and not self.in_title(f) for f in facts)
        return [f for f in facts if not (bodies_act and f.relation in ACTS and f.head.type == "Jurisdiction"
                                         and self.in_title(f))]

    @staticmethod
    def in_title(fact: Fact) -> bool:
        return fact.evidence.end <= len(fact.evidence.item)
