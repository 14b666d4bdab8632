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
])
def test_a_sanction_with_words_between(facts, sentence, relation, head, tail):
    assert (head, tail) in _of(facts(sentence), relation)


@pytest.mark.parametrize("sentence, relation", [
    ("The Italian Data Protection Authority could fine Nimbus Labs up to 20 million euros.", "fined"),
    ("The Italian Data Protection Authority lifted the ban on Nimbus Labs in April.", "banned"),
    ("The European Commission plans to block Nimbus Labs from the market next year.", "banned"),
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
