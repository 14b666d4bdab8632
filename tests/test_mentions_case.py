"""The case family: case numbers, captions linked by 诉 or v., and Latin captions standing
whole inside Chinese text (sentences written for the tests)."""
from __future__ import annotations

import pytest


def _a_case(found: dict, caption: str) -> bool:
    """Whether the names found in a text hold the caption whole, as a case."""
    return caption in found and found[caption].type == "Case"


@pytest.mark.parametrize("text, caption", [
    ("（1）案件：Harlow v. Brightline Robotics\n（2）法院：联邦地区法院", "Harlow v. Brightline Robotics"),
    ("案件名称：Quill Media, Inc. v. Zorbi Labs, Inc.\n案件状态：审理中", "Quill Media, Inc. v. Zorbi Labs, Inc."),
    ("负责此案（Nordvik, Inc. v. Pell Systems, Inc.）的法官驳回了动议。", "Nordvik, Inc. v. Pell Systems, Inc."),
    ("在Marlow Analytics Ltd v Registrar-General of Designs一案中，上诉法院维持原判。",
     "Marlow Analytics Ltd v Registrar-General of Designs"),
    ("案件：dataWise Commissioner v Hollis", "dataWise Commissioner v Hollis"),
    ("案件名称：In the Matter of Zentro, LLC", "In the Matter of Zentro, LLC"),
    ("该委员会在In re Lumora Privacy Litigation中达成和解。", "In re Lumora Privacy Litigation"),
    ("案件名称：Vance vs. Orbit Corp.", "Vance vs. Orbit Corp."),
    ("合并后的程序称为In re: Halvard, Inc. Data Breach Litigation。", "In re: Halvard, Inc. Data Breach Litigation"),
])
def test_a_latin_caption_inside_chinese_text_is_one_case_commas_and_all(names, text, caption):
    assert _a_case(names(text), caption)


@pytest.mark.parametrize("text", [
    "该公司在 Harlow 与 Brightline 的合作中担任顾问。",
    "案件名称：暂无",
    "模型 Zorbi v2 today 发布。",
    "报告引用了 A v. B and C v. D 两案。",
])
def test_latin_words_without_one_caption_link_name_no_case(names, text):
    assert not [m for m in names(text).values() if m.mechanism == "case/caption"]


def test_a_chinese_caption_before_yi_an_is_named_without_it(names):
    found = names("去年，联邦法院在星河科技诉卓汇公司一案中驳回了原告的请求。")
    assert "星河科技诉卓汇公司" in found and found["星河科技诉卓汇公司"].type == "Case"
    assert "星河科技诉卓汇公司一案" not in found


@pytest.mark.parametrize("text", [
    "北京知识产权法院受理了星河科技诉卓汇公司案。",
    "杭州互联网法院审理了星河科技诉卓汇公司案。",
    "法院审结了星河科技诉卓汇公司案。",
])
def test_a_caption_after_a_courts_act_opens_after_the_act(names, text):
    found = names(text)
    assert "星河科技诉卓汇公司案" in found and found["星河科技诉卓汇公司案"].type == "Case"


@pytest.mark.parametrize("text, caption", [
    ("审理In re Tesla Autopilot Marketing Litigation一案的联邦法官裁定，允许集体诉讼继续。",
     "In re Tesla Autopilot Marketing Litigation"),
    ("In In re Google Assistant Privacy Litigation, users in California sued Google over recordings.",
     "In re Google Assistant Privacy Litigation"),
])
def test_a_caption_opened_by_in_re_is_a_case_not_the_company_it_names(names, text, caption):
    found = names(text)
    assert _a_case(found, caption)
    assert not any(name.startswith(caption.split()[2].rstrip(":")) and len(name) > len(caption.split()[2])
                   and found[name].type == "Company" for name in found)  # no Tesla Autopilot Marketing Litigation一案…


@pytest.mark.parametrize("text", ["案　　名｜星辰科技诉云图科技案\n被　　告｜云图科技", "案件|星辰科技诉云图科技案"])
def test_a_caption_after_a_fields_bar_opens_after_it(names, text):
    found = names(text)
    assert "星辰科技诉云图科技案" in found
    assert not [name for name in found if "｜" in name or "|" in name]


@pytest.mark.parametrize("text, caption", [
    ('法院审结了不正当竞争案件"星辰诉云图案"，判决被告赔偿。', "星辰诉云图案"),   # straight quotes
    ("法院审结了不正当竞争案件「星辰诉云图案」，判决被告赔偿。", "星辰诉云图案"),   # corner quotes (Taiwan, Hong Kong)
    ("法院审结了著作权案件『星辰诉云图案』。", "星辰诉云图案"),
])
def test_a_quote_mark_of_any_kind_bounds_a_chinese_caption(names, text, caption):
    found = names(text)
    assert _a_case(found, caption)
    assert not [name for name in found if name.endswith(caption) and name != caption]


@pytest.mark.parametrize("text", [
    "经江城市检察院提起公诉,7月4日,法院开庭审理该案。",
    "该公司被诉侵权一案,法院受理此案。",
])
def test_su_inside_gongsu_or_beisu_links_no_case_sides(names, text):
    assert not [m for m in names(text).values() if m.type == "Case"]


@pytest.mark.parametrize("text, caption", [
    ("法院审理了星河科技訴卓匯公司案。", "星河科技訴卓匯公司案"),
    ("李胜诉王某案已审结。", "李胜诉王某案"),
])
def test_the_case_family_reads_a_caption_by_the_one_shared_su_link(names, text, caption):
    assert _a_case(names(text), caption)
