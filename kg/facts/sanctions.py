"""A court sanctions the lawyers of a case: 在A诉B一案中，法院对原告的两名律师处以罚款：
张伟被罚2000美元，李娜被罚1000美元 -> the court fined 张伟 and 李娜.

The sentence fines (a fined cue of triggers.tsv, or 被罚), a court or a judge acts in it
(法院, 法官Y裁定: context.tsv court_reference, judge), and the persons it names after the
word for counsel (律师, not inside a name: 摩根律师事务所) are the ones fined; the judge
and the client named before the word (林德尔的律师A和B) are not.  The court is the one the
sentence names, else the last the item named before it (the court line of a litigation
log's entry); a lawyer who speaks (律师Y表示) is none.  Words from data/lexicon/context.tsv:
counsel, court_reference, judge, fine_word, speech_verb.
"""
from __future__ import annotations

from ..alternation import alternation
from ..model import Fact, Mention, inside_any
from .base import Sentence, SentenceFamily, Shared, confidence, titled_judge
from .grammar import PARENTHESIS


class Sanctions(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.fines = alternation(w for w in (*self.kb.triggers["fined"], *words["fine_word"]) if not w.isascii())
        self.counsel = alternation(w for w in words["counsel"] if not w.isascii())
        self.court_acting = alternation(w for w in (*words["court_reference"], *words["judge"]) if not w.isascii())
        self.judges = tuple(words["judge"])
        self.speech = tuple(words["speech_verb"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end = sentence.text, sentence.start, sentence.end
        if self.fines.search(text, start, end) is None or self.court_acting.search(text, start, end) is None:
            return []
        court = self.court(sentence)
        if court is None:
            return []
        counsel = next((word for word in self.counsel.finditer(text, start, end)
                        if not inside_any(word.start(), sentence.mentions)), None)
        if counsel is None:
            return []
        local = text[start:end]
        lawyers = [m for m in sentence.mentions if m.type == "Person" and m.start >= counsel.end()
                   and not titled_judge(local, m.start - start, m.end - start, self.judges)
                   and not self.speaks(text, m)]
        return [Fact(court, "fined", lawyer, sentence.evidence, confidence(court, lawyer, 0.6)) for lawyer in lawyers]

    def speaks(self, text: str, person: Mention) -> bool:
        """律师约翰·史密斯（John Smith）表示，法院对被告处以罚款: the one who speaks is not fined."""
        after = PARENTHESIS.sub("", text[person.end:person.end + 40], count=1).lstrip()
        return after.startswith(self.speech)

    @staticmethod
    def court(sentence: Sentence) -> Mention | None:
        """The court the sentence names, else the last one the item named before it."""
        courts = [m for m in sentence.named if m.type == "Court" and m.start < sentence.end]
        return courts[-1] if courts else None
