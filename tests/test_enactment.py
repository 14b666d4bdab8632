"""kg.facts.enactment: who issued or proposed an instrument, read from the English parse
(issue 49): each shape in several wordings of our own, and wordings that state nothing."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("sentence, head, tail", [
    # a list of sponsors with titles and parties between them and the verb
    ("Sens. Maria Delgado, D-Ore., Thomas Whitfield, R-Kan., and Helen Okafor, D-Md., introduced the "
     "Harbor Data Act on Tuesday.", "Thomas Whitfield", "Harbor Data Act"),
    ("Senators Maria Delgado (D-OR) and Thomas Whitfield (R-KS), both members of the Senate Commerce "
     "Committee, introduced the Harbor Data Act.", "Maria Delgado", "Harbor Data Act"),
    # the passive with the sponsor after "by", and a sponsorship verb
    ("The Harbor Data Act was introduced by Rep. Daniel Kwan in the House last week.", "Daniel Kwan", "Harbor Data Act"),
    ("Assemblymember Rosa Ibarra authored SB 812, which would require chatbot disclosures.", "Rosa Ibarra", "SB 812"),
    # co-sponsors named with "along with"
    ("Maria Delgado sponsored the bill, SB 812, along with Senate Majority Leader Thomas Whitfield.",
     "Thomas Whitfield", "SB 812"),
    # the sponsor noun
    ("The sponsor of SB 812, Sen. Maria Delgado, said the bill protects consumers.", "Maria Delgado", "SB 812"),
])
def test_proposed(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "proposed")


@pytest.mark.parametrize("sentence, head, tail", [
    # a coordinated verb keeps its subject; the bills after a colon... named in the object
    ("Governor Anne Holloway met reporters in the capitol and then signed SB 812 into law.", "Anne Holloway", "SB 812"),
    # a passive with a date and a vote between the act and its actor
    ("The Harbor Data Act was passed Tuesday afternoon by the Senate, 51-49, after a long debate.",
     "Senate", "Harbor Data Act"),
    # a passive participle after the instrument
    ("SB 812, signed by Governor Anne Holloway in May, takes effect in January.", "Anne Holloway", "SB 812"),
])
def test_issued(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "issued")


@pytest.mark.parametrize("sentence, head, tails", [
    # what a container noun holds: the final version of X, a new text of X
    ("The Ministry of Digital Affairs published the final version of the Harbor Data Act on Monday.",
     "Ministry of Digital Affairs", {"Harbor Data Act"}),
    # a document released and given its title
    ("On May 2, the Federal Trade Commission released a new guidance document titled the Fair Pricing Act.",
     "Federal Trade Commission", {"Fair Pricing Act"}),
    # members of the issuing group an "including" names
    ("Five agencies, including the Ministry of Digital Affairs, co-issued SB 812 in March.",
     "Ministry of Digital Affairs", {"SB 812"}),
    # "she" for the one person the sentence names before her, "into law" no instrument itself
    ("Governor Anne Holloway said the state would lead after she signed into law on Friday SB 812, a chatbot bill.",
     "Anne Holloway", {"SB 812"}),
    # the bills a colon lists after the act's bare noun
    ("Governor Anne Holloway met the press and then signed the bills: SB 812, AB 940 and AB 1001.",
     "Anne Holloway", {"SB 812", "AB 940", "AB 1001"}),
])
def test_issued_through_containers_groups_pronouns_and_lists(facts, sentence, head, tails):
    assert {(head, tail) for tail in tails} <= _of(facts(sentence), "issued")


@pytest.mark.parametrize("text", [
    # a pronoun with two persons before it, or none: the family names no actor
    "Senator Maria Delgado met Governor Anne Holloway in Salem, and later she signed the Harbor Data Act.",
    "After she signed the Harbor Data Act, the governor left for Salem.",
])
def test_a_pronoun_stands_for_one_person_only(pipeline, text):
    import re

    from kg.facts.base import Sentence, Shared, evidence
    from kg.facts.enactment import Enactments
    from kg.model import Item, Mention
    names = {"Maria Delgado": "Person", "Anne Holloway": "Person", "Harbor Data Act": "Law"}
    mentions = sorted((Mention(n, t, m.start(), m.end(), mechanism="english") for n, t in names.items()
                       if (m := re.search(re.escape(n), text))), key=lambda m: m.start)
    item = Item("fixture.txt", 1, "", text, date="2025-03-01")
    laws = [m for m in mentions if m.type == "Law"]
    sentence = Sentence(item, text, 0, len(text), mentions, evidence(item, text, 0, len(text), None), laws, mentions)
    assert not [f for f in Enactments(Shared(pipeline.kb)).facts(sentence) if f.relation == "issued"]


def test_a_bare_bill_stands_for_the_one_law_the_item_names(facts):
    found = facts("The Harbor Data Act requires chatbots to disclose that they are machines. "
                  "The Senate passed the bill by unanimous consent on Monday.")
    assert ("Senate", "Harbor Data Act") in _of(found, "issued")
    found = facts("The Harbor Data Act requires chatbots to disclose that they are machines. "
                  "Lead sponsors include Sen. Maria Delgado and Sen. Thomas Whitfield.")
    assert {("Maria Delgado", "Harbor Data Act"), ("Thomas Whitfield", "Harbor Data Act")} <= _of(found, "proposed")


@pytest.mark.parametrize("text, head", [
    # a regulator's order against a party, a judge's order: a ruling, not the one law the item names
    ("On 3 March 2025, the Norland Data Protection Authority (Autorita per la protezione dei dati) issued an injunctive "
     "order against Quill Labs - a chatbot developer based in Vestland. The authority found that Quill Labs breached "
     "the Harbor Data Act.", "Norland Data Protection Authority"),
    ("The Norland supervisory authority (Garante) issued an urgent order against Quill Labs Inc., the developer of the "
     "chatbot Pennywise, on 2 February 2023. The order relies on the Harbor Data Act.", "Garante"),
    ("The authors sued Brightline under the Harbor Data Act. The order, issued on Friday by U.S. District Judge "
     "Maria Okafor, dismissed most of their claims.", "Maria Okafor"),
])
def test_an_order_that_rules_on_a_party_issues_no_law(facts, text, head):
    assert (head, "Harbor Data Act") not in _of(facts(text), "issued")


def test_a_bare_order_of_a_lawmaker_still_stands_for_the_one_law(facts):
    found = facts("The Harbor Data Act requires chatbots to disclose that they are machines. "
                  "Governor Anne Holloway signed the order on Monday.")
    assert ("Anne Holloway", "Harbor Data Act") in _of(found, "issued")


@pytest.mark.parametrize("sentence", [
    "Governor Anne Holloway would sign SB 812 if lawmakers sent it to her.",
    "Governor Anne Holloway plans to sign SB 812 next week.",
    "Governor Anne Holloway did not sign SB 812.",
    "The Harbor Data Act passed the Senate. In Oregon, Governor Anne Holloway signed a similar bill last month.",
])
def test_unstated_acts_state_nothing(facts, sentence):
    assert ("Anne Holloway", "SB 812") not in _of(facts(sentence), "issued")
    assert ("Anne Holloway", "Harbor Data Act") not in _of(facts(sentence), "issued")


def test_a_dateline_issues_nothing(facts):
    found = _of(facts("SALEM — Mayor Anne Holloway and Chief Technology Officer Daniel Kwan today released the "
                      "Harbor Data Act, a framework for how city agencies buy AI tools."), "issued")
    assert ("Daniel Kwan", "Harbor Data Act") in found
    assert not {h for h, _ in found} & {"SALEM", "Salem"}


def test_a_place_qualifying_a_senator_proposes_nothing(facts):
    found = _of(facts("Sens. Maria Delgado, D-Ore., and Thomas Whitfield, R-Kan., introduced the Harbor Data Act."),
                "proposed")
    assert ("Maria Delgado", "Harbor Data Act") in found
    assert not {h for h, _ in found} & {"Oregon", "Kansas", "Ore.", "Kan."}


def test_the_parse_reads_what_no_word_pattern_does(pipeline):
    """The family's own facts (Fact.rule enactment/…): a bill named a sentence after the act,
    and a list of titled senators with their states between them and the verb."""
    from kg.model import Item
    text = ("Wire story\nSens. Maria Delgado, D-Ore., Thomas Whitfield, R-Kan., and Helen Okafor, D-Md., "
            "introduced a measure Thursday to label synthetic media. The Harbor Data Act requires visible labels.")
    item = Item("fixture.txt", 1, "Wire story", text[len("Wire story\n"):], date="2025-06-01")
    found = pipeline.extractor.facts(item, text, pipeline.nlp(text).user_data["mentions"])
    read = {(f.head.text, f.tail.text) for f in found if f.rule == "enactment/proposed"}
    assert {("Maria Delgado", "Harbor Data Act"), ("Helen Okafor", "Harbor Data Act")} <= read
    assert not any(f.head.type == "Jurisdiction" for f in found if f.rule.startswith("enactment/"))


@pytest.mark.parametrize("sentence, head, tail", [
    # the legislature an act is done in or through, and the one a law as subject passed (round 48)
    ("The Harbor Data Act was approved unanimously in the State Senate before the governor signed it.",
     "State Senate", "Harbor Data Act"),
    ("In March, the Harbor Data Act was passed in the National Assembly plenary session.",
     "National Assembly", "Harbor Data Act"),
    ("The Harbor Data Act passed the National Assembly's plenary session on Tuesday.",
     "National Assembly", "Harbor Data Act"),
])
def test_the_legislature_a_law_passed_in_issued_it(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "issued")


def test_a_place_or_room_an_act_is_done_in_issued_nothing(facts):
    found = _of(facts("The Harbor Data Act was signed by Governor Anne Holloway in Sacramento, in the Rose Garden."), "issued")
    assert {h for h, _ in found} & {"Sacramento", "Rose Garden", "California"} == set()


@pytest.mark.parametrize("sentence, heads, tail", [
    # co-sponsors a bill is put forward alongside, and the phrasal "put forth" with a passive agent list
    ("Sens. Maria Delgado and Thomas Whitfield reintroduced the Harbor Data Act on Wednesday alongside "
     "Representatives Daniel Kwan (D-Ore.) and Rosa Ibarra (R-Kan.).", {"Maria Delgado", "Daniel Kwan", "Rosa Ibarra"}, "Harbor Data Act"),
    ("The Harbor Data Act was put forth on June 28 by Sens. Maria Delgado, D-Ore., Thomas Whitfield, R-Kan., and "
     "Helen Okafor, D-Md.", {"Maria Delgado", "Thomas Whitfield", "Helen Okafor"}, "Harbor Data Act"),
])
def test_co_sponsors_and_put_forth_proposed_it(facts, sentence, heads, tail):
    found = _of(facts(sentence), "proposed")
    assert {(h, tail) for h in heads} <= found
    assert not {h for h, t in found if h in ("Oregon", "Kansas", "Ore.", "Kan.")}  # a party label's state proposes nothing


def test_a_ceremony_guest_signs_nothing_alongside(facts):
    found = _of(facts("Governor Anne Holloway signed the Harbor Data Act alongside Senator Maria Delgado."), "issued")
    assert ("Maria Delgado", "Harbor Data Act") not in found


def test_a_passive_it_stands_for_the_items_one_law(facts):
    found = _of(facts("Governor Anne Holloway signed SB 812 into law on Friday. It was sponsored by Sen. Maria Delgado "
                      "and Rep. Daniel Kwan, both Democrats."), "proposed")
    assert {("Maria Delgado", "SB 812"), ("Daniel Kwan", "SB 812")} <= found
