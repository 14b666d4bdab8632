"""The copyright family: the holder a copyright notice names is a Company (lines written
for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("© 2023 Harbour Lights Media.", "Harbour Lights Media"),
    ("Copyright © 2022 Northfield Press Holdings.", "Northfield Press Holdings"),
    ("© Riverbend Newspapers Ltd 2021.", "Riverbend Newspapers Ltd"),  # the year after the holder stays out
    ("© 2020 The Valencia Courier S.L.", "The Valencia Courier S.L."),
    ("(c) 2019 Tidewater Broadcasting.", "Tidewater Broadcasting"),
    ("© Ceárdlann Publishing DAC 2021.", "Ceárdlann Publishing DAC"),  # a letter with a diacritic cuts no word
    ("© 2022 Łąkowa Press S.R.L.", "Łąkowa Press S.R.L."),  # nor one opening it
])
def test_a_copyright_notice_names_its_holder(names, text, name):
    found = names(text)
    assert name in found and found[name].type == "Company"


@pytest.mark.parametrize("text", [
    "(c) Generative AI tools may not be used to invent evidence.",  # a list's third entry
    "The Copyright Office said it would review the rules.",  # the word, no notice
])
def test_no_notice_no_holder(names, text):
    assert not [m for m in names(text).values() if m.mechanism.startswith("copyright")]


@pytest.mark.parametrize("text, name", [
    ("本版内容版权归江屿晚报有限公司所有，未经许可不得转载。", "江屿晚报有限公司"),
    ("本版內容版權屬嶼灣日報有限公司所有，未經許可不得轉載。", "嶼灣日報有限公司"),
    ("编导：程乐怡　｜　剪辑：陆思远　｜　青禾视频出品，转载请注明出处", "青禾视频"),
])
def test_a_chinese_rights_notice_names_its_holder_or_producer(names, text, name):
    found = names(text)
    assert name in found and found[name].type == "Company"
    assert not any(other != name and name in other for other in found)  # 版权归… is no part of the name


def test_the_original_author_and_a_body_sentence_name_no_holder(names):
    assert not [m for m in names("本文转载自网络，版权归原作者所有。").values() if m.mechanism.startswith("copyright")]
    assert not [m for m in names("该片由星衡影业和青禾视频联合出品。").values() if m.mechanism.startswith("copyright")]


@pytest.mark.parametrize("text, name", [
    ("© 墨川网络科技有限公司　版权所有，转载请注明出处", "墨川网络科技有限公司"),  # the mark before a Chinese name
    ("©2024 青埔傳媒股份有限公司　版權所有", "青埔傳媒股份有限公司"),
    ("本文由青埔传媒有限公司原创，未经授权不得转载。", "青埔传媒有限公司"),  # the story's origin
    ("雁北晨报社出版　｜　本报稿件未经授权不得转载", "雁北晨报社"),  # the paper's house at its foot
])
def test_a_chinese_publisher_line_names_its_holder(names, text, name):
    found = names(text)
    assert name in found and found[name].type == "Company"


def test_a_media_centre_a_story_is_original_to_is_an_organization(names):
    found = names("本文由江湾区融媒体中心原创，未经授权不得转载。")
    assert found["江湾区融媒体中心"].type == "Organization"


def test_a_mark_before_the_rights_words_names_no_holder(names):
    assert not [m for m in names("©2024 版权所有，未经许可不得转载").values() if m.mechanism.startswith("copyright")]


@pytest.mark.parametrize("line, outlet, publisher", [
    ("《鹭江商讯》由鹭江传媒有限公司出版，版权所有。", "鹭江商讯", "鹭江传媒有限公司"),
    ("《鷺江商訊》由鷺江傳媒有限公司出版　©版權所有", "鷺江商訊", "鷺江傳媒有限公司"),
    ("《星城财讯》由星城传媒有限公司主办", "星城财讯", "星城传媒有限公司"),
    # an outlet opening its line needs no 《》 (为…出版物, 运营, 主管主办)
    ("澄江日报为澄江报业有限公司出版物　版权所有", "澄江日报", "澄江报业有限公司"),  # 为…出版物, no 《》
    ("星汇网由星汇传媒科技有限公司运营　｜　转载请注明出处", "星汇网", "星汇传媒科技有限公司"),
    ("澄江晚报由澄江报业集团主管主办　本报所有稿件未经许可不得转载", "澄江晚报", "澄江报业集团"),
])
def test_a_publication_its_publisher_issues_is_its_outlet_no_instrument(names, line, outlet, publisher):
    found = names(line)
    assert found[outlet].type == "Company" and found[outlet].parent.text == publisher
    assert found[publisher].type == "Company"


def test_an_instrument_in_a_sentence_is_no_publication(names):
    assert names("《数据安全法》由全国人大常委会通过。")["数据安全法"].type == "Law"


@pytest.mark.parametrize("text", [
    "本报由澄江报业有限公司主办，欢迎读者来信。",  # the paper's own word names no outlet
    "分析人士称，雁屿网由雁屿传媒科技有限公司运营。",  # not at a line's start: a sentence
    "该平台由雁屿传媒科技有限公司运营。",  # no outlet's word
])
def test_a_sentence_or_the_papers_own_word_names_no_publication(names, text):
    assert not [m for m in names(text).values() if m.mechanism == "copyright/publication"]


@pytest.mark.parametrize("line, name, type_", [
    ("岛屿财经传媒股份有限公司　版权所有　非经授权不得转载", "岛屿财经传媒股份有限公司", "Company"),
    ("澄湖广播电视台版权所有　未经授权禁止转载", "澄湖广播电视台", "Company"),
])
def test_a_name_opening_a_rights_line_holds_the_rights(names, line, name, type_):
    found = names(line)
    assert name in found and found[name].type == type_


@pytest.mark.parametrize("line", [
    "本报版权所有　未经授权禁止转载",  # the paper's own word
    "本网站所有内容版权所有，转载请注明出处",  # no name's suffix
    "作者声明：版权所有，侵权必究",
])
def test_a_rights_line_opening_with_no_name_holds_nothing(names, line):
    assert not [m for m in names(line).values() if m.mechanism.startswith("copyright")]


PAGE = ("星衡科技發布新一代語音模型\n\n本報記者　陸思遠\n\n星衡科技昨日發布新一代語音模型，公司表示將於下月向開發者開放介面。\n\n"
        "編輯：程樂怡\n本網內容僅供參考，不構成任何投資建議。\n{notice}\n")


@pytest.mark.parametrize("notice, name, type_", [
    # a Traditional page's notice, after the disclaimer that closes the story
    ("島嶼財經傳媒股份有限公司　版權所有　非經授權不得轉載", "島嶼財經傳媒股份有限公司", "Company"),
    ("嶼灣公共廣播電視基金會　版權所有　未經授權請勿轉載", "嶼灣公共廣播電視基金會", "Organization"),
    ("© 嶼灣資訊股份有限公司", "嶼灣資訊股份有限公司", "Company"),
    ("嶼灣日報由嶼灣傳媒有限公司出版　版權所有", "嶼灣傳媒有限公司", "Company"),
])
def test_a_traditional_pages_rights_holder_after_its_disclaimer_is_named(pipeline, write_doc, notice, name, type_):
    result = pipeline.process(write_doc("news.txt", PAGE.format(notice=notice)))
    found = {mention.text: mention.type for mentions in result.mentions for mention in mentions}
    assert found.get(name) == type_


def test_a_traditional_publication_line_makes_the_paper_part_of_its_publisher(pipeline, write_doc):
    result = pipeline.process(write_doc("news.txt", PAGE.format(notice="嶼灣日報由嶼灣傳媒有限公司出版　版權所有")))
    assert ("嶼灣日報", "partOf", "嶼灣傳媒有限公司") in {(f.head.text, f.relation, f.tail.text) for f in result.facts}


def test_a_disclaimer_with_no_holder_after_it_keeps_nothing(pipeline, write_doc):
    result = pipeline.process(write_doc("news.txt", PAGE.format(notice="版權所有　未經授權請勿轉載")))
    assert not [m for mentions in result.mentions for m in mentions if m.mechanism.startswith("copyright")]
