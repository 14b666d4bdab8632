"""An office its holder has left (kg.facts.grammar Grammar.former_office): the word of
leaving right before it, not a time word ending in the same character (日前, 目前, 此前:
a few days ago, now, before this).  Sentences invented."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("when", ["", "日前", "目前", "此前"])
def test_an_office_after_a_time_word_ending_in_qian_acts(read_facts, when):
    found = read_facts(f"{when}甲州州长罗文签署了《甲州人工智能安全法》。")
    assert ("甲州州长", "issued", "甲州人工智能安全法") in found, found


def test_an_office_its_holder_has_left_does_not_act(read_facts):
    found = read_facts("前甲州州长罗文签署了《甲州人工智能安全法》。")
    assert not any(h == "甲州州长" and r == "issued" for h, r, _ in found), found
