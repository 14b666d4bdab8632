"""Who sued whom, read from a case named after its parties: 纽约时报诉微软和OpenAI案,
Getty Images v. Stability AI (known names only).
"""
from __future__ import annotations

from ..cases import case_sides
from ..model import Fact, Mention
from .base import SIGNATURES, Sentence, SentenceFamily


class CaseParties(SentenceFamily):
    def facts(self, sentence: Sentence) -> list[Fact]:
        return [fact for mention in sentence.mentions if mention.type == "Case"
                for fact in self.parties(mention, sentence)]

    def parties(self, case: Mention, sentence: Sentence) -> list[Fact]:
        named = case_sides(case.text)
        if named is None:
            return []
        sides = []
        for side in named:
            names = []
            for name in side:
                entry = self.kb.lookup(name)
                if entry is not None and entry.type in SIGNATURES["sued"][0]:
                    offset = case.start + case.text.find(name)
                    names.append(Mention(name, entry.type, offset, offset + len(name), kb_id=entry.id,
                                         mechanism="kb", confidence=0.9))
            sides.append(names)
        return [Fact(plaintiff, "sued", defendant, sentence.evidence, 0.8)
                for plaintiff in sides[0] for defendant in sides[1]]
