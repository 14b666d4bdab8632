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
from .deal import deal_words
from .grammar import window

BUYERS = frozenset({"Company", "Organization", "Person", "Regulator"})
UNITS = frozenset({"Company", "Organization"})
FRONTED_BUYERS = frozenset({"Company", "Organization", "Person"})  # 司法部对X的收购展开调查: a regulator reviews, never buys
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


class FrontedPurchases(SentenceFamily):
    """A Chinese purchase told with the company bought before the word of buying (Fact.rule
    ``purchase/fronted``): 英伟达完成对Run:ai的收购; 英特尔将A、B和C三家公司收入囊中 -> the buyer,
    the name the clause opens with, acquired each.  A purchase called off, blocked or only
    planned (deals.tsv zh_called_off: 终止对Y的收购, 拟将Y收入囊中) buys nothing.  Words from
    data/lexicon/deals.tsv, rows zh_bought_noun, zh_taken_in, zh_called_off.
    """
    detail = "fronted"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.grammar = shared.grammar
        words = deal_words(shared, "zh_")
        bought = alternatives(sorted(words["zh_bought_noun"], key=len, reverse=True))
        # 对 + the bought + 的 + the noun (对Run:ai的收购); 将/把 + the bought + a count (三家公司) + 收入囊中
        # 对 (or 将/把) + at most a short description (以色列初创公司) + the bought; after the last one bought,
        # 的 + the noun (对Run:ai的收购), or a count (三家公司) + 收入囊中
        self.marker = re.compile(rf"(?:(对|對)|将|將|把)[^，,。；;：:、和与及对對将將把]{{0,{DESCRIPTION}}}$")
        self.noun_after = re.compile(rf"\s*(?:等)?(?:[^，,。；;：:]{{0,8}}?)的\s*(?:{bought})")
        self.taken_in = re.compile(rf"[^，,。；;：:]{{0,8}}?(?:{alternatives(words['zh_taken_in'])})")
        self.called_off = tuple(words["zh_called_off"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        inside = [m for m in sentence.mentions if m.start >= sentence.start and m.end <= sentence.end]
        out = []
        for index, first in enumerate(inside):
            clause = self.grammar.clause_start(text, sentence.start, first.start)
            # (the marker and its description end at the name: only that many characters before it are read)
            marker = self.marker.search(text, max(clause, first.start - DESCRIPTION - 1), first.start)
            if marker is None or first.type not in UNITS:
                continue
            bought = [first]
            for mention in inside[index + 1:]:
                if not self.grammar.coordinated(text, bought[-1], mention, from_right=False):
                    break
                bought.append(mention)
            if (self.noun_after if marker.group(1) else self.taken_in).match(text, bought[-1].end) is None:
                continue
            # the buyer: the name nearest before the marker in the clause (欧盟批准英伟达对Run:ai的收购: 英伟达)
            buyer = next((m for m in reversed(inside[:index]) if clause <= m.start and m.end <= marker.start()
                          and m.type in FRONTED_BUYERS), None)
            if buyer is None or any(word in text[clause:marker.start()] for word in self.called_off):
                continue
            out += [Fact(buyer, "acquired", one, sentence.evidence, round(min(buyer.confidence, one.confidence) * 0.8, 3))
                    for one in bought if key(one) != key(buyer) and not self.shared.kin(buyer, one)]
        return out
