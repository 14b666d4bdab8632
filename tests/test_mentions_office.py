"""kg.mentions.office: an office named bare right before its holder is a Regulator, the
holder a separate Person (sentences written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, office, holder", [
    ("总统赖清德昨日公布《数位中介服务法》。", "总统", "赖清德"),
    ("该法案由总检察长马克·德赖弗斯于去年提出。", "总检察长", "马克·德赖弗斯"),
])
def test_a_bare_office_before_its_holder_is_a_regulator(names, text, office, holder):
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "office")
    assert found[holder].type == "Person"


@pytest.mark.parametrize("text", [
    "前任总统乔·拜登出席了会议。",  # holds the office no more
    "法国驻华大使馆与总统府均未回应。",  # no holder named
])
def test_no_office_after_a_qualifier_or_without_a_holder(names, text):
    assert not any(m.mechanism == "office" for m in names(text).values())


def test_the_office_and_its_holder_both_issue(read_facts):
    found = read_facts("总统赖清德昨日公布《数位中介服务法》。")
    assert {h for h, r, t in found if r == "issued"} == {"总统", "赖清德"}


@pytest.mark.parametrize("text, office, holder", [
    ("Governor Dana Whitcombe signed Senate Bill 412 on Tuesday.", "Governor", "Dana Whitcombe"),
    ("On Friday, Gov. Dana Whitcombe signed the Harbor Data Act.", "Gov.", "Dana Whitcombe"),
    ("The bill was signed by President Orrin Castellane last week.", "President", "Orrin Castellane"),
    ("Under the law, Attorney General Priya Talwood may bring civil actions.", "Attorney General", "Priya Talwood"),
    ("该法律由州长马丁·霍尔布鲁克签署生效。", "州长", "马丁·霍尔布鲁克"),
])
def test_a_bare_office_in_english_or_a_governor_before_its_holder_is_a_regulator(names, text, office, holder):
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "office")
    assert found[holder].type == "Person"


@pytest.mark.parametrize("text", [
    "Former Governor Dana Whitcombe criticised the bill.",  # holds the office no more
    "Vice President Orrin Castellane spoke at the summit.",  # another office
    "Lieutenant Governor Dana Whitcombe presided over the Senate.",
    "the governor Dana Whitcombe said",  # not capitalised: a description
])
def test_no_english_office_after_a_qualifier_or_in_lower_case(names, text):
    assert not any(m.mechanism == "office" for m in names(text).values())


def test_an_english_bare_office_issues_what_its_holder_signed(read_facts):
    found = read_facts("Gov. Dana Whitcombe signed the Harbor Data Act on Friday.")
    assert ("Gov.", "issued", "Harbor Data Act") in found


@pytest.mark.parametrize("text, office", [
    ("The bill cleared the Senate. Governor Dana Whitcombe signed it on Tuesday.", "Governor"),
    ("Lawmakers met in Texas. President Orrin Castellane spoke after them.", "President"),
])
def test_an_english_office_opening_a_sentence_after_a_capitalised_word_is_a_regulator(names, text, office):
    # the word before it ends the sentence before (kg.sentences): no place or qualifier of the office
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "office")


def test_an_english_office_after_an_abbreviated_place_is_no_bare_office(names):
    # N.Y. ends no sentence before Governor (sentences.tsv name_end): the place's office, not a bare one
    assert not any(m.mechanism == "office" for m in names("N.Y. Governor Dana Whitcombe signed it.").values())
