"""The inherit family: a law takes the places of the state body that issues it, not of a
company that signs it; a model named after a released model has its developer."""

import pytest


def test_a_law_issued_by_a_state_body_takes_the_body_s_place(read_facts):
    facts = read_facts("英国通信管理局于2025年3月发布了《儿童在线安全实务守则》。")
    assert ("英国通信管理局", "issued", "儿童在线安全实务守则") in facts
    assert ("儿童在线安全实务守则", "jurisdiction", "英国") in facts


def test_a_code_a_company_signs_does_not_take_the_company_s_place(read_facts):
    facts = read_facts("法国公司Mistral AI于2025年7月签署了《通用人工智能行为准则》。",
                       title="欧盟通用人工智能行为准则获首批签署")
    assert ("Mistral AI", "jurisdiction", "法国") in facts
    assert ("Mistral AI", "issued", "通用人工智能行为准则") in facts
    assert ("通用人工智能行为准则", "jurisdiction", "法国") not in facts


@pytest.mark.parametrize("sentence, law, state", [
    ("美国俄勒冈州州长于2025年5月签署了《聊天机器人透明度法》。", "聊天机器人透明度法", "俄勒冈州"),
    ("《算法招聘公平法》由美国伊利诺伊州州长签署生效。", "算法招聘公平法", "伊利诺伊州"),
])
def test_a_law_a_state_office_signs_takes_the_state_not_the_country_the_office_names(read_facts, sentence, law, state):
    facts = read_facts(sentence)
    assert (law, "jurisdiction", state) in facts
    assert (law, "jurisdiction", "美国") not in facts


@pytest.mark.parametrize("text, office, place, placed", [
    ("Ohio lawmakers passed the Ohio Artificial Intelligence Safety Act in May. "
     "Governor Jane Roe signed the Ohio Artificial Intelligence Safety Act on Friday.", "Governor", "Ohio", True),
    ("伊利诺伊州议会通过了《伊利诺伊州人工智能安全法》。该法律由州长王小明签署生效。", "州长", "伊利诺伊州", True),
    ("加州議會通過《加州聊天機器人透明度法》。該法律由州長王小明簽署生效。", "州長", "加州", True),
    # a nation's office takes no state's place from a law it signs
    ("Ohio lawmakers passed the Ohio Artificial Intelligence Safety Act in May. "
     "President Jane Roe signed the Ohio Artificial Intelligence Safety Act on Friday.", "President", "Ohio", False),
    ("伊利诺伊州议会通过了《伊利诺伊州人工智能安全法》。该法律由总统王小明签署生效。", "总统", "伊利诺伊州", False),
    ("加州議會通過《加州聊天機器人透明度法》。該法律由總統王小明簽署生效。", "總統", "加州", False),
])
def test_an_unplaced_state_office_takes_the_place_of_the_law_it_signs(read_facts, as_read, text, office, place, placed):
    facts = read_facts(as_read(text), people=("Jane Roe",))
    assert ((as_read(office), "jurisdiction", as_read(place)) in facts) is placed


def test_an_office_signing_laws_of_two_states_takes_neither(read_facts):
    facts = read_facts("Governor Jane Roe signed the Ohio Artificial Intelligence Safety Act and the "
                       "Texas Responsible AI Governance Act.", people=("Jane Roe",))
    assert not any(head == "Governor" and relation == "jurisdiction" for head, relation, _ in facts)


def test_a_known_body_without_a_place_takes_none_from_a_law_it_issues(read_facts):
    facts = read_facts("经济合作与发展组织于2024年5月发布了《美国人工智能安全法》的评估。")
    assert ("经济合作与发展组织", "jurisdiction", "美国") not in facts
