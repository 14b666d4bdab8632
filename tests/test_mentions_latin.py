"""The latin family: Latin-script names typed by their context (sentences and names written
for the tests)."""
from __future__ import annotations


def test_the_object_of_a_release_cue_is_a_product(names):
    for text, name in (("卓汇科技推出Zorbi，一款写作工具。", "Zorbi"), ("卓汇科技开源了Quillet。", "Quillet")):
        product = names(text)[name]
        assert (product.type, product.mechanism) == ("AIModel", "latin/released")


def test_a_latin_name_after_a_company_word_stays_a_company(names):
    assert names("初创公司Zorbicorp宣布融资。")["Zorbicorp"].type == "Company"


def test_a_latin_name_after_a_role_word_is_a_person_without_the_role(names):
    for text, name in (("作家Jane Roe起诉了卓汇科技公司。", "Jane Roe"), ("用户Lee Park投诉称。", "Lee Park"),
                       ("法官Amy Stone驳回了动议。", "Amy Stone")):
        found = names(text)
        assert found[name].type == "Person" and not any(t.startswith(("作家", "用户", "法官")) for t in found)


def test_an_english_title_ending_in_a_kind_of_instrument_is_a_law(names):
    for text, name in (("议员们提出了Digital Likeness Protection Act。", "Digital Likeness Protection Act"),
                       ("英国通过了Online Harms Reduction Bill。", "Online Harms Reduction Bill")):
        law = names(text)[name]
        assert (law.type, law.mechanism) == ("Law", "latin/law")


def test_a_lower_case_phrase_before_a_kind_of_instrument_is_no_title(names):
    assert not any(m.type == "Law" for m in names("他们讨论了 how the Act works。").values())


def test_a_latin_name_before_a_framework_word_is_no_company(names):
    found = names("研发团队基于 Torchlight 框架开发。")
    assert "Torchlight" not in found


def test_two_capitalised_names_before_a_verb_of_saying_are_a_person(names):
    for text, name in (("Dana Whitfield表示，新模型将于下月上线。", "Dana Whitfield"),
                       ("据Marek Olsen称，谈判仍在进行。", "Marek Olsen"),
                       ("Lior Ben-Ami（卓汇科技首席执行官）称，", "Lior Ben-Ami")):
        person = names(text)[name]
        assert (person.type, person.mechanism) == ("Person", "latin/person")


def test_a_company_speaking_stays_a_company(names):
    for text, name in (("Zorbi Labs表示，", "Zorbi Labs"), ("Quillet Media称，", "Quillet Media")):
        found = names(text)
        assert name not in found or found[name].type != "Person"


def test_an_unknown_capitalised_name_alone_in_chinese_text_is_no_company(names):
    for text, name in (("该服务部署在 Stackwell 集群上。", "Stackwell"), ("该团队在 CodeBench 测试中得分最高。", "CodeBench")):
        assert name not in names(text)


def test_an_unknown_capitalised_name_among_companies_is_a_company(names):
    found = names("名列前茅的公司包括三星、Adobe、Quorvex和百度。")
    assert found["Quorvex"].type == "Company"
    found = names("本轮融资由软银集团领投，Brightline、Altavine 等参投。")
    assert found["Brightline"].type == "Company" and found["Altavine"].type == "Company"


def test_a_latin_name_after_an_organisations_word_is_an_organization(names):
    found = names("意大利消费者组织Consumatori Uniti提起投诉。")
    assert (found["Consumatori Uniti"].type, found["Consumatori Uniti"].mechanism) == ("Organization",
                                                                                        "latin/organization")


def test_an_english_act_after_lower_case_words_or_a_possessive_starts_at_its_title(pipeline):
    found = {m.text: m.type for m in pipeline.nlp("They comply with the Texas Data Privacy and Security Act. It amends "
                                                  "Tennessee's Personal Rights Protection Act.").user_data["mentions"]}
    assert found.get("Texas Data Privacy and Security Act") == "Law"
    assert found.get("Personal Rights Protection Act") == "Law"


def test_an_event_and_its_year_is_no_versioned_model(names):
    found = names("卓汇科技在 GTC 2025 大会上发布了 Zorbi 3。")
    assert "GTC 2025" not in found and found["Zorbi 3"].type == "AIModel"


def test_a_capitalised_run_joined_to_a_known_name_by_and_is_two_names(names):
    found = names("本轮融资由 Andreessen Horowitz and Lumen Lane 共同领投。")
    assert "Andreessen Horowitz" in found and not any(" and " in text for text in found)
