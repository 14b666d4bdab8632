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


@pytest.mark.parametrize("sentence, head, tails", [
    # an inquiry into a deal reaches its parties: between A and B, A's deal with B, A's investment in B
    ("The Competition and Markets Authority is investigating the partnership between Nimbus Labs and its largest "
     "investor, Corvid Capital.", "Competition and Markets Authority", {"Nimbus Labs", "Corvid Capital"}),
    ("The Federal Trade Commission opened a probe on Monday into Nimbus Labs's investment in Corvid Labs.",
     "Federal Trade Commission", {"Nimbus Labs", "Corvid Labs"}),
    ("The European Commission is examining the tie-up between Nimbus Labs and Corvid Labs.",
     "European Commission", {"Nimbus Labs", "Corvid Labs"}),
    # a verb of inquiring with a "whether"/"if" clause, a deal its subject
    ("The Competition and Markets Authority investigated if Nimbus Labs's deal with Corvid Labs could harm rivals.",
     "Competition and Markets Authority", {"Nimbus Labs", "Corvid Labs"}),
    # the members of a group an inquiry reaches, listed after "including"
    ("The Federal Trade Commission announced an investigation into Nimbus Labs and other chatbot makers, including "
     "Corvid Labs and Aster Labs.", "Federal Trade Commission", {"Nimbus Labs", "Corvid Labs", "Aster Labs"}),
    ("The Federal Trade Commission opened an inquiry into several chatbot makers, including Corvid Labs and Aster Labs.",
     "Federal Trade Commission", {"Corvid Labs", "Aster Labs"}),
    # a name under an inquiry or facing one, the body its "by"/"from" or possessor
    ("Nimbus Labs remains under the Federal Trade Commission's scrutiny over its chatbot.",
     "Federal Trade Commission", {"Nimbus Labs"}),
    ("Nimbus Labs now faces a formal probe from the Irish Data Protection Commission over its training data.",
     "Irish Data Protection Commission", {"Nimbus Labs"}),
])
def test_an_inquiry_reaching_a_deal_a_group_or_a_name_under_it(facts, sentence, head, tails):
    assert {(head, tail) for tail in tails} <= _of(facts(sentence), "investigated")


@pytest.mark.parametrize("sentence", [
    # a deal approved, a report examined, an inquiry the name may face: no inquiry stated
    "The Federal Trade Commission examined the report written by Nimbus Labs.",
    "Nimbus Labs could face an investigation by the Federal Trade Commission.",
    "The Federal Trade Commission is not investigating the partnership between Nimbus Labs and Corvid Labs.",
])
def test_no_inquiry_reaches_a_deal_or_a_name_where_none_is_stated(facts, sentence):
    assert not {pair for pair in _of(facts(sentence), "investigated") if "Nimbus Labs" in pair}


@pytest.mark.parametrize("sentence, head, tails", [
    # a body asking a company to give information (its object), and orders whose "to" hangs on what they seek
    ("The Federal Trade Commission asked Nimbus Labs on Monday to provide information about its chatbot.",
     "Federal Trade Commission", {"Nimbus Labs"}),
    ("The European Commission ordered Corvid Labs to hand over internal documents on its recommender.",
     "European Commission", {"Corvid Labs"}),
    ("The Federal Trade Commission issued orders seeking information to Nimbus Labs and Corvid Labs.",
     "Federal Trade Commission", {"Nimbus Labs", "Corvid Labs"}),
])
def test_a_body_asking_for_information(facts, sentence, head, tails):
    assert {(head, tail) for tail in tails} <= _of(facts(sentence), "investigated")


@pytest.mark.parametrize("sentence", [
    "The European Commission asked Nimbus Labs to explain its plans to users.",  # no information asked for
    "The Federal Trade Commission may ask Nimbus Labs to provide information about its chatbot.",  # hedged
])
def test_asking_for_no_information_or_a_hedged_ask_is_no_inquiry(facts, sentence):
    assert not _of(facts(sentence), "investigated")


def test_it_reported_stands_for_the_reporter_and_an_owner_named_before_is_no_target(facts):
    read = _of(facts("The Federal Trade Commission said it would study the market and issued orders seeking "
                     "information to Nimbus Labs and Corvid Labs owner Aster Holdings."), "investigated")
    assert {("Federal Trade Commission", "Nimbus Labs"), ("Federal Trade Commission", "Aster Holdings")} <= read
    assert ("Federal Trade Commission", "Corvid Labs") not in read


@pytest.mark.parametrize("sentence, head, tail", [
    # an inquiry into a party's conduct told as a noun whose "by" names the party
    ("The Data Protection Commission has opened a formal investigation into the use of personal data by Nimbus "
     "Labs, a chatbot maker.", "Data Protection Commission", "Nimbus Labs"),
    # an inquiry into a question: the question's subject
    ("The Federal Trade Commission has launched an inquiry into how Nimbus Labs is using data from its users.",
     "Federal Trade Commission", "Nimbus Labs"),
    ("The Federal Trade Commission opened an investigation into whether Nimbus Labs broke consumer protection laws.",
     "Federal Trade Commission", "Nimbus Labs"),
    # a body's inquiry that examines whether a party did something
    ("The Data Protection Commission's inquiry will examine whether Nimbus Labs and Corvid Labs complied with the law.",
     "Data Protection Commission", "Corvid Labs"),
    # a deal told as an association: its parties
    ("The Competition and Markets Authority is examining whether Nimbus Labs' association with Corvid Labs could "
     "harm competition.", "Competition and Markets Authority", "Corvid Labs"),
])
def test_an_inquiry_into_a_question_or_a_conduct(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "investigated")


def test_an_inquiry_the_use_of_whose_data_is_by_its_body_names_no_target(facts):
    # the "by" of the inquiry noun itself is its body, not what it reaches
    read = _of(facts("An investigation by the Federal Trade Commission into the use of chatbots found no breach."),
               "investigated")
    assert not {pair for pair in read if pair[1] == "Federal Trade Commission"}


@pytest.mark.parametrize("text, head, tails", [
    # an inquiry told before, referred to by the subject of a verb of scope (here the parse's participle)
    ("The Italian Competition Authority has closed three investigations into chatbot providers. The cases involved "
     "Nimbus Labs, Corvid Labs and Aster Holdings, and were conducted under the consumer code.",
     "Italian Competition Authority", {"Nimbus Labs", "Corvid Labs", "Aster Holdings"}),
    ("The Federal Trade Commission opened an investigation last week. The probe focuses on Nimbus Labs' "
     "partnership with Corvid Labs.", "Federal Trade Commission", {"Nimbus Labs", "Corvid Labs"}),
])
def test_an_inquiry_told_before_and_its_scope(facts, text, head, tails):
    assert {(head, tail) for tail in tails} <= _of(facts(text), "investigated")


@pytest.mark.parametrize("text", [
    # a suit, not an inquiry, told before
    "Nimbus Labs sued Corvid Labs in the High Court. The case concerns Aster Holdings' chatbot.",
    # two bodies before: whose inquiry is unknown
    "The Federal Trade Commission and the Competition and Markets Authority opened investigations last year. The "
    "cases involved Aster Holdings.",
    # a reference that names its own holder is not one told before
    "The Federal Trade Commission opened an investigation. The Nimbus Labs case involves Aster Holdings.",
])
def test_a_scope_with_no_one_inquiry_told_before_states_nothing(facts, text):
    assert not {pair for pair in _of(facts(text), "investigated") if pair[1] == "Aster Holdings"}
