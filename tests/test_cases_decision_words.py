"""Rulings told by the decision a court hands down or issues, or by what it orders (the High
Court handed down its judgment in A v B; the tribunal issued its decision; a recent decision of
the Employment Court in A v B; the judge ordered X to…; a judge sanctioned two lawyers in A v
B): events.tsv ruling cues, so a sentence carrying a fact of the suit gives it a ruling, dated
as its sentence dates it.  Chinese courts' words for the same (作出判决, 作出判決) were read
before.  A decision or an order no court makes (the company's decision to, court-ordered
mediation) is no ruling.  All sentences invented, in Simplified, Traditional (OpenCC s2t) and
English."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import events_in, suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

S2T = opencc.OpenCC("s2t")
ENTITIES = (("p", "Company", "星河科技", "Xinghe"), ("d", "Company", "海岚网络", "Hailan"),
            ("c", "Court", "北区高等法院", "Northshire High Court"))


def _graph(filing: str, ruling: str, relation: str = "adjudicated") -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node, kind, label, english in ENTITIES:
        graph.add_entity(Entity(node, kind, label))
        graph.entity(node)["labels"] |= {S2T.convert(label), english}
    graph.add_fact("p", "sued", "d", Evidence("a.txt", "t", filing, 0, len(filing), "2024-03-02"))
    head, tail = ("c", "d") if relation == "adjudicated" else ("p", "d")
    graph.add_fact(head, relation, tail, Evidence("a.txt", "t", ruling, len(filing) + 1,
                                                  len(filing) + 1 + len(ruling), "2025-11-20"))
    return graph


@pytest.mark.parametrize("sentence", [
    "The Northshire High Court handed down its judgment in Xinghe v Hailan on 4 November 2025.",
    "On 4 November 2025, the Northshire High Court handed down its long-awaited decision in Xinghe v Hailan.",
    "On 4 November 2025, the Northshire High Court issued its decision in Xinghe v Hailan.",
    "On 4 November 2025, the Northshire High Court ordered Hailan to delete the copied maps.",
])
def test_a_decision_handed_down_or_an_order_is_a_ruling_of_the_suit(sentence):
    filing = "On March 1, 2024, Xinghe sued Hailan in the Northshire High Court."
    (suit,) = suits(_graph(filing, sentence))
    assert [(event.kind, event.date) for event in suit.events] == [("ruling", "2025-11-04")]


FILING_ZH = "2024年3月1日，星河科技向北区高等法院起诉海岚网络。"
RULING_ZH = "2025年11月4日，北区高等法院对星河科技诉海岚网络案作出判决。"


@pytest.mark.parametrize("filing, sentence", [(FILING_ZH, RULING_ZH), (S2T.convert(FILING_ZH), S2T.convert(RULING_ZH))])
def test_the_chinese_words_for_a_judgment_handed_down_stay_a_ruling(filing, sentence):
    (suit,) = suits(_graph(filing, sentence))
    assert [(event.kind, event.date) for event in suit.events] == [("ruling", "2025-11-04")]


@pytest.mark.parametrize("sentence, kinds", [
    ("A recent decision of the Northshire Employment Court in Xinghe v Hailan is a reminder to check citations.",
     ["ruling"]),
    ("In June 2025, a federal judge sanctioned two lawyers in Xinghe v. Hailan for citing invented cases.", ["ruling"]),
    ("The judge ordered Hailan to hand over its logs.", ["ruling"]),
    ("Hailan said its decision to leave the market was final.", []),
    ("The parties agreed to court-ordered mediation.", []),
    ("Xinghe issued a statement after the hearing.", ["hearing"]),
])
def test_decision_and_order_words(sentence, kinds):
    assert events_in(sentence) == kinds

