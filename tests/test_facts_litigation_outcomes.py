"""kg.facts.litigation CourtOutcomes: a party winning or losing before a Chinese court (A在X法院
胜诉, B于X法院一审败诉): the court adjudicated the party.  Invented sentences, Simplified and
Traditional (as OpenCC s2t writes it)."""
from __future__ import annotations

import pytest

from kg.script import is_traditional, traditional


def _read(pipeline, read_facts, text: str) -> set[tuple[str, str, str]]:
    return read_facts(pipeline.conversion(text) if is_traditional(text) else text)


def _heard(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "adjudicated"}


def _both(cases: list[tuple]) -> list[tuple]:
    return [case for text, *rest in cases for case in ((text, *rest), (traditional(text), *rest))]


@pytest.mark.parametrize("text, court, party", _both([
    ("腾讯起诉了字节跳动。字节跳动在杭州市中级人民法院败诉。", "杭州市中级人民法院", "字节跳动"),
    ("腾讯起诉了字节跳动。腾讯于杭州市中级人民法院二审胜诉。", "杭州市中级人民法院", "腾讯"),
]))
def test_a_party_winning_or_losing_before_a_chinese_court(pipeline, read_facts, text, court, party):
    # the side named before the court only: the suit's other side is not read from the outcome
    # (a rule giving it, RulingSides, was measured at 4 right / 6 wrong and dropped)
    assert (court, party) in _heard(_read(pipeline, read_facts, text))


def test_an_outcome_without_a_court_rules_nothing(pipeline, read_facts):
    # 胜诉 with no court before it: no court to rule
    assert not _heard(_read(pipeline, read_facts, "腾讯起诉了字节跳动。腾讯最终胜诉。"))
