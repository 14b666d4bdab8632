"""Who invested in whom in a funding round, where the company raising the money is the
subject: Mistral AI完成6亿欧元融资，投资方包括英伟达、微软和软银 -> each investedIn
Mistral AI; 本轮由英伟达领投，微软跟投; 英伟达参与了Mistral AI的新一轮融资.  The cue
family's reading of such a sentence (融资 with the raiser as head) is vetoed.  Words
from data/lexicon/context.tsv: funding_round (融资, 募资: the raiser before it),
investor_word (投资方, 领投, 参与: a clause that names investors).
"""
from __future__ import annotations

from ..model import Fact, Mention
from .base import SIGNATURES, Sentence, SentenceFamily, Shared
from .grammar import alternation


class Funding(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.rounds = alternation(shared.words["funding_round"])
        self.investor_words = alternation(shared.words["investor_word"])
        self.grammar = shared.grammar

    def veto(self, text: str, start: int, end: int, relation: str, position: int) -> bool:
        """The cue family leaves investedIn to this family in a sentence about a round."""
        return relation == "investedIn" and self.rounds.search(text, start, end) is not None

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions = sentence.text, sentence.mentions
        found = next((m for m in self.rounds.finditer(text, sentence.start, sentence.end)
                      if not any(n.start <= m.start() < n.end for n in mentions)), None)
        if found is None:
            return []
        investor_types, raiser_types = SIGNATURES["investedIn"]
        raisers = [m for m in mentions if m.end <= found.start() and m.type in raiser_types]
        if not raisers:
            return []
        raiser = raisers[-1]  # the name nearest before 融资: Mistral AI完成…融资, 参与了Mistral AI的…融资
        investors = [m for m in mentions if m is not raiser and m.type in investor_types and self.names_investors(text, sentence, m)]
        return [Fact(investor, "investedIn", raiser, sentence.evidence, round(min(investor.confidence, raiser.confidence) * 0.8, 3))
                for investor in investors if investor.start != raiser.start and not self.shared.kin(investor, raiser)]

    def names_investors(self, text: str, sentence: Sentence, mention: Mention) -> bool:
        """Whether the clause holding the name says it names investors."""
        clause_start = self.grammar.clause_start(text, sentence.start, mention.start)
        clause_end = self.grammar.clause_end(text, mention.end, sentence.end)
        return self.investor_words.search(text, clause_start, clause_end) is not None
