"""A body's or a law's place from what its item is about, when nothing closer names
one: an item whose title names one place (美国参议员在国会提出《…》), else the place its
section's heading is (【美国】 over the item), sets the place of the state bodies and laws
it names that have none of their own; an item naming no place takes the one place its whole
document names where the document also names that place's legislature or offices (a state's
policy letter in sections: THE BILL, ENFORCEMENT, ALSO SIGNED: the state's bills and offices).  A law takes only a
country or a union so (a summit's city names no law's place: 首尔), and an instrument
made between parties (a declaration, a treaty: data/lexicon/context.tsv
between_parties, kinds of data/lexicon/law_kinds.tsv) takes none.
"""
from __future__ import annotations

from ..model import Fact, Mention
from .base import Document, DocumentFamily, Shared, key


class ItemPlace(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        between = set(self.shared.words["between_parties"])
        self.shared_kinds = tuple(suffix for suffix, kind in self.kb.law_kinds if kind in between)

    def facts(self, document: Document) -> list[Fact]:
        placed = {key(f.head) for f in document.facts if f.relation == "jurisdiction"}
        governed = self.governed_place(document)
        out = []
        for item, text, mentions in document.items:
            in_title = {key(m): m for m in mentions if m.end <= len(item.title) and m.type == "Jurisdiction"}
            if not in_title and (heading := self.section_place(item)) is not None:  # 【美国】 over ■ 标题
                in_title = {key(heading): heading}
            if not in_title:  # a title naming no place: the one country (or union) the whole item names
                in_title = {key(m): m for m in mentions if m.type == "Jurisdiction" and self.country(m)}
            if not in_title and governed is not None:  # else the one place whose government the document is about
                in_title = {key(governed): governed}
            if len(in_title) != 1:
                continue
            place = next(iter(in_title.values()))
            for mention in mentions:
                if mention.type == "Law" and (not (self.country(place) or place is governed) or self.between_parties(mention)):
                    continue
                if mention.type == "Court" and place is governed:
                    continue  # a court a state's story names may be a federal one
                if mention.type in ("Regulator", "Legislature", "Court", "Law") and key(mention) not in placed:
                    placed.add(key(mention))
                    out.append(Fact(mention, "jurisdiction", place, self.shared.evidence_at(item, text, mention), 0.5))
        return out

    @staticmethod
    def governed_place(document: Document) -> Mention | None:
        """The one place a whole document names, where it also names that place's legislature or
        an office of it (a state's policy letter: the Utah Legislature, the Utah Governor, and
        only Utah): its sections' bills, offices and departments are that place's."""
        places = {key(m): m for _, _, mentions in document.items for m in mentions if m.type == "Jurisdiction"}
        if len(places) != 1:
            return None
        place = next(iter(places.values()))
        governs = any(f.relation == "jurisdiction" and key(f.tail) == key(place) and f.head.type in ("Legislature", "Regulator")
                      for f in document.facts)
        return place if governs else None

    def section_place(self, item) -> Mention | None:
        """The place a section's heading is (【美国】, 二、欧盟): what the items under it are about."""
        entry = self.kb.lookup(item.section.strip()) if item.section else None
        if entry is None or entry.type != "Jurisdiction":
            return None
        return Mention(item.section.strip(), "Jurisdiction", 0, 0, kb_id=entry.id, mechanism="kb", confidence=0.8)

    def country(self, place) -> bool:
        entry = self.kb.entries.get(place.kb_id or "")
        return entry is not None and entry.parent is None

    def between_parties(self, law) -> bool:
        """《布莱切利宣言》, 《…框架公约》: an instrument its parties make together."""
        return (law.canonical or law.text).endswith(self.shared_kinds)
