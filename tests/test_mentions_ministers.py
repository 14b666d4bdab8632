"""The ministers family: an English office title naming its portfolio is a Regulator
(sentences written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, office", [
    ("The scheme was announced by Maria Kovac, the Minister of Rural Affairs and Fisheries, in Halifax.",
     "Minister of Rural Affairs and Fisheries"),
    ("Union Minister for Ports and Shipping Arun Das opened the hearing.", "Union Minister for Ports and Shipping"),
    ("Secretary for Housing, Planning and Transport Lee Wai said the rule would apply.",
     "Secretary for Housing, Planning and Transport"),
])
def test_an_office_naming_its_portfolio_is_a_regulator(names, text, office):
    found = names(text)
    assert found[office].type == "Regulator"


def test_the_holder_after_the_title_stays_a_person(names):
    found = names("Deputy Minister of Trade Arun Das signed it.")
    assert "Deputy Minister of Trade" in found and found["Arun Das"].type == "Person"


def test_a_lower_case_title_is_no_office(names):
    assert not [m for m in names("The minister for housing spoke to Acme Robotics.").values()
                if m.mechanism.startswith("ministers")]


def test_a_holder_after_a_comma_and_a_body_inside_the_title_stay_apart(names):
    found = names("The Secretary of Labour, Ann Roe, signed it. The Secretary of the Department of Veterans Affairs spoke.")
    assert found["Secretary of Labour"].type == "Regulator" and found["Ann Roe"].type == "Person"
    assert found["Department of Veterans Affairs"].type == "Regulator"


def test_the_department_of_the_same_portfolio_is_the_offices_parent(names):
    found = names("The Department of Coastal Affairs issued a plan. The Minister of Coastal Affairs will sign it.")
    office = found["Minister of Coastal Affairs"]
    assert office.parent is not None and office.parent.text == "Department of Coastal Affairs"


def test_a_department_of_another_portfolio_is_no_parent(names):
    found = names("The Department of Coastal Affairs issued a plan. The Minister of Inland Affairs will sign it.")
    assert found["Minister of Inland Affairs"].parent is None


@pytest.mark.parametrize("text, office, holder", [
    ("“The rule is needed,” said Minister of Science and Technology Tranh Quoc Vinh.",
     "Minister of Science and Technology", "Tranh Quoc Vinh"),
    ("It was chaired by Minister for Posts, Telecommunications and Information Technology Zubair Hossain Talukder.",
     "Minister for Posts, Telecommunications and Information Technology", "Zubair Hossain Talukder"),
])
def test_a_holder_no_family_knows_after_the_portfolios_words_is_a_person(names, text, office, holder):
    found = names(text)
    assert found[office].type == "Regulator" and found[holder].type == "Person"
    assert found[holder].mechanism == "ministers/holder"


def test_a_portfolio_of_state_bodies_words_alone_has_no_holder(names):
    found = names("The Minister of Science and Technology said the rule would apply.")
    assert "Minister of Science and Technology" in found
    assert not [m for m in found.values() if m.type == "Person"]


def test_a_surname_read_for_a_person_inside_the_holder_stands_for_the_holder(names):
    found = names("It was chaired by Minister for Posts and Information Technology Zubair Ahmed Talukder. "
                  "Talukder said the law was needed.")
    assert found["Zubair Ahmed Talukder"].type == "Person" and "Ahmed Talukder" not in found
    assert found["Talukder"].canonical == "Zubair Ahmed Talukder"


@pytest.mark.parametrize("text, office, holder", [
    ("The Minister of Roads, Rivers, and Coastal Economy, Dr. Tobi Alade, spoke.",
     "Minister of Roads, Rivers, and Coastal Economy", "Tobi Alade"),
    ("The Minister of Trade, Dr Ada Ekwe, said so.", "Minister of Trade", "Ada Ekwe"),
])
def test_the_holders_title_after_a_comma_is_no_part_of_the_portfolio(names, text, office, holder):
    found = names(text)
    assert found[office].type == "Regulator" and found[holder].type == "Person"
    assert not [name for name in found if name.startswith(office + ",")]


def test_a_portfolio_list_runs_on_over_and_the(names):
    found = names("The Cabinet Secretary for Roads, Rivers, and the Coastal Economy, and the Principal Secretary "
                  "in the State Department for Ports were named on Monday.")
    assert found["Cabinet Secretary for Roads, Rivers, and the Coastal Economy"].type == "Regulator"
