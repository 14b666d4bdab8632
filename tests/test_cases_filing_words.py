"""The filing words of the suit table with words between the verb and the suit (filed a proposed
class-action lawsuit, filed a wrongful-death lawsuit, filed her lawsuit): a filing, so the date its
sentence gives is the suit's filing date.  A * of a cue is one word, two stars two words.  All
sentences invented, in Simplified, Traditional (OpenCC s2t) and English."""
from __future__ import annotations

import re

import opencc
import pytest

from kg.cases import _words, event_cues, suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

S2T = opencc.OpenCC("s2t")
ENTITIES = (("p", "Company", "星河科技", "Xinghe"), ("d", "Company", "海岚网络", "Hailan"),
            ("w", "Person", "李明远", "Li Mingyuan"))


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
