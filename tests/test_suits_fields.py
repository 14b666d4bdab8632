"""Suit-table fields read from the sentence that states them (kg/cases/): a court's kind
with no place (federal court, 联邦法院: context.tsv unplaced_court) names no one court, though
resolution has made it a label of one; the court a sentence names by its place stays.  A news
item with no date line, dated by the first act its story tells (The court ruled on Nov. 21,
2024), dates no other filing by that date (kg.cases.story_dated, _borrowed_year, _first_report).
Invented sentences, in Simplified, in Traditional (OpenCC s2t) and in English."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import acts_on, suits
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
    # Review B 6: a place near the court's kind but not its (another name's, a speaker's), a sentence's capital
    ("Xinghe sued Qingchuan Bank in federal court this week.", "federal court"),
    ("Xinghe sued Hailan in federal court, Qingchuan officials said.", "federal court"),
    ("Federal court records show Xinghe sued Hailan this week.", "federal court"),
    ("青川州的星河科技本周在联邦法院起诉海岚网络。", "联邦法院"),
])
def test_a_court_kind_without_its_place_names_no_court(sentence, label):
    graph = _courted(sentence, label)
    assert [(suit.plaintiffs, suit.defendants, suit.court) for suit in suits(graph)] == [(["p"], ["d"], None)]


@pytest.mark.parametrize("sentence, name", [
    ("Xinghe sued Hailan in the High Court in London on Monday.", "High Court"),
    ("Xinghe sued Hailan in the Federal Court on Monday.", "Federal Court"),
    ("Xinghe filed its claim against Hailan in the District Court last week.", "District Court"),
])
def test_a_court_kind_capitalised_is_a_court_name(sentence, name):
    """The High Court, the Federal Court: where a country has one such court, its name."""
    graph = _graph(("p", "Company", "星河科技"), ("d", "Company", "海岚网络"), ("court", "Court", name))
    graph.entity("p")["labels"] |= {"Xinghe"}
    graph.entity("d")["labels"] |= {"Hailan"}
    graph.add_fact("p", "sued", "d", _evidence(sentence))
    assert [suit.court for suit in suits(graph)] == ["court"]


@pytest.mark.parametrize("convert", [str, S2T.convert])
@pytest.mark.parametrize("sentence", [
    "星河科技在美国青川州联邦地区法院起诉海岚网络。",
    "Xinghe sued Hailan in the U.S. District Court for the District of Qingchuan on Monday.",
])
def test_a_court_named_with_its_place_stays(sentence, convert):
    graph = _courted(convert(sentence), "federal court", "联邦法院")
    assert [(suit.court, suit.court_stated) for suit in suits(graph)] == [("court", True)]


@pytest.mark.parametrize("sentence", [
    "Xinghe sued Hailan in Qingchuan federal court this week.",
    "Xinghe sued Hailan in federal court in Qingchuan this week.",
    "Xinghe sued Hailan in federal court in Lanport, Qingchuan, this week.",
    "星河科技本周在青川州联邦法院起诉海岚网络。",
])
def test_a_court_kind_next_to_its_place_names_the_court(sentence):
    graph = _courted(sentence, "federal court", "联邦法院")
    assert [suit.court for suit in suits(graph)] == ["court"]


@pytest.mark.parametrize("sentence, told", [
    # an act on the day: an item with no date line that tells it first is dated by it
    ("The district court issued a ruling on Nov. 21, 2024, dismissing some of the claims.", True),
    ("In an earlier ruling in August 2025, Judge Roe dismissed the first claims as too vague.", True),
    ("2023年12月27日，港湾时报向甲州地区法院起诉星河科技，指控其侵犯版权。", True),
    ("2023年12月27日，港灣時報向甲州地區法院起訴星河科技，指控其侵犯版權。", True),
    # a date line: the day it was written
    ("测试网编译李安 2026-01-08 07:13", False),
    ("測試網編譯李安 2026-01-08 07:13", False),
    ("July 17, 2025 The software industry received a landmark ruling on Tuesday.", False),
    # Review B 4: a press release's dateline, its place before the date
    ("SAN FRANCISCO, March 12, 2025 /PRNewswire/ -- Orion Media today filed a lawsuit against Vega Corp.", False),
    ("Austin, Texas, March 12, 2025 -- Orion Media today filed a lawsuit against Vega Corp.", False),
    ("In Austin, on March 12, 2025, Orion Media filed a lawsuit against Vega Corp.", True),
    ("On March 12, 2025 Orion Media filed a lawsuit against Vega Corp.", True),
    # a day told with no act in it (a background day)
    ("On November 11, 2022, Ann Lee visited the airline's website to book a flight.", False),
])
def test_a_sentence_telling_an_act_on_the_day(sentence, told):
    assert acts_on(sentence, find_dates(sentence)[0][2]) is told


@pytest.mark.parametrize("sentence", [
    "Harbor Times sued Nova Labs over its articles.",
    "港湾时报起诉了星河科技。",
    "港灣時報起訴了星河科技。",
    # a relative date (its sentence's date, resolved by the build against the item's): no anchor either
    "Harbor Times sued Nova Labs on Friday.",
    "港湾时报近日起诉了星河科技。",
    "港灣時報昨日起訴了星河科技。",
])
def test_a_report_dated_by_another_act_dates_no_filing(sentence):
    """A filing told with no date, or a relative one, in an item whose date is an act its
    story tells (no date line: Orion Media sued Vega Corp on March 12, 2025): the item's date
    is that act's, not this filing's, nor the report's."""
    graph = _graph(("p", "Company", "港湾时报"), ("d", "Company", "星河科技"),
                   ("o", "Company", "猎户传媒"), ("v", "Company", "织女公司"))
    for node, english in (("p", "Harbor Times"), ("d", "Nova Labs"), ("o", "Orion Media"), ("v", "Vega Corp")):
        graph.entity(node)["labels"] |= {english}
    graph.add_fact("p", "sued", "d", Evidence("a.txt", "t", sentence, 200, 200 + len(sentence), "2025-03-12"))
    # the day its relative date gives, by the item's date line; with none, no date: not the report's day (suits47)
    relative = any(word in sentence for word in ("Friday", "近日", "昨日"))
    assert [suit.filed for suit in suits(graph) if suit.plaintiffs == ["p"]] == ["2025-03-12" if relative else None]
    act = "Orion Media sued Vega Corp on March 12, 2025, over its catalogue."
    graph.add_fact("o", "sued", "v", Evidence("a.txt", "t", act, 0, len(act), "2025-03-12"))
    plain = "Vega Corp called the claims baseless."  # a sentence telling no date: it carries the item's
    graph.add_fact("o", "sued", "v", Evidence("a.txt", "t", plain, 100, 100 + len(plain), "2025-03-12"))
    assert [suit.filed for suit in suits(graph) if suit.plaintiffs == ["p"]] == [None]



