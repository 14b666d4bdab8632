"""The ways English text tells a court ruling on a suit without a verdict verb (round 72): a judge
hearing a suit or a petition, presiding over the matter, a judge's judgment in a named case, a
court referring questions to a higher court; and what none of these makes (the court the
questions go to, a judgment a party cites)."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (facts: the module's fixture, shared)

SUIT = "Marla Ives sued Brightwave Studios in the Lakeshore High Court in May."


@pytest.mark.parametrize("ruling", [
    "Justice Anna Morrow was hearing a suit filed by Marla Ives on Monday.",
    "Justice Anna Morrow was hearing a petition in the matter when she made the remarks.",
    "Justice Anna Morrow, who presided over the matter, noted that Brightwave Studios had not appeared.",
    "Justice Anna Morrow's judgment in Ives v Brightwave Studios drew wide attention.",
])
def test_a_judge_hearing_or_presiding_or_a_judgment_in_the_case_adjudicates_its_sides(facts, ruling):
    found = facts(f"{SUIT} {ruling}", title="Singer in voice cloning suit")
    assert {("Lakeshore High Court", "Marla Ives"), ("Lakeshore High Court", "Brightwave Studios")} <= \
        _of(found, "adjudicated")


def test_a_court_referring_questions_adjudicates_the_case_and_the_court_it_refers_to_does_not(facts):
    found = facts("Halvard Press sued Quillon in 2024. The Vienna court referred four questions to the Court of "
                  "Justice of the European Union on Monday.", title="Halvard Press v Quillon")
    adjudicated = _of(found, "adjudicated")
    assert {("Vienna court", "Halvard Press"), ("Vienna court", "Quillon")} <= adjudicated
    assert not {party for court, party in adjudicated if "Justice" in court}


def test_a_judgment_a_party_cites_is_no_ruling(facts):
    found = facts(f"{SUIT} In her submissions, Marla Ives refers to the Court's judgment in Roe v Acme Holdings.",
                  title="Brightwave Studios sued")
    assert not _of(found, "adjudicated")
