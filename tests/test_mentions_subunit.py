"""The subunit family: a unit's name glued to the known body it belongs to (sentences
written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, unit, type_, parent", [
    ("深交所创业板上市委员会昨日否决了该公司的申请。深交所随后发布公告。", "深交所创业板上市委员会", "Regulator", "深交所"),
    ("FAA飞行标准办公室周三起审查该公司的自动驾驶系统。", "FAA飞行标准办公室", "Regulator", "FAA"),
])
def test_a_unit_glued_to_its_known_body_is_a_node_of_its_own(names, read_facts, sentence, unit, type_, parent):
    found = names(sentence)
    assert unit in found and found[unit].type == type_
    assert (unit, "partOf", parent) in read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "深交所的上市委员会昨日开会。",
    "证监会和发改委联合发文。",
])
def test_a_phrase_after_a_known_body_is_no_unit(names, sentence):
    assert not [m for m in names(sentence).values() if m.mechanism.startswith("subunit")]


@pytest.mark.parametrize("sentence", [
    "法案要求美国商务部统筹国家实验室的算力资源。",
    "工信部指导中华网络安全委员会开展评估。",
    "美国证监会起诉加密资产交易委员会一案仍在审理。",
])
def test_a_known_body_acting_on_another_is_no_unit(names, sentence):
    assert not [m for m in names(sentence).values() if m.mechanism.startswith("subunit")]
