"""Persons after a role and a Chinese lead before numbered lines (entity recall on
unseen text): a surname and two characters closed by a verb, a time word or a preposition
that jieba glues to the name's last character (律师X因…, 网红X截图…); an adverb after such a
name (立委X都是…) is no part of it; 次长 (a deputy minister in Taiwan, Japan and Korea) is a
role; 赖, 萧, 傅, 简 are common surnames; a photo credit 记者X翻摄 names X; a column's
lead before its numbered lines is text of its own; an author line over a column (X 专栏作者,
X／某大学 研究所 教授, ◎ X) names its author.  Sentences written for the tests,
Simplified and Traditional (OpenCC s2t)."""
from __future__ import annotations

import opencc
import pytest

from kg.model import Document
from kg.segment import segment
from test_names_district_courts import names  # noqa: F401  (the module's fixture: mentions by their text)

_S2T = opencc.OpenCC("s2t")


def both_scripts(text: str, name: str) -> list[tuple[str, str]]:
    """The text and the name it holds, in each script."""
    return [(text, name), (_S2T.convert(text), _S2T.convert(name))]


@pytest.mark.parametrize("text, person", [
    *both_scripts("知名律师王怡贞因自己的图卡遭人盗用，向法院提起诉讼。", "王怡贞"),
    *both_scripts("知名律师林怡贞因此提出上诉。", "林怡贞"),
    *both_scripts("立委赖明杰询问数位部是否掌握相关风险。", "赖明杰"),
    *both_scripts("数位部次长周启明表示，指引将于年底前公布。", "周启明"),
    *both_scripts("民进党立委高思远都是深伪影片的受害者。", "高思远"),
])
def test_a_person_after_a_role_is_cut_at_the_word_after_the_name(names, text, person):
    found = names(text)
    assert found[person].type == "Person"
    assert not any(other != person and other.startswith(person) for other in found)


@pytest.mark.parametrize("text", [
    "原告方认为被告的行为构成侵权。",      # 方认为: a surname and a verb, no name
    "被告方向法院提交了新的证据。",        # 方向: a word of jieba's
])
def test_a_role_before_a_surname_led_word_names_no_one(names, text):
    assert not any(m.type == "Person" for m in names(text).values())


@pytest.mark.parametrize("text, reporter", [
    *both_scripts("警方查扣手机、电脑等证物，并将嫌犯移送法办。（记者林志远翻摄）\n\n案件仍在侦办中。", "林志远"),
])
def test_a_photo_credit_of_a_screen_names_the_reporter(names, text, reporter):
    found = names(text)
    assert found[reporter].type == "Person"
    assert not any(other != reporter and other.startswith(reporter) for other in found)


def test_a_chinese_lead_before_numbered_lines_is_kept():
    text = ("周启明 专栏作者\n\n"
            "生成式模型的训练数据从何而来，一直是版权争议的焦点，星河科技上月就被多家出版社起诉。\n\n"
            "笔者曾向多家模型服务商提出两个问题：\n\n"
            "1.训练数据的来源是否合法?\n\n"
            "2.生成内容列明出处是否仍构成侵权?\n\n"
            "服务商的回复大致相同，均称其遵守相关法律。\n")
    items = segment(Document("column.txt", "column.txt", text, "0"))
    told = "\n".join(item.title + "\n" + item.body for item in items)
    assert "星河科技上月就被多家出版社起诉" in told
    assert [item.title for item in items][-2:] == ["训练数据的来源是否合法?", "生成内容列明出处是否仍构成侵权?"]


_COLUMN = "\n\n生成式模型的训练数据从何而来，一直是版权争议的焦点，星河科技上月就被多家出版社起诉。\n\n法院将于下月开庭审理此案。"


@pytest.mark.parametrize("head, author", [
    *both_scripts("周启明 专栏作者", "周启明"),
    *both_scripts("梁思远 香港资深出版人", "梁思远"),
    *both_scripts("杨思齐／星河科技大学 科技法律研究所 教授", "杨思齐"),
    *both_scripts("◎ 刘子谦", "刘子谦"),
])
def test_a_columns_author_line_names_the_author(pipeline, write_doc, head, author):
    result = pipeline.process(write_doc("column.txt", head + _COLUMN + "\n"))
    found = {m.text: m for mentions in result.mentions for m in mentions}
    assert found[author].type == "Person"


@pytest.mark.parametrize("head", ["张薇 表示同意", "王强 负责人"])
def test_a_line_of_a_name_and_other_words_names_no_author(pipeline, write_doc, head):
    result = pipeline.process(write_doc("column.txt", head + _COLUMN + "\n"))
    assert not any(m.type == "Person" for mentions in result.mentions for m in mentions)



def test_the_prepositions_closing_a_titled_name_are_the_lexicons(monkeypatch):
    """Persons.closed_after reads the prepositions closing a titled surname and two characters from
    context.tsv name_then_preposition, no character class of its own in the code."""
    from kg.kb import KnowledgeBase
    from kg.mentions.person import Persons
    from kg.mentions.words import DATA_DIR, Words

    kb = KnowledgeBase.load(DATA_DIR)
    assert Persons(Words(kb)).name_closed.match("因此提出上诉")
    # on the loaded (shared, cached) knowledge base: monkeypatch puts it back after the test
    monkeypatch.setitem(kb.__dict__, "context", {**kb.context, "name_then_preposition": ("跟",)})
    persons = Persons(Words(kb))
    assert persons.name_closed.match("跟法院提起诉讼") and not persons.name_closed.match("因此提出上诉")


def test_the_verbs_closing_an_inline_photo_credit_are_the_lexicons(monkeypatch):
    """CreditedNames reads what closes a reporter's name in an inline credit (摄, 翻摄) from
    bylines.tsv photo_tail, no word of its own in the code."""
    from kg.kb import KnowledgeBase
    from kg.mentions.credit import CreditedNames
    from kg.mentions.words import DATA_DIR, Words

    kb = KnowledgeBase.load(DATA_DIR)
    assert CreditedNames(Words(kb)).inline_end.match("翻摄）")
    monkeypatch.setitem(kb.__dict__, "bylines", {**kb.bylines, "photo_tail": ("截屏",)})
    credits = CreditedNames(Words(kb))
    assert credits.inline_end.match("截屏）") and not credits.inline_end.match("翻摄）")
