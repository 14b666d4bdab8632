"""A model or product named in quotes after a model word or a release cue: 大模型“星河”,
应用——“星语”, 上线了“星语听写” (data/lexicon/context.tsv model_word, triggers.tsv
released)."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, closes_quotation, register
from .words import COMMON_LATIN, Words


@register
class QuotedModels(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        self.law_kinds = tuple(kind for kind, _ in words.kb.law_kinds if not kind.isascii())
        self.programme_heads = tuple(words.kb.instruments["programme_quoted_head"])
        # a model word before the quote, or a release cue (推出了“星语听写”: triggers.tsv released)
        cues = [c for c in words.kb.triggers["released"] if not c.isascii()]
        model_words = alternatives(words.context["model_word"]) + "|" + \
            alternatives(cues, literal=lambda cue: rf"{re.escape(cue)}了?")
        # 模型“幻觉”内容, 推出“X”执法行动: a noun after the quote says what the quoted words name (context.tsv
        # quoted_then_noun), a kind of thing no product is
        self.then_noun = tuple(words.context["quoted_then_noun"])
        self.quoted_model = re.compile(rf"(?:{model_words})\s*(?:——|—|:|：)?\s*[“\"「‘](?P<name>[^”\"」’\n]{{1,16}})[”\"」’]")

        # 实验室的“书生”通用大模型: after an owner's 的 or a release cue, a quoted name before a model's head
        # word (context.tsv model_head), a kind of model between them at most (培育“雁阵型”大模型产业: no name)
        owner = "的|" + alternatives(cues, literal=lambda cue: rf"{re.escape(cue)}了?")
        self.quoted_before_model = re.compile(rf"(?:{owner})[“\"「‘](?P<name>[^“”\"「」‘’\n，。,、]{{1,16}})[”\"」’]"
                                              rf"(?:{alternatives(words.context['model_kind'])})?"
                                              rf"(?:{alternatives(words.context['model_head'])})")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        matches = [*self.quoted_model.finditer(text), *self.quoted_before_model.finditer(text)]
        return [self.mention(m.group("name"), "AIModel", m.start("name"), m.end("name"), 0.7)
                for m in matches if not re.search(r"[，。,、]", m.group("name"))
                and not closes_quotation(text, m.start("name") - 1)
                and m.group("name").strip("+-_ ").lower() not in COMMON_LATIN  # “AI+”: a word, no name
                and not self.other_kind(m.group("name")) and not text.startswith(self.then_noun, m.end("name") + 1)]

    def other_kind(self, name: str) -> bool:
        """“特别迁移计划”, 「生成式人工智能沙盒」: a programme, a law or a body by its last
        word, not a product."""
        suffix = self.words.suffix_of(name)
        return (suffix is not None and suffix[1] != "AIModel") or name.endswith(self.law_kinds + self.programme_heads)
