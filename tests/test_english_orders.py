"""A regulator's order told indirectly (issue 49), on invented sentences: a fine and an order to
the fined company told by "it", a stop order against a company, a company's processing limited
(SCHEMA.md banned: banned, blocked, suspended or restricted a company); and what is no such order."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (facts: the module's fixture, shared)

OFFICE, FIRM = "Bavarian Data Protection Office", "Zentrix Inc."


@pytest.mark.parametrize("text", [
    "The Bavarian Data Protection Office fined Zentrix Inc. €12 million and ordered it to delete the data it had "
    "collected from German residents.",
    "The Bavarian Data Protection Office has fined Zentrix Inc. twice and required it to erase the photos of German users.",
])
def test_a_fine_and_an_order_to_the_fined_company_bans_it(facts, text):
    found = facts(text)
    assert (OFFICE, FIRM) in _of(found, "fined")
    assert (OFFICE, FIRM) in _of(found, "banned")


@pytest.mark.parametrize("text", [
    "The Bavarian Data Protection Office issued a stop order against Zentrix Inc. on Tuesday.",
    "The Bavarian Data Protection Office has imposed a temporary processing ban on Zentrix Inc.",
    "The Bavarian Data Protection Office has temporarily limited Zentrix Inc.'s processing of data of German users.",
])
def test_a_stop_order_or_limited_processing_bans_the_company(facts, text):
    assert (OFFICE, FIRM) in _of(facts(text), "banned")


@pytest.mark.parametrize("text", [
    # the order comes from another actor than the one fining
    "The Bavarian Data Protection Office fined Zentrix Inc. €12 million and the court ordered it to delete the data.",
    "The Bavarian Data Protection Office fined Zentrix Inc. and Judge Anna Smith ordered it to stop.",
    # a fine alone, and an order that is no stop
    "The Bavarian Data Protection Office fined Zentrix Inc. €12 million and ordered it to pay within a month.",
])
def test_no_ban_where_the_fining_body_ordered_no_stop(facts, text):
    found = facts(text)
    assert (OFFICE, FIRM) in _of(found, "fined")
    assert (OFFICE, FIRM) not in _of(found, "banned")


def test_an_order_to_a_court_is_no_ban(facts):
    found = facts("The Federal Court of Justice ordered the Munich Regional Court to reconsider the case against "
                  "Zentrix Inc.")
    assert not _of(found, "banned")


def test_a_company_limiting_its_own_staff_bans_no_company(facts):
    found = facts("Zentrix Inc. has temporarily limited its staff's use of chatbots at work.")
    assert not _of(found, "banned")


# a court's restraint of the parties it names, and its order to stop told of the party it ruled against
# (english_cues.tsv banned; "one" before a name, english_facts.tsv name_article; "pending" opening an aside,
# english.tsv clause_opener)
COURT, STUDIO, TOOL, PERSON = "Harbour Bay High Court", "Zentrix Inc", "Vocalo AI", "Tom Harlow"
HEARD = "The Harbour Bay High Court heard a suit filed by the singer Mira Sen against Zentrix Inc. "


@pytest.mark.parametrize("text", [
    HEARD + "The court restrained Zentrix Inc (a music studio), Vocalo AI (a remix tool), and one Tom Harlow from "
            "using her voice.",
    HEARD + "The court, pending the final hearing of the plea, restrained platforms Zentrix Inc (a music studio), "
            "Vocalo AI (a remix tool), and one Tom Harlow from exploiting her voice.",
    "The Harbour Bay High Court granted an injunction restraining Zentrix Inc, Vocalo AI and Tom Harlow from using "
    "her voice.",
])
def test_a_court_restraining_named_parties_bans_each(facts, text):
    found = _of(facts(text), "banned")
    assert {(COURT, STUDIO), (COURT, TOOL), (COURT, PERSON)} <= found, found


def test_a_court_ruling_against_a_party_and_ordering_the_company_to_delete_bans_it(facts):
    found = facts("The Harbour Bay High Court has ruled against Zentrix Inc and ordered the company to delete all "
                  "the recordings it collected.")
    assert (COURT, STUDIO) in _of(found, "banned")


@pytest.mark.parametrize("text", [
    # a party asking for a restraint, and a ruling against a party with an order that is no stop
    "Mira Sen asked the Harbour Bay High Court to restrain Zentrix Inc from using her voice.",
    "The Harbour Bay High Court has ruled against Zentrix Inc and ordered the company to pay the costs.",
])
def test_no_ban_where_the_court_restrained_or_stopped_nothing(facts, text):
    assert (COURT, STUDIO) not in _of(facts(text), "banned")
