"""A suit's parties read whole where a list carries glosses or is told apart.

- kg.facts.grammar.bracketed_places: a place in the brackets right after a party's name glosses
  where the party is; it is no member of the list nor a break in it (Simplified, Traditional, and
  the English parse's names);
- kg.facts.litigation.Hearings.sued_in_passive: a suing verb's passive with its agent unnamed
  (X被一群插画师起诉) tells a suit of unnamed plaintiffs whose defendants are the names before it;
- kg.facts.litigation.ListedPlaintiffs: the plaintiff word's list may follow a count and kind of the
  plaintiffs and a word enumerating them (原告是三位插画师，分别是A、B和C; context.tsv enumerating).
"""
from __future__ import annotations

from functools import partial

import pytest


def _as_read(pipeline, text: str) -> str:
    from kg.script import is_traditional
    return pipeline.conversion(text) if is_traditional(text) else text


def _sued(facts) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in facts if r == "sued"}


GLOSSED = [  # (text, plaintiffs, defendants): places in brackets after the parties are glosses
    ("蓝鲸科技公司（美国）与金鹰文化公司对云帆智能公司（日本东京）和白鹭软件公司（英国伦敦）提起诉讼。",
     ("蓝鲸科技公司", "金鹰文化公司"), ("云帆智能公司", "白鹭软件公司")),
    ("藍鯨科技公司（美國）與金鷹文化公司對雲帆智能公司（日本東京）及白鷺軟體公司（英國倫敦）提出告訴。",
     ("藍鯨科技公司", "金鷹文化公司"), ("雲帆智能公司", "白鷺軟體公司")),
    # nested and unclosed brackets, as published: the second place glosses the first
    ("金鹰文化公司对云帆智能公司(美国加州)和白鹭软件公司(美国纽约州(美国纽约)提起诉讼。",
     ("金鹰文化公司",), ("云帆智能公司", "白鹭软件公司")),
]


@pytest.mark.parametrize("text, plaintiffs, defendants", GLOSSED)
def test_a_place_glossing_a_party_in_brackets_is_no_party(pipeline, read_facts, text, plaintiffs, defendants):
    read = partial(_as_read, pipeline)
    assert _sued(read_facts(read(text))) == {(read(p), read(d)) for p in plaintiffs for d in defendants}


def test_a_place_glossing_a_party_in_an_english_sentence_is_no_party(read_facts):
    facts = _sued(read_facts("Harbor News (US) and Zentek Media sued Quillsoft Inc. (San Francisco) in New York."))
    assert ("Harbor News", "Quillsoft Inc.") in facts
    assert not {name for pair in facts for name in pair} & {"US", "San Francisco", "美国", "旧金山"}


def test_a_place_named_apart_from_the_brackets_stays_a_party(read_facts):
    # trap: the state is sued in its own name (two defendants), only the place in brackets is a gloss
    facts = _sued(read_facts("金鹰文化公司（美国）对云帆智能公司和德克萨斯州提起诉讼。"))
    assert ("金鹰文化公司", "云帆智能公司") in facts and len(facts) == 2
    assert not any(t in ("美国", "美國") or h in ("美国", "美國") for h, t in facts)


COUNTED_LISTS = [  # (text, plaintiffs, defendant)
    ("云帆智能公司被一群插画师起诉。原告是三位插画师，分别是Lena Ortiz、Marco Feld和Ines Baum。",
     ("Lena Ortiz", "Marco Feld", "Ines Baum"), "云帆智能公司"),
    ("雲帆智能公司遭多名畫家控告。這起訴訟的原告為兩位畫家：Lena Ortiz和Marco Feld。",
     ("Lena Ortiz", "Marco Feld"), "雲帆智能公司"),
]


@pytest.mark.parametrize("text, plaintiffs, defendant", COUNTED_LISTS)
def test_plaintiffs_listed_after_their_count_sue_the_defendant_of_a_passive_suit(pipeline, read_facts, text,
                                                                                  plaintiffs, defendant):
    read = partial(_as_read, pipeline)
    assert _sued(read_facts(read(text))) == {(read(p), read(defendant)) for p in plaintiffs}


def test_a_passive_with_its_agent_named_is_no_suit_of_unnamed_plaintiffs(read_facts):
    # trap: the agent is named, so the cue family reads the suit; the listed plaintiff joins that suit
    facts = _sued(read_facts("云帆智能公司被蓝鲸科技公司起诉。原告还包括金鹰文化公司。"))
    assert facts == {("蓝鲸科技公司", "云帆智能公司"), ("金鹰文化公司", "云帆智能公司")}


def test_defendants_counted_with_bei_gao_are_no_passive(read_facts):
    # trap: 被告 (the defendants) after a count is no passive: no suit of unnamed plaintiffs against them
    facts = _sued(read_facts("云帆智能公司等两被告起诉的理由不成立。原告是两位画家，分别是Lena Ortiz和Marco Feld。"))
    assert facts == set()


@pytest.mark.parametrize("text", [
    "漫威、二十世纪福克斯和DC漫画联合起诉稀宇科技。",
    "漫威、二十世紀福斯與DC漫畫對稀宇科技提出告訴。",
])
def test_a_studio_known_by_its_former_name_stays_a_member_of_the_list(read_facts, pipeline, text):
    # the knowledge base knows 20th Century Studios by its former names (二十世纪福克斯, 二十世紀福斯): the list
    # is not cut at an unknown prefix (二十世纪) before a shorter known name (福克斯)
    read = partial(_as_read, pipeline)
    plaintiffs = {h for h, t in _sued(read_facts(read(text))) if t == "稀宇科技"}
    assert {"DC漫画", "漫威"} <= plaintiffs and len(plaintiffs) == 3 and "福克斯" not in plaintiffs


@pytest.mark.parametrize("text", [
    "云帆智能公司遭法院裁定撤回起诉。原告是两位画家，分别是Lena Ortiz和Marco Feld。",
    "云帆智能公司被法院驳回起诉。原告包括金鹰文化和白鹭软件。",
])
def test_a_court_acting_between_the_passive_and_the_suing_verb_is_no_passive_suit(read_facts, text):
    # trap: 被法院驳回起诉, 遭法院裁定撤回起诉 tell the company's own suit dismissed or withdrawn, no one suing it
    assert not any(t == "云帆智能公司" for _, t in _sued(read_facts(text)))
