"""kg.facts.kb: what the knowledge base knows about the names of a document."""
from __future__ import annotations


def test_a_federal_court_is_placed_in_its_country_when_the_document_names_it(read_facts):
    found = read_facts("美国作家协会在纽约南区联邦地区法院起诉OpenAI。")
    assert ("纽约南区联邦地区法院", "jurisdiction", "美国") in found or \
        ("美国纽约南区联邦地区法院", "jurisdiction", "美国") in found


def test_a_state_court_is_not_placed_in_the_country_by_the_federal_rule(read_facts):
    found = read_facts("美国作家协会在加州高等法院起诉一家公司。")
    assert not {f for f in found if "加州高等法院" in f[0] and f[1] == "jurisdiction" and f[2] == "美国"}
