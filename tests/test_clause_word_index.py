"""The indexes that keep a dense Chinese sentence's cost down (issue 52 item 5: 微软起诉OpenAI、… of
100 KB) read what the scans they replace read: each checked against the brute force on random
inputs (grammar.Words, grammar.covering, the cue filters, coordinated memoised, the copyright mark
before a name, the fronted purchase marker's window)."""
from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from kg.facts.grammar import Words, covering
from kg.facts.imprint import _MARK_BEFORE, Imprints
from kg.model import Mention, inside_any


def _text(rng: random.Random, pieces: tuple[str, ...], count: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(count))


def test_words_occur_and_last_as_the_scans():
    """Words.occurs is any(word in text[start:end]) and Words.last is max(text.rfind(word, start, end)),
    overlapping words and words one inside another included."""
    rng = random.Random(40)
    alphabet = ("并", "未", "并未", "尚未", "将", "起诉", "可能", "能", "、", "，", "a", "ab", "not")
    for _ in range(800):
        words = Words(rng.sample(("并未", "未", "尚未", "可能", "能可", "not", "ab", "b"), rng.randint(1, 4)))
        text = _text(rng, alphabet, rng.randint(0, 30))
        for _ in range(8):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert words.occurs(text, start, end) == any(w in text[start:end] for w in words.words), (text, start, end)
            assert words.last(text, start, end) == max(text.rfind(w, start, end) for w in words.words), (text, start, end)


def test_words_are_found_again_for_another_text():
    words = Words(("未",))
    assert words.occurs("甲未乙", 0, 3)
    assert not words.occurs("甲乙丙", 0, 3)  # (the places of the first text are not kept for the second)
    assert Words(()).occurs("未", 0, 1) is False


def test_covering_is_inside_any():
    rng = random.Random(41)
    for _ in range(500):
        mentions = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 40)
            mentions.append(Mention("x", "Company", start, start + rng.randint(1, 12)))
        mentions.sort(key=lambda m: m.start)
        covered = covering(mentions)
        for position in range(-1, 55):
            assert covered(position) == inside_any(position, mentions), (mentions, position)


@pytest.fixture(scope="module")
def cues(pipeline):
    return next(f for f in pipeline.extractor.sentence_families if type(f).__name__ == "Cues")


@pytest.mark.parametrize("relation", ["sued", "fined"])
def test_cue_filters_on_words_as_on_the_clause(cues, relation):
    """The negation and intention filters, read by bisection over where the words stand, stop the
    cues the clause's own scan stops (a compound holding an intention's word, 虚拟, tells none)."""
    rng = random.Random(42)
    pieces = ("微软", "起诉", "OpenAI", "、", "并未", "未", "考虑", "计划", "的收购计划", "虚拟", "拟", "模拟", "可能",
              "可能性", "威胁", "，", "否认", "将")
    negated = next(f for f in cues.filters if f.name == "negated")
    intended = next(f for f in cues.filters if f.name == ("intended" if relation == "sued" else "weighed-sanction"))
    intention = cues.act_intention if relation == "sued" else cues.sanction_intention
    for _ in range(600):
        text = _text(rng, pieces, rng.randint(1, 20))
        cue_start = rng.randint(0, len(text))
        clause_start = rng.randint(0, cue_start)
        clause = text[clause_start:cue_start]
        at = SimpleNamespace(text=text, clause_start=clause_start, clause=clause,
                             cue=SimpleNamespace(start=cue_start, relation=relation))
        assert negated.test(cues, at) == (any(n in clause for n in cues.negation) or clause.endswith("未")), text
        assert intended.test(cues, at) == cues.intends(clause, intention), (text, clause)


def test_coordinated_memoised_answers_as_asked_in_any_order(pipeline):
    """coordinated is kept per pair of names of a text and what describes the right one: asked in
    another order from an empty memory, each question gets the answer it got first."""
    grammar = pipeline.extractor.shared.grammar
    rng = random.Random(45)
    pieces = ("微软", "谷歌", "、", "和", "与", "下属的", "首席执行官", "在", "的", "美国", "，", "（OpenAI）", "张三")
    questions = []
    for _ in range(300):
        text = _text(rng, pieces, rng.randint(2, 10))
        a_start = rng.randint(0, len(text) - 1)
        b_start = rng.randint(a_start + 1, len(text))
        a = Mention(text[a_start:a_start + 1], rng.choice(("Company", "Person", "AIModel")), a_start, a_start + 1)
        b = Mention(text[b_start:b_start + 2], rng.choice(("Company", "Person", "AIModel")), b_start, b_start + 2)
        described = rng.choice(({}, {id(b): rng.randint(a.end, b.start)}))
        questions.append((text, a, b, described))
    first = [grammar.coordinated(text, a, b, False, described) for text, a, b, described in questions]
    grammar.joined.cache_clear()
    order = list(range(len(questions)))
    rng.shuffle(order)
    again = {number: grammar.coordinated(*questions[number][:3], False, questions[number][3]) for number in order}
    assert [again[number] for number in range(len(questions))] == first


def test_the_copyright_mark_before_a_name_as_the_search_from_the_start():
    rng = random.Random(43)
    pieces = ("©", "(c)", "(C)", " ", "2024", " 2024 ", "Acme", "，", "(", "c", ")", "\n")
    for _ in range(1500):
        text = _text(rng, pieces, rng.randint(0, 12))
        start = rng.randint(0, len(text))
        mention = Mention("Acme", "Company", start, start + 4, mechanism="english")
        assert Imprints.after_mark(text, mention) == bool(_MARK_BEFORE.search(text, 0, start)), (text, start)


def test_the_fronted_purchase_marker_is_found_in_its_window(pipeline):
    """The marker (对/将/把 and a short description) ends at the name, so searching only as many
    characters before it as it can span finds what the search from the clause's start finds."""
    from kg.facts.purchase import DESCRIPTION
    family = next(f for f in pipeline.extractor.sentence_families if type(f).__name__ == "FrontedPurchases")
    rng = random.Random(44)
    pieces = ("对", "将", "把", "以色列初创公司", "、", "和", "，", "AI", "公司", "的")
    for _ in range(1500):
        text = _text(rng, pieces, rng.randint(0, 14))
        end = rng.randint(0, len(text))
        whole = family.marker.search(text, 0, end)
        window = family.marker.search(text, max(0, end - DESCRIPTION - 1), end)
        assert (whole and (whole.span(), whole.group(1))) == (window and (window.span(), window.group(1))), (text, end)
