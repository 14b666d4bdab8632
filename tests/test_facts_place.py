"""kg.facts.place: a body's or a law's place read from the names of its sentence."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, body, place", [
    ("法国媒体集团Vivendi与谷歌签署内容协议。", "Vivendi", "法国"),
    ("荷兰消费者组织Consumentenbond向监管机构提出投诉。", "Consumentenbond", "荷兰"),
    ("阿联酋投资公司 G42 宣布新一轮合作。", "G42", "阿联酋"),
])
def test_a_place_and_a_kind_of_body_before_a_name_place_it(read_facts, sentence, body, place):
    assert (body, "jurisdiction", place) in read_facts(sentence)


def test_a_place_before_an_act_on_a_body_does_not_place_it(read_facts):
    found = read_facts("法国起诉组织Vivendi。")
    assert ("Vivendi", "jurisdiction", "法国") not in found


def test_a_continent_an_unknown_body_begins_with_is_not_its_place(read_facts):
    found = read_facts("欧洲数字伦理委员会发布了报告。")
    assert not {f for f in found if f[1] == "jurisdiction" and f[2] == "欧洲"}


def test_a_country_an_unknown_body_begins_with_is_its_place(read_facts):
    found = read_facts("芬兰数字伦理委员会发布了报告。")
    assert ("芬兰数字伦理委员会", "jurisdiction", "芬兰") in found


def test_a_federal_court_named_after_a_state_is_in_the_states_country_too(read_facts):
    found = read_facts("作家在俄勒冈东区联邦地区法院起诉星岚公司。")
    assert ("俄勒冈东区联邦地区法院", "jurisdiction", "美国") in found


def test_a_state_court_is_in_its_state_only(read_facts):
    found = read_facts("作家在俄勒冈州高等法院起诉星岚公司。")
    assert not {f for f in found if f[1] == "jurisdiction" and f[2] == "美国"}
