"""A group's units named together: a plural apposition (A and B, two affiliates of Y), the group's
titles after what it does to them (Y, the publisher of A and B; Y, which publishes A and B) or what it is
to them (Y, the parent company to A; Y, the media giant behind A and B; Y — steward of A and B), and a
Chinese list opened by a verb after the unit word and kind (某集团旗下媒体包括《A》和《B》)
(kg.facts.english partOf cues; kg.facts.ownership unit_gap with context.tsv unit_list_verb)."""
from __future__ import annotations

import pytest


def _part_of(found):
    return {(h, t) for h, r, t in found if r == "partOf"}


@pytest.mark.parametrize("sentence, units, parent", [
    ("Harwick Ledger Ltd. and Corvane Trading LLC, two affiliates of Brightmoor Inc., were named in the filing.",
     {"Harwick Ledger Ltd.", "Corvane Trading LLC"}, "Brightmoor Inc."),
    ("Harwick Ledger Ltd. and Corvane Trading LLC, both subsidiaries of Brightmoor Inc., filed the notice.",
     {"Harwick Ledger Ltd.", "Corvane Trading LLC"}, "Brightmoor Inc."),
    ("Harwick Ledger Ltd., Corvane Trading LLC and Pellham Media Inc., all wholly owned units of Brightmoor Inc., "
     "signed the deal.", {"Harwick Ledger Ltd.", "Corvane Trading LLC", "Pellham Media Inc."}, "Brightmoor Inc."),
    ("Instagram and WhatsApp are both subsidiaries of Meta.", {"Instagram", "WhatsApp"}, "Meta"),
])
def test_units_counted_in_a_plural_apposition_are_each_part_of_the_parent(read_facts, sentence, units, parent):
    assert {(unit, parent) for unit in units} <= _part_of(read_facts(sentence))


@pytest.mark.parametrize("sentence", [
    "Dalverton Group, which publishes the Harbor Times and the Evening Courier, sued OpenAI.",
    "Dalverton Group, which owns the Harbor Times and the Evening Courier, sued OpenAI.",
    "Dalverton Group, the parent of the Harbor Times and the Evening Courier, sued OpenAI.",
])
def test_each_title_a_group_publishes_or_owns_is_part_of_it(read_facts, sentence):
    assert {("Harbor Times", "Dalverton Group"), ("Evening Courier", "Dalverton Group")} <= _part_of(read_facts(sentence))


def test_the_publisher_apposed_takes_one_title_not_the_list_after_its_comma(read_facts):
    found = _part_of(read_facts("Dalverton Group, the publisher of the Harbor Times, sued OpenAI."))
    assert ("Harbor Times", "Dalverton Group") in found
    found = _part_of(read_facts("Dalverton Group, the publisher of the Harbor Times, and the Evening Courier, both owned by "
                                "Brightmoor Inc., sued OpenAI."))
    assert ("Evening Courier", "Dalverton Group") not in found


@pytest.mark.parametrize("sentence", [
    "Harwick Ledger Ltd. and Corvane Trading LLC, two customers of Brightmoor Inc., were named in the filing.",
    "Harwick Ledger Ltd. and Corvane Trading LLC, two rivals of Brightmoor Inc., were named in the filing.",
    "Dalverton Group, a partner of the Harbor Times, sued OpenAI.",
    "Dalverton Group, which sued the Harbor Times, lost.",
])
def test_customers_rivals_partners_and_acts_make_no_unit(read_facts, sentence):
    assert not _part_of(read_facts(sentence))


@pytest.mark.parametrize("sentence", [
    "北辰传媒集团旗下媒体包括《南湖日报》、《东岸晚报》。",
    "北辰传媒集团旗下报纸有《南湖日报》和《东岸晚报》。",
    "北辰传媒集团旗下拥有《南湖日报》、《东岸晚报》等媒体。",
    "北辰传媒集团旗下刊物涵盖《南湖日报》和《东岸晚报》。",
])
def test_a_chinese_list_opened_by_a_verb_after_the_unit_word_holds_the_groups_units(read_facts, sentence):
    assert {("南湖日报", "北辰传媒集团"), ("东岸晚报", "北辰传媒集团")} <= _part_of(read_facts(sentence))


@pytest.mark.parametrize("sentence", [
    "北辰传媒集团的合作媒体包括《南湖日报》和《东岸晚报》。",
    "北辰传媒集团的竞争对手包括《南湖日报》和《东岸晚报》。",
    "北辰传媒集团计划收购的媒体包括《南湖日报》和《东岸晚报》。",
])
def test_partners_rivals_and_targets_listed_after_a_group_are_no_units(read_facts, sentence):
    assert not _part_of(read_facts(sentence))


@pytest.mark.parametrize("sentence", [
    "北辰傳媒集團旗下媒體包括《南湖日報》、《東岸晚報》。",
    "北辰傳媒集團旗下報紙有《南湖日報》和《東岸晚報》。",
])
def test_a_traditional_list_opened_by_a_verb_is_read_as_its_simplified_reading(read_facts, as_read, sentence):
    assert {("南湖日报", "北辰传媒集团"), ("东岸晚报", "北辰传媒集团")} <= _part_of(read_facts(as_read(sentence)))


def test_the_names_a_kind_lists_with_such_as_are_its_members(read_facts):
    found = read_facts("Reddit has signed licensing deals with companies such as Cohere and Mistral AI.")
    assert {t for h, r, t in found if r == "partnered" and h == "Reddit"} >= {"Cohere", "Mistral AI"}, found


def test_the_names_a_kind_lists_with_including_are_its_members(read_facts):
    found = read_facts("Reddit has reached licensing agreements with giants including Cohere and Mistral AI.")
    assert {t for h, r, t in found if r == "partnered" and h == "Reddit"} >= {"Cohere", "Mistral AI"}, found


@pytest.mark.parametrize("sentence", [
    "Dalverton Group, the parent company to the Harbor Times and the Evening Courier, announced a deal.",
    "Dalverton Group, the digital media giant behind the Harbor Times, the Evening Courier, and more, sued OpenAI.",
    "Dalverton Group, a regional news conglomerate behind the Harbor Times and the Evening Courier, sued OpenAI.",
    "Media heavyweight Dalverton Group — steward of the Harbor Times, the Evening Courier, and thirty other "
    "mastheads has sued OpenAI.",
])
def test_a_media_group_told_by_the_titles_it_stands_behind_owns_them(read_facts, sentence):
    assert {("Harbor Times", "Dalverton Group"), ("Evening Courier", "Dalverton Group")} <= _part_of(read_facts(sentence))


@pytest.mark.parametrize("sentence", [
    "Dalverton Group, the start-up behind the Harbor Times, sued OpenAI.",
    "Dalverton Group, the law firm behind the Harbor Times suit, sued OpenAI.",
    "Dalverton Group, a partner to the Harbor Times, sued OpenAI.",
    "Dalverton Group — a rival of the Harbor Times — sued OpenAI.",
])
def test_a_firm_behind_or_beside_a_title_without_a_word_of_media_or_ownership_owns_none(read_facts, sentence):
    assert ("Harbor Times", "Dalverton Group") not in _part_of(read_facts(sentence))
