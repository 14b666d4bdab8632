"""The repeated family: a name its context made a name once is found again where the item
writes it bare (sentences written for the tests)."""
from __future__ import annotations


def test_a_glossed_company_named_again_bare_is_found_again(pipeline):
    text = "星桥集团收购了荷兰传感器企业维佳（Vigaro）。维佳目前已并入星桥集团。"
    found = [m for m in pipeline.nlp(text).user_data["mentions"] if m.text == "维佳"]
    assert len(found) == 2 and {m.type for m in found} == {"Company"}
    assert found[1].mechanism == "repeated/glossed"


def test_a_name_inside_a_longer_word_is_not_found_again(pipeline):
    text = "台积电暂停对芯片设计业者算能（Sophgo）出货。该企业的计算能力有限。"
    found = [m for m in pipeline.nlp(text).user_data["mentions"] if m.text == "算能"]
    assert len(found) == 1


def test_a_repeated_name_takes_part_in_a_later_fact(read_facts):
    found = read_facts("台积电暂停对芯片设计业者锐芯（Ruixin Micro）出货。美国商务部随后将锐芯列入实体清单。")
    assert ("美国商务部", "banned", "锐芯") in found
