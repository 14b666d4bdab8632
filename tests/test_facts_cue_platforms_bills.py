"""kg.facts.cue, issuer and enactment, enforcement and rule-making shapes, in invented sentences:
a platform's one-letter name (社交媒体平台X, then X alone; what is acted on is it, not its owner before 旗下), a bare 委员会 opening its clause for the commission the sentences before name, a
Taiwanese third reading (三读《X》) as passing it, and an English bill "by" its author.  Chinese cases
in Simplified and in Traditional as OpenCC s2t writes it."""
from __future__ import annotations

import pytest

from test_facts_cue_passive_clauses import both_scripts
from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("sentence, relation", [
    ("欧洲数据委员会宣布对社交媒体平台Q展开正式调查。", "investigated"),
    ("欧洲数据委员会宣布对社交平台 Q 展开正式调查。", "investigated"),
    ("欧洲数据委员会对蓝湾集团旗下的社交平台Q罚款1亿欧元。", "fined"),
])
def test_a_platform_named_by_one_letter(read_facts, as_read, sentence, relation):
    """One capital letter right after a platform's description is the platform's name
    (name_edges.tsv letter_after), and what the act reaches; never its owner."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert any(r == relation and t == "Q" for _, r, t in found), (text, found)
        assert not any(r == relation and t == "蓝湾集团" for _, r, t in found), (text, found)


def test_the_letter_alone_later_is_the_same_platform(read_facts, as_read):
    """Once the item names the platform so, the letter standing alone is it (not a letter inside a name)."""
    text = "欧洲数据委员会对社交平台Q罚款1亿欧元。此前，欧洲数据委员会已于去年对Q启动调查。"
    for text, found in both_scripts(read_facts, as_read, text):
        assert any(r == "investigated" and t == "Q" for _, r, t in found), (text, found)


@pytest.mark.parametrize("sentence", [
    "监管机构对Q光检查设备展开调查。",
    "原告公司A诉称被告侵权。",
    "欧洲数据委员会对国内某社交电商平台Q展开调查。",
    "甲公司是国内某社交电商平台Q的运营者。欧洲数据委员会对平台Q展开调查。",
])
def test_a_letter_with_no_platform_before_it_names_nothing(read_facts, as_read, sentence):
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not any(h in ("Q", "A") or t in ("Q", "A") for h, _, t in found), (text, found)


@pytest.mark.parametrize("sentence, body, owner, unit", [
    ("美国联邦贸易委员会对蓝湾集团旗下的游戏公司星岚互娱（Starlane）展开调查。", "美国联邦贸易委员会", "蓝湾集团", "星岚互娱"),
    ("欧盟委员会正式对蓝湾集团旗下人工智能公司Lumora展开反垄断调查。", "欧盟委员会", "蓝湾集团", "Lumora"),
])
def test_a_described_unit_after_its_owner_is_what_is_investigated(read_facts, as_read, sentence, body, owner, unit):
    """旗下 and a description of the unit's kind (context.tsv company_word) before its name: the unit
    (kept as it was: the letter's platform relies on it).  The unit's name is glossed: a bare name
    between a description and a verb is read by no name rule since round 77 (glossed/acting, wrong
    wherever it fired)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert (body, "investigated", unit) in found, (text, found)
        assert (body, "investigated", owner) not in found, (text, found)


def test_a_bare_commission_opening_its_clause_is_the_one_named_before(read_facts, as_read):
    text = ("韩国个人信息保护委员会周一称，星岚应用的服务已暂停。报道称，委员会上月31日向星岚科技总部发送质询函，"
            "要求说明数据处理方式。")
    for text, found in both_scripts(read_facts, as_read, text):
        assert ("韩国个人信息保护委员会", "investigated", "星岚科技") in found, (text, found)


def test_a_bare_commission_with_no_commission_before_stands_for_none(read_facts, as_read):
    """No body whose name holds 委员会 in the two sentences before: 委员会 stands for no one."""
    text = "星岚科技周一发布新产品。报道称，委员会向星岚科技总部发送质询函。"
    for text, found in both_scripts(read_facts, as_read, text):
        assert not any(r == "investigated" for _, r, _ in found), (text, found)


@pytest.mark.parametrize("sentence", [
    "立法院会23日三读《数位资产保护法》，条文明定自公布之日起施行。",
    "立法院23日三读通过《数位资产保护法》。",
])
def test_a_third_reading_passes_the_law(read_facts, as_read, sentence):
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("立法院", "issued") in {(h, r) for h, r, t in found if "资产保护法" in t or "資產保護法" in t}, \
            (text, found)


@pytest.mark.parametrize("sentence, author, bill", [
    ("SB 812 by State Sen. Maria Delgado was vetoed on Friday.", "Maria Delgado", "SB 812"),
    ("AB 2290 by Assemblymember Rosa Ibarra, D-Fresno, requires platforms to label synthetic images.",
     "Rosa Ibarra", "AB 2290"),
])
def test_a_bill_by_its_author(facts, sentence, author, bill):
    """"by" hanging on the bill itself names who put it forward (enactment.tsv author)."""
    assert (author, bill) in _of(facts(sentence), "proposed")


@pytest.mark.parametrize("sentence, actor, bill", [
    ("SB 812 was passed by the Senate on Tuesday.", "Senate", "SB 812"),
    ("SB 812, signed by Governor Anne Holloway in May, takes effect in January.", "Anne Holloway", "SB 812"),
])
def test_a_verb_s_agent_is_no_author(facts, sentence, actor, bill):
    """"by" after a verb of making is that verb's agent: issued, not proposed."""
    assert (actor, bill) not in _of(facts(sentence), "proposed")


@pytest.mark.parametrize("text, glued", [
    ("欧洲数据委员会对社交平台X罚款1亿欧元。此前X光检查显示设备有缺陷。", "X光"),
    ("欧洲数据委员会对社交平台Q罚款1亿欧元。Q版头像在该平台很流行。", "Q版"),
    ("欧洲数据委员会对社交平台A罚款1亿欧元。A股市场当日下跌。", "A股"),
])
def test_a_letter_opening_a_word_of_its_own_is_no_platform(pipeline, text, glued):
    """The platform's letter later stands for it only where it stands alone: a letter jieba's
    dictionary holds a word of with the characters after it (X光, Q版, A股) is that word."""
    mentions = pipeline.nlp(text).user_data["mentions"]
    at = text.index(glued)
    assert any(m.text == glued[0] and m.start < at for m in mentions), mentions  # the platform, named
    assert not any(m.start == at for m in mentions), mentions
