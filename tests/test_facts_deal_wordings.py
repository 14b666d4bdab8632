"""Deal wordings of published news (deals38): an investment told as going on or as a means
(is investing, by investing, committed an investment in), a purchase told as a means (by
acquiring), the signers of a quoted Chinese agreement (kg.facts.deal.SignedAgreements), and
the outlet saying a round was led (彭博社称，本轮融资由A领投) never taken for the raiser."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def pairs(found, relation):
    return {(h, t) for h, r, t in found if r == relation}


@pytest.mark.parametrize("sentence", [
    "Alphabet said on Friday it is investing up to $40 billion in Anthropic.",
    "Alphabet deepened its ties by investing about $2 billion in Anthropic.",
    "Alphabet has committed a $10 billion cash investment in AI startup Anthropic.",
    "Alphabet announced a $2 billion investment in Anthropic on Tuesday.",
])
def test_an_investment_going_on_or_committed_is_an_investment(read_facts, sentence):
    assert ("Alphabet", "Anthropic") in pairs(read_facts(sentence, title="Funding"), "investedIn")


def test_an_investment_the_investor_only_considers_is_none(read_facts):
    assert not pairs(read_facts("Alphabet is considering investing $2 billion in Anthropic.", title="Funding"),
                     "investedIn")


@pytest.mark.parametrize("sentence", [
    "Nvidia expanded its software business by acquiring Israeli startup Run:ai.",
    "Nvidia followed suit after buying Run:ai for $700 million.",
    "Nvidia said on Monday it was confirming its acquisition of Run:ai.",
])
def test_a_purchase_told_as_a_means_is_an_acquisition(read_facts, sentence):
    assert ("Nvidia", "Run:ai") in pairs(read_facts(sentence, title="Deals"), "acquired")


def test_a_purchase_of_a_stake_or_of_shares_by_a_means_is_no_acquisition(read_facts):
    found = read_facts("Nvidia grew its business by acquiring shares of Run:ai.", title="Deals")
    assert ("Nvidia", "Run:ai") not in pairs(found, "acquired")


def test_licensing_arrangements_with_publishers_are_partnerships(read_facts):
    found = read_facts("OpenAI already has licensing arrangements with Axel Springer and Le Monde.", title="Deals")
    assert {("OpenAI", "Axel Springer"), ("OpenAI", "Le Monde")} <= pairs(found, "partnered") | \
        {(t, h) for h, t in pairs(found, "partnered")}


SIGNED = [
    "会上，华为与科大讯飞、腾讯签署了《共建算力网络战略合作框架协议》。",
    "华为今天与科大讯飞及腾讯在厦门正式签署《人工智能合作备忘录》。",
    "华为同科大讯飞、腾讯签订「算力合作意向书」。",
]


@pytest.mark.parametrize("sentence", SIGNED)
def test_the_signers_of_a_quoted_agreement_are_partners(read_facts, as_read, sentence):
    for text in (sentence, as_read(S2T.convert(sentence))):
        found = pairs(read_facts(text), "partnered")
        found |= {(t, h) for h, t in found}
        assert {(as_read(h), as_read(t)) for h, t in (("华为", "科大讯飞"), ("华为", "腾讯"))} <= found, (text, found)


@pytest.mark.parametrize("sentence", ["华为与腾讯签订《和解协议》，结束双方的专利纠纷。",
                                      "华为与腾讯签署了《保密协议》。"])
def test_a_settlement_or_secrecy_agreement_is_no_deal_of_this_rule(read_facts, as_read, sentence):
    for text in (sentence, as_read(S2T.convert(sentence))):
        found = read_facts(text, objects=True)
        assert not [f for f in found if f.relation == "partnered" and f.rule == "deal/signed"], found


@pytest.mark.parametrize("text", [
    "商汤科技9日宣布获得6亿美元融资。彭博社称，本轮融资由阿里巴巴集团领投，苏宁跟投。",
    "商汤科技9日宣布获得6亿美元融资。据彭博社报道，本轮融资由阿里巴巴集团领投，苏宁跟投。",
])
def test_the_outlet_telling_a_round_raised_nothing(read_facts, as_read, text):
    for source in (text, as_read(S2T.convert(text))):
        found = pairs(read_facts(source), "investedIn")
        assert not {(h, t) for h, t in found if "彭博" in t}, found
        assert (as_read("阿里巴巴集团"), as_read("商汤科技")) in found, found


FRONTED = [
    "英伟达宣布已完成对以色列初创公司Run:ai的全资收购。",
    "英伟达今年4月完成对Run:ai的收购。",
    "英伟达则将Run:ai收入囊中。",
    "欧盟委员会批准英伟达对Run:ai的收购。",
]


@pytest.mark.parametrize("sentence", FRONTED)
def test_a_purchase_with_the_company_bought_before_the_word(read_facts, as_read, sentence):
    for text in (sentence, as_read(S2T.convert(sentence))):
        assert (as_read("英伟达"), "Run:ai") in pairs(read_facts(text), "acquired"), text


@pytest.mark.parametrize("sentence", ["英伟达终止对Run:ai的收购。", "英伟达拟将Run:ai收入囊中。",
                                      "美国司法部对英伟达的收购展开调查。", "苹果将谷歌和微软视为对手。"])
def test_a_purchase_called_off_planned_or_reviewed_buys_nothing(read_facts, as_read, sentence):
    for text in (sentence, as_read(S2T.convert(sentence))):
        found = read_facts(text, objects=True)
        assert not [f for f in found if f.relation == "acquired" and f.rule == "purchase/fronted"], found
