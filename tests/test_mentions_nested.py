"""The nested family: a body named inside a longer body's name is a node of its own
(sentences and names written for the tests)."""
from __future__ import annotations

from kg.model import Item


def _facts(pipeline, text: str) -> set[tuple[str, str, str]]:
    item = Item("nested.txt", 1, "", text, date="2025-03-01")
    mentions = pipeline.nlp(text).user_data["mentions"]
    return {(fact.head.text, fact.relation, fact.tail.text) for fact in pipeline.extractor.facts(item, text, mentions)}


def test_the_body_a_unit_is_named_after_is_its_parent(names):
    office = names("美国卫生与公众服务部民权办公室公布了一份执法指引。")["美国卫生与公众服务部民权办公室"]
    assert office.type == "Regulator" and office.parent is not None
    assert (office.parent.text, office.parent.type) == ("美国卫生与公众服务部", "Regulator")
    assert office.parent.mechanism == "nested"


def test_a_parent_inside_a_name_gives_part_of_and_the_parents_place(pipeline):
    facts = _facts(pipeline, "美国卫生与公众服务部民权办公室公布了一份执法指引。")
    assert ("美国卫生与公众服务部民权办公室", "partOf", "美国卫生与公众服务部") in facts
    assert ("美国卫生与公众服务部", "jurisdiction", "美国") in facts


def test_a_court_inside_a_courts_name_is_its_parent(names):
    tribunal = names("最高人民法院知识产权法庭驳回了上诉。")["最高人民法院知识产权法庭"]
    assert tribunal.parent is not None and tribunal.parent.text == "最高人民法院"


def test_a_description_before_a_known_name_is_no_parent(names):
    found = names("法国数据保护机构国家信息与自由委员会发布了建议。")
    assert all(mention.parent is None for mention in found.values())


def test_a_body_without_a_unit_after_it_has_no_parent(names):
    assert names("美国卫生与公众服务部公布了一份执法指引。")["美国卫生与公众服务部"].parent is None


def test_a_known_unit_after_its_known_body_is_the_unit_named_also_by_its_own_name(names):
    unit = names("美国商务部国家标准与技术研究院发布了测试指南。")["美国商务部国家标准与技术研究院"]
    assert (unit.type, unit.kb_id) == ("Regulator", "us-nist")  # not the Organization its suffix 研究院 makes it
    assert unit.parent is not None and unit.parent.text == "美国商务部"
    assert "国家标准与技术研究院" in unit.aliases


def test_a_known_unit_is_nested_though_its_own_name_has_no_suffix(pipeline):
    facts = _facts(pipeline, "美国司法部刑事司更新了合规评估指引。")
    assert ("美国司法部刑事司", "partOf", "美国司法部") in facts
    assert ("美国司法部", "jurisdiction", "美国") in facts


def test_a_bodys_heads_office_is_a_unit_of_its_body(pipeline):
    # the newer annotations (bench/fresh20, fresh22) make a head's office partOf its body (kg.mentions.heads)
    facts = _facts(pipeline, "美国版权局发布报告后，美国版权局局长在听证会上作证。")
    assert {f[2] for f in facts if f[1] == "partOf"} == {"美国版权局"}
    assert not {f for f in _facts(pipeline, "美国版权局局长在听证会上作证。") if f[1] == "partOf"}  # the body never named apart


def test_a_known_parent_takes_its_own_place_not_the_place_its_name_begins_with(pipeline):
    facts = _facts(pipeline, "欧洲议会公民自由、司法和内政委员会通过了报告。")
    assert not {f for f in facts if f[1] == "jurisdiction" and f[2] == "欧洲"}


def test_a_department_inside_a_known_body_is_its_unit_also_by_its_own_name(names, pipeline):
    office = names("国家互联网信息办公室政策法规司发布了一份说明。")["国家互联网信息办公室政策法规司"]
    assert office.type == "Regulator" and office.parent.text == "国家互联网信息办公室"
    assert "政策法规司" in office.aliases
    facts = _facts(pipeline, "国家互联网信息办公室政策法规司发布了一份说明。")
    assert ("国家互联网信息办公室政策法规司", "partOf", "国家互联网信息办公室") in facts


def test_a_company_is_no_department(names):
    assert "上司" not in names("他的上司发布了一份说明。")


def test_an_unknown_ministry_before_a_units_name_is_its_parent(names):
    for text, whole, parent, unit in (
            ("經濟部國際貿易署昨日公告新名單。", "經濟部國際貿易署", "經濟部", "國際貿易署"),
            ("交通部航空安全署将发布无人机规则。", "交通部航空安全署", "交通部", "航空安全署")):
        office = names(text)[whole]
        assert office.parent is not None and (office.parent.text, office.parent.type) == (parent, "Regulator"), text
        assert unit in office.aliases


def test_a_known_unit_whose_known_parent_is_missing_takes_the_parent_its_name_begins_with(names):
    office = names("经济部智慧财产局过去曾说明，训练模型涉及重制。")["经济部智慧财产局"]
    assert office.kb_id and office.parent is not None and office.parent.text == "经济部"
    assert "智慧财产局" in office.aliases


def test_a_description_before_a_unit_is_no_parent(names):
    assert names("监管部卓汇数据局表示").get("监管部卓汇数据局") is None or \
        names("监管部卓汇数据局表示")["监管部卓汇数据局"].parent is None


def test_a_suffix_character_inside_a_word_or_a_list_makes_no_parent(names):
    for text, whole in (("卓汇议会公民自由、司法和内政委员会周二表决。", "卓汇议会公民自由、司法和内政委员会"),
                        ("卓汇省司法厅发布通知。", "卓汇省司法厅")):
        found = names(text).get(whole)
        assert found is None or found.parent is None or found.parent.text[-1] not in "司", text


def test_each_link_of_a_chained_name_is_a_unit_of_the_one_before(names, pipeline):
    office = names("美国商务部工业与安全局出口执法办公室公布了一份处罚决定。")["美国商务部工业与安全局出口执法办公室"]
    bureau = office.parent
    assert bureau is not None and bureau.text == "美国商务部工业与安全局" and "工业与安全局" in bureau.aliases
    assert bureau.parent is not None and bureau.parent.text == "美国商务部"
    facts = _facts(pipeline, "美国商务部工业与安全局出口执法办公室公布了一份处罚决定。")
    assert ("美国商务部工业与安全局出口执法办公室", "partOf", "美国商务部工业与安全局") in facts
    assert ("美国商务部工业与安全局", "partOf", "美国商务部") in facts


def test_a_known_unit_of_a_university_names_the_university_inside_its_name(pipeline):
    facts = _facts(pipeline, "中国政法大学数据法治研究院牵头起草了一份建议稿。")
    assert ("中国政法大学数据法治研究院", "partOf", "中国政法大学") in facts
    assert not {f for f in facts if f[0] == "中国政法大学" and f[1] == "jurisdiction"}


def test_a_company_read_inside_a_state_bodys_name_is_no_parent_of_it(names):
    found = names("澳门特别行政区政府经济及科技发展局公布了相关措施。")
    body = found["澳门特别行政区政府经济及科技发展局"]
    assert body.parent is None or body.parent.type != "Company"
