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
from collections.abc import Iterator
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
        told, named = False, _Named()  # whether the story's earlier parts name anything; their names, kept as read
        for item, doc in parts:
            if not item.continues:
                told, named = False, _Named()
            elif told:
                add_mentions(doc, self.repeated(doc.user_data["text"], doc.user_data["tokens"].offsets,
                                                doc.user_data["mentions"], named=named))
            told = told or bool(doc.user_data["mentions"])
            named.add(doc.user_data["mentions"])  # (the story's names grow part by part, not read again per part)

    def repeated(self, text: str, offsets: list[int], mentions: list[Mention], told: list[Mention] = (),
                 named: _Named | None = None) -> list[Mention]:
        """The names found by context in ``mentions`` (or, where given, in ``told``: the
        names of the story's earlier parts, or ``named``: those names as carry keeps them) wherever
        ``text`` writes them again."""
        found: list[Mention] = []
        taken = Taken((m.start, m.end) for m in mentions)  # (overlaps_any, in time of a name's length)
        if named is None:
            named = _Named()
            named.add(told or mentions)
        for name, first, start in named.written(text):
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


class _Named:
    """The names RepeatedNames looks for again, each with the first mention naming it, in the order
    first named; added to part by part (a story's later parts look for the names of all its earlier
    ones: read again for each part, and each looked for in it, a story of thousands of parts grew
    with their square).  Indexed by their first Places.KEY characters (shorter ones as they are),
    so that a text is read once for them all where they are Places.MANY or more."""

    def __init__(self) -> None:
        self.first: dict[str, Mention] = {}
        self.rank: dict[str, int] = {}
        self.by_key: dict[str, list[str]] = {}  # the names of Places.KEY characters or more, by their first ones
        self.short: dict[int, set[str]] = {}  # the shorter ones by their length

    def add(self, mentions: list[Mention]) -> None:
        for mention in mentions:
            name = mention.text
            if name not in self.first and mention.type in REPEATED_TYPES \
                    and mention.mechanism.split("/")[0] not in ("kb", "repeated", "alias") \
                    and len(name) >= _SHORTEST[name.isascii()] and (name.isascii() or re.search(f"[{CJK}]", name)):
                self.first[name] = mention
                self.rank[name] = len(self.rank)
                if len(name) >= Places.KEY:
                    self.by_key.setdefault(name[:Places.KEY], []).append(name)
                else:
                    self.short.setdefault(len(name), set()).add(name)

    def written(self, text: str) -> Iterator[tuple[str, Mention, int]]:
        """(name, its first mention, start) of each place ``text`` writes a name, as written_at finds
        them (a name's places apart from each other), name by name in the order first named."""
        if len(self.first) < Places.MANY:  # (a few names: each found by a scan of the text)
            for name, first in self.first.items():
                for start in written_at(text, name):
                    yield name, first, start
            return
        starts: dict[str, list[int]] = {}  # each name written, its every start in order (overlapping ones too)
        by_key, short, key = self.by_key, self.short, Places.KEY
        for at in range(len(text)):
            for length, names in short.items():
                if text[at:at + length] in names:
                    starts.setdefault(text[at:at + length], []).append(at)
            for name in by_key.get(text[at:at + key], ()):
                if text.startswith(name, at):
                    starts.setdefault(name, []).append(at)
        for name in sorted(starts, key=self.rank.__getitem__):
            after, length, first = 0, len(name), self.first[name]
            for at in starts[name]:
                if at >= after:  # (written_at: a name's places do not overlap each other)
                    yield name, first, at
                    after = at + length
