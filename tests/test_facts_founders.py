"""kg.facts.founders: founders named together partner each other, not what they founded."""
from __future__ import annotations


def pairs(found):
    return {frozenset((h, t)) for h, r, t in found if r == "partnered"}


def test_each_pair_of_joint_founders_partnered_not_the_body_founded(read_facts):
    found = read_facts("百度、腾讯和阿里巴巴宣布共同成立行业组织“前沿模型论坛”，推动安全研究。")
    assert pairs(found) == {frozenset(("百度", "腾讯")), frozenset(("百度", "阿里巴巴")), frozenset(("腾讯", "阿里巴巴"))}


def test_joint_founders_of_an_unnamed_body_partnered(read_facts):
    found = read_facts("微软、谷歌和OpenAI宣布共同发起一项基础设施投资伙伴关系，计划募集资金。")
    assert frozenset(("谷歌", "OpenAI")) in pairs(found) and len(pairs(found)) == 3


def test_founders_listed_in_english_partnered(read_facts):
    found = read_facts("Anthropic, Google and Microsoft launched the Frontier Model Forum, an industry body.")
    assert pairs(found) == {frozenset(("Anthropic", "Google")), frozenset(("Anthropic", "Microsoft")),
                            frozenset(("Google", "Microsoft"))}


def test_a_launch_of_no_organization_founds_nothing(read_facts):
    found = read_facts("Google and Microsoft launched new assistants this week.")
    assert not pairs(found)


def test_one_founder_partners_no_one(read_facts):
    found = read_facts("谷歌成立了前沿模型论坛。")
    assert not pairs(found)


def test_founders_who_put_money_in_each_invested_in_the_company_they_found(read_facts):
    found = read_facts("去年，腾讯与百度及新加坡主权基金GIC共同出资设立星河算力科技有限公司。")
    company = "星河算力科技有限公司"
    assert {("腾讯", "investedIn", company), ("百度", "investedIn", company), ("GIC", "investedIn", company)} <= found
    assert ("百度", "partnered", "GIC") in found


def test_founders_who_only_found_a_body_invest_in_nothing(read_facts):
    found = read_facts("谷歌、微软和OpenAI宣布共同成立行业组织“前沿模型论坛”。")
    assert not {f for f in found if f[1] == "investedIn"}


def test_two_persons_founding_a_company_are_no_partners(read_facts):
    found = read_facts("星瀚智能成立于2019年，由林晓东与邱明远共同创办。")
    assert not pairs(found)
