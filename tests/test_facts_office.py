"""kg.facts.office: an office one person holds acts with its holder (sentences written for the tests)."""
from __future__ import annotations

import pytest


# kg.facts.office OfficeHolders: an office one person holds, named right before its holder, acts with him
# (invented officials and instruments).  Rows: text, the facts read.
HELD_OFFICES = [
    ("Oregon Governor Tina Kotek spoke on Monday. Kotek signed HB 4412 on Friday.",
     {("Tina Kotek", "issued", "HB 4412"), ("Oregon Governor", "issued", "HB 4412")}),
    ("Nevada Governor Joe Lombardo met lawmakers. The Data Broker Act was signed into law by Lombardo in June.",
     {("Joe Lombardo", "issued", "Data Broker Act"), ("Nevada Governor", "issued", "Data Broker Act")}),
    ("俄勒冈州州长蒂娜·科特克发表讲话。科特克随后签署《算法问责法》。",
     {("蒂娜·科特克", "issued", "算法问责法"), ("俄勒冈州州长", "issued", "算法问责法")}),
    ("美国总统约翰·罗伊发表讲话。美国总统随后签署《人工智能国家安全备忘录》。",
     {("美国总统", "issued", "人工智能国家安全备忘录"), ("约翰·罗伊", "issued", "人工智能国家安全备忘录")}),
]


@pytest.mark.parametrize("text, facts", HELD_OFFICES)
def test_an_office_and_its_holder_named_together_issue_each_others_instruments(read_facts, text, facts):
    assert facts <= read_facts(text)


def test_a_traditional_office_and_its_holder_issue_each_others_instruments(pipeline, write_doc):
    result = pipeline.process(write_doc("tw.txt", "州長簽署法案\n\n俄勒岡州州長蒂娜·科特克發表講話。科特克隨後簽署《演算法問責法》。\n"))
    found = {(f.head.text, f.relation, f.tail.text) for f in result.facts}
    assert ("俄勒岡州州長", "issued", "算法問責法") in found


@pytest.mark.parametrize("text, head", [
    ("Former Governor Tina Kotek spoke. Kotek signed HB 4412 on Friday.", "Governor"),  # an office left
    ("Vice President Jane Roe spoke. Roe unveiled the AI Safety Framework.", "President"),  # a deputy's office
    ("Oregon Governor Tina Kotek spoke. Kotek vetoed HB 4412 on Friday.", "Oregon Governor"),  # a veto issues nothing
    ("俄勒冈州州长蒂娜·科特克表示，《算法问责法》仍需修改。", "俄勒冈州州长"),  # a law only talked about
    ("前俄勒冈州州长蒂娜·科特克发表讲话。科特克随后签署《算法问责法》。", "俄勒冈州州长"),  # a former office
])
def test_no_office_acts_with_a_former_deputy_or_idle_holder(read_facts, text, head):
    assert not {f for f in read_facts(text) if f[0] == head and f[1] in ("issued", "proposed")}


def test_an_office_with_two_holders_in_the_document_hands_its_acts_to_neither(read_facts):
    found = read_facts("美国总统约翰·罗伊发表讲话。美国总统玛丽·洛发表讲话。美国总统签署《人工智能国家安全备忘录》。")
    assert not {f for f in found if f[1] == "issued" and f[0] in ("约翰·罗伊", "玛丽·洛")}
