"""The outlets a credit or footer line names without a copyright mark (SoCal 9 News, a Harbor
Crest Broadcasting station; The Brief Hour is a Quill Row Audio podcast; A Quill Row Audio
production; Produced by Quill Row Audio; Syndicated to titles of the Coastal Regional Network;
Distributed through the Lakes News Exchange): the name before the unit's kind word is the
parent, a Company, and the unit told before it (the station, the podcast) a Company too;
after a producing or distributing verb, a name ending as an outlet's does (bylines.tsv
outlet_word: Audio, Network, Exchange) is one (Produced by Jane Roe is a person: no outlet word)."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import Words

# a word of an outlet's name: Crest, Star-Courier, 11, &
_WORD = r"(?:[A-Z][A-Za-z'’&-]*|\d{1,3}(?!\d)|&)"
_NAME = rf"[A-Z][A-Za-z'’&-]*(?: {_WORD}){{0,5}}"
# the kinds of unit an outlet's footer calls itself
_UNIT = r"(?:station|podcast|production|newsletter|publication|channel|network|show|programme|program)"
# the unit before ", a X station" / " is a X podcast": at a line's or sentence's start, or after a notice's year
_UNIT_FORM = re.compile(rf"(?:(?<=^)|(?<=\n)|(?<=\. )|(?:©|\bCopyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s+)?)"
                        rf"(?P<unit>(?:The )?{_NAME})?(?:,| (?:is|was)) (?:a|an) (?P<parent>{_NAME}) {_UNIT}\b"
                        rf"|(?:^|(?<=\n)|(?<=\. ))An? (?P<maker>{_NAME}) {_UNIT}\b")


@register
class FooterOutlets(Family):
    def __init__(self, words: Words) -> None:
        outlet = alternatives(words.kb.bylines.get("outlet_word", ()) + words.kb.bylines.get("carrier_word", ()))
        # Produced by X Audio; Syndicated to regional titles of the X Network; Distributed … through the X Exchange
        self.carried = re.compile(rf"\b(?:Produced|Syndicated|Distributed|Republished|Published)\b[^.\n]{{0,60}}?"
                                  rf"\b(?:by|to|through|via|of) (?:the )?(?P<name>(?:{_NAME} )?(?:{outlet}))\b")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for match in _UNIT_FORM.finditer(text):
            for group in ("unit", "parent", "maker"):
                if match.group(group):
                    found.append(self.mention(match.group(group), "Company", match.start(group), match.end(group), 0.8))
        for match in self.carried.finditer(text):
            found.append(self.mention(match.group("name"), "Company", match.start("name"), match.end("name"), 0.8))
        return found
