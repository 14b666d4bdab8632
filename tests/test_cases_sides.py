"""The suit table's parties and filing dates: a place named only in an English dateline
(Riverton, November 19: / RIVERTON (Reuters) -) is no party; a party named only by its kind's word
(该公司, 科技公司) is none; a claim a case name tells after its sides (侵害著作权, 不正当竞争) is no
defendant, and 诉 inside 撤诉 links no sides; a sentence adding parties to another's (In addition
to X, other plaintiffs include Y; 除了X，原告还包括Y) tells one suit; a filing dated by a Chinese
weekday (周三，A起诉B) takes the day before the item's date line.  All sentences invented, in
Simplified, Traditional (OpenCC s2t) and English."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.ingest import read_document
from kg.query import cases
from kg.script import traditional
from test_cases_owners_filing_dates import _graph as sued_graph  # sued facts over ENTITIES, one document
from test_cases_table import _sides  # the (plaintiffs, defendants) of each row of one document

S2T = opencc.OpenCC("s2t")
ENTITIES = (("p", "Company", "星河科技", "Xinghe"), ("d", "Company", "海岚网络", "Hailan"),
            ("o", "Person", "李明远", "Li Mingyuan"), ("t", "Person", "汤姆·里德", "Tom Reed"),
            ("m", "Jurisdiction", "河镇", "Riverton"), ("k", "Company", "公司", "公司"))


def _graph(*facts: tuple[str, str, str]) -> KnowledgeGraph:
    return sued_graph(*facts, entities=ENTITIES)


def _rows(graph: KnowledgeGraph) -> list[tuple[list[str], list[str]]]:
    return [(suit.plaintiffs, suit.defendants) for suit in suits(graph)]


@pytest.mark.parametrize("sentence", [
    "Riverton, November 19: Xinghe has sued Hailan, accusing it of copying its code.",
    "Riverton: In a significant legal move, Xinghe has filed a lawsuit against Hailan.",
    "RIVERTON (Reuters) - Xinghe sued Hailan on Monday over copied code.",
])
def test_a_place_named_only_in_an_english_dateline_is_no_party(sentence):
    graph = _graph(("p", "d", sentence), ("p", "m", sentence), ("m", "d", sentence))
    assert _rows(graph) == [(["p"], ["d"])]


def test_a_place_that_sues_after_its_dateline_stays_a_party():
    sentence = "Riverton, November 19: Riverton sued Hailan over its use of residents' data."
    assert _rows(_graph(("m", "d", sentence))) == [(["m"], ["d"])]


@pytest.mark.parametrize("sentence", [
    "星河科技和海岚网络的胜诉都涉及书籍训练，但目前还有多起针对科技公司的诉讼正在进行。",
    S2T.convert("星河科技和海岚网络的胜诉都涉及书籍训练，但目前还有多起针对科技公司的诉讼正在进行。"),
])
def test_a_party_named_only_by_its_kind_is_no_party(sentence):
    assert _rows(_graph(("p", "k", sentence), ("d", "k", sentence))) == []


def _filed(pipeline, path, text: str) -> list[str | None]:
    """The filing date of each row of the table built from one document."""
    path.write_text(text, encoding="utf-8")
    return [row["filed"] for row in cases(pipeline.graph(pipeline.process_documents([read_document(path)])))]


@pytest.mark.parametrize("sentence,filed", [
    ("周三，腾讯对百度提起诉讼，指控其抄袭代码。", "2025-04-09"),
    (S2T.convert("腾讯已于周五正式对百度提起诉讼，指控其抄袭代码。"), "2025-04-04"),
    ("Tencent sued Baidu on Wednesday, accusing it of copying code.", "2025-04-09"),
    ("腾讯上周三对百度提起诉讼，指控其抄袭代码。", "2025-04"),  # a week before: the month only
])
def test_a_filing_dated_by_its_weekday_takes_the_day_before_the_date_line(pipeline, tmp_path, sentence, filed):
    text = f"测试新闻\n\n2025-04-10 08:30\n\n{sentence}\n"
    assert _filed(pipeline, tmp_path / "a.txt", text) == [filed]


def test_a_name_beginning_with_a_weekday_dates_nothing(pipeline, tmp_path):
    text = "测试新闻\n\n2025-04-10 08:30\n\n腾讯与周一鸣起诉了百度，指控其抄袭代码。\n"
    assert _filed(pipeline, tmp_path / "a.txt", text) == [None]


@pytest.mark.parametrize("first,second", [
    ("Li Mingyuan sued Xinghe and Hailan over his novels.",
     "In addition to Li Mingyuan, other plaintiffs include Tom Reed."),
    ("李明远起诉星河科技和海岚网络。", "除了李明远，原告还包括汤姆·里德。"),
    (S2T.convert("李明远起诉星河科技和海岚网络。"), S2T.convert("除了李明远，原告还包括汤姆·里德。")),
])
def test_parties_a_sentence_adds_to_another_s_are_one_suit(first, second):
    graph = _graph(("o", "p", first), ("o", "d", first), ("t", "p", second), ("t", "d", second))
    assert _rows(graph) == [(["o", "t"], ["d", "p"])]


def test_two_plaintiffs_suing_the_same_companies_apart_stay_two_suits():
    first, second = "Li Mingyuan sued Xinghe and Hailan over his novels.", "Tom Reed also sued Xinghe and Hailan."
    graph = _graph(("o", "p", first), ("o", "d", first), ("t", "p", second), ("t", "d", second))
    assert sorted(_rows(graph)) == [(["o"], ["d", "p"]), (["t"], ["d", "p"])]


CLAIMED = "测试法院新闻\n2024年5月6日\n\n近日，甲市中级人民法院对“丰某诉东山公司侵害著作权及不正当竞争案”作出二审裁定。\n"
WITHDRAWN = ("测试法院新闻\n2024年5月6日\n\n法庭开庭审理后，耐心细致与当事人沟通协调，最终推动双方达成共识，"
             "以撤诉结案。\n")


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_claim_named_after_a_case_s_sides_is_no_party(pipeline, tmp_path, script):
    convert = (lambda text: text) if script == "hans" else traditional
    assert _sides(pipeline, tmp_path / f"{script}.txt", convert(CLAIMED)) == [([convert("丰某")], [convert("东山公司")])]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_withdrawal_links_no_sides(pipeline, tmp_path, script):
    text = WITHDRAWN if script == "hans" else traditional(WITHDRAWN)
    assert _sides(pipeline, tmp_path / f"{script}.txt", text) == []


def test_rows_one_party_names_the_other_of_share_a_key():
    # _one_party_two_names tries only earlier rows where a party's key as the longer name is
    # another's key as the shorter (_NamedAs): every pair _named_as joins must share one (else a
    # suit told under two names stays two rows)
    from kg.cases.aliases import _named_as, _NamedAs
    graph = KnowledgeGraph()
    keys = _NamedAs(graph).keys
    names = ["Acme", "Acme Corp.", "Acme, Inc.", "Acme Corporation", "魔珐", "魔珐公司", "X", "X Corp", "Beta LLC",
             "Beta", "Betamax Inc", "星河智能", "星河智能有限公司", "Y"]
    joined = [(a, b) for a in names for b in names if a != b and _named_as(graph, a, b)]
    assert ("Acme Corp.", "Acme") in joined and ("魔珐公司", "魔珐") in joined
    for a, b in joined:
        assert keys(a)[0] & keys(b)[1], (a, b)
    assert not keys("Acme")[0] & keys("Beta")[1] and not keys("Beta")[0] & keys("Acme")[1]
