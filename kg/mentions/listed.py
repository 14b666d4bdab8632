"""Members of a list closed by 等 + a kind of thing (优衣库、资生堂和博世等公司) are
things of that kind, when one of them is a known name (data/lexicon/context.tsv
list_head: 公司=Company…)."""
from __future__ import annotations

import re

import jieba

from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, FUNCTION_CHARS, Words


@register
class ListedNames(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        self.list_heads = dict(pair.split("=") for pair in words.context["list_head"])
        heads = "|".join(sorted(self.list_heads, key=len, reverse=True))
        self.list_pattern = re.compile(
            rf"(?P<items>(?:[^\s、，,。；;：:（）()“”]{{2,12}}(?:、|和|及|以及|与)){{1,10}}[^\s、，,。；;：:（）()“”]{{2,12}})"
            rf"等(?:\d+家|多家|知名|头部|大型|主要)?(?:[{CJK}]{{0,6}}?)(?P<head>{heads})")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        if "等" not in text:
            return found
        words = self.words
        for match in self.list_pattern.finditer(text):
            type_ = self.list_heads[match.group("head")]
            offset = match.start("items")
            spans = [(part.group().strip(), offset + part.start() + len(part.group()) - len(part.group().lstrip()))
                     for part in re.finditer(r"(?:(?!以及)[^、和及与])+", match.group("items"))]
            spans = [(name, start, start + len(name)) for name, start in spans if name]
            # a member that holds a known name is that name (代表索尼音乐 is 索尼音乐)
            located = [any(start < m.end and m.start < end for m in candidates) for _, start, end in spans]
            if not any(located):
                continue  # nothing known in the list: it may be no list of names at all
            for (name, start, end), is_known in zip(spans, located):
                pieces = jieba.lcut(name)
                while len(pieces) > 1 and not words.name_like(pieces[0]):
                    start, name = start + len(pieces[0]), name[len(pieces[0]):]  # 曾为优衣库: the name is 优衣库
                    pieces = pieces[1:]
                if not is_known and 2 <= len(name) <= 12 and not words.boundary_word.search(name) \
                        and name[0] not in FUNCTION_CHARS and not words.generic(name, ""):
                    found.append(self.mention(name, type_, start, end, 0.6))
        return found
