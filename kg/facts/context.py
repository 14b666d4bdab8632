"""A body's or a law's place from what its item is about, when nothing closer names
one: an item whose title names one place (美国参议员在国会提出《…》), else the place its
section's heading is (【美国】 over the item), sets the place of the state bodies and laws
it names that have none of their own.  A law takes only a
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
        out = []
        for item, text, mentions in document.items:
            in_title = {key(m): m for m in mentions if m.end <= len(item.title) and m.type == "Jurisdiction"}
            if not in_title and (heading := self.section_place(item)) is not None:  # 【美国】 over ■ 标题
                in_title = {key(heading): heading}
            if not in_title:  # a title naming no place: the one country (or union) the whole item names
                in_title = {key(m): m for m in mentions if m.type == "Jurisdiction" and self.country(m)}
            if len(in_title) != 1:
                continue
            place = next(iter(in_title.values()))
            for mention in mentions:
                if mention.type == "Law" and (not self.country(place) or self.between_parties(mention)):
                    continue
                if mention.type in ("Regulator", "Legislature", "Court", "Law") and key(mention) not in placed:
                    placed.add(key(mention))
                    out.append(Fact(mention, "jurisdiction", place, self.shared.evidence_at(item, text, mention), 0.5))
        return out

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
