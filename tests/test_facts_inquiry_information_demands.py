"""kg.facts.inquiry and kg.facts.litigation, shapes of Chinese enforcement news: an authority
requiring a name to hand over information about itself (要求A提供…资料/资讯) or sending it a letter that
asks it to explain (发函A，要求…说明) inquires of it; a complaint's claim (向委员会投诉称) is an accusation,
no lawsuit's (诉称 inside 投诉).  Each in Simplified and in Traditional as OpenCC s2t writes it; names
invented."""
from __future__ import annotations

import opencc
import pytest

TRADITIONAL = opencc.OpenCC("s2t")


def both_scripts(read_facts, as_read, sentence):
    """The facts read in the sentence and in its Traditional spelling as the pipeline reads it."""
    return [(text, read_facts(as_read(text))) for text in (sentence, TRADITIONAL.convert(sentence))]


@pytest.mark.parametrize("sentence, body, target", [
    ("爱尔兰数据保护委员会表示，他们也会要求星岚科技提供爱尔兰用户资料处理的相关资讯。", "爱尔兰数据保护委员会", "星岚科技"),
    ("国家市场监督管理总局已要求星岚科技提交其算法备案的详细材料。", "国家市场监督管理总局", "星岚科技"),
    ("意大利数据保护局28日发布声明，称已发函星岚科技，要求在20日内说明该平台的数据收集目的。", "意大利数据保护局", "星岚科技"),
])
def test_a_demand_for_information_investigates_its_addressee(read_facts, as_read, sentence, body, target):
    """A word of handing over then a noun of information after the names required (Demands), or a
    letter sent to a name then an order to explain (Inquiries, 发函 as 致函): an inquiry of that name."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert (body, "investigated", target) in found, (text, found)


@pytest.mark.parametrize("sentence", [
    "国家市场监督管理总局要求星岚科技提供更优质的服务。",  # a service, no information handed over
    "北京互联网法院要求星岚科技提供相关聊天记录。",  # a court's order in a suit is no authority's inquiry
    "星岚科技要求云杉数据提供用户资料。",  # no authority demands
])
def test_no_inquiry_without_information_demanded_by_an_authority(read_facts, as_read, sentence):
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not {f for f in found if f[1] == "investigated"}, (text, found)


def test_a_complaint_s_claim_is_an_accusation_not_a_suit(read_facts, as_read):
    """投诉称 holds 诉称, a plaintiff's word: the complaint made to a body stays an accusation
    (SuitAccusations.tells_suit)."""
    for sentence in ("微软去年向欧盟委员会投诉称谷歌在其广告服务中屏蔽了它的商标。",
                     "微软去年向委员会投诉称谷歌在其广告服务中屏蔽了它的商标。"):
        for text, found in both_scripts(read_facts, as_read, sentence):
            assert ("微软", "accused", "谷歌") in found, (text, found)
            assert ("微软", "sued", "谷歌") not in found, (text, found)


@pytest.mark.parametrize("sentence, body, target, place", [
    ("美国商务部工业与安全局将摩尔线程列入实体清单，限制其获取美国技术和产品。", "美国商务部工业与安全局", "摩尔线程", "美国"),
    ("意大利数据保护局已于今年1月要求深度求索在意大利暂停处理用户数据。", "意大利数据保护局", "深度求索", "意大利"),
    ("意大利数据保护局表示已命令深度求索停止处理意大利用户的数据。", "意大利数据保护局", "深度求索", "意大利"),
])
def test_a_place_describing_goods_or_where_is_no_ban_target(read_facts, as_read, sentence, body, target, place):
    """A place right before goods or firms (美国技术), or its people and 的 (意大利用户的数据), describes them,
    and a place after 在 is where: neither is what the ban targets (Cues.place_attribute, the causative's
    located names; 限制意大利用户访问 restricts the place, tests/test_facts_cue.py)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert (body, "banned", target) in found, (text, found)
        assert not {f for f in found if f[1] == "banned" and f[2] == place}, (text, found)
        assert not {f for f in found if f[1] == "banned" and f[0] == place}, (text, found)


def test_a_place_a_ban_s_export_goes_to_stays_its_target(read_facts, as_read):
    """向中国出口…的限制: the place the exports go to is what the ban restricts."""
    for text, found in both_scripts(read_facts, as_read, "美国商务部工业与安全局收紧向中国出口24类半导体制造设备的限制。"):
        assert ("美国商务部工业与安全局", "banned", "中国") in found, (text, found)
