"""A newsletter's publisher, the item kg.segment makes of its cover line (临渊律师事务所 over
数据合规月报): an item holding one name ending as a publisher's does (data/lexicon/bylines.tsv
publisher_end) is that name, an Organization, though its own words are ordinary ones to
the tokenizer (启衡 a verb, 临渊 a place) that no suffix walk takes into a name."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, Words


@register
class Publishers(Family):
    def __init__(self, words: Words) -> None:
        # alone (the cover item), or first on the first line before its team (霁月律师事务所｜争议解决团队)
        self.publisher = re.compile(rf"\s*([{CJK}]{{2,20}}?(?:{alternatives(words.kb.bylines.get('publisher_end', ()))}))"
                                    r"(?:\s*|[｜|丨][^\n。，,]*(?:\n[\s\S]*)?)")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        match = self.publisher.fullmatch(text)
        if match is None:
            return []
        return [self.mention(match.group(1), "Organization", match.start(1), match.end(1), 0.9)]
