"""A regulator's settlement (kg.facts.english enforcement_settlements): the agency settled its
charges, so it accused the other side, and fined it where money or a penalty is told."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("sentence, agency, target, fined", [
    ("The Federal Trade Commission reached a settlement with Corvid Legal Inc. over its robot lawyer claims.",
     "Federal Trade Commission", "Corvid Legal Inc.", False),
    ("Harlow Analytics Inc. agreed to settle with the Securities and Exchange Commission and pay $225,000 "
     "in civil penalties.", "Securities and Exchange Commission", "Harlow Analytics Inc.", True),
    ("The Information Commissioner's Office announced a £1.2 million settlement with Nimbus Chat Ltd.",
     "Information Commissioner's Office", "Nimbus Chat Ltd.", True),
])
def test_a_regulators_settlement_accuses_and_fines_where_money_is_told(facts, sentence, agency, target, fined):
    found = facts(sentence)
    assert {(agency, target), (target, agency)} & _of(found, "settled")
    assert (agency, target) in _of(found, "accused")
    assert ((agency, target) in _of(found, "fined")) is fined
    assert (target, agency) not in _of(found, "accused")


def test_a_settlement_between_companies_accuses_no_one(facts):
    found = facts("Corvid Music Inc. reached a $50 million settlement with Orbit Labs Inc. over its training data.")
    assert {("Corvid Music Inc.", "Orbit Labs Inc."), ("Orbit Labs Inc.", "Corvid Music Inc.")} & _of(found, "settled")
    assert not _of(found, "accused")
    assert not _of(found, "fined")


def test_a_plaintiffs_accusation_in_its_suit_is_the_suit(facts):
    found = facts("Corvid Music Inc. has filed a lawsuit against Orbit Labs Inc. in federal court. Corvid Music Inc. "
                  "alleges Orbit Labs Inc. copied its recordings to train its model.")
    assert ("Corvid Music Inc.", "Orbit Labs Inc.") in _of(found, "sued")
    assert not _of(found, "accused")
    # an accusation outside any suit stays one
    found = facts("Corvid Music Inc. accused Orbit Labs Inc. of copying its recordings.")
    assert ("Corvid Music Inc.", "Orbit Labs Inc.") in _of(found, "accused")
