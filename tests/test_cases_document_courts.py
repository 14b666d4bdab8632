"""A suit's court named in another item of a document telling that suit alone (kg/cases/
_infer_court, unnamed_suits): an article cut into sections (Lawsuit Synopsis, Case Background)
or into items by its short lines tells its one suit in one item and its court in another."""
from __future__ import annotations

import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

# (the suit's sentence, the court's sentence in another section, a second suit's sentence) in each script
SCRIPTS = {
    "hans": ("甲公司起诉乙公司，称其擅自抓取用户数据。", "该诉讼由北区法院受理，涉及乙公司的数据平台。",
             "丙公司起诉乙公司。"),
    "hant": ("甲公司起訴乙公司，稱其擅自抓取用戶數據。", "該訴訟由北區法院受理，涉及乙公司的數據平台。",
             "丙公司起訴乙公司。"),
    "en": ("Acme sued Globex, saying it scraped its users' data.",
           "The lawsuit, lodged in the Northern District Court, centers on Globex's data platform.",
           "Initech sued Globex."),
}


def _graph(*facts: tuple[str, str, str, str, str], document: str = "d.txt") -> KnowledgeGraph:
    """Facts as (head, relation, tail, sentence, item) of one document, over a few entities
    named in both Chinese scripts and in English."""
    graph = KnowledgeGraph()
    for entity in (Entity("a", "Company", "甲公司", {"甲公司", "Acme"}), Entity("b", "Company", "乙公司", {"Globex"}),
                   Entity("c", "Company", "丙公司", {"Initech"}),
                   Entity("north", "Court", "北区法院", {"北區法院", "Northern District Court"}),
                   Entity("place", "Jurisdiction", "北区", {"北區", "Northern District"})):
        graph.add_entity(entity)
    for position, (head, relation, tail, sentence, item) in enumerate(facts):
        graph.add_fact(head, relation, tail, Evidence(document, item, sentence, position * 100, position * 100 + 50,
                                                      "2025-08-20"))
    return graph


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_court_named_in_another_section_of_a_one_suit_document_is_inferred(script):
    sued, placed, _ = SCRIPTS[script]
    graph = _graph(("a", "sued", "b", sued, "Lawsuit Synopsis"),
                   ("north", "jurisdiction", "place", placed, "Case Background"))
    (suit,) = suits(graph)
    assert (suit.court, suit.court_stated) == ("north", False)
    assert "document" in suit.court_reason and suit.court_evidence == []


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_a_document_telling_another_suit_places_neither_by_its_other_sections(script):
    sued, placed, other = SCRIPTS[script]
    graph = _graph(("a", "sued", "b", sued, "Lawsuit Synopsis"),
                   ("north", "jurisdiction", "place", placed, "Case Background"),
                   ("c", "sued", "b", other, "Related Suits"))
    assert [(suit.court, suit.court_reason) for suit in suits(graph)] == [(None, "no court named")] * 2


def test_a_court_named_in_another_document_places_no_suit():
    graph = _graph(("a", "sued", "b", SCRIPTS["hans"][0], "Lawsuit Synopsis"))
    graph.add_fact("north", "jurisdiction", "place",
                   Evidence("other.txt", "t", SCRIPTS["hans"][1], 0, 40, "2025-08-20"))
    (suit,) = suits(graph)
    assert suit.court is None


def _unnamed(graph: KnowledgeGraph, sentence: str, item: str, **more) -> None:
    """An anonymised suit a build read (kg.unnamed), told by ``sentence`` in ``item`` of d.txt."""
    told = Evidence("d.txt", item, sentence, 500, 540, "2025-08-20")
    graph.graph.graph["unnamed_suits"] = [{"plaintiffs": [], "defendants": ["吴某", "任某"], "evidence": told.__dict__,
                                           "context": [], **more}]


