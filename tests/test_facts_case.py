"""Who sued whom, read from a case named after its parties (kg.facts.case)."""
from __future__ import annotations

from xfails import NAME_NOT_FOUND


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


def test_a_case_named_after_parties_its_document_names_nowhere_else_names_the_sides_a_body_word_types(read_facts):
    # 星岚科技, 卓汇科技: sides a body's last word types are parties of their own (kg.mentions.case typed_sides)
    assert ("星岚科技", "卓汇科技") in _sued(read_facts("北京互联网法院9月1日对星岚科技诉卓汇科技著作权侵权纠纷一案作出一审判决。"))
    # 星岚诉卓汇: no word of a body ends either side, so the case names no one
    assert not _sued(read_facts("北京互联网法院9月1日对星岚诉卓汇著作权侵权纠纷一案作出一审判决。"))


def test_a_caption_plaintiff_is_the_person_its_item_names_in_full_else_a_bare_surname_suing_a_party_read(read_facts):
    text = "The complaint, Marrow v. Google, was filed on May 2, 2025 in federal court in San Jose."
    assert ("Marrow", "Google") in _sued(read_facts(text))  # (its defendant a known party: a suit the story tells)
    assert not _sued(read_facts("Counsel cited Marrow v. Google in her brief."))  # (a case cited: no person)
    told = text + " Ellen Marrow, a teacher, says her messages were read."
    assert ("Ellen Marrow", "Google") in _sued(read_facts(told))
    assert ("Marrow", "Google") not in _sued(read_facts(told))
    # a state's side is no person
    assert not {head for head, _ in _sued(read_facts("The case, People v. Google, was filed in May 2025."))} & {"People"}


def test_the_court_that_ruled_on_a_caption_defendant_adjudicated_the_caption_plaintiff_too(read_facts):
    text = ("Anthropic agreed to pay $9 million to settle Hollis v. Anthropic before the U.S. District Court for the "
            "Northern District of California. Judge Mara Quill granted preliminary approval in May. "
            "Dana Hollis, a novelist, says her books were copied.")
    found = {(h, t) for h, r, t in read_facts(text, title="Docket note") if r == "adjudicated"}
    assert ("U.S. District Court for the Northern District of California", "Dana Hollis") in found


@NAME_NOT_FOUND
def test_a_case_name_with_one_known_side_takes_the_other_from_the_names_of_its_item(read_facts):
    # the other side a name the item finds (出版社Brightwell: no name family finds it; the caption rule
    # made a person of it until it stopped making persons of bare surnames)
    card = "【案件】Brightwell 诉 Anthropic\n【案情】波士顿出版社Brightwell声称Anthropic未经许可使用其书籍训练模型。"
    assert ("Brightwell", "Anthropic") in _sued(read_facts(card))


def test_a_case_name_with_a_surname_takes_the_person_its_item_names_in_full(read_facts):
    text = "In O'Leary v. Microsoft, filed in March, the plaintiff Dana O'Leary says her essays were copied."
    assert ("Dana O'Leary", "Microsoft") in _sued(read_facts(text))


def test_a_chinese_caption_of_a_surname_makes_no_person_of_the_surname(read_facts):
    text = "【案件】Okafor 诉 Google\n【时间】2025年2月起诉\n【案情】外包审核员称，Google未支付加班费。"
    assert ("Okafor", "Google") not in _sued(read_facts(text))


def test_a_case_name_with_a_known_side_takes_a_surname_from_a_person_named_in_another_item(read_facts):
    text = ("Moderators take on Google\n\n1. Hale v. Google\n\nThe complaint was filed in February in federal court "
            "in San Jose.\n\n2. Background\n\nModerator Mira Hale had described Google rating quotas on social media.")
    assert ("Mira Hale", "Google") in _sued(read_facts(text))
