"""kg.facts.sanction_parse: fines and bans read from the English parse (issue 49): an amount
between the act and its actor, one fine per company, a ban told as a measure or a gerund, and
wordings that state nothing."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("sentence, relation, head, tail", [
    # a passive fine with its amount and conversion before the agent
    ("Nimbus Labs was fined 15 million euros ($15.6 million) by the Italian Data Protection Authority and was "
     "ordered to run an awareness campaign.", "fined", "Italian Data Protection Authority", "Nimbus Labs"),
    # one fine per company, the second named with its own amount
    ("The European Commission fined Nimbus Labs €500 million and Corvid Labs €200 million under the Digital "
     "Markets Act.", "fined", "European Commission", "Corvid Labs"),
    # a ban told as the measure announced, through "known as"
    ("The Italian Data Protection Authority has announced the immediate blockade of the chatbot known as Aria, "
     "made by Nimbus Labs.", "banned", "Italian Data Protection Authority", "Aria"),
    # a gerund after "by" takes the subject of the verb it hangs on
    ("The Italian Data Protection Authority took a major step by blocking Nimbus Labs in Italy.",
     "banned", "Italian Data Protection Authority", "Nimbus Labs"),
    # what a ban keeps others from using, with words between
    ("The Ministry of Digital Affairs, citing security risks, has formally blocked all government agencies and "
     "public schools from using Nimbus Labs.", "banned", "Ministry of Digital Affairs", "Nimbus Labs"),
    ("The Ministry of Finance has barred its employees, including senior officials, from downloading Nimbus Labs "
     "apps on office computers.", "banned", "Ministry of Finance", "Nimbus Labs"),
    # a fine told as the object of an act, on or against its target (sanction_parse.tsv penalty, levy)
    ("In May the Italian Data Protection Authority imposed a 5 million euro fine on Nimbus Labs over the same "
     "conduct.", "fined", "Italian Data Protection Authority", "Nimbus Labs"),
    ("Last week, the Federal Communications Commission proposed a $6 million fine against Nimbus Labs for its "
     "robocalls.", "fined", "Federal Communications Commission", "Nimbus Labs"),
    # … in a participle's clause after a comma, "on" hung on the amount
    ("The Dutch Data Protection Authority also issued an order, imposing a penalty of up to 5 million euros on "
     "Nimbus Labs for non-compliance.", "fined", "Dutch Data Protection Authority", "Nimbus Labs"),
    # a ban of a thing's use: what the use is of (service, service_of; a halt only so)
    ("South Korea suspended the downloads of Aria, a chatbot made by Nimbus Labs, until it reviews its privacy "
     "practices.", "banned", "South Korea", "Aria"),
    ("South Korea has stopped downloads of Nimbus Labs.", "banned", "South Korea", "Nimbus Labs"),
])
def test_a_sanction_with_words_between(facts, sentence, relation, head, tail):
    assert (head, tail) in _of(facts(sentence), relation)


@pytest.mark.parametrize("sentence, relation", [
    ("The Italian Data Protection Authority could fine Nimbus Labs up to 20 million euros.", "fined"),
    ("The Italian Data Protection Authority lifted the ban on Nimbus Labs in April.", "banned"),
    ("The European Commission plans to block Nimbus Labs from the market next year.", "banned"),
    ("The Italian Data Protection Authority may impose a fine on Nimbus Labs.", "fined"),
    # a halt of anything but a thing's use bans nothing; a fine's "of" is its amount, not its target
    ("The Federal Trade Commission stopped Nimbus Labs from selling the app.", "banned"),
    ("The European Commission halted its review of Nimbus Labs.", "banned"),
])
def test_a_possible_or_lifted_sanction_states_nothing(facts, sentence, relation):
    assert ("Nimbus Labs" not in {t for _, t in _of(facts(sentence), relation)})


@pytest.mark.parametrize("sentence, relation", [
    ("The Italian Data Protection Authority said it had fined Aria maker Nimbus Labs 15 million euros.", "fined"),
])
def test_a_product_naming_its_maker_is_not_the_one_sanctioned(facts, sentence, relation):
    # (the product's name modifies the maker's kind noun: the maker is sanctioned; sanction_parse.tsv relational)
    found = _of(facts(sentence), relation)
    assert ("Italian Data Protection Authority", "Nimbus Labs") in found
    assert ("Italian Data Protection Authority", "Aria") not in found


@pytest.mark.parametrize("sentence, head, tail", [
    ("The Italian Data Protection Authority has fined Nimbus Labs €15 million following an investigation into "
     "Aria's data collection practices.", "Italian Data Protection Authority", "Nimbus Labs"),
    ("The Italian Data Protection Authority temporarily banned Nimbus Labs in Italy in March 2023 at the beginning "
     "of its investigation.", "Italian Data Protection Authority", "Nimbus Labs"),
])
def test_a_sanction_after_an_inquiry_tells_the_inquiry_too(facts, sentence, head, tail):
    # (sanction_parse.tsv sequel, inquiry: the inquiry the fine or ban followed or ended)
    assert (head, tail) in _of(facts(sentence), "investigated")


@pytest.mark.parametrize("sentence", [
    "The Italian Data Protection Authority fined Nimbus Labs €15 million after a court ruling in March.",
    "The Italian Data Protection Authority banned Nimbus Labs in Italy at the beginning of April.",
])
def test_a_sanction_after_anything_else_tells_no_inquiry(facts, sentence):
    assert not _of(facts(sentence), "investigated")

