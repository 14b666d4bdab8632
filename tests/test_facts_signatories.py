"""kg.facts.signatories: the signatories named before the word of their role each issued the instrument."""
from __future__ import annotations


def test_signatories_named_before_their_role_each_issued_the_instrument(read_facts):
    found = read_facts("《全球数据治理公约》在日内瓦开放签署，法国、德国和日本均在首批签署方之列。")
    assert {h for h, r, t in found if r == "issued" and t == "全球数据治理公约"} == {"法国", "德国", "日本"}  # not 日内瓦


def test_english_signatories_before_their_role_issued_the_convention_named_after_it(read_facts):
    found = read_facts("France, Germany and Japan were among the first signatories of the Geneva Convention on Data Governance.")
    assert {h for h, r, t in found if r == "issued"} == {"France", "Germany", "Japan"}


def test_names_that_urge_signatories_issue_nothing(read_facts):
    found = read_facts("《全球数据治理公约》已开放签署。法国敦促首批签署方尽快批准。")
    assert ("法国", "issued", "全球数据治理公约") not in found
