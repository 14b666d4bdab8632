"""The official family: advisers and envoys of a head of state or government, or of a state,
are Regulators, and the person named beside them a separate Person (sentences written for
the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, office", [
    ("美国总统数字经济事务特别顾问近日表示将审查该计划。", "美国总统数字经济事务特别顾问"),
    ("白宫人工智能顾问在会上发言。", "白宫人工智能顾问"),
    ("英国首相科技顾问称，", "英国首相科技顾问"),
    ("美国总统特使抵达布鲁塞尔。", "美国总统特使"),
])
def test_an_adviser_or_envoy_of_a_head_of_state_is_a_regulator(names, text, office):
    found = names(text)
    assert (found[office].type, found[office].mechanism.split("/")[0]) == ("Regulator", "official")


def test_the_envoy_of_a_state_is_a_regulator(names):
    found = names("法国数字事务特使在峰会上发言。")
    assert (found["法国数字事务特使"].type, found["法国数字事务特使"].mechanism) == ("Regulator", "official/envoy")


def test_the_named_adviser_is_a_separate_person(names):
    found = names("白宫科技顾问韩立明表示，新规将于下月生效。")
    assert found["白宫科技顾问"].type == "Regulator" and found["韩立明"].type == "Person"
    latin = names("白宫人工智能顾问 Dana Whitfield 表示，")
    assert latin["Dana Whitfield"].type == "Person"


@pytest.mark.parametrize("text", ["新规要求总统的科技顾问会同相关官员审查。", "他多次担任投资方专项法律顾问。",
                                  "该公司聘请前总统为顾问。"])
def test_an_adviser_without_an_office_before_it_is_no_regulator(names, text):
    assert not [m for m in names(text).values() if m.type == "Regulator"]


def test_a_state_body_and_a_field_word_are_no_company(names):
    assert not [m for m in names("英国首相科技顾问称，").values() if m.type == "Company"]


@pytest.mark.parametrize("text, office, place", [
    ("据报道，蒙古国总统呼日勒苏赫周二签署了一项数据法令。", "蒙古国总统", "蒙古国"),
    ("高雄市長陳其邁出席了啟用典禮。", "高雄市長", "高雄市"),
    ("新法由印度尼西亚总统批准后生效。", "印度尼西亚总统", "印度尼西亚"),
])
def test_a_place_and_its_head_of_government_are_a_regulator(names, text, office, place):
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "official/place")
    assert place not in found or found[place].type == "Jurisdiction"


@pytest.mark.parametrize("text", ["菲律宾总统大选将于明年五月举行。", "巴西总统候选人均承诺监管人工智能。"])
def test_an_election_of_a_head_of_government_is_no_regulator(names, text):
    assert not [m for m in names(text).values() if m.mechanism == "official/place"]


# a state's officer named by the place and the officer's field, or by the place alone (歐盟發言人):
# a Regulator (context.tsv state_officer, state_spokesperson); invented sentences, Traditional by OpenCC s2t
OFFICERS = [
    ("法国数据保护专员周三表示，将要求两家应用商店下架该程序。", "法国数据保护专员"),
    ("新加坡网络安全专员称，相关平台须在七日内整改。", "新加坡网络安全专员"),
    ("欧盟竞争事务委员随后致函该公司，要求其说明数据用途。", "欧盟竞争事务委员"),
    ("欧盟发言人周五回应称，调查仍在进行。", "欧盟发言人"),
]


@pytest.mark.parametrize("script", ["s", "t"])
@pytest.mark.parametrize("text, officer", OFFICERS)
def test_a_place_and_its_officer_are_a_regulator(names, as_read, text, officer, script):
    import opencc
    if script == "t":  # a Traditional document, read as the pipeline analyses it
        s2t = opencc.OpenCC("s2t")
        text, officer = as_read(s2t.convert(text)), as_read(s2t.convert(officer))
    found = names(text)
    assert officer in found and (found[officer].type, found[officer].mechanism) == ("Regulator", "official/officer")


@pytest.mark.parametrize("text", ["欧盟委员会周三宣布启动调查。", "法国将任命专员负责此事。",
                                  "香港个人资料私隐专员公署发布指引。", "全国人大常委会委员长会议决定。",
                                  "杭州市西湖区检察院检委会专职委员出庭。"])
def test_a_body_or_an_appointment_is_no_places_officer(names, text):
    assert not [m for m in names(text).values() if m.mechanism == "official/officer"]
