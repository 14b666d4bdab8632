"""kg.facts.settlement: a settlement one side of which is a list (A、B与C达成和解), and the names
listed together before the partner word, one side of it (invented sentences, Simplified and
Traditional as OpenCC s2t writes it)."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def settled(found: set) -> set[frozenset]:
    return {frozenset((h, t)) for h, r, t in found if r == "settled"}


@pytest.mark.parametrize("sentence, pairs", [
    ("谷歌、Character.AI与梅根·加西亚达成和解。", {("谷歌", "梅根·加西亚"), ("Character.AI", "梅根·加西亚")}),
    ("谷歌和Character.AI与梅根·加西亚达成和解。", {("谷歌", "梅根·加西亚"), ("Character.AI", "梅根·加西亚")}),
    ("谷歌、Character.AI与佛州母亲梅根·加西亚就诉讼达成和解。", {("谷歌", "梅根·加西亚"), ("Character.AI", "梅根·加西亚")}),
    ("环球音乐、华纳音乐已与Udio达成和解，双方将合作推出新平台。", {("环球音乐", "Udio"), ("华纳音乐", "Udio")}),
])
def test_each_name_of_a_listed_side_settled_with_the_other_side(read_facts, as_read, sentence, pairs):
    for text in (sentence, as_read(S2T.convert(sentence))):
        found = settled(read_facts(text))
        assert found == {frozenset(as_read(n) for n in pair) for pair in pairs}, text


@pytest.mark.parametrize("sentence", [
    "谷歌和Character.AI同意与一名佛州母亲和解。",
    "谷歌、微软和OpenAI均同意与作家们和解。",
])
def test_names_listed_before_the_partner_word_settle_nothing_with_each_other(read_facts, as_read, sentence):
    for text in (sentence, as_read(S2T.convert(sentence))):
        assert not settled(read_facts(text)), text


@pytest.mark.parametrize("sentence, pair", [
    ("环球音乐和Udio就版权诉讼达成和解。", ("环球音乐", "Udio")),
    ("环球音乐和Udio同意和解。", ("环球音乐", "Udio")),
    ("盖蒂图片社与Stability AI握手言和。", ("盖蒂图片社", "Stability AI")),
])
def test_two_names_listed_with_no_partner_word_are_the_two_sides(read_facts, sentence, pair):
    assert frozenset(pair) in settled(read_facts(sentence))


@pytest.mark.parametrize("sentence, pairs", [
    ("据法院文件，Character.AI与谷歌已与几位使用Character.AI产品的家庭成员梅根·加西亚达成和解。",
     {("谷歌", "梅根·加西亚"), ("Character.AI", "梅根·加西亚")}),
    ("据法院文件，Character.AI与谷歌已与几位使用Character.AI产品的青少年家庭达成和解。", set()),
])
def test_a_pair_listed_before_the_partner_word_is_one_side_where_one_is_named_again(read_facts, sentence, pairs):
    found = settled(read_facts(sentence))
    assert frozenset(("谷歌", "Character.AI")) not in found
    assert {frozenset(pair) for pair in pairs} <= found
