"""The statehouse family: a governor's or attorney general's office named bare takes the one state
its document is about, not a state named as often as another."""

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


@pytest.mark.parametrize("text, state", [
    ("SALT LAKE CITY — Utah sued a chatbot maker on Monday. Attorney General Jane Roe said the app misled Utah "
     "parents.", "Utah"),
    ("Parents in Oregon sued the school. The suit names state Attorney General Jane Roe and the Oregon school board.",
     "Oregon"),
])
def test_a_bare_attorney_general_before_the_holder_takes_the_state_its_document_names(read_facts, text, state):
    """(office69) Attorney General Jane Roe: the office kg.mentions.office reads before its holder is a
    state's office as the governor is, placed in the one state the document is about."""
    facts = read_facts(text, people=("Jane Roe",), objects=True)
    placed = {(f.head.text, f.tail.text) for f in facts if f.rule == "statehouse"}
    assert ("Attorney General", state) in placed, placed


def test_a_bare_attorney_general_in_a_story_naming_two_states_alike_takes_neither(read_facts):
    facts = read_facts("Ohio and Texas debated similar bills. Attorney General Jane Roe said she would enforce it.",
                       people=("Jane Roe",), objects=True)
    assert not any(f.rule == "statehouse" for f in facts), [(f.head.text, f.tail.text) for f in facts
                                                             if f.rule == "statehouse"]


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


@pytest.mark.parametrize("text, body, state", [
    ("DENVER, Colo. — Colorado lawmakers delayed the law. Companies must report any incident to the attorney general "
     "within 90 days.", "attorney general", "Colorado|Colo."),
    ("AUSTIN, Texas — Texas passed the bill last week. The measure now heads back to the Legislature for a final vote.",
     "Legislature", "Texas"),
    ("加州州长签署了该法案。该法案此前已由州议会通过。加州的科技公司对此表示欢迎。", "州议会", "加州"),
    ("加州州長簽署了該法案。該法案此前已由州議會通過。加州的科技公司對此表示歡迎。", "州議會", "加州"),
])
def test_a_bare_state_body_takes_the_state_its_document_names(read_facts, as_read, text, body, state):
    """(juris47) the attorney general, the Legislature, 州议会 named bare: the document's state's."""
    facts = read_facts(as_read(text), objects=True)
    placed = {(f.head.text, f.tail.text) for f in facts if f.rule == "statehouse/body"}
    assert any((as_read(body), as_read(name)) in placed for name in state.split("|")), placed


@pytest.mark.parametrize("text", [
    # the body named with its place earlier: the bare one is a reference to it, no entity of its own
    "AUSTIN, Texas — The Texas Attorney General opened an inquiry in Texas. The attorney general said the firm misled users.",
    # the country's attorney general: the sentence names the national justice department
    "Colorado and Colorado's lawmakers object. The order tells the attorney general to set up a task force within "
    "the Justice Department.",
    # after a place's end: 加州议会 is the place's own name, not a bare 州议会
    "加州议会通过了该法案。加州的科技公司对此表示欢迎。",
    # two states named alike: neither
    "Ohio and Texas debated similar bills. The attorney general may enforce it.",
])
def test_a_bare_state_body_is_not_placed_where_the_text_gives_it_another_reading(read_facts, as_read, text):
    facts = read_facts(as_read(text), objects=True)
    assert not any(f.rule == "statehouse/body" for f in facts), [(f.head.text, f.tail.text) for f in facts
                                                                  if f.rule == "statehouse/body"]


def test_a_bare_state_body_takes_the_state_its_signing_governor_is_placed_in(read_facts):
    """No state named most (New York and California once each): the Governor who signed New
    York's act places the Legislature too."""
    text = ("Governor Jane Roe signed the RAISE Act, which makes New York a leader. This law builds on California's "
            "recent law. I thank the members of the Legislature for their partnership.")
    facts = read_facts(text, people=("Jane Roe",), objects=True)
    placed = {(f.head.text, f.tail.text) for f in facts if f.rule == "statehouse/body"}
    assert ("Legislature", "New York") in placed, placed


@pytest.mark.parametrize("text, body, country", [
    ("新加坡政府昨日在国会提出修正法案。新加坡选民将在大选中受到保护。", "国会", "新加坡"),
    ("新加坡政府昨日在國會提出修正法案。新加坡選民將在大選中受到保護。", "國會", "新加坡"),
    ("越南通过首部人工智能法。12月10日,国会表决通过了该法律,越南企业表示欢迎。", "国会", "越南"),
])
def test_a_bare_national_legislature_takes_the_country_its_document_names(read_facts, as_read, text, body, country):
    """(name62) 国会 named bare is the legislature of the one country the document names, where the
    knowledge base names that country's legislature by the word (新加坡国会, 越南国会)."""
    facts = read_facts(as_read(text), objects=True)
    placed = {(f.head.text, f.head.type, f.tail.text) for f in facts if f.rule == "statehouse/national"}
    assert (as_read(body), "Legislature", as_read(country)) in placed, placed


@pytest.mark.parametrize("text", [
    # the country's legislature goes by another word (全国人大): 国会 is some other country's
    "中国发布新规。中国企业表示将配合,国会议员则表示关注。",
    # two countries named alike: neither
    "新加坡与越南都在立法。法案已由国会通过。",
    # named with its country earlier: the bare word refers to that name
    "越南国会通过了该法。越南企业表示欢迎,在国会辩论时曾有分歧。",
    # not after a lead word: 只有國會 (the Congress of a document on a US state, said in passing)
    "美国佛州州长表示,根据美国宪法,只有国会透过立法才能限制各州。美国企业表示欢迎。",
])
def test_a_bare_national_legislature_is_not_placed_where_the_text_gives_it_another_reading(read_facts, as_read, text):
    facts = read_facts(as_read(text), objects=True)
    assert not any(f.rule == "statehouse/national" for f in facts), [(f.head.text, f.tail.text) for f in facts
                                                                      if f.rule == "statehouse/national"]
