"""The repeated family: a name its context made a name once is found again where the item
writes it bare (sentences written for the tests)."""
from __future__ import annotations

from kg.mentions.base import component_name
from kg.mentions.repeated import RepeatedNames
from kg.model import Item


def test_a_glossed_company_named_again_bare_is_found_again(pipeline):
    text = "星桥集团收购了荷兰传感器企业维佳（Vigaro）。维佳目前已并入星桥集团。"
    found = [m for m in pipeline.nlp(text).user_data["mentions"] if m.text == "维佳"]
    assert len(found) == 2 and {m.type for m in found} == {"Company"}
    assert found[1].mechanism == "repeated/glossed"


def test_a_name_inside_a_longer_word_is_not_found_again(pipeline):
    text = "台积电暂停对芯片设计业者算能（Sophgo）出货。该企业的计算能力有限。"
    found = [m for m in pipeline.nlp(text).user_data["mentions"] if m.text == "算能"]
    assert len(found) == 1


def test_a_repeated_name_takes_part_in_a_later_fact(read_facts):
    found = read_facts("台积电暂停对芯片设计业者锐芯（Ruixin Micro）出货。美国商务部随后将锐芯列入实体清单。")
    assert ("美国商务部", "banned", "锐芯") in found



# an article cut at its sub-heads: one story, its company glossed in the opening part only
STORY = """星海推出开源模型
2025年3月4日 文／记者 林小雨

【本报讯】德国工业软件企业启衡（Qiheng）宣布推出开源模型「灵犀」，面向制造业客户。

■ 训练与部署
启衡表示，模型可部署在客户自己的机房。

■ 生态伙伴
启衡还与英特尔合作，在其芯片上优化推理速度。
"""


def test_a_name_an_opening_section_found_is_found_in_the_later_sections(pipeline, write_doc):
    result = pipeline.process(write_doc("zh-news-story.txt", STORY))
    assert len(result.items) == 3 and all(item.continues for item in result.items[1:])
    later = [m for mentions in result.mentions[1:] for m in mentions if m.text == "启衡"]
    assert len(later) == 2 and {m.mechanism for m in later} == {"repeated/glossed"}
    found = {(f.head.text, f.relation, f.tail.text) for f in result.facts}
    assert ("启衡", "partnered", "英特尔") in found


def test_a_name_is_not_carried_into_an_item_of_another_story(pipeline):
    docs = [pipeline.nlp(text) for text in ("荷兰传感器企业维佳（Vigaro）发布新品。", "维佳股价上涨。", "维佳宣布裁员。")]
    items = [Item("d", index, "", "", continues=continues) for index, continues in ((1, False), (2, False), (3, True))]
    before = [len(doc.user_data["mentions"]) for doc in docs]
    RepeatedNames(pipeline.nlp.get_pipe(component_name(RepeatedNames)).words).carry(list(zip(items, docs)))
    assert [len(doc.user_data["mentions"]) for doc in docs] == before  # separate news: nothing named before
