"""The instrument family: instruments named by their number, without 《》 (sentences and
numbers written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("加州州长签署了SB 9981。", "SB 9981"),
    ("众议院通过了H.R. 7913。", "H.R. 7913"),
    ("参议员提交了S. 2765。", "S. 2765"),
    ("丹佛州议会通过SB27-413法案。", "SB27-413"),
    ("Lawmakers in Denver passed HB 26-1187 last spring.", "HB 26-1187"),
    ("巴西总统签署了第 14533 号法令。", "第 14533 号法令"),
    ("美国参议院提出了第 7733 号参议院法案。", "第 7733 号参议院法案"),
    ("智利选举法院上月公布第 41.207 号决议。", "第 41.207 号决议"),
    ("新加坡交易所修订上市制度（第7A章）后，多家企业递表。", "第7A章"),
    ("聯交所早前推出的第9B章吸引芯片企業。", "第9B章"),
])
def test_a_numbered_bill_or_decree_is_a_law(names, text, name):
    found = names(text)[name]
    assert found.type == "Law" and found.mechanism.startswith("instrument")


def test_an_abbreviation_inside_a_word_or_without_a_number_is_no_bill(names):
    assert not any(m.type == "Law" for m in names("团队做了 AB 测试，结果见 CSB 2024 报告。").values())


def test_a_number_without_a_kind_of_instrument_is_no_law(names):
    assert not any(m.type == "Law" for m in names("他是第 3 号选手。").values())


def test_a_section_of_a_code_is_a_law_and_its_bare_section_sign_the_same_section(names):
    found = names("A new provision, 12 C.F.R. § 33.104, applies. Lenders must follow § 33.104 from May; § 9.1 is older.")
    assert found["12 C.F.R. § 33.104"].type == "Law"
    assert found["§ 33.104"].canonical == "12 C.F.R. § 33.104"
    assert "§ 9.1" not in found


def test_a_kind_of_instrument_and_its_number_is_a_law(names):
    found = names("The judge weighed Rule 37 sanctions under Executive Order 19001 and Directive (EU) 2031/77.")
    for name in ("Rule 37", "Executive Order 19001", "Directive (EU) 2031/77"):
        assert found[name].type == "Law", name


def test_an_executive_order_numbered_with_a_letter_and_a_year_is_one_instrument(names):
    found = names("The governor's Executive Order N-5-24, signed last spring, asked agencies to study chatbots.")
    assert found["Executive Order N-5-24"].type == "Law"


@pytest.mark.parametrize("text, name", [
    ("该州保险监管局今年发布第12号通函，要求保险公司说明模型用途。", "第12号通函"),
    ("比利时竞争管理局发布第23-B-07号意见，分析云服务市场。", "第23-B-07号意见"),
    ("市政府发布第5号公告，暂停该应用的注册。", "第5号公告"),
])
def test_a_numbered_circular_opinion_or_notice_is_a_law(names, text, name):
    assert names(text)[name].type == "Law"


def test_an_english_circular_opinion_or_regulation_by_its_number_or_letter_is_a_law(names):
    found = names("The agency's Circular 2031-07 reads Regulation Q with Opinion 14/2030, and the board adopted "
                  "Regulation 4-2-9 last week.")
    for name in ("Circular 2031-07", "Regulation Q", "Opinion 14/2030", "Regulation 4-2-9"):
        assert found[name].type == "Law", name


def test_a_regulation_before_an_article_or_a_word_names_no_lettered_rule(names):
    found = names("Under the regulation A firm must report. The Regulation Quorum met.")
    assert "Regulation A" not in found and "Regulation Q" not in found


def test_a_rulemaking_notice_glossed_by_its_acronym_is_a_law_wherever_the_item_names_it(names):
    text = "美国商务部发布拟议规则制定通知\n该部于4月2日发布拟议规则制定通知（NP\nRM），征求意见。"
    found = [m for m in names(text).values() if m.text == "拟议规则制定通知"]
    assert found and found[0].type == "Law"


def test_a_rulemaking_notice_without_its_acronym_is_no_law(names):
    assert "拟议规则制定预通知" not in names("财政部随后发布拟议规则制定预通知，征求意见。")


@pytest.mark.parametrize("text, chapter", [
    ("该公司依照《创业板规则》第12D章申请上市。", "第12D章"),  # the title's part
    ("按《创业板规则》第12D章或第14B章申请的企业可提前递表。", "第14B章"),  # listed after the title's part
    ("该书第12章讲述了公司的创业史。", "第12章"),  # no letter: a book's chapter
])
def test_a_chapter_of_a_title_or_without_a_letter_is_no_law_of_its_own(names, text, chapter):
    assert chapter not in names(text)


@pytest.mark.parametrize("text, name", [
    ("Last week the insurance regulator published Industry Letter No. 12 (2025) on model vendors.", "Industry Letter No. 12 (2025)"),
    ("Counsel must now follow Registrar's Circular No. 4 of 2023 when filing.", "Registrar's Circular No. 4 of 2023"),
    ("Counsel must now follow Registrar’s Circular No. 4 of 2023 when filing.", "Registrar’s Circular No. 4 of 2023"),
    ("The bar's ethics panel released Formal Opinion 733 in March.", "Formal Opinion 733"),
    ("Lenders fall under 3 NYCRR Part 219 and its audit duties.", "3 NYCRR Part 219"),
])
def test_a_numbered_instrument_keeps_its_qualifier_its_series_year_and_its_state_code(names, text, name):
    found = names(text)[name]
    assert found.type == "Law" and found.mechanism.startswith("instrument")


def test_a_bracketed_year_after_a_bare_number_is_told_aside(names):
    assert "Rule 41 (2022)" not in names("Judges cited Rule 41 (2022) and moved on.")


# Inventory (round 27): a rulebook and its lettered chapter, numbered standards; traps after them.
@pytest.mark.parametrize("text, name", [
    ("香港交易所修订上市规则第18C章。", "上市规则第18C章"),
    ("港交所于3月起實施上市規則第18C章。", "上市規則第18C章"),
    ("联交所发布主板上市规则第8A章的修订。", "主板上市规则第8A章"),
])
def test_a_rulebook_written_before_its_lettered_chapter_is_part_of_its_name(names, text, name):
    assert (names(text)[name].type, names(text)[name].mechanism) == ("Law", "instrument/chapter")


@pytest.mark.parametrize("text, name", [
    ("欧洲电信标准协会发布了ETSI TS 104 223。", "ETSI TS 104 223"),
    ("消费类物联网设备须符合ETSI EN 303 645的要求。", "ETSI EN 303 645"),
    ("该公司的系统参照ISO/IEC 23053设计。", "ISO/IEC 23053"),
    ("推荐性国家标准GB/T 42755—2023于今年实施。", "GB/T 42755—2023"),
    ("ETSI published ETSI TS 104 223 in April.", "ETSI TS 104 223"),
    ("The institute released NIST SP 800-218A for model developers.", "NIST SP 800-218A"),
    ("Vendors must meet IEEE 7001-2021 on transparency.", "IEEE 7001-2021"),
    ("The controls follow ISO/IEC 27701:2019 closely.", "ISO/IEC 27701:2019"),
])
def test_a_standard_by_its_series_and_number_is_a_law(names, text, name):
    assert names(text)[name].type == "Law"


@pytest.mark.parametrize("text", ["根据该规则第18C章，公司可申请上市。", "第12章规定了罚则。", "欧洲电信标准协会（ETSI）表示将继续合作。",
                                  "ETSI said it would keep working on the topic.", "ISO is a standards body.", "Chapter 7 covers enforcement."])
def test_a_chapter_after_a_determiner_or_a_standards_body_alone_is_no_law(names, text):
    assert not [m for m in names(text).values() if m.type == "Law"]


def test_a_standards_body_issues_the_standard_it_publishes(read_facts):
    assert ("ETSI", "issued", "ETSI TS 104 223") in read_facts("ETSI published ETSI TS 104 223 in April.")
