"""A transliterated name glossed by a person's Latin name: a space may stand before the bracket
(執行長艾格 (Bob Iger), as Taiwanese outlets write it), a student's word ends before the name
(高中生雷恩（Adam Raine）: context.tsv person_role_before), and a gloss the knowledge base knows as
a person's makes the run a person's name though jieba reads it as a place or a brand (作家巴兹
（Andrea Bartz）); invented sentences, the persons public."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person", [
    ("迪士尼执行长艾格 (Bob Iger)表示将继续投资。", "艾格"),
    ("加州高中生雷恩（Adam Raine）的父母提起诉讼。", "雷恩"),
    ("一名大学生韦斯特（Jane Wester）向法院起诉。", "韦斯特"),
    ("此案由作家巴兹（Andrea Bartz）等人提起。", "巴兹"),
    ("责成司法部长邦迪（Pam Bondi）成立工作组。", "邦迪"),
    ("一名大学生迪克鲁斯(Darian DeCruise)近日起诉该公司。", "迪克鲁斯"),
    ("该公司资深员工索柏格(Stein-Erik Soelberg)与聊天机器人交谈。", "索柏格"),
    ("申请人艾伦(Jason M. Allen)不服驳回决定。", "艾伦"),
])
def test_a_transliteration_glossed_by_a_persons_latin_name_is_a_person(names, text, person):
    assert names(text)[person].type == "Person"


@pytest.mark.parametrize("text", [
    "孩子们可运用米老鼠 (Mickey Mouse)的形象。",
    "该系统提示词 (System Prompt)被泄露。",
    "他们与星际大战 (Star Wars)的版权方达成协议。",
])
def test_a_spaced_gloss_of_no_person_makes_no_person(names, text):
    assert not [name for name, m in names(text).items() if m.type == "Person"]


def test_a_traditional_script_story_glosses_its_person_after_a_space(pipeline):
    from kg.model import Document
    text = "迪士尼執行長談人工智慧\n\n迪士尼執行長艾格 (Bob Iger)週二表示，公司將與多家人工智慧公司合作。" \
           "艾格指出，版權保護仍是公司的首要考量。"
    result = pipeline.process_documents([Document("tw.txt", "tw.txt", text, "0")])[0]
    assert "艾格" in {m.text for item in result.mentions for m in item if m.type == "Person"}
