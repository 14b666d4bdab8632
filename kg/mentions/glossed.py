"""A company named in Chinese right after a word for its kind and glossed in Latin
script: 以色列芯片企业迈络思（Mellanox）, 芯片设计业者算能（Sophgo）.  The description
(data/lexicon/context.tsv company_word, gloss_description: 公司, 企业, 业者, 厂商) bounds
the name before, the gloss after; the gloss is its other name (kg.mentions.alias pairs
them).  A name that holds a function word, a number or a mark, or a description alone
(人工智能公司（AI company）), is none.  With no gloss after it no name is read: the words
between a description and a verb named a company too seldom (a unit, a role, a verb's object)."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention, inside_any
from .base import Family, Tokens, register
from .words import CJK, FUNCTION_CHARS, Words


@register
class GlossedCompanies(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        descriptions = [w for w in (*words.context["company_word"], *words.context["gloss_description"]) if not w.isascii()]
        self.glossed = re.compile(rf"(?:{alternatives(descriptions)})(?P<name>[{CJK}]{{2,6}})"
                                  r"[（(]\s*(?P<gloss>[A-Z][A-Za-z0-9 .&'-]{1,40}?)\s*[）)]")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for match in self.glossed.finditer(text):
            name, start = match.group("name"), match.start("name")
            if any(char in FUNCTION_CHARS for char in name) or self.words.generic(name, "") \
                    or inside_any(start, [m for m in candidates if m.end > match.end("name")]) \
                    or any(m.type == "Person" and m.end == match.end("name") and m.start >= start for m in candidates):
                continue  # 公司的（…）, 公司旗下（…）, the start of a longer name already found, or a person's
                # name glossed (公司资安长柯维纳（Marco Kevina）: the person family's)
            found.append(self.mention(name, "Company", start, match.end("name"), 0.6))
        return found
