"""A name the context made a name once is that name again wherever the item writes it:
以色列芯片企业迈络思（Mellanox）… 迈络思目前已是英伟达旗下业务的一部分 (the second 迈络思
has no description before it, but it is the same company).  Only names that a context
family found (not the knowledge base's, which are found everywhere already, nor titles,
places or persons' short forms), of two or more Chinese characters or three Latin
letters, and only where the later text holds them as whole words (计算能力 holds no 算能)
and no other name covers them.  Runs on the chosen mentions, before kg.mentions.alias;
``carry`` then reads a story cut at its sub-heads as one text: a name its opening part
found is that name again in its later parts (华硕旗下的台智云… / ■ 客户与合作 / 台智云表示…)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from ..model import Item, Mention
from .base import Family, Places, Taken, add_mentions, register, written_at
from .words import CJK, FUNCTION_CHARS, Words

REPEATED_TYPES = frozenset({"Company", "Organization", "Regulator", "Legislature", "Court", "AIModel"})
_SHORTEST = {True: 3, False: 2}  # Latin, Chinese


@register
class RepeatedNames(Family):
    def __init__(self, words: Words) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, self.repeated(doc.user_data["text"], doc.user_data["tokens"].offsets, doc.user_data["mentions"]))
        return doc

    def carry(self, parts: list[tuple[Item, Doc]]) -> None:
        """One document's items in order (their names chosen): the names context found in
        the earlier parts of a story (Item.continues) are found again in its later parts."""
        told: list[Mention] = []
        for item, doc in parts:
            if not item.continues:
                told = []
            elif told:
                add_mentions(doc, self.repeated(doc.user_data["text"], doc.user_data["tokens"].offsets,
                                                doc.user_data["mentions"], told))
            told += doc.user_data["mentions"]

    def repeated(self, text: str, offsets: list[int], mentions: list[Mention], told: list[Mention] = ()
                 ) -> list[Mention]:
        """The names found by context in ``mentions`` (or, where given, in ``told``: the
        names of the story's earlier parts) wherever ``text`` writes them again."""
        found: list[Mention] = []
        taken = Taken((m.start, m.end) for m in mentions)  # (overlaps_any, in time of a name's length)
        named = {}
        for mention in told or mentions:
            name = mention.text
            if mention.type in REPEATED_TYPES and mention.mechanism.split("/")[0] not in ("kb", "repeated", "alias") \
                    and len(name) >= _SHORTEST[name.isascii()] and (name.isascii() or re.search(f"[{CJK}]", name)):
                named.setdefault(name, mention)
        places = Places.of(text, len(named))  # (thousands of names: not the whole text scanned for each)
        for name, first in named.items():
            for start in written_at(text, name, places=places):  # (re.finditer of the name: a pattern compiled per name)
                end = start + len(name)
                if taken.overlaps(start, end) or not self.whole(text, offsets, start, end):
                    continue
                mention = replace(first, start=start, end=end, mechanism=f"repeated/{first.mechanism.split('/')[0]}",
                                  confidence=min(first.confidence, 0.7), parent=None)
                found.append(mention)
                taken.add(start, end)
        return found

    @staticmethod
    def whole(text: str, offsets: list[int], start: int, end: int) -> bool:
        """Whether [start, end) begins and ends at word bounds, or where jieba ran a function
        word into the name (将锐|芯: 将 is no part of 锐芯)."""
        def bound(position: int) -> bool:
            at = bisect_right(offsets, position) - 1  # the word holding position
            if position >= len(text) or (0 <= at and offsets[at] == position):
                return True
            following = offsets[at + 1] if at + 1 < len(offsets) else len(text)
            return at >= 0 and (all(c in FUNCTION_CHARS for c in text[offsets[at]:position])
                                or all(c in FUNCTION_CHARS for c in text[position:following]))
        return bound(start) and bound(end)
