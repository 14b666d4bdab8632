"""An officer named beside a sued company as one side is sued too: read from a sued fact
(kg.facts.litigation OfficersBeside) and in a described party's suit (kg.unnamed _listed_to), in
English, Simplified and Traditional Chinese (context.tsv officer_beside, officer_owner).  All
sentences and names invented."""
from __future__ import annotations

from test_cases_table import _sides  # the (plaintiffs, defendants) of each row of one document

HEAD = "Test News\nMay 2, 2025\n\nChatbot maker sued\n"


def _sued(read_facts, text: str) -> set[tuple[str, str]]:
    return {(head, tail) for head, relation, tail in read_facts(text) if relation == "sued"}


def test_a_caption_s_defendant_and_its_officer_beside_it(read_facts):
    sued = _sued(read_facts, "- Kestrel v. Orvanta Labs — state lawsuit against Orvanta Labs and CEO Peter Haldane, filed June 1, 2026.")
    assert {("Kestrel", "Orvanta Labs"), ("Kestrel", "Peter Haldane")} <= sued


def test_a_chinese_company_and_its_officer_are_both_sued(read_facts):
    assert ("北京星瀚科技有限公司", "王志远") in _sued(read_facts, "2025年8月，北京星瀚科技有限公司起诉云帆科技公司及该公司执行长王志远。")
    assert ("北京星瀚科技有限公司", "王志远") in _sued(read_facts, "2025年8月，北京星瀚科技有限公司起诉云帆科技公司及其创始人王志远，指控其侵权。")


def test_a_person_after_the_company_with_no_officer_s_title_is_not_read_here(read_facts):
    sued = _sued(read_facts, "- Kestrel v. Orvanta Labs — state lawsuit against Orvanta Labs, reported by Peter Haldane, filed June 1, 2026.")
    assert ("Kestrel", "Peter Haldane") not in sued


def test_a_described_party_sues_the_company_and_its_officer(pipeline, tmp_path):
    text = HEAD + ("The parents of a 16-year-old boy filed a wrongful-death lawsuit against Orvanta Labs and "
                   "Chief Executive Officer Peter Haldane on Monday in a state court.\n")
    assert (["the parents of a 16-year-old boy"], ["Orvanta Labs", "Peter Haldane"]) in _sides(pipeline, tmp_path / "a.txt", text)


def test_a_described_party_s_chinese_suit_names_the_officer(pipeline, tmp_path):
    simplified = "少年家属起诉聊天机器人公司\n\n今年8月，一名少年的家人起诉云帆科技公司及其首席执行官王志远，指控聊天机器人诱导少年轻生。\n"
    traditional = "少年家屬控告聊天機器人公司\n\n今年8月，一名少年的家人控告雲帆科技公司及其執行長陳志明，指控聊天機器人誘導少年輕生。\n"
    assert (["一名少年的家人"], ["云帆科技公司", "王志远"]) in _sides(pipeline, tmp_path / "a.txt", simplified)
    assert (["一名少年的家人"], ["雲帆科技公司", "陳志明"]) in _sides(pipeline, tmp_path / "b.txt", traditional)


def test_the_officer_is_read_in_the_sentence_suing_the_company_beside_him(read_facts):
    # the company sued in two sentences of one item: its officer stands beside it in the second only
    sued = _sued(read_facts, "2025年8月，北京星瀚科技有限公司起诉云帆科技公司。2025年9月，蓝湾数据公司起诉云帆科技公司及其创始人王志远。")
    assert ("蓝湾数据公司", "王志远") in sued
    assert ("北京星瀚科技有限公司", "王志远") not in sued
