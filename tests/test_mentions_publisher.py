"""The publisher family: a newsletter's publisher on its cover, an item of its own made by
kg.segment, is an Organization though its words are ordinary ones (lines written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("启衡律师事务所", "启衡律师事务所"),  # 启衡: a verb to the tokenizer
    ("临渊律师事务所", "临渊律师事务所"),  # 临渊: a place to it
    ("松岚律师事务所｜数据合规团队\n欧盟法院近日作出判决。", "松岚律师事务所"),
])
def test_a_publisher_on_a_cover_line_is_an_organization(names, text, name):
    found = names(text)
    assert name in found and found[name].type == "Organization"


def test_a_firm_named_inside_a_sentence_is_no_cover_line(names):
    found = names("本期由启衡律师事务所编写，供客户参考。")
    assert not [m for m in found.values() if m.mechanism.startswith("publisher")]


@pytest.mark.parametrize("text, name, type_", [
    ("江岸跨境电商服务协会", "江岸跨境电商服务协会", "Organization"),
    ("青禾科技产业联盟", "青禾科技产业联盟", "Organization"),
    ("澄湖数据交易所", "澄湖数据交易所", "Company"),  # an exchange is a company
    ("鹭川知识产权有限公司", "鹭川知识产权有限公司", "Company"),
    ("澜江仲裁委员会", "澜江仲裁委员会", "Organization"),  # an arbitration institution's newsletter
    ("瀾江仲裁委員會", "瀾江仲裁委員會", "Organization"),
    ("岚州国际仲裁中心", "岚州国际仲裁中心", "Organization"),
    ("江岸跨境电商服务协会\n本期主编：梁鉴远\n编辑：何嘉禾", "江岸跨境电商服务协会", "Organization"),  # its credit lines under it
])
def test_a_body_or_company_on_a_newsletter_cover_is_its_publisher(names, text, name, type_):
    found = names(text)
    assert name in found and found[name].type == type_


@pytest.mark.parametrize("text, publisher, unit", [
    ("澄岳人寿保险股份有限公司　个险事业部", "澄岳人寿保险股份有限公司", "个险事业部"),
    ("岚川律师事务所　数据合规中心", "岚川律师事务所", "数据合规中心"),
])
def test_a_unit_after_the_publisher_on_its_cover_line_is_its_unit_of_its_type(names, text, publisher, unit):
    found = names(text)
    assert found[unit].type == found[publisher].type
    assert found[unit].parent is not None and found[unit].parent.text == publisher
