"""A group read from the right over the last names of a long clause only (Grammar.nearest_group,
issue 52 item 5), or from the left over its first names (Grammar.first_group), is the group read
over all of them, and the work of finding it does not grow with the names before or after it."""
from __future__ import annotations

import random

import pytest

from kg.model import Mention

# the pieces of invented dense clauses: names of each kind, and what may stand between them (list
# words, a unit's or an owner's description, a place and 的 or a kind, 在, a passive, spaces, a cue)
NAMES = [("微软", "Company"), ("OpenAI", "Company"), ("谷歌", "Company"), ("张三", "Person"), ("李四", "Person"),
         ("美国", "Jurisdiction"), ("英国", "Jurisdiction"), ("工业与安全局", "Regulator"), ("欧盟委员会", "Regulator"),
         ("作家协会", "Organization"), ("《人工智能法》", "Law")]
GAPS = ["、", "、", "和", "与", "，", "的", "下属的", "旗下的", "首席执行官", "的母公司", "及其子公司", "在", "被",
        "科技公司", "人工智能公司", "   ", "起诉", "联合", "以及", "（", "）", "'s ", "前", "隶属于", ""]
TYPES = [{"Company", "Organization", "Regulator", "Person"}, {"Company"}, {"Jurisdiction", "Regulator"}]


def _clause(rng: random.Random, count: int) -> tuple[str, list[Mention]]:
    """A clause of ``count`` names; lists long or short, some names holding a place's (美国商务部:
    美国 inside it, both found)."""
    listing = rng.random()
    text, mentions = "", []
    for _ in range(count):
        text += rng.choice(("、", "和")) if rng.random() < listing else "".join(rng.sample(GAPS, rng.choice((1, 1, 2))))
        name, kind = rng.choice(NAMES)
        if rng.random() < 0.15:
            mentions.append(Mention("美国", "Jurisdiction", len(text), len(text) + 2))
            name = "美国" + name
        mentions.append(Mention(name, kind, len(text), len(text) + len(name)))
        text += name
    return text, sorted(mentions, key=lambda m: m.start)


@pytest.mark.parametrize("seed", range(60))
def test_the_nearest_group_of_the_last_names_is_the_group_of_all(pipeline, seed):
    grammar = pipeline.extractor.shared.grammar
    rng = random.Random(seed)
    text, mentions = _clause(rng, rng.choice((20, 60, 200)))
    for types in TYPES:
        for across_units in (True, False):
            dropped = {rng.randrange(len(mentions)) for _ in range(rng.randrange(4))}
            keep = [m for i, m in enumerate(mentions) if i not in dropped]
            expected = grammar.group(text, keep, types, from_right=True, across_units=across_units)
            found = grammar.nearest_group(text, mentions, types, lambda m: m in keep, across_units)
            assert found == expected, (text, types)


def test_a_kind_spaced_out_to_the_name_after_the_cut_is_still_read(pipeline):
    """英国   …   科技公司           X: a place whose kind's spaces run past the cut describes
    the name after them as read over all the names."""
    grammar = pipeline.extractor.shared.grammar
    listed = "".join(f"、微软{i}" for i in range(30))
    text = "英国科技公司" + " " * 200 + "张三" + listed
    mentions = [Mention("英国", "Jurisdiction", 0, 2)]
    mentions.append(Mention("张三", "Person", text.index("张三"), text.index("张三") + 2))
    mentions += [Mention(f"微软{i}", "Company", text.index(f"微软{i}、") if i < 29 else text.rindex("微软29"), 0)
                 for i in range(30)]
    mentions = [m if m.end else Mention(m.text, m.type, m.start, m.start + len(m.text)) for m in mentions]
    for types in TYPES:
        assert grammar.nearest_group(text, mentions, types, lambda m: True) == \
            grammar.group(text, mentions, types, from_right=True)



@pytest.mark.parametrize("seed", range(60))
def test_the_group_from_the_left_of_the_first_names_is_the_group_of_all(pipeline, seed):
    """Grammar.group read from the left (Grammar.first_group: the names listed after a word to its
    sentence's end) is what reading every name gives, with a stop or without."""
    grammar = pipeline.extractor.shared.grammar
    rng = random.Random(seed)
    text, mentions = _clause(rng, rng.choice((40, 120, 300)))
    for types in TYPES:
        for across_units in (True, False):
            for stop in (None, rng.randrange(len(text) + 1)):
                expected = grammar._group(text, mentions, types, False, stop, across_units)[0]
                assert grammar.group(text, mentions, types, from_right=False, stop=stop,
                                     across_units=across_units) == expected, (text, types, stop)


