"""kg.facts.coref: references to names named before them in the item."""
from __future__ import annotations


def test_the_body_reference_stands_for_the_body_named_before(read_facts):
    found = read_facts("美国联邦贸易委员会介入此事。该机构随后对OpenAI处以500万美元罚款。")
    assert ("美国联邦贸易委员会", "fined", "OpenAI") in found


def test_the_court_reference_stands_for_the_court_named_before(read_facts):
    found = read_facts("加州北区联邦地区法院受理了此案。该法院驳回了Meta的动议。")
    assert ("加州北区联邦地区法院", "adjudicated", "Meta") in found


def test_two_companies_stand_for_the_pair_named_together_before(read_facts):
    found = read_facts("谷歌与Anthropic上月会面。两家公司宣布将在芯片方面合作。")
    assert {("谷歌", "partnered", "Anthropic"), ("Anthropic", "partnered", "谷歌")} & found


def test_a_reference_with_no_name_of_its_kind_before_it_stands_for_nothing(read_facts):
    found = read_facts("OpenAI发布了新模型。该机构随后对谷歌展开调查。")
    assert not {f for f in found if f[1] == "investigated"}


def test_a_reference_reads_as_a_coref_mention_of_the_name(read_facts):
    facts = read_facts("美国联邦贸易委员会介入此事。该机构随后对OpenAI处以罚款。", objects=True)
    (fined,) = [f for f in facts if f.relation == "fined"]
    assert fined.head.mechanism == "coref" and fined.head.text == "美国联邦贸易委员会"
    assert fined.evidence.sentence.startswith("该机构") and fined.rule == "cue"
