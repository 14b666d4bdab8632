"""The suit table's filing dates, parties and events as a newsletter tells them (kg.cases, kg.unnamed):
a filing dated 同日 (the same day) right after a sentence writing that day with its year; a plaintiff
followed by its short name before 诉 (A公司（以下简称“A”）诉B案); a case dismissed by name (裁定驳回A诉B案),
one dismissal beside another report's ruling of that day.  Invented sentences."""
from __future__ import annotations

import pytest

from kg.cases import event_cues, suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

from test_cases_table import _sides  # the (plaintiffs, defendants) of each row of one document
from test_unnamed_masked_names import _text  # an invented document in Simplified or Traditional script

ENTITIES = [("court", "Court", "北区联邦地区法院", ()), ("vantor", "Company", "Vantor", ()),
            ("jia", "Company", "甲报", ()), ("yi", "Company", "乙报", ())]


def _graph(facts, undated=True) -> KnowledgeGraph:
    """Facts as (head, relation, tail, sentence, item) of one document, each sentence after the one
    before it; ``undated``: its items have no date line (their date is the first their text tells)."""
    graph = KnowledgeGraph()
    for node, kind, label, labels in ENTITIES:
        graph.add_entity(Entity(node, kind, label, set(labels) | {label}))
    sentences = list(dict.fromkeys((sentence, item) for *_, sentence, item in facts))
    for head, relation, tail, sentence, item in facts:
        position = sentences.index((sentence, item))
        date = "2024-03-05" if item == "news" else "2024-11-20"
        graph.add_fact(head, relation, tail, Evidence("d.txt", item, sentence, position * 100,
                                                      position * 100 + len(sentence), date))
    if undated:
        graph.graph.graph["undated_items"] = ["d.txt\tnews"]
    return graph


def _filed(graph: KnowledgeGraph) -> dict[str, str | None]:
    return {suit.plaintiffs[0]: suit.filed for suit in suits(graph)}


FIRST = "2024年3月5日，甲报向北区联邦地区法院起诉Vantor；"
SAME_DAY = "同日，乙报亦在同一法院对Vantor提起诉讼。"


def test_a_filing_on_the_same_day_as_the_sentence_before_is_dated():
    graph = _graph([("jia", "sued", "vantor", FIRST, "news"), ("yi", "sued", "vantor", SAME_DAY, "news")])
    assert _filed(graph) == {"jia": "2024-03-05", "yi": "2024-03-05"}


def test_a_same_day_with_no_year_told_before_dates_no_filing():
    # the sentence before writes no date: the item's own day is borrowed, no filing date
    before = "甲报向北区联邦地区法院起诉Vantor；"
    graph = _graph([("jia", "sued", "vantor", before, "news"), ("yi", "sued", "vantor", SAME_DAY, "news")])
    assert _filed(graph)["yi"] is None


SHORT = ("测试法治新闻\n2024年5月6日\n\n甲市互联网法院审结一起AI绘画案\n近日，甲市互联网法院对上海某文化发展有限公司"
         "（以下简称“某文化公司”）诉杭州某智能科技有限公司著作权侵权纠纷案作出一审判决。\n")


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_plaintiffs_short_name_before_the_link_is_passed(pipeline, tmp_path, name):
    plaintiff, defendant = ("上海某文化发展有限公司", "杭州某智能科技有限公司") if name == "hans" else \
        ("上海某文化發展有限公司", "杭州某智能科技有限公司")
    assert _sides(pipeline, tmp_path / f"{name}.txt", _text(SHORT, name)) == [([plaintiff], [defendant])]


