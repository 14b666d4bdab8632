"""Who signed an instrument, named as its signatories: 已有100多家企业签署《人工智能契约》。
签署方包括亚马逊、谷歌和微软 -> each issued the 《人工智能契约》 (SCHEMA: issued covers
signing).  The instrument is the one the sentence names, else the last one the item named
before it after a word of signing, else the last one.  Words from data/lexicon/context.tsv:
signatory_list (签署方包括, 签约方为…), signing (签署, 签订, 加入).
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact, Mention
from .base import AGENTS, Sentence, SentenceFamily, Shared, confidence


class Signatories(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.introductions = alternation(shared.words["signatory_list"])
        self.signing = re.compile(rf"(?:{alternation(shared.words['signing']).pattern})\S{{0,6}}《?$")
        self.grammar = shared.grammar

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        intro = self.introductions.search(text, sentence.start, sentence.end)
        if intro is None:
            return []
        law = self.instrument(sentence, intro.start())
        if law is None:
            return []
        after = [m for m in sentence.mentions if m.start >= intro.end()]
        signers = self.grammar.group(text, after, AGENTS, from_right=False,
                                     stop=self.grammar.clause_end(text, intro.end(), sentence.end))
        return [Fact(signer, "issued", law, sentence.evidence, confidence(signer, law, 0.7)) for signer in signers]

    def instrument(self, sentence: Sentence, position: int) -> Mention | None:
        """The law the sentence names before the list; else the one the item names after a
        word of signing (签署《人工智能契约》, not the 《人工智能法》 named after it), else
        the last the item named before."""
        before = [m for m in sentence.laws if m.end <= position and m.start >= sentence.start]
        if before:
            return max(before, key=lambda m: m.start)
        earlier = [m for m in sentence.laws if m.end <= sentence.start]
        signed = [m for m in earlier if self.signing.search(sentence.text, max(0, m.start - 10), m.start)]
        return max(signed or earlier, key=lambda m: m.start) if earlier else None
