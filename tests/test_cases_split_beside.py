"""The suit table's rows where grouping cut one filing in two or a sentence sets a party beside
the suit it reports: a report naming two defendants sued together, whose other reports each named
one, is one suit where a court is stated and no other (Xinghe sued Hailan and Yunfan), two where
two courts are; a party set beside the one who sued (Besides Xinghe, Yunfan sued Hailan; 除了星河科技
之外，云帆智能也起诉了海岚网络) sued in a suit of its own; a Latin label stands only as a word of its
own (US is not in "its users"), and a place before "state" describes the state that sues.  All
sentences invented, in Simplified, Traditional (OpenCC s2t) and English."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from test_cases_owners_filing_dates import _graph as sued_graph  # sued facts over ENTITIES, one document

S2T = opencc.OpenCC("s2t")
ENTITIES = (("p", "Company", "星河科技", "Xinghe"), ("d", "Company", "海岚网络", "Hailan"),
            ("q", "Company", "云帆智能", "Yunfan"), ("m", "Jurisdiction", "河镇", "Riverton"),
            ("u", "Jurisdiction", "美国", "U.S."),
            ("c1", "Court", "河镇地区法院", "Riverton District Court"),
            ("c2", "Court", "湖畔地区法院", "Lakeside District Court"))


def _graph(*facts: tuple[str, str, str]) -> KnowledgeGraph:
    return sued_graph(*facts, entities=ENTITIES)


def _rows(graph: KnowledgeGraph) -> list[tuple[list[str], list[str]]]:
    return sorted((suit.plaintiffs, suit.defendants) for suit in suits(graph))


@pytest.mark.parametrize("first, second, both", [
    ("On March 3, 2025, Xinghe sued Hailan in the Riverton District Court.", "Xinghe sued Yunfan over the same code.",
     "Xinghe filed a lawsuit against Hailan and Yunfan, accusing them of copying its code."),
    ("2025年3月3日，星河科技向河镇地区法院起诉海岚网络。", "星河科技起诉云帆智能抄袭代码。",
     "星河科技起诉海岚网络和云帆智能，指控二者抄袭其代码。"),
    (S2T.convert("2025年3月3日，星河科技向河镇地区法院起诉海岚网络。"), S2T.convert("星河科技起诉云帆智能抄袭代码。"),
     S2T.convert("星河科技起诉海岚网络和云帆智能，指控二者抄袭其代码。")),
])
def test_one_filing_cut_between_two_defendants_is_one_suit(first, second, both):
    graph = _graph(("p", "d", first), ("p", "q", second), ("p", "d", both), ("p", "q", both))
    assert _rows(graph) == [(["p"], ["d", "q"])]


@pytest.mark.parametrize("first, second, both", [
    ("Xinghe sued Hailan in the Riverton District Court.", "Xinghe sued Yunfan in the Lakeside District Court.",
     "Xinghe has sued Hailan and Yunfan over its code."),
    ("星河科技向河镇地区法院起诉海岚网络。", "星河科技向湖畔地区法院起诉云帆智能。", "星河科技起诉海岚网络和云帆智能，指控二者抄袭代码。"),
])
def test_two_courts_keep_the_filings_apart(first, second, both):
    graph = _graph(("p", "d", first), ("p", "q", second), ("p", "d", both), ("p", "q", both))
    assert _rows(graph) == [(["p"], ["d"]), (["p"], ["q"])]


def test_no_court_stated_keeps_the_filings_apart():
    first, second = "Xinghe sued Hailan on March 3, 2025.", "Xinghe sued Yunfan on March 3, 2025."
    both = "Xinghe filed a lawsuit against Hailan and Yunfan, accusing them of copying its code."
    graph = _graph(("p", "d", first), ("p", "q", second), ("p", "d", both), ("p", "q", both))
    assert _rows(graph) == [(["p"], ["d"]), (["p"], ["q"])]


@pytest.mark.parametrize("sentence", [
    "Besides Xinghe, Yunfan filed a lawsuit against Hailan in 2024.",
    "Apart from Xinghe, the Yunfan group also sued Hailan last year.",
    "除了星河科技之外，云帆智能也起诉了海岚网络。",
    S2T.convert("除了星河科技之外，云帆智能也起诉了海岚网络。"),
])
def test_a_party_set_beside_the_one_who_sued_brings_a_suit_of_its_own(sentence):
    own = "星河科技起诉海岚网络，指控其抄袭代码。"
    graph = _graph(("p", "d", own), ("p", "d", sentence), ("q", "d", sentence))
    assert _rows(graph) == [(["p"], ["d"]), (["q"], ["d"])]


@pytest.mark.parametrize("sentence", [
    "Besides Xinghe, other plaintiffs include Yunfan.",
    "除了星河科技，原告还包括云帆智能。",
])
def test_a_party_added_beside_another_joins_its_suit(sentence):
    own = "星河科技起诉海岚网络，指控其抄袭代码。"
    graph = _graph(("p", "d", own), ("q", "d", sentence), ("p", "d", sentence))
    assert _rows(graph) == [(["p", "q"], ["d"])]


def test_a_latin_label_inside_a_longer_word_names_no_one():
    sentence = "Riverton became the first U.S. state to sue Hailan, alleging that it harmed its users."
    graph = _graph(("m", "d", sentence), ("u", "d", sentence))
    graph.entity("u")["labels"] |= {"US"}
    assert _rows(graph) == [(["m"], ["d"])]
