"""The named family: a name a description introduces after a naming verb (sentences
written for the tests)."""
from __future__ import annotations

import pytest

from documents import read_mentions


@pytest.mark.parametrize("sentence, name, type_", [
    ("一家名为星瀚智能的初创公司宣布完成融资。", "星瀚智能", "Company"),
    ("这家叫做Zorbi的公司昨天被起诉。", "Zorbi", "Company"),
    ("该公司推出了一款名叫“灵犀”的聊天机器人。", "灵犀", "AIModel"),
    ("研究团队发布了取名为Quillet的语言模型。", "Quillet", "AIModel"),
    ("该公司直接调取并生成了名为“星语”的文本转语音产品。", "星语", "AIModel"),
    ("故事的主角，是一款名叫Zorbi Chat(简称ZC)的AI伴侣聊天应用。", "Zorbi Chat", "AIModel"),
])
def test_a_name_after_a_naming_verb_and_before_a_kind_is_of_that_kind(names, sentence, name, type_):
    found = names(sentence)
    assert name in found and found[name].type == type_


@pytest.mark.parametrize("sentence", [
    "一家名为人工智能公司的企业参与了竞标。",
    "他们把这种做法叫做数据的平台化。",
    "业内把这类产品叫做智能的工具。",
])
def test_a_description_after_a_naming_verb_is_no_name(names, sentence):
    assert not [m for m in names(sentence).values() if m.mechanism == "named"]


@pytest.mark.parametrize("sentence, voices", [
    ("他們後來得知該公司將兩人的聲音分別取名為「星語」(Star Talk)和「月影」(Moon Shadow)賣給訂戶。", ["星語", "月影"]),
    ("该平台把她的声音取名为“青禾”后出售。", ["青禾"]),
    ("她发现自己的声音被AI化后以“星语”的名义对外出售牟利。", ["星语"]),
    ("她發現自己的聲音以「星語」的名義銷售。", ["星語"]),
])
def test_a_voice_named_in_quotes_or_sold_under_a_quoted_name_is_a_product(pipeline, tmp_path, sentence, voices):
    models = {m.text for m in read_mentions(pipeline, tmp_path, sentence, "配音員控告語音公司") if m.type == "AIModel"}
    assert set(voices) <= models


def test_a_traditional_name_after_a_naming_verb_and_a_description_is_a_product(pipeline, tmp_path):
    models = {m.text for m in read_mentions(pipeline, tmp_path, "該公司推出一款名為「靈犀」的智慧客服應用。", "新產品") if m.type == "AIModel"}
    assert "靈犀" in models


@pytest.mark.parametrize("sentence", [
    "他们以“过错责任”原则认定责任。",
    "该案以“全国首例”的名义被报道。",
    "他把这个项目取名为“星语”。",
])
def test_a_quoted_phrase_with_no_voice_nor_sale_is_no_product(names, sentence):
    assert not [m for m in names(sentence).values() if m.mechanism == "named"]
