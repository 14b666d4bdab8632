"""A state body's chair named by the body's initials before the holder (issue 49): the real
annotations read "FTC Chair" and "DPA chairman" as an office of its own (a Regulator), not the
body (kg.mentions.english.people BodyChairs).  Sentences written for the tests."""
from __future__ import annotations

import pytest

CHAIRS = [
    ("FTC Chair Lina Khan said the agency would keep watching the market.", "FTC Chair"),
    ("The EEOC Chair Charlotte Burrows welcomed the settlement on Friday.", "EEOC Chair"),
    ("SEC Chairman Gary Gensler warned about AI washing in a speech.", "SEC Chairman"),
]


@pytest.mark.parametrize("text, name", CHAIRS)
def test_a_known_bodys_chair_is_an_office(names, text, name):
    found = names(text)
    assert found[name].type == "Regulator" and found[name].mechanism == "english/chair"


def test_a_known_body_named_longer_opens_the_office(names):
    found = names("The Dutch DPA chairman Aleid Wolfsen said the database was illegal.")
    office = found["Dutch DPA chairman"]
    assert office.type == "Regulator" and "DPA chairman" in office.aliases


@pytest.mark.parametrize("text, body", [
    ("UMG Chairman Lucian Grainge praised the deal with the start-up.", "UMG"),  # a company's chair
    ("The FTC chair declined to comment.", "FTC"),  # no holder named after it
])
def test_no_office_without_a_state_body_and_its_holder(names, text, body):
    found = names(text)
    assert not any(m.mechanism == "english/chair" for m in found.values()) and body in found
