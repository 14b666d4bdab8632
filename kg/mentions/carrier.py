"""An airline named by its country or city (埃及航空, 哥伦比亚航空公司, 中国南方航空, 荷兰皇家航空,
厦门航空): a place the knowledge base knows, at most one word of a carrier's own name between
(context.tsv carrier_word: 国际, 皇家, 南方…), and 航空 or 航空公司 (carrier_kind) is one
Company, not the place and a description; unless a field of aviation runs on after it (美国航空
安全, 中国民用航空: carrier_not, or no carrier word).  The knowledge base's airlines (达美航空)
are its own."""
from __future__ import annotations

import re
from functools import cached_property

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import Words


@register
class Carriers(Family):
    def __init__(self, words: Words) -> None:
        self.words, self.kb = words, words.kb

    @cached_property
    def carrier(self) -> re.Pattern | None:
        """The airline pattern, compiled at the first text naming 航空 (an alternation of the
        knowledge base's ~4,800 Chinese place names: 0.17 CPU s that most builds never need)."""
        context = self.words.context
        places = sorted({name for name, _ in self.kb.jurisdiction_names if not name.isascii() and len(name) >= 2},
                        key=len, reverse=True)
        return re.compile(
            rf"(?P<place>{alternatives(places)})(?:{alternatives(context['carrier_word'])})?"
            rf"(?:{alternatives(context['carrier_kind'])})(?!{alternatives(context['carrier_not'])})") if places else None

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        if "航空" not in text or self.carrier is None:
            return []
        starts = set(tokens.offsets)
        found = []
        for match in self.carrier.finditer(text):
            if match.start() not in starts or self.kb.lookup(match.group()) is not None:
                continue  # 南非洲航空: the place starts inside a word; a known airline is the knowledge base's
            found.append(self.mention(match.group(), "Company", match.start(), match.end(), 0.75))
        return found


def carrier_name(name: str, words: Words) -> bool:
    """Whether a whole name is an airline's its place names (埃及航空, 中国南方航空): a side of a
    case name (瓦吉斯诉埃及航空案, kg.mentions.case) typed as the family types it in running text."""
    context = words.context
    kind = next((kind for kind in sorted(context["carrier_kind"], key=len, reverse=True) if name.endswith(kind)), None)
    if kind is None:
        return False
    place = name[:-len(kind)]
    own = next((word for word in context["carrier_word"] if place.endswith(word) and len(place) > len(word)), "")
    entry = words.kb.lookup(place[:len(place) - len(own)])
    return entry is not None and entry.type == "Jurisdiction"
