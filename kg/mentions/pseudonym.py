"""A plaintiff known only by initials: "K.R. v. Anthropic PBC", 案件二：T.W. 诉 Anthropic.
Courts let a party who sues over private harms file under initials; written as a side of a
caption (before v., vs. or 诉), dotted capitals of two to four letters are a Person.  Dotted
capitals the knowledge base knows (U.S. v. Google: a country) are left to its family."""
from __future__ import annotations

import re

from ..model import Mention
from .base import Family, Tokens, register
from .words import Words

INITIALS = r"[A-Z]\.(?:\s?[A-Z]\.){1,3}"  # K.R., A. B. C.: a side's dotted capitals
# the initials, then the caption's link: an anonymous side
_INITIALS_BEFORE_LINK = re.compile(rf"(?<![\w.])(?P<initials>{INITIALS})(?=\s*(?:v\.|vs\.?|V\.|诉|起诉))")


@register
class Pseudonyms(Family):
    def __init__(self, words: Words) -> None:
        self.kb = words.kb

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        return [self.mention(match.group("initials"), "Person", match.start(), match.end(), 0.7, "initials")
                for match in _INITIALS_BEFORE_LINK.finditer(text)
                if self.kb.lookup(match.group("initials")) is None]
