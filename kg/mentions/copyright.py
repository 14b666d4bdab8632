"""The holder a copyright notice names (© 2025 Diablo Valley News Group. All rights
reserved.; Copyright © 2025 Merlion Press Holdings.; © Wessex Coast Newspapers Ltd 2023.):
the run of capitalised words after the mark and its year (after (c) only with a year: (c) Generative
AI tools may not… is a list's third entry), with its legal form and
without a year after it, is a Company (the publisher or the outlet itself; every such
holder of the development sets' English notices is one in their annotations).  kg.segment
keeps a notice's first sentence (Boilerplate.without_boilerplate) for this family."""
from __future__ import annotations

import re

from ..model import Mention
from .base import Family, Tokens, register
from .words import LATIN_LETTERS, LATIN_UPPER

# a word of the holder's name: Valley, Star-Courier, 11, S.L., &
_WORD = rf"(?:[A-Z](?:\.[A-Z])+\.|[{LATIN_UPPER}][{LATIN_LETTERS}'’&-]*|\d{{1,3}}(?!\d)|&)"
_NOTICE = re.compile(rf"(?:©|\([cC]\)(?=\s*(?:19|20)\d\d)|\bCopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s+)?"
                     rf"(?P<name>(?:The |the )?[{LATIN_UPPER}][{LATIN_LETTERS}'’&-]*(?: {_WORD}){{0,6}})")
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d$")
_NO_HOLDER = frozenset({"All", "Act", "Office", "Law", "Notice"})  # Copyright Act, Copyright Office: no notice


@register
class CopyrightHolders(Family):
    def __init__(self, words) -> None:
        self.words = words

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for match in _NOTICE.finditer(text):
            name = re.sub(r"(?<=\.) .*", "", match.group("name"))  # The Iberia Post S.L. Our stories: the form ends it
            name = _YEAR_AFTER.sub("", name).rstrip(" &")
            if not name or name.split()[0] in _NO_HOLDER or name.split()[-1] in _NO_HOLDER and len(name.split()) == 1:
                continue
            if match.group(0).startswith("Copyright") and not re.match(r"Copyright\s*(?:©\s*)?(?:19|20)\d\d", match.group(0)):
                continue  # Copyright Office, copyright law: the word, no notice (a notice gives its year)
            start = match.start("name")
            found.append(self.mention(name, "Company", start, start + len(name), 0.8))
        return found
