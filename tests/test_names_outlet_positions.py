"""Outlets named where a story says where its news comes from (kg.mentions.source, ReportedOutlets):
据X报道, 援引X消息, 本文转自X, 图自X, 告诉X, 接受X采访, 【X专讯】, X讯 at a paragraph's head,
(A/B/C) closing a paragraph; generic words in those places (据报道, 告诉记者, 该报, 平台) name none
(sentences written for the tests, Simplified and Traditional)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, outlet", [
    ("据江城晚报报道，卓汇科技已被起诉。", "江城晚报"),
    ("據江城晚報報導，卓匯科技已被起訴。", "江城晚報"),
    ("援引鹭岛新闻网消息，法院已受理此案。", "鹭岛新闻网"),
    ("据澜海时报的报道，该公司已提起上诉。", "澜海时报"),
    ("本文转自【青禾新闻客户端】", "青禾新闻客户端"),
    ("本文轉載自「青禾日報」，原文有刪節。", "青禾日報"),
    ("一名律师告诉星川观察网，这类案件难以认定。", "星川观察网"),
    ("该公司高管接受澜海日报采访时表示，将会上诉。", "澜海日报"),
    ("據KTQX報導，法院已駁回動議。", "KTQX"),
])
def test_an_outlet_where_a_story_says_its_news_comes_from_is_a_company(names, text, outlet):
    found = names(text)
    assert outlet in found and found[outlet].type == "Company"


@pytest.mark.parametrize("text, outlet", [
    ("【星川网专讯】卓汇科技被判赔偿。", "星川网"),
    ("【澜海通讯社讯】法院周一作出判决。", "澜海通讯社"),
    ("潮汐点讯 3月11日，记者从市法院获悉，一宗案件宣判。", "潮汐点"),
    ("潮汐點訊（記者 王明）法院週一宣判。", "潮汐點"),
])
def test_the_outlet_heading_a_dispatch_is_a_company(names, text, outlet):
    found = names(text)
    assert outlet in found and found[outlet].type == "Company"


def test_the_reporter_in_a_dispatch_bracket_is_a_person(names):
    found = names("【KTQX 陳明嘉報導】加州一名法官週一駁回了起訴。")
    assert found["KTQX"].type == "Company"
    assert found["陳明嘉"].type == "Person"


def test_agencies_closing_a_paragraph_in_brackets_are_companies(names):
    found = names("法院已受理原告的起訴，案件將於明年開庭。（澜海社/江城時報/KTQX）")
    assert all(found[name].type == "Company" for name in ("澜海社", "江城時報", "KTQX"))


@pytest.mark.parametrize("text, word", [
    ("据报道，卓汇科技已被起诉。", None),
    ("据该报报道，卓汇科技已被起诉。", "该报"),
    ("一名律师告诉记者，这类案件难以认定。", "记者"),
    ("用户向平台表示，其账号被封。", "平台"),
    ("据当地媒体报道，法院已受理。", "当地媒体"),
    ("他对王小明说，此事已解决。", "王小明"),
])
def test_generic_words_in_those_places_name_no_outlet(names, text, word):
    found = names(text)
    assert not [m for m in found.values() if m.mechanism.endswith("reported")]


@pytest.mark.parametrize("line, editor, outlet", [
    ("责任编辑: 林川  来源:鹭岛新闻网 转载请注明出处", "林川", "鹭岛新闻网"),
    ("責任編輯: 林川  來源:鷺島新聞網 轉載請注明出處", "林川", "鷺島新聞網"),
])
def test_a_source_after_an_editor_on_one_line_is_an_outlet(names, line, editor, outlet):
    found = names(f"法院已受理此案。\n{line}\n")
    assert found[outlet].type == "Company"


@pytest.mark.parametrize("text, outlet", [
    ("【潮音晨訊】某科技公司周一上市。\n潮音晨訊記者　王明　攝", "潮音晨訊"),
    ("【潮音晨讯】某科技公司周一上市。\n©潮音晨讯传媒有限公司", "潮音晨讯"),
])
def test_an_outlet_whose_name_ends_in_xun_keeps_it(names, text, outlet):
    found = names(text)
    assert outlet in found and outlet[:-1] not in found


@pytest.mark.parametrize("text", ["本会讯　1月10日，会员单位获奖。", "【本报综合讯】法院周一宣判。",
                                  "潮川财讯1月20日电，资料显示，该公司获投资。"])
def test_the_storys_own_word_or_a_wire_dateline_heads_no_outlet_here(names, text):
    found = names(text)
    assert not [m for m in found.values() if m.mechanism.endswith("reported")]


def test_a_bare_xun_bracket_names_an_outlet_only_of_an_outlets_shape(names):
    assert "潮音晨" not in names("【潮音晨訊】某科技公司周一上市。")
    assert names("【澜海日报讯】某科技公司周一上市。")["澜海日报"].type == "Company"


@pytest.mark.parametrize("text, outlet", [
    ("據《鷺島都市報》報道，法院已受理。", "鷺島都市報"),
    ("据澜海通讯社6月23日报道，法院已受理。", "澜海通讯社"),
    ("据「星川日报」此前报道，该公司已被起诉。", "星川日报"),
])
def test_a_date_or_title_marks_around_the_reporting_outlet(names, text, outlet):
    found = names(text)
    assert outlet in found and found[outlet].type == "Company"
