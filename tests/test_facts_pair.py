"""kg.facts.pair: two names of the right types a word between them relates, where no other rule
did (sentences written for the tests; Traditional ones made with OpenCC s2t)."""
from __future__ import annotations

import pytest

from kg.facts.base import Document
from kg.facts.pair import PairWords, Pairs
from kg.model import Item
from kg.script import traditional


@pytest.fixture(scope="module")
def pairs(pipeline):
    return next(family for family in pipeline.extractor.document_families if isinstance(family, Pairs))


@pytest.fixture(scope="module")
def read_pairs(pipeline, pairs, as_read):
    """The facts the pair family alone reads in one item, no other family's facts beside them,
    as (head, relation, tail) names."""
    def read(text: str) -> set[tuple[str, str, str]]:
        text = as_read(text)
        item = Item("fixture.txt", 1, "测试条目", text, date="2024-06-01")
        names = sorted(pipeline.nlp(item.text).user_data["mentions"], key=lambda m: m.start)
        facts = pairs.facts(Document([(item, item.text, names)], []))
        return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text) for f in facts}
    return read


@pytest.mark.parametrize("text, fact", [
    ("微软遭意大利数据保护局罚款1500万欧元。", ("意大利数据保护局", "fined", "微软")),
    ("微软日前被意大利数据保护局罚款。", ("意大利数据保护局", "fined", "微软")),
    (traditional("微软遭意大利数据保护局罚款。"), ("意大利数据保护局", "fined", "微软")),
    ("The Garante fined OpenAI 15 million euros on Friday.", ("Garante", "fined", "OpenAI")),
    ("OpenAI was fined by the Garante last year.", ("Garante", "fined", "OpenAI")),
])
def test_a_passive_marker_or_by_turns_the_word_round(read_pairs, text, fact):
    assert fact in read_pairs(text)


@pytest.mark.parametrize("text, facts", [
    ("由亚马逊和英伟达（NVIDIA）支持的Perplexity暂未回应。", {("亚马逊", "investedIn", "Perplexity"),
                                                  ("英伟达", "investedIn", "Perplexity")}),
    (traditional("由亚马逊和英伟达支持的Perplexity暂未回应。"), {("亚马逊", "investedIn", "Perplexity"),
                                                   ("英伟达", "investedIn", "Perplexity")}),
    ("Perplexity, backed by Amazon and Nvidia, did not comment.", {("Amazon", "investedIn", "Perplexity"),
                                                                   ("Nvidia", "investedIn", "Perplexity")}),
])
def test_a_list_on_one_side_gives_each_member_the_relation(read_pairs, text, facts):
    assert facts <= read_pairs(text)


@pytest.mark.parametrize("text, fact", [
    ("Anthropic, the developer of Claude, said it would appeal.", ("Anthropic", "released", "Claude")),
    ("Roe sued Anthropic, the company behind Claude, in March.", ("Anthropic", "released", "Claude")),
    ("The order builds on the AI Action Plan released by the White House in July.",
     ("White House", "issued", "AI Action Plan")),
    ("国家知识产权局组织编写了《人工智能专利申请指引》。", ("国家知识产权局", "issued", "人工智能专利申请指引")),
    (traditional("国家知识产权局日前正式发布《人工智能专利申请指引》。"), ("国家知识产权局", "issued", "人工智能专利申请指引")),
])
def test_an_apposition_or_a_participle_relates_the_name_it_describes(read_pairs, text, fact):
    assert fact in read_pairs(text)


@pytest.mark.parametrize("text", [
    "Anthropic, launched its Claude assistant last year.",    # an active verb after a comma: no apposition
    "蓝湾科技拟起诉OpenAI。",                                   # a hedge between
    "OpenAI plans to sue Anthropic.",
    "YouTube创作者起诉OpenAI和英伟达。",                        # the name describes the plaintiffs
    "A newsroom behind Mother Jones sues OpenAI and Microsoft.",  # a preposition governs the name
    "Adobe正式发布类ChatGPT助手。",                             # more than a link word between
    "欧盟委员会发布《人工智能法案》下关于禁止实践的指南。",          # the law frames the true object
    "欧盟委员会发布《人工智能法》禁止性实践指南。",                   # the law qualifies the true object
    "OpenAI的估值达到高点，微软随后起诉了其他公司。",               # a clause break between
])
def test_no_fact_where_the_names_are_not_right_by_the_word(read_pairs, text):
    assert not read_pairs(text)


