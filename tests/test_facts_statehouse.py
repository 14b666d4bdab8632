"""The statehouse family: a governor's office named bare takes the one state its document
is about, not a state named as often as another."""

import pytest


@pytest.mark.parametrize("text, office, state", [
    ("SACRAMENTO, Calif. — California now has strict rules on deepfakes. "
     "The law signed by Gov. Jane Roe takes effect immediately.", "Gov.", "California|Calif."),
    ("伊利诺伊州采取了突破性举措，禁止AI平台提供治疗服务。该法律由州长王小明签署生效。", "州长", "伊利诺伊州"),
    ("加州議員去年提出草案。加州州議會通過後，州長王小明表示將盡快簽署。", "州長", "加州"),
])
def test_a_bare_governor_takes_the_state_its_document_names(read_facts, as_read, text, office, state):
    # the state by any of its names (the dateline's Calif. is the knowledge base's California)
    facts = read_facts(as_read(text), people=("Jane Roe",))
    assert any((as_read(office), "jurisdiction", as_read(name)) in facts for name in state.split("|"))


@pytest.mark.parametrize("text", [
    "加州與紐約州都在立法。州長王小明簽署法案。",
    "Lawmakers in Ohio and in Texas debated similar bills. Governor Jane Roe said she would sign it.",
])
def test_a_governor_in_a_story_naming_two_states_alike_takes_neither(read_facts, as_read, text):
    facts = read_facts(as_read(text), people=("Jane Roe",))
    assert not any(relation == "jurisdiction" and head in ("州长", "Governor") for head, relation, _ in facts)


def test_a_country_is_no_state_of_a_governor(read_facts):
    facts = read_facts("Japan's parliament passed the bill. Governor Jane Roe of the central bank spoke.",
                       people=("Jane Roe",), objects=True)
    assert not any(fact.rule == "statehouse" for fact in facts)


@pytest.mark.parametrize("text", [
    "台湾通过了该法案。台湾的业者表示将配合。该法律由州长王小明签署生效。",
    "香港通过了该条例。香港的业者表示将配合。州长王小明则称将签署类似法案。",
])
def test_a_part_of_a_country_the_knowledge_base_knows_no_governor_of_is_no_governor_s_state(read_facts, as_read, text):
    """(round 49) 台湾 and 香港 are first-level parts of a country in the knowledge base, but no
    governor's: a governor sits in a state of a country whose governors the knowledge base knows."""
    facts = read_facts(as_read(text), objects=True)
    assert not any(fact.rule == "statehouse" for fact in facts), [(f.head.text, f.tail.text) for f in facts if f.rule == "statehouse"]
