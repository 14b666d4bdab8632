"""Names the name stage cut short: a transliterated name with a middle
name's Latin initial (约翰·F·肯尼迪, 杰森.M.艾伦), a role's noun glued to a transliterated
name (领袖埃隆·马斯克), and company legal forms with an abbreviation inside ("Pvt. Ltd.",
"Pty. Ltd.", "A/S", "Ltda.").  Sentences and names written for the tests; the Traditional
ones as OpenCC s2t writes them."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def _edges(pipeline, write_doc, text: str) -> set[tuple[str, str, str]]:
    result = pipeline.process(write_doc("names44.txt", "标题\n\n" + text + "\n"))
    return {(fact.head.text, fact.relation, fact.tail.text) for fact in result.facts}


@pytest.mark.parametrize("text, name", [
    ("前总统约翰·F·肯尼迪的演讲被反复引用。", "约翰·F·肯尼迪"),
    ("画家托马斯·K·伯格起诉了卓汇科技公司。", "托马斯·K·伯格"),
    ("艺术家杰森.M.艾伦向法院提起诉讼。", "杰森.M.艾伦"),
    ("评论员乔治·W.哈珀表示反对。", "乔治·W.哈珀"),
])
def test_a_middle_initial_between_the_given_and_the_family_name_is_one_person(names, text, name):
    found = names(text)
    assert found[name].type == "Person"
    assert not any(m.type == "Person" and m.text != name for m in found.values())


def test_a_middle_initial_in_traditional_script_is_one_person_too(names):
    # (Traditional titles such as 畫家, 評論員 are not cut off a dotted name even without an initial)
    assert names(S2T.convert("艺术家杰森.M.艾伦向法院提起诉讼。"))["傑森.M.艾倫"].type == "Person"


def test_the_person_with_a_middle_initial_is_the_party(pipeline, write_doc):
    edges = _edges(pipeline, write_doc, "画家托马斯·K·伯格起诉了卓汇科技有限公司。")
    assert ("托马斯·K·伯格", "sued", "卓汇科技有限公司") in edges


@pytest.mark.parametrize("text", ["数据·A股市场表现平稳。", "版本3.A.发布后反响平平。"])
def test_a_letter_between_words_or_numbers_names_no_person(names, text):
    assert not [m for m in names(text).values() if m.type == "Person"]


@pytest.mark.parametrize("role", ["领袖", "网红", "母亲"])
def test_a_roles_noun_glued_to_a_transliterated_name_is_no_part_of_it(names, role):
    found = names(f"{role}玛丽亚·卓尔在社交媒体上表示不满。")
    assert found["玛丽亚·卓尔"].type == "Person"
    assert not any(text.startswith(role) for text in found)


@pytest.mark.parametrize("text, company", [
    ("Kestrel Media Pvt. Ltd. sued Zorvex Labs Inc. in the Delhi High Court.", "Kestrel Media Pvt. Ltd."),
    ("Sutherland Quarry Pty. Ltd. filed a complaint against Zorvex Labs Inc.", "Sutherland Quarry Pty. Ltd."),
    ("Nordvik Software A/S sued Zorvex Labs Inc. in Copenhagen.", "Nordvik Software A/S"),
    ("Fabrica Paulista Ltda. sued Zorvex Labs Inc. in Brazil.", "Fabrica Paulista Ltda."),
])
def test_a_legal_form_with_an_abbreviation_inside_ends_the_company_and_no_sentence(pipeline, write_doc, names, text, company):
    assert names(text)[company].type == "Company"
    assert (company, "sued", "Zorvex Labs Inc.") in _edges(pipeline, write_doc, text)


def test_a_caption_with_pvt_ltd_keeps_its_plaintiff_whole(pipeline, write_doc):
    edges = _edges(pipeline, write_doc, "The court heard Kestrel Media Pvt. Ltd. v. Zorvex Labs Inc. on Tuesday.")
    assert ("Kestrel Media Pvt. Ltd.", "sued", "Zorvex Labs Inc.") in edges


@pytest.mark.parametrize("name", ["福州市漫漫拼图出品有限公司", "福建省福州市漫漫拼图出品有限公司", "江苏省南京市彩虹印刷装订有限公司", "上海市静安区彩虹印刷装订有限公司", "福州市星光拼图有限公司"])
def test_a_registered_name_whose_trade_holds_a_verb_keeps_its_place(names, name):
    for text, company in ((f"原告{name}诉称被告侵权。", name),
                          (S2T.convert(f"原告{name}诉称被告侵权。"), S2T.convert(name))):
        found = names(text)
        assert found[company].type == "Company", text
        assert not any(m.type == "Jurisdiction" for m in found.values()), text


@pytest.mark.parametrize("text", ["北京推动成立人工智能有限公司的计划受到关注。", "深圳市政府推动设立天使投资有限公司。"])
def test_a_place_before_a_verb_is_its_subject_not_a_registered_name(names, text):
    assert not any(m.type == "Company" and m.text[:2] in ("北京", "深圳") for m in names(text).values())


def test_a_verb_after_a_bodys_name_opens_no_registered_name(names):
    found = names("星海集团旗下拥有青石科技有限公司。")
    assert found["青石科技有限公司"].type == "Company"
    assert not any(text.startswith("星海集团旗下") for text in found)
