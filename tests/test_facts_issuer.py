"""kg.facts.issuer: an instrument's issuer named with it (sentences written for the tests)."""
from __future__ import annotations


def test_each_body_of_an_order_number_after_a_title_issued_it(read_facts):
    found = read_facts("企业应当依照《互联网信息服务深度合成管理规定》（国家互联网信息办公室、工业和信息化部、公安部令第12号）履行义务。")
    law = "互联网信息服务深度合成管理规定"
    assert {("国家互联网信息办公室", "issued", law), ("工业和信息化部", "issued", law), ("公安部", "issued", law)} <= found


def test_the_first_body_of_a_joint_order_partnered_each_other_one(read_facts):
    found = read_facts("数据标注企业应遵守《网络数据标注管理规定》（国家网信办、工业和信息化部、公安部令第30号）的要求。")
    partners = {(f[0], f[2]) for f in found if f[1] == "partnered"}
    assert partners == {("国家网信办", "工业和信息化部"), ("国家网信办", "公安部")}
    one = read_facts("《关于人工智能生成内容标识的通知》（国家网信办公告2024年第3号）自发布之日起施行。")
    assert not {f for f in one if f[1] == "partnered"}  # a body's own notice has no partner


def test_a_notice_number_with_its_year_names_the_issuer(read_facts):
    found = read_facts("《关于人工智能生成内容标识的通知》（国家网信办公告2024年第3号）自发布之日起施行。")
    assert ("国家网信办", "issued", "关于人工智能生成内容标识的通知") in found


def test_a_bracket_without_an_order_number_names_no_issuer(read_facts):
    found = read_facts("《人工智能法》（国家网信办、工业和信息化部参与讨论）引起关注。")
    assert not {f for f in found if f[1] == "issued" and f[2] == "人工智能法"}


def test_a_state_bodys_possessive_before_an_instrument_issued_it(read_facts):
    found = read_facts("Federal departments must follow the Treasury Board's Directive on Automated Decision-Making.")
    assert ("Treasury Board", "issued", "Directive on Automated Decision-Making") in found
    found = read_facts("Hospitals now follow the Treasury Board's revised Directive on Automated Decision-Making.")
    assert ("Treasury Board", "issued", "Directive on Automated Decision-Making") in found


def test_a_companys_possessive_issues_nothing(read_facts):
    found = read_facts("Microsoft's Copilot Usage Policy was updated.")
    assert not {f for f in found if f[0] == "Microsoft" and f[1] == "issued"}


def test_a_persons_possessive_before_an_order_issued_it(read_facts):
    found = read_facts("State agencies must follow Governor Jane Roe's Executive Order B-77-31 on chatbots.")
    assert ("Jane Roe", "issued", "Executive Order B-77-31") in found


def test_a_persons_possessive_before_a_bill_issues_nothing(read_facts):
    found = read_facts("Senator Jane Roe's SB 9981 stalled in committee.")
    assert not {f for f in found if f[0] == "Jane Roe" and f[1] == "issued"}


def test_a_chinese_bodys_possessive_before_an_instrument_issued_it(read_facts):
    found = read_facts("企业须遵守国家网信办的《生成式人工智能服务安全评估办法》。")
    assert ("国家网信办", "issued", "生成式人工智能服务安全评估办法") in found


def test_a_bill_that_failed_in_a_legislature_was_not_issued_by_it(read_facts):
    found = read_facts("《数字平台责任法案》在智利参议院未获通过。")
    assert ("智利参议院", "issued", "数字平台责任法案") not in found


def test_an_english_bill_that_passed_a_legislature_was_issued_by_it(read_facts):
    found = read_facts("The Digital Platform Accountability Act passed the Oregon State Senate on Tuesday.")
    assert ("Oregon State Senate", "issued", "Digital Platform Accountability Act") in found


import opencc  # noqa: E402
import pytest  # noqa: E402


@pytest.mark.parametrize("sentence, sponsor, law", [
    ("SB 53的提案人、州参议员斯科特·维纳表示，法案将提升透明度。", "斯科特·维纳", "SB 53"),
    ("斯科特·维纳是SB 53的提案人。", "斯科特·维纳", "SB 53"),
    ("SB 53法案提案人斯科特·维纳在声明中表示欢迎。", "斯科特·维纳", "SB 53"),
    ("《人工智能透明度法案》的主要起草人克劳迪娅·罗斯表示，法案下月表决。", "克劳迪娅·罗斯", "人工智能透明度法案"),
])
def test_a_bill_s_sponsor_named_with_it_proposed_it(read_facts, as_read, sentence, sponsor, law):
    for text in (sentence, as_read(opencc.OpenCC("s2t").convert(sentence))):
        assert (as_read(sponsor), "proposed", as_read(law)) in read_facts(text), text


