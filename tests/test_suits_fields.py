"""Suit-table fields read from the sentence that states them (kg/cases.py): a court's kind
with no place (federal court, 联邦法院: context.tsv unplaced_court) names no one court, though
resolution has made it a label of one; the court a sentence names by its place stays.  A news
item with no date line, dated by the first act its story tells (The court ruled on Nov. 21,
2024), dates no filing by that date (kg.cases.story_dated, _first_report).
Invented sentences, in Simplified, in Traditional (OpenCC s2t) and in English."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import story_dated, suits
from kg.dates import find_dates
from kg.graph import KnowledgeGraph
from kg.model import Evidence
from test_suits_unseen import _graph  # entities labelled in both scripts

S2T = opencc.OpenCC("s2t")


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


@pytest.mark.parametrize("text, told", [
    # no date line: the item's date is the first one its story tells, an act's
    ("Harbor Times v. Nova Labs\nNova Labs moved to dismiss the claims. The district court issued a ruling "
     "on Nov. 21, 2024, dismissing some of them.", True),
    ("Background\nIn an earlier ruling in August 2025, Judge Roe dismissed the first claims as too vague.", True),
    ("星河科技案\n2023年12月27日，港湾时报向甲州地区法院起诉星河科技，指控其侵犯版权。", True),
    ("星河科技案\n2023年12月27日，港灣時報向甲州地區法院起訴星河科技，指控其侵犯版權。", True),
    # a date line: the day it was written
    ("星河科技案\n测试网编译李安 2026-01-08 07:13\n根据本周提交的法院文件，双方已同意和解。", False),
    ("星河科技案\n測試網編譯李安 2026-01-08 07:13\n根據本週提交的法院文件，雙方已同意和解。", False),
    ("July 17, 2025 The software industry received a landmark ruling on Tuesday.", False),
    # the first date a sentence tells with no act in it (a background day) is not an act's
    ("On November 11, 2022, Ann Lee visited the airline's website to book a flight.", False),
])
def test_an_item_dated_by_an_act_its_story_tells(text, told):
    date = find_dates(text)[0][2]
    assert story_dated(text, date) is told


@pytest.mark.parametrize("sentence, dated", [
    ("Harbor Times sued Nova Labs over its articles.", "2025-03-12"),
    ("港湾时报起诉了星河科技。", "2025-03-12"),
    ("港灣時報起訴了星河科技。", "2025-03-12"),
    # a relative date (its sentence's date, resolved by the build against the item's): no anchor either
    ("Harbor Times sued Nova Labs on Friday.", "2025-03-12"),
    ("港湾时报近日起诉了星河科技。", "2025-03-12"),
    ("港灣時報昨日起訴了星河科技。", "2025-03-12"),
])
def test_a_report_dated_by_another_act_dates_no_filing(sentence, dated):
    """A filing told with no date, or a relative one, in an item whose date is a ruling its
    story tells (no date line): the item's date is the ruling's, not the filing's, nor the
    report's."""
    graph = _graph(("p", "Company", "港湾时报"), ("d", "Company", "星河科技"))
    graph.entity("p")["labels"] |= {"Harbor Times"}
    graph.entity("d")["labels"] |= {"Nova Labs"}
    graph.add_fact("p", "sued", "d", _evidence(sentence))
    assert [suit.filed for suit in suits(graph)] == [dated]  # an item's date line dates its filing
    graph.graph.graph["story_dated_items"] = ["a.txt\tt"]
    assert [suit.filed for suit in suits(graph)] == [None]
