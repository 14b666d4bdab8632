"""A court's or a procuratorate's place down to its city district (issue 49): the real
annotations read 上海市松江区人民法院 as in 上海市 and in 松江区, and a district written after its
city (青岛市黄岛区、西安市雁塔区) as a place of its own.  Two shapes: a district people's court the
knowledge base lists has the district as its jurisdiction (data/kb/jurisdictions.tsv, its city
the district's parent), and a city's district the knowledge base does not list is found after
its city (kg.mentions.urban).  Sentences written for the tests; the Traditional ones as OpenCC
s2t writes them."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")

DISTRICTS = [
    ("本次活动由青岛市黄岛区、西安市雁塔区的法院共同主办。", "黄岛区", "青岛市"),
    ("涉案公司注册在无锡市滨湖区，主要从事软件开发。", "滨湖区", "无锡市"),
    ("警方在长沙市开福区一处出租屋内抓获了犯罪嫌疑人。", "开福区", "长沙市"),
    ("据了解，这家初创企业位于成都市双流区的一个产业园。", "双流区", "成都市"),
    ("被告人家住鹰潭市余江区，案发后主动投案。", "余江区", "鹰潭市"),
]

NOT_DISTRICTS = [
    ("杭州市内各区都已设立数据合规服务站。", "内各区"),
    ("北京市部分地区的网约车平台被约谈。", "部分地区"),
    ("上海市中心城区的无人配送试点已经启动。", "中心城区"),
    ("深圳市辖区内的算法备案企业需在月底前自查。", "辖区"),
    ("这家语音公司的总部设在合肥市高新区。", "高新区"),
    ("嫌犯住在台中市北屯区，警方上门搜索。", "北屯区"),
]


@pytest.mark.parametrize("text, district, city", DISTRICTS)
def test_a_district_after_its_city_is_a_place(names, text, district, city):
    found = names(text)
    assert found[district].type == "Jurisdiction" and found[district].mechanism == "urban/city"
    assert found[city].type == "Jurisdiction"


@pytest.mark.parametrize("text, district, city", DISTRICTS)
def test_the_traditional_district_is_a_place_too(pipeline, write_doc, text, district, city):
    result = pipeline.process(write_doc("district.txt", "標題\n\n" + S2T.convert(text) + "\n"))
    found = {m.text: m for mentions in result.mentions for m in mentions}
    assert found[S2T.convert(district)].type == "Jurisdiction", found


@pytest.mark.parametrize("text, words", NOT_DISTRICTS)
def test_words_after_a_city_that_name_no_district_are_no_place(names, text, words):
    found = names(text)
    assert all(mention.mechanism != "urban/city" for mention in found.values()), found
    assert not any(words in name for name in found), found


def test_a_district_inside_a_court_name_leaves_the_court_whole(names):
    found = names("长沙市开福区人民法院审结了一起人工智能著作权纠纷案。")
    assert found["长沙市开福区人民法院"].type == "Court" and "开福区" not in found


KNOWN_COURTS = [
    ("上海市松江区人民法院近日审结一起涉人工智能生成图片的著作权纠纷案。", "上海市松江区人民法院", "松江区"),
    ("上海市金山区人民法院判决被告向原告赔礼道歉并赔偿损失。", "上海市金山区人民法院", "金山区"),
    ("据报道，苏州市吴中区人民法院已受理这起AI换脸侵权案件。", "苏州市吴中区人民法院", "吴中区"),
]


@pytest.mark.parametrize("text, court, district", KNOWN_COURTS)
def test_a_known_district_court_is_in_its_district_and_its_city(read_facts, text, court, district):
    facts = read_facts(text)
    assert (court, "jurisdiction", district) in facts, facts
    assert (court, "jurisdiction", court[:3]) in facts, facts


@pytest.mark.parametrize("text, court, district", KNOWN_COURTS)
def test_the_traditional_court_is_in_its_district_too(pipeline, write_doc, text, court, district):
    result = pipeline.process(write_doc("court.txt", "標題\n\n" + S2T.convert(text) + "\n"))
    places = {(f.head.canonical or f.head.text, f.tail.canonical or f.tail.text) for f in result.facts
              if f.relation == "jurisdiction"}
    assert (S2T.convert(court), S2T.convert(district)) in places, places
