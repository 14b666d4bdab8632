"""kg.cases, a state's attorney general as a suit's plaintiff: the suit it brings is the state's, one
party, as its caption names it (suits.tsv state_attorney; bench/real/README.md, suit rows pass), where
the document places the office in a state; a country's attorney general, an office the document
places nowhere and an attorney general sued stay as written.  Invented sentences and parties, in
English, Simplified and Traditional (OpenCC s2t)."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

S2T = opencc.OpenCC("s2t")


def _graph(office: str, places: dict[str, str], *, state: tuple[str, str] = ("us-oh", "Ohio")) -> KnowledgeGraph:
    """An office, a company, and the office's jurisdiction told in each document of ``places``."""
    graph = KnowledgeGraph()
    for node, kind, label in (("ag", "Regulator", office), ("firm", "Company", "Brightlane Lending LLC"),
                              (state[0], "Jurisdiction", state[1]), ("us-vt", "Jurisdiction", "Vermont")):
        graph.add_entity(Entity(node, kind, label))
    for document, place in places.items():
        graph.add_fact("ag", "jurisdiction", place, Evidence(document, "t", f"{office} of {place}", 0, 10, "2025-03-12"))
    return graph


def _rows(graph: KnowledgeGraph) -> list[tuple[list[str], list[str]]]:
    return [(suit.plaintiffs, suit.defendants) for suit in suits(graph)]


def _sue(graph: KnowledgeGraph, sentence: str, document: str = "a.txt", head: str = "ag", tail: str = "firm") -> None:
    graph.add_fact(head, "sued", tail, Evidence(document, "t", sentence, 0, len(sentence), "2025-03-12"))


@pytest.mark.parametrize("office", ["Ohio Attorney General", "Ohio Attorney General's Office", "Attorney General"])
def test_a_state_attorney_generals_suit_is_the_states(office):
    graph = _graph(office, {"a.txt": "us-oh"})
    _sue(graph, f"{office} Dana Roe sued Brightlane Lending LLC on Tuesday over its loan ads.")
    assert _rows(graph) == [(["us-oh"], ["firm"])]


@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_a_state_attorney_general_named_in_chinese(convert):
    office = convert("俄亥俄州总检察长")
    graph = _graph(office, {"a.txt": "us-oh"})
    _sue(graph, convert(f"{office}于周二起诉Brightlane Lending LLC。"))
    assert _rows(graph) == [(["us-oh"], ["firm"])]


def test_the_state_is_the_one_the_suits_document_places_the_office_in():
    """A bare Attorney General two documents place in two states: each document's suit is its own
    state's, and two reports of one state's suit are one row."""
    graph = _graph("Attorney General", {"a.txt": "us-oh", "b.txt": "us-vt"})
    _sue(graph, "Attorney General Dana Roe sued Brightlane Lending LLC on Tuesday.", "a.txt")
    _sue(graph, "Attorney General Lee Moss announced that Brightlane Lending LLC had been sued.", "b.txt")
    assert sorted(_rows(graph)) == [(["us-oh"], ["firm"]), (["us-vt"], ["firm"])]


def test_an_office_the_document_places_nowhere_stays():
    graph = _graph("Attorney General", {"b.txt": "us-oh"})
    _sue(graph, "Attorney General Dana Roe sued Brightlane Lending LLC on Tuesday.", "a.txt")
    assert _rows(graph) == [(["ag"], ["firm"])]


def test_a_countrys_attorney_general_stays():
    graph = _graph("Attorney General", {"a.txt": "us"}, state=("us", "United States"))
    _sue(graph, "Attorney General Dana Roe sued Brightlane Lending LLC on Tuesday.")
    assert _rows(graph) == [(["ag"], ["firm"])]


def test_an_attorney_general_sued_stays_the_defendant():
    graph = _graph("Ohio Attorney General", {"a.txt": "us-oh"})
    _sue(graph, "Brightlane Lending LLC sued Ohio Attorney General Dana Roe over the new rule.", head="firm", tail="ag")
    assert _rows(graph) == [(["firm"], ["ag"])]


def test_the_attorney_generals_settlement_is_the_states_suits_event():
    graph = _graph("Ohio Attorney General", {"a.txt": "us-oh"})
    sentence = "Ohio Attorney General Dana Roe reached a $1 million settlement with Brightlane Lending LLC."
    graph.add_fact("ag", "settled", "firm", Evidence("a.txt", "t", sentence, 0, len(sentence), "2025-03-12"))
    [suit] = suits(graph)
    assert (suit.plaintiffs, suit.defendants) == (["us-oh"], ["firm"])
    assert [event.kind for event in suit.events] == ["settlement"]


def test_a_body_not_an_attorney_general_stays():
    graph = _graph("Ohio Department of Commerce", {"a.txt": "us-oh"})
    _sue(graph, "The Ohio Department of Commerce sued Brightlane Lending LLC on Tuesday.")
    assert _rows(graph) == [(["ag"], ["firm"])]


def test_a_ruling_on_an_attorney_general_sued_is_that_suits_event():
    graph = _graph("Ohio Attorney General", {"a.txt": "us-oh"})
    graph.add_entity(Entity("court", "Court", "Ohio Federal Court"))
    _sue(graph, "Brightlane Lending LLC sued Ohio Attorney General Dana Roe over the new rule.", head="firm", tail="ag")
    sentence = "Ohio Federal Court ruled for Ohio Attorney General Dana Roe on Friday."
    graph.add_fact("court", "adjudicated", "ag", Evidence("a.txt", "t", sentence, 100, 100 + len(sentence), "2025-03-14"))
    [suit] = suits(graph)
    assert (suit.plaintiffs, suit.defendants) == (["firm"], ["ag"])
    assert [event.kind for event in suit.events] == ["ruling"]
