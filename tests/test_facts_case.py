"""Who sued whom, read from a case named after its parties (kg.facts.case)."""
from __future__ import annotations


def _sued(found) -> set[tuple[str, str]]:
    return {(head, tail) for head, relation, tail in found if relation == "sued"}


def test_a_case_named_after_its_parties_says_who_sued_whom(read_facts):
    assert {("腾讯", "字节跳动"), ("腾讯", "百度")} <= _sued(read_facts("腾讯诉字节跳动和百度案本周开庭。"))
    assert ("腾讯", "字节跳动") in _sued(read_facts("在腾讯诉字节跳动一案中，法院驳回了起诉。"))
    assert ("Getty Images", "Stability AI") in _sued(read_facts("Getty Images v. Stability AI案将于明年开庭。"))


def test_a_case_named_after_unknown_parties_its_document_names_elsewhere_says_who_sued_whom(read_facts):
    told = "2025年3月，星岚科技向北京互联网法院起诉卓汇科技。"
    for case in ("星岚科技诉卓汇科技著作权侵权纠纷一案", "星岚科技诉卓汇科技不正当竞争纠纷案"):
        found = read_facts(told + f"北京互联网法院9月1日对{case}作出一审判决。", objects=True)
        ruling = [f for f in found if f.relation == "sued" and "判决" in f.evidence.sentence]
        assert {(f.head.text, f.tail.text) for f in ruling} == {("星岚科技", "卓汇科技")}


def test_a_case_named_after_a_party_its_document_names_nowhere_else_says_nothing(read_facts):
    found = read_facts("北京互联网法院9月1日对星岚科技诉卓汇科技著作权侵权纠纷一案作出一审判决。", objects=True)
    assert not [f for f in found if f.relation == "sued"]


def test_a_plaintiff_known_by_the_caption_alone_is_a_person_who_sued_the_defendant(read_facts):
    text = "The complaint, Marrow v. Google, was filed on May 2, 2025 in federal court in San Jose."
    assert ("Marrow", "Google") in _sued(read_facts(text))
    # a surname the story uses outside the caption names someone it tells of otherwise
    told = text + " Ellen Marrow, a teacher, says her messages were read."
    assert ("Marrow", "Google") not in _sued(read_facts(told))
    # a state's side is no person
    assert not {head for head, _ in _sued(read_facts("The case, People v. Google, was filed in May 2025."))} & {"People"}


def test_the_court_that_ruled_on_a_caption_defendant_adjudicated_the_caption_plaintiff_too(read_facts):
    text = ("Anthropic agreed to pay $9 million to settle Hollis v. Anthropic before the U.S. District Court for the "
            "Northern District of California. Judge Mara Quill granted preliminary approval in May.")
    found = {(h, t) for h, r, t in read_facts(text, title="Docket note") if r == "adjudicated"}
    assert ("U.S. District Court for the Northern District of California", "Hollis") in found
