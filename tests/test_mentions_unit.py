"""The unit family: a unit's own name right after its parent and a unit word (sentences
written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, unit, type_, parent", [
    ("宝马集团旗下软件公司NOVADRIVE已与一家芯片厂商签约。", "NOVADRIVE", "Company", "宝马集团"),
    ("华为旗下的华为HiSilicon等厂商也在名单之中。", "华为HiSilicon", "Company", "华为"),
    ("宝马集团旗下的宝腾（Baoteng Cloud）宣布推出新模型。", "宝腾", "Company", "宝马集团"),
    ("此后，东风汽车集团旗下的东岚也宣布了新计划。", "东岚", "Company", "东风汽车集团"),
    ("联合国教科文组织设立的人工智能伦理专家咨询机构发布了年度报告。", "人工智能伦理专家咨询机构", "Organization", "联合国教科文组织"),
])
def test_a_name_after_a_parent_and_a_unit_word_is_its_unit(names, read_facts, sentence, unit, type_, parent):
    found = names(sentence)
    assert unit in found and found[unit].type == type_
    assert (unit, "partOf", parent) in read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "华为旗下的一家研究机构发布了新模型。",
    "华为旗下多个基金参与了本轮投资。",
    "微软旗下的AI工具很受欢迎。",
    "领英是微软旗下的社交平台，也提供招聘服务。",
])
def test_a_description_after_a_unit_word_is_no_name(names, sentence):
    assert not [m for m in names(sentence).values() if m.mechanism.startswith("unit")]
