"""kg.facts.funding: investors named around a round the raiser completes."""
from __future__ import annotations

import pytest

INVESTORS = {("英伟达", "Mistral AI"), ("微软", "Mistral AI"), ("软银", "Mistral AI")}


@pytest.mark.parametrize("sentence", [
    "Mistral AI完成6亿欧元融资，投资方包括英伟达、微软和软银。",
    "Mistral AI宣布完成新一轮融资，本轮由英伟达领投，微软、软银跟投。",
    "英伟达、微软和软银参与了Mistral AI的新一轮融资。",
])
def test_every_listed_investor_invested_in_the_raiser(read_facts, sentence):
    assert {(h, t) for h, r, t in read_facts(sentence) if r == "investedIn"} == INVESTORS


def test_a_round_without_investor_words_names_no_investor(read_facts):
    assert not {f for f in read_facts("Mistral AI完成6亿欧元融资，微软随后发布新模型。") if f[1] == "investedIn"}


def test_a_direct_investment_is_still_read_by_the_cue(read_facts):
    assert ("微软", "investedIn", "Mistral AI") in read_facts("微软向Mistral AI投资1500万欧元。")


def test_the_investors_of_the_round_told_of_before_invest_in_its_raiser(read_facts):
    found = read_facts("Figure AI 完成 6.75 亿美元 B 轮融资。本轮融资由英伟达领投，微软、Intel Capital 等参与。"
                       "其余投资方包括三星。")
    assert {h for h, r, t in found if r == "investedIn" and t == "Figure AI"} == {"英伟达", "微软", "Intel Capital", "三星"}


def test_a_round_reference_with_no_round_told_before_names_no_raiser(read_facts):
    assert not {f for f in read_facts("Figure AI 发布新机器人。本轮由英伟达领投。") if f[1] == "investedIn"}


def test_a_place_or_a_company_describing_an_investor_is_no_investor(read_facts):
    found = read_facts("Figure AI完成融资，由日本电信巨头软银领投，亚马逊创始人杰夫·贝索斯等参与。")
    investors = {h for h, r, t in found if r == "investedIn"}
    assert {"软银", "杰夫·贝索斯"} <= investors and not investors & {"日本", "亚马逊"}


def test_a_rounds_name_is_never_the_company_raising_it(read_facts):
    found = {(h, t) for h, r, t in read_facts("xAI宣布完成60亿美元Series C融资，参与方包括BlackRock和红杉资本。")
             if r == "investedIn"}
    assert found == {("BlackRock", "xAI"), ("红杉资本", "xAI")}


def test_a_round_only_a_later_clause_mentions_leaves_the_investment_to_the_cue(read_facts):
    found = read_facts("谷歌将向Anthropic投资20亿美元，该笔投资将在Anthropic下一轮融资时转换为股权。")
    assert ("谷歌", "investedIn", "Anthropic") in found


def test_an_investment_firm_is_no_act_of_investing(read_facts):
    found = read_facts("贝莱德、微软和阿布扎比投资公司MGX宣布成立人工智能基础设施合作伙伴关系，总投资潜力可达千亿美元，含债务融资。")
    assert not {f for f in found if f[1] == "investedIn"}


def test_a_clause_opening_with_yiji_goes_on_with_the_investor_list(read_facts):
    found = read_facts("智谱完成新一轮融资，参投方有美团、蚂蚁集团等产业资本，以及红杉资本和高瓴资本。")
    assert {("红杉资本", "investedIn", "智谱"), ("高瓴资本", "investedIn", "智谱")} <= found


@pytest.mark.parametrize("sentence, investors, company", [
    ("智谱AI上周获得阿里巴巴、腾讯的战略投资。", {"阿里巴巴", "腾讯"}, "智谱AI"),
    ("百川智能宣布从红杉中国获得新一轮融资。", {"红杉中国"}, "百川智能"),
    ("月之暗面獲騰訊投資。", {"騰訊"}, "月之暗面"),
])
def test_investors_after_a_word_of_receiving_invest_in_the_company_before_it(read_facts, sentence, investors, company):
    found = {(h, t) for h, r, t in read_facts(sentence) if r == "investedIn"}
    assert found == {(investor, company) for investor in investors}


@pytest.mark.parametrize("sentence", [
    "资料显示，月之暗面去年完成了由腾讯领投的B轮融资。",
    "资料显示，月之暗面去年完成了由腾讯和阿里巴巴联合领投的B轮融资。",
])
def test_a_name_the_leading_word_follows_is_an_investor_not_the_raiser(read_facts, sentence):
    found = {(h, t) for h, r, t in read_facts(sentence) if r == "investedIn"}
    assert ("腾讯", "月之暗面") in found and not any(h == "月之暗面" for h, _ in found)
