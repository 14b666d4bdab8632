"""kg.facts.triggers: what counts as a cue word."""
from __future__ import annotations


def test_a_cue_that_begins_a_title_is_no_act(read_facts):
    assert not {f for f in read_facts("OpenAI联合创始人伊利亚·苏茨克维宣布离开公司。") if f[1] == "partnered"}


def test_a_cue_followed_by_an_intention_noun_is_no_act(read_facts):
    assert not {f for f in read_facts("微软多次表达了与OpenAI的合作意愿。") if f[1] == "partnered"}


def test_a_cue_after_a_duty_word_describes_a_person(read_facts):
    assert not {f for f in read_facts("谷歌负责并购的高管上周与苹果会面。") if f[1] == "acquired"}


def test_the_same_cue_outside_a_compound_still_counts(read_facts):
    assert ("微软", "partnered", "OpenAI") in read_facts("微软宣布与OpenAI合作。")
