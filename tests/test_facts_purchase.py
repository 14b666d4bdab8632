"""A unit bought, told with its parent (kg.facts.purchase): the unit is what was bought, a unit of its parent."""
from __future__ import annotations

import pytest


def _acquired(found):
    return {(h, t) for h, r, t in found if r == "acquired"}


@pytest.mark.parametrize("text, buyer, unit, parent", [
    ("本月1日，高通宣布收购VinAI旗下的生成式AI部门MovianAI。", "高通", "MovianAI", "VinAI"),
    ("恒远科技宣布以3亿元收购蓝湾集团的全资子公司海川科技有限公司。", "恒远科技", "海川科技有限公司", "蓝湾集团"),
    ("Zentra宣布收购Baywater旗下的语音部门Corvid Voice，交易金额未披露。", "Zentra", "Corvid Voice", "Baywater"),
    ("恒遠科技宣布收購Baywater旗下的子公司Corvid Voice。", "恒遠科技", "Corvid Voice", "Baywater"),
])
def test_the_unit_after_its_parent_is_what_was_bought(read_facts, text, buyer, unit, parent):
    found = read_facts(text)
    assert (buyer, unit) in _acquired(found), found
    assert (buyer, parent) not in _acquired(found), found
    assert (unit, "partOf", parent) in found, found


@pytest.mark.parametrize("text, buyer, parent", [
    ("恒远科技收购Baywater旗下的AI业务。", "恒远科技", "Baywater"),  # no unit named: the parent stays the company bought
    ("恒远科技收购了Baywater，其旗下的Corvid Voice也一并并入。", "恒远科技", "Baywater"),  # the unit in another clause
])
def test_without_a_unit_named_after_the_parent_the_parent_is_bought(read_facts, text, buyer, parent):
    found = read_facts(text)
    assert (buyer, parent) in _acquired(found), found
    assert (buyer, "Corvid Voice") not in _acquired(found), found


def test_a_deal_with_a_unit_is_no_purchase(read_facts):
    found = read_facts("恒远科技与Baywater旗下的Corvid Voice签署合作协议。")
    assert not _acquired(found), found
