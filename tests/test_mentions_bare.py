"""The bare family: a body named by its kind word alone after "the", in an item that never
names it in full, is a Regulator named by the word (sentences written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("The Commission has published guidance on model duties. It applies from March.", "Commission"),
    ("The AG alleges that Zorvex Labs misled its users about its chatbot.", "AG"),
    ("Brindle Analytics was fined last week. In a statement the DPA said the company had not replied.", "DPA"),
])
def test_a_bare_kind_word_after_the_is_a_regulator(names, text, word):
    found = names(text)
    assert found[word].type == "Regulator" and found[word].mechanism == "bare"


def test_every_place_the_item_writes_the_word_is_the_body(pipeline):
    mentions = pipeline.nlp("The DPA opened an inquiry. Brindle Analytics was fined by DPA in May.").user_data["mentions"]
    assert len([m for m in mentions if m.text == "DPA" and m.mechanism == "bare"]) == 2


def test_a_fuller_name_in_the_item_keeps_the_bare_word_its_own(names):
    found = names("The European Commission issued a code. The Commission said it would review it.")
    assert not [m for m in found.values() if m.mechanism == "bare"]


def test_the_word_running_on_into_a_heading_is_no_body(names):
    found = names("Commission Issues Guidelines For Model Providers\nThe Commission said the text applies in August.")
    assert "Commission Issues Guidelines For Model Providers" not in found or \
        found["Commission Issues Guidelines For Model Providers"].mechanism != "bare"
    assert found["Commission"].mechanism == "bare"


def test_a_word_never_written_after_the_is_no_body(names):
    found = names("Zorvex AG agreed to pay the fine to the regulator.")
    assert not [m for m in found.values() if m.mechanism == "bare"]


def test_the_one_country_of_the_item_does_not_place_a_bare_body(read_facts):
    found = read_facts("The DPA fined Brindle Analytics on Tuesday. Its database held photos of people in the United States, "
                       "and the DPA said it was illegal. Lawmakers in the United States welcomed the fine.",
                       title="Brindle Analytics fined for face database")
    assert ("DPA", "fined", "Brindle Analytics") in found
    assert not {f for f in found if f[0] == "DPA" and f[1] == "jurisdiction"}


@pytest.mark.parametrize("text, word, type_", [
    ("The ruling follows the majority view in the Court of Appeal. The top court threw out the appeal.", "Court of Appeal", "Court"),
    ("The Safe Images Act passed the House by a 310-9 vote in March.", "House", "Legislature"),
    ("The rules let the Returning Officer order a post taken down during the vote.", "Returning Officer", "Regulator"),
    ("The Chief Adviser told officials to draft the new fraud law within a month.", "Chief Adviser", "Regulator"),
])
def test_a_generic_title_after_the_is_its_body_of_its_kind(names, text, word, type_):
    found = names(text)
    assert found[word].type == type_ and found[word].mechanism == "bare"


def test_a_generic_title_in_its_possessive_is_the_body(names):
    found = names("Training on protected works is a question the Copyright Office's next report will take up.")
    assert found["Copyright Office"].type == "Regulator" and found["Copyright Office"].mechanism == "bare"


def test_a_longer_name_holding_the_title_keeps_it_that_names(names):
    found = names("The Court of Appeal for Ontario heard the case. The Court of Appeal said the claim could go ahead.")
    assert not [m for m in found.values() if m.mechanism == "bare"]


def test_a_title_inside_another_capitalised_name_is_no_body(names):
    found = names("The White House welcomed the vote. Staff at the Opera House said the House of Delegates met later.")
    assert not [m for m in found.values() if m.mechanism == "bare"]


def test_the_house_of_an_item_naming_its_parliament_is_that_parliament(names):
    found = names("Parliament passed the Fair Polls Bill on Tuesday. The minister told the House that filters are not covered.")
    assert not [m for m in found.values() if m.mechanism == "bare"]
