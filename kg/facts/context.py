"""A body's or a law's place from what its item is about, when nothing closer names
one: an item whose title names one place (美国参议员在国会提出《…》) sets the place of
the state bodies and laws it names that have none of their own.
"""
from __future__ import annotations

from ..model import Fact
from .base import Document, DocumentFamily, key


class ItemPlace(DocumentFamily):
    def facts(self, document: Document) -> list[Fact]:
        placed = {key(f.head) for f in document.facts if f.relation == "jurisdiction"}
        out = []
        for item, text, mentions in document.items:
            in_title = {key(m): m for m in mentions if m.end <= len(item.title) and m.type == "Jurisdiction"}
            if not in_title:  # a title naming no place: the one country (or union) the whole item names
                in_title = {key(m): m for m in mentions if m.type == "Jurisdiction" and self.country(m)}
            if len(in_title) != 1:
                continue
            place = next(iter(in_title.values()))
            for mention in mentions:
                if mention.type in ("Regulator", "Legislature", "Court", "Law") and key(mention) not in placed:
                    placed.add(key(mention))
                    out.append(Fact(mention, "jurisdiction", place, self.shared.evidence_at(item, text, mention), 0.5))
        return out

    def country(self, place) -> bool:
        entry = self.kb.entries.get(place.kb_id or "")
        return entry is not None and entry.parent is None
