"""kg.facts.signatories: the signatories named of an instrument each issued it."""
from __future__ import annotations


def test_each_signatory_named_after_the_instrument_issued_it(read_facts):
    found = read_facts("已有数十家企业签署《前沿人工智能安全承诺》。签署方包括微软、谷歌和OpenAI。")
    assert {h for h, r, t in found if r == "issued" and t == "前沿人工智能安全承诺"} >= {"微软", "谷歌", "OpenAI"}


def test_the_instrument_in_the_same_sentence_is_the_one_signed(read_facts):
    found = read_facts("首批签署《生成式人工智能自律公约》的签署方包括百度和腾讯。")
    assert ("百度", "issued", "生成式人工智能自律公约") in found


def test_names_that_did_not_sign_issue_nothing(read_facts):
    found = read_facts("已有数十家企业签署《前沿人工智能安全承诺》。签署方包括微软和谷歌，Meta和苹果没有签字。")
    assert not {f for f in found if f[0] in ("Meta", "苹果") and f[1] == "issued"}


def test_a_list_without_a_signatories_word_issues_nothing(read_facts):
    found = read_facts("已有数十家企业签署《前沿人工智能安全承诺》。参会方包括微软和谷歌。")
    assert not {f for f in found if f[0] in ("微软", "谷歌") and f[1] == "issued"}


def test_the_instrument_signed_is_the_one_after_the_word_of_signing_not_the_last_named(read_facts):
    found = read_facts("已有数十家企业签署《前沿人工智能安全承诺》，承诺在《人工智能法》生效前落实要求。签署方包括微软和谷歌。")
    assert ("微软", "issued", "前沿人工智能安全承诺") in found and ("微软", "issued", "人工智能法") not in found


def test_signatories_named_before_their_role_each_issued_the_instrument(read_facts):
    found = read_facts("《全球数据治理公约》在日内瓦开放签署，法国、德国和日本均在首批签署方之列。")
    assert {h for h, r, t in found if r == "issued" and t == "全球数据治理公约"} == {"法国", "德国", "日本"}  # not 日内瓦


def test_english_signatories_before_their_role_issued_the_convention_named_after_it(read_facts):
    found = read_facts("France, Germany and Japan were among the first signatories of the Geneva Convention on Data Governance.")
    assert {h for h, r, t in found if r == "issued"} == {"France", "Germany", "Japan"}


def test_names_that_urge_signatories_issue_nothing(read_facts):
    found = read_facts("《全球数据治理公约》已开放签署。法国敦促首批签署方尽快批准。")
    assert ("法国", "issued", "全球数据治理公约") not in found


def test_english_signers_without_an_object_issued_the_instrument_told_of_before(read_facts):
    found = read_facts("The Geneva Convention on Data Governance opened for signature on Monday. "
                       "France, Germany and Japan signed.")
    assert {h for h, r, t in found if r == "issued"} == {"France", "Germany", "Japan"}


def test_a_signer_in_office_and_the_body_signed_for_each_issued_it(read_facts):
    found = read_facts("The Geneva Convention on Data Governance opened for signature on Monday. "
                       "Anna Berg, the French minister of justice, signed on behalf of France.",
                       people=("Anna Berg",))
    issuers = {h for h, r, t in found if r == "issued"}
    assert {"Anna Berg", "France"} <= issuers


def test_a_signing_with_an_object_of_its_own_issues_nothing_from_the_item(read_facts):
    found = read_facts("The Geneva Convention on Data Governance opened for signature on Monday. "
                       "France and Germany signed a trade deal with Japan.")
    assert not {h for h, r, t in found if r == "issued" and h in ("France", "Germany")}


def test_signers_that_did_not_sign_issue_nothing(read_facts):
    found = read_facts("The Geneva Convention on Data Governance opened for signature on Monday. "
                       "France and Germany have not signed.")
    assert not {h for h, r, t in found if r == "issued" and h in ("France", "Germany")}
