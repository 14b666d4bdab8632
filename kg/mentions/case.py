"""Cases the text names as such: a case number (（2024）京 73 行初 6353 号, 3:23-cv-03223)
or a caption ending in 案 (Getty Images 诉 Stability AI 案, 奥特曼 V. 触手 AI 案); an English
caption before 一案 is named without it (在Kohls v. Ellison一案中: Kohls v. Ellison)."""
from __future__ import annotations

import re

from ..cases import LATIN_CASE_LINK
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, Words

_CASE_NUMBER = re.compile(rf"[（(]\s*\d{{4}}\s*[）)]\s*[{CJK}]{{1,3}}\s*\d{{0,4}}\s*[{CJK}]{{1,5}}\s*\d{{1,6}}\s*号"
                          r"|\b\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}(?:-[A-Z]{2,4})?\b")
# A 诉 B 案, Getty Images 诉 Stability AI 案, A v. B: names of characters that no verb or
# preposition interrupts (Latin words may be separated by single spaces)
_CASE_PART = r"(?:[^\s，。、；;：:（）()“”的在于对向被将为是如就由据]|(?<=[A-Za-z.]) (?=[A-Za-z]))"
_CASE_LINK = rf"(?:(?<![起上投申胜败控告])诉(?![讼求状称])|{LATIN_CASE_LINK})"
_CASE_NAME = re.compile(rf"(?P<case>(?![和与及]){_CASE_PART}{_CASE_PART}{{1,25}}?\s*{_CASE_LINK}\s*{_CASE_PART}{{1,25}}?\s*案)")
# Kohls v. Ellison一案: a caption in Latin letters linked by v./vs., before 案
_LATIN_CAPTION = re.compile(rf"(?P<caption>[A-Za-z][A-Za-z0-9.,&'’ -]*?\s{LATIN_CASE_LINK}\s+[A-Za-z][A-Za-z0-9.,&'’ -]*?)\s*一?案$")
_HAS_CASE_LINK = re.compile(_CASE_LINK)  # a cheap test first: most texts have no case name


@register
class Cases(Family):
    def __init__(self, words: Words) -> None:
        pass

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = [self.mention(m.group(0), "Case", m.start(), m.end(), 0.85) for m in _CASE_NUMBER.finditer(text)]
        if "案" in text and _HAS_CASE_LINK.search(text):
            for match in _CASE_NAME.finditer(text):
                start, end = match.span("case")
                latin = _LATIN_CAPTION.match(match.group("case"))
                if latin:  # 在Kohls v. Ellison一案中: an English caption is named without 案 (its alias)
                    found.append(self.mention(latin.group("caption"), "Case", start, start + latin.end("caption"), 0.7,
                                              aliases=(match.group("case"),)))
                else:
                    found.append(self.mention(match.group("case"), "Case", start, end, 0.7))
        return found
