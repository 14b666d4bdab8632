"""The suit table's parties and filing dates: a name standing only as another party's owner (起诉埃隆·马斯克的X公司),
as the one whose relatives sue (the parents of X; X的父母), with a judge's title (Judge Orrick), or
as a defendant's backer in apposition (OpenAI and its main backer Microsoft are facing…) is no side
of the suit; more Chinese and English filing words (诉上法庭, 递交诉状, taken legal action); a filing
no sentence dates has no date, not the day its report was written.  All sentences invented, in
Simplified, Traditional (OpenCC s2t) and English."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

S2T = opencc.OpenCC("s2t")
ENTITIES = (("p", "Company", "星河科技", "Xinghe"), ("d", "Company", "海岚网络", "Hailan"),
            ("o", "Person", "李明远", "Li Mingyuan"), ("t", "Person", "汤姆·里德", "Tom Reed"),
            ("j", "Company", "奥林律师事务所", "Orrin"), ("b", "Company", "织女资本", "Vega Capital"))


def _graph(*facts: tuple[str, str, str], date: str = "2025-03-12", entities: tuple = ENTITIES) -> KnowledgeGraph:
    """Sued facts as (plaintiff, defendant, sentence) over the entities (node, kind, label, English
    label), each labelled in both scripts and in English; one sentence, one evidence."""
    graph = KnowledgeGraph()
    for node, kind, label, english in entities:
        graph.add_entity(Entity(node, kind, label))
        graph.entity(node)["labels"] |= {S2T.convert(label), english}
    told = list(dict.fromkeys(sentence for _, _, sentence in facts))
    for head, tail, sentence in facts:
        start = told.index(sentence) * 200
        graph.add_fact(head, "sued", tail, Evidence("a.txt", "t", sentence, start, start + len(sentence), date))
    return graph


def _rows(graph: KnowledgeGraph) -> list[tuple[list[str], list[str]]]:
    return [(suit.plaintiffs, suit.defendants) for suit in suits(graph)]


@pytest.mark.parametrize("sentence", [
    "星河科技正在起诉李明远的海岚网络，指控其抄袭代码。",
    S2T.convert("星河科技正在起诉李明远旗下的海岚网络，指控其抄袭代码。"),
    "Xinghe is suing Li Mingyuan's Hailan, accusing it of copying code.",
])
def test_an_owner_named_as_the_others_possessor_is_no_defendant(sentence):
    graph = _graph(("p", "o", sentence), ("p", "d", sentence))
    assert _rows(graph) == [(["p"], ["d"])]


@pytest.mark.parametrize("sentence", [
    "星河科技起诉了李明远及其旗下的海岚网络。",  # listed with its unit: both sued
    "Xinghe sued Li Mingyuan and Hailan.",
])
def test_an_owner_listed_beside_its_unit_stays_a_defendant(sentence):
    graph = _graph(("p", "o", sentence), ("p", "d", sentence))
    assert _rows(graph) == [(["p"], ["d", "o"])]


@pytest.mark.parametrize("plaintiff, sentence", [
    # the one whose relatives sue: they are the plaintiffs (unnamed), not the one named
    ("t", "The parents of 16-year-old student Tom Reed filed a wrongful-death lawsuit against Hailan."),
    ("t", "汤姆·里德的父母起诉了海岚网络。"),
    ("t", S2T.convert("汤姆·里德的家人控告海岚网络。")),
    # a name with a judge's title (the knowledge base may take it for a firm of that name)
    ("j", "Judge Orrin told Xinghe to clarify its claims against Hailan."),
    ("j", "U.S. District Judge Orrin dismissed the claims against Hailan."),
    ("j", "奥林律师事务所法官驳回了针对海岚网络的部分诉讼请求。"),
    # a defendant's backer or parent in apposition after it: its side
    ("b", "Hailan and its main backer Vega Capital are facing a class action in federal court."),
    ("b", "海岚网络及其母公司织女资本被起诉。"),
    ("b", S2T.convert("海岚网络及其大股东织女资本遭到起诉。")),
])
def test_a_name_told_beside_the_suit_is_no_plaintiff(plaintiff, sentence):
    assert _rows(_graph((plaintiff, "d", sentence))) == []


def test_a_person_suing_for_a_relative_stays_a_plaintiff():
    sentence = "Tom Reed sued Hailan over the death of his son."
    assert _rows(_graph(("t", "d", sentence))) == [(["t"], ["d"])]


def test_a_backer_suing_on_its_own_stays_a_plaintiff():
    sentence = "Vega Capital, a backer of Xinghe, sued Hailan in March 2025."
    assert _rows(_graph(("b", "d", sentence))) == [(["b"], ["d"])]


@pytest.mark.parametrize("sentence, filed", [
    ("2025年9月，星河科技将海岚网络诉上法庭。", "2025-09"),
    (S2T.convert("2025年9月，星河科技向法院递交诉状，指控海岚网络抄袭代码。"), "2025-09"),
    ("In September 2025, Xinghe took legal action against Hailan.", "2025-09"),
])
def test_more_words_of_filing_date_the_filing(sentence, filed):
    graph = _graph(("p", "d", sentence), date=filed)
    assert [suit.filed for suit in suits(graph)] == [filed]


@pytest.mark.parametrize("sentence", [
    "Xinghe has sued Hailan, accusing it of copying code.",
    "星河科技起诉了海岚网络，指控其抄袭代码。",
    S2T.convert("星河科技起诉了海岚网络，指控其抄袭代码。"),
])
def test_a_filing_no_sentence_dates_has_no_date(sentence):
    """The day the item was written (its evidence's date) may be days or years after the filing:
    the table says no date rather than cite that day."""
    graph = _graph(("p", "d", sentence), date="2025-06-01")
    assert [suit.filed for suit in suits(graph)] == [None]


@pytest.mark.parametrize("sentence, filed", [
    ("Xinghe sued Li Mingyuan's Hailan on July 7, 2023, over its code.", "2023-07-07"),
    ("Xinghe filed a lawsuit against Hailan in the Northern District Court on June 3, 2024.", "2024-06-03"),
    ("Xinghe sued Hailan in that same courthouse in June 2024, over its own code.", "2024-06"),
])
def test_a_filing_is_dated_past_the_owner_and_the_court_before_its_date(sentence, filed):
    graph = _graph(("p", "d", sentence), date="2025-06-01")
    assert [suit.filed for suit in suits(graph)] == [filed]


@pytest.mark.parametrize("sentence, filed", [
    # the court's hearing or trial of a case described by its filing: the date is the hearing's
    ("2025年3月12日，北区法院就星河科技起诉海岚网络侵犯版权一案进行首次听证。", None),
    (S2T.convert("2025年3月12日，北区法院就星河科技起诉海岚网络侵犯版权一案进行首次听证。"), None),
    ("3月12日,北区法院开庭审理了星河科技起诉海岚网络的著作权侵权案件。", None),
    # a date inside the case's description is its filing's
    ("2025年3月12日，北区法院就星河科技于2024年5月起诉海岚网络一案进行首次听证。", "2024-05"),
    # a filing told as an act keeps the date before it
    ("2025年3月12日，星河科技对海岚网络提起诉讼。", "2025-03-12"),
])
def test_a_filing_describing_the_case_a_court_hears_is_not_dated_by_the_hearing(sentence, filed):
    graph = _graph(("p", "d", sentence), date="2025-03-12")
    assert [suit.filed for suit in suits(graph)] == [filed]
