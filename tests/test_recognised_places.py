"""kg.mentions.recognised: a body's or a law's name opening with a place another family found
alone (the place prefix of the model's span), typed by its own last word; kg.mentions.latin: a
law-shaped phrase that names no law (a heading's words the item writes in lower case, This Act)
(invented sentences)."""
from __future__ import annotations

import pytest

from kg.parser import parser

pytestmark = pytest.mark.skipif(parser() is None, reason="the English parsing model is not installed")


@pytest.mark.parametrize("text, name, type_", [
    ("Headquartered in Dallas, the Texas Cyber Command is positioned to become the largest state cyber unit.",
     "Texas Cyber Command", "Regulator"),
    ("In a separate ruling, the Ankara 7th Penal Judgeship of Peace had ordered the blocking of 50 posts.",
     "Ankara 7th Penal Judgeship of Peace", "Court"),
    ("Claims are brought under the Ohio Consumer Sales Practices Act and the Ohio Revised Code § 1345.02.",
     "Ohio Revised Code", "Law"),
    ("The bill grafts its rules onto the consumer laws enforced by the Utah Division of Consumer Protection "
     "under Utah Code § 13-2-1.", "Utah Code", "Law"),
])
def test_a_name_opening_with_a_place_is_the_whole_name_typed_by_its_last_word(names, text, name, type_):
    found = names(text)
    assert name in found and found[name].type == type_
    assert name.split()[0] not in found  # the place alone is no name of its own here


@pytest.mark.parametrize("text", [
    "Texas lawmakers met on Monday to debate the bill.",
    "Fans of the Texas Longhorns Marching Band filled the stands on Saturday.",  # no kind's word ends it
    "A reporter for the Ohio Valley Gazette asked the governor about the bill.",
])
def test_a_place_before_words_no_kind_ends_makes_no_body(names, text):
    assert not [m for m in names(text).values() if m.type in ("Regulator", "Court", "Law", "Legislature")]


def test_a_states_ag_is_its_attorney_generals_office_not_a_recognised_body(names):
    found = names("Several state officials wrote to the agency. California AG Dana Holt has been among the most vocal on AI.")
    # California AG: the state's attorney general (english/placed), no company and no body the model reads
    assert [(m.text, m.mechanism) for m in found.values() if m.type in ("Regulator", "Company")] == [("California AG", "english/placed")]


@pytest.mark.parametrize("text, name", [
    ("A May hearing was held.\nNew Guidelines\nThe Commission published new guidelines the same day.", "New Guidelines"),
    ("Draft Regulation\nThe ministry put out a draft regulation for comment on Friday.", "Draft Regulation"),
    ("The president signed an executive order on Friday. The Executive Order takes effect at once.", "Executive Order"),
    ("This Act is the result of long work between the department and lawmakers.", "This Act"),
    ("The board met in May. Such Regulation would need a vote of the members.", "Such Regulation"),
])
def test_a_law_shaped_heading_the_item_writes_in_lower_case_is_no_law(names, text, name):
    assert name not in names(text)


def test_a_law_named_in_full_stays_a_law_where_its_words_are_also_common(names):
    text = "The Artificial Intelligence Act was passed. The act covers artificial intelligence used in hiring."
    assert names(text)["Artificial Intelligence Act"].type == "Law"


@pytest.mark.parametrize("text, place", [
    ("ROME (AP) — Italy’s data watchdog fined the chatbot maker on Friday.", "ROME"),
    ("DENVER – Governor Dana Holt signed the bill into law on Monday after a long debate in the chamber.", "DENVER"),
    ("SEOUL, Jan. 14 (Korea Wire) — South Korea’s broadcasters sued the portal over its training data.", "SEOUL"),
    ("report.txt\nOSLO (Reuters) - Norway’s regulator fined the app maker on Tuesday.", "OSLO"),  # after a file's name as title
])
def test_a_dateline_opening_the_text_names_its_place(names, text, place):
    found = names(text)
    assert place in found and found[place].type == "Jurisdiction"


@pytest.mark.parametrize("text", [
    "BREAKING — Authors sued the chatbot maker in federal court over books used to train its models.",
    "EXCLUSIVE: The regulator is weighing a fine against the chatbot maker, people familiar said.",
    "MERIDIAN NEWSWIRE — The regulator is weighing a fine against the chatbot maker, people familiar said.",
    "report.txt\nPRACTICE POINTERS — Counsel should review vendor contracts for training clauses.",
])
def test_a_kickers_capitals_are_no_place(names, text):
    assert not [m for m in names(text).values() if m.type == "Jurisdiction"]


def test_a_legal_form_closes_the_first_of_two_companies_joined_by_and(names):
    found = names("Dow Jones & Company Inc. and NYP Holdings Inc., which publish two papers, sued the start-up.")
    assert "Dow Jones & Company Inc." in found
    assert any(name.startswith("NYP Holdings") for name in found)
    found = names("State Farm Fire and Casualty Company denied the claim.")
    assert found["State Farm Fire and Casualty Company"].type == "Company"  # no form before "and": one name


def test_a_datelines_outlet_in_brackets_is_no_other_name_of_its_place(names):
    found = names("ROME (AP) — Italy’s data watchdog fined the chatbot maker on Friday.")
    assert found["ROME"].type == "Jurisdiction" and "AP" not in found["ROME"].aliases
    assert "AP" in found
