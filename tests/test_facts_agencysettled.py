"""kg.facts.agencysettled AgencySettled: a sentence naming one agency and one company or
organisation, telling a settlement in any words (its settlement with the FTC, agreed to settle
allegations, settled charges against, resolving claims, consented to a cease-and-desist order):
the agency settled the party.  Names and sentences invented."""
from __future__ import annotations

import pytest


def settled_by_rule(found):
    return {(f.head.canonical or f.head.text, f.tail.canonical or f.tail.text)
            for f in found if f.relation == "settled" and f.rule == "agencysettled"}


@pytest.mark.parametrize("sentence, party", [
    ("The FTC's Bureau of Consumer Protection announced that Quillmark, Inc., the developer of a photo app, "
     "agreed to settle allegations of deceptive use of facial recognition.", "Quillmark, Inc."),
    ("The Texas Attorney General recently took action against Brindle Health Inc., resolving claims that the "
     "company made misleading statements about its products.", "Brindle Health Inc."),
    ("Without admitting or denying the SEC's findings, Quillmark Automation Inc. consented to a cease-and-desist order.",
     "Quillmark Automation Inc."),
    ("According to the SEC, the settled order bars Larkspur Advisers Inc. from managing client funds for a year.",
     "Larkspur Advisers Inc."),
])
def test_an_agency_settles_the_one_party_its_sentence_names(read_facts, sentence, party):
    found = settled_by_rule(read_facts(sentence, objects=True))
    assert len(found) == 1, found
    ((agency, tail),) = found
    assert tail == party and agency not in (party, "Bureau of Consumer Protection"), found


@pytest.mark.parametrize("sentence", [
    # a settlement wanted, talked of or refused
    "The publishers want a settlement with the FTC that makes Quillmark Inc. pay licence fees.",
    "Quillmark Inc. is in talks over a settlement with the FTC.",
    "Quillmark Inc. has not settled with the FTC.",
    # two parties: the cue families read which settled with whom
    "Quillmark Inc. and Brindle Health Inc. settled charges brought by the SEC.",
    # a person beside the agency (its officer, or another party)
    "FTC Chair Jane Roe said the settlement with Quillmark Inc. protects consumers.",
    # no settlement
    "The SEC charged Quillmark Inc. with misleading investors.",
])
def test_no_agency_settlement(read_facts, sentence):
    assert not settled_by_rule(read_facts(sentence, objects=True, people=("Jane Roe",)))
