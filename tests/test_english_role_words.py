"""Persons beside a role word of data/lexicon/english.tsv (kg.mentions.english.people.Persons):
a financial or operating officer, a deputy before the name, a minister or a head after it
(invented names)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def names(pipeline):
    def find(text: str) -> dict[str, object]:
        return {m.text: m for m in pipeline.nlp(text).user_data["mentions"]}
    return find


@pytest.mark.parametrize("sentence, name", [
    ("The chief executive, current CFO Kevan Tarrowby, and two directors are named as defendants.", "Kevan Tarrowby"),
    ("Deputy Tô Ái Quarn of Vexlo Province said that the law is essential.", "Tô Ái Quarn"),
    ("In a statement released by Babatunde Quellowe, Head of Legal and Enforcement, the commission said more.", "Babatunde Quellowe"),
    ("Speaking at a press conference, Minoru Tarrochi, minister of state for digital strategy, informed reporters.", "Minoru Tarrochi"),
])
def test_a_role_word_beside_a_name_makes_a_person(names, sentence, name):
    assert names(sentence)[name].type == "Person"


def test_a_deputy_office_keeps_its_holder(names):
    found = names("The order was read out by Deputy Attorney General Lisa Quarrow on Monday.")
    assert found["Lisa Quarrow"].type == "Person"
