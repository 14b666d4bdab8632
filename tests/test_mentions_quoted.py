"""The quoted family: a product named in quotes (sentences and names written for the tests)."""
from __future__ import annotations


def test_a_quoted_name_after_a_release_cue_is_a_product(names):
    product = names("卓汇科技上线了“星语听写”。")["星语听写"]
    assert (product.type, product.mechanism) == ("AIModel", "quoted")


def test_a_quoted_name_after_a_model_word_is_a_model(names):
    assert names("卓汇科技的大模型“星语”表现出色。")["星语"].type == "AIModel"


def test_a_quoted_programme_after_a_release_cue_is_no_product(names):
    assert "星语迁移计划" not in names("卓汇科技推出“星语迁移计划”。")


def test_a_quoted_sandbox_after_a_release_cue_is_no_product(names):
    found = names("金融管理局推出“星河沙盒”。")
    assert "星河沙盒" not in found or found["星河沙盒"].type != "AIModel"


def test_a_straight_quote_that_closes_a_quotation_opens_no_name(names):
    found = names('指南说明哪些模型属于"通用大模型"、谁是"提供者"。')
    assert not [text for text, m in found.items() if m.type == "AIModel"]
    assert names('卓汇科技发布大模型"星语"。')["星语"].type == "AIModel"


def test_quoted_words_before_a_noun_saying_what_they_name_are_no_product(names):
    found = names("评论指出，该模型“编造”内容被用户转发。监管机构启动“清源”执法行动。")
    assert not any(m.type == "AIModel" for m in found.values())


def test_a_quoted_name_before_a_model_word_is_a_model(names):
    found = names("某研究院的“灵枢”通用大模型宣布开放。")
    assert found["灵枢"].type == "AIModel"
