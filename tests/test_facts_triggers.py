"""kg.facts.triggers: what counts as a cue word."""
from __future__ import annotations

import pytest


def test_a_cue_that_begins_a_title_is_no_act(read_facts):
    assert not {f for f in read_facts("OpenAI联合创始人伊利亚·苏茨克维宣布离开公司。") if f[1] == "partnered"}


def test_a_cue_followed_by_an_intention_noun_is_no_act(read_facts):
    assert not {f for f in read_facts("微软多次表达了与OpenAI的合作意愿。") if f[1] == "partnered"}


def test_a_cue_after_a_duty_word_describes_a_person(read_facts):
    assert not {f for f in read_facts("谷歌负责并购的高管上周与苹果会面。") if f[1] == "acquired"}


@pytest.mark.parametrize("text", ["谷歌主管投资业务的副总裁上周与苹果会面。", "谷歌主管投資業務的副總裁上週與蘋果會面。"])
def test_a_duty_word_and_its_relative_clause_describe_a_person(pipeline, read_facts, text):
    assert not {f for f in read_facts(pipeline.conversion(text)) if f[1] == "investedIn"}


@pytest.mark.parametrize("text", ["《人工智能基本法》在去年由国科会负责草拟。", "《人工智能基本法》在去年由國科會負責草擬。"])
def test_a_duty_told_as_the_act_is_the_act(pipeline, read_facts, text):
    found = {(h, r, t) for h, r, t in read_facts(pipeline.conversion(text)) if r == "proposed"}
    assert found and all(t == "人工智能基本法" for _, _, t in found)


@pytest.mark.parametrize("text, court, defendant", [
    ("青川市中级人民法院判处被告人周海涛有期徒刑五年。", "青川市中级人民法院", "周海涛"),
    ("青川市中級人民法院判處被告人周海濤有期徒刑五年。", "青川市中级人民法院", "周海涛"),
])
def test_a_criminal_defendants_role_after_a_cue_is_its_object_not_a_title(pipeline, read_facts, text, court, defendant):
    assert (court, "adjudicated", defendant) in read_facts(pipeline.conversion(text))


def test_the_same_cue_outside_a_compound_still_counts(read_facts):
    assert ("微软", "partnered", "OpenAI") in read_facts("微软宣布与OpenAI合作。")


def test_a_cue_beginning_a_noun_for_its_actor_is_no_act(read_facts):
    found = read_facts("韩国个人信息保护委员会表示，聊天机器人 Zeta 的开发商 Scatter Lab 违反了规定。")
    assert {f for f in found if f[1] == "released"} == {("Scatter Lab", "released", "Zeta")}


def test_the_cue_of_a_noun_still_counts_as_a_verb(read_facts):
    assert ("Scatter Lab", "released", "Zeta") in read_facts("Scatter Lab开发了聊天机器人 Zeta。")


def test_and_before_a_word_beginning_with_jie_is_no_settlement(read_facts):
    found = read_facts("加州州长加文·纽森签署法案，禁止雇主在晋升和解雇等决定中使用歧视性的人工智能。")
    assert not {f for f in found if f[1] == "settled"}
    assert ("Anthropic", "settled", "环球音乐") in read_facts("Anthropic与环球音乐达成和解。")


def test_a_cue_inside_a_headings_tag_is_none(read_facts):
    assert not {f for f in read_facts("【美国｜国际合作】卓汇网络在旧金山举行首次会议。") if f[1] == "partnered"}
    assert ("卓汇科技", "partnered", "OpenAI") in read_facts("【美国】卓汇科技与OpenAI宣布合作。")


@pytest.mark.parametrize("sentence", [
    "蓝湾协会向市场监管部门投诉云图科技。",
    "蓝湾协会投诉云图科技虚假宣传。",
    "蓝湾协会控诉云图科技侵犯隐私。",
])
def test_a_cue_inside_a_longer_cue_of_another_relation_is_none(read_facts, sentence):
    found = read_facts(sentence)
    assert ("蓝湾协会", "accused", "云图科技") in found
    assert not {f for f in found if f[1] == "sued"}


@pytest.mark.parametrize("sentence", [
    "环球音乐向Suno发出律师函。",
    "环球音乐向Suno发出停止侵权函，指其未经授权使用歌曲。",
])
def test_a_lawyers_letter_or_a_cease_and_desist_letter_accuses(read_facts, sentence):
    assert ("环球音乐", "accused", "Suno") in read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "腾讯与京东签署为期五年的云计算采购协议。",
    "腾讯于上月与京东达成了类似的合同。",
])
def test_an_agreement_told_with_words_between_its_verb_and_noun_is_a_partnership(read_facts, sentence):
    found = read_facts(sentence)
    assert {frozenset((h, t)) for h, r, t in found if r == "partnered"} == {frozenset(("腾讯", "京东"))}


@pytest.mark.parametrize("sentence", [
    "腾讯与京东达成和解协议。",
    "腾讯未能与京东达成新的采购协议。",
])
def test_a_settling_or_failed_agreement_is_no_partnership(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "partnered"}
