"""A newsletter's publisher, the item kg.segment makes of its cover line (临渊律师事务所 over
数据合规月报): an item holding one name ending as a publisher's does (data/lexicon/bylines.tsv
publisher_end) is that name, an Organization (a Company where it ends as a company's does: publisher_company,
江岸数据交易所), though its own words are ordinary ones to
the tokenizer (启衡 a verb, 临渊 a place) that no suffix walk takes into a name.

A unit after the publisher on its cover line, a space between them (瀚川保险股份有限公司　责任险事业部;
bylines.tsv publisher_unit_end) is a unit of the publisher, of its type, its parent the publisher."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, Words


@register
class Publishers(Family):
    def __init__(self, words: Words) -> None:
        # alone (the cover item, its credit lines under it), or first on the first line before its team
        # (霁月律师事务所｜争议解决团队)
        bodies, companies = words.kb.bylines.get('publisher_end', ()), words.kb.bylines.get('publisher_company', ())
        self.bodies, self.companies = tuple(bodies), tuple(companies)
        units = alternatives(words.kb.bylines.get('publisher_unit_end', ()))
        self.publisher = re.compile(rf"\s*([{CJK}]{{2,20}}?(?:{alternatives((*bodies, *companies))}))"
                                    rf"(?:[ \t\u3000]+(?P<unit>[{CJK}]{{2,12}}?(?:{units})))?"
                                    r"(?:\s*|(?:\n[^\n:：]{1,8}[:：][^\n]*)+|[｜|丨][^\n。，,]*(?:\n[\s\S]*)?)")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        match = self.publisher.fullmatch(text)
        if match is None:
            return []
        name = match.group(1)
        # 江岸数据交易所, 泓理知识产权代理有限公司: a company; 江岸电商协会, 明川咨询有限公司 (a firm's end first): a body
        type_ = "Company" if name.endswith(self.companies) and not name.endswith(self.bodies) else "Organization"
        publisher = self.mention(name, type_, match.start(1), match.end(1), 0.9)
        if not match.group("unit"):
            return [publisher]
        unit = self.mention(match.group("unit"), type_, match.start("unit"), match.end("unit"), 0.9, "unit", parent=publisher)
        return [publisher, unit]
