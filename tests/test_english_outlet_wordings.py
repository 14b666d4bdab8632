"""How other outlets word the relations of issue 49 (suits, rulings, enforcement, deals, backing,
settlements), each shape on invented sentences of several wordings: a relative clause read as a
clause of its own (X, which was sued by Y; X, which Y sued; X, whose investors include Y), a
plaintiff's name as its suit's modifier, the defendant told first, plaintiffs joining a suit,
a court's ruling told as a noun, and the negatives each shape must not read."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (facts: the module's fixture, shared)

PLAINTIFF, DEFENDANT, OTHER = "Zentrix Inc.", "Brightlane Ltd.", "Corvid Labs Inc."


@pytest.mark.parametrize("text", [
    "Brightlane Ltd., which was sued by Zentrix Inc. last year, denied wrongdoing.",
    "Brightlane Ltd., which Zentrix Inc. sued in 2023, said it would appeal.",
    "Brightlane Ltd., the startup Zentrix Inc. sued in 2023, raised money.",
])
def test_a_relative_clause_reads_as_a_clause_of_its_own(facts, text):
    assert (PLAINTIFF, DEFENDANT) in _of(facts(text), "sued")


@pytest.mark.parametrize("text, relation, pair", [
    ("Brightlane Ltd., which settled with Zentrix Inc. in October, will launch a new service.",
     "settled", (DEFENDANT, PLAINTIFF)),
    ("Brightlane Ltd., which was fined by the Garante in 2023, said it would appeal.", "fined", ("Garante", DEFENDANT)),
    ("Brightlane Ltd., which the Garante fined in 2023, said it would appeal.", "fined", ("Garante", DEFENDANT)),
    ("Brightlane Ltd., whose investors include Zentrix Inc. and Corvid Labs Inc., declined to comment.",
     "investedIn", (PLAINTIFF, DEFENDANT)),
    ("Zentrix Inc. and Corvid Labs Inc., both of which have invested heavily in Brightlane Ltd., declined to comment.",
     "investedIn", (OTHER, DEFENDANT)),
])
def test_relative_clauses_of_every_relation(facts, text, relation, pair):
    assert pair in _of(facts(text), relation)


def test_a_relative_clause_ends_before_the_list_it_stands_in(facts):
    found = facts("YouTube, which is owned by Google, and OpenAI both endorsed the bill.")
    assert ("YouTube", "Google") in _of(found, "partOf")
    assert ("YouTube", "OpenAI") not in _of(found, "partOf")
    assert not _of(facts("Brightlane Ltd., which Zentrix Inc. said was a rival, fined nobody."), "fined")


@pytest.mark.parametrize("text", [
    "A judge ruled that a Zentrix Inc. copyright lawsuit against Brightlane Ltd. can proceed.",
    "Claims made by Zentrix Inc. against Brightlane Ltd. were narrowed on Friday.",
    "Brightlane Ltd. is defending a lawsuit brought by Zentrix Inc. over song lyrics.",
    "Brightlane Ltd. is fighting copyright suits from Zentrix Inc. and Corvid Labs Inc.",
    "Brightlane Ltd. was named as a defendant in a lawsuit filed by Zentrix Inc.",
    "Brightlane Ltd. is among the companies being sued by Zentrix Inc.",
    "Zentrix Inc. joined the lawsuit against Brightlane Ltd. in March.",
    "Zentrix Inc. is the latest publisher to sue Brightlane Ltd.",
    "The plaintiffs in the case against Brightlane Ltd. include Zentrix Inc. and Corvid Labs Inc.",
    "Zentrix Inc. filed the lawsuit against Brightlane Ltd. in the Southern District of New York.",
])
def test_suits_told_from_either_side(facts, text):
    assert (PLAINTIFF, DEFENDANT) in _of(facts(text), "sued")


@pytest.mark.parametrize("text", [
    "The Zentrix Inc. ruling in the lawsuit against Brightlane Ltd. was appealed.",
    "Brightlane Ltd. could face lawsuits from Zentrix Inc.",
    "Zentrix Inc. said it may sue Brightlane Ltd.",
])
def test_no_suit_where_none_is_told(facts, text):
    assert (PLAINTIFF, DEFENDANT) not in _of(facts(text), "sued")


@pytest.mark.parametrize("text, parties", [
    ("A ruling by the Munich Regional Court against Brightlane Ltd. was welcomed by Zentrix Inc.", {DEFENDANT}),
    ("The Munich Regional Court's ruling against Brightlane Ltd. came on Tuesday.", {DEFENDANT}),
    ("The Munich Regional Court sided with Zentrix Inc. against Brightlane Ltd.", {PLAINTIFF, DEFENDANT}),
])
def test_a_ruling_told_as_a_noun_or_a_side_taken(facts, text, parties):
    assert {("Munich Regional Court", party) for party in parties} <= _of(facts(text), "adjudicated")


def test_a_party_losing_its_bid_in_a_court(facts):
    found = facts("Brightlane Ltd. lost its bid in the Ontario Superior Court of Justice to dismiss the case.")
    assert ("Ontario Superior Court of Justice", DEFENDANT) in _of(found, "adjudicated")


@pytest.mark.parametrize("text", [
    "Zentrix Inc. has resolved its lawsuit against Brightlane Ltd.",
    "The settlement Zentrix Inc. reached with Brightlane Ltd. includes a license.",
])
def test_settlements_told_as_resolved_or_as_reached(facts, text):
    assert (PLAINTIFF, DEFENDANT) in _of(facts(text), "settled")


def test_deals_with_a_list_after_two_kinds(facts):
    found = _of(facts("Zentrix Inc. has content licensing deals with Brightlane Ltd. and Corvid Labs Inc."), "partnered")
    assert {(PLAINTIFF, DEFENDANT), (PLAINTIFF, OTHER)} <= {tuple(pair) for pair in found} | {pair[::-1] for pair in found}


@pytest.mark.parametrize("text", [
    "Brightlane Ltd., backed by tech giants including Zentrix Inc. and Corvid Labs Inc., denied the allegations.",
    "Brightlane Ltd. counts Zentrix Inc. and Corvid Labs Inc. among its backers.",
])
def test_backers_told_after_a_kind(facts, text):
    assert {(PLAINTIFF, DEFENDANT), (OTHER, DEFENDANT)} <= _of(facts(text), "investedIn")


def test_an_authority_requesting_information_or_restricting_processing(facts):
    found = facts("The Garante requested Brightlane Ltd. and Corvid Labs Inc. to provide specific information on the "
                  "chatbot service.")
    assert {("Garante", DEFENDANT), ("Garante", OTHER)} <= _of(found, "investigated")
    assert not _of(facts("Zentrix Inc. asked Brightlane Ltd. to provide a licence."), "investigated")
    found = facts("The Garante has ordered, with immediate effect, the restriction of the processing of Italian users' "
                  "data with regard to Brightlane Ltd. and Corvid Labs Inc.")
    assert {("Garante", DEFENDANT), ("Garante", OTHER)} <= _of(found, "banned")


def test_plaintiffs_joining_another_plaintiffs_suit(facts):
    found = _of(facts("Zentrix Inc. sued Brightlane Ltd. in June. Corvid Labs Inc. and Halvard Media Inc. joined "
                      "Zentrix Inc. in the lawsuit in August."), "sued")
    assert {(OTHER, DEFENDANT), ("Halvard Media Inc.", DEFENDANT)} <= found
    found = _of(facts("Zentrix Inc. sued Brightlane Ltd. in June. The settlement does not include the other labels—"
                      "Corvid Labs Inc. and Halvard Media Inc.—that joined Zentrix Inc. in the suit."), "sued")
    assert (OTHER, DEFENDANT) in found
    found = _of(facts("Zentrix Inc. sued Brightlane Ltd. in June. Corvid Labs Inc. joined Zentrix Inc. in a campaign."), "sued")
    assert (OTHER, DEFENDANT) not in found


def test_a_group_whose_members_bring_the_suit_told_before(facts):
    found = _of(facts("An Ontario court has decided a copyright lawsuit filed by Canadian news publishers against "
                      "Brightlane Ltd. will proceed. A coalition of Canadian news outlets, which includes Zentrix Inc., "
                      "Corvid Labs Inc. and Halvard Media Inc., launched the lawsuit a year ago."), "sued")
    assert {(PLAINTIFF, DEFENDANT), (OTHER, DEFENDANT)} <= found
    found = _of(facts("Zentrix Inc. sued Brightlane Ltd. in June. Corvid Labs Inc. filed the lawsuit against "
                      "Halvard Media Inc. in July."), "sued")
    assert (OTHER, "Halvard Media Inc.") in found
    assert (OTHER, DEFENDANT) not in found


@pytest.mark.parametrize("text, relation", [
    ("The country's privacy watchdog, known as Garante, said its investigation showed that Brightlane Ltd. processed "
     "users' data without a legal basis.", "investigated"),
    ("Italy's data protection authority, called the Garante, fined Brightlane Ltd. on Friday.", "fined"),
    ("The Italian regulator, also known as the Garante, banned Brightlane Ltd. in March.", "banned"),
])
def test_a_subject_described_then_named_as_what_it_is_known_as(facts, text, relation):
    assert ("Garante", DEFENDANT) in _of(facts(text), relation)


def test_a_name_known_as_in_an_object_is_no_subject(facts):
    found = facts("Zentrix Inc. sued the Italian start-up, known as Brightlane Ltd., in March.")
    assert not any(head == DEFENDANT for head, _ in _of(found, "sued"))


@pytest.mark.parametrize("text", [
    "Zentrix Inc., Corvid Labs Inc. and Halvard Media Inc., among others, filed lawsuits Monday against Brightlane Ltd.",
    "Zentrix Inc. filed a lawsuit on Monday in federal court in Boston against Brightlane Ltd.",
    "Zentrix Inc. and Corvid Labs Inc. have joined forces to take legal action against Brightlane Ltd.",
])
def test_suits_told_with_a_time_a_court_or_a_union_before_the_defendant(facts, text):
    assert (PLAINTIFF, DEFENDANT) in _of(facts(text), "sued")


def test_joining_forces_without_a_suit_sues_no_one(facts):
    assert not _of(facts("Zentrix Inc. and Corvid Labs Inc. have joined forces to compete against Brightlane Ltd."), "sued")
