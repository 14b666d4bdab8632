"""Suit parties told as lists (lists49, issues 49, 53): a legal form after a comma stays with its name, a list
after a count and a colon, the members included in a group told after "by"; a previous settlement of others
settles no suit told.  The leader of a group described after the name, the companies named in the next
sentence and 把X给告了 are gaps: readings of them gained on no unseen check half and were dropped.  Invented
names and sentences."""
from __future__ import annotations

import pytest

from xfails import NO_RULE

PUBLISHERS = ("Harbor Gazette Company, LLC", "Bayside Courier Company, LLC", "Northfield Ledger Company, LLC")
FOUR = ("Orvex Labs", "Zentek Technologies", "Corvex Systems", "Brightline AI")


def _sued(read_facts, text):
    return {(h, t) for h, r, t in read_facts(text) if r == "sued"}


QUIST_FOUR = {("Mara Quist", name) for name in FOUR}
QUIST_TWO = {("Mara Quist", "Orvex Labs"), ("Mara Quist", "Zentek Technologies")}
LISTS = [
    # a legal form after a comma stays with its name, and the list goes on
    ("Harbor Gazette Company, LLC, Bayside Courier Company, LLC, and Northfield Ledger Company, LLC sued Orvex Labs.",
     {(name, "Orvex Labs") for name in PUBLISHERS}),
    ("Harbor Gazette Company, LLC, Bayside Courier Company, LLC and Northfield Ledger Company, LLC filed a lawsuit "
     "against Orvex Labs on Tuesday.", {(name, "Orvex Labs") for name in PUBLISHERS}),
    # the defendants after a count and a colon
    ("Mara Quist has launched a new lawsuit against four major AI companies: Orvex Labs, Zentek Technologies, "
     "Corvex Systems, and Brightline AI.", QUIST_FOUR),
    ("A group of authors, led by Mara Quist, has launched a lawsuit against four AI firms: Orvex Labs, Zentek "
     "Technologies, Corvex Systems and Brightline AI.", QUIST_FOUR),
    # the leader of a group, described after the name
    pytest.param("A prominent group of authors, spearheaded by Mara Quist, the journalist behind \"Glass Towers,\" "
                 "has launched a lawsuit against Orvex Labs and Zentek Technologies.", QUIST_TWO, marks=NO_RULE),
    pytest.param("A coalition of writers, led by Mara Quist, a former editor, has sued Orvex Labs and Zentek "
                 "Technologies.", QUIST_TWO, marks=NO_RULE),
    # the members after "including" in the agent after "by"
    ("Legal action has been launched by a coalition of writers, including journalist Mara Quist, against four AI "
     "firms: Orvex Labs, Zentek Technologies, Corvex Systems and Brightline AI.", QUIST_FOUR),
    ("The suit was brought by a group of authors, including Mara Quist, against Orvex Labs, Zentek Technologies, "
     "Corvex Systems and Brightline AI.", QUIST_FOUR),
    # the companies named in the next sentence (context.tsv defendants_told has "the defendants are" only)
    pytest.param("A collective of authors, including journalist Mara Quist, has initiated legal action against four "
                 "tech giants. The companies named are Orvex Labs, Zentek Technologies, Corvex Systems, and Brightline "
                 "AI.", QUIST_FOUR, marks=NO_RULE),
    pytest.param("Mara Quist filed a lawsuit on Monday. The companies sued are Orvex Labs, Zentek Technologies, "
                 "Corvex Systems and Brightline AI.", QUIST_FOUR, marks=NO_RULE),
    # Chinese: 把X给告了 after a list of outlets (Simplified, Traditional)
    pytest.param("纽约时报、华尔街日报和金融时报这几家媒体把谷歌给告了。",
                 {(name, "谷歌") for name in ("纽约时报", "华尔街日报", "金融时报")}, marks=NO_RULE),
    pytest.param("《紐約時報》和《華爾街日報》這兩家媒體把谷歌給告了。",
                 {(name, "谷歌") for name in ("紐約時報", "華爾街日報")}, marks=NO_RULE),
]


@pytest.mark.parametrize("text, pairs", LISTS)
def test_each_member_of_a_party_list_is_read(read_facts, text, pairs):
    assert _sued(read_facts, text) == pairs


def test_a_count_and_colon_before_one_name_is_no_list(read_facts):
    found = _sued(read_facts, "Mara Quist sued two firms: Orvex Labs, which makes chips, and a shell company.")
    assert found <= {("Mara Quist", "Orvex Labs")}


def test_companies_named_after_no_suit_are_no_defendants(read_facts):
    text = ("Mara Quist met four tech giants at the summit. The companies named are Orvex Labs, Zentek Technologies, "
            "Corvex Systems and Brightline AI.")
    assert _sued(read_facts, text) == set()


def test_a_previous_settlement_of_others_is_not_the_suits(read_facts):
    text = ("Mara Quist has launched a lawsuit against Orvex Labs and Zentek Technologies. The suit comes as a "
            "rejection of a previous class-action settlement with Orvex Labs, which many writers deemed inadequate.")
    found = read_facts(text)
    assert ("Mara Quist", "sued", "Orvex Labs") in found
    assert not any(r == "settled" for _, r, _ in found)
