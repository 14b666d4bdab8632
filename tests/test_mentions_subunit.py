"""The subunit family: a unit's name glued to the known body it belongs to (sentences
written for the tests)."""
from __future__ import annotations

import pytest

from kg.script import simplified


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


@pytest.mark.parametrize("sentence, body", [
    ("国务院设立专责委员会，统筹人工智能治理。", "国务院"),
    ("行政院設立專責委員會，負責推動人工智慧政策。", "行政院"),
    ("美國司法部成立專責任務小組，審查各州的人工智慧法規。", "美國司法部"),
    ("工信部组建专项工作组，推进算力标准建设。", "工信部"),
])
def test_a_known_body_setting_a_unit_up_is_no_unit(names, sentence, body):
    """行政院设立专责委员会: the body sets a unit up (context.tsv unit_founding); the unit,
    described and not named, is no node and the body stays one."""
    found = names(simplified(sentence))  # a Traditional text read in Simplified, as kg.script reads it
    assert not [m for m in found.values() if m.mechanism.startswith("subunit")]
    assert simplified(body) in found


# a police bureau's own units (context.tsv police_body_end, police_unit_end): Taiwan's Criminal
# Investigation Bureau is 刑事局 or 刑事警察局 for short (data/kb/regulators.tsv)
@pytest.mark.parametrize("sentence, unit, parent", [
    ("該案由刑事局偵防科循線追查，逮捕兩名嫌犯。", "刑事局偵防科", "刑事局"),
    ("刑事警察局偵查第三大隊第二隊隊長王明德說明案情。", "刑事警察局偵查第三大隊第二隊", "刑事警察局"),
    ("该案由刑事局侦防科循线追查，逮捕两名嫌犯。", "刑事局侦防科", "刑事局"),
])
def test_a_police_unit_glued_to_its_bureau_is_a_unit_of_it(names, read_facts, sentence, unit, parent):
    sentence, unit, parent = simplified(sentence), simplified(unit), simplified(parent)
    found = names(sentence)
    assert unit in found and found[unit].type == "Regulator" and found[unit].mechanism.startswith("subunit")
    assert (unit, "partOf", parent) in read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "刑事局預防科長陳志遠指出，詐騙手法不斷翻新。",   # a post (科長) and its holder: no unit
    "刑事局隨即偵辦，查扣多輛車隊使用的機車。",       # a clause after the bureau, no unit's name
    "北京市公安局网安总队通报了案件。",               # 总队 is no unit end; the bureau stays
])
def test_no_police_unit_where_a_post_or_a_clause_follows_the_bureau(names, sentence):
    found = names(simplified(sentence))
    assert not [m for m in found.values() if m.mechanism.startswith("subunit")]


def test_a_place_opening_a_body_after_a_police_unit_is_that_body(names):
    """刑事局國際刑警科協請泰國移民總局協助: the unit, then the Thai bureau it asked, two names
    (kg.mentions.suffix named_unit walks no further back than the place)."""
    found = names(simplified("經透過刑事局國際刑警科協請泰國移民總局協助，順利逮捕主嫌。"))
    assert "刑事局国际刑警科" in found and "泰国移民总局" in found
    assert not [name for name in found if name.startswith("刑事局") and name.endswith("总局")]
