"""kg.facts.seat: a reference back told with a place seats the name it stands for."""
from __future__ import annotations


def test_a_place_before_the_reference_noun_seats_the_company_named_before(read_facts):
    facts = read_facts("Klarna reported higher losses on Monday. The Stockholm lender plans to list its shares in New York.",
                       title="Klarna results", objects=True)
    seats = {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"}
    assert ("Klarna", "Stockholm") in seats


def test_a_nationality_before_the_reference_noun_seats_the_company_in_the_place_the_item_names(read_facts):
    facts = read_facts("Regulators in Sweden questioned Klarna about its lending practices last week. "
                       "The Swedish company said it would answer every question.", title="Klarna", objects=True)
    seats = [f for f in facts if f.rule == "seat"]
    assert [(f.head.text, f.relation) for f in seats] == [("Klarna", "jurisdiction")]
    assert seats[0].tail.type == "Jurisdiction" and seats[0].evidence.sentence.startswith("The Swedish company")


def test_a_nationality_alone_names_no_place(read_facts):
    facts = read_facts("Regulators questioned Klarna about its lending practices last week. "
                       "The Swedish company said it would answer every question.", title="Klarna", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_reference_without_a_place_seats_nothing(read_facts):
    facts = read_facts("Klarna reported higher losses on Monday. The company plans to list its shares soon.",
                       title="Klarna results", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_person_is_never_seated_by_a_reference(read_facts):
    facts = read_facts("Sam Altman spoke in Tokyo on Monday. The Californian executive said little about the deal.",
                       title="Altman", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_reference_in_a_clause_without_its_own_subject_stands_for_the_object_before(read_facts):
    facts = read_facts("Two states sued Brightwell Systems on Tuesday, accusing the Austin, Texas-based software "
                       "company of fixing prices.", title="Brightwell", objects=True)
    seats = {(f.head.text, f.tail.text) for f in facts if f.relation == "jurisdiction" and f.head.text == "Brightwell Systems"}
    assert {("Brightwell Systems", "Austin"), ("Brightwell Systems", "Texas")} <= seats


def test_a_reference_after_the_sentences_own_subject_is_not_that_subject(read_facts):
    facts = read_facts("Databricks, which sells data tools, bought the San Francisco-based start-up.",
                       title="Databricks", objects=True)
    assert not [f for f in facts if f.relation == "jurisdiction" and f.head.text == "Databricks"]


def test_a_nationality_in_capitals_seats_the_reference(read_facts):
    facts = read_facts("A Danish group filed a complaint against Brightwell Systems in Copenhagen. The UK company "
                       "said it would answer.", title="Brightwell", objects=True)
    assert ("Brightwell Systems", "UK") in {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"}


def test_a_nationality_and_a_kind_right_after_a_name_seat_it_where_the_item_names_the_country(read_facts):
    facts = read_facts("Voxlane, a German speech AI startup, signed a deal with a carmaker. "
                       "Lawmakers in Germany welcomed the agreement.", title="Voxlane deal", objects=True)
    assert {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"} == {("Voxlane", "Germany")}


def test_a_nationality_after_a_name_seats_nothing_where_the_item_names_no_country(read_facts):
    facts = read_facts("Voxlane, a German speech AI startup, signed a deal with a carmaker.", title="Voxlane deal",
                       objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_nationality_describing_a_person_after_the_name_seats_nothing(read_facts):
    facts = read_facts("Jane Roe, a German lawyer, sued Voxlane in Germany.", title="Voxlane suit", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_place_based_apposition_seats_the_name_before_it_whatever_noun_follows(read_facts):
    # "search engine" is no reference noun, and a comma parts -based from it
    found = read_facts("Last spring Oracle bought Quillmate, the Mountain View-based, privacy-first search engine.")
    assert ("Quillmate", "jurisdiction", "Mountain View") in found


def test_a_place_before_based_and_a_kind_seats_the_company_named_right_after(read_facts):
    facts = read_facts("The regulator fined Denver-based payments processor Quillfeather Holdings LLC on Friday.",
                       title="Fine", objects=True)
    assert ("Quillfeather Holdings LLC", "Denver") in {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"}


def test_a_based_reference_followed_by_a_verb_seats_no_later_name(read_facts):
    facts = read_facts("The Denver-based company said Quillfeather Holdings LLC would pay the fine.",
                       title="Fine", objects=True)
    assert not [f for f in facts if f.rule == "seat" and f.head.text == "Quillfeather Holdings LLC"]


def test_a_society_described_by_its_nationality_after_its_name_sits_in_that_country(read_facts):
    found = read_facts("Koda, the Danish society, met OpenAI officials in Denmark last week.")
    assert ("Koda", "jurisdiction", "Denmark") in found
