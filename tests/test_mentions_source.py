"""The source family: the outlet a source line names, without the words for its website,
account or release after it; gazettes and "this firm" name no one (lines written for
the tests)."""
from __future__ import annotations

import pytest


def _item(source_line: str) -> str:
    return f"卓汇科技发布新模型\n日期：2025 年 3 月 2 日\n{source_line}\n内容：该公司当天发布了新模型。"


@pytest.mark.parametrize("line, outlet", [
    ("来源：谷歌官方博客", "谷歌"),
    ("来源：阿里云官方公众号", "阿里云"),
    ("来源：欧洲议会新闻稿", "欧洲议会"),
])
def test_words_for_a_website_account_or_release_are_not_part_of_the_outlet(names, line, outlet):
    found = names(_item(line))
    assert outlet in found
    assert not any(text.startswith(outlet) and text != outlet for text in found)


@pytest.mark.parametrize("line", ["来源：美国联邦公报", "来源：本所整理", "来源：卓汇州政府公报"])
def test_a_gazette_or_this_firm_on_a_source_line_names_no_outlet(names, line):
    found = names(_item(line))
    assert not [m for m in found.values() if m.mechanism.startswith("source")]


def test_an_unknown_outlet_on_a_source_line_is_a_company(names):
    found = names(_item("来源：卓汇财经观察"))
    assert (found["卓汇财经观察"].type, found["卓汇财经观察"].mechanism) == ("Company", "source")


def test_a_head_of_states_office_on_a_source_line_is_a_regulator(names):
    assert names(_item("来源：卓汇国总统府官网"))["卓汇国总统府"].type == "Regulator"


def test_the_company_by_its_kind_on_a_source_line_names_no_outlet(names):
    found = names(_item("信息来源：公司公告"))
    assert not [m for m in found.values() if m.mechanism.startswith("source")]


@pytest.mark.parametrize("text, outlet", [
    ("卓汇科技发布新模型\n\n卓汇科技昨日宣布推出新模型。\n新闻来源：星城通讯社", "星城通讯社"),
    ("卓汇科技发布新模型\n\n卓汇科技昨日宣布推出新模型。\n新聞資料來源：星城通訊社", "星城通訊社"),
    ("卓汇科技发布新模型\n\n卓汇科技昨日宣布推出新模型。\n文章来源：星城日报", "星城日报"),
])
def test_a_closing_news_source_line_names_its_outlet(names, text, outlet):
    """新闻来源：X, 新聞資料來源：X, 文章来源：X: a closing line naming the agency the story is from."""
    assert names(text)[outlet].type == "Company"


@pytest.mark.parametrize("line, outlet", [
    ("来源 | 卓汇法律观察", "卓汇法律观察"),  # a bar for the label's colon
    ("ABC|来源卓汇诉讼圈|整理", "卓汇诉讼圈"),  # a field between bars, glued to its label
    ("2026.01.14 | 作者:王明 | 来源:卓汇财经观察", "卓汇财经观察"),  # a field after a bar
])
def test_a_source_field_bars_part_names_its_outlet(names, line, outlet):
    found = names(_item(line))
    assert (found[outlet].type, found[outlet].mechanism) == ("Company", "source")


def test_a_bar_with_no_value_after_the_label_names_nothing(names):
    found = names(_item("卓汇版权局|来源"))
    assert not [m for m in found.values() if m.mechanism.startswith("source")]


def test_a_source_line_whose_value_is_a_label_names_nothing(names):
    found = names(_item("来源：来源"))
    assert "来源" not in found
