"""Parties named by their role in the case an item's one court rules on (kg.facts.story litigants,
story.tsv litigant), on stories of our own."""
from __future__ import annotations

import pytest


def _pairs(read_facts, relation):
    """The (head, tail) pairs of one English story's facts of ``relation``."""
    return lambda text: {(h, t) for h, r, t in read_facts(text, title="Wire story") if r == relation}


@pytest.fixture
def adjudicated(read_facts):
    """The (court, party) pairs of one English story's adjudicated facts."""
    return _pairs(read_facts, "adjudicated")


@pytest.mark.parametrize("text, court, parties", [
    # respondents listed after the ruling
    ("The Madras High Court has granted interim relief to the singer Kiran Dalvi. The court restrained the uploaders "
     "from using her voice. Other respondents named in the suit include Brindle Labs, Quoll Media and Tarnwick Media.",
     "Madras High Court", ("Brindle Labs", "Quoll Media", "Tarnwick Media")),
    # a list closed by a party no name stands for
    ("The Madras High Court has granted interim relief to the singer Kiran Dalvi. Brindle Labs, Quoll Media, and an "
     "unidentified “John Doe” were also named as respondents.", "Madras High Court", ("Brindle Labs", "Quoll Media")),
    # defendants opening the sentence, the skeleton's dashed list
    ("The Madras High Court has granted interim relief to the actor Kiran Dalvi. Defendants, including Brindle Labs, "
     "were told to remove the clips within two days.", "Madras High Court", ("Brindle Labs",)),
    # the petitioner of a petition the judge heard, the court's ruling told after it
    ("Justice Rao of the Madras High Court has warned about fake videos. His remarks came while hearing a petition "
     "filed by actor Kiran Dalvi. On May 2, the court granted interim relief.", "Madras High Court", ("Kiran Dalvi",)),
    # the petition a named court's ruling follows
    ("The High Court of Zembla has ruled against Brindle Labs. The decision follows a petition by Quoll Institute, "
     "a civil society group.", "High Court of Zembla", ("Quoll Institute",)),
])
def test_a_party_named_by_its_role_is_the_ruling_courts_party(adjudicated, text, court, parties):
    assert {(court, party) for party in parties} <= adjudicated(text)


@pytest.mark.parametrize("text", [
    # no court has ruled yet
    "The Madras High Court is set to hear the matter next week. Brindle Labs and Quoll Media were named as respondents.",
    # two courts rule: whose case the parties are, the item does not say
    "The Zembla Court of Appeal dismissed the appeal. The Zembla Supreme Court later ruled on costs. Brindle Labs and "
    "Quoll Media were named as respondents.",
])
def test_no_one_ruling_court_no_party(adjudicated, text):
    assert not {pair for pair in adjudicated(text) if pair[1] in ("Brindle Labs", "Quoll Media")}


@pytest.fixture
def sued(read_facts):
    """The (plaintiff, defendant) pairs of one English story's sued facts."""
    return _pairs(read_facts, "sued")


@pytest.mark.parametrize("text, plaintiff, parties", [
    # the one the court granted the relief asked for brought the case against the respondents listed
    ("The Madras High Court has granted interim relief to the singer Kiran Dalvi. The court restrained the uploaders "
     "from using her voice. Other respondents named in the suit include Brindle Labs and Quoll Media.",
     "Kiran Dalvi", ("Brindle Labs", "Quoll Media")),
    # the petitioner of the petition the court heard
    ("The Madras High Court granted an injunction on May 2 in a petition filed by Kiran Dalvi. Brindle Labs and "
     "Quoll Media were also named as respondents.", "Kiran Dalvi", ("Brindle Labs", "Quoll Media")),
])
def test_respondents_are_sued_by_the_one_who_brought_the_case(sued, text, plaintiff, parties):
    assert {(plaintiff, party) for party in parties} <= sued(text)


@pytest.mark.parametrize("text", [
    # two parties could have brought it: whose respondents they are, the item does not say
    "The Madras High Court has granted interim relief to Kiran Dalvi and Arun Mehta in separate petitions. Brindle "
    "Labs and Quoll Media were named as respondents.",
    # two courts rule: whose case the respondents are, the item does not say
    "The Zembla Court of Appeal has granted interim relief to Kiran Dalvi. The Zembla Supreme Court later ruled on "
    "costs. Brindle Labs and Quoll Media were named as respondents.",
])
def test_no_one_bringer_or_ruling_no_respondent_suit(sued, text):
    assert not {pair for pair in sued(text) if pair[1] in ("Brindle Labs", "Quoll Media")}
