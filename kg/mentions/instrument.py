"""Instruments named without 《》 by their number: a bill's abbreviation and number (SB
1047, AB 2013, H.R. 5586, S. 1234) and 第 N 号 with a kind of instrument (第 2338 号参议院
法案, 第 21 号法令) and a memorandum's letters, year and number (M-24-10) are Laws.  Lexicon: data/lexicon/instruments.tsv."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import Words


@register
class NumberedInstruments(Family):
    def __init__(self, words: Words) -> None:
        lexicon = words.kb.instruments
        prefixes = "(?:" + alternatives(lexicon["bill_prefix"]) + ")"
        # SB 1047, H.R. 5586: an abbreviation that no letter precedes, a number no digit follows
        self.bill = re.compile(rf"(?<![A-Za-z.]){prefixes}\s?\d{{1,5}}(?![\d.]\d)(?!\d)")
        # M-24-10: a memorandum's letters, year and number
        self.memo = re.compile(rf"(?<![A-Za-z0-9.-])(?:{alternatives(lexicon['memo_prefix'])})-\d{{2}}-\d{{2,3}}(?![A-Za-z0-9-])")
        self.numbered = re.compile(rf"第\s*\d{{1,6}}(?:/\d{{1,6}})?\s*号\s*(?:{alternatives(lexicon['chamber'])})?"
                                   rf"(?:{alternatives(lexicon['number_kind'])})")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        if re.search(r"\d", text):
            found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.8, "bill") for m in self.bill.finditer(text)]
            found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.8) for m in self.numbered.finditer(text)]
            found += [self.mention(m.group(), "Law", m.start(), m.end(), 0.8, "memo") for m in self.memo.finditer(text)]
        return found
