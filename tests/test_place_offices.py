"""An office one holder fills, named by its place right before the holder (english.tsv place_office:
Chief Minister, Sheriff, Police Commissioner, Information Commissioner; place_person_office, a rank or
the place's possessive between: Chief Minister, Sheriff; county_body Sheriff): a Regulator node named
as written, with the place's `jurisdiction` edge (bench/real/README.md: an office written with its
place whose holder acts or speaks in office).  Sentences and people invented for the tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "office", "place"), [
    ("The film featured Dara Venn, son of Andhra Pradesh Deputy Chief Minister and actor Ravi Kanth.",
     "Andhra Pradesh Deputy Chief Minister", "Andhra Pradesh"),  # a rank between the place and the office
    ("\"We will not allow it,\" said Detroit Police Commissioner Marcus Hale on Monday.",
     "Detroit Police Commissioner", "Detroit"),
    ("The ruling was welcomed by UK Information Commissioner Jane Fell in a statement.",
     "UK Information Commissioner", "UK"),
    ("After the arrest, Harris County Sheriff Tom Greer said the case was the first of its kind.",
     "Harris County Sheriff", "Harris County"),
])
def test_a_known_place_before_an_office_one_holder_fills_is_that_office(names, read_facts, text, office, place):
    found = names(text)
    assert office in found and found[office].type == "Regulator"
    assert any(head == office and relation == "jurisdiction" for head, relation, _ in read_facts(text))


def test_a_county_no_file_lists_before_its_sheriff_is_the_sheriffs_office_and_place(names, read_facts):
    text = "Later, Brenmoor County Sheriff Tom Greer said his deputies had found the images."
    found = names(text)
    assert found["Brenmoor County Sheriff"].type == "Regulator"
    assert ("Brenmoor County Sheriff", "jurisdiction", "Brenmoor County") in read_facts(text)


@pytest.mark.parametrize(("text", "not_office"), [
    ("The Harris County Sheriff's Office arrested the man in May.", "Harris County Sheriff"),  # the body, whole
    ("A Detroit police commissioner declined to comment.", "Detroit police commissioner"),  # lower case: no name
    ("Australia's Privacy Commissioner found the retailer had breached the law.", "Australia's Privacy Commissioner"),
])
def test_no_place_office_where_the_name_goes_on_or_is_no_name(names, text, not_office):
    assert not_office not in names(text)
