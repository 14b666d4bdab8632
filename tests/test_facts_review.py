"""kg.facts.review: a regulator reviewing a deal investigated its parties."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "国家市场监督管理总局附条件批准微软收购动视暴雪股权案。",
    "2023年，微软宣布收购动视暴雪。欧盟委员会今年5月有条件批准了该交易。",
    "2023年，微软宣布收购动视暴雪。欧盟委员会随后对这笔交易进行审查。",
])
def test_a_regulator_approving_or_reviewing_the_deal_investigated_both_sides(read_facts, text):
    found = read_facts(text)
    regulator = next(h for h, r, t in found if r == "investigated")
    assert {(regulator, "investigated", "微软"), (regulator, "investigated", "动视暴雪")} <= found


def test_an_english_regulator_clearing_the_merger_investigated_both_sides(read_facts):
    found = read_facts("Microsoft agreed to acquire Activision Blizzard in 2022. "
                       "The European Commission, which examined the merger for a year, cleared it in May.")
    assert ("European Commission", "investigated", "Microsoft") in found
    assert ("European Commission", "investigated", "Activision Blizzard") in found


def test_a_regulator_approving_something_else_in_a_deal_story_investigates_no_one(read_facts):
    found = read_facts("2023年，微软宣布收购动视暴雪。欧盟委员会今年5月批准了一项新的数据规则。")
    assert not {f for f in found if f[1] == "investigated"}


def test_the_deal_a_reference_stands_for_is_the_one_told_most_often(read_facts):
    found = read_facts("微软宣布收购动视暴雪。微软收购动视暴雪耗资690亿美元。谷歌此前收购了Fitbit。"
                       "欧盟委员会有条件批准了该交易。")
    assert ("欧盟委员会", "investigated", "动视暴雪") in found
    assert ("欧盟委员会", "investigated", "Fitbit") not in found
