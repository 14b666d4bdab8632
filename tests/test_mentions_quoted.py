"""The quoted family: a product named in quotes (sentences and names written for the tests)."""
from __future__ import annotations

import re

import opencc
import pytest

from documents import read_mentions


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


CONCEPTS = ("AI模型“黑箱”特性意味着公众难以知悉其训练数据。众多平台纷纷上线“文生图”功能。"
            "AI模型“训练端”及“使用端”所涉及的侵权问题仍有争议。")
DESCRIPTIONS = "双方将共同开发“下一代专业音乐创作工具”。该公司表示将致力于开发“安全的AI系统”。"


@pytest.mark.parametrize("text", [CONCEPTS, DESCRIPTIONS, opencc.OpenCC("s2t").convert(CONCEPTS + DESCRIPTIONS)])
def test_a_concept_or_a_description_in_quotes_is_no_model(pipeline, tmp_path, text):
    models = [m.text for m in read_mentions(pipeline, tmp_path, text, "生成式人工智能的版权难题") if m.type == "AIModel"]
    assert not models


def test_a_products_name_in_quotes_after_a_release_stays_a_model(names):
    assert names("星海科技推出了“星语听写”，并发布大模型“星河”。")["星河"].type == "AIModel"


# after a release cue: an indefinite description (某种…), quoted words modifying the noun after 的,
# and a website's name (…查询网) name no model; a product's name in the same place stays one
RELEASED_NOT_NAMES = ("星海科技的创始人透露，公司正在开发“某款全新写作产品”。",
                      "两位创始人当年誓言打造“服务每个家庭”的智能助手。",
                      "市监局推出“商标侵权查询网”APP，供商家查询。")


@pytest.mark.parametrize("text", [*RELEASED_NOT_NAMES, *map(opencc.OpenCC("s2t").convert, RELEASED_NOT_NAMES)])
def test_a_description_a_modifier_or_a_website_after_a_release_cue_is_no_model(pipeline, tmp_path, text):
    models = [m.text for m in read_mentions(pipeline, tmp_path, text, "星海科技的新产品") if m.type == "AIModel"]
    assert not models


@pytest.mark.parametrize("text", ["星海科技上线了“星语听写”，并推出“灵枢”大模型。",
                                  "星海科技推出了「星語聽寫」，並推出「靈樞」大模型。"])
def test_a_quoted_name_after_a_release_cue_stays_a_model_beside_those(names, text):
    found = names(text)
    product, model = re.findall(r"[“「]([^”」]+)[”」]", text)
    assert found[product].type == found[model].type == "AIModel"
