"""kg.facts.litigation.ListedSides: the one step that gives every member of a list the relation a
suit family read at one of its members (invented sentences, Simplified, Traditional as OpenCC s2t
writes it, read in Simplified, and English)."""
from __future__ import annotations

import pytest

from kg.facts.base import Document, evidence
from kg.facts.litigation import ListedSides
from kg.model import Fact, Item
from kg.script import is_traditional, traditional


def _listed(pipeline, text: str, told: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The facts the step adds to ``told`` (head, relation, tail names read in the one sentence)."""
    text = pipeline.conversion(text) if is_traditional(text) else text
    item = Item("fixture.txt", 1, "测试条目", text, date="2024-06-01")
    mentions = sorted(pipeline.nlp(item.text).user_data["mentions"], key=lambda m: m.start)
    named = {m.text: m for m in mentions}
    seen = evidence(item, item.text, 0, len(item.text), None)
    facts = [Fact(named[head], relation, named[tail], seen, 0.8) for head, relation, tail in told]
    family = next(f for f in pipeline.extractor.document_families if isinstance(f, ListedSides))
    added = family.facts(Document([(item, item.text, mentions)], facts))
    return {(f.head.text, f.relation, f.tail.text) for f in added}


CHINESE = "环球音乐、索尼音乐和华纳音乐起诉Suno和Udio。"


@pytest.mark.parametrize("text", [CHINESE, traditional(CHINESE)])
def test_each_member_of_both_lists_takes_the_suit(pipeline, text):
    assert _listed(pipeline, text, [("环球音乐", "sued", "Suno")]) == {
        ("索尼音乐", "sued", "Suno"), ("华纳音乐", "sued", "Suno"), ("环球音乐", "sued", "Udio")}


def test_an_english_list_is_the_english_grammars(pipeline, read_facts):
    # (the English families read the whole list, with its appositions; the step adds nothing to it)
    text = "Reddit sued Perplexity, SerpApi, and Oxylabs on Wednesday."
    assert not _listed(pipeline, text, [("Reddit", "sued", "Oxylabs")])
    assert {("Reddit", "sued", name) for name in ("Perplexity", "SerpApi", "Oxylabs")} <= read_facts(text)


def test_a_name_after_a_comma_is_no_member(pipeline):
    assert not _listed(pipeline, "Getty Images sued Stability AI, Reuters reported.", [("Getty Images", "sued", "Stability AI")])


@pytest.mark.parametrize("text", ["爱奇艺起诉MiniMax和腾讯起诉百度。", traditional("爱奇艺起诉MiniMax和腾讯起诉百度。")])
def test_a_name_on_the_other_side_of_the_sentence_is_no_member(pipeline, text):
    found = _listed(pipeline, text, [("爱奇艺", "sued", "MiniMax"), ("腾讯", "sued", "百度")])
    assert ("爱奇艺", "sued", "腾讯") not in found and ("腾讯", "sued", "MiniMax") not in found


@pytest.mark.parametrize("text", ["亚马逊、谷歌与美国联邦贸易委员会达成和解。", traditional("亚马逊、谷歌与美国联邦贸易委员会达成和解。")])
def test_a_settlement_is_not_extended_to_the_list(pipeline, text):
    # (a settlement or a ruling often concerns one member of the list a sentence names)
    assert not _listed(pipeline, text, [("亚马逊", "settled", "美国联邦贸易委员会")])


@pytest.mark.parametrize("text, told", [
    ("读卖新闻在东京起诉Perplexity，日本经济新闻社和朝日新闻社随后跟进。", ("读卖新闻", "sued", "Perplexity")),
    (traditional("读卖新闻在东京起诉Perplexity，日本经济新闻社和朝日新闻社随后跟进。"), ("读卖新闻", "sued", "Perplexity")),
    ("百度与爱奇艺的仲裁失败后，爱奇艺起诉MiniMax。", ("爱奇艺", "sued", "MiniMax")),
])
def test_a_chinese_comma_or_a_counterpart_joins_no_list(pipeline, text, told):
    # (a Chinese comma ends a clause; 与 marks the other party as often as a member)
    assert not _listed(pipeline, text, [told])


@pytest.mark.parametrize("text", [
    "Velmora Inc and Quenlith LLC sued Arvendo Corp and Trisk Ltd on Monday.",
    "Velmora Inc, Quenlith LLC and Osterby Corp sued Arvendo Inc in Delaware.",
])
def test_a_sentence_with_no_chinese_list_word_lists_no_one(pipeline, text):
    # (the step reads no group there: each of its names a list of its own, as listed() finds)
    item = Item("fixture.txt", 1, "测试条目", text, date="2024-06-01")
    mentions = sorted(pipeline.nlp(item.text).user_data["mentions"], key=lambda m: m.start)
    family = next(f for f in pipeline.extractor.document_families if isinstance(f, ListedSides))
    assert len(mentions) >= 3
    for mention in mentions:
        for types in ({"Company", "Organization", "Person"}, {"Company"}):
            assert family.listed(text, mention, mentions, types) == []
