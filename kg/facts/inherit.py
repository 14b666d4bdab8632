"""Facts handed down from other facts of the document: a law issued or proposed by a
state body takes the body's places (not a company's: a code of practice a company
signs is not the law of the company's country) (浙江省经济和信息化厅印发《浙江省算力券管理办法》 ->
浙江省), only the nearest of them (美国得克萨斯州州长签署《…法》 -> 得克萨斯州, not 美国); and
the other way round, an office or a body no name or knowledge base places takes the one place
of the laws it signs or adopts (Governor Roe signed the Ohio AI Act -> Ohio; 州长签署《伊利诺伊州…法》);
a model named after a released model (Qwen3 -> Qwen3-235B) has the same
developer.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import Document, DocumentFamily, key

STATE_BODIES = frozenset({"Regulator", "Legislature", "Court"})
FAMILY_CUT = re.compile(r"(?<=.)[-\s]")  # where a model family's name ends in a member's name


class Inheritance(DocumentFamily):
    def __init__(self, shared) -> None:
        super().__init__(shared)
        # the President, 总统: a nation's office, which takes a country only (context.tsv national_office)
        self.national_office = re.compile(rf"(?:the\s+|The\s+)?(?:{alternatives(shared.words['national_office'])})")

    def above_another(self, place: Mention, places) -> bool:
        """美国 beside 得克萨斯州: a place holding another place of the law (its own or its
        issuer's) is not handed down; the law takes the nearest (美国得克萨斯州州长签署的法律 is
        得克萨斯州's)."""
        return place.kb_id is not None and any(
            place.kb_id in self.shared.place_chain(other.kb_id) - {other.kb_id} for other in places if other.kb_id)

    def signers_placed(self, facts: list[Fact], places: dict[str, dict[str, Mention]]) -> list[Fact]:
        """Governor Roe signed the Ohio AI Act: an unplaced state body (no known one: the OECD is
        no country's) that issued or proposed laws placed in one place (the nearest, by the
        places holding it) takes that place; laws of several places give it none, and a nation's
        office named bare (the President, 总统: context.tsv national_office) takes a country only."""
        handed: dict[str, tuple[Fact, dict[str, Mention]]] = {}
        for fact in facts:
            if fact.relation in ("issued", "proposed") and fact.tail.type == "Law" and fact.head.type in STATE_BODIES \
                    and fact.head.kb_id is None and key(fact.head) not in places:
                held = places.get(key(fact.tail), {})
                handed.setdefault(key(fact.head), (fact, {}))[1].update(held)
        out = []
        for fact, held in handed.values():
            nearest = [place for place in held.values() if not self.above_another(place, held.values())]
            if len(nearest) == 1 and not (self.national_office.fullmatch(fact.head.text)
                                          and self.kb.country_of(nearest[0].kb_id) != nearest[0].kb_id):
                out.append(Fact(fact.head, "jurisdiction", nearest[0], fact.evidence, 0.6, rule="inherit/signer"))
        return out

    def facts(self, document: Document) -> list[Fact]:
        places: dict[str, dict[str, Mention]] = {}  # a body's places, each once however often stated
        for fact in document.facts:
            if fact.relation == "jurisdiction":
                places.setdefault(key(fact.head), {}).setdefault(key(fact.tail), fact.tail)
        out = []
        for fact in document.facts:
            if fact.relation in ("issued", "proposed") and fact.tail.type == "Law" and fact.head.type in STATE_BODIES:
                handed = places.get(key(fact.head), {})
                held = {**handed, **places.get(key(fact.tail), {})}
                for place in handed.values():
                    if not self.above_another(place, held.values()):
                        out.append(Fact(fact.tail, "jurisdiction", place, fact.evidence, 0.6))
        out += self.signers_placed(document.facts, places)
        releases = document.indexed(document.facts, "released")
        for item, text, mentions in document.items:
            developers: dict[str, dict[str, Mention]] = {}  # a released model's name -> its developers
            for fact in releases.get(item.title, ()):
                developers.setdefault(fact.tail.text, {}).setdefault(key(fact.head), fact.head)
            for mention in mentions if developers else ():
                if mention.type != "AIModel":
                    continue
                for cut in FAMILY_CUT.finditer(mention.text):  # Qwen3-235B: Qwen3 then -
                    for developer in developers.get(mention.text[:cut.start()], {}).values():
                        out.append(Fact(developer, "released", mention, self.shared.evidence_at(item, text, mention), 0.6))
        return out
