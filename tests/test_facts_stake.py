"""kg.facts.stake: a stake taken in a company is an investment (sentences written for the tests)."""
from __future__ import annotations

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
