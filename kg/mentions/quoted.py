"""A model or product named in quotes after a model word: 大模型“星河”, 应用——“通义
听悟” (data/lexicon/context.tsv model_word)."""
from __future__ import annotations

import re

from ..model import Mention
from .base import Family, Tokens, register
from .words import Words


@register
class QuotedModels(Family):
    def __init__(self, words: Words) -> None:
        model_words = "|".join(map(re.escape, sorted(words.context["model_word"], key=len, reverse=True)))
        self.quoted_model = re.compile(rf"(?:{model_words})\s*(?:——|—|:|：)?\s*[“\"「‘](?P<name>[^”\"」’\n]{{1,16}})[”\"」’]")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        return [self.mention(m.group("name"), "AIModel", m.start("name"), m.end("name"), 0.7)
                for m in self.quoted_model.finditer(text) if not re.search(r"[，。,]", m.group("name"))]
