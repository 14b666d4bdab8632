"""A regulator reviewing a deal investigated its parties (merger control):

    欧盟委员会今年1月有条件批准了该交易。  (after 甲公司收购乙公司 in the item)
    The European Commission, which examined the merger, cleared it in May.
    竞争主管机构放行了甲公司对乙公司的投资。

-> the regulator investigated the acquirer and the company acquired, the investor and
the company it invests in, the two firms of a partnership.  The regulator
stands before a review act (批准, 放行, 审查, approved, cleared, examined) in its sentence;
the deal is the acquisition (investment, partnership) the sentence tells (审查甲公司收购乙公司股权案), else, where the
sentence names a deal (该交易, the deal, the merger), the
acquisition the item has told most often before it (the document, in an item that
tells none).  Words from data/lexicon/context.tsv: review_act,
deal_word.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Fact, Mention
from .base import Document, DocumentFamily, Shared, by_item, key
from .base import evidence as sentence_evidence
from .grammar import latin_words, window


DEALS = ("investedIn", "partnered")  # deals a regulator reviews besides an acquisition
FIRMS = frozenset({"Company", "Organization"})


class DealReviews(DocumentFamily):
    REACH = window("review.DealReviews.REACH")  # characters from the regulator to its act (The Commission, which examined it for the EU, approved)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.acts, self.deal_words = latin_words(words, "review_act", "deal_word")

    def facts(self, document: Document) -> list[Fact]:
        acquisitions = self.deals_by_item(document.facts)
        every = [f for deals in acquisitions.values() for f in deals]
        out = []
        for item, text, mentions in document.items:
            own = acquisitions.get(item.title, [])
            deals = own or every  # an item on the reviews of a deal another item tells (多法域审查)
            if not deals:
                continue
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                reviewers = self.reviewers(text, end, inside)
                told = [f for f in deals if f.evidence.start == start]
                named = told or (self.main_deal(deals, start if own else None) if self.deal_words.search(text, start, end) else [])
                if not reviewers or not named:
                    continue
                parties = {key(m): m for f in named for m in (f.head, f.tail)}
                evidence = sentence_evidence(item, text, start, end, date)
                out += [Fact(reviewer, "investigated", party, evidence, 0.55) for reviewer in reviewers
                        for party in parties.values() if key(party) != key(reviewer)]
        return out

    @staticmethod
    def deals_by_item(facts: list[Fact]) -> dict[str, list[Fact]]:
        """The deals of each item: its acquisitions, and its investments and partnerships
        between firms (放行了英伟达对诺基亚的投资, 审查谷歌与三星的合作)."""
        deals = by_item(facts, "acquired")
        for relation in DEALS:
            for title, told in by_item(facts, relation).items():
                deals.setdefault(title, []).extend(f for f in told if f.head.type in FIRMS and f.tail.type in FIRMS)
        return deals

    def reviewers(self, text: str, end: int, inside: list[Mention]) -> list[Mention]:
        """The regulators of a sentence each followed by a review act within REACH."""
        return list({key(m): m for m in inside if m.type == "Regulator"
                     and self.acts.search(text, m.end, min(end, m.end + self.REACH))}.values())

    @staticmethod
    def main_deal(deals: list[Fact], start: int | None) -> list[Fact]:
        """The acquisition the item tells most often before ``start`` (else anywhere): the
        deal a reference to one (该交易, the deal) stands for; the last of those told as often."""
        before = [f for f in deals if start is None or f.evidence.start < start] or deals
        counts = Counter((key(f.head), key(f.tail)) for f in before)
        pair = max(reversed([(key(f.head), key(f.tail)) for f in before]), key=lambda p: counts[p])
        return [f for f in before if (key(f.head), key(f.tail)) == pair]
