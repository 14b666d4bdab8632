"""An outlet a story's words come from is no party of what they tell (Fact.rule of the
family that read the fact; this family is a screen only).

A company or organisation the document names only as the outlet or account it cites, the one
someone told or answered (X告诉某日报; 向某日报回应; 接受某社采访; X told the Harbor Wire), the
one reporting what follows (科技媒体X昨日发布博文，报道称…; the Harbor Wire reported that…), the
one a line credits (本文来自微信公众号：X), or the one an account's report belongs to (据X旗下的账号
“Y”的一篇报道) is no end of any fact but its own place or parent: the story is told through it
(X告诉某日报，他正在申请解除…合同: 某日报 partnered no one).  Every place the document writes any
of its names must be such (the Times, cited once, that sued OpenAI elsewhere sues all the same).
Words from data/lexicon/context.tsv: reported_by, report_told, told_outlet, asked_outlet,
answered_outlet, reported_outlet, outlet_credit_line.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..alternation import alternatives
from ..mentions.base import TextsPlaces
from ..model import Fact, Item, Mention
from ..script import simplified
from .base import DocumentFamily, Shared, key
from .grammar import window

# the relations whose ends are parties of an act (a source's place and parent are its own)
ACTS = frozenset({"sued", "accused", "adjudicated", "settled", "fined", "banned", "investigated",
                  "partnered", "investedIn", "acquired"})
SOURCES = frozenset({"Company", "Organization"})  # what may be an outlet
REACH = window("sources.REACH")  # characters of the name's clause between a cited outlet and its report word


class SourcesAreNoParties(DocumentFamily):
    """Drops a fact of ACTS an end of which the document names only as a source (module doc)."""
    detail = "source"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words

        def either(kind: str) -> str:
            return alternatives(words[kind], latin_whole=True)
        quote = r"[\s《「『“\"]*"
        close = r"[\s》」』”\"]*"
        gap = rf"[^，,。；;！!？?\n]{{0,{REACH}}}?"  # (in the name's clause; the report word may open the next: 发布博文，报道称)
        # 据X旗下的账号“Y”的一篇报道; 告诉X; 向X回应; 来源：X — looked for before the name (searched up to it)
        self.before = re.compile(rf"(?:(?:{either('told_outlet')})\s*(?:the\s+)?{quote}"
                                 rf"|(?:{either('outlet_credit_line')})\s*(?:[^：:\n]{{0,8}}[：:])\s*{quote})$", re.IGNORECASE)
        self.asked_before = re.compile(rf"(?:{either('asked_outlet')}){quote}$", re.IGNORECASE)
        self.asked_after = re.compile(rf"{close}[^，,。；;\n]{{0,4}}?(?:{either('answered_outlet')})", re.IGNORECASE)
        self.cited_before = re.compile(rf"(?:{either('reported_by')})\s*(?:the\s+)?{quote}$", re.IGNORECASE)
        self.cited_after = re.compile(rf"{close}{gap}(?:{either('report_told')})", re.IGNORECASE)
        # 科技媒体X昨日发布博文，报道称; the Harbor Wire reported that: the name opens its clause (a few words before it)
        self.report_opening = re.compile(r"(?:^|[，,。；;：:\n])[^，,。；;：:\n]{0,12}$")
        self.report_after = re.compile(rf"{close}{gap}[，,]?\s*(?:{either('reported_outlet')})", re.IGNORECASE)

    def facts(self, document) -> list[Fact]:
        return []  # a screen only

    def screen(self, facts: list[Fact], items: Sequence[Item] = ()) -> list[Fact]:
        ends = {key(end): end for f in facts if f.relation in ACTS for end in (f.head, f.tail) if end.type in SOURCES}
        if not ends:
            return facts
        names = {name: self.names(end) for name, end in ends.items()}
        texts = TextsPlaces([simplified(item.text) for item in items], sum(map(len, names.values())))
        sources = {name for name, written in names.items() if self.only_source(written, texts)}
        if not sources:
            return facts
        return [f for f in facts if f.relation not in ACTS or not {key(f.head), key(f.tail)} & sources]

    def names(self, mention: Mention) -> set[str]:
        """The names the document may write the end by: its own, its full form, its knowledge-base names."""
        entry = self.shared.kb.entries.get(mention.kb_id or "")
        found = {mention.text, mention.canonical or "", *mention.aliases, *(entry.names if entry else ())}
        return {simplified(name) for name in found if len(name) >= 2}

    def only_source(self, names: set[str], texts: TextsPlaces) -> bool:
        """Whether the texts write the names somewhere, and every place they do, as a source."""
        places = [(text, at, name) for name in names for text, at in texts.written_at(name)
                  if not self.inside_longer(text, at, name, names)]
        return bool(places) and all(self.source_at(text, at, at + len(name)) for text, at, name in places)

    @staticmethod
    def inside_longer(text: str, at: int, name: str, names: set[str]) -> bool:
        """Whether another of the names, longer, holds this place (星河日 inside 星河日报)."""
        return any(len(other) > len(name) and name in other and at >= other.index(name)
                   and text.startswith(other, at - other.index(name)) for other in names)

    def source_at(self, text: str, start: int, end: int) -> bool:
        """Whether the name at text[start:end] is the source its words name it as."""
        before = text[max(0, start - 40):start]
        return bool(self.before.search(before)
                    or self.asked_before.search(before) and self.asked_after.match(text, end)
                    or self.cited_before.search(before) and self.cited_after.match(text, end)
                    or self.report_opening.search(before) and self.report_after.match(text, end))
