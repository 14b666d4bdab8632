"""English entity shapes of news writing that unseen text showed missing (issue 49, enent41):
invented sentences, several wordings per shape."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, person", [
    ("On March 3, the Honorable Dana Whitcombe for the United States District Court approved the deal.", "Dana Whitcombe"),
    ("The Honourable Rose Castellan granted final approval to the settlement.", "Rose Castellan"),
    ("Hon. Marcus Ellery presided over the hearing in Boston.", "Marcus Ellery"),
    ("Advocate Praveen Raghu, appearing for the singer, told the court the clips were fake.", "Praveen Raghu"),
    ("Senior Advocate Mira Kothandan argued that the voice had been cloned.", "Mira Kothandan"),
])
def test_a_person_after_a_courtroom_honorific_is_the_name_alone(names, sentence, person):
    found = names(sentence)
    assert found[person].type == "Person"
    assert not any(name.startswith(("Honorable", "Honourable", "Hon.", "Advocate", "Senior")) for name in found)


@pytest.mark.parametrize("sentence, first, second", [
    ("The estate sued the podcast and its hosts Will Barnes and Chad Kultgen for infringement.", "Will Barnes", "Chad Kultgen"),
    ("Co-hosts Ellis Varga and Noor Halabi said the episode was satire.", "Ellis Varga", "Noor Halabi"),
    ("The label was sued by singers Ada Lorne and Pia Venn over cloned vocals.", "Ada Lorne", "Pia Venn"),
])
def test_both_persons_after_a_plural_role_are_persons(names, sentence, first, second):
    found = names(sentence)
    assert found[first].type == "Person" and found[second].type == "Person"
    assert "Chad" not in found  # a given name that is also a country's is no place here


def test_a_word_of_a_title_is_no_person_without_two_names_after_it(names):
    found = names("Advocate groups welcomed the ruling, and the Honorable court said so.")
    assert not any(mention.type == "Person" for mention in found.values())


@pytest.mark.parametrize("sentence, listed", [
    ("The case was argued by Advocate Ravi Anand, assisted by advocates Mira Mittal, Dev Mithal, and Sona Sharma.",
     ["Mira Mittal", "Dev Mithal", "Sona Sharma"]),
    ("The firm's attorneys Ana Ortiz, Ben Cole and Cara Diaz signed the brief.", ["Ana Ortiz", "Ben Cole", "Cara Diaz"]),
    ("Lawyers Tomas Greer and Ines Vidal filed the motion on Friday.", ["Tomas Greer", "Ines Vidal"]),
])
def test_each_name_of_a_list_after_a_plural_role_is_a_person(names, sentence, listed):
    found = names(sentence)
    assert all(found[name].type == "Person" for name in listed)
    assert not any("," in name or name.startswith(" ") for name in found)
