"""A company named in Chinese right after a word for its kind and glossed in Latin
script: 以色列芯片企业迈络思（Mellanox）, 芯片设计业者算能（Sophgo）.  The description
(data/lexicon/context.tsv company_word, gloss_description: 公司, 企业, 业者, 厂商) bounds
the name before, the gloss after; the gloss is its other name (kg.mentions.alias pairs
them).  A name that holds a function word, a number or a mark, or a description alone
(人工智能公司（AI company）), is none."""
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
                    or inside_any(start, [m for m in candidates if m.end > match.end("name")]):
                continue  # 公司的（…）, 公司旗下（…）, or the start of a longer name already found
            found.append(self.mention(name, "Company", start, match.end("name"), 0.6))
        return found
