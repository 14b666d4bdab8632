"""A suit told with what its plaintiffs say of the defendant, in a clause after its filing and no
"against": a suit filed by A, who claimed that X…; a suit filed by A, claiming that the defendant X…;
A filed a lawsuit in a place, saying that X had…; A and B filed these lawsuits in a place, and have
argued X…. The one the clause tells of is the defendant; a name the clause only mentions is not."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (facts: the module's fixture, shared)


@pytest.mark.parametrize("text", [
    "Justice Meera Kaul was hearing a suit filed by Priya Ramaswamy, who claimed that Corvid Labs created "
    "a film with her likeness and uploaded it to YouTube without her consent.",
    "The judge was hearing a suit filed by Priya Ramaswamy alias Priya Ram, claiming that the defendant "
    "Corvid Labs created a film with her likeness.",
    "The court heard a petition filed last month by Priya Ramaswamy, alleging that Corvid Labs cloned her voice.",
])
def test_a_suit_filed_by_a_plaintiff_who_claims_what_the_defendant_did(facts, text):
    sued = _of(facts(text), "sued")
    assert ("Priya Ramaswamy", "Corvid Labs") in sued
    assert ("Priya Ramaswamy", "YouTube") not in sued  # where the film was put: no party


def test_a_lawsuit_filed_in_a_place_saying_what_the_defendant_did(facts):
    found = facts("Nimbus Labs filed a lawsuit in London, saying that Helix Robotics Inc. had unlawfully copied "
                  "millions of its images.")
    assert ("Nimbus Labs", "Helix Robotics Inc.") in _of(found, "sued")


def test_plaintiffs_who_filed_these_lawsuits_and_have_argued_what_the_defendants_did(facts):
    found = facts("Nimbus Labs, Quanta Forge, and Corvid Labs filed these lawsuits in the United States in "
                  "June, and have argued Helix Robotics Inc. and Zorbian Media LLC unlawfully used their recordings.")
    assert {(plaintiff, defendant) for plaintiff in ("Nimbus Labs", "Quanta Forge", "Corvid Labs")
            for defendant in ("Helix Robotics Inc.", "Zorbian Media LLC")} <= _of(found, "sued")


@pytest.mark.parametrize("text", [
    # the clause tells what the plaintiff did, not the defendant: no name after "that" is sued
    "The judge was hearing a suit filed by Priya Ramaswamy, who said that she had never worked with anyone.",
    # no suit: a statement, not a filing
    "Priya Ramaswamy published a post, saying that Corvid Labs had copied her film.",
])
def test_no_suit_without_a_filing_or_without_a_party_told_after_it(facts, text):
    assert not _of(facts(text), "sued")
