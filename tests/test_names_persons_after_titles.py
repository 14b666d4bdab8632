"""Persons the extractor never found, after titles and roles: a surname and one character after a title or a
role that jieba cuts as an unknown word of its own (律师李源长期代理, 议员黄捷等), a surname that is a
function character too opening a titled name jieba cuts whole (负责人 向淑青：), a Japanese name of
four characters after a title (首席财务官后藤芳光在), and a transliterated name after a title closed
by a reign's number (国王查尔斯三世) or by 的 (第一夫人梅拉尼娅的), a poster's name in quotation marks
after the role (用户“小禾侃剧”), and an English name an apposition of age or of a group only persons
form follows (Jane Roe, a 14-year-old…; Jane Roe of the X Project, one of the attorneys…).  Sentences
written for the tests, Simplified and Traditional (OpenCC s2t), and English."""
from __future__ import annotations

import pytest

# the text in each script (OpenCC s2t) and the whole pipeline's mentions by their text, as test_names_district_courts reads them
from tests.test_names_district_courts import both_scripts, names  # noqa: F401


@pytest.mark.parametrize("text, person", [
    # a surname and one character after a title or a role, one unknown word of jieba's
    ("据悉，律师柯澜长期代理多起肖像权纠纷案件。", "柯澜"),
    ("视频把市议员黄淼等人的头像换到了别人身上。", "黄淼"),
    ("该平台因网红陈沂截图转发而被起诉。", "陈沂"),
    # a function character that is a surname too, opening a titled name jieba cuts whole
    ("江口区人民法院刑事审判庭负责人 向淑青：被告人明知他人实施诈骗，仍然提供帮助。", "向淑青"),
    # a Japanese name of four characters after a title
    ("与此同时，该集团首席财务官后藤芳光在接受专访时表示，投资策略不会改变。", "后藤芳光"),
    # a transliterated name after a title, closed by a reign's number or by 的
    ("峰会当天，英国国王查尔斯三世通过视频致辞开启了会议。", "查尔斯三世"),
    ("该法案与第一夫人梅拉尼娅的倡议相呼应。", "梅拉尼娅"),
    # a poster's name in quotation marks after the role
    ("用户“青柚说剧”自2022年起共发布了四十余部配音作品。", "青柚说剧"),
    ("画师之一的“晚星”介绍，他发现有人模仿其作品。", "晚星"),
    ("一名网友“南山客”在社交平台发文指控该公司。", "南山客"),
    ("她被介绍给一个名叫“卢振华”的人，对方自称是军官。", "卢振华"),
])
def test_a_chinese_name_the_extractor_never_found_is_a_person(names, text, person):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(person)].type == "Person", (variant, list(found))


@pytest.mark.parametrize("text", [
    "用户陈述了自己的理由，法院予以采纳。",  # words jieba knows after a title
    "双方律师陈述了各自的意见。",
    "原告方称其作品被用于训练模型。",
    "多名用户黄昏时分在平台上发布了图片。",
    "国王通过视频致辞开启了会议。",  # a title before a common word
    "负责人向记者介绍了案件情况。",
    "第一夫人的倡议得到支持。",
    "原告“广撒网”式地起诉了多家公司。",  # a party's role, or a noun after the quotation
    "用户“一键换脸”功能遭到滥用。",
    "博主“科技先锋”账号已被封禁。",
])
def test_a_word_after_a_title_or_a_role_is_no_person(names, text):
    for variant, _ in both_scripts(text):
        found = names(variant)
        assert not [name for name, m in found.items() if m.type == "Person"], (variant, list(found))


@pytest.mark.parametrize("text, person, body", [
    ("Priya Ramanathan of the Harbor Justice Project, one of the attorneys for the family, said the ruling mattered.",
     "Priya Ramanathan", "Harbor Justice Project"),
    ("The complaint says Tobiah Wrenfield III, a 15-year-old student in Tampa, used the app for months.",
     "Tobiah Wrenfield III", None),
    ("Kestrel Ward of Northbridge Legal, one of the lawyers for the artists, declined to comment.", None, "Northbridge Legal"),
    ("Harbor Daily News, one of the plaintiffs, said it would appeal.", None, "Harbor Daily News"),
])
def test_an_english_name_an_apposition_of_age_or_of_a_persons_group_follows(names, text, person, body):
    """Jane Roe, a 14-year-old…; Jane Roe of the X Project, one of the attorneys…: a person; the body
    before "one of" (after "of", or one of the plaintiffs, whom bodies are too) is none."""
    found = names(text)
    assert person is None or found[person].type == "Person", list(found)
    assert body is None or body not in found or found[body].type != "Person", list(found)


@pytest.mark.parametrize("text, person", [
    # a police rank or a treasurer's office before the name (english.tsv person_role)
    ("The boy was charged in May, Harbor Regional Police Department Detective Marla Quenby said Tuesday.", "Marla Quenby"),
    ("The union was joined by its National Secretary/Treasurer Odile Brackwater at the signing.", "Odile Brackwater"),
    ("Police Chief Renata Solvig and Sergeant Tomas Ebberly spoke to reporters.", "Renata Solvig"),
    ("Police Chief Renata Solvig and Sergeant Tomas Ebberly spoke to reporters.", "Tomas Ebberly"),
    # after a known body's initials: the title ends the body's name, no longer name runs on into the holder's
    ("Irrespective of the images' source, AFP Superintendent Corin Maddox said they were still illegal.", "Corin Maddox"),
    ("警方表示， AFP Superintendent Corin Maddox ，在声明中称这些图片违法。", "Corin Maddox"),
])
def test_an_english_name_after_a_police_rank_or_an_office_is_a_person(names, text, person):
    found = names(text)
    assert found[person].type == "Person", list(found)
    assert not [name for name in found if name != person and person in name and found[name].type != "Person"], list(found)


@pytest.mark.parametrize("text, wrong", [
    # Detective Superintendent before a surname the name pattern cannot read whole (McKinney): the rank's second
    # word opens no person
    ("Harbor Police Detective Superintendent Tim McKinney said investigators had seen more cases.", "Superintendent Tim"),
    ("The Detective Sergeant Unit met on Monday.", "Sergeant Unit"),
])
def test_a_title_word_after_a_title_opens_no_person(names, text, wrong):
    found = names(text)
    assert wrong not in found or found[wrong].type != "Person", list(found)
