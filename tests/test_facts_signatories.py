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
