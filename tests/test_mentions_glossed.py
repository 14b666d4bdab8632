"""The glossed family: a company named in Chinese between a word for its kind and a Latin
gloss (sentences written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, company", [
    ("星桥集团去年收购了荷兰传感器企业维佳（Vigaro）。", "维佳"),
    ("台积电已暂停对芯片设计业者锐芯（Ruixin Micro）出货。", "锐芯"),
    ("日本电信公司通达（Tonda Telecom）宣布与OpenAI合作。", "通达"),
])
def test_a_chinese_name_between_its_kind_and_a_latin_gloss_is_a_company(names, sentence, company):
    found = names(sentence)
    assert found[company].type == "Company"


def test_a_gloss_of_a_description_names_no_company(names):
    assert not [m for m in names("美国人工智能公司（AI companies）正在游说。").values() if m.mechanism == "glossed"]


def test_the_acquired_glossed_company_is_acquired(read_facts):
    assert ("星桥集团", "acquired", "维佳") in read_facts("星桥集团去年收购了荷兰传感器企业维佳（Vigaro）。")
