"""A model or product named in quotes after a model word or a release cue: 大模型“星河”,
应用——“星语”, 上线了“星语听写” (data/lexicon/context.tsv model_word, triggers.tsv
released).  A description in quotes is none: a phrase holding 的 (“可信的AI系统”) or opening
with a word that describes a model (“下一代音乐创作工具”: context.tsv model_code_description),
and a concept: a phrase ending in a concept's last character (AI模型“训练端”) or followed by a
word for a feature or a field (模型“黑箱”特性, 上线“文生图”功能: data/lexicon/name_edges.tsv
concept_end, concept_after).  Nor is an indefinite description (开发“某种竞争性产品”: model_code_description),
a website's name (推出「網詐通報查詢網」APP: context.tsv quoted_site_end), or, after a release cue,
quoted words followed by 的 (打造“造福人类”的AGI: they describe the noun released)."""
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
        model_words = alternatives(words.context["model_word"]) + "|(?P<cue>" + \
            alternatives(cues, literal=lambda cue: rf"{re.escape(cue)}了?") + ")"
        # 模型“幻觉”内容, 推出“X”执法行动: a noun after the quote says what the quoted words name (context.tsv
        # quoted_then_noun), a kind of thing no product is
        self.then_noun = tuple(words.context["quoted_then_noun"])
        edges = words.kb.name_edges
        self.then_noun += tuple(w for edge, _, row in edges if edge == "concept_after" for w in row)
        self.concept_end = tuple(w for edge, _, row in edges if edge == "concept_end" for w in row)
        self.described = tuple(words.context["model_code_description"])  # “下一代…工具”, “某种…产品”: a description
        self.site_end = tuple(words.context["quoted_site_end"])  # 「網詐通報查詢網」: a website, no model
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
                and not self.other_kind(m.group("name")) and not text.startswith(self.then_noun, m.end("name") + 1)
                and not self.modifies(text, m)]

    @staticmethod
    def modifies(text: str, match: re.Match) -> bool:
        """打造“造福人类”的AGI: after a release cue, quoted words followed by 的 describe the thing
        released (the noun after 的), they name nothing; 平台「雅虎新聞」的報導 (a model word before
        the quote) keeps its name."""
        return bool(match.groupdict().get("cue")) and text.startswith("的", match.end("name") + 1)

    def other_kind(self, name: str) -> bool:
        """“特别迁移计划”, 「生成式人工智能沙盒」: a programme, a law or a body by its last
        word, not a product; nor a description or a concept (see the module's docstring)."""
        suffix = self.words.suffix_of(name)
        if "的" in name or name.startswith(self.described) or name.endswith(self.concept_end + self.site_end):
            return True  # “可信的AI系统”, “下一代创作工具”, “训练端”, “查询网”: a description, a concept or a website
        return (suffix is not None and suffix[1] != "AIModel") or name.endswith(self.law_kinds + self.programme_heads)
