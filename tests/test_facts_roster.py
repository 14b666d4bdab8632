"""kg.facts.roster: a roster of one actor's partners (与A合作的企业包括B、C) partners A with each."""
from __future__ import annotations


def test_each_firm_of_the_roster_partnered_the_actor(read_facts):
    found = read_facts("目前和商汤科技开展智能驾驶合作的企业还包括比亚迪、一家青岛工厂以及蔚来。")
    partners = {t for h, r, t in found if r == "partnered" and h == "商汤科技"}
    partners |= {h for h, r, t in found if r == "partnered" and t == "商汤科技"}
    assert partners >= {"比亚迪", "蔚来"}


def test_a_list_that_is_no_roster_of_partners_partners_nothing(read_facts):
    found = read_facts("商汤科技的客户还包括比亚迪和蔚来。")
    assert not {f for f in found if f[1] == "partnered" and f[0] == "商汤科技" and f[2] in ("比亚迪", "蔚来")}


def _partners(found):
    return {frozenset((h, t)) for h, r, t in found if r == "partnered"}


def test_pairs_listed_one_after_another_partner_each_pair_only(read_facts):
    found = _partners(read_facts("报告重点讨论了微软与OpenAI、亚马逊与Anthropic、谷歌与Anthropic的投资合作安排。"))
    assert {frozenset(("微软", "OpenAI")), frozenset(("亚马逊", "Anthropic")), frozenset(("谷歌", "Anthropic"))} <= found
    assert frozenset(("微软", "亚马逊")) not in found and frozenset(("OpenAI", "Anthropic")) not in found


def test_pairs_in_traditional_script_and_with_between(read_facts):
    found = _partners(read_facts("監管機構關注騰訊與百度、阿里巴巴與華為之間的合作關係。"))
    assert {frozenset(("騰訊", "百度")), frozenset(("阿里巴巴", "華為"))} <= found
    assert frozenset(("百度", "阿里巴巴")) not in found


def test_pairs_with_no_deal_after_them_partner_nothing(read_facts):
    found = _partners(read_facts("腾讯与百度、阿里巴巴与华为的股价均有所下跌。"))
    assert frozenset(("阿里巴巴", "华为")) not in found and frozenset(("腾讯", "百度")) not in found
