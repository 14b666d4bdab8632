"""kg.facts.inquiry_parse: an inquiry a body opens or a demand it sends, read from the English
parse (issue 49): several wordings of our own with words between the act and its target, and
wordings that state nothing."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("sentence, head, tails", [
    # a demand sent: served with, the dative, a request "to" a list with a date between
    ("The Irish Data Protection Commission served Corvid Labs with a subpoena on Friday, demanding records on "
     "its training data.", "Irish Data Protection Commission", {"Corvid Labs"}),
    ("The Federal Trade Commission sent Nimbus Labs a 20-page demand for records.",
     "Federal Trade Commission", {"Nimbus Labs"}),
    ("The Federal Trade Commission sent Nimbus Labs a letter on Monday requesting documents about its chatbot.",
     "Federal Trade Commission", {"Nimbus Labs"}),
    # an inquiry opened to assess whether a company did something, and the passive
    ("On Monday, the European Commission opened formal proceedings to assess whether Nimbus Labs, the maker "
     "of the Aria chatbot, may have breached the Digital Services Act.", "European Commission", {"Nimbus Labs"}),
    ("An investigation into Nimbus Labs was opened by the Federal Trade Commission in March.",
     "Federal Trade Commission", {"Nimbus Labs"}),
])
def test_an_inquiry_opened_or_a_demand_sent(facts, sentence, head, tails):
    assert {(head, tail) for tail in tails} <= _of(facts(sentence), "investigated")


@pytest.mark.parametrize("sentence", [
    # a hedge on the act or above it
    "The Federal Trade Commission would open an investigation into Nimbus Labs if the complaint holds.",
    "The Federal Trade Commission plans to open an investigation into Nimbus Labs next year.",
    # a letter that asks for nothing, an order that approves
    "The Irish Data Protection Commission sent Corvid Labs a letter congratulating its founders.",
    "The Federal Trade Commission issued an order approving the merger of Nimbus Labs and Corvid Labs.",
    # proceedings in a court are a suit, not an inquiry
    "The Competition and Consumer Commission has started proceedings in the Federal Court against Nimbus Labs.",
])
def test_a_hedged_act_or_a_letter_asking_nothing_is_no_inquiry(facts, sentence):
    assert not _of(facts(sentence), "investigated")