def test_a_case_dismissed_by_its_name_is_a_dismissal():
    kinds = lambda sentence: {kind for _, kind in event_cues(sentence)}  # noqa: E731
    assert "dismissal" in kinds("2024年11月7日，北区联邦地区法院法官王一裁定驳回甲报和乙报诉Vantor案。")
    assert "dismissal" in kinds("北區聯邦地區法院裁定駁回甲報訴Vantor案。")
    # the case's name goes on (a motion in it): a ruling, no dismissal
    assert "dismissal" not in kinds("法院驳回了Vantor在甲报诉Vantor案中的动议。")
    assert "dismissal" not in kinds("法院驳回甲报诉Vantor案中原告的部分主张。")


def test_a_ruling_on_the_day_of_a_dismissal_is_that_dismissal():
    told = "2024年11月7日，北区联邦地区法院裁定驳回甲报诉Vantor案。"
    report = "甲报起诉Vantor，2024年11月被法院以缺乏原告资格为由驳回。"
    graph = _graph([("jia", "sued", "vantor", FIRST, "news"), ("jia", "sued", "vantor", told, "ruling"),
                    ("court", "adjudicated", "vantor", told, "ruling"), ("jia", "sued", "vantor", report, "review")],
                   undated=False)
    (suit,) = suits(graph)
    assert [(event.kind, event.date) for event in suit.events] == [("dismissal", "2024-11-07")]
    assert suit.status == "dismissed"


def test_a_case_named_by_its_plaintiffs_count_names_no_other_suit():
    """kg.cases.attach._names_other_case: 王五、赵六等13名作家诉Vantor案 is cut to the list's tail (等13名作家)
    as its plaintiffs; a count names no other parties, so the ruling is the authors' suit's event."""
    graph = KnowledgeGraph()
    for node, kind, label in [("court", "Court", "北区联邦地区法院"), ("vantor", "Company", "Vantor"),
                              ("wang", "Person", "王五"), ("zhao", "Person", "赵六"),
                              ("case", "Case", "等13名作家诉Vantor案")]:
        graph.add_entity(Entity(node, kind, label, {label}))
    filed = "2023年7月7日，王五和赵六向北区联邦地区法院起诉Vantor。"
    ruled = "2025年6月25日，北区联邦地区法院法官在王五、赵六等13名作家诉Vantor案中作出有利于Vantor的简易判决。"
    for head, relation, tail, sentence, item in [("wang", "sued", "vantor", filed, "a"), ("zhao", "sued", "vantor", filed, "a"),
                                                 ("court", "adjudicated", "vantor", ruled, "b")]:
        graph.add_fact(head, relation, tail, Evidence("d.txt", item, sentence, 0, len(sentence), "2025-06-26"))
    (suit,) = suits(graph)
    assert [(event.kind, event.date) for event in suit.events] == [("ruling", "2025-06-25")]
    # a case of other named parties stays another suit's
    graph.add_entity(Entity("case2", "Case", "孙七诉Vantor案", {"孙七诉Vantor案"}))
    other = "2025年6月27日，北区联邦地区法院在孙七诉Vantor案中作出简易判决。"
    graph.add_fact("court", "adjudicated", "vantor", Evidence("d.txt", "c", other, 0, len(other), "2025-06-28"))
    (suit,) = suits(graph)
    assert [(event.kind, event.date) for event in suit.events] == [("ruling", "2025-06-25")]


@pytest.mark.parametrize("sentence", ["2025年3月18日，第九巡回上诉法院在甲报诉Vantor案中一致维持一审判决。",
                                      "2025年3月18日，第九巡迴上訴法院在甲報訴Vantor案中維持了一審判決。"])
def test_an_appeal_court_upholding_the_first_ruling_rules_on_its_date(sentence):
    """suits.tsv appeal_decided (维持一审判决): the appeals court's ruling on its date, the appeal
    brought before it undated, not an appeal brought that day."""
    from kg.cases.events import _events
    events = _events(Evidence("d.txt", "d", sentence, 0, len(sentence), "2025-03-20"))
    assert sorted((event.kind, event.date or "") for event in events) == [("appeal", ""), ("ruling", "2025-03-18")]
