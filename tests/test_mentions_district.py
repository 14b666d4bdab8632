"""US federal district courts: the English district alone is the court, a prosecutors' office
named after its district is none, and a district of another country or a whole state is no
court.  Sentences written for the tests."""
from __future__ import annotations

import pytest


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
