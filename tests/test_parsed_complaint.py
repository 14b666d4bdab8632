"""kg.facts.parsed.ParsedSuits.complaints (``parsed/complaint``) through the whole pipeline: a
complaint made to a regulator accuses, it sues no one (issues 49 and 53: the one reader of it)."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("sentence, head, tail", [
    # the venue before whom it is about, "regarding" hung on the venue by the parse
    ("On Monday the advocacy group Aster Holdings filed a complaint with the national privacy authority "
     "regarding Nimbus Labs.", "Aster Holdings", "Nimbus Labs"),
    # several complaints, "concerning" a possessive phrase: its possessor
    ("On Thursday the advocacy group Aster Holdings lodged complaints with the data protection authorities of "
     "five countries concerning Nimbus Labs's plans to train its models.", "Aster Holdings", "Nimbus Labs"),
    # a relative clause of filing, its name's verb of claiming naming whom
    ("The advocacy group Aster Holdings, which filed the complaint to the Norwegian Data Protection Authority "
     "last week, claimed that Nimbus Labs had invented the story.", "Aster Holdings", "Nimbus Labs"),
])
def test_a_complaint_to_a_regulator_accuses(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "accused")


@pytest.mark.parametrize("sentence", [
    # a court is no regulator: a complaint there is a suit
    "On Monday the advocacy group Aster Holdings filed a complaint with the district court regarding Nimbus Labs.",
    # hedged above the verb
    "On Monday the advocacy group Aster Holdings threatened to file a complaint with the privacy authority "
    "regarding Nimbus Labs.",
    # no venue told: left to the suit readers
    "On Monday the advocacy group Aster Holdings filed a complaint regarding Nimbus Labs.",
])
def test_a_complaint_to_no_regulator_accuses_no_one(facts, sentence):
    assert ("Aster Holdings", "Nimbus Labs") not in _of(facts(sentence), "accused")


@pytest.mark.parametrize("spelling", ["Noyb", "NOYB"])
def test_noyb_opening_a_sentence_in_its_own_spellings(facts, spelling):
    read = facts(f"{spelling} has filed a complaint with the Austrian data protection authority regarding Nimbus Labs.")
    assert (spelling, "Nimbus Labs") in _of(read, "accused")  # (data/kb/organizations.tsv: no name opening it before)
