"""kg.facts.stake: a stake taken in a company is an investment (sentences written for the tests)."""
from __future__ import annotations

import opencc
import pytest


@pytest.mark.parametrize("text, investor, company", [
    ("数日后，美国政府宣布取得英特尔约10%的股份。", "美国政府", "英特尔"),
    ("腾讯周二增持快手约2%的股权，持股比例升至5%。", "腾讯", "快手"),
    ("据公告，软银集团以每股20美元认购英特尔20亿美元普通股。", "软银集团", "英特尔"),
])
def test_taking_shares_of_a_company_invests_in_it(read_facts, text, investor, company):
    assert (investor, "investedIn", company) in read_facts(text)


def test_holding_shares_or_gaining_support_is_no_investment(read_facts):
    found = read_facts("Arm是软银旗下企业，软银持有其约九成股份。阿里巴巴获得了百度的支持。")
    assert not {f for f in found if f[1] == "investedIn"}


@pytest.mark.parametrize("text, investor, company", [
    ("百度是一家搜索公司，早年曾是爱奇艺的第二大股东。", "百度", "爱奇艺"),
    ("腾讯如今成为智谱AI的早期投资方之一。", "腾讯", "智谱AI"),
])
def test_a_body_told_to_be_a_shareholder_invested(read_facts, text, investor, company):
    assert (investor, "investedIn", company) in read_facts(text)


@pytest.mark.parametrize("text, investor, company", [
    ("截至年底，红杉中国持有云图科技约8%的股份。", "红杉中国", "云图科技"),
    ("南星科技去年引入启明创投作为战略投资者。", "启明创投", "南星科技"),
    ("云图科技由腾讯和启明创投共同出资。", "启明创投", "云图科技"),
    ("南星科技注册资本5亿元，其中红杉中国认缴出资1亿元。", "红杉中国", "南星科技"),
    ("阿里巴巴从投资机构启明创投手中收购了南星科技。", "启明创投", "南星科技"),
])
def test_a_holder_a_contributor_a_brought_in_investor_or_a_seller_invested(read_facts, text, investor, company):
    assert (investor, "investedIn", company) in read_facts(text)


@pytest.mark.parametrize("text", ["腾讯持有云图科技全部股份。", "腾讯取得云图科技100%的股权。"])
def test_a_whole_companys_shares_are_no_investment(read_facts, text):
    assert not {f for f in read_facts(text) if f[1] == "investedIn"}


@pytest.mark.parametrize("text, investors, company", [
    ("亚马逊支持的Anthropic近日发布新模型。", {"亚马逊"}, "Anthropic"),
    ("由亚马逊和谷歌支持的Anthropic近日发布新模型。", {"亚马逊", "谷歌"}, "Anthropic"),
    ("法院裁定，由亚马逊支持的AI初创公司Anthropic的训练行为构成合理使用。", {"亚马逊"}, "Anthropic"),  # a kind between
    ("作为OpenAI的最大投资方，微软持有其约27%的股份。", {"微软"}, "OpenAI"),
    ("作為OpenAI的主要股東，微軟將繼續提供算力。", {"微软"}, "OpenAI"),
])
def test_a_company_described_by_its_backers_or_an_investor_by_its_holding(read_facts, as_read, text, investors, company):
    found = read_facts(as_read(text))
    assert {(as_read(i), "investedIn", as_read(company)) for i in investors} <= found


@pytest.mark.parametrize("text", [
    "政府支持的星河科技获得补贴。",  # no name backs it
    "国家网信办支持的星河科技获得补贴。",  # a state body's support is no stake
    "作为OpenAI的合作伙伴，微软提供算力。",  # a partner, no holder
])
def test_support_of_a_state_body_or_a_partnership_is_no_investment(read_facts, text):
    assert not {f for f in read_facts(text) if f[1] == "investedIn"}


@pytest.mark.parametrize("sentence", [
    "Meta以143亿美元收购Scale AI 49%的股份。",
    "Meta斥资143亿美元收购Scale AI近一半股权。",
    "Meta斥資143億美元收購Scale AI 49%的股份。",
])
def test_a_purchase_of_part_of_a_company_s_shares_is_an_investment(read_facts, sentence):
    found = read_facts(sentence)
    assert ("Meta", "investedIn", "Scale AI") in found and ("Meta", "acquired", "Scale AI") not in found


@pytest.mark.parametrize("sentence", ["Meta以143亿美元收购Scale AI全部股份。", "谷歌收购Character.AI 100%的股权。"])
def test_a_purchase_of_all_its_shares_is_an_acquisition(read_facts, sentence):
    assert {r for h, r, t in read_facts(sentence) if t in ("Scale AI", "Character.AI")} == {"acquired"}


@pytest.mark.parametrize("sentence", [
    "英伟达、软银均为Perplexity的投资方。",
    "英伟达和软银都是Perplexity的股东。",
    "英伟达和软银此前均持有Perplexity约5%的股份。",
])
def test_each_investor_listed_before_the_verb_invested(read_facts, as_read, sentence):
    for text in (sentence, as_read(opencc.OpenCC("s2t").convert(sentence))):
        found = {h for h, r, t in read_facts(text) if r == "investedIn" and t == "Perplexity"}
        assert {as_read("英伟达"), as_read("软银")} <= found, text
