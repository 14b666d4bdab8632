"""Who sued whom, read from a case named after its parties: 纽约时报诉微软和OpenAI案,
Getty Images v. Stability AI (known names only, CaseParties), and 星岚科技诉卓汇科技著作权
侵权纠纷一案 where its document names both sides elsewhere (CasePartiesNamedElsewhere).
"""
from __future__ import annotations

from ..cases import case_sides
from ..model import Fact, Mention
from .base import PARTIES, SIGNATURES, Document, DocumentFamily, Sentence, SentenceFamily, key
from .base import evidence as sentence_evidence


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


class CasePartiesNamedElsewhere(DocumentFamily):
    """A case named after parties the knowledge base does not know (星岚科技诉卓汇科技著作权
    侵权纠纷一案), each side named as a party elsewhere in its document (星岚科技向法院提起诉讼…):
    the plaintiffs sued the defendants in the sentence naming the case, so that what that
    sentence tells (一审判决, 和解) is told of their suit.  A side the knowledge base knows is
    CaseParties'."""
    detail = "elsewhere"

    def facts(self, document: Document) -> list[Fact]:
        parties: dict[str, Mention] = {}
        for _, _, mentions in document.items:
            for mention in mentions:
                if mention.type in PARTIES:
                    parties.setdefault(mention.text.strip(), mention)
        out = []
        for item, text, mentions in document.items:
            cases = [m for m in mentions if m.type == "Case"]
            if not cases:
                continue
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                for case in (m for m in inside if m.type == "Case"):
                    named = case_sides(case.text)
                    if named is None or any(self.kb.lookup(name) is not None for side in named for name in side):
                        continue
                    sides = [[parties[name] for name in side if name in parties] for side in named]
                    if not all(sides) or any(len(found) != len(side) for found, side in zip(sides, named)):
                        continue  # a side its document does not name as a party: no telling who
                    at = [Mention(m.text, m.type, case.start + case.text.find(m.text), case.start + case.text.find(m.text)
                                  + len(m.text), kb_id=m.kb_id, canonical=m.canonical, mechanism=m.mechanism)
                          for m in sides[0] + sides[1]]
                    plaintiffs, defendants = at[:len(sides[0])], at[len(sides[0]):]
                    evidence = sentence_evidence(item, text, start, end, date)
                    out += [Fact(p, "sued", d, evidence, 0.7) for p in plaintiffs for d in defendants if key(p) != key(d)]
        return out
