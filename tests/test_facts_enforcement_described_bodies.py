"""Who acts in an enforcement fact where the text describes the body, in invented sentences:

- kg.facts.coref DescribedBodies: a state body told by its country and its kind (Ireland's data
  watchdog, the Irish privacy regulator, the country's competition regulator) stands for the one state
  body of that country the knowledge base knows, named within two sentences before or after it; none
  where two are named there, nor where a company owns the description; "it" opening a later clause
  may stand for it (kg.facts.english pronouns).
"""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("text, relation, head, tail", [
    ("Ireland's data watchdog has launched an inquiry into Zorvex Labs over its data processing. The probe will "
     "examine compliance with data rules, a statement from the Data Protection Commission said on Friday.",
     "investigated", "Data Protection Commission", "Zorvex Labs"),
    ("The Irish privacy regulator is investigating Zorvex Labs's use of public data. The country's Data "
     "Protection Commission announced the inquiry on Friday.", "investigated", "Data Protection Commission",
     "Zorvex Labs"),
    ("Italy's data protection authority says it has fined Zorvex Labs 15 million euros. The Garante said the "
     "company had broken privacy rules.", "fined", "Garante", "Zorvex Labs"),
    ("The Garante spoke on Monday. Italy's privacy watchdog opened an investigation into Zorvex Labs.",
     "investigated", "Garante", "Zorvex Labs"),
])
def test_a_body_described_by_its_country_and_kind_stands_for_the_one_named_near(facts, text, relation, head, tail):
    assert (head, tail) in _of(facts(text), relation)


def test_two_bodies_of_the_country_near_leave_the_description_unresolved(facts):
    found = facts("Italy's competition watchdog has launched an inquiry into Zorvex Labs. The Garante and the "
                  "AGCM both declined to comment.")
    assert not {h for h, t in _of(found, "investigated") if t == "Zorvex Labs"}


def test_a_body_of_another_country_is_not_it(facts):
    found = facts("Ireland's data watchdog has launched an inquiry into Zorvex Labs. The European Commission "
                  "declined to comment.")
    assert ("European Commission", "Zorvex Labs") not in _of(found, "investigated")


def test_a_description_a_company_owns_is_no_state_body(facts):
    found = facts("Google's data authority opened an investigation into Zorvex Labs. The Data Protection "
                  "Commission said nothing.")
    assert ("Data Protection Commission", "Zorvex Labs") not in _of(found, "investigated")


def test_a_body_far_from_the_description_is_not_it(facts):
    found = facts("The Data Protection Commission met on Monday. The weather was fine. Markets rose. Trading was "
                  "calm. Ireland's data watchdog has launched an inquiry into Zorvex Labs.")
    assert ("Data Protection Commission", "Zorvex Labs") not in _of(found, "investigated")


def test_it_after_a_described_body_stands_for_the_body(facts):
    found = facts("Italy's data protection authority, the Garante, on Thursday ordered start-up Zorvex Labs to block "
                  "its chatbot. The Italian authority fined Corvid Labs 15 million euros in December over the way "
                  "Corvid Chat collected personal data, and it temporarily banned Corvid Chat in 2023.")
    assert ("Garante", "Corvid Chat") in _of(found, "banned")
