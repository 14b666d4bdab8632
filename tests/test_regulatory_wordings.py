"""Regulatory wordings of unseen outlets (issue 49): a fine the regulator announces in the passive, fines in
the plural without an article, an inquiry told while it opens or goes on or in a body's release.  Invented
sentences of several wordings, and the negatives each must not read."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (facts: the module's fixture, shared)

REGULATOR, TARGET, OTHER = "European Commission", "Brightlane Ltd.", "Corvid Labs Inc."


@pytest.mark.parametrize("text", [
    "The European Commission announced on Wednesday that Brightlane Ltd. has been fined €500 million ($570 million).",
    "The European Commission said that Brightlane Ltd. had been fined for breaching the rules.",
    "The European Commission, the EU's executive body, confirmed Brightlane Ltd. was fined €20 million.",
])
def test_a_fine_the_regulator_announces_in_the_passive(facts, text):
    assert (REGULATOR, TARGET) in _of(facts(text), "fined")


@pytest.mark.parametrize("text", [
    "The European Commission has hit Brightlane Ltd. and Corvid Labs Inc. with fines totalling $797 million.",
    "The European Commission slapped Brightlane Ltd. and Corvid Labs Inc. with combined penalties of €700 million.",
])
def test_fines_in_the_plural_without_an_article(facts, text):
    found = _of(facts(text), "fined")
    assert {(REGULATOR, TARGET), (REGULATOR, OTHER)} <= found


@pytest.mark.parametrize("text", [
    "The European Commission is opening an investigation into Brightlane Ltd. over its chatbot.",
    "The European Commission said it was launching a formal probe into Brightlane Ltd. on Monday.",
    "The European Commission also confirmed it will continue investigating Brightlane Ltd. and Corvid Labs Inc.",
    "The European Commission keeps probing Brightlane Ltd. over data transfers.",
    "The European Commission issued a press release on Monday announcing an investigation into Brightlane Ltd.",
])
def test_an_inquiry_told_while_it_opens_or_goes_on(facts, text):
    assert (REGULATOR, TARGET) in _of(facts(text), "investigated")


@pytest.mark.parametrize("text", [
    "The European Commission announced that Brightlane Ltd. would be fined if it failed to comply.",  # no fine yet
    "Brightlane Ltd. said the European Commission has been fined by nobody.",
    "The European Commission will continue to work with Brightlane Ltd. on the code.",  # no inquiry
    "Brightlane Ltd. was fined in Italy last year.",  # a place, no actor
    "Brightlane Ltd. issued a press release announcing an investment in Corvid Labs Inc.",  # no inquiry
])
def test_what_these_wordings_must_not_read(facts, text):
    found = facts(text)
    assert not {(h, t) for h, t in _of(found, "fined") if t == TARGET and h in (REGULATOR, "Italy")}
    assert not _of(found, "investigated")
