"""Suit-table fields read from the sentence that states them (kg/cases.py): a court's kind
with no place (federal court, 联邦法院: context.tsv unplaced_court) names no one court, though
resolution has made it a label of one; the court a sentence names by its place stays.
Invented sentences, in Simplified, in Traditional (OpenCC s2t) and in English."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

S2T = opencc.OpenCC("s2t")


def _graph(*entities: tuple[str, str, str]) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node, kind, label in entities:
        graph.add_entity(Entity(node, kind, label))
        graph.entity(node)["labels"] |= {S2T.convert(label)}
    return graph


def _evidence(sentence: str, document: str = "a.txt") -> Evidence:
    return Evidence(document, "t", sentence, 0, len(sentence), "2025-03-12")


def _courted(sentence: str, *labels: str) -> KnowledgeGraph:
    graph = _graph(("p", "Company", "星河科技"), ("d", "Company", "海岚网络"),
                   ("court", "Court", "美国青川州联邦地区法院"))
    graph.entity("p")["labels"] |= {"Xinghe"}
    graph.entity("d")["labels"] |= {"Hailan"}
    graph.entity("court")["labels"] |= {"U.S. District Court for the District of Qingchuan", *labels}
    graph.add_fact("p", "sued", "d", _evidence(sentence))
    return graph


@pytest.mark.parametrize("sentence, label", [
    ("The complaint, filed by Xinghe in federal court this week, says Hailan copied its code.", "federal court"),
    ("Xinghe sued Hailan in a state court on Monday.", "state court"),
    ("星河科技本周在联邦法院起诉海岚网络，指控其抄袭代码。", "联邦法院"),
    ("星河科技本週在聯邦法院起訴海嵐網絡，指控其抄襲代碼。", "聯邦法院"),
])
def test_a_court_kind_without_its_place_names_no_court(sentence, label):
    graph = _courted(sentence, label)
    assert [(suit.plaintiffs, suit.defendants, suit.court) for suit in suits(graph)] == [(["p"], ["d"], None)]


@pytest.mark.parametrize("convert", [str, S2T.convert])
@pytest.mark.parametrize("sentence", [
    "星河科技在美国青川州联邦地区法院起诉海岚网络。",
    "Xinghe sued Hailan in the U.S. District Court for the District of Qingchuan on Monday.",
])
def test_a_court_named_with_its_place_stays(sentence, convert):
    graph = _courted(convert(sentence), "federal court", "联邦法院")
    assert [(suit.court, suit.court_stated) for suit in suits(graph)] == [("court", True)]
