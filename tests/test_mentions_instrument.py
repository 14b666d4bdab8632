"""The instrument family: instruments named by their number, without 《》 (sentences and
numbers written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("加州州长签署了SB 9981。", "SB 9981"),
    ("众议院通过了H.R. 7913。", "H.R. 7913"),
    ("参议员提交了S. 2765。", "S. 2765"),
    ("巴西总统签署了第 14533 号法令。", "第 14533 号法令"),
    ("美国参议院提出了第 7733 号参议院法案。", "第 7733 号参议院法案"),
])
def test_a_numbered_bill_or_decree_is_a_law(names, text, name):
    found = names(text)[name]
    assert found.type == "Law" and found.mechanism.startswith("instrument")


def test_an_abbreviation_inside_a_word_or_without_a_number_is_no_bill(names):
    assert not any(m.type == "Law" for m in names("团队做了 AB 测试，结果见 CSB 2024 报告。").values())


def test_a_number_without_a_kind_of_instrument_is_no_law(names):
    assert not any(m.type == "Law" for m in names("他是第 3 号选手。").values())


def test_a_memorandums_letters_year_and_number_are_a_law(names):
    found = names("该局发布M-31-07，并撤回了此前的M-29-18。")
    assert found["M-31-07"].type == "Law" and found["M-29-18"].type == "Law"
    codes = names("型号XM-31-07与M-31-07-2均为产品代号。")
    assert not [m for m in codes.values() if m.type == "Law"]
