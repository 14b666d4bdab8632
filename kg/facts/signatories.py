"""Who signed an instrument, named before the word of their role (SignatoryRoles: 美国、英国和欧盟均在
首批签署方之列 / The EU and the United Kingdom were among the first signatories of the convention)
-> each issued it (SCHEMA: issued covers signing).  The instrument is the one the sentence names after
the role, else the one it names before the signers, else the last one the item named before after a
word of signing, else the last one told of with a word of signing in its sentence (the first
signatories of the Convention), else the last one.  Words from data/lexicon/context.tsv: signing
(签署, 签订, 加入, signatories), signatory_role, signatory_copula.
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact, Mention
from ..punctuation import CLAUSE_BREAK
from .base import AGENTS, Sentence, SentenceFamily, Shared, confidence

SENTENCE_ENDS = ("。", ". ", "！", "？", "\n")
STATE_ARTICLE = re.compile(r",?\s*(?:and\s+)?the\s+")  # the article a state's name may take inside a list of states


class Signatories(SentenceFamily):
    """What the signatories' families share: the instrument a sentence's signers signed."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.signing = re.compile(rf"(?:{alternation(shared.words['signing']).pattern})\S{{0,6}}《?$")
        self.grammar = shared.grammar
        self.negation = tuple(shared.words["negation"])
        self.signing_words = re.compile(rf"(?:{alternation(shared.words['signing']).pattern})", re.IGNORECASE)

    def instrument(self, sentence: Sentence, position: int) -> Mention | None:
        """The law the sentence names before the list; else the one the item names after a
        word of signing (签署《人工智能契约》, not the 《人工智能法》 named after it), else
        the last the item named before."""
        before = [m for m in sentence.laws if m.end <= position and m.start >= sentence.start]
        if before:
            return max(before, key=lambda m: m.start)
        earlier = [m for m in sentence.laws if m.end <= sentence.start]
        signed = [m for m in earlier if self.signing.search(sentence.text, max(0, m.start - 10), m.start)]
        told = [m for m in earlier if self.told_signed(sentence.text, m)]
        return max(signed or told or earlier, key=lambda m: m.start) if earlier else None

    def with_states(self, text: str, before: list[Mention], signers: list[Mention]) -> list[Mention]:
        """The signers with the states listed before them across an article (Iceland, Norway, the
        Republic of Moldova and Israel; the EU, the United States and the United Kingdom): one list."""
        while signers and signers[0].type == "Jurisdiction":
            earlier = [m for m in before if m.end <= signers[0].start]
            if not earlier or earlier[-1].type != "Jurisdiction" \
                    or not STATE_ARTICLE.fullmatch(text, earlier[-1].end, signers[0].start):
                break
            signers = self.grammar.group(text, earlier, AGENTS, from_right=True) + signers
        return signers

    def told_signed(self, text: str, law: Mention) -> bool:
        """Whether the sentence naming the law speaks of signing it (the first signatories of the
        Convention, 开放签署), not only of its force (its own AI Act, which entered into force)."""
        opening = max(text.rfind(mark, 0, law.start) for mark in SENTENCE_ENDS) + 1
        closing = min((found for found in (text.find(mark, law.end) for mark in SENTENCE_ENDS) if found >= 0),
                      default=len(text))
        return self.signing_words.search(text, opening, closing) is not None


class SignatoryRoles(Signatories):
    """Signatories named before the word of their role: 美国、英国和欧盟均在首批签署方之列 / The EU, the
    United States and the United Kingdom were among the first signatories of the convention -> each
    issued it.  A copula or 'among' (context.tsv signatory_copula) must join the list to the role
    word (signatory_role), no name and no clause break between them (OpenAI urged signatories: none)."""
    detail = "role"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.roles = alternation(shared.words["signatory_role"])
        self.copula = re.compile(rf"\s*(?:{alternation(shared.words['signatory_copula']).pattern})\b", re.IGNORECASE)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        for role in self.roles.finditer(text, sentence.start, sentence.end):
            before = [m for m in sentence.mentions if m.end <= role.start()]
            laws_before = [m.end for m in before if m.type == "Law"]
            candidates = [m for m in before if m.start >= max(laws_before, default=sentence.start)]
            signers = self.with_states(text, candidates, self.grammar.group(text, candidates, AGENTS, from_right=True))
            if not signers or not self.joined(text, signers[-1].end, role.start()):
                continue
            after = [m for m in sentence.mentions if m.type == "Law" and m.start >= role.end()
                     and not CLAUSE_BREAK.search(text, role.end(), m.start)]
            law = after[0] if after else self.instrument(sentence, signers[0].start)
            if law is not None:
                return [Fact(signer, "issued", law, sentence.evidence, confidence(signer, law, 0.7))
                        for signer in signers]
        return []

    def joined(self, text: str, start: int, end: int) -> bool:
        """Whether only a copula and a few words of rank (the first ten) join the list to its role word."""
        gap = text[start:end]
        copula = self.copula.match(gap)
        return (copula is not None and len(gap) <= 40 and not CLAUSE_BREAK.search(gap)
                and not any(word in gap.lower() for word in self.negation))
