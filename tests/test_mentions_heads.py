"""The heads family: a body's head's office, a Regulator and a unit of its body (sentences written for the tests)."""
from __future__ import annotations

from documents import read_mentions
from kg.script import simplified


def test_office_after_its_body_is_a_regulator_of_the_body(names):
    found = names("国家数据局发布新规，国家数据局局长周岩在会上作了介绍。")
    office = found["国家数据局局长"]
    assert office.type == "Regulator" and office.mechanism == "heads"
    assert office.parent is not None and office.parent.text == "国家数据局"
    assert "周岩" in found and found["国家数据局"].start == 0  # the body named on its own is a mention too


def test_an_office_whose_body_the_text_never_names_apart_stays_whole_without_a_body(names):
    # 商务部部长 alone in a foreign bill: whose ministry only the context says, not the KB's 商务部
    found = names("该法案要求商务部部长开展宣传活动。")
    assert found["商务部部长"].type == "Regulator" and found["商务部部长"].parent is None
    assert "商务部" not in found


def test_committee_chair_abbreviated_after_an_abbreviated_body(names):
    found = names("国科会今天开会，国科会主委林志成出席记者会。")
    assert found["国科会主委"].type == "Regulator" and found["国科会主委"].parent.text == "国科会"


def test_office_found_whole_gets_its_body(names):
    found = names("数位发展部推出新计划，该工作由数位发展部部长李伟督导。")
    assert found["数位发展部部长"].parent.text == "数位发展部"


def test_traditional_office_read_in_simplified(names):
    found = names(simplified("創新科技及工業局公布計劃，創新科技及工業局局長王強另行公布安排。"))  # as kg.script reads a Traditional document
    assert any(m.parent is not None and m.text.endswith("局局长") for m in found.values())


def test_a_word_beginning_with_the_title_is_no_office(names):
    found = names("国家数据局长期关注数据流通。")
    assert "国家数据局长" not in found


def test_a_person_before_a_bare_title_is_no_office(names):
    found = names("陈明市长出席了仪式。")
    assert all(m.type != "Regulator" for m in found.values())


def test_an_unknown_bodys_office_is_its_unit_where_the_text_writes_the_body_alone(names):
    # 转型部自: jieba runs the ministry's last character into the next word, yet the ministry stands alone
    found = names("数字转型部自去年起牵头起草，数字转型部部长随后介绍了要点。")
    assert found["数字转型部部长"].parent.text == "数字转型部"
    assert found["数字转型部"].type == "Regulator" and found["数字转型部"].start == 0


def test_an_unknown_bodys_office_written_alone_or_before_a_longer_word_has_no_body(names):
    assert names("数字转型部部长随后介绍了要点。")["数字转型部部长"].parent is None
    found = names("数字转型部门发布通知，数字转型部部长作了说明。")  # 部门 is a word: no ministry written alone
    assert found["数字转型部部长"].parent is None and "数字转型部" not in found


def test_an_office_whose_titles_last_character_jieba_glued_to_the_holders_name(pipeline, tmp_path):
    # invented: 部长 shares 部 with the ministry, and jieba reads 长林 as one word; in either script
    for body in ("数位发展部长林思远今日接受专访。", "數位發展部長林思遠今日接受專訪。"):
        offices = [m for m in read_mentions(pipeline, tmp_path, body, "打诈新措施") if m.mechanism == "heads"]
        assert [m.text for m in offices] in (["数位发展部长"], ["數位發展部長"]), offices


def test_a_word_after_a_bodys_name_is_no_heads_title(names):
    assert "国家数据局长" not in names("国家数据局长期关注此事。")
