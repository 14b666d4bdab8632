"""kg.facts.backer: an investor that also supplies computing or cloud is a partner (sentences written for the tests)."""
from __future__ import annotations


def partners(found, first, second):
    return (first, "partnered", second) in found or (second, "partnered", first) in found


def test_an_investor_supplying_compute_is_a_partner(read_facts):
    found = read_facts("Google, which has invested $2 billion in Anthropic and hosts its models on its cloud, declined to comment.")
    assert ("Google", "investedIn", "Anthropic") in found
    assert partners(found, "Google", "Anthropic")


def test_a_compute_contract_beside_a_stake_partners_the_two(read_facts):
    found = read_facts("腾讯与其签订了价值约20亿元的算力合同，并获得智谱的部分股权。")
    assert partners(found, "腾讯", "智谱")


def test_an_investment_alone_or_compute_in_another_part_makes_no_partner(read_facts):
    found = read_facts("阿里巴巴向月之暗面投资10亿美元；该公司计划扩建算力基础设施。")
    assert not partners(found, "阿里巴巴", "月之暗面")


def test_a_cloud_word_framing_the_news_before_the_pair_makes_no_partner(read_facts):
    found = read_facts("监管机构关注大型云服务提供商的投资，其中包括谷歌对 Anthropic 的投资。")
    assert not partners(found, "谷歌", "Anthropic")
