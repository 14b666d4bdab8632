"""A company's short form, as judgments and the legal press call the parties after their
registered names (魔珐公司诉称…, 政采公司上诉…): two or three characters no dictionary of
jieba's holds as a word (魔珐, 政采, 七法; not 寿险, 外包, 电商: descriptions) nor generic.txt
(网约车) right before 公司 (context.tsv short_company_suffix), written at least twice in the item, with
a mark, a clause's start or a boundary word before it.  A count, a pronoun or an anonymised
party (两家公司, 该公司, 某公司) is none; a longer name the suffix family reads is chosen over it."""
from __future__ import annotations

import re

from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, FUNCTION_CHARS, Words, plain_frequency

SHORT_REPEATS = 2  # how often the item writes the short form at least
_NO_BRAND_TAGS = frozenset("mrqpcudft")  # a numeral, a pronoun, a measure word, a preposition…: no brand's word


@register
class ShortCompanies(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        self.suffixes = frozenset(words.context["short_company_suffix"])

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        words, offsets, kinds = tokens.words, tokens.offsets, tokens.kinds
        found = []
        for index in [i for i, word in enumerate(words) if word in self.suffixes and i]:
            start = self.brand_start(words, kinds, index)
            if start is None:
                continue
            begin, end = offsets[start], offsets[index] + len(words[index])
            name = text[begin:end]
            if text.count(name) >= SHORT_REPEATS and self.opened(words, start):
                found.append(self.mention(name, "Company", begin, end, 0.6))
        return found

    def brand_start(self, words: list[str], kinds: list[str], index: int) -> int | None:
        """The first token of the brand before the suffix at ``index``: single characters or
        words jieba's own dictionary lacks, two or three characters in all, no word of the
        dictionary together."""
        start, length = index, 0
        while start and length < 3 and self.brand_word(words[start - 1], kinds[start - 1]):
            start -= 1
            length += len(words[start])
        brand = "".join(words[start:index])
        if not 2 <= len(brand) <= 3 or plain_frequency(brand) or brand in self.words.kb.generic_words:
            return None
        return start

    def brand_word(self, word: str, kind: str) -> bool:
        return not kind and re.fullmatch(f"[{CJK}]{{1,3}}", word) is not None \
            and (len(word) == 1 or not plain_frequency(word)) and not set(word) & FUNCTION_CHARS \
            and (self.words.tags.get(word) or "n")[0] not in _NO_BRAND_TAGS and "某" not in word

    def opened(self, words: list[str], start: int) -> bool:
        """A mark, a line's start or a boundary word (与, 诉, 赔偿) before the brand."""
        before = words[start - 1] if start else ""
        return not re.search(f"[{CJK}A-Za-z0-9]", before) or before in self.words.boundaries \
            or (self.words.tags.get(before) or "n")[0] in "vpc"
