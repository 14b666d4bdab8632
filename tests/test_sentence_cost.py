"""The indexes that keep one long sentence's cost linear in its names and cues (issue 52
item 5) answer as the scans they replace: the same kinds of context words, the same names
overlapping a cue, the same cues inside longer ones, the same spans held by longer ones."""
from __future__ import annotations

import random
import re

import pytest

from kg.alternation import alternation, openings, openings_of
from kg.cases import _Inside, event_cues
from kg.facts.triggers import Cue, _outside_longer
from kg.model import Mention, Overlapping, overlaps_any

KINDS = {"title": ["首席执行官", "CEO", "Chief Executive", "董事长"], "suit": ["起诉", "sued", "诉"],
         "court": ["法院", "Court of Appeals"], "one": ["该"], "odd": ["ſtate", "Ｋ社"]}
SENTENCES = ["纽约时报起诉OpenAI和微软，该案由联邦法院审理。", "Acme Corp's chief executive SUED Beta LLC in the court of appeals",
             "董事長張三表示，公司將起訴", "The ſtate sued Kelvin K and İnci", "ＡＣＭＥ董事长", "", "x"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_kind_skipped_for_its_openings_has_no_match_in_the_sentence(sentence):
    for start in range(0, len(sentence) + 1, 3):
        for end in range(start, len(sentence) + 1, 4):
            held = openings_of(sentence, start, end)
            for words in KINDS.values():
                pattern, needed = alternation(words, re.IGNORECASE), openings(words)
                if held is not None and needed is not None and needed.isdisjoint(held):
                    assert pattern.search(sentence, start, end) is None, (words, sentence[start:end])


def test_openings_are_not_told_for_cased_letters_outside_ascii():
    assert openings(["ſtate"]) is None and openings([""]) is None  # ſ matches s in any case
    assert openings_of("The ſtate", 0, 9) is None and openings_of("ＡＣＭＥ", 0, 4) is None
    assert openings(["Board", "董事会"]) == {"boa", "董事会"}
    assert "boa" in openings_of("the BOARD", 0, 9)


def _random_spans(rng: random.Random, count: int, length: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(count):
        start = rng.randrange(length)
        spans.append((start, min(length, start + rng.choice((0, 1, 2, 3, 5, 8, 30)))))
    return spans


@pytest.mark.parametrize("seed", range(5))
def test_overlapping_finds_the_names_overlaps_any_would(seed):
    rng = random.Random(seed)
    mentions = [Mention("x", "Company", start, end) for start, end in _random_spans(rng, 60, 200)]
    index = Overlapping(mentions)
    for start, end in _random_spans(rng, 300, 200):
        expected = [m for m in mentions if overlaps_any(start, end, [m])]
        assert sorted(index.overlapping(start, end), key=id) == sorted(expected, key=id)


@pytest.mark.parametrize("seed", range(5))
def test_cues_inside_longer_cues_of_another_relation_are_left_out_as_by_a_scan(seed):
    rng = random.Random(seed)
    hits = [Cue(rng.choice(("sued", "accused", "partnered")), start, end) for start, end in _random_spans(rng, 80, 120)
            if end > start]
    expected = [cue for cue in hits if not any(other.relation != cue.relation and other.start <= cue.start
                                               and cue.end <= other.end and other.end - other.start > cue.end - cue.start
                                               for other in hits)]
    assert _outside_longer(hits) == expected


@pytest.mark.parametrize("seed", range(5))
def test_a_span_held_by_a_longer_one_is_found_by_bisection_as_by_a_scan(seed):
    rng = random.Random(seed)
    spans = _random_spans(rng, 40, 100)
    inside = _Inside(spans)
    for start, end in _random_spans(rng, 300, 100):
        expected = any(s <= start and end <= e and e - s > end - start for s, e in spans)
        assert inside.longer(start, end) == expected


def test_event_cues_read_once_give_each_caller_its_own_list():
    sentence = "纽约时报起诉OpenAI，法院驳回了该起诉。"
    first = event_cues(sentence)
    first.clear()
    assert event_cues(sentence) and event_cues(sentence) == event_cues(sentence)
