"""The parties of a suit told by a collective word (多家音乐出版商, 三家出版机构, 他们) and named in a
neighbouring sentence of the item (kg.facts.coref.Collectives), in Simplified and in
Traditional as OpenCC s2t writes it."""
from __future__ import annotations

import pytest

PLAINTIFFS = ("金鹰文化公司", "白鹭软件公司")


def _sued(read_facts, as_read, text: str) -> set[tuple[str, str]]:
    import opencc
    simplified = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
    traditional = {(h, t) for h, r, t in read_facts(as_read(opencc.OpenCC("s2t").convert(text))) if r == "sued"}
    assert simplified == traditional, text
    return simplified


# a collective suing, its members listed after it by its noun or its side's role and a membership word
@pytest.mark.parametrize("text", [
    "多家音乐出版商周三起诉了星河科技。涉案的音乐出版商包括金鹰文化公司和白鹭软件公司。",
    "两家出版机构近日对星河科技提起诉讼。这两家出版机构分别为金鹰文化公司和白鹭软件公司。",
    "数名作者将星河科技诉至法院。原告为金鹰文化公司和白鹭软件公司。",
    "多家媒体状告星河科技侵犯版权。据悉，此外，提起诉讼的媒体包括金鹰文化公司与白鹭软件公司。",
])
def test_a_collective_suing_is_the_list_named_after_it(read_facts, as_read, text):
    assert {(p, "星河科技") for p in PLAINTIFFS} <= _sued(read_facts, as_read, text)


# a list described by a collective, the pronoun or the same collective suing in the sentence after
@pytest.mark.parametrize("text", [
    "金鹰文化公司、白鹭软件公司以及蓝鲸科技公司三家出版机构发表联合声明。他们表示，已对星河科技提起诉讼。",
    "金鹰文化公司、白鹭软件公司和蓝鲸科技公司等三家媒体周一发表声明。它们已起诉星河科技。",
    "金鹰文化公司、白鹭软件公司及蓝鲸科技公司三家出版商成立了维权联盟。三家出版商随后起诉了星河科技。",
])
def test_a_list_described_by_a_collective_sues_where_a_reference_to_it_does(read_facts, as_read, text):
    assert {(p, "星河科技") for p in (*PLAINTIFFS, "蓝鲸科技公司")} <= _sued(read_facts, as_read, text)


# a collective sued, its members listed after it by its noun or the defendants' role
@pytest.mark.parametrize("text", [
    "金鹰文化公司起诉了多家科技公司。被起诉的公司包括星河科技和云帆智能公司。",
    "金鹰文化公司对两家平台提起诉讼。两家平台分别为星河科技和云帆智能公司。",
    "多家企业被金鹰文化公司起诉。被告包括星河科技和云帆智能公司。",
])
def test_a_collective_sued_is_the_list_named_after_it(read_facts, as_read, text):
    assert {("金鹰文化公司", d) for d in ("星河科技", "云帆智能公司")} <= _sued(read_facts, as_read, text)


@pytest.mark.parametrize("text", [
    # a count that is not the number listed
    "三家出版机构起诉了星河科技。涉案的出版机构包括金鹰文化公司和白鹭软件公司。",
    # the list of a name's members, not of the collective
    "多家出版商起诉了星河科技。蓝鲸科技公司的出版商包括金鹰文化公司和白鹭软件公司。",
    # a list of another noun: no membership of the collective
    "多家出版商起诉了星河科技。涉案的作品包括金鹰文化公司和白鹭软件公司的小说。",
    # the defendants' role does not open a list of the plaintiffs
    "多家出版商起诉了星河科技。被告包括金鹰文化公司和白鹭软件公司。",
    # a list three sentences after
    "多家出版商起诉了星河科技。此案引发关注。各方均未置评。业内人士称。涉案的出版商包括金鹰文化公司和白鹭软件公司。",
])
def test_no_list_that_is_not_the_collectives_is_read_for_it(read_facts, as_read, text):
    assert not {(p, "星河科技") for p in PLAINTIFFS} & _sued(read_facts, as_read, text)


def test_a_collective_outside_a_suit_sentence_stands_for_nothing(read_facts):
    found = read_facts("多家出版商发表声明。涉案的出版商包括金鹰文化公司和白鹭软件公司。星河科技否认侵权。")
    assert not {f for f in found if f[1] == "sued"}


# English tells the same shapes with a role or the collective's noun opening the list after the suit; the
# suit's own rules (kg.facts.litigation) read them, which the collective's names must leave as they are
@pytest.mark.parametrize("text, pairs", [
    ("Three newspapers sued Nvidia on Monday. The plaintiffs are Acme Media Inc., Beta Press Inc. and Gamma News Inc.",
     {(p, "Nvidia") for p in ("Acme Media Inc.", "Beta Press Inc.", "Gamma News Inc.")}),
    ("Several publishers sued Nvidia on Monday. The publishers include Acme Media Inc. and Beta Press Inc.",
     {(p, "Nvidia") for p in ("Acme Media Inc.", "Beta Press Inc.")}),
    ("Acme Media Inc. sued several AI companies on Monday. The defendants include Nvidia and Anthropic.",
     {("Acme Media Inc.", d) for d in ("Nvidia", "Anthropic")}),
])
def test_english_lists_after_a_collective_suit_keep_their_parties(read_facts, text, pairs):
    assert {(h, t) for h, r, t in read_facts(text) if r == "sued"} == pairs


# a plural pronoun suing stands for the list opening its sentence, or the sentence before
@pytest.mark.parametrize("text", [
    "金鹰文化公司、白鹭软件公司以及蓝鲸科技公司在周三的发布会上表示，他们已对星河科技提起诉讼。",
    "金鹰文化公司、白鹭软件公司和蓝鲸科技公司周三发表联合声明。它们称已起诉星河科技。",
    "周三，金鹰文化公司、白鹭软件公司与蓝鲸科技公司宣布，她们将起诉星河科技。",
])
def test_a_plural_pronoun_suing_is_the_list_opening_its_sentence(read_facts, as_read, text):
    assert {(p, "星河科技") for p in (*PLAINTIFFS, "蓝鲸科技公司")} <= _sued(read_facts, as_read, text)


@pytest.mark.parametrize("text", [
    # one name opening the sentence: the pronoun is no list's
    "金鹰文化公司起诉了白鹭软件公司和蓝鲸科技公司。他们表示，已对星河科技提起诉讼。",
    # the list is not the sentence's opening
    "据报道，业内人士认为金鹰文化公司和白鹭软件公司的做法合理。他们已起诉星河科技。",
])
def test_a_plural_pronoun_without_a_list_opening_a_sentence_stands_for_nothing(read_facts, as_read, text):
    assert not {(p, "星河科技") for p in PLAINTIFFS} & _sued(read_facts, as_read, text)
