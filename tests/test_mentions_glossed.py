"""The glossed family: a company named in Chinese between a word for its kind and a Latin
gloss (sentences written for the tests)."""
from __future__ import annotations

import pytest

from documents import read_mentions


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


@pytest.mark.parametrize("text", [
    "该公司股价大幅下跌。",          # a common noun, no name
    "公司高管透露，今年将扩招。",    # a person's role
    "这家企业北京总部宣布裁员。",    # a place
    "人工智能公司纷纷推出新产品。",  # an adverb
    "平台仍应承担审核责任。",        # a modal verb opens no name
    "企业软件厂商争夺数据资源。",    # a description after a description
    "那家物流公司客服致电用户核实订单。",  # a unit of the company before a verb, no company
])
def test_a_word_after_a_companys_description_that_names_nothing_is_no_company(names, text):
    assert not [m for m in names(text).values() if m.type == "Company"]


@pytest.mark.parametrize("text", [
    "星河智能股份有限公司发布公告称，新模型正式上线。",
    "科大讯飞股份有限公司今日发布公告称，其大模型已通过备案。",
])
def test_a_company_word_closing_a_name_describes_no_name_after_it(names, text):
    assert not [m for m in names(text).values() if m.mechanism.startswith("glossed")]


def test_a_word_before_an_anonymised_persons_name_makes_no_company(pipeline, tmp_path):
    # invented: a company's description, an adverb and a preposition, then a name the text hides
    for text in ("被告二某软件公司仅以翁某桢录制的一段音频为素材训练模型。",
                 "被告二某軟件公司僅以翁某楨錄製的一段音頻為素材訓練模型。"):
        found = {m.text: m for m in read_mentions(pipeline, tmp_path, text, "声音权益案")}
        assert not [m for m in found.values() if m.type == "Company"], found
