"""A Chinese purchase told with the company bought before the word of buying (FrontedPurchases,
Fact.rule ``purchase/fronted``): 英伟达完成对Run:ai的收购 -> 英伟达 acquired Run:ai.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact
from .base import Sentence, SentenceFamily, Shared, key
from .deal import deal_words
from .grammar import window

UNITS = frozenset({"Company", "Organization"})
FRONTED_BUYERS = frozenset({"Company", "Organization", "Person"})  # 司法部对X的收购展开调查: a regulator reviews, never buys
DESCRIPTION = window("purchase.DESCRIPTION")  # characters of a short description (以色列初创公司) between the marker and the company bought


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
