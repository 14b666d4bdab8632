"""kg.facts.litigation: a ruling told by its outcome for one side (X won the case at the High
Court; A在X法院胜诉) rules on the suit the item tells: the court adjudicated its other sides
too (RulingSides), and a party winning or losing before a Chinese court (CourtOutcomes).
Invented sentences, in English, Simplified and Traditional (as OpenCC s2t writes it)."""
from __future__ import annotations

import pytest

from kg.script import is_traditional, traditional


def _read(pipeline, read_facts, text: str) -> set[tuple[str, str, str]]:
    return read_facts(pipeline.conversion(text) if is_traditional(text) else text)


def _heard(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "adjudicated"}


def _both(cases: list[tuple]) -> list[tuple]:
    return [case for text, *rest in cases for case in ((text, *rest), (traditional(text), *rest))]


@pytest.mark.parametrize("text, court, parties", [
    ("Getty Images sued Stability AI in 2023. Stability AI won the case at the High Court on Tuesday.",
     "High Court", {"Getty Images", "Stability AI"}),
    ("Getty Images sued Stability AI in 2023. Getty Images lost its case at the High Court on Tuesday.",
     "High Court", {"Getty Images", "Stability AI"}),
    ("Getty Images sued Stability AI in 2023. The High Court handed Stability AI a victory on Tuesday.",
     "High Court", {"Getty Images", "Stability AI"}),
])
def test_an_outcome_for_one_side_rules_on_the_suit(pipeline, read_facts, text, court, parties):
    assert _heard(_read(pipeline, read_facts, text)) == {(court, party) for party in parties}


@pytest.mark.parametrize("text, court, parties", _both([
    ("腾讯起诉了字节跳动。字节跳动在杭州市中级人民法院败诉。", "杭州市中级人民法院", {"腾讯", "字节跳动"}),
    ("腾讯起诉了字节跳动。腾讯于杭州市中级人民法院二审胜诉。", "杭州市中级人民法院", {"腾讯", "字节跳动"}),
]))
def test_a_party_winning_before_a_chinese_court_and_its_suit(pipeline, read_facts, text, court, parties):
    assert _heard(_read(pipeline, read_facts, text)) == {(court, party) for party in parties}


def test_an_outcome_without_a_court_rules_nothing(pipeline, read_facts):
    # 胜诉 with no court before it: no court to rule
    assert not _heard(_read(pipeline, read_facts, "腾讯起诉了字节跳动。腾讯最终胜诉。"))


def test_a_side_of_two_suits_gives_neither_suit(pipeline, read_facts):
    # Stability AI is sued by Getty and by the artists: which suit the win ends is not told
    text = ("Getty Images sued Stability AI in 2023. A group of artists, including Sarah Andersen, also sued "
            "Stability AI and Midjourney. Stability AI won the case at the High Court on Tuesday.")
    heard = _heard(_read(pipeline, read_facts, text))
    assert ("High Court", "Getty Images") not in heard and ("High Court", "Midjourney") not in heard
