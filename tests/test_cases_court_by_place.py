"""A suit told in part in a court named by its place (kg.cases.merging._told_in_part,
kg.cases.courts._court_by_place): one report names some of the parties and the court as its
place and kind (纽约联邦法院, New York federal court), others name them all and the district
court the knowledge base knows; one row."""
from __future__ import annotations

import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

# (the report naming every party and the district court, the report naming one plaintiff and the
# court by its place, the same in another state's court) in each script
SCRIPTS = {
    "hans": ("甲公司和丙公司在美国纽约南区联邦地区法院起诉乙公司。", "甲公司在纽约联邦法院起诉乙公司。",
             "甲公司在德州联邦法院起诉乙公司。"),
    "hant": ("甲公司和丙公司在美國紐約南區聯邦地區法院起訴乙公司。", "甲公司在紐約聯邦法院起訴乙公司。",
             "甲公司在德州聯邦法院起訴乙公司。"),
    "en": ("Acme and Initech sued Globex in the U.S. District Court for the Southern District of New York.",
           "Acme sued Globex in New York federal court.", "Acme sued Globex in Texas federal court."),
}

# each court's places, as kg.facts' jurisdiction facts give them (ids of the knowledge base's places)
PLACES = {"us-sdny": ("us", "us-ny", "us-nyc"), "ny-court": ("us", "us-nyc"), "tx-court": ("us", "us-tx"),
          "us-ndcal": ("us", "us-ca", "us-sf"), "us-cdcal": ("us", "us-ca", "us-la-city")}


def _graph(*reports: tuple[str, list[str], str, str]) -> KnowledgeGraph:
    """Reports as (document, plaintiffs, court, sentence), each suing 乙公司 (Globex)."""
    graph = KnowledgeGraph()
    for entity in (Entity("a", "Company", "甲公司", {"Acme"}), Entity("b", "Company", "乙公司", {"Globex"}),
                   Entity("c", "Company", "丙公司", {"Initech"}),
                   Entity("us-sdny", "Court", "美国纽约南区联邦地区法院",
                          {"美國紐約南區聯邦地區法院", "U.S. District Court for the Southern District of New York"},
                          kb_id="us-sdny"),
                   Entity("ny-court", "Court", "纽约联邦法院", {"紐約聯邦法院", "New York federal court"}),
                   Entity("tx-court", "Court", "德州联邦法院", {"德州聯邦法院", "Texas federal court"}),
                   Entity("us-ndcal", "Court", "美国加州北区联邦地区法院", {"Northern District of California"},
                          kb_id="us-ndcal"),
                   Entity("us-cdcal", "Court", "美国加州中区联邦地区法院", {"Central District of California"},
                          kb_id="us-cdcal"),
                   *(Entity(place, "Jurisdiction", place) for place in ("us", "us-ny", "us-nyc", "us-tx", "us-ca",
                                                                        "us-sf", "us-la-city"))):
        graph.add_entity(entity)
    for position, (document, plaintiffs, court, sentence) in enumerate(reports):
        evidence = Evidence(document, "t", sentence, 0, len(sentence), "2025-08-20")
        for plaintiff in plaintiffs:
            graph.add_fact(plaintiff, "sued", "b", evidence)
        for place in PLACES[court]:
            graph.add_fact(court, "jurisdiction", place, evidence)
    return graph


def _rows(graph: KnowledgeGraph) -> list[tuple[list[str], str | None, int]]:
    return sorted((suit.plaintiffs, suit.court, len({e.document for e in suit.evidence})) for suit in suits(graph))


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_a_suit_told_in_part_in_its_court_named_by_place_joins_the_whole_row(script):
    whole, placed, _ = SCRIPTS[script]
    graph = _graph(("a.txt", ["a", "c"], "us-sdny", whole), ("b.txt", ["a"], "ny-court", placed))
    assert _rows(graph) == [(["a", "c"], "us-sdny", 2)]


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_a_suit_told_in_part_in_a_court_of_another_place_is_a_suit_of_its_own(script):
    whole, _, elsewhere = SCRIPTS[script]
    graph = _graph(("a.txt", ["a", "c"], "us-sdny", whole), ("b.txt", ["a"], "tx-court", elsewhere))
    assert _rows(graph) == [(["a"], "tx-court", 1), (["a", "c"], "us-sdny", 1)]


def test_two_district_courts_the_knowledge_base_knows_in_one_state_are_two_courts():
    graph = _graph(("a.txt", ["a", "c"], "us-ndcal", "Acme and Initech sued Globex in the Northern District of California."),
                   ("b.txt", ["a"], "us-cdcal", "Acme sued Globex in the Central District of California."))
    assert _rows(graph) == [(["a"], "us-cdcal", 1), (["a", "c"], "us-ndcal", 1)]


# -- the same parties in two reports naming the court apart (_told_twice) -------------------
# (the report naming the district court, the report naming it by its place and kind, a report
# naming another state's court) with every party in each, in each script
BOTH_SIDES = {
    "hans": ("甲公司在美国纽约南区联邦地区法院起诉乙公司。", "甲公司在纽约联邦法院起诉乙公司。", "甲公司在德州联邦法院起诉乙公司。"),
    "hant": ("甲公司在美國紐約南區聯邦地區法院起訴乙公司。", "甲公司在紐約聯邦法院起訴乙公司。", "甲公司在德州聯邦法院起訴乙公司。"),
    "en": ("Acme sued Globex in the U.S. District Court for the Southern District of New York.",
           "Acme sued Globex in New York federal court.", "Acme sued Globex in Texas federal court."),
}


@pytest.mark.parametrize("script", sorted(BOTH_SIDES))
def test_the_same_parties_in_their_court_named_by_place_are_one_row(script):
    whole, placed, _ = BOTH_SIDES[script]
    graph = _graph(("a.txt", ["a"], "us-sdny", whole), ("b.txt", ["a"], "ny-court", placed))
    assert _rows(graph) == [(["a"], "us-sdny", 2)]


@pytest.mark.parametrize("script", sorted(BOTH_SIDES))
def test_the_same_parties_in_a_court_of_another_place_are_two_rows(script):
    whole, _, elsewhere = BOTH_SIDES[script]
    graph = _graph(("a.txt", ["a"], "us-sdny", whole), ("b.txt", ["a"], "tx-court", elsewhere))
    assert _rows(graph) == [(["a"], "tx-court", 1), (["a"], "us-sdny", 1)]


def test_the_same_parties_in_two_district_courts_the_knowledge_base_knows_are_two_rows():
    graph = _graph(("a.txt", ["a"], "us-ndcal", "Acme sued Globex in the Northern District of California."),
                   ("b.txt", ["a"], "us-cdcal", "Acme sued Globex in the Central District of California."))
    assert _rows(graph) == [(["a"], "us-cdcal", 1), (["a"], "us-ndcal", 1)]
