"""A company's unit bought, told with its parent (Fact.rule ``purchase/unit``): 高通宣布收购VinAI
旗下的生成式AI部门MovianAI -> 高通 acquired MovianAI, MovianAI partOf VinAI; the cue family's
reading of the parent as the company bought (高通 acquired VinAI) is dropped by ``ParentsNotBought``.

A verb of buying (context.tsv unit_bought: 收购, 并购, 买下), the parent right after it, a word of
holding (context.tsv unit_of: 旗下的, 下属的), then at most a description of a few characters (生成式AI
部门, 的子公司) with no mark or list word, and the unit's name; the buyer is the name the clause names
last before the verb.  Without a name after the description (收购VinAI旗下的AI业务) the parent stays
the company bought.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact
from .base import ItemRefiner, Sentence, SentenceFamily, Shared, key
from .grammar import window

BUYERS = frozenset({"Company", "Organization", "Person", "Regulator"})
UNITS = frozenset({"Company", "Organization"})
RULE = "purchase/unit"
DESCRIPTION = window("purchase.DESCRIPTION")  # characters of a unit's description (生成式AI部门) between the word of holding and its name


class UnitsBought(SentenceFamily):
    detail = "unit"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.grammar = shared.grammar
        self.verb = re.compile(rf"(?:{alternatives(shared.words['unit_bought'])})了?\s*$")
        owner = alternatives(sorted(shared.words["unit_of"], key=len, reverse=True))
        self.held = re.compile(rf"\s*的?(?:{owner})\s*[^，,。；;：:、和与及]{{0,{DESCRIPTION}}}?")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        inside = [m for m in sentence.mentions if m.start >= sentence.start]
        out = []
        for index, parent in enumerate(inside[1:-1], start=1):
            unit = inside[index + 1]
            if parent.type not in UNITS or unit.type not in UNITS or not self.held.fullmatch(text, parent.end, unit.start):
                continue
            clause = self.grammar.clause_start(text, sentence.start, parent.start)
            verb = self.verb.search(text, clause, parent.start)
            if verb is None:
                continue
            buyer = next((m for m in reversed(inside[:index]) if m.end <= verb.start() and m.start >= clause
                          and m.type in BUYERS), None)
            if buyer is None or key(buyer) in (key(parent), key(unit)):
                continue
            sure = round(min(buyer.confidence, unit.confidence) * 0.8, 3)
            out += [Fact(buyer, "acquired", unit, sentence.evidence, sure),
                    Fact(unit, "partOf", parent, sentence.evidence, sure)]
        return out


class ParentsNotBought(ItemRefiner):
    """Drops ``buyer acquired parent`` where the same sentence tells the buyer bought the parent's unit."""

    def refine(self, facts: list[Fact]) -> list[Fact]:
        units = {(key(f.head), f.evidence.start): key(f.tail) for f in facts
                 if f.relation == "partOf" and f.rule == RULE}
        parents = {(key(f.head), units[(key(f.tail), f.evidence.start)], f.evidence.start) for f in facts
                   if f.relation == "acquired" and (key(f.tail), f.evidence.start) in units}
        return [f for f in facts if not (f.relation == "acquired" and f.rule != RULE
                                         and (key(f.head), key(f.tail), f.evidence.start) in parents)]
