"""An investor that also supplies the company's computing or cloud is its partner too: Microsoft, which
has invested billions in OpenAI and supplies its computing power -> Microsoft investedIn and partnered
OpenAI; OpenAI与其签订算力合同，并获得CoreWeave的部分股权 likewise.  An investedIn fact whose sentence
part (between 。；; marks) names both ends and, after the first, a compute or cloud word (context.tsv
backer_compute) adds the partnered fact; not when another fact of the sentence already partners the
company with a third body (亚马逊云科技将成为Anthropic的主要云服务提供商: AWS is the supplier, not its parent the investor).
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact
from .base import ItemRefiner, Shared, key

PART_MARK = re.compile(r"[。；;!?！？]|\.(?:\s|$)")


class Backers(ItemRefiner):
    detail = "compute"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.compute = alternation(shared.words["backer_compute"], re.IGNORECASE, latin_whole=True)

    def refine(self, facts: list[Fact]) -> list[Fact]:
        partnered = {(key(f.head), key(f.tail), f.evidence.start) for f in facts if f.relation == "partnered"}
        added = []
        for fact in facts:
            if fact.relation != "investedIn" or not self.supplying(fact):
                continue
            investor, company, start = key(fact.head), key(fact.tail), fact.evidence.start
            if (investor, company, start) in partnered or (company, investor, start) in partnered:
                continue
            if any(start == s and company in (h, t) and investor not in (h, t) for h, t, s in partnered):
                continue  # a third body is the company's supplier in this sentence
            partnered.add((investor, company, start))
            added.append(Fact(fact.head, "partnered", fact.tail, fact.evidence, fact.confidence, "backer"))
        return facts + added

    def supplying(self, fact: Fact) -> bool:
        sentence, offset = fact.evidence.sentence, fact.evidence.start
        first = min(fact.head.start, fact.tail.start) - offset
        last = max(fact.head.end, fact.tail.end) - offset
        if not 0 <= first <= last <= len(sentence):
            return False  # an end named in another sentence
        closing = next((m.start() for m in PART_MARK.finditer(sentence, last)), len(sentence))
        if PART_MARK.search(sentence, first, last):
            return False  # the two ends stand in different parts of the sentence
        # the word after the first end: a compute word before both (投资和合作关系…其中包括微软对OpenAI的投资,
        # 大型云服务提供商 as a class) frames the news, not this pair's deal
        return self.compute.search(sentence, first, closing) is not None
