"""Where a name starts and ends: a city's field office of an investigation bureau
and a police bureau's brigade (台中市调查处, 花莲县调查站, 新竹市警察局刑事警察大队), a bureau
and a city's office written together (two bodies), a university named by its place and its
fields (长沙理工大学, 屏东科技大学校长: the title no part of it), and an English role in lower
case opening a sentence capitalised (Composer Jane Roe, Authors A, B and C).  Sentences written
for the tests, Simplified and Traditional (OpenCC s2t)."""
from __future__ import annotations

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")


def both_scripts(text: str) -> list[tuple[str, callable]]:
    """The text in each script, with the function that writes a name in that script."""
    return [(text, lambda name: name), (_S2T.convert(text), _S2T.convert)]


@pytest.fixture
def found(pipeline, write_doc):
    """``found(text)``: the mentions the whole pipeline finds in ``text``, by their text."""
    def find(text: str) -> dict:
        result = pipeline.process(write_doc("t.txt", "标题\n\n" + text + "\n"))
        return {m.text: m for mentions in result.mentions for m in mentions}
    return find


@pytest.mark.parametrize("text, name", [
    ("新北市调查处上周约谈三名嫌犯，全案移送地检署。", "新北市调查处"),
    ("宜兰县调查站指出，该集团以虚拟货币洗钱。", "宜兰县调查站"),
    ("嘉义县警察局刑事警察大队前往该处搜索，查扣手机二十支。", "嘉义县警察局刑事警察大队"),
    ("桃园市政府警察局刑警大队昨日宣布破获该诈骗集团。", "桃园市政府警察局刑警大队"),
])
def test_a_bureaus_field_office_or_brigade_is_named_whole(found, text, name):
    for variant, written in both_scripts(text):
        names = found(variant)
        assert names[written(name)].type == "Regulator", (variant, list(names))


def test_a_bureau_and_a_citys_office_written_together_are_two_bodies(found):
    text = "检察官指挥法务部调查局台南市调查处、嘉义县调查站前往搜索。"
    for variant, written in both_scripts(text):
        names = found(variant)
        for name in ("法务部调查局", "台南市调查处", "嘉义县调查站"):
            assert written(name) in names, (variant, list(names))
        assert written("法务部调查局台南市调查处") not in names


def test_a_citys_bureau_and_its_district_branch_stay_one_name(found):
    for variant, written in both_scripts("上海市公安局长宁分局发布警情通报。"):
        assert written("上海市公安局长宁分局") in found(variant)


@pytest.mark.parametrize("text, name", [
    ("长沙理工大学的研究团队发布了一份报告。", "长沙理工大学"),
    ("屏东科技大学校长在座谈会上表示，课程将纳入人工智能。", "屏东科技大学"),
    ("作者为台北科技大学 智慧财产研究所 教授。", "台北科技大学"),
    ("深圳职业技术学院与该公司签署合作协议。", "深圳职业技术学院"),
])
def test_a_university_named_by_its_place_and_fields_is_named(found, text, name):
    for variant, written in both_scripts(text):
        names = found(variant)
        assert names[written(name)].type == "Organization", (variant, list(names))


@pytest.mark.parametrize("text", [
    "多所美国顶尖大学的学者联名反对。",
    "美国大学的学生使用该工具的比例上升。",
])
def test_a_place_and_a_description_of_universities_name_no_university(found, text):
    for variant, _ in both_scripts(text):
        assert not [m for m in found(variant).values() if m.type == "Organization"]


@pytest.mark.parametrize("text, person, role", [
    ("Composer Jane Whitlock said the ruling protects songwriters.", "Jane Whitlock", "Composer"),
    ("The hearing ended early. Novelist Tomas Varga told reporters he would appeal.", "Tomas Varga", "Novelist"),
])
def test_a_role_opening_a_sentence_is_no_part_of_the_name(found, text, person, role):
    names = found(text)
    assert names[person].type == "Person", list(names)
    assert f"{role} {person}" not in names


def test_authors_opening_a_list_of_names_are_no_part_of_the_first(found):
    names = found("Authors Mara Quill, Dev Okafor and Lena Brandt sued Acme AI in federal court.")
    assert {"Mara Quill", "Dev Okafor", "Lena Brandt"} <= set(names), list(names)
    assert "Authors Mara Quill" not in names


def test_a_capitalised_role_after_a_comma_names_no_person(found):
    names = found("CONTACTS\nHarriet Stone, Partner, Artificial Intelligence & Emerging Technology, London")
    assert "Artificial Intelligence" not in names, list(names)


@pytest.mark.parametrize("text, known, longer", [
    ("华纳兄弟起诉Midjourney AI侵权。", "Midjourney", "Midjourney AI"),
    ("这些角色都成了 Midjourney AI 模型背后的素材。", "Midjourney", "Midjourney AI"),
    ("A Menlo Park AI company limited chats for minors.", "Menlo Park", "Menlo Park AI"),
])
def test_a_known_name_and_ai_after_it_name_the_known_name(found, text, known, longer):
    names = found(text)
    assert known in names and longer not in names, list(names)


@pytest.mark.parametrize("text, name", [
    ("Stability AI遭到起诉。", "Stability AI"),
    ("Scale AI raised new funding.", "Scale AI"),
])
def test_a_known_name_ending_in_ai_stays_whole(found, text, name):
    assert name in found(text)
