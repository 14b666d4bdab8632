"""The coded family: products named by a brand word and a model code after a release cue
(sentences and names written for the tests)."""
from __future__ import annotations


def test_products_with_model_codes_listed_after_a_release_cue_are_models(names):
    found = names("星瀚智能此前已陆续推出逐风A3、云梭K2等机器人产品。")
    assert found["逐风A3"].type == "AIModel" and found["云梭K2"].type == "AIModel"


def test_a_code_with_no_release_cue_or_after_a_description_names_no_product(names):
    found = names("星瀚智能完成B2轮融资，并推出新款A3。")
    assert not [text for text, m in found.items() if m.type == "AIModel"]


def test_a_code_alone_right_after_a_kind_of_model_is_a_model(names):
    found = names("星瀚智能今年推出推理模型Q2后用户大增。")
    assert found["Q2"].type == "AIModel"
    assert "B2" not in names("星瀚智能完成B2轮融资。")


def test_latin_names_listed_after_a_kind_of_ai_hardware_are_models(names):
    found = names("星瀚智能旗下产品包括人形机器人K3、M2等，去年又发布了新一代工业人形机器人Strider X2。")
    assert found["K3"].type == "AIModel" and found["M2"].type == "AIModel"
    assert found["Strider X2"].type == "AIModel"


def test_a_bare_abbreviation_next_to_a_kind_of_hardware_names_no_model(names):
    for text in ("星瀚智能把芯片IP授权给了其他厂商。", "星瀚智能推出GPU等芯片。"):
        assert not [name for name, m in names(text).items() if m.type == "AIModel"]


def test_latin_codes_listed_before_a_kind_of_hardware_or_model_are_models(names):
    found = names("星瀚智能近两年陆续推出P5、Q7等四足机器人，并开源了V8等模型。")
    assert found["P5"].type == "AIModel" and found["Q7"].type == "AIModel"
    assert found["V8"].type == "AIModel"


def test_a_code_after_a_list_mark_with_no_cue_before_the_list_names_no_model(names):
    found = names("星瀚智能昨日披露了Z20、Z40两款芯片的量产时间。")
    assert "Z40" not in found and "Z20" not in found


def test_a_brand_and_code_after_de_or_wei_before_a_family_or_the_clause_end_is_a_model(names):
    found = names("该公司旗舰产品是面向边缘推理的凌霄X200系列芯片，其中凌霄X210已量产；新一代为天枢Q3000。")
    assert found["凌霄X200"].type == "AIModel" and found["凌霄X210"].type == "AIModel"
    assert found["天枢Q3000"].type == "AIModel"
    assert not [text for text, m in names("公司估值为人民币B2轮后翻倍。").items() if m.type == "AIModel"]
