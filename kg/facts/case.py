"""Who sued whom, read from a case named after its parties: 纽约时报诉微软和OpenAI案,
Getty Images v. Stability AI (known names only).
"""
from __future__ import annotations

import re

from ..model import Fact, Mention
from .base import SIGNATURES, Sentence, SentenceFamily

CASE_PARTIES = re.compile(r"^(?P<plaintiffs>.+?)\s*(?:诉|v\.|V\.|vs\.?|VS\.?)\s*(?P<defendants>.+?)\s*案?$")
PARTY_BREAK = re.compile(r"、|和|与|及|以及|,|&| and ")


class CaseParties(SentenceFamily):
    def facts(self, sentence: Sentence) -> list[Fact]:
        return [fact for mention in sentence.mentions if mention.type == "Case"
                for fact in self.parties(mention, sentence)]

    def parties(self, case: Mention, sentence: Sentence) -> list[Fact]:
        match = CASE_PARTIES.match(case.text)
        if match is None:
            return []
        sides = []
        for group in ("plaintiffs", "defendants"):
            names = []
            for part in PARTY_BREAK.split(match.group(group)):
                name = part.strip().removesuffix("等公司").removesuffix("等").strip()
                entry = self.kb.lookup(name)
                if entry is not None and entry.type in SIGNATURES["sued"][0]:
                    offset = case.start + case.text.find(name)
                    names.append(Mention(name, entry.type, offset, offset + len(name), kb_id=entry.id,
                                         mechanism="kb", confidence=0.9))
            sides.append(names)
        return [Fact(plaintiff, "sued", defendant, sentence.evidence, 0.8)
                for plaintiff in sides[0] for defendant in sides[1]]
