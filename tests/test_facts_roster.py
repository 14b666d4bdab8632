"""kg.facts.roster: a roster of one actor's partners (与A合作的企业包括B、C) partners A with each."""
from __future__ import annotations


def test_each_firm_of_the_roster_partnered_the_actor(read_facts):
    found = read_facts("目前和商汤科技开展智能驾驶合作的企业还包括比亚迪、一家青岛工厂以及蔚来。")
    partners = {t for h, r, t in found if r == "partnered" and h == "商汤科技"}
    partners |= {h for h, r, t in found if r == "partnered" and t == "商汤科技"}
    assert partners >= {"比亚迪", "蔚来"}


def test_a_list_that_is_no_roster_of_partners_partners_nothing(read_facts):
    # (a supplier's clients are its partners: Clients below; a list of rivals is none)
    found = read_facts("商汤科技的竞争对手还包括比亚迪和蔚来。")
    assert not {f for f in found if f[1] == "partnered" and f[0] == "商汤科技" and f[2] in ("比亚迪", "蔚来")}


def _partners(found):
    return {frozenset((h, t)) for h, r, t in found if r == "partnered"}


def test_pairs_listed_one_after_another_partner_each_pair_only(read_facts):
    found = _partners(read_facts("报告重点讨论了微软与OpenAI、亚马逊与Anthropic、谷歌与Anthropic的投资合作安排。"))
    assert {frozenset(("微软", "OpenAI")), frozenset(("亚马逊", "Anthropic")), frozenset(("谷歌", "Anthropic"))} <= found
    assert frozenset(("微软", "亚马逊")) not in found and frozenset(("OpenAI", "Anthropic")) not in found


def test_pairs_in_traditional_script_and_with_between(read_facts):
    found = _partners(read_facts("監管機構關注騰訊與百度、阿里巴巴與華為之間的合作關係。"))
    assert {frozenset(("騰訊", "百度")), frozenset(("阿里巴巴", "華為"))} <= found
    assert frozenset(("百度", "阿里巴巴")) not in found


def test_pairs_with_no_deal_after_them_partner_nothing(read_facts):
    found = _partners(read_facts("腾讯与百度、阿里巴巴与华为的股价均有所下跌。"))
    assert frozenset(("阿里巴巴", "华为")) not in found and frozenset(("腾讯", "百度")) not in found


# A supplier's clients, a pair's partnership told in a later clause, a licence told by its verb
# (invented sentences, real companies), in Simplified and in Traditional as OpenCC s2t writes it.
import opencc  # noqa: E402
import pytest  # noqa: E402


def _partners(found) -> set[frozenset]:
    return {frozenset((h, t)) for h, r, t in found if r == "partnered"}


@pytest.mark.parametrize("sentence, pairs", [
    ("Scale AI的主要客户包括微软、OpenAI以及美国空军等机构。",
     {("Scale AI", "微软"), ("Scale AI", "OpenAI"), ("Scale AI", "美国空军")}),
    ("OpenAI和谷歌都是Scale AI的大客户。", {("Scale AI", "OpenAI"), ("Scale AI", "谷歌")}),
    ("环球音乐集团的合作伙伴还包括Spotify和YouTube。", {("环球音乐集团", "Spotify"), ("环球音乐集团", "YouTube")}),
    ("华纳音乐集团与Suno达成和解，并宣布建立合作关系。", {("华纳音乐集团", "Suno")}),
    ("迪士尼将授权OpenAI在Sora中使用其角色。", {("迪士尼", "OpenAI")}),
    ("环球音乐集团已授权Udio使用其曲库训练模型。", {("环球音乐集团", "Udio")}),
    ("环球音乐集团宣布与英国人工智能公司Stability AI达成战略联盟。", {("环球音乐集团", "Stability AI")}),
])
def test_clients_a_later_clause_and_a_licence_tell_partners(read_facts, as_read, sentence, pairs):
    for text in (sentence, as_read(opencc.OpenCC("s2t").convert(sentence))):
        assert {frozenset((as_read(a), as_read(b))) for a, b in pairs} <= _partners(read_facts(text)), text


@pytest.mark.parametrize("sentence", [
    "Scale AI的客户数据遭到泄露。",  # the clients' data, no list of clients
    "OpenAI是Scale AI的竞争对手。",  # a rival
    "华纳音乐集团与Suno达成和解，但并未建立合作关系。",  # denied
    "未经迪士尼授权OpenAI使用其角色生成视频。",  # no licence
    "国家网信办授权星河科技开展试点。",  # a state body's mandate, no licence to use
])
def test_no_partners_without_a_client_list_a_partnership_or_a_licence(read_facts, sentence):
    assert not _partners(read_facts(sentence))
