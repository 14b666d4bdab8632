"""The shared grammar (kg/facts/grammar.py): the patterns several families read alike
(sentences written for the tests)."""
from __future__ import annotations

import pytest

import re

from kg.facts.grammar import cited_patterns, classifiers, count_value, counted

CITING, TOLD = ("据", "根据", "援引", "according to"), ("报道", "报导", "称", "reported")


def _cited(text: str, name: str) -> tuple[bool, bool]:
    opening, closing = cited_patterns(CITING, TOLD)
    start = text.index(name)
    return opening.search(text, 0, start) is not None, closing.match(text, start + len(name)) is not None


@pytest.mark.parametrize("text, name", [
    ("据路透社周二报道，甲公司起诉乙公司。", "路透社"),
    ("根据 Reuters（路透社）的最新报导，甲公司起诉乙公司。", "路透社"),
    ("据《江城日报》报道，甲公司起诉乙公司。", "江城日报"),
    ("据「江城日报」称，甲公司起诉乙公司。", "江城日报"),  # Taiwan's marks (kg.cases reads a Traditional text simplified)
])
def test_an_outlet_between_a_citing_word_and_its_report_word_is_cited(text, name):
    assert _cited(text, name) == (True, True)


def test_an_english_outlet_after_according_to_the_is_cited_without_a_report_word():
    assert _cited("According to the Harbor Wire, Acme sued Zorbi.", "Harbor Wire")[0]


@pytest.mark.parametrize("text, name", [
    ("甲公司根据协议起诉乙公司。", "乙公司"),
    ("甲公司起诉乙公司侵权。", "乙公司"),
    ("The data cited by Acme reported nothing.", "Acme"),  # no citing word before: "cited by" is none
])
def test_a_party_with_no_citing_word_before_it_is_not_cited(text, name):
    assert not _cited(text, name)[0]


def test_a_place_in_brackets_glosses_only_the_name_right_before_them():
    """grammar.bracketed_places: Suno（美国马萨诸塞州）, Reddit (US), a gloss of a gloss; not a place whose
    bracket opens far before it or after another word, nor one past a closed bracket."""
    from kg.facts.grammar import bracketed_places
    from kg.model import Mention

    def glosses(text, *names):
        found = [Mention(n, t, text.index(n), text.index(n) + len(n)) for n, t in names]
        return sorted(m.text for m in found if id(m) in bracketed_places(text, found))
    assert glosses("Suno（美国马萨诸塞州）和Udio（美国纽约州（纽约））", ("Suno", "Company"), ("美国马萨诸塞州", "Jurisdiction"),
                   ("Udio", "Company"), ("美国纽约州", "Jurisdiction"), ("纽约", "Jurisdiction")) == ["纽约", "美国纽约州", "美国马萨诸塞州"]
    assert glosses("Reddit  (US) sued", ("Reddit", "Company"), ("US", "Jurisdiction")) == ["US"]
    assert glosses("Reddit (a forum in the US) sued", ("Reddit", "Company"), ("US", "Jurisdiction")) == []
    assert glosses("Reddit (forum) and US", ("Reddit", "Company"), ("US", "Jurisdiction")) == []
    assert glosses("法院（本案）判决美国", ("法院", "Court"), ("美国", "Jurisdiction")) == []


def _mentions(text: str, *names: tuple[str, str]) -> list:
    from kg.model import Mention
    return [Mention(name, kind, text.index(name), text.index(name) + len(name)) for name, kind in names]


@pytest.mark.parametrize("text, names, expected", [
    # each member with its article (sued46)
    ("They are the Harbor Wire, the Valley Ledger and the Dune Times.",
     (("Harbor Wire", "Company"), ("Valley Ledger", "Company"), ("Dune Times", "Company")), 3),
    # one name described by the next after its article: no list
    ("It sued the Zorbi Labs, the Kestra developer, on Monday.", (("Zorbi Labs", "Company"), ("Kestra", "Company")), 1),
    # an English person's title after the joiner, an appositive title after the name before
    ("They included comedian Ana Soto and authors Tom Reyes and Ben Carr.",
     (("Ana Soto", "Person"), ("Tom Reyes", "Person"), ("Ben Carr", "Person")), 3),
    ("They include Lisa Barr, author of eleven books on gardens, Phil Shaw, author of two memoirs, and Jane Ady.",
     (("Lisa Barr", "Person"), ("Phil Shaw", "Person"), ("Jane Ady", "Person")), 3),
    # a title no person's (the plaintiffs' lawyer) does not join
    ("They included Ana Soto and lawyer Tom Reyes.", (("Ana Soto", "Person"), ("Tom Reyes", "Person")), 1),
])
def test_english_lists_through_articles_and_titles(pipeline, text, names, expected):
    grammar = pipeline.extractor.shared.grammar
    assert len(grammar.group(text, _mentions(text, *names), {"Company", "Person"}, from_right=False)) == expected


_CLASSIFIERS = {"person_classifier": ("人", "名", "位"), "body_classifier": ("家", "间", "間", "所"), "party_classifier": ("个", "個")}


@pytest.mark.parametrize("text, count, types", [
    ("三位作家", 3, {"Person"}), ("兩間公司", 2, {"Company", "Organization"}), ("12名原告", 12, {"Person"}),
    ("两个原告", 2, {"Person", "Company", "Organization"}),
])
def test_a_chinese_count_and_its_classifier_tell_how_many_and_of_what(text, count, types):
    told = re.match(counted(_CLASSIFIERS), text)
    assert count_value(told.group("count")) == count and classifiers(_CLASSIFIERS)[told.group("unit")] == types


def test_a_vague_count_is_read_only_where_asked_and_has_no_value():
    assert re.match(counted(_CLASSIFIERS), "十几家出版商") is None
    told = re.match(counted(_CLASSIFIERS, vague=True), "十几家出版商")
    assert told.group("count") == "十几" and count_value("十几") is None and count_value("three") == 3


# An office its holder has left (Grammar.former_office): the word of leaving right before it, not a
# time word ending in the same character (日前, 目前, 此前: a few days ago, now, before this).
@pytest.mark.parametrize("when", ["", "日前", "目前", "此前"])
def test_an_office_after_a_time_word_ending_in_qian_acts(read_facts, when):
    found = read_facts(f"{when}甲州州长罗文签署了《甲州人工智能安全法》。")
    assert ("甲州州长", "issued", "甲州人工智能安全法") in found, found


def test_an_office_its_holder_has_left_does_not_act(read_facts):
    found = read_facts("前甲州州长罗文签署了《甲州人工智能安全法》。")
    assert not any(h == "甲州州长" and r == "issued" for h, r, _ in found), found
