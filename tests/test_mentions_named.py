"""The named family: a name a description introduces after a naming verb (sentences
written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, name, type_", [
    ("一家名为星瀚智能的初创公司宣布完成融资。", "星瀚智能", "Company"),
    ("这家叫做Zorbi的公司昨天被起诉。", "Zorbi", "Company"),
    ("该公司推出了一款名叫“灵犀”的聊天机器人。", "灵犀", "AIModel"),
    ("研究团队发布了取名为Quillet的语言模型。", "Quillet", "AIModel"),
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