def test_a_kind_spaced_out_past_the_cut_from_the_left_is_still_read(pipeline):
    """微软0、…、英国科技公司           张三: from the left too, a place whose kind's spaces run past the
    cut describes the name after them (the place no member), as read over all the names."""
    grammar = pipeline.extractor.shared.grammar
    text, mentions = "", []
    for i in range(20):
        mentions.append(Mention(f"微软{i}", "Company", len(text), len(text) + len(f"微软{i}")))
        text += f"微软{i}、"
    mentions.append(Mention("英国", "Jurisdiction", len(text), len(text) + 2))
    text += "英国科技公司" + " " * 200
    for i in range(40):
        mentions.append(Mention(f"张{i}", "Person", len(text), len(text) + len(f"张{i}")))
        text += f"张{i}、"
    for types in TYPES + [{"Company", "Jurisdiction"}]:
        assert grammar.group(text, mentions, types, from_right=False) == \
            grammar._group(text, mentions, types, False, None, True)[0]


def test_a_group_from_the_left_reads_the_first_names_only(pipeline, monkeypatch):
    """The names a group from the left reads do not grow with the names listed after it (微软起诉
    OpenAI、微软起诉OpenAI、…: the group after the first cue is OpenAI and the 微软 listed after it)."""
    grammar = pipeline.extractor.shared.grammar
    read = []
    real = type(grammar)._group
    monkeypatch.setattr(type(grammar), "_group", lambda self, text, candidates, *rest: (
        read.append(len(candidates)), real(self, text, candidates, *rest))[1])
    for count in (100, 400):
        text, mentions = "", []
        for _ in range(count):
            for name, gap in (("微软", "起诉"), ("OpenAI", "、")):
                mentions.append(Mention(name, "Company", len(text), len(text) + len(name)))
                text += name + gap
        read.clear()
        assert grammar.group(text, mentions[1:], {"Company"}, from_right=False) == mentions[1:3]
        assert sum(read) < 40

def _asked(grammar, count: int) -> int:
    """How many names keep() is asked about for the cue ending a clause of ``count`` listed pairs
    (微软起诉OpenAI、微软起诉OpenAI、…: the group nearest the last cue is its last pair)."""
    text, mentions = "", []
    for _ in range(count):
        for name, gap in (("微软", "起诉"), ("OpenAI", "、")):
            mentions.append(Mention(name, "Company", len(text), len(text) + len(name)))
            text += name + gap
    asked = []
    grammar.nearest_group(text, mentions, {"Company"}, lambda m: asked.append(m) or True)
    return len(asked)


def test_the_names_asked_about_do_not_grow_with_the_names_before_them(pipeline):
    grammar = pipeline.extractor.shared.grammar
    assert _asked(grammar, 100) == _asked(grammar, 400) < 40


@pytest.mark.parametrize("seed", range(5))
def test_a_clause_start_found_by_bisection_is_the_scans(seed):
    import re

    from kg.facts.grammar import Grammar
    rng = random.Random(seed)
    text = "".join(rng.choice(("微软", "，", ",", "：", ":", "。", "a", " ")) for _ in range(300))
    for start in range(0, len(text), 7):
        for position in range(start, len(text) + 1, 5):
            scanned = max([start] + [m.end() for m in re.finditer("[，,：:]", text[:position])
                                     if m.start() >= start])
            assert Grammar.clause_start(text, start, position) == scanned


SKELETONS = ["⟨0⟩, a Florida mother, sued ⟨1⟩ and ⟨2⟩", "the German publisher ⟨0⟩ sued ⟨1⟩ in ⟨2⟩",
             "⟨0⟩ of Directors of ⟨1⟩ and ⟨2⟩ sued ⟨3⟩", "authors ⟨0⟩ and ⟨1⟩ filed a class action against ⟨2⟩",
             "⟨0⟩ v. ⟨1⟩, ⟨2⟩ v. ⟨3⟩", "the Toronto-based model developer ⟨0⟩ partnered with ⟨1⟩",
             "⟨0⟩ , the parent company of ⟨1⟩ , acquired ⟨2⟩ , a startup"]


def test_a_pattern_is_tried_on_a_skeleton_only_where_its_needs_are_there(pipeline):
    """Pattern.needs, a kind's words ({kind}) and a word kind's ({plaintiff_noun}) among them:
    whatever matches holds all of them, and a skeleton holding no word of a kind is not searched
    for the patterns that need one (the 100 KB English shapes: 0.14 CPU s each, for no match)."""
    english = next(f for f in pipeline.extractor.sentence_families if type(f).__name__ == "EnglishSentences").english
    kinded = [p for p in english.patterns if "{kind}" in p.text]
    assert kinded
    for skeleton in SKELETONS + ["⟨0⟩ and ⟨1⟩ of ⟨2⟩ sued ⟨3⟩ in ⟨4⟩ " * 20]:
        for pattern in english.patterns:
            if pattern.regex.search(skeleton):
                assert pattern.may_match(lambda need: need.found(skeleton)), (pattern.text, skeleton)
    without_kind = "⟨0⟩ and ⟨1⟩ of ⟨2⟩ sued ⟨3⟩ in ⟨4⟩ " * 20
    assert not any(p.may_match(lambda need: need.found(without_kind)) for p in kinded)