def test_a_role_noun_names_one_maker_not_the_list_after_it(read_pairs):
    found = read_pairs("ChatGPT maker OpenAI, Microsoft and Google signed the pledge.")
    assert ("OpenAI", "released", "ChatGPT") in found
    assert not {f for f in found if f[0] in ("Microsoft", "Google")}


def test_a_second_and_joins_clauses_not_list_members(read_pairs):
    found = read_pairs("Two suits were filed, when The Intercept sued OpenAI and Raw Story and AlterNet "
                       "brought a separate case.")
    assert ("The Intercept", "sued", "OpenAI") in found
    assert not {fact for fact in found if fact[2] in ("Raw Story", "AlterNet")}


def test_a_unit_has_one_parent_and_a_list_stops_at_the_next_word(read_pairs):
    found = read_pairs("Harbor Media’s publications include Tech Daily and Harbor Post.")
    assert not {f for f in found if f[1] == "partOf" and f[2] != "Harbor Media"}
    crossed = read_pairs("迪士尼旗下的漫威，以及环球影业旗下的梦工厂动画。")
    assert ("梦工厂动画", "partOf", "迪士尼") not in crossed


def test_a_pair_another_rule_related_gets_nothing_more(read_facts, read_pairs):
    text = "微软遭意大利数据保护局罚款。"
    assert ("意大利数据保护局", "fined", "微软") in read_pairs(text)  # the family alone reads it
    found = read_facts(text, objects=True)  # beside the cue family, which reads it first
    assert any(f.relation == "fined" and f.rule != "pair" for f in found)
    assert not [f for f in found if f.rule == "pair"]


def test_two_words_as_near_with_different_relations_give_none(pairs):
    from kg.facts.pair import Candidate
    from kg.model import Mention
    head, tail = Mention("甲公司", "Company", 0, 3), Mention("乙公司", "Company", 6, 9)
    kept = pairs.chosen([Candidate(head, "sued", tail, 1), Candidate(head, "partnered", tail, 1)])
    nearest = pairs.chosen([Candidate(head, "sued", tail, 1), Candidate(head, "partnered", tail, 3)])
    assert kept == [] and [c.relation for c in nearest] == ["sued"]


def test_a_reach_row_without_four_numbers_names_the_file(tmp_path):
    lexicon = tmp_path / "pairs.tsv"
    lexicon.write_text("relation\tkind\tcues\nsued\tactive\t起诉\n*\treach\t12|4\n", encoding="utf-8")
    with pytest.raises(ValueError, match="pairs.tsv"):
        PairWords.read(lexicon)


@pytest.mark.parametrize("opening", ["请求", "向 ", "公司对", "要求法院", "其中针对", "微软", "OpenAI和", "据报道，", "",
                                     "之后对于", "和解"])
def test_a_chinese_opening_is_governed_as_the_full_reading_of_its_words_says(pairs, opening):
    # (an opening ending in no governing word is not searched: the answer is the full search's)
    stripped = opening.rstrip()
    full = any(found.end() == len(stripped) for found in pairs.lexicon.governing.finditer(stripped))
    assert pairs.governed(opening, False) is full


def test_content_licensed_to_a_list_of_firms_partners_each(read_pairs):
    found = read_pairs("Reddit已将内容授权给谷歌、OpenAI等公司用于AI训练。")
    assert {("Reddit", "partnered", "谷歌"), ("Reddit", "partnered", "OpenAI")} <= found


@pytest.mark.parametrize("text", [
    "Getty Images settled with Midjourney, and Microsoft with Perplexity.",
    "Getty Images settled with Midjourney, and Microsoft and Google with Perplexity.",
])
def test_a_name_told_before_the_preposition_again_heads_a_gapped_clause_not_the_list(read_pairs, text):
    found = read_pairs(text)
    assert ("Getty Images", "settled", "Midjourney") in found or ("Midjourney", "settled", "Getty Images") in found
    assert not {f for f in found if {f[0], f[2]} & {"Microsoft", "Google"} and "Getty Images" in (f[0], f[2])}
