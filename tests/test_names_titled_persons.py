"""Chinese names that transfer, of titled persons: a known person glued to the title before it, a
name between the titles of a list of parties, court and police titles, a party's role or a
colleague before a name.  Sentences written for the tests, Simplified
and Traditional (OpenCC s2t)."""
from __future__ import annotations

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")


def persons_in(pipeline, write_doc, text: str, name: str = "t.txt") -> set[str]:
    """The persons the whole pipeline (the Traditional reading included) finds in ``text``."""
    result = pipeline.process(write_doc(name, text))
    return {m.text for mentions in result.mentions for m in mentions if m.type == "Person"}


def both_scripts(sentences):
    return [*sentences, *(_S2T.convert(s) for s in sentences)]


# a known person's dotted name, with the title jieba glues onto its first character
@pytest.mark.parametrize("text, person", [
    ("主审法官凯文·卡斯特尔表示,律师须为虚构的判例负责。", "凯文·卡斯特尔"),
    ("该公司首席技术官凯文·斯科特表示,新模型下月上线。", "凯文·斯科特"),
    ("据悉,产品官凯文·威尔已于上周离职。", "凯文·威尔"),
])
def test_a_known_person_glued_to_a_title_is_still_that_person(names, text, person):
    found = names(text)
    assert found[person].type == "Person"
    assert found[person].kb_id is not None  # the knowledge base's person, not a stranger of the same name


def test_a_known_body_s_dotted_name_is_still_no_person(names):
    assert not [m for m in names("律师称,安迪-沃霍尔基金会已起诉该摄影师。").values() if m.type == "Person"]


# a list of parties and their representatives, a space (not a mark) between them
@pytest.mark.parametrize("text, people", [(t, p) for t, p in [
    ("原告 星河智能科技有限公司 法定代表人 周明远 委托诉讼代理人 韩立新律师 林雪律师。", {"周明远", "韩立新", "林雪"}),
    ("被告 远帆数据有限公司 法定代理人 陆海涛 诉讼代理人 唐静怡律师。", {"陆海涛", "唐静怡"}),
    ("上诉人 蓝湾集团 法定代表人 秦文博 委托诉讼代理人 苏晓雨 律师", {"秦文博", "苏晓雨"}),
]])
def test_names_in_a_list_of_parties_and_their_representatives_are_persons(pipeline, write_doc, text, people):
    for variant in both_scripts([text]):
        found = persons_in(pipeline, write_doc, variant)
        assert {_S2T.convert(p) if variant != text else p for p in people} <= found, variant


def test_a_space_after_a_title_before_a_word_names_no_person(pipeline, write_doc):
    for text in both_scripts(["作者 浏览量 1200 次。", "委托诉讼代理人 北京某律师事务所律师。"]):
        assert not persons_in(pipeline, write_doc, text), text


# a magistrate, a police inspector, a first lady: titles before a person's name
@pytest.mark.parametrize("text, person", [
    ("裁判官郑嘉言遂把案件押后至五月再讯。", "郑嘉言"),
    ("总裁判官冯子健表示,案件将转介区域法院。", "冯子健"),
    ("网络安全及科技罪案调查科高级督察钟家乐表示,骗徒利用深度伪造技术行骗。", "钟家乐"),
    ("总督察何振宇称,警方已拘捕三人。", "何振宇"),
    ("总统与第一夫人玛琳娜·罗斯签署了该法案。", "玛琳娜·罗斯"),
])
def test_a_court_or_police_title_before_a_name_makes_it_a_person(pipeline, write_doc, text, person):
    for variant, name in ((text, person), (_S2T.convert(text), _S2T.convert(person))):
        assert name in persons_in(pipeline, write_doc, variant), variant


def test_a_title_followed_by_a_verb_names_no_person(pipeline, write_doc):
    for text in both_scripts(["裁判官表示,案件押后再讯。", "高级督察指出,市民应提高警觉。"]):
        assert not persons_in(pipeline, write_doc, text), text


@pytest.mark.parametrize("text, person", [
    ("律师韩立新及其同事彼得·沃尔夫承认,未核实判例。", "彼得·沃尔夫"),
    ("她和搭档安娜·克莱因共同创办了该工作室。", "安娜·克莱因"),
    ("研究员林雪的助手马克·费舍尔负责整理数据。", "马克·费舍尔"),
])
def test_a_colleague_before_a_dotted_name_is_no_part_of_it(names, text, person):
    found = names(text)
    assert found[person].type == "Person"
    assert not [n for n in found if n.endswith(person) and n != person]


def test_a_photo_credit_glued_to_a_name_with_no_space_before_it_is_no_part_of_the_name(pipeline, write_doc):
    for text in both_scripts(["院长主持院会。星岛社记者韩若兰摄　2023年4月27日"]):
        found = persons_in(pipeline, write_doc, text)
        assert not [p for p in found if p.endswith(("摄", "攝"))], (text, found)


def test_an_assistant_product_before_a_latin_name_is_no_person(pipeline, write_doc):
    for text in both_scripts(["星河公司为学区开发了AI聊天助手Ed。", "该公司推出语音助手Aria,用户可免费使用。"]):
        assert not persons_in(pipeline, write_doc, text), text


@pytest.mark.parametrize("text", [
    "法案与第一夫人梅拉尼娅的倡议相呼应。",
    "议员索菲娅的提案获得通过。",
])
def test_a_transliterated_name_a_surname_opens_is_not_cut_after_three_characters(pipeline, write_doc, text):
    for variant in both_scripts([text]):
        found = persons_in(pipeline, write_doc, variant)
        assert not [p for p in found if len(p) == 3 and variant[variant.index(p) + 3] not in "的，,。"], (variant, found)


# a party's role (原告, 被告, 租客: context.tsv person_role_before) before a surname and two characters
@pytest.mark.parametrize("text, person", [
    ("原告刘晓东诉称,被告侵犯其肖像权。", "刘晓东"),
    ("庭审中,原告李昀舟现场演示了生成过程。", "李昀舟"),
    ("被上诉人陈嘉禾未到庭。", "陈嘉禾"),
])
def test_a_party_s_role_before_a_chinese_name_makes_it_a_person(pipeline, write_doc, text, person):
    for variant, name in ((text, person), (_S2T.convert(text), _S2T.convert(person))):
        assert name in persons_in(pipeline, write_doc, variant), variant


def test_a_party_s_role_before_a_word_or_an_unnamed_party_names_no_person(pipeline, write_doc):
    for text in both_scripts(["原告方认为被告侵权。", "被告张某某辩称其不知情。", "原告周刊社诉称。"]):
        assert not persons_in(pipeline, write_doc, text), text
