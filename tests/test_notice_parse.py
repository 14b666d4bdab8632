"""kg.facts.notice_parse: letters of grievance read from the English parse (issue 49): a
cease-and-desist, warning or demand letter sent by one party to another, in any voice, is an
accusation outside a suit; an unqualified or hedged letter is none."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("sentence, head, tail", [
    # passive, with the agent after a date-less list of words
    ("Nimbus Labs has been sent a cease and desist letter by the California Attorney General Rob Bonta on "
     "Friday, demanding that the company stop.", "Rob Bonta", "Nimbus Labs"),
    # a relative clause of sending on the letter
    ("The suit follows a failed cease-and-desist letter that Corvid Labs sent to Nimbus Labs last month.",
     "Corvid Labs", "Nimbus Labs"),
    # active, "to" after the letter
    ("Aster Holdings sent a warning letter to Nimbus Labs over its chatbot.", "Aster Holdings", "Nimbus Labs"),
])
def test_a_letter_of_grievance_accuses(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "accused")


@pytest.mark.parametrize("sentence", [
    "Aster Holdings sent a letter to Nimbus Labs about the partnership.",  # no word of grievance
    "Aster Holdings threatened to send Nimbus Labs a cease-and-desist letter.",  # hedged above the verb
    "Aster Holdings did not send a cease-and-desist letter to Nimbus Labs.",  # negated
])
def test_a_plain_or_hedged_letter_accuses_no_one(facts, sentence):
    assert ("Aster Holdings", "Nimbus Labs") not in _of(facts(sentence), "accused")


def test_a_letter_beside_a_class_action_stays_an_accusation(facts):
    read = facts("The group Aster Holdings sent Nimbus Labs a cease-and-desist letter last week and said it was "
                 "considering a class action.")
    assert ("Aster Holdings", "Nimbus Labs") in _of(read, "accused")
    assert ("Aster Holdings", "Nimbus Labs") not in _of(read, "sued")


def test_every_lexicon_parse_family_reads_its_own_cue_words(pipeline):
    """Each LexiconParses family of kg.facts.SENTENCE names the kinds of its cue words (CUES) in
    its own words, and its parse is cued by every one of them: no family replaces the parse the
    shared piece made."""
    from kg.facts import SENTENCE
    from kg.facts.base import Shared
    from kg.facts.cued_parse import LexiconParses
    shared = Shared(pipeline.kb)
    families = [family for family in SENTENCE if issubclass(family, LexiconParses)]
    assert families
    for family in families:
        read = family(shared)
        assert family.CUES and all(read.words[kind] for kind in family.CUES), family.__name__
        for word in (w for kind in family.CUES for w in read.words[kind]):
            assert read.parsed.cue.search(f"They spoke of the {word} today."), (family.__name__, word)
