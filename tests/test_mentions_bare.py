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
