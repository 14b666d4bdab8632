"""The filing words of the suit table with words between the verb and the suit (filed a proposed
class-action lawsuit, filed a wrongful-death lawsuit, filed her lawsuit): a filing, so the date its
sentence gives is the suit's filing date.  A * of a cue is one word, two stars two words.  So are
the verbs it did not read as a filing: a lawsuit or case launched, initiated or lodged (X launched
a similar case against Y), a party charged by the body bringing the action (the commission charged
Y with violations), a case said to begin at a date (此案始于2023年1月，X指控Y…).  All sentences
and names invented, in Simplified, Traditional (OpenCC s2t) and English."""
from __future__ import annotations

import re

import opencc
import pytest

from kg.cases import event_cues, suits
from kg.cases.words import _words
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

S2T = opencc.OpenCC("s2t")
ENTITIES = (("p", "Company", "星河科技", "Xinghe"), ("d", "Company", "海岚网络", "Hailan"),
            ("w", "Person", "李明远", "Li Mingyuan"),
            ("r", "Regulator", "北岸证券委员会", "Northshore Securities Commission"))


def _graph(plaintiff: str, sentence: str, date: str | None = "2025-09-20") -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node, kind, label, english in ENTITIES:
        graph.add_entity(Entity(node, kind, label))
        graph.entity(node)["labels"] |= {S2T.convert(label), english}
    graph.add_fact(plaintiff, "sued", "d", Evidence("a.txt", "t", sentence, 0, len(sentence), date))
    return graph


@pytest.mark.parametrize("plaintiff, sentence", [
    ("p", "On September 5, 2025, Xinghe filed a proposed class-action lawsuit against Hailan in a state court."),
    ("p", "On 5 September 2025, Xinghe filed a wrongful-death lawsuit against Hailan, claiming its app misled users."),
    ("w", "On 5 September 2025, Li Mingyuan filed her lawsuit against Hailan over the leaked recordings."),
    ("p", "Xinghe filed a federal lawsuit against Hailan on 5 September 2025, accusing it of copying its maps."),
    ("p", "2025年9月5日，星河科技对海岚网络提起一项拟议集体诉讼，指控其抄袭地图数据。"),
    ("p", S2T.convert("2025年9月5日，星河科技对海岚网络提起一项拟议集体诉讼，指控其抄袭地图数据。")),
])
def test_a_filing_told_with_words_before_the_suit_dates_it(plaintiff, sentence):
    (suit,) = suits(_graph(plaintiff, sentence))
    assert suit.filed == "2025-09-05"


@pytest.mark.parametrize("sentence", [
    "Xinghe filed a proposed class-action lawsuit against Hailan.",
    "Xinghe filed a wrongful-death lawsuit against Hailan.",
    "Li Mingyuan filed her lawsuit against Hailan.",
])
def test_the_words_are_a_filing_cue(sentence):
    assert [kind for _, kind in event_cues(sentence)] == ["filing"]


def test_a_filing_word_with_a_date_of_another_act_after_a_comma_gives_no_date():
    sentence = "Xinghe filed a wrongful-death lawsuit against Hailan, which had updated its app on 5 September 2025."
    (suit,) = suits(_graph("p", sentence))
    assert suit.filed is None


@pytest.mark.parametrize("cue, text, matches", [
    ("filed a * * lawsuit", "filed a proposed class-action lawsuit", True),
    ("filed a * * lawsuit", "filed a lawsuit", False),
    ("filed a * * lawsuit", "filed a wrongful-death lawsuit", False),
    ("dismissed * claim", "dismissed Mata's claim", True),
    ("dismissed * claim", "dismissed the whole claim", False),
    ("sued", "sued", True),
])
def test_each_star_of_a_cue_is_one_word(cue, text, matches):
    assert bool(re.fullmatch(_words(cue), text, re.IGNORECASE)) is matches


BEGAN_ZH = "此案始于2023年1月，星河科技指控海岚网络未经许可复制其地图数据。"


@pytest.mark.parametrize("plaintiff, sentence, filed", [
    ("p", "In January 2023, Xinghe launched a lawsuit against Hailan, the maker of a popular map app.", "2023-01"),
    ("w", "In October 2024, the novelist Li Mingyuan launched a similar case against Hailan.", "2024-10"),
    ("p", "Xinghe launched legal action against Hailan on 5 September 2025.", "2025-09-05"),
    ("p", "On 5 September 2025, Xinghe initiated a lawsuit against Hailan over its map data.", "2025-09-05"),
    ("r", "On January 14, 2025, the Northshore Securities Commission charged Hailan Ltd. with violations "
          "of the securities laws.", "2025-01-14"),
    ("p", BEGAN_ZH, "2023-01"),
    ("p", S2T.convert(BEGAN_ZH), "2023-01"),
])
def test_a_filing_told_by_these_verbs_dates_the_suit(plaintiff, sentence, filed):
    (suit,) = suits(_graph(plaintiff, sentence))
    assert suit.filed == filed


@pytest.mark.parametrize("sentence", [
    "Xinghe launched a lawsuit against Hailan.",
    "Xinghe launched a copyright case against Hailan.",
    "Xinghe lodged a complaint against Hailan.",
    "The commission charged Hailan with fraud.",
    "此案始于去年，星河科技指控海岚网络。",
    S2T.convert("此案始于去年，星河科技指控海岚网络。"),
])
def test_the_verbs_are_a_filing_cue(sentence):
    assert [kind for _, kind in event_cues(sentence)] == ["filing"]


@pytest.mark.parametrize("sentence", [
    "Xinghe launched a new map app in January 2023, and Hailan copied it.",
    "星河科技于2023年1月推出地图应用，海岚网络随后复制。",
])
def test_a_launch_of_something_else_is_no_filing(sentence):
    assert [kind for _, kind in event_cues(sentence)] == []


def test_a_launch_with_a_date_of_another_act_after_a_comma_gives_no_date():
    sentence = "Xinghe launched a lawsuit against Hailan, which had released its app in January 2023."
    (suit,) = suits(_graph("p", sentence))
    assert suit.filed is None
