"""kg.facts precision guards, shapes the rules once read too widely.  A name that
answers a report (否认相关报道) is no outlet reporting (Grammar.cited); a place before a verb of making
is restricted unless 的 follows (限制中国开发…, Cues.place_attribute); a demand for information is no
inquiry where it is denied (并未要求), where what is handed over goes to someone else (向用户提供) or the
information only describes what is (提供删除数据的功能: inquiry.Demands).  Each in Simplified and in
Traditional as OpenCC s2t writes it; names invented or well known, sentences invented."""
from __future__ import annotations

import opencc
import pytest

TRADITIONAL = opencc.OpenCC("s2t")


def both_scripts(read_facts, as_read, sentence):
    """The facts read in the sentence and in its Traditional spelling as the pipeline reads it."""
    return [(text, read_facts(as_read(text))) for text in (sentence, TRADITIONAL.convert(sentence))]


@pytest.mark.parametrize("sentence", [
    "纽约时报否认相关报道，并起诉了OpenAI。",
    "纽约时报回应报道，称已起诉OpenAI。",
])
def test_a_name_answering_a_report_still_acts(read_facts, as_read, sentence):
    """X否认相关报道，…: X answers a report, it does not report what follows (context.tsv report_answered)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("纽约时报", "sued", "OpenAI") in found, (text, found)


@pytest.mark.parametrize("sentence", [
    "路透社周二报道称，纽约时报起诉OpenAI。",
    "路透社此前曾报道，纽约时报起诉OpenAI。",  # 此前: no demonstrative answering the report
])
def test_an_outlet_reporting_tells_the_act(read_facts, as_read, sentence):
    """路透社周二报道称，A起诉B: the outlet opening the clause reports; A sues, not the outlet."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("纽约时报", "sued", "OpenAI") in found, (text, found)
        assert not {f for f in found if f[0] == "路透社"}, (text, found)


@pytest.mark.parametrize("sentence", [
    "美国商务部限制中国开发先进人工智能芯片。",
    "美国商务部禁止中国生产高端芯片。",
])
def test_a_place_restricted_from_making_is_the_ban_target(read_facts, as_read, sentence):
    """限制中国开发…: the place is what the ban restricts; 中国制造的芯片 would describe the chips."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("美国商务部", "banned", "中国") in found, (text, found)


def test_a_place_s_make_before_de_describes_the_goods(read_facts, as_read):
    for text, found in both_scripts(read_facts, as_read, "美国商务部禁止进口中国制造的芯片。"):
        assert ("美国商务部", "banned", "中国") not in found, (text, found)


@pytest.mark.parametrize("sentence", [
    "意大利数据保护局并未要求OpenAI提供任何资料。",  # denied
    "意大利数据保护局并未要求OpenAI作出说明。",  # denied
    "国家市场监督管理总局要求OpenAI向用户提供个人信息的查询渠道。",  # handed to the users
    "意大利数据保护局要求OpenAI为用户提供删除数据的功能。",  # a feature, handed to the users
    "意大利数据保护局要求OpenAI提供退出训练数据的选项。",  # an option the data describes
])
def test_no_inquiry_where_no_information_is_demanded_of_the_name(read_facts, as_read, sentence):
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not {f for f in found if f[1] == "investigated"}, (text, found)


@pytest.mark.parametrize("sentence", [
    "意大利数据保护局要求OpenAI提供相关材料。",
    "意大利数据保护局要求OpenAI提供爱尔兰用户资料的处理情况。",
])
def test_a_demand_for_information_stays_an_inquiry(read_facts, as_read, sentence):
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("意大利数据保护局", "investigated", "OpenAI") in found, (text, found)


@pytest.mark.parametrize("sentence", [
    "立法院副院长王大明宣布《数字平台治理法》三读通过。",
    "推动此法的立委李小华表示，《数字平台治理法》完成三读。",
    "立法院副院长王大明在院会敲槌三读通过《数字平台治理法》草案。",
])
def test_a_person_named_before_a_law_voted_through_issued_nothing(read_facts, as_read, sentence):
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not {f for f in found if f[1] in ("issued", "proposed") and f[0] in (as_read("王大明"), as_read("李小华"))}, (text, found)


def test_a_person_signing_a_law_still_issued_it(read_facts):
    assert ("王大明", "issued", "数字平台治理法") in read_facts("州长王大明周一签署《数字平台治理法》。")


@pytest.mark.parametrize("sentence, fact", [
    ("知名律师张京说，好莱坞公司起诉稀宇科技，不是第一个。", ("张京", "sued", "稀宇科技")),
    ("马斯克的律师团队称，这种做法「封锁了市场，并阻止创新者如 xAI 参与竞争」。", ("马斯克", "banned", "xAI")),
    ("数字政策专员黄志光表示，政府希望通过《生成式人工智能技术及应用指引》促进发展。",
     ("数字政策专员", "issued", "生成式人工智能技术及应用指引")),
])
def test_a_speaker_is_no_actor_of_the_clause_it_says(read_facts, as_read, sentence, fact):
    """X说，<a subject of its own>…: the clause after a word of saying and its comma names its own actor
    (Cues.speaker_only)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not any(f[0] in fact[0] and f[1:] == fact[1:] for f in found), (text, found)


@pytest.mark.parametrize("sentence, fact", [
    ("欧盟表示，将调查谷歌是否扭曲竞争。", ("欧盟", "investigated", "谷歌")),
    ("纽约时报回应报道，称已起诉OpenAI。", ("纽约时报", "sued", "OpenAI")),
    ("迪士尼称，已向Midjourney提起诉讼。", ("迪士尼", "sued", "Midjourney")),
    ("英国通信管理局表示，已依据《在线安全法》对社交平台X展开正式调查。", ("英国通信管理局", "investigated", "X")),
    ("Meta 表示，1B 和 3B 模型已与高通合作完成适配。", ("Meta", "partnered", "高通")),
])
def test_a_speaker_going_on_with_its_own_act_still_acts(read_facts, as_read, sentence, fact):
    """X表示，将…; X称，已…: the clause after the word of saying has no subject of its own (context.tsv speaker_goes_on)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert fact in found, (text, found)
