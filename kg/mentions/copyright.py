"""The holder a copyright notice names (© 2025 Diablo Valley News Group. All rights
reserved.; Copyright © 2025 Merlion Press Holdings.; © Wessex Coast Newspapers Ltd 2023.):
the run of capitalised words after the mark and its year (after (c) only with a year: (c) Generative
AI tools may not… is a list's third entry), with its legal form and
without a year after it, is a Company (the publisher or the outlet itself; every such
holder of the development sets' English notices is one in their annotations).  kg.segment
keeps a notice's first sentence (Boilerplate.without_boilerplate) for this family.

A Chinese notice names its holder between its words (data/lexicon/bylines.tsv rights_before,
rights_after): 本版内容版权归江城晚报有限公司所有 -> 江城晚报有限公司; and a programme's closing
credits its producer (rights_producer): 编导：X　｜　青禾视频出品 -> 青禾视频, a paper's foot its publisher
(鹭城日报社出版), a page the outlet its story is original to (本文由江湾融媒体中心原创), a mark a Chinese
holder (© 法衡资讯股份有限公司), and the words opening a line before 版权所有 where they end as a company's or an
organisation's name does (岛屿传媒股份有限公司　版权所有; 本报版权所有 is none).  All are Companies;
版权归原作者所有 names no one (no_name).

A publication's line naming its publisher (《鹭江商讯》由鹭江传媒有限公司出版; bylines.tsv rights_publication):
the publication in 《》 is the publisher's outlet, a Company (no instrument), its parent the publisher."""
from __future__ import annotations

import re

from ..model import Mention
from ..segment import publication_line, rights_notice
from .base import Family, Tokens, register
from .words import FUNCTION_CHARS, LATIN_LETTERS, LATIN_UPPER

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
        self.chinese_notice = rights_notice(words.kb.bylines)
        self.no_names = frozenset(words.kb.bylines.get("no_name", ()))
        self.published_by = publication_line(words.kb.bylines)

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = self.chinese(text) + self.published(text)
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

    def published(self, text: str) -> list[Mention]:
        """The outlet and its publisher a publication's line names: 《鹭江商讯》由鹭江传媒有限公司出版."""
        found = []
        for match in self.published_by.finditer(text):
            if match.group("plain") and (match.group("plain") in self.no_names or match.group("plain")[0] in FUNCTION_CHARS):
                continue  # 本报由X主办, 该平台由X运营: the paper's own word, a reference, names no outlet
            suffix = self.words.suffix_of(match.group("publisher"))
            publisher = self.mention(match.group("publisher"), suffix[1] if suffix else "Company",
                                     match.start("publisher"), match.end("publisher"), 0.8, "publisher")
            outlet = "outlet" if match.group("outlet") else "plain"  # 《鹭江商讯》, or 湄南日报 at a line's start
            found += [publisher, self.mention(match.group(outlet), "Company", match.start(outlet), match.end(outlet),
                                              0.95, "publication", parent=publisher)]  # over the 《》's instrument
        return found

    def chinese(self, text: str) -> list[Mention]:
        """The holders and producers Chinese notices name (this module's docstring)."""
        found = []
        for match in self.chinese_notice.finditer(text):
            group = next(group for group in ("name", "origin", "marked", "producer", "held") if match.group(group))
            name = match.group(group)
            # 岛屿传媒股份有限公司　版权所有: a line's opening words hold the rights where they end as a body's name does
            held = self.words.suffix_of(name) if group == "held" else None
            if group == "held" and (held is None or held[1] not in ("Company", "Organization") or len(name) <= len(held[0])):
                continue
            if name not in self.no_names:
                # 本文由江湾区融媒体中心原创: a body's suffix types the outlet its story is original to (a centre, an Organization)
                suffix = self.words.suffix_of(name) if group in ("origin", "held") else None
                found.append(self.mention(name, suffix[1] if suffix else "Company", match.start(group), match.end(group), 0.8))
        return found
