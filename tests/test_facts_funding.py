"""kg.facts.funding: investors named around a round the raiser completes."""
from __future__ import annotations

import pytest

INVESTORS = {("英伟达", "Mistral AI"), ("微软", "Mistral AI"), ("软银", "Mistral AI")}


@pytest.mark.parametrize("sentence", [
    "Mistral AI完成6亿欧元融资，投资方包括英伟达、微软和软银。",
    "Mistral AI宣布完成新一轮融资，本轮由英伟达领投，微软、软银跟投。",
    "英伟达、微软和软银参与了Mistral AI的新一轮融资。",
])
def test_every_listed_investor_invested_in_the_raiser(read_facts, sentence):
    assert {(h, t) for h, r, t in read_facts(sentence) if r == "investedIn"} == INVESTORS


def test_a_round_without_investor_words_names_no_investor(read_facts):
    assert not {f for f in read_facts("Mistral AI完成6亿欧元融资，微软随后发布新模型。") if f[1] == "investedIn"}


def test_a_direct_investment_is_still_read_by_the_cue(read_facts):
    assert ("微软", "investedIn", "Mistral AI") in read_facts("微软向Mistral AI投资1500万欧元。")
