"""The listed family's lists of products: members of a list after a release cue or a product
word, or before 在内的/等 and a product word, are products where they look like one
(sentences written for the tests)."""
from __future__ import annotations


def test_products_listed_after_a_release_cue_are_models(names):
    found = names("卓汇科技推出了包括Zorbi、Quill Pro和“星语”在内的三款模型。")
    for name in ("Zorbi", "Quill Pro", "星语"):
        assert found[name].type == "AIModel", name
    assert found["Zorbi"].mechanism == "listed/product"


def test_products_covered_by_a_product_line_are_models(names):
    found = names("该公司产品涵盖Lumora、Vexa Studio。")
    assert found["Vexa Studio"].type == "AIModel" and found["Lumora"].type == "AIModel"


def test_sizes_and_known_companies_in_a_list_are_no_products(names):
    assert not [m for m in names("模型有 7B、13B和 34B参数。").values() if m.type == "AIModel"]
    found = names("合作伙伴包括OpenAI、Anthropic等公司。")
    assert found["OpenAI"].type == "Company" and found["Anthropic"].type == "Company"


def test_a_product_named_after_its_maker_in_a_list_of_products_is_the_product(names):
    found = names("网易宣布，新模型将率先接入其AI词典笔、网易听写等产品。")
    assert found["网易听写"].type == "AIModel"
    assert not any(text.startswith(("将", "新模型将")) for text in found)


def test_members_of_an_investor_list_with_a_known_member_are_companies(names):
    found = names("星瀚智能完成新一轮融资，投资方为腾讯和远景资本。")
    assert found["远景资本"].type == "Company" and found["远景资本"].mechanism == "listed"
    found = names("该公司完成B轮融资，投资方包括阿里巴巴、云岫、丰源等。")
    assert found["云岫"].type == "Company" and found["丰源"].type == "Company"


def test_an_investor_list_with_no_known_member_types_nothing(names):
    assert "云岫" not in names("该公司完成融资，投资方为远景资本和云岫。")


def test_members_of_a_list_of_car_makers_are_companies(names):
    found = names("这款机器人已进入蔚来、江岭汽车等车企的工厂。")
    assert found["江岭汽车"].type == "Company"


def test_members_of_a_list_closed_by_zainei_with_a_known_member_take_its_kind(names):
    found = names("包括企鹅兰登、蓝岸和栖木在内的四家出版商联合发表声明。")
    assert found["蓝岸"].type == "Company" and found["栖木"].type == "Company"


def test_a_zainei_list_in_traditional_script_is_read_the_same(pipeline, write_doc):
    result = pipeline.process(write_doc("list.txt", "包括騰訊與星瀾在內的多家公司表示支持。"))
    found = {m.text: m for mentions in result.mentions for m in mentions}
    assert found["星瀾"].type == "Company" and found["星瀾"].mechanism == "listed"


def test_a_list_closed_by_zainei_with_no_known_member_types_nothing(names):
    assert "蓝岸" not in names("包括蓝岸、栖木在内的四家出版商发表声明。")


def test_unknown_members_under_a_word_for_bodies_take_the_kind_their_known_siblings_share(names):
    # 机构 says Organization; the known members are companies, and so is the unknown one
    found = names("腾讯、百度与澜舟在内的三家机构共同发布倡议。")
    assert found["澜舟"].type == "Company"


def test_products_joined_by_any_list_joiner_of_the_lexicon_are_models(names, pipeline):
    for joiner in pipeline.kb.context["list_joiner"]:  # 、, 和, 以及, commas
        found = names(f"卓汇科技推出了包括Zorbi{joiner}Quill Pro在内的两款模型。")
        assert found["Zorbi"].type == "AIModel" and found["Quill Pro"].type == "AIModel", joiner
