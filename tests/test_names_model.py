"""kg.mentions.recognised: the English parsing model's names where no family found one,
bounded and typed by the team's rules (invented sentences)."""
from __future__ import annotations

import pytest

from kg.model import Mention
from kg.mentions import FINDERS
from kg.mentions.recognised import RecognisedNames
from kg.mentions.words import vocabulary
from kg.parser import parser

pytestmark = pytest.mark.skipif(parser() is None, reason="the English parsing model is not installed")


@pytest.fixture(scope="module")
def finder() -> RecognisedNames:
    return RecognisedNames(vocabulary())


def names(finder: RecognisedNames, text: str, candidates: list[Mention] | None = None) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in finder.find(text, None, candidates or [])}


def test_registered_after_the_other_finders():
    assert FINDERS[-1] is RecognisedNames


@pytest.mark.parametrize("text, name", [
    ("The U.S. company Harlow Lane Holdings, LLC, known for producing films, filed a federal lawsuit against Meta.",
     "Harlow Lane Holdings, LLC"),
    ("A complaint filed by Quorvex Holdings, LLC accuses the app maker of copying.", "Quorvex Holdings, LLC"),
    ("Brightwater Analytics, Inc. sued the city on Monday.", "Brightwater Analytics, Inc."),
])
def test_a_legal_form_after_a_comma_belongs_to_the_company(finder, text, name):
    assert (name, "Company") in names(finder, text)


def test_a_title_before_a_person_is_no_part_of_the_name(finder):
    found = names(finder, "Governor Halvorsen informed reporters that he would veto the bill.")
    assert ("Halvorsen", "Person") in found
    assert not any(name.startswith("Governor") for name, _ in found)


def test_a_person_opening_with_a_known_given_name_and_a_company_after_its_kind(finder):
    found = names(finder, "The money came from investors, said Genevieve Halloway Brandt, a partner at the firm Quillmark Harbor Partners.")
    assert found >= {("Genevieve Halloway Brandt", "Person"), ("Quillmark Harbor Partners", "Company")}


@pytest.mark.parametrize("text, name, type_", [
    ("The Attorney General Alliance announced a task force with Quillmark Partners.", "Attorney General Alliance", "Organization"),
    ("The bill was drafted with the Harlow Robotics Institute.", "Harlow Robotics Institute", "Organization"),
])
def test_an_organisations_opening_role_words_stay_and_type_it(finder, text, name, type_):
    assert (name, type_) in names(finder, text)


@pytest.mark.parametrize("text", [
    "The Review Board said the review was over.",
    "Court of Appeals judges said the court erred.",
    "The Office refused it, and its Review Board upheld the refusal.",  # a part told by its owner
    "Lending rules were changed by the Reserve Bank in May.",  # a kind and one word: a short reference
])
def test_a_kind_after_words_the_item_writes_in_lower_case_is_a_description(finder, text):
    assert names(finder, text) == set()


def test_one_capitalised_word_the_model_alone_calls_a_name_is_none(finder):
    assert names(finder, "The complaint says InMail messages were read by Zorblax.") == set()


@pytest.mark.parametrize("text", [
    "Case Background\nThe firm said so.",  # a heading on a line of its own
    "The artist sang “Silver Morning Rain” at the event in May.",  # a work's title in quotation marks
    "Large Language Models were said to copy what large language models copy.",  # a term the item writes in lower case
    "KEY TAKEAWAYS FOR HARLOW VENTURES\nThe firm said so.",  # a cross-head in capitals
])
def test_what_is_no_name(finder, text):
    assert names(finder, text) == set()


def test_a_legal_form_continues_another_familys_case_and_company(finder):
    text = "See Marlow v. Tessaly Systems, Inc., 2023 WL 1."
    case = Mention("Marlow v. Tessaly Systems", "Case", 4, 29, mechanism="english/case")
    found = finder.find(text, None, [case])
    assert [(m.text, m.type, m.mechanism) for m in found if m.start == 4] == \
        [("Marlow v. Tessaly Systems, Inc.", "Case", "recognised/legal_form")]


def test_after_a_comma_a_two_letter_form_is_no_legal_form(finder):
    text = "Texas sued Orvane, AG Roe said."
    company = Mention("Orvane", "Company", 11, 17)
    assert not any(m.mechanism == "recognised/legal_form" for m in finder.find(text, None, [company]))


def test_no_name_where_a_family_found_one(finder):
    text = "Brightwater Analytics, Inc. sued the city on Monday."
    known = Mention("Brightwater Analytics, Inc.", "Company", 0, 27)
    assert finder.find(text, None, [known]) == []


@pytest.mark.parametrize("sentence", [
    "The judge ruled on Monday that the suit may go on.",  # only stops are capitalised
    "OpenHarbor起诉了该公司。",  # Chinese
    "The AI-generated songs were removed in May.",  # a description, a month
])
def test_sentences_not_worth_parsing(finder, sentence):
    from kg.mentions.base import Taken
    assert not finder.worth_reading(sentence, 0, len(sentence), Taken())


def test_a_bodys_members_word_alone_makes_no_sentence_worth_parsing(finder):
    from kg.mentions.base import Taken
    taken = Taken([(0, 12)])  # (Velmora Labs, another family's name)
    sentence = "Velmora Labs wrote to its Trustees on Monday."
    assert not finder.worth_reading(sentence, 0, len(sentence), taken)
    other = "Velmora Labs wrote to its Trustees and Quillon on Monday."
    assert finder.worth_reading(other, 0, len(other), taken)