def test_a_bill_s_supporter_or_critic_proposed_nothing(read_facts):
    found = read_facts("SB 53的支持者、州参议员斯科特·维纳表示欢迎；批评者约翰·史密斯表示反对。")
    assert not {f for f in found if f[1] == "proposed"}


@pytest.mark.parametrize("sentence, sender, law", [
    ("国务院提请全国人大常委会审议《数字平台治理法（草案）》。", "国务院", "数字平台治理法（草案）"),
    ("国务院已将《数字平台治理法（草案）》提请全国人大常委会审议。", "国务院", "数字平台治理法（草案）"),
    ("《网络数据安全法修正草案》由国务院提请全国人大常委会审议。", "国务院", "网络数据安全法修正草案"),
    ("行政院将「数位平台治理法」草案函请立法院审议。", "行政院", "数位平台治理法"),
    ("行政院会今日通过「数位平台治理法」草案，将送请立法院审议。", "行政院", "数位平台治理法"),
])
def test_who_sends_a_bill_to_a_legislature_for_deliberation_proposed_it(read_facts, as_read, sentence, sender, law):
    for text in (sentence, as_read(opencc.OpenCC("s2t").convert(sentence))):
        found = {(h, r, t) for h, r, t in read_facts(text) if r == "proposed"}
        assert any(h.endswith(as_read(sender)) and t.startswith(as_read(law)) for h, r, t in found), (text, found)


@pytest.mark.parametrize("sentence", [
    "国务院办公厅印发《国务院2030年度立法工作计划》，明确预备提请全国人大常委会审议数字平台治理法草案。",
    "国务院拟提请全国人大常委会审议《数字平台治理法（草案）》。",
    "国务院尚未提请全国人大常委会审议《数字平台治理法（草案）》。",
    "该草案尚需提交西班牙议会审议，国务院表示关注。",
])
def test_a_planned_or_denied_submission_proposes_nothing(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "proposed" and f[0] in ("国务院", "国务院办公厅")}


@pytest.mark.parametrize("sentence, body, law", [
    ("《国务院关于推进数字平台治理的意见》提出，到2030年建成治理体系。", "国务院", "国务院关于推进数字平台治理的意见"),
    ("根据《全国人大常委会2031年度立法工作计划》，将研究数字平台立法。", "全国人大常委会", "全国人大常委会2031年度立法工作计划"),
])
def test_the_body_opening_an_instruments_title_issued_it(read_facts, as_read, sentence, body, law):
    for text in (sentence, as_read(opencc.OpenCC("s2t").convert(sentence))):
        found = {(h, t) for h, r, t in read_facts(text) if r == "issued"}
        assert any(t == as_read(law) for h, t in found), (text, found)


def test_a_title_opening_with_a_place_or_printed_by_a_unit_names_no_issuer(read_facts):
    assert not {f for f in read_facts("《欧盟数字平台治理法》今日生效。") if f[1] == "issued"}
    found = read_facts("国务院办公厅印发《国务院2031年度立法工作计划》。")
    assert ("国务院办公厅", "issued", "国务院2031年度立法工作计划") in found
    assert not {f for f in found if f[0] in ("国务院", "中华人民共和国国务院") and f[1] == "issued"}


def test_a_state_bodys_name_as_the_titles_modifier_issued_it(read_facts):
    found = read_facts("Whether the March 2031 White House Executive Order 14999 will change anything is unclear.")
    assert any(f[1] == "issued" and f[2] == "Executive Order 14999" for f in found)


def test_a_courts_name_before_a_quoted_title_issued_it(read_facts):
    found = read_facts("The guidance is available at Courts of Ruritania “Guidelines for the Use of Chatbots in Tribunals” online.")
    assert ("Courts of Ruritania", "issued", "Guidelines for the Use of Chatbots in Tribunals") in found


def test_a_places_name_as_the_titles_modifier_issues_nothing(read_facts):
    found = read_facts("Vendors in Ruritania must comply with the Ruritania Chatbot Safety Act from May.")
    assert not {f for f in found if f[1] == "issued" and f[0] == "Ruritania"}


def test_the_legislatures_a_title_is_of_issued_it(read_facts):
    found = read_facts("Member states transposed Directive (EU) 2031/17 of the European Parliament and of the Council on synthetic media.")
    assert any(f[1] == "issued" and f[2] == "Directive (EU) 2031/17" for f in found)
    other = read_facts("Member states transposed Directive (EU) 2031/17 on synthetic media, a text of the European Parliament’s choosing.")
    assert not {f for f in other if f[1] == "issued"}
