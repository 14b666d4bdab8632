"""Regulators' wordings of round 51: an agency's allegations resolved with a payment (fined and
accused), what an agency alleges a company did, 查处 (investigated), a third reading (issued, not
proposed), and the parent a unit's name describes (TikTok中国母公司字节跳动: the parent is acted on)."""
from __future__ import annotations

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


def test_a_payment_resolving_an_agencys_allegations_fines_and_accuses_each_payer(facts):
    found = facts("Harlow Analytics Inc. and Corvid Legal Inc. agreed to pay a combined $400,000 to resolve "
                  "Securities and Exchange Commission allegations that they overstated their use of AI.")
    for payer in ("Harlow Analytics Inc.", "Corvid Legal Inc."):
        assert ("Securities and Exchange Commission", payer) in _of(found, "fined")
        assert ("Securities and Exchange Commission", payer) in _of(found, "accused")


def test_a_payment_to_end_a_suit_between_companies_fines_no_one(facts):
    found = facts("Harlow Analytics Inc. agreed to pay $400,000 to settle a dispute with Corvid Legal Inc.")
    assert not _of(found, "fined")


def test_an_agency_alleging_false_statements_or_a_failure_accuses(facts):
    found = facts("The Securities and Exchange Commission alleged Harlow Analytics Inc. made false and misleading "
                  "statements in its filings.")
    assert ("Securities and Exchange Commission", "Harlow Analytics Inc.") in _of(found, "accused")
    found = facts("The Federal Trade Commission alleges that Corvid Legal Inc. failed to test its robot lawyer.")
    assert ("Federal Trade Commission", "Corvid Legal Inc.") in _of(found, "accused")


def test_an_agency_alleging_a_neutral_act_accuses_no_one(facts):
    found = facts("The Securities and Exchange Commission said Harlow Analytics Inc. opened an office in Boston.")
    assert not _of(found, "accused")


def test_a_market_regulator_that_looks_into_a_company_investigated_it(read_facts):
    found = read_facts("北京市海淀区市场监管局查处北京心情好科技有限公司发布违法广告案")
    assert ("北京市海淀区市场监管局", "investigated", "北京心情好科技有限公司") in found


def test_a_bill_still_called_a_draft_passed_in_third_reading_is_issued(read_facts):
    found = read_facts("立法院今日召开院会，三读通过人工智能基本法草案。")
    assert ("立法院", "issued", "人工智能基本法") in found
    assert ("立法院", "proposed", "人工智能基本法") not in found


def test_the_parent_a_unit_describes_is_what_is_acted_on(read_facts):
    found = read_facts("迪士尼已向TikTok中国母公司字节跳动发出停止侵权通知函，指控这家中国公司未经许可使用迪士尼角色。")
    assert ("迪士尼", "accused", "字节跳动") in found
    assert ("迪士尼", "accused", "TikTok") not in found
    # without the parent's word both named stay acted on
    found = read_facts("迪士尼指控TikTok和字节跳动未经许可使用迪士尼角色。")
    assert {("迪士尼", "accused", "TikTok"), ("迪士尼", "accused", "字节跳动")} <= found