def test_a_press_releases_dateline_dates_its_item_not_an_act():
    """Review B 4: SAN FRANCISCO, March 12, 2025 /PRNewswire/ -- X today filed…: the date is the item's
    own (its dateline), and another suit the item tells with no date of its own has none (suits47: not the
    report's day either)."""
    graph = _graph(("p", "Company", "港湾时报"), ("d", "Company", "星河科技"),
                   ("o", "Company", "猎户传媒"), ("v", "Company", "织女公司"))
    for node, english in (("p", "Harbor Times"), ("d", "Nova Labs"), ("o", "Orion Media"), ("v", "Vega Corp")):
        graph.entity(node)["labels"] |= {english}
    release = "SAN FRANCISCO, March 12, 2025 /PRNewswire/ -- Orion Media today filed a lawsuit against Vega Corp."
    graph.add_fact("o", "sued", "v", Evidence("pr.txt", "t", release, 0, len(release), "2025-03-12"))
    sentence = "Harbor Times also sued Nova Labs over its articles."
    graph.add_fact("p", "sued", "d", Evidence("pr.txt", "t", sentence, 200, 200 + len(sentence), "2025-03-12"))
    assert [suit.filed for suit in suits(graph) if suit.plaintiffs == ["p"]] == [None]  # the release's day is its own act's
