"""Papers of a suing owner in the suit table (kg.cases): a paper told only as what its plaintiff owns
(Norvale Media, the owner of the Harbor Ledger, sued X) sues no one; a unit and its owner are two
plaintiffs only where a sentence tells each suing (not one naming the unit as its owner's description);
a title and its publisher are one party whatever other owner of the title the suit names apart.
Small graphs of invented sentences."""
from __future__ import annotations

import pytest

from kg.cases import suits
from tests.test_cases_short_names import _graph

ENTITIES = [("norvale", "Company", "Norvale Media", ("诺维尔传媒", "諾維爾傳媒")),
            ("ledger", "Company", "Harbor Ledger", ("The Harbor Ledger", "港湾日报", "港灣日報")),
            ("crest", "Company", "Daily Crest", ("The Daily Crest", "每日冠报", "每日冠報")),
            ("tune", "Company", "Tunecraft", ())]


def _rows(facts, entities=ENTITIES) -> list[tuple[list[str], list[str]]]:
    """The suit table's (plaintiffs, defendants) of one document's facts (head, relation, tail, sentence)."""
    return sorted((sorted(row.plaintiffs), sorted(row.defendants)) for row in suits(_graph(entities, facts)))


def test_papers_told_as_what_the_plaintiff_owns_sue_no_one():
    sentence = "Norvale Media, the owner of the Harbor Ledger and the Daily Crest, sued Tunecraft in October."
    facts = [(node, "sued", "tune", sentence) for node in ("norvale", "ledger", "crest")]
    assert _rows(facts) == [(["norvale"], ["tune"])]


def test_papers_suing_beside_their_owner_in_a_list_stay():
    sentence = "Norvale Media, the Harbor Ledger and the Daily Crest sued Tunecraft in October."
    facts = [(node, "sued", "tune", sentence) for node in ("norvale", "ledger", "crest")]
    assert _rows(facts) == [(["crest", "ledger", "norvale"], ["tune"])]


@pytest.mark.parametrize("paper_sentence", [
    "港湾日报与每日冠报今天向纽约联邦法院起诉Tunecraft。",  # Simplified
    "「港灣日報」與「每日冠報」今天向紐約聯邦法院起訴Tunecraft。",  # Traditional
])
def test_a_unit_named_beside_its_owner_only_as_its_description_is_the_owner(paper_sentence):
    # the English sentence names the Harbor Ledger only in its owner's description: the two never sue apart
    owner_sentence = "Harbor Ledger parent Norvale Media and the Daily Crest filed a lawsuit against Tunecraft."
    facts = [("ledger", "sued", "tune", paper_sentence), ("crest", "sued", "tune", paper_sentence),
             ("norvale", "sued", "tune", owner_sentence), ("crest", "sued", "tune", owner_sentence),
             ("ledger", "partOf", "norvale", owner_sentence)]
    assert _rows(facts) == [(["crest", "norvale"], ["tune"])]


@pytest.mark.parametrize("sentence", [
    "诺维尔传媒及其子公司港湾日报起诉了Tunecraft。",  # Simplified
    "諾維爾傳媒及其子公司港灣日報起訴了Tunecraft。",  # Traditional
    "Norvale Media and its unit the Harbor Ledger sued Tunecraft.",
])
def test_an_owner_and_its_unit_each_suing_in_one_sentence_stay_two(sentence):
    facts = [("norvale", "sued", "tune", sentence), ("ledger", "sued", "tune", sentence),
             ("ledger", "partOf", "norvale", sentence)]
    assert _rows(facts) == [(["ledger", "norvale"], ["tune"])]


def test_a_title_and_its_publisher_are_one_party_whatever_other_owner_is_named_apart():
    entities = ENTITIES + [("post", "Company", "Crest Post", ("The Crest Post",)),
                           ("holdings", "Company", "CP Holdings, Inc.", ("CP Holdings",))]
    first, second = ("Norvale Media and the Crest Post sued Tunecraft on Monday.",
                     "Norvale Media and CP Holdings, Inc. filed the complaint against Tunecraft.")
    facts = [("norvale", "sued", "tune", first), ("post", "sued", "tune", first),
             ("norvale", "sued", "tune", second), ("holdings", "sued", "tune", second),
             ("post", "partOf", "norvale", first)]
    # the Crest Post is named apart from Norvale Media, never from CP Holdings, its publisher: one party with it
    assert _rows(facts, entities) == [(["holdings", "norvale"], ["tune"])]