@pytest.mark.parametrize("court_line, sentence", [
    ("北区法院审结一起利用AI换脸实施诈骗的案件。", "法院审理认为，被告人吴某、任某明知他人实施诈骗，仍提供协助。"),
    ("北區法院審結一起利用AI換臉實施詐騙的案件。", "法院審理認為，被告人吳某、任某明知他人實施詐騙，仍提供協助。"),
])
def test_court_of_an_anonymised_suit_named_in_another_item_of_its_document(court_line, sentence):
    graph = _graph(("north", "jurisdiction", "place", court_line, "利用AI换脸技术"))
    _unnamed(graph, sentence, "实施电信网络诈骗案件")
    (suit,) = suits(graph)
    assert (suit.court, suit.court_stated) == ("north", False) and "documents" in suit.court_reason


def test_a_precedent_cited_by_its_caption_takes_no_court_from_other_items():
    graph = _graph(("north", "jurisdiction", "place", "北区法院审结一起利用AI换脸实施诈骗的案件。", "利用AI换脸技术"))
    _unnamed(graph, "吴某、任某诈骗案常被引用。", "评论", caption="吴某、任某诈骗案")
    (suit,) = suits(graph)
    assert suit.court is None


def test_an_anonymised_suit_beside_a_named_one_takes_no_court_from_other_items():
    graph = _graph(("north", "jurisdiction", "place", "北区法院审结一起利用AI换脸实施诈骗的案件。", "利用AI换脸技术"),
                   ("a", "sued", "b", SCRIPTS["hans"][0], "另案"))
    _unnamed(graph, "法院审理认为，被告人吴某、任某明知他人实施诈骗，仍提供协助。", "实施电信网络诈骗案件")
    assert {suit.court for suit in suits(graph)} == {None}


@pytest.mark.parametrize("ruling, sentence", [
    ("2025年8月20日，北区法院审结此案，判决被告赔礼道歉并赔偿损失。", "法院审理认为，被告人吴某、任某明知他人实施诈骗，仍提供协助。"),
    ("2025年8月20日，北區法院審結此案，判決被告賠禮道歉並賠償損失。", "法院審理認為，被告人吳某、任某明知他人實施詐騙，仍提供協助。"),
    ("On August 20, 2025, the Northern District Court ruled for the plaintiff.", "The court found that Wu and Ren knowingly helped the scheme."),
])
def test_ruling_of_an_anonymised_suit_told_in_another_item_of_its_document_is_its_event(ruling, sentence):
    graph = _graph(("north", "jurisdiction", "place", ruling, "判决结果"))
    _unnamed(graph, sentence, "案情")
    (suit,) = suits(graph)
    assert [(event.kind, event.date) for event in suit.events] == [("ruling", "2025-08-20")]


def test_rulings_in_other_items_of_a_document_telling_other_suits_are_not_an_anonymised_suits():
    graph = _graph(("north", "jurisdiction", "place", "近日，北区法院审结此案，判决被告赔礼道歉。", "判决结果"),
                   ("a", "sued", "b", SCRIPTS["hans"][0], "另案"))
    _unnamed(graph, "法院审理认为，被告人吴某、任某明知他人实施诈骗，仍提供协助。", "案情")
    assert [suit.events for suit in suits(graph) if not suit.plaintiffs] == [[]]


@pytest.mark.parametrize("line", ["最高人民法院发布一批利用AI换脸实施诈骗的典型案例。", "最高人民法院發佈一批利用AI換臉實施詐騙的典型案例。",
                                  "The Supreme Court published a list of typical fraud cases."])
def test_a_supreme_court_named_elsewhere_in_the_document_places_no_suit(line):
    graph = _graph()
    graph.add_entity(Entity("spc", "Court", "最高人民法院", {"最高人民法院", "Supreme Court"}))
    graph.add_fact("spc", "jurisdiction", "place", Evidence("d.txt", "典型案例", line, 0, 40, "2025-08-20"))
    _unnamed(graph, "法院审理认为，被告人吴某、任某明知他人实施诈骗，仍提供协助。", "案情")
    (suit,) = suits(graph)
    assert suit.court is None
