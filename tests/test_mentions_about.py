"""The about family: instruments named without 《》 by their subject, 关于…的通函
(sentences written for the tests)."""
from __future__ import annotations


def test_an_issued_instrument_is_named_by_its_subject_and_kind(names):
    for text, name in (("秘鲁生产部发布关于算法透明度的第12号通函，要求平台备案。", "关于算法透明度的第12号通函"),
                       ("该局去年印发了关于生成式模型标识的规定。", "关于生成式模型标识的规定"),
                       ("监管机构依据关于数据跨境、模型备案的指引（试行）开展检查", "关于数据跨境、模型备案的指引（试行）")):
        assert names(text)[name].type == "Law", text


def test_an_instrument_made_under_a_law_is_named(names):
    text = "规则：《卓汇消费者保护法》（CPA）项下关于自动化评分和风险评估的条例"
    assert names(text)["关于自动化评分和风险评估的条例"].mechanism == "about"


def test_a_subject_in_running_prose_is_no_name(names):
    for text in ("他表示，关于数据出境的规定仍不明确。", "业界关于模型训练的规则争论不休。"):
        assert not any(text.startswith("关于") for text in names(text)), text


def test_a_title_in_angle_brackets_is_the_title_familys(names):
    found = names("国务院印发《关于推进算力建设的意见》。")
    assert found["关于推进算力建设的意见"].mechanism != "about"


def test_a_title_object_of_an_issuing_clause_is_named(names):
    found = names("两部门联合印发的关于加强数据标注产业建设的意见对外公布。")
    assert found["关于加强数据标注产业建设的意见"].mechanism == "about"


def test_the_kinds_own_words_before_its_head_are_the_names(names):
    found = names("远洲贸易署通过关于网络评论的贸易监管规则。")
    assert found["关于网络评论的贸易监管规则"].type == "Law"
