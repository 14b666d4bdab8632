"""kg.facts.context: a body's or a law's place from what its item is about."""
from __future__ import annotations


def test_the_one_place_of_the_title_places_the_bodies_of_the_item(read_facts):
    found = read_facts("参议院商务委员会审议了《儿童在线安全法》。", title="美国推进儿童在线安全立法")
    assert ("儿童在线安全法", "jurisdiction", "美国") in found


def test_a_title_without_a_place_takes_the_one_country_the_item_names(read_facts):
    found = read_facts("据意大利媒体报道，数据保护局发布了《生成式人工智能指引》。", title="监管动态")
    assert ("生成式人工智能指引", "jurisdiction", "意大利") in found


def test_an_item_naming_two_countries_places_nothing_by_context(read_facts):
    found = read_facts("据意大利和法国媒体报道，数据保护局发布了《生成式人工智能指引》。", title="监管动态")
    assert not {f for f in found if f[0] == "生成式人工智能指引" and f[1] == "jurisdiction"}


def test_a_city_the_item_names_is_not_its_country(read_facts):
    found = read_facts("在北京市举行的论坛上，主办方发布了《智能计算发展指南》。", title="行业动态")
    assert ("智能计算发展指南", "jurisdiction", "北京市") not in found


def test_a_summit_city_in_the_title_places_no_law(read_facts):
    found = read_facts("会上，欧盟介绍了《人工智能法》的实施进展。", title="首尔峰会召开")
    assert not {f for f in found if f[0] == "人工智能法" and f[2] == "首尔"}


def test_a_city_in_the_title_still_places_a_body(read_facts):
    found = read_facts("市场监督管理局发布了新规。", title="深圳市出台人工智能新规")
    assert ("市场监督管理局", "jurisdiction", "深圳市") in found


def test_a_declaration_takes_no_place_from_its_item(read_facts):
    found = read_facts("与会各方签署了《人工智能安全合作宣言》。", title="英国举办人工智能峰会")
    assert not {f for f in found if f[0] == "人工智能安全合作宣言" and f[1] == "jurisdiction"}


def test_a_place_heading_over_the_item_places_its_bodies_and_laws(read_facts):
    found = read_facts("隐私专员办公室发布《生成式人工智能原则》。", title="数据保护机构发布指引", section="加拿大")
    assert ("生成式人工智能原则", "jurisdiction", "加拿大") in found


def test_a_topic_heading_over_the_item_places_nothing(read_facts):
    found = read_facts("隐私专员办公室发布《生成式人工智能原则》。", title="数据保护机构发布指引", section="监管动态")
    assert not {f for f in found if f[0] == "生成式人工智能原则" and f[1] == "jurisdiction"}


def _document_facts(pipeline, write_doc, text):
    result = pipeline.process(write_doc("letter.txt", text))
    return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text) for f in result.facts}


LETTER = """OHIO TECH POLICY NOTES
No. 7 — State legislatures

Ohio sets rules for school chatbots

THE BILL
The Ohio Governor signed House Bill 88 in April after it passed the Ohio General Assembly.

WHERE IT CAME FROM
The bill grew out of work by the Office of School Technology Policy, which studied chatbots.
"""


def test_a_section_naming_no_place_takes_the_one_state_whose_government_the_document_names(pipeline, write_doc):
    found = _document_facts(pipeline, write_doc, LETTER)
    assert ("Office of School Technology Policy", "jurisdiction", "Ohio") in found or \
        ("Office of School Technology Policy", "jurisdiction", "俄亥俄州") in found


def test_a_document_naming_two_places_places_no_section_by_context(pipeline, write_doc):
    found = _document_facts(pipeline, write_doc, LETTER.replace("in April", "in April, as Texas did"))
    assert not {f for f in found if f[0] == "Office of School Technology Policy" and f[1] == "jurisdiction"}
