"""Instruments named without 《》 by their number: a bill's abbreviation and number (SB
1047, AB 2013, H.R. 5586, S. 1234) and 第 N 号 with a kind of instrument (第 2338 号参议院
法案, 第 21 号法令, 第7号通函, an authority's opinion numbered 第24-A-05号意见, a court's 第23.732号决议) and a chapter lettered
after its number (第18C章, not after a title: ``instrument/chapter``; with the rulebook written right
before it, 上市规则第18C章) are Laws; so are a section of a code of regulations or of
statutes (45 C.F.R. § 92.210, and § 92.210 after it: ``instrument/citation``), a kind of
instrument and its number (Rule 11, Executive Order 14110, Opinion 11/2024) or letter (Regulation B) and an EU act by its number
(Regulation (EU) 2024/1689: ``instrument/numbered``); so is a standard by its series and number (ETSI TS
104 223, ISO/IEC 23053, GB/T 42755—2023: ``instrument/standard``); so is a rulemaking notice named by its kind where the item
glosses it with its acronym (拟议规则预先通知（ANPRM）: ``instrument/notice``).  Lexicon: data/lexicon/instruments.tsv."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention, inside_any
from .base import Family, Tokens, register
from .words import Words


@register
class NumberedInstruments(Family):
    def __init__(self, words: Words) -> None:
        lexicon = words.kb.instruments
        prefixes = "(?:" + alternatives(lexicon["bill_prefix"]) + ")"
        # SB 1047, H.R. 5586: an abbreviation that no letter precedes, a number no digit follows;
        # a session's two-digit year may stand before the number (Colorado's SB21-169, SB 24-205)
        self.bill = re.compile(rf"(?<![A-Za-z.]){prefixes}\s?(?:\d{{2}}-)?\d{{1,5}}(?![\d.]\d)(?!\d)")
        # 第 23.732 号决议: a court's resolutions are numbered with a point
        self.numbered = re.compile(rf"第\s*\d{{1,6}}(?:[/.]\d{{1,6}}|-[A-Z0-9]{{1,4}})*\s*号\s*(?:{alternatives(lexicon['chamber'])})?"
                                   rf"(?:{alternatives(lexicon['number_kind'])})")

        # 第18C章, 第8A章: a chapter lettered after its number is a rulebook's (a listing rule's), named
        # alone; after a title (《上市规则》第18C章) it is that law's part, not a law of its own
        self.lettered_chapter = re.compile(rf"(?<![》」』则則A-Za-z0-9])(?:{alternatives(lexicon['chapter_rulebook'])})?"
                                           rf"第\s*\d{{1,3}}[A-Z]\s*(?:{alternatives(lexicon['lettered_part'])})")
        # 《上市规则》第18C章…以及第18A章: a chapter listed after a title's chapter in its sentence is the title's too
        self.titled_chapter = re.compile(rf"[》」』]\s*第\s*\d{{1,3}}[A-Z]?\s*(?:{alternatives(lexicon['lettered_part'])})[^。；;！？\n]*$")
        section = r"(?:§§?|[Ss]ec(?:tion|\.)|[Pp]art)[ \t]*\d+(?:\.\d+)*(?:\([a-z0-9]+\))*"
        self.citation = re.compile(rf"(?<![\w.])\d{{1,3}}[ \t]+(?:{alternatives(lexicon['citation_code'])})[ \t]+{section}")
        self.bare_section = re.compile(r"(?<![\w.])§[ \t]*\d+(?:\.\d+)+(?:\([a-z0-9]+\))*")  # § 92.210, cited before in full
        self.numbered_title = re.compile(rf"(?<![\w.-])(?:{alternatives(lexicon['numbered_title'])})[ \t]+(?:No\.[ \t]*)?(?:[A-Z]-)?\d{{1,6}}(?:-\d{{1,4}})*"
                                         r"(?:/\d{2,4})?(?:\([a-z0-9]+\))*(?![\w.]\d|[\w/-])"
                                         # a series numbered by year: Circular No. 1 of 2024 (and No. 7 (2024): numbered_titles)
                                         r"(?:[ \t]+of[ \t]+(?:19|20)\d{2}(?!\d))?")
        # ETSI TS 104 223, ISO/IEC 42001:2023, GB/T 45654—2025, NIST SP 800-218A: a series, a space (none after GB/T),
        # then a number in groups of digits, four at least (a letter may close it), then perhaps its part and its year;
        # GB300 or 16 GB is a chip or a size
        self.standard = re.compile(rf"(?<![A-Za-z0-9/.-])(?:{alternatives(lexicon['standard_series'])})(?:[ \t]|(?<=/[TZ]))"
                                   r"(?=(?:\d[ \t.-]?){4})\d{1,6}(?:[ \t]\d{3})*"
                                   r"(?:[.-]\d{1,4})*[A-Z]?(?:[:—–-](?:19|20)\d{2})?(?![A-Za-z0-9/]|[.-][A-Za-z0-9])")
        self.year_after_number = re.compile(r"[ \t]+\((?:19|20)\d{2}\)")
        # Regulation B: a rule named by a capital letter or two, no word running on after it
        self.lettered_title = re.compile(rf"(?<![\w.-])(?!Regulation [AI] )(?:{alternatives(lexicon['lettered_title'])})[ \t]+[A-Z]{{1,2}}(?![\w'’&.-]|\.\w)")
        notice = alternatives(lexicon["glossed_notice"])
        self.notice_kinds = re.compile(notice)
        # a wrapped line may break the acronym (（ANP / RM）): its letters are read without the break
        self.glossed_notice = re.compile(rf"({notice})\s*[（(](?P<acronym>[A-Z\s]{{3,9}})[）)]")
        self.notice_acronyms = frozenset(lexicon["glossed_acronym"])
        self.union_act = re.compile(rf"(?<![\w.-])(?:{alternatives(lexicon['union_act'])})[ \t]+\((?:EU|EC|EEC|Euratom)\)"
                                    r"[ \t]+(?:No[ \t]+)?\d{2,4}/\d{1,4}(?![\w/])")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        if re.search(r"\d", text):
            found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.8, "bill") for m in self.bill.finditer(text)]
            found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.8) for m in self.numbered.finditer(text)]
            found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.75, "chapter") for m in self.lettered_chapter.finditer(text)
                      if not self.titled_chapter.search(text, 0, m.start())]
            found += self.citations(text)
            found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.8, "numbered") for m in self.union_act.finditer(text)]
            found += self.numbered_titles(text)
            found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.8, "standard") for m in self.standard.finditer(text)]
        found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.75, "numbered") for m in self.lettered_title.finditer(text)]
        return found + self.notices(text)

    def numbered_titles(self, text: str) -> list[Mention]:
        """Rule 11, Executive Order 14110, Registrar's Circular No. 1 of 2024; a number told
        with No. may carry its year in brackets (Circular Letter No. 7 (2024)), the year of the
        series it is numbered in, where a bare number's bracket is a date told aside."""
        found = []
        for match in self.numbered_title.finditer(text):
            end = match.end()
            year = self.year_after_number.match(text, end)
            if year and "No." in match.group():
                end = year.end()
            found.append(self.mention(text[match.start():end], "Law", match.start(), end, 0.8, "numbered"))
        return found

    def notices(self, text: str) -> list[Mention]:
        """美国司法部发布拟议规则预先通知（ANPRM）: the notice its acronym glosses, and the same
        words wherever else the item writes them (its headline)."""
        glossed = {match.group(1) for match in self.glossed_notice.finditer(text)
                   if re.sub(r"\s", "", match.group("acronym")) in self.notice_acronyms}
        return [self.mention(m.group(), "Law", m.start(), m.end(), 0.7, "notice")
                for m in self.notice_kinds.finditer(text) if m.group() in glossed]

    def citations(self, text: str) -> list[Mention]:
        """45 C.F.R. § 92.210, 17 U.S.C. § 107: a section of a code; § 92.210 alone after the
        full citation is the same section."""
        found = [self.mention(m.group(), "Law", m.start(), m.end(), 0.8, "citation") for m in self.citation.finditer(text)]
        full = {re.sub(r"\s+", "", m.text.split(None, 2)[-1]): m.text for m in found}  # §92.210 -> 45 C.F.R. § 92.210
        for match in self.bare_section.finditer(text):
            cited = full.get(re.sub(r"\s+", "", match.group()))
            if cited and not inside_any(match.start(), found):
                found.append(self.mention(match.group(), "Law", match.start(), match.end(), 0.75, "citation", canonical=cited))
        return found
