"""A US federal district court named by its district alone, as the Chinese press and
pleadings name it (在纽约南区起诉, 向加州北区提起诉讼, 此案由德州西区审理): the district of a
known court's Chinese name (加州北区 of 加州北区联邦地区法院: context.tsv
district_court_form), written as a word of its own.  Not where what follows makes it another
body's (纽约南区联邦检察官: the prosecutors', context.tsv district_not_court); a longer name
running on from it (纽约南区联邦检察官办公室, 纽约南区法院) is chosen over it.  Kept out of the
knowledge base's names, so that no body whose name opens with a district is read as a unit
of the court."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import Words


@register
class DistrictCourts(Family):
    def __init__(self, words: Words) -> None:
        context = words.context
        self.courts: dict[str, str] = {}  # 加州北区 -> us-ndcal
        forms = tuple(context["district_court_form"])
        for entry in words.kb.entries.values():
            if entry.type != "Court":
                continue
            for name in entry.names:
                form = next((f for f in forms if name.endswith(f)), None)
                bare = name[:-len(form)] if form else ""
                if bare.endswith("区") and len(bare) > 2 and not bare.startswith("美国"):
                    self.courts.setdefault(bare, entry.id)
        self.district = re.compile(f"(?:{alternatives(self.courts)})(?!{alternatives(context['district_not_court'])})") \
            if self.courts else None

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        if self.district is None:
            return []
        return [self.mention(match.group(), "Court", match.start(), match.end(), 0.8,
                             kb_id=self.courts[match.group()]) for match in self.district.finditer(text)]
