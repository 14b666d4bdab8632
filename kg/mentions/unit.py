"""A unit's name right after its parent and a unit word (data/lexicon/context.tsv
unit_name_word: 旗下, 下属, 设立的), a description of its kind between them allowed
(大众汽车集团旗下软件公司CARIAD, 西门子旗下的西门子EDA, 某集团旗下的星河先导基金, 秘书长设立的
人工智能高级别咨询机构).  The name is a Latin token run (the parent's own name may open it),
or a Chinese run ending in a body's kind word (unit_name_kind: 基金, 机构, 研究院…) and
bounded by a mark or a verb; its type is the parent's (Latin) or the kind word's.  A
description (旗下的一家公司, 旗下多个品牌: a quantity or a determiner opens it) is no name.
kg.facts.ownership then makes it a unit of the parent."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, COMMON_LATIN, Words

_PARENT_TYPES = ("Company", "Organization", "Regulator", "Legislature", "Court")
_LATIN = r"[A-Z][A-Za-z0-9.&+-]*(?: [A-Z][A-Za-z0-9.&+-]*){0,3}"


@register
class UnitNames(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        context = words.context
        unit_words = alternatives(context["unit_name_word"])
        described = alternatives(context["company_word"] + context["model_word"])
        kinds = alternatives(context["unit_name_kind"])
        self.latin = re.compile(rf"^(?:{unit_words})(?:[{CJK}]{{0,4}}?(?:{described}))?\s?(?P<name>(?P<head>[{CJK}]{{0,4}})(?P<latin>{_LATIN}))(?![A-Za-z0-9])")
        self.chinese = re.compile(rf"^(?:{unit_words})(?P<name>[{CJK}A-Za-z]{{2,14}}?(?P<kind>{kinds}))"
                                  rf"(?=[，,。；;、：:（(“”\s]|$|{alternatives(context['unit_name_bound'])})")
        self.openers = tuple(context["unit_name_opener"])
        self.kind_types = dict(row.split("=") for row in context["unit_name_kind_type"])
        # 華碩旗下的台智雲（Taiwan AI Cloud）: a short name, no kind word, bounded by a gloss or a verb
        self.short = re.compile(rf"^(?:{alternatives(context['unit_name_short_word'])})(?P<name>[{CJK}]{{2,4}}?)"
                                rf"(?={alternatives(context['unit_name_short_bound'])})")
        # 旗下的实验室发布…: a kind word alone is a description, not a short name
        self.generic = tuple(context["unit_name_generic"] + context["unit_name_kind"] + context["unit_name_end"])

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for parent in candidates:
            if parent.type not in _PARENT_TYPES:
                continue
            after = text[parent.end:parent.end + 40]
            match = self.latin.match(after)
            if match:
                name, head, latin = match.group("name", "head", "latin")
                if (head and head != parent.text) or all(word.lower() in COMMON_LATIN for word in latin.split()):
                    continue  # 旗下的AI工具, 旗下品牌X: no name, or a description glued before it
                start = parent.end + match.start("name")
                found.append(self.mention(name, parent.type, start, start + len(name), 0.6, "latin"))
                continue
            match = self.chinese.match(after)
            if match:
                name = match.group("name")
                if name.startswith(self.openers) or name == match.group("kind"):
                    continue  # 旗下的一家公司, 旗下多个基金: a description
                start = parent.end + match.start("name")
                type_ = self.kind_types.get(match.group("kind"), "Organization")
                found.append(self.mention(name, type_, start, start + len(name), 0.55, "kind"))
                continue
            match = self.short.match(after)
            if match and not match.group("name").startswith(self.openers) and not match.group("name").endswith(self.generic):
                name = match.group("name")
                start = parent.end + match.start("name")
                found.append(self.mention(name, parent.type, start, start + len(name), 0.5, "short"))
        return found
