"""Acts told as a noun with "with" (kg.facts.deal.NounDeals): a deal, a tie-up, a partnership
or an arrangement with named parties partners the clause's actor with each; a settlement with
a party settles; in Chinese, A与B的联盟 (交易, 协议) partners the pair.  A plan, talks, a
negation, a verb "deal with", a name the description only owns, a purchase's or a settlement's
agreement make none.  Invented names and sentences."""
from __future__ import annotations

import pytest


def pairs(found, relation):
    """Both ways round: the relations read here are symmetric."""
    return {(h, t) for h, r, t in found if r == relation} | {(t, h) for h, r, t in found if r == relation}


@pytest.mark.parametrize("sentence, expected", [
    ("Helio Labs cemented its lead on Tuesday after a record round and a tie-up with chipmaker Orvane Labs.",
     {("Helio Labs", "Orvane Labs")}),
    ("But while Helio Labs has secured licensing deals with rivals like Orvane Labs and Maple Vision Inc. for its "
     "data, it says Tunewave Inc. took its posts.", {("Helio Labs", "Orvane Labs"), ("Helio Labs", "Maple Vision Inc.")}),
    ("Helio Labs, the owner of two papers, on Monday announced a multi-year deal to license its archive to "
     "Orvane Labs.", {("Helio Labs", "Orvane Labs")}),
])
def test_a_deal_told_as_a_noun_partners_the_clause_actor(read_facts, sentence, expected):
    assert expected <= pairs(read_facts(sentence, title="Deals"), "partnered")


@pytest.mark.parametrize("sentence", [
    "Helio Labs is pursuing a tie-up with Orvane Labs.",
    "Helio Labs plans a partnership with Orvane Labs next year.",
    "Helio Labs has no content deals with Orvane Labs.",
    "Helio Labs walked away from a potential deal with Orvane Labs.",
    "Helio Labs would need to deal with Orvane Labs first.",
    "Helio Labs said it considered licensing deals some outlets struck with Orvane Labs.",
    "Helio Labs criticised the deal streak, pointing to a tie-up with the founder of Orvane Labs.",
    "Helio Labs cemented its lead after a record round and a tie-up with Orvane Labs' founder.",
    "We signed data deals this year, including our agreement with Helio Labs and our partnership with Orvane Labs.",
])
def test_a_noun_of_a_deal_not_made_or_not_the_actors_partners_nobody(read_facts, sentence):
    assert ("Helio Labs", "Orvane Labs") not in pairs(read_facts(sentence, title="Deals"), "partnered")


def test_a_settlement_with_a_party_told_as_a_noun_is_settled(read_facts):
    found = read_facts("Maple Vision Inc. agreed to stop selling its scanner as part of a settlement with Tunewave Inc.",
                       title="Settlement")
    assert ("Maple Vision Inc.", "Tunewave Inc.") in pairs(found, "settled")
    found = read_facts("Maple Vision Inc. is in talks over a proposed settlement with Tunewave Inc.", title="Settlement")
    assert ("Maple Vision Inc.", "Tunewave Inc.") not in pairs(found, "settled")


@pytest.mark.parametrize("sentence", [
    "评论人士一直批评星河智能科技有限公司与蓝湾数据公司的紧密联盟。",
    "诉状称，由于星河智能科技有限公司和蓝湾数据公司的交易，澄明科技公司处于劣势。",
])
def test_a_chinese_pairs_alliance_or_deal_partners_the_pair(read_facts, sentence):
    assert ("星河智能科技有限公司", "蓝湾数据公司") in pairs(read_facts(sentence), "partnered")


@pytest.mark.parametrize("sentence", [
    "星河智能科技有限公司宣布终止与蓝湾数据公司的交易。",
    "监管机构正在审查星河智能科技有限公司与蓝湾数据公司的收购交易。",
    "法院批准了星河智能科技有限公司与蓝湾数据公司的和解协议。",
])
def test_a_chinese_deal_called_off_a_purchase_or_a_settlement_partners_nobody(read_facts, sentence):
    assert ("星河智能科技有限公司", "蓝湾数据公司") not in pairs(read_facts(sentence), "partnered")


def test_an_agency_s_cooperation_agreement_with_a_company_is_a_partnership(read_facts):
    found = read_facts("The Ministry of Digital Affairs signed a cooperation agreement with Quillon Labs on Monday.")
    assert ("Ministry of Digital Affairs", "partnered", "Quillon Labs") in found
    assert not {f for f in read_facts("The Federal Trade Commission reached an agreement with Quillon Labs on Monday.")
                if f[1] == "partnered"}
