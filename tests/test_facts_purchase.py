"""A purchase told with a parent's unit: the parent stays the company bought where no unit is named after it, and a deal with a unit is no purchase."""
from __future__ import annotations

import pytest


def _acquired(found):
    return {(h, t) for h, r, t in found if r == "acquired"}


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
