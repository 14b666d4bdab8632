"""Names a description introduces as names: 一家名为星瀚智能的初创公司, 一款名叫“灵犀”的
聊天机器人, 这家叫做Zorbi的公司.  After a naming verb (data/lexicon/context.tsv
naming_verb: 名为, 名叫, 叫做, 取名为), a name of two to twelve characters (in quotes or
not) and 的, then a kind of company (company_word: a Company) or of model or product
(model_word: an AIModel).  A name holding a function word, a mark or a number, or a
description itself (名为人工智能公司的企业), is none."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, FUNCTION_CHARS, Words


@register
class NamedByDescription(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        context = words.context
        self.company_words = frozenset(context["company_word"])
        self.named = re.compile(
            rf"(?:{alternatives(context['naming_verb'])})\s*[“\"「]?(?P<name>[{CJK}A-Za-z][{CJK}A-Za-z0-9 .&-]{{1,11}}?)[”\"」]?\s*的"
            rf"(?P<kind>{alternatives([*context['company_word'], *context['model_word']])})")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for match in self.named.finditer(text):
            name = match.group("name").strip()
            if set(name) & FUNCTION_CHARS or self.words.generic(name, "") or self.words.suffix_of(name) is not None \
                    and self.words.generic(name, self.words.suffix_of(name)[0]):
                continue
            type_ = "Company" if match.group("kind") in self.company_words else "AIModel"
            start = match.start("name") + match.group("name").index(name)
            found.append(self.mention(name, type_, start, start + len(name), 0.7))
        return found
