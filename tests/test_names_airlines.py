"""Airlines: an airline its country or city names is one company
(kg.mentions.carrier), and so is such an airline as a side of a Chinese case name
(kg.mentions.case typed_sides).  Sentences written for the tests, Simplified and Traditional."""
from __future__ import annotations

import pytest
from test_names_district_courts import both_scripts, names  # noqa: F401 (the fixture: the whole pipeline's mentions by text)


@pytest.mark.parametrize("text, airline, place", [
    ("一名乘客上月起诉埃及航空，称空乘推车撞伤了他的膝盖。", "埃及航空", "埃及"),
    ("原告随后向法院起诉哥伦比亚航空公司。", "哥伦比亚航空公司", "哥伦比亚"),
    ("律师援引了一起旧案，被告是荷兰皇家航空。", "荷兰皇家航空", "荷兰"),
])
def test_an_airline_its_country_names_is_one_company(names, text, airline, place):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(airline)].type == "Company", (variant, list(found))
        assert written(place) not in found, (variant, list(found))


@pytest.mark.parametrize("text, description", [
    ("美国航空安全监管机构发布了新规。", "美国航空"),
    ("中国航空工业的产值持续增长。", "中国航空"),
])
def test_a_field_of_aviation_after_a_country_names_no_airline(names, text, description):
    for variant, written in both_scripts(text):
        assert written(description) not in names(variant)


@pytest.mark.parametrize("text, case, side", [
    ("律师援引的旧案包括：周明远诉埃及航空案。", "周明远诉埃及航空案", "埃及航空"),
])
def test_an_airline_side_of_a_chinese_case_name_is_named(names, text, case, side):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(case)].type == "Case", (variant, list(found))
        assert found[written(side)].type == "Company", (variant, list(found))
        assert found[written(side)].mechanism == "case/side"
