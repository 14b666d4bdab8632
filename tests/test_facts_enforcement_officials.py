"""Enforcement and rule-making read on unseen shapes (issue 49): a titled lawmaker or attorney general
acting in office (inquiry_parse.Officials), a demand asked "for" information, an actor named only in
the sentence before (ParsedInquiries.told_actors), a place in a lawmaker's party label acting not
(grammar.party_place), and 被指, an accusation whose accuser is untold.  Sentences and names invented;
Chinese in Simplified and in Traditional as OpenCC s2t writes it."""
from __future__ import annotations

import opencc
import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)

TRADITIONAL = opencc.OpenCC("s2t")


@pytest.mark.parametrize("sentence, heads, tails", [
    ("U.S. Senator Jane Holloway (R-Mo.) issued document requests to Nimbus Labs and Corvid Labs demanding they "
     "turn over all communications about their chatbots.", {"Jane Holloway"}, {"Nimbus Labs", "Corvid Labs"}),
    ("Ohio Attorney General Dana Whitcomb issued civil investigative demands to Nimbus Labs on Tuesday.",
     {"Dana Whitcomb"}, {"Nimbus Labs"}),
    ("Jane Holloway (D-N.H.) issued document requests to Nimbus Labs demanding records on its chatbot.",
     {"Jane Holloway"}, {"Nimbus Labs"}),
    ("Sen. Jane Holloway wrote on Monday. Holloway and other senators have sent letters to chatbot makers like "
     "Nimbus Labs and Corvid Labs seeking answers and documents about their safeguards.",
     {"Jane Holloway"}, {"Nimbus Labs", "Corvid Labs"}),
])
def test_a_titled_official_sends_a_demand(facts, sentence, heads, tails):
    assert {(h, t) for h in heads for t in tails} <= _of(facts(sentence), "investigated")


def test_an_untitled_person_sends_no_demand_through_the_parse(facts):
    found = _of(facts("Jane Holloway, a software engineer, issued document requests to Nimbus Labs demanding "
                      "records on its chatbot."), "investigated")
    assert ("Jane Holloway", "Nimbus Labs") not in found


def test_a_body_asks_a_company_for_details(facts):
    assert ("Federal Trade Commission", "Nimbus Labs") in _of(
        facts("The Federal Trade Commission asked Nimbus Labs for details about its partnership with Corvid Labs."),
        "investigated")
    assert not _of(facts("Microsoft asked Nimbus Labs for details about its roadmap."), "investigated")


@pytest.mark.parametrize("text, heads, tails", [
    ("U.S. Senators Jane Holloway (R-LA) and Ruth Abbey (R-MO) are seeking answers on how companies protect "
     "children. The senators are seeking information from Nimbus Labs and Corvid Labs.",
     {"Jane Holloway", "Ruth Abbey"}, {"Nimbus Labs", "Corvid Labs"}),
    ("Senators Jane Holloway (D-N.H.) and Ruth Abbey (R-Mo.) sent letters to AI companies on Thursday. Letters "
     "were sent to Nimbus Labs and Corvid Labs, asking the companies to share details about their efforts.",
     {"Jane Holloway", "Ruth Abbey"}, {"Nimbus Labs", "Corvid Labs"}),
    ("The Federal Trade Commission met chatbot makers on Monday. Letters were sent to Nimbus Labs and Corvid "
     "Labs, asking the companies to provide documents about their safety testing.",
     {"Federal Trade Commission"}, {"Nimbus Labs", "Corvid Labs"}),
])
def test_an_actor_named_in_the_sentence_before(facts, text, heads, tails):
    assert {(h, t) for h in heads for t in tails} <= _of(facts(text), "investigated")


def test_two_bodies_before_leave_a_passive_demand_unread(facts):
    found = _of(facts("The Federal Trade Commission and the Securities and Exchange Commission met on Monday. "
                      "Letters were sent to Nimbus Labs, asking it to provide documents about its chatbot."),
                "investigated")
    assert not {pair for pair in found if pair[1] == "Nimbus Labs"}


def test_the_place_of_a_party_label_proposes_nothing(facts):
    for sentence in ('"We are trying to protect children," said Assemblyman Bill Quirk, D-Hayward, who co-authored '
                     'the bill, SB 243.',
                     'The Assembly passed SB 243 on Wednesday. "We are trying to protect children," said Assemblyman '
                     'Bill Quirk, D-Hayward, who co-authored the bill.'):
        assert not {pair for pair in _of(facts(sentence), "proposed") if pair[0] in ("Hayward", "海沃德")}
    found = _of(facts("Sens. Jane Holloway, R-Ohio, and Ruth Abbey, D-Hawaii, introduced the Chatbot Safety Act."),
                "proposed")
    assert {("Jane Holloway", "Chatbot Safety Act"), ("Ruth Abbey", "Chatbot Safety Act")} <= found
    assert not {pair for pair in found if pair[0] in ("俄亥俄州", "夏威夷州", "Ohio", "Hawaii")}


def test_a_chinese_party_label_leaves_the_lawmaker_proposing(read_facts, as_read):
    sentence = "加州众议员马克·伯曼 (D-Menlo Park) 提出的 AB 2655，要求大型在线平台删除相关内容。"
    for text in (sentence, TRADITIONAL.convert(sentence)):
        found = read_facts(as_read(text))
        proposers = {h for h, r, _ in found if r == "proposed"}
        assert "马克·伯曼" in proposers and not proposers & {"门洛帕克", "Menlo Park"}, (text, found)


@pytest.mark.parametrize("sentence, pair", [
    ("爱奇艺被指剽窃南方都市报的报道。", ("爱奇艺", "南方都市报")),
    ("OpenAI、谷歌和xAI均受压披露细节，被指专门针对年轻群体的Snap也是受查目标。", ("OpenAI", "Snap")),
])
def test_an_accusation_told_by_bei_zhi_names_no_accuser(read_facts, as_read, sentence, pair):
    """X被指…: X is accused by someone untold; no name before or after 被指 accuses."""
    for text in (sentence, TRADITIONAL.convert(sentence)):
        found = read_facts(as_read(text))
        assert (pair[0], "accused", pair[1]) not in found, (text, found)


@pytest.mark.parametrize("sentence, pairs", [
    ("Nimbus Labs has accused three rival labs, Corvid Labs, Helix Robotics and Quanta Forge, of copying its model.",
     {("Nimbus Labs", "Corvid Labs"), ("Nimbus Labs", "Helix Robotics"), ("Nimbus Labs", "Quanta Forge")}),
    ("Nimbus Labs accused its rivals, including Corvid Labs and Helix Robotics, of scraping its archive.",
     {("Nimbus Labs", "Corvid Labs"), ("Nimbus Labs", "Helix Robotics")}),
    ("Nimbus Labs has made similar accusations against Corvid Labs.", {("Nimbus Labs", "Corvid Labs")}),
    ("Nimbus Labs's allegations against Corvid Labs drew a sharp reply.", {("Nimbus Labs", "Corvid Labs")}),
])
def test_an_accusation_of_a_group_named_after_it_or_told_as_a_noun(facts, sentence, pairs):
    assert pairs <= _of(facts(sentence), "accused")


def test_a_group_accused_by_no_one_named_is_no_accusation(facts):
    assert not _of(facts("Critics, including Corvid Labs, of all sizes met on Monday."), "accused")
