"""The writer's own country in the first person (issue 49): 我国 and 我國 are a Jurisdiction, as
the real annotations read them, and the writer's country where the document names it too
(China; Taiwan where its known names are Taiwan's), as the seeds' annotations read them
(kg.mentions.own).  Sentences written for the tests."""
from __future__ import annotations

import pytest

OWN = [
    ("我国民法典规定，自然人享有肖像权。", "我国"),
    ("该案是我国首例涉及生成式人工智能的著作权纠纷。", "我国"),
    ("詐騙集團在我国境内外招募成员。", "我国"),
]

TRADITIONAL = [  # a Taiwanese item: its known names are Taiwan's (经济部智慧财产局, 新北)
    ("我國經濟部智慧財產局今年發布了新的函釋。", "我國", "經濟部智慧財產局"),
    ("新北地檢署指出，詐騙集團在我國境內外招募成員。", "我國", None),
]


@pytest.mark.parametrize("text, name", OWN)
def test_the_own_country_is_a_jurisdiction(names, text, name):
    found = names(text)
    assert found[name].type == "Jurisdiction" and found[name].mechanism == "own" and found[name].kb_id is None


@pytest.mark.parametrize("text, name, body", TRADITIONAL)
def test_the_traditional_form_is_its_own_country_too(pipeline, write_doc, text, name, body):
    result = pipeline.process(write_doc("own.txt", "標題\n\n" + text + "\n"))
    found = {m.text: m for mentions in result.mentions for m in mentions}
    assert found[name].type == "Jurisdiction" and found[name].mechanism == "own"
    assert body is None or found[body].type == "Regulator"  # the body after it is named on its own


@pytest.mark.parametrize("text, place", [
    ("标题\n\n中国的法院认为如此。\n\n我国民法典也这样规定。\n", "cn"),
    ("標題\n\n台灣的新北地檢署指出，詐騙集團在我國境內外招募成員。\n", "tw"),
    ("标题\n\n我国民法典规定，自然人享有肖像权。\n", None),  # the document names no country: a name of its own
])
def test_the_own_country_is_the_writers_country_the_document_names(pipeline, write_doc, text, place):
    result = pipeline.process(write_doc("own.txt", text))
    own = [m for mentions in result.mentions for m in mentions if m.mechanism == "own"]
    assert own and all(m.kb_id == place for m in own)


def test_a_law_of_the_own_country_is_placed_there(pipeline, write_doc):
    result = pipeline.process(write_doc("own.txt", "标题\n\n法院认为，依照我国民法典的规定，被告应当赔礼道歉。\n"))
    assert ("民法典", "jurisdiction", "我国") in {(f.head.text, f.relation, f.tail.text) for f in result.facts}


@pytest.mark.parametrize("text", [
    "他说，自我国际化战略实施以来，公司营收翻了一番。",  # 我 ends 自我; 国际化 is the next word
    "我们国家的数据安全法已经施行。",
])
def test_no_own_country_inside_other_words(names, text):
    assert not any(m.type == "Jurisdiction" and m.mechanism == "own" for m in names(text).values())


REGION = [  # the writer's own region as "this" one: the place itself, named or not (context.tsv own_region)
    ("标题\n\n海关表示，本港的转运货量今年回升，本港会继续推广新系统。\n", "本港", "hk"),  # Simplified
    ("標題\n\n消委會指出，本澳近月網購投訴上升，呼籲居民留意。\n", "本澳", "mo"),  # Traditional
]


@pytest.mark.parametrize("text, name, place", REGION)
def test_the_own_region_is_that_place_whether_or_not_the_document_names_it(pipeline, write_doc, text, name, place):
    result = pipeline.process(write_doc("region.txt", text))
    found = [m for mentions in result.mentions for m in mentions if m.text == name]
    assert found and all(m.type == "Jurisdiction" and m.kb_id == place for m in found)


@pytest.mark.parametrize("text, body", [
    ("标题\n\n司警局昨日提醒，本澳居民应提防假冒客服的来电。\n", "司警局"),  # Simplified
    ("標題\n\n知識產權署指出，本港將於明年檢討商標註冊的收費。\n", "知識產權署"),  # Traditional
])
def test_a_known_body_of_the_own_region_is_placed_in_it(pipeline, write_doc, text, body):
    result = pipeline.process(write_doc("region.txt", text))
    place = "本澳" if "本澳" in text else "本港"
    assert (body, "jurisdiction", place) in {(f.head.text, f.relation, f.tail.text) for f in result.facts}


@pytest.mark.parametrize("text", [
    "标题\n\n本港口今年的集装箱吞吐量创下新高。\n",  # 本 before 港口, a port's word
    "標題\n\n日本澳洲兩國簽署了新的貿易協定。\n",  # 本澳 across 日本 and 澳洲
])
def test_no_own_region_inside_other_words(pipeline, write_doc, text):
    result = pipeline.process(write_doc("region.txt", text))
    assert not any(m.mechanism.startswith("own") for mentions in result.mentions for m in mentions)
