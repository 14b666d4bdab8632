"""kg.facts.litigation and the litigation phrasings the cue family reads."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "环球音乐集团向加州北区联邦地区法院起诉Anthropic。",
    "环球音乐集团在加州北区联邦地区法院对Anthropic提起诉讼。",
    "环球音乐集团将百度告上法庭。",
    "环球音乐集团把百度告上了法庭。",
    "环球音乐集团对Anthropic的诉讼仍在进行。",
    "此前环球音乐集团对Anthropic提起的版权诉讼已进入审理阶段。",
])
def test_litigation_phrasings_give_the_plaintiff_suing_the_defendant(read_facts, sentence):
    defendant = "百度" if "百度" in sentence else "Anthropic"
    assert {(h, t) for h, r, t in read_facts(sentence) if r == "sued"} == {("环球音乐集团", defendant)}


def test_a_court_whose_judge_acts_adjudicates_the_items_suit(read_facts):
    found = read_facts("2024年，美国作家协会起诉Anthropic。伊利诺伊州北区联邦地区法院法官约翰·史密斯批准了双方的和解协议。")
    assert {t for h, r, t in found if r == "adjudicated"} == {"美国作家协会", "Anthropic"}


def test_a_court_only_named_as_the_place_of_filing_adjudicates_nothing(read_facts):
    found = read_facts("美国作家协会向伊利诺伊州北区联邦地区法院起诉Anthropic。")
    assert not {f for f in found if f[1] == "adjudicated"}
