"""kg.facts.parties: a case card's line of parties, each with its role in brackets."""
from __future__ import annotations

import pytest

from kg.facts.parties import PartyLines


@pytest.mark.parametrize("card", [
    "受理机构：北海市中级人民法院\n当事人：星辰文化公司（原告）；云图科技（被告）\n结果或进展：审理中",
    "（1）法院：北海市中级人民法院\n（2）当事人：星辰文化公司（出版商，原告）；云图科技（Cloudmap，被告）",
    "当事人：云图科技（被告）；星辰文化公司（原告）",
])
def test_the_plaintiff_of_a_party_line_sued_its_defendant(read_facts, card):
    found = read_facts(card)
    assert ("星辰文化公司", "sued", "云图科技") in found
    assert ("云图科技", "sued", "星辰文化公司") not in found


def test_every_name_of_a_party_sues_or_is_sued(read_facts):
    found = read_facts("当事人：蓝湾协会、星辰科技（原告）；云图科技、海风科技（被告）")
    assert {(h, t) for h, r, t in found if r == "sued"} >= {
        ("蓝湾协会", "云图科技"), ("蓝湾协会", "海风科技"), ("星辰科技", "云图科技"), ("星辰科技", "海风科技")}


def test_a_name_glossing_a_party_in_its_brackets_is_no_party(read_facts):
    found = read_facts("当事人：星辰文化公司（云图科技的前合作方，原告）；海风公司（被告）")
    assert {(h, t) for h, r, t in found if r == "sued"} == {("星辰文化公司", "海风公司")}


@pytest.mark.parametrize("card", [
    "受理机构：东港市市场监督管理局\n当事人：蓝湾协会（投诉人）；海风公司（被投诉方）",
    "当事人：蓝湾协会（代理投诉人）；海风公司（被投诉人）",
])
def test_a_complaint_card_without_a_court_is_an_accusation(read_facts, card):
    found = read_facts(card)
    assert ("蓝湾协会", "accused", "海风公司") in found
    assert not {f for f in found if f[1] == "sued"}


def test_an_agency_among_the_parties_without_a_role_accuses_the_respondent(read_facts):
    found = read_facts("受理机构：美国联邦贸易委员会\n当事人：美国联邦贸易委员会；海风公司（被申请人）")
    assert ("美国联邦贸易委员会", "accused", "海风公司") in found


def test_an_english_party_line_reads_the_same(read_facts):
    found = read_facts("Court: Northern District of California\nParties: Nimbus Labs (plaintiff); Acme Corp. (defendant)")
    assert ("Nimbus Labs", "sued", "Acme Corp.") in found


def test_an_unknown_latin_or_glossed_name_before_its_role_is_a_party(read_facts):
    found = read_facts("当事人：Zentrofy（原告）；海风公司（被告）")
    assert ("Zentrofy", "sued", "海风公司") in found
    found = read_facts("当事人：萨莫拉（Zamora）等用户（原告）；海风公司（被告）")
    assert ("萨莫拉", "sued", "海风公司") in found


def test_a_line_without_roles_states_nothing(read_facts):
    assert not {f for f in read_facts("当事人：星辰文化公司；云图科技") if f[1] in ("sued", "accused")}


def test_the_court_of_a_card_approving_its_settlement_adjudicates_the_parties(read_facts):
    found = read_facts("受理机构：北海市中级人民法院\n当事人：星辰文化公司（原告）；云图科技（被告）\n"
                       "结果或进展：双方达成和解，法院已批准。")
    assert ("北海市中级人民法院", "adjudicated", "星辰文化公司") in found
    assert ("北海市中级人民法院", "adjudicated", "云图科技") in found
    assert ("星辰文化公司", "settled", "云图科技") in found


# A card line naming a person in Chinese glossed in Latin, whatever dot the transliterated name is
# written with (kg.punctuation NAME_DOTS).
@pytest.mark.parametrize("dot", ["·", "‧", "．", "・"])
def test_a_glossed_transliterated_party_is_a_person_whatever_its_dot(dot):
    text = f"罗兰{dot}基斯特（Roland Kister）（原告）"
    gloss = (text.index("（"), text.index("）") + 1)
    (mention,) = PartyLines.unnamed(text, 0, gloss)
    assert (mention.text, mention.type) == (f"罗兰{dot}基斯特", "Person")


def test_a_chinese_word_glossed_in_latin_is_a_person_without_a_dot():
    text = "洛佩斯（Lopez）等用户（原告）"
    (mention,) = PartyLines.unnamed(text, 0, (3, 10))
    assert (mention.text, mention.type) == ("洛佩斯", "Person")
