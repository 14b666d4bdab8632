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


@pytest.mark.parametrize("text", [
    "欧盟委员会批准英伟达投资诺基亚。",  # an investment
    "谷歌宣布与三星合作。韩国公平交易委员会随后对这笔交易进行审查。",  # a partnership, the deal named by a reference
])
def test_a_regulator_reviewing_an_investment_or_a_partnership_investigated_both_firms(read_facts, text):
    found = read_facts(text)
    regulator = next(h for h, r, t in found if r == "investigated")
    firms = {t for h, r, t in found if r in ("investedIn", "partnered")} | {h for h, r, t in found if r in ("investedIn", "partnered")}
    assert len(firms) == 2 and {(regulator, "investigated", firm) for firm in firms} <= found


def test_a_regulator_working_with_another_investigates_neither(read_facts):
    found = read_facts("美国联邦贸易委员会与欧盟委员会合作，批准了一项新的数据规则。")
    assert not {f for f in found if f[1] == "investigated"}
