"""Long party lists read whole (invented sentences, Simplified, Traditional as OpenCC s2t writes it,
and English where the reading is shared):

- kg.mentions.title: a title ending as a newspaper's does (《…先锋报》, titles.tsv newspaper_end) is a
  publication, a Company, so the list of titles it stands in does not break at it; a report's or a
  notice's title (《…情况通报》, not_newspaper_end) is not;
- kg.facts.grammar: a name glossed in brackets stays one member with its gloss where the gloss goes on
  past the name found in it (加拿大广播公司（CBC/Radio-Canada）), and a list's member whose Chinese name
  is unfound stands for its gloss (《A》、麦克拉奇（McClatchy）);
- kg.facts.settlement: a list of pairs each joined by a partner word (A与B、C与D宣布和解) settles each
  pair alone.
"""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def _related(found: set, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == relation}


def test_a_title_ending_as_a_newspapers_is_a_publication(names, as_read):
    for text in ("《晨星先锋报》和《北湾纪事报》刊文称模型不能署名。",
                 as_read(S2T.convert("《晨星先锋报》和《北湾纪事报》刊文称模型不能署名。"))):
        found = names(text)
        assert {found[as_read(t)].type for t in ("晨星先锋报", "北湾纪事报")} == {"Company"}, text


def test_a_notices_title_ending_in_bao_stays_no_newspaper(names):
    found = names("省网信办发布《关于清理违规应用程序的情况通报》。")
    assert "关于清理违规应用程序的情况通报" not in found or \
        found["关于清理违规应用程序的情况通报"].type != "Company"


@pytest.mark.parametrize("sentence", [
    "2024年4月30日，某基金旗下的三家报纸，包括《晨星先锋报》《北湾纪事报》和《南岭太阳哨兵报》，向法院起诉微软和OpenAI。",
])
def test_every_newspaper_of_a_list_of_titles_sued(read_facts, as_read, sentence):
    for text in (sentence, as_read(S2T.convert(sentence))):
        sued = _related(read_facts(text), "sued")
        assert {h for h, t in sued if t == "OpenAI"} == {as_read(n) for n in ("晨星先锋报", "北湾纪事报", "南岭太阳哨兵报")}, text


@pytest.mark.parametrize("sentence", [
    "2025年2月13日，《大西洋月刊》、麦克拉奇（McClatchy）和Vox Media向法院起诉Cohere。",
    "2025年2月13日，Vox Media、麦克拉奇（McClatchy）、Politico向法院起诉Cohere。",
])
def test_a_member_named_by_its_gloss_alone_keeps_the_list_whole(read_facts, as_read, sentence):
    for text in (sentence, as_read(S2T.convert(sentence))):
        plaintiffs = {h for h, t in _related(read_facts(text), "sued") if t == "Cohere"}
        assert "McClatchy" in plaintiffs and "Vox Media" in plaintiffs and len(plaintiffs) == 3, text


def test_a_gloss_going_on_past_its_name_is_one_member_with_it(read_facts, as_read):
    sentence = "晨光广播公司（ML）发表声明。\n\nTorstar、Postmedia和晨光广播公司（ML/Radio-Matin）联合向法院起诉OpenAI。"
    for text in (sentence, as_read(S2T.convert(sentence))):
        plaintiffs = {h for h, t in _related(read_facts(text), "sued") if t == "OpenAI"}
        assert {"Torstar", "Postmedia"} <= plaintiffs, text


@pytest.mark.parametrize("sentence, pairs", [
    ("2025年10月起，环球音乐集团与Udio、华纳音乐集团与Suno等先后宣布和解。",
     {("环球音乐集团", "Udio"), ("华纳音乐集团", "Suno")}),
])
def test_each_pair_of_a_list_of_pairs_settles_alone(read_facts, as_read, sentence, pairs):
    for text in (sentence, as_read(S2T.convert(sentence))):
        found = {frozenset(p) for p in _related(read_facts(text), "settled")}
        assert found == {frozenset(as_read(n) for n in pair) for pair in pairs}, text


def test_a_listed_side_still_settles_with_the_name_after_the_partner_word(read_facts):
    found = {frozenset(p) for p in _related(read_facts("谷歌、Character.AI与梅根·加西亚达成和解。"), "settled")}
    assert found == {frozenset(("谷歌", "梅根·加西亚")), frozenset(("Character.AI", "梅根·加西亚"))}


def test_an_english_list_with_a_slashed_gloss_keeps_every_plaintiff(read_facts):
    found = _related(read_facts("Torstar, Postmedia and the Canadian Broadcasting Corporation (CBC/Radio-Canada) sued OpenAI."),
                     "sued")
    assert {"Torstar", "Postmedia"} <= {h for h, t in found if t == "OpenAI"}
