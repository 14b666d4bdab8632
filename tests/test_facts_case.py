"""Who sued whom, read from a case named after its parties (kg.facts.case)."""
from __future__ import annotations


def _sued(found) -> set[tuple[str, str]]:
    return {(head, tail) for head, relation, tail in found if relation == "sued"}


def test_a_case_named_after_its_parties_says_who_sued_whom(read_facts):
    assert {("腾讯", "字节跳动"), ("腾讯", "百度")} <= _sued(read_facts("腾讯诉字节跳动和百度案本周开庭。"))
    assert ("腾讯", "字节跳动") in _sued(read_facts("在腾讯诉字节跳动一案中，法院驳回了起诉。"))
    assert ("Getty Images", "Stability AI") in _sued(read_facts("Getty Images v. Stability AI案将于明年开庭。"))
