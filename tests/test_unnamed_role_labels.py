"""Suits a Chinese document tells by role labels only (kg.unnamed._by_roles): a company anonymised after
a place longer than two characters (被告秦皇岛某科技发展有限公司), a Latin letter standing for a company
(被告A公司), a person by any surname (原告楼某某), a short name given in brackets (以下简称“A公司”); and an
English number's thousands comma, which opens no clause of a described party.  All sentences invented."""
from __future__ import annotations

import pytest

from kg.unnamed import _described, _short_name, _short_names

from test_cases_table import _sides  # the (plaintiffs, defendants) of each row of one document
from test_unnamed_masked_names import _text  # an invented document in Simplified or Traditional script


LONG_PLACE = ("测试法治新闻\n2024年3月5日\n\n甲区法院审结一起AI图片著作权案\n该案中，原告葛某用AI模型制作了一幅插画并发布在网上。"
              "葛某发现，该插画出现在被告乌鲁木齐某文化传播有限公司运营的公众号中。法院判决被告停止侵权并赔偿损失。\n")


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_company_anonymised_after_a_long_place_is_the_labelled_defendant(pipeline, tmp_path, name):
    defendant = "乌鲁木齐某文化传播有限公司" if name == "hans" else "烏魯木齊某文化傳播有限公司"
    assert _sides(pipeline, tmp_path / f"{name}.txt", _text(LONG_PLACE, name)) == [(["葛某"], [defendant])]


LETTER = ("测试法治新闻\n2024年9月2日\n\n配音员声音被用于训练AI，法院判了\n法院查明，原告赵某系被告B公司的配音员。"
          "B公司未经许可将其声音用于训练模型。法院判令被告赔偿原告损失。\n")


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_latin_letter_company_is_the_labelled_defendant(pipeline, tmp_path, name):
    plaintiff = "赵某" if name == "hans" else "趙某"
    assert _sides(pipeline, tmp_path / f"{name}.txt", _text(LETTER, name)) == [([plaintiff], ["B公司"])]
    many = _text(LETTER.replace("被告B公司", "ABC公司"), name)  # a name of letters: no placeholder, no row
    assert _sides(pipeline, tmp_path / f"{name}-abc.txt", many) == []


SHORT = ("测试法治新闻\n2023年1月9日\n\nAI换脸App侵害肖像权被判赔偿\n原告詹某某系一名汉服模特，经常发布短视频。"
         "被告深圳某公司（以下简称“C公司”）是一款换脸App的运营者。詹某某认为，C公司的行为侵害其肖像权，"
         "请求判令被告C公司赔礼道歉。\n")


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_short_name_in_brackets_is_the_same_defendant(pipeline, tmp_path, name):
    plaintiff = "詹某某"
    assert _sides(pipeline, tmp_path / f"{name}.txt", _text(SHORT, name)) == [([plaintiff], ["深圳某公司"])]


def test_short_names_map_to_the_words_after_the_role():
    # (_short_names reads the matches of _short_name over a document's text, which _by_roles finds once)
    assert _short_names(_short_name().finditer("被告上海某公司（以下简称“A公司”）是")) == {"A公司": "上海某公司"}
    assert _short_names(_short_name().finditer("被告上海某公司(以下簡稱「A公司」)是")) == {"A公司": "上海某公司"}
    assert _short_names(_short_name().finditer("没有简称的句子。")) == {}


def test_a_thousands_comma_opens_no_described_party():
    english = _described().english
    sentence = "The society, which speaks for about 95,000 songwriters in Austria, filed a lawsuit against Acme"
    assert not any(found.group("party").startswith("000") for found in english.finditer(sentence))
    found = english.search("On Monday, 12,000 authors sued Acme")
    assert found is not None and found.group("party") == "12,000 authors"
    assert english.search("Meanwhile, three authors filed a lawsuit against Acme").group("party") == "three authors"
