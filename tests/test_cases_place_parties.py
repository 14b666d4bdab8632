"""kg.cases, places as a suit's parties: a place's name followed by a word leaving it the party
itself (context.tsv place_party: 起诉美国政府, 美国和欧盟) stays a suit's party, one followed by more
of a name describes it (起诉美国大型报纸); the mentions no longer mention contains are found in one
sweep (kg.cases.names._outermost), as the pairwise filter found them.  Invented sentences, in
Simplified and in Traditional (OpenCC s2t)."""
from __future__ import annotations

import random
import re

import opencc
import pytest

from kg.cases import suits
from kg.cases.names import _Found, _outermost
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

S2T = opencc.OpenCC("s2t")


def _suits(sentence: str) -> list[tuple[list[str], list[str]]]:
    graph = KnowledgeGraph()
    for node, kind, label in (("p", "Company", "星河科技"), ("us", "Jurisdiction", "美国")):
        graph.add_entity(Entity(node, kind, label))
        graph.entity(node)["labels"] |= {S2T.convert(label)}
    graph.add_fact("p", "sued", "us", Evidence("a.txt", "t", sentence, 0, len(sentence), "2025-03-12"))
    return [(suit.plaintiffs, suit.defendants) for suit in suits(graph)]


@pytest.mark.parametrize("sentence", ["星河科技起诉美国政府。", "星河科技起诉美国和欧盟。", "星河科技起诉美国等国。"])
@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_a_place_followed_by_a_party_word_is_the_party(sentence, convert):
    assert _suits(convert(sentence)) == [(["p"], ["us"])]


@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_a_place_describing_the_next_name_is_no_party(convert):
    assert [defendants for _, defendants in _suits(convert("星河科技起诉美国大型报纸。"))] in ([], [[]])


def _pairwise(found: list[re.Match]) -> list[re.Match]:
    return [m for m in found if not any(o.start() <= m.start() and m.end() <= o.end()
                                        and o.end() - o.start() > m.end() - m.start() for o in found)]


def test_the_sweep_keeps_what_the_pairwise_filter_kept():
    chance = random.Random(43)
    for _ in range(500):
        text = "".join(chance.choice("ab") for _ in range(30))
        labels = {"".join(chance.choice("ab") for _ in range(chance.randint(1, 5))) for _ in range(4)}
        found = [m for label in labels for m in re.finditer(re.escape(label), text)]
        assert sorted((m.span(), m.group()) for m in _outermost(found)) == sorted((m.span(), m.group()) for m in _pairwise(found))


def test_a_label_is_found_where_a_literal_pattern_finds_it():
    """kg.cases.names._Found.every: str.find in steps, the spans and text re's finditer of the escaped
    label gives (matches one after another, none overlapping; an empty label at every position;
    a label of pattern characters taken as written)."""
    chance = random.Random(47)
    for _ in range(2000):
        text = "".join(chance.choice("ab .") for _ in range(chance.randint(0, 14)))
        label = "".join(chance.choice("ab .") for _ in range(chance.randint(0, 3)))
        expected = [(m.span(), m.group()) for m in re.finditer(re.escape(label), text)]
        assert [(m.span(), m.group()) for m in _Found.every(label, text)] == expected
    assert [m.span() for m in _Found.every("aa", "aaaaa")] == [(0, 2), (2, 4)]


@pytest.mark.parametrize("text", ["Johannesburg's Sunday Times sued Vantor Labs over its archive.",
                                  "The Sri Lankan paper Sunday Times reported the ruling."])
def test_a_bare_sunday_times_is_no_known_london_paper(names, text):
    """data/kb companies.tsv: other countries' papers are called Sunday Times; only The Sunday Times
    names the London one (its kb entry)."""
    found = names(text)
    assert not [m for name, m in found.items() if "Sunday Times" in name and getattr(m, "kb_id", None) == "sunday-times-uk"]


@pytest.mark.parametrize("second", ["The complaint also names Blueprint AI, which Alpha Corp says made similar claims in its ads.",
                                    "Alpha Corp added Blueprint AI, a firm that faced similar cases abroad."])
def test_similar_claims_or_cases_tell_no_suit_of_its_own(second):
    """context.tsv similar_suit: a similar lawsuit, suit or complaint is another suit; similar claims
    or cases may be said of anything (a firm's ads, another country's courts): the party joins."""
    first = "On March 3, 2025, Alpha Corp sued Nova Labs."
    graph = KnowledgeGraph()
    for node, label in (("a", "Alpha Corp"), ("z", "Nova Labs"), ("y", "Blueprint AI")):
        graph.add_entity(Entity(node, "Company", label))
    graph.add_fact("a", "sued", "z", Evidence("a.txt", "t", first, 0, len(first), "2025-03-05"))
    graph.add_fact("a", "sued", "y", Evidence("a.txt", "t", second, len(first), len(first) + len(second), "2025-03-05"))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["a"], ["y", "z"])]
