"""Regulatory and deal relations as English news, regulators' releases and client alerts word
them beyond the plain verb (issue 49, data/lexicon/english_cues.tsv): each shape in several
wordings of our own, and the wordings that must state nothing."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)

FTC, SEC, ICO = "Federal Trade Commission", "Securities and Exchange Commission", "Information Commissioner's Office"


@pytest.mark.parametrize("sentence, head, tail", [
    # the progressive passive
    ("Corvid Legal Inc. is being investigated by the Federal Trade Commission.", FTC, "Corvid Legal Inc."),
    ("Orbit Labs Ltd. was being probed by the CNIL at the time.", "CNIL", "Orbit Labs Ltd."),
    # what the target received
    ("Corvid Legal Inc. received a civil investigative demand from the Federal Trade Commission in March.",
     FTC, "Corvid Legal Inc."),
    ("Harlow Analytics Inc. has received a request for information from the Securities and Exchange Commission.",
     SEC, "Harlow Analytics Inc."),
    # an inquiry closed, widened or opened against its target
    ("The CNIL closed its investigation into Orbit Labs Ltd. without a fine.", "CNIL", "Orbit Labs Ltd."),
    ("The Federal Trade Commission has expanded its probe of Corvid Legal Inc. to cover its chatbot.",
     FTC, "Corvid Legal Inc."),
    ("The CNIL launched an investigation against Orbit Labs Ltd. after complaints.", "CNIL", "Orbit Labs Ltd."),
    # the inquiry as the body's noun, the target facing it, the body's staff doing it
    ("The CNIL's scrutiny of Orbit Labs Ltd. intensified in May.", "CNIL", "Orbit Labs Ltd."),
    ("Corvid Legal Inc. faces mounting scrutiny from the Federal Trade Commission.", FTC, "Corvid Legal Inc."),
    ("Regulators at the Federal Trade Commission are investigating Corvid Legal Inc., people familiar said.",
     FTC, "Corvid Legal Inc."),
    ("Officials from the CNIL are examining whether Orbit Labs Ltd. kept the data.", "CNIL", "Orbit Labs Ltd."),
    # a closer look
    ("The Federal Trade Commission is looking at whether Corvid Legal Inc. misled its users.", FTC, "Corvid Legal Inc."),
    ("The CNIL is taking a closer look at Orbit Labs Ltd.'s data practices.", "CNIL", "Orbit Labs Ltd."),
    # asked or ordered to account for itself, summoned
    ("In a letter, the Federal Trade Commission asked Corvid Legal Inc. to explain how it trains its models.",
     FTC, "Corvid Legal Inc."),
    ("The Federal Trade Commission ordered Corvid Legal Inc. and Orbit Labs Ltd. to provide information about "
     "their chatbots.", FTC, "Orbit Labs Ltd."),
    ("The Cyberspace Administration of China summoned Orbit Labs Ltd. over its recommendation algorithm.",
     "Cyberspace Administration of China", "Orbit Labs Ltd."),
    # orders or requests sent to a counted list, or with the time between; proceedings by their kind; a launch announced
    ("The Federal Trade Commission sent orders to seven companies: Corvid Legal Inc., Orbit Labs Ltd. and Harlow "
     "Analytics Inc.", FTC, "Orbit Labs Ltd."),
    ("The Federal Trade Commission issued information requests on Thursday to Corvid Legal Inc. and Orbit Labs Ltd.",
     FTC, "Orbit Labs Ltd."),
    ("The CNIL has initiated administrative proceedings against Orbit Labs Ltd.", "CNIL", "Orbit Labs Ltd."),
    ("The Garante announced the launch of an investigation into Orbit Labs Ltd.", "Garante", "Orbit Labs Ltd."),
    ("Orbit Labs Ltd. is now receiving questionnaires from the Garante.", "Garante", "Orbit Labs Ltd."),
    # an inquiry carried on, taken over or set off, and one named by its body right before it
    ("Although the app returned in May, the CNIL continued its investigation into Orbit Labs Ltd.",
     "CNIL", "Orbit Labs Ltd."),
    ("The Federal Trade Commission is to handle the investigation into Corvid Legal Inc. and Orbit Labs Ltd.",
     FTC, "Orbit Labs Ltd."),
    ("The Garante kicked off an antitrust probe into Orbit Labs Ltd. last week.", "Garante", "Orbit Labs Ltd."),
    ("The ruling follows a separate Senate inquiry into Corvid Legal Inc. reported earlier on Friday.",
     "Senate", "Corvid Legal Inc."),
    # the first or latest body to do it
    ("The Texas Attorney General was the first state official to open an investigation into Orbit Labs Ltd.",
     "Texas Attorney General", "Orbit Labs Ltd."),
])
def test_an_inquiry_worded_many_ways(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "investigated")


@pytest.mark.parametrize("sentence, head, tail", [
    ("The Garante's €5 million fine against Orbit Labs Ltd. was announced on Monday.", "Garante", "Orbit Labs Ltd."),
    ("The CNIL's penalty on Corvid Legal Inc. was the largest that year.", "CNIL", "Corvid Legal Inc."),
    ("A fine imposed on Corvid Legal Inc. by the CNIL was upheld.", "CNIL", "Corvid Legal Inc."),
    ("Harlow Analytics Inc. was ordered by the Securities and Exchange Commission to pay $225,000.",
     SEC, "Harlow Analytics Inc."),
    ("The Federal Trade Commission ordered Corvid Legal Inc. to pay $193,000 in civil penalties.",
     FTC, "Corvid Legal Inc."),
    ("Orbit Labs Ltd. must pay a €10 million fine imposed by the Garante.", "Garante", "Orbit Labs Ltd."),
    ("Orbit Labs Ltd. appealed against a £7.5m fine issued in 2022 by the UK's Information Commissioner's Office.",
     ICO, "Orbit Labs Ltd."),
    ("The Garante became the first regulator to fine Orbit Labs Ltd. over its chatbot.", "Garante", "Orbit Labs Ltd."),
])
def test_a_fine_worded_many_ways(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "fined")


@pytest.mark.parametrize("sentence, head, tail", [
    ("The Garante imposed a temporary limitation on Orbit Labs Ltd.'s processing of Italian users' data.",
     "Garante", "Orbit Labs Ltd."),
    ("The CNIL placed restrictions on Corvid Legal Inc. until it complies.", "CNIL", "Corvid Legal Inc."),
    ("The Garante ordered the suspension of Orbit Labs Ltd. in Italy.", "Garante", "Orbit Labs Ltd."),
    ("The Personal Information Protection Commission restricted Orbit Labs Ltd. from app stores.",
     "Personal Information Protection Commission", "Orbit Labs Ltd."),
    ("South Korea has become the latest country to ban Orbit Labs Ltd.'s chatbot from local app stores.",
     "South Korea", "Orbit Labs Ltd."),
])
def test_a_ban_or_restriction_worded_many_ways(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "banned")


@pytest.mark.parametrize("sentence, head, tail", [
    ("State Senator Jane Roe's SB 1234 would require transparency reports.", "Jane Roe", "SB 1234"),
    ("Jane Roe, who authored SB 1234, praised the vote.", "Jane Roe", "SB 1234"),
    ("SB 1234, a bill from State Senator Jane Roe, passed the Assembly.", "Jane Roe", "SB 1234"),
    ("Introduced by Sen. Jane Roe, the Chatbot Safety Act would require disclosures.", "Jane Roe", "Chatbot Safety Act"),
    ("Legislation introduced by Sen. Jane Roe, the Chatbot Safety Act, would require disclosures.",
     "Jane Roe", "Chatbot Safety Act"),
    ("Sen. Jane Roe has proposed legislation, the Chatbot Safety Act, that would require disclosures.",
     "Jane Roe", "Chatbot Safety Act"),
    ("Sen. Jane Roe (R-Texas) introduced the Chatbot Safety Act in September.", "Jane Roe", "Chatbot Safety Act"),
    ("Representative Jane Roe filed House Bill 1234 in December.", "Jane Roe", "House Bill 1234"),
    ("Jane Roe, the author of SB 1234, praised the vote.", "Jane Roe", "SB 1234"),
    ("State Senator Jane Roe is the lead sponsor of SB 1234.", "Jane Roe", "SB 1234"),
    ("Under the Digital Omnibus proposed by the European Commission, the deadlines would move.",
     "European Commission", "Digital Omnibus"),
    ("The Federal Trade Commission is proposing the Impersonation Rule to cover individuals.",
     FTC, "Impersonation Rule"),
    ("The European Commission's proposal for an AI Liability Directive was withdrawn.",
     "European Commission", "AI Liability Directive"),
])
def test_a_proposal_worded_many_ways(facts, sentence, head, tail):
    found = facts(sentence)
    assert (head, tail) in _of(found, "proposed")
    assert (head, tail) not in _of(found, "issued")


@pytest.mark.parametrize("text, relation, head, tail", [
    ("The CNIL fined Harlow Analytics Inc. last year. The case adds to the caseload of the commission, which last month "
     "opened an inquiry into whether Orbit Labs Ltd. assessed its risks.", "investigated", "CNIL", "Orbit Labs Ltd."),
    ("The Garante, which fined Orbit Labs Ltd. €15 million in December, opened a new probe.", "fined", "Garante",
     "Orbit Labs Ltd."),
    ("The CNIL, which has blocked Orbit Labs Ltd. since 2022, said nothing.", "banned", "CNIL", "Orbit Labs Ltd."),
    ("The Garante, which is investigating Orbit Labs Ltd., declined to comment.", "investigated", "Garante",
     "Orbit Labs Ltd."),
])
def test_the_body_as_a_relative_clauses_subject(facts, text, relation, head, tail):
    assert (head, tail) in _of(facts(text), relation)


@pytest.mark.parametrize("sentence, relation", [
    ("The Information Commissioner's Office has closed its inquiry into Facewatch Ltd., the London-based firm whose "
     "system scans faces.", "investigated"),
    ("The Information Commissioner's Office fined Facewatch Ltd., the London-based firm whose system scans faces.",
     "fined"),
])
def test_a_target_described_by_its_seat_is_the_target_alone(facts, sentence, relation):
    found = _of(facts(sentence), relation)
    assert ("Information Commissioner's Office", "Facewatch Ltd.") in found
    assert not {tail for head, tail in found if tail == "London"}


def test_a_lawmakers_state_proposes_nothing(facts):
    found = facts("Sen. Jane Roe (R-Texas) introduced the Chatbot Safety Act in September.")
    assert ("Texas", "Chatbot Safety Act") not in _of(found, "proposed")


@pytest.mark.parametrize("sentence, head, tail", [
    ("The European Commission has issued the final version of the General-Purpose AI Code of Practice.",
     "European Commission", "General-Purpose AI Code of Practice"),
    ("The AI Action Plan was released by the White House in July.", "White House", "AI Action Plan"),
    ("The Children's Code was brought in by the Information Commissioner's Office in 2021.", ICO, "Children's Code"),
    ("In its Opinion 28/2024, the European Data Protection Board said models may be anonymous.",
     "European Data Protection Board", "Opinion 28/2024"),
])
def test_an_instrument_issued_worded_many_ways(facts, sentence, head, tail):
    found = facts(sentence)
    assert (head, tail) in _of(found, "issued")
    assert (head, tail) not in _of(found, "proposed")


def test_a_draft_released_is_proposed_not_issued(facts):
    found = facts("The draft Chatbot Safety Act was released by the European Commission for public comment.")
    assert ("European Commission", "Chatbot Safety Act") not in _of(found, "issued")


@pytest.mark.parametrize("sentence, pair", [
    ("Corvid Music Inc. and Orbit Labs Ltd. announced an expanded collaboration on Tuesday.",
     ("Corvid Music Inc.", "Orbit Labs Ltd.")),
    ("Corvid Music Inc. and Orbit Labs Ltd. agreed to collaborate on a licensed platform.",
     ("Corvid Music Inc.", "Orbit Labs Ltd.")),
    ("Corvid Music Inc. is working with Orbit Labs Ltd. on new data centres.", ("Corvid Music Inc.", "Orbit Labs Ltd.")),
])
def test_a_partnership_worded_many_ways(facts, sentence, pair):
    found = _of(facts(sentence), "partnered")
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize("sentence, head, tail", [
    ("Orbit Labs Ltd. is backed by billions of dollars from Corvid Capital LLC.", "Corvid Capital LLC", "Orbit Labs Ltd."),
    ("Orbit Labs Ltd., which has raised $1 billion from Corvid Capital LLC, declined to comment.",
     "Corvid Capital LLC", "Orbit Labs Ltd."),
    ("Corvid Capital LLC, which owns a 14% stake in Orbit Labs Ltd., said nothing.", "Corvid Capital LLC", "Orbit Labs Ltd."),
    ("Corvid Capital LLC's backing of Orbit Labs Ltd. drew attention.", "Corvid Capital LLC", "Orbit Labs Ltd."),
    ("Corvid Capital LLC co-led Orbit Labs Ltd.'s $100 million Series B alongside Halden Ventures LLC.",
     "Halden Ventures LLC", "Orbit Labs Ltd."),
    ("Corvid Capital LLC co-led Orbit Labs Ltd.'s $100 million Series B alongside Halden Ventures LLC.",
     "Corvid Capital LLC", "Orbit Labs Ltd."),
    ("Corvid Capital LLC has poured money into Orbit Labs Ltd.", "Corvid Capital LLC", "Orbit Labs Ltd."),
])
def test_an_investment_worded_many_ways(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "investedIn")


@pytest.mark.parametrize("sentence", [
    "Corvid Labs Inc., which operates the Quillet chatbot, was sued.",
    "Corvid Labs Inc., which makes the Quillet assistant, denied the claims.",
])
def test_a_products_maker_described(facts, sentence):
    assert ("Corvid Labs Inc.", "Quillet") in _of(facts(sentence), "released")


@pytest.mark.parametrize("sentence, relation", [
    # an inquiry or a fine weighed, refused or merely reported as possible states nothing
    ("The Federal Trade Commission could open an investigation into Corvid Legal Inc.", "investigated"),
    ("The CNIL has not opened an inquiry into Orbit Labs Ltd.", "investigated"),
    ("The Garante may become the first regulator to fine Orbit Labs Ltd.", "fined"),
    # a court ordering a party to hand over logs in a suit is no regulator's inquiry, nor a litigant's subpoena
    ("Judge Jane Roe ordered Corvid Legal Inc. to turn over 20 million chat logs.", "investigated"),
    ("Corvid Legal Inc. received a subpoena from Orbit Labs Ltd. in the copyright case.", "investigated"),
    # an inquiry set to begin is not yet one
    ("The CNIL is set to kick off a probe into Orbit Labs Ltd. next month.", "investigated"),
    # a paper's investigation finds, it inquires into no one
    ("An investigation by the Harbor Ledger found that Corvid Legal Inc. had released student files.", "investigated"),
])
def test_what_states_no_regulatory_fact(facts, sentence, relation):
    assert not _of(facts(sentence), relation)

