"""A US federal district court named by its district alone, without 法院 (issue 49): the
press writes 在纽约南区起诉 / 向加州北区提起诉讼 for the Southern District of New York and the
Northern District of California, as English writes "filed in the Southern District of New
York".  Sentences written for the tests; the Traditional ones as OpenCC s2t writes them."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")

DISTRICTS = [
    ("三家新闻机构在纽约南区对两家人工智能公司提起诉讼。", "纽约南区", "us-sdny"),
    ("一群作家日前向加州北区起诉，称模型训练未经授权。", "加州北区", "us-ndcal"),
    ("该软件公司去年在德州西区起诉了一家芯片厂商。", "德州西区", "us-wdtex"),
    ("原告律师表示，此案已移送纽约州南区审理。", "纽约州南区", "us-sdny"),
    ("法官在加州中区驳回了唱片公司的动议。", "加州中区", "us-cdcal"),
]


@pytest.mark.parametrize("text, name, court", DISTRICTS)
def test_a_district_named_alone_is_its_federal_court(names, text, name, court):
    found = names(text)
    assert found[name].type == "Court" and found[name].kb_id == court and found[name].mechanism == "district"


@pytest.mark.parametrize("text, name, court", DISTRICTS)
def test_the_traditional_form_is_the_same_court(pipeline, write_doc, text, name, court):
    result = pipeline.process(write_doc("court.txt", "標題\n\n" + S2T.convert(text) + "\n"))
    found = {m.text: m for mentions in result.mentions for m in mentions}
    mention = found[S2T.convert(name)]
    assert mention.type == "Court" and mention.kb_id == court


@pytest.mark.parametrize("text, name", [
    ("Two authors filed suit in the Southern District of New York on Monday.", "Southern District of New York"),
    ("The case was moved to the Northern District of California last year.", "Northern District of California"),
    ("A judge in the Western District of Texas dismissed the claim.", "Western District of Texas"),
])
def test_the_english_district_alone_is_the_same_court(names, text, name):
    assert names(text)[name].type == "Court"


@pytest.mark.parametrize("text", [
    "检方表示，纽约南区联邦检察官办公室已对两名高管提起公诉。",
    "纽约南区联邦检察官称，该公司涉嫌证券欺诈。",
    "北卡罗来纳州西区联邦检察官办公室起诉了该男子。",
])
def test_a_prosecutors_office_named_after_its_district_is_no_court_nor_its_unit(pipeline, write_doc, text):
    result = pipeline.process(write_doc("office.txt", "标题\n\n" + text + "\n"))
    assert all(m.type != "Court" for mentions in result.mentions for m in mentions)
    assert not [f for f in result.facts if f.relation == "partOf"]


def test_the_court_of_a_district_stands_in_its_state(pipeline):
    entry = pipeline.kb.entries[pipeline.kb.lookup("纽约南区联邦地区法院").id]
    assert entry.id == "us-sdny" and entry.jurisdiction == "us-ny" and pipeline.kb.lookup("纽约南区") is None


def test_a_district_of_another_country_or_a_whole_state_is_no_court(names):
    found = names("台中市北区的一家餐厅与特拉华州的一家公司签约，纽约的律师见证。")
    assert all(mention.type != "Court" for mention in found.values())
    assert "特拉华区" not in names("原告在特拉华区起诉。")
