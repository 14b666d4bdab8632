"""Instruments that take an older one's place: the older one is repealed by whoever issued
the newer (管理局发布两份备忘录……两份备忘录取代了此前的第7号和第8号备忘录: the office
repealed both).  The newer instrument is the law named before the cue in its sentence, or,
where the sentence names none (两份备忘录, 新规), the one body that issued an instrument in
the item before it.  Cues: data/lexicon/context.tsv supersede; a negated one (不会取代) is none.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import Document, DocumentFamily, confidence, evidence, key


class Supersessions(DocumentFamily):
    def __init__(self, shared) -> None:
        super().__init__(shared)
        self.cues = re.compile(alternatives(shared.words["supersede"]))
        self.negations = tuple(shared.words["negation"])

    def facts(self, document: Document) -> list[Fact]:
        issued = document.indexed(document.facts, "issued")
        out = []
        for item, text, mentions in document.items:
            issues = [fact for fact in issued.get(item.title, ()) if fact.evidence.document == item.document]
            if not issues:
                continue
            laws = [mention for mention in mentions if mention.type == "Law"]
            for start, end, date in self.shared.dated_sentences(item, text):
                for cue in self.cues.finditer(text, start, end):
                    if text[max(start, cue.start() - 3):cue.start()].endswith(self.negations):
                        continue  # 不会取代, 并未取代
                    old = [law for law in laws if cue.end() <= law.start and law.end <= end]
                    new = {key(law) for law in laws if start <= law.start and law.end <= cue.start()}
                    for head in self.issuers(issues, new, cue.start()):
                        out += [Fact(head, "repealed", law, evidence(item, text, start, end, date),
                                     confidence(head, law, 0.7)) for law in old if key(law) not in new]
        return out

    @staticmethod
    def issuers(issues: list[Fact], new: set[str], position: int) -> list[Mention]:
        """Who issued the newer instrument: of the laws named, else the one issuer of the
        item before the cue (none where several bodies issued instruments)."""
        if new:
            heads = {key(fact.head): fact.head for fact in issues if key(fact.tail) in new}
        else:
            heads = {key(fact.head): fact.head for fact in issues if fact.head.start < position}
            if len(heads) != 1:
                return []
        return list(heads.values())
