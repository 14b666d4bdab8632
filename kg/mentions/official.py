"""Officials acting in office named by their role (SCHEMA.md: an official in office is a
Regulator; the person, when named, is a separate Person): the head of a place's government
named by a place another family found and the office right after it (哈萨克斯坦总统, 台北市長,
印度总理, 英国国王: context.tsv place_office), unless an election, a seat or a college follows
(总统大选, 国王学院: place_office_not); its jurisdiction is the place its name begins with
(kg.facts.place)."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, Words

CJK_CHARACTER = re.compile(f"[{CJK}]")


@register
class Officials(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        context = words.context
        self.place_office = re.compile(rf"(?:{alternatives(context['place_office'])})"
                                       rf"(?!{alternatives(context['place_office_not'])})")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        places = [m for m in candidates if m.type == "Jurisdiction" and CJK_CHARACTER.match(m.text[-1:] or "a")]
        return self.heads_of_places(text, places)

    def heads_of_places(self, text: str, places: list[Mention]) -> list[Mention]:
        """哈萨克斯坦总统托卡耶夫, 台北市長: a place (a Jurisdiction of the knowledge base or another
        family, ending in a Chinese character) and an office right after it; the holder's name
        stays a Person of its own."""
        found = []
        for place in places:
            # 台北市長: the place's last character (市, 州, 省) begins the office
            match = self.place_office.match(text, place.end) or self.place_office.match(text, place.end - 1)
            if match and match.end() > place.end:
                found.append(self.mention(text[place.start:match.end()], "Regulator", place.start, match.end(),
                                          0.7, "place"))
        return found
