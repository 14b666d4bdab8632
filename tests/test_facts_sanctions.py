"""kg.facts.sanctions: fines and penalties (sentences written for the tests)."""
from __future__ import annotations


def test_a_company_paying_to_settle_an_agencys_charges_was_fined_by_it(read_facts):
    found = read_facts("5月8日，FTC宣布，记账软件商Ledgerly同意支付300万美元，了结FTC对其虚假宣传的指控。")
    assert {("FTC", "fined", "Ledgerly"), ("FTC", "settled", "Ledgerly")} <= found


def test_the_agency_named_before_fines_a_payer_under_its_settlement_order(read_facts):
    found = read_facts("6月2日，FTC宣布与会计软件公司Ledgerly达成拟议和解。根据和解令，Ledgerly须支付80万美元。")
    assert ("FTC", "fined", "Ledgerly") in found


def test_a_settlement_paying_no_penalty_is_no_fine(read_facts):
    found = read_facts("FTC与Ledgerly达成和解。根据和解协议，Ledgerly须向客户披露产品风险，但无须缴纳罚款。")
    assert not {f for f in found if f[1] == "fined"}


def test_an_english_payment_to_settle_an_agencys_cases(read_facts):
    found = read_facts("Globex Inc. will pay $4 million to settle FTC charges over its voice assistant.")
    assert ("FTC", "fined", "Globex Inc.") in found


def test_a_passive_fine_told_as_a_possibility_is_no_fact(read_facts):
    found = read_facts("美国证券交易委员会表示，Ledgerly公司最高可被处以100万美元罚款。", objects=True)
    assert not [f for f in found if f.rule == "sanctions/passive"]


def test_a_judge_ordering_a_litigant_to_pay_a_sum_fines_them_for_the_items_court(read_facts):
    found = read_facts("The Ontario Superior Court of Justice heard the motion in May. Justice Mary Hollis granted "
                       "the motion and ordered Paul Breton to pay $4,000 for citing cases that do not exist.")
    assert ("Ontario Superior Court of Justice", "fined", "Paul Breton") in found
    assert not {f for f in found if f[1] == "fined" and f[2] == "Mary Hollis"}


def test_a_panel_imposing_a_penalty_on_a_lawyer_and_a_firm(read_facts):
    found = read_facts("The Court of Appeals of Ohio reversed the ruling. The panel imposed a $3,000 penalty on "
                       "Laura Finch and Finch & Morrow LLP for a frivolous brief.")
    court = "Court of Appeals of Ohio"
    assert {(court, "fined", "Laura Finch"), (court, "fined", "Finch & Morrow LLP")} <= found


def test_a_jurys_damages_award_is_no_fine(read_facts):
    found = read_facts("The Northern District of Texas court hosted the trial. A jury found Boeing liable and "
                       "the judge ordered Boeing to pay $12 million in damages.")
    assert not {f for f in found if f[1] == "fined"}


# A fine told from the side of whom it reaches, and the formula of an administrative penalty (invented
# names, real authorities), in Simplified and in Traditional as OpenCC s2t writes it.
import opencc  # noqa: E402
import pytest  # noqa: E402


@pytest.mark.parametrize("sentence, pairs", [
    ("OpenAI收到意大利数据保护局开出的1500万欧元罚单。", {("意大利数据保护局", "OpenAI")}),
    ("OpenAI此前已接获意大利数据保护局的罚款通知。", {("意大利数据保护局", "OpenAI")}),
    ("苹果和谷歌此前分别收到欧盟委员会5亿欧元和2亿欧元的罚单。", {("欧盟委员会", "苹果"), ("欧盟委员会", "谷歌")}),
    ("国家市场监督管理总局决定给予腾讯罚款50万元的行政处罚。", {("国家市场监督管理总局", "腾讯")}),
    ("国家市场监督管理总局依法给予腾讯警告、罚款50万元的行政处罚。", {("国家市场监督管理总局", "腾讯")}),
])
def test_a_fine_received_or_a_penalty_given_fines(read_facts, as_read, sentence, pairs):
    for text in (sentence, as_read(opencc.OpenCC("s2t").convert(sentence))):
        assert {(as_read(h), "fined", as_read(t)) for h, t in pairs} <= read_facts(text), text


@pytest.mark.parametrize("sentence", [
    "国家网信办给予星河科技政策支持。",  # support, no penalty
    "星河科技收到国家网信办的表彰。",  # praise, no fine
    "星河科技给予用户补偿。",  # no authority
])
def test_no_fine_without_a_penalty_from_an_authority(read_facts, as_read, sentence):
    for text in (sentence, as_read(opencc.OpenCC("s2t").convert(sentence))):
        assert not {f for f in read_facts(text) if f[1] == "fined"}, text
