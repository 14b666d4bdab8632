"""kg.facts.sanctions: a court fines the lawyers of a case (sentences written for the tests)."""
from __future__ import annotations


def test_the_court_fines_each_lawyer_listed_after_the_word_for_counsel(read_facts):
    found = read_facts("美国纽约南区联邦地区法院\n在甲公司诉乙公司一案中，法院对原告的两名律师处以罚款："
                       "约翰·史密斯被罚5000美元，玛丽·琼斯被罚2000美元。")
    assert {("美国纽约南区联邦地区法院", "fined", "约翰·史密斯"), ("美国纽约南区联邦地区法院", "fined", "玛丽·琼斯")} <= found


def test_a_judge_ordering_the_clients_lawyers_to_pay_fines_them_for_the_court_not_the_client(read_facts):
    found = read_facts("美国得克萨斯州东区联邦地区法院\n法官艾伦·李裁定，被告彼得·王的律师汤姆·克拉克和安娜·贝尔提交的文书"
                       "引用了虚构的判例，二人须各支付1500美元罚款。")
    court = "美国得克萨斯州东区联邦地区法院"
    assert {(court, "fined", "汤姆·克拉克"), (court, "fined", "安娜·贝尔")} <= found
    assert not {f for f in found if f[1] == "fined" and f[2] in ("彼得·王", "艾伦·李")}


def test_a_lawyer_fined_by_a_court_the_sentence_names(read_facts):
    found = read_facts("代理律师约翰·史密斯被美国纽约南区联邦地区法院罚款5000美元，原因是其引用了虚构判例。")
    assert ("美国纽约南区联邦地区法院", "fined", "约翰·史密斯") in found


def test_a_lawyer_who_speaks_about_a_fine_is_not_fined(read_facts):
    found = read_facts("美国纽约南区联邦地区法院\n原告律师约翰·史密斯表示，法院已对被告处以罚款。")
    assert not {f for f in found if f[1] == "fined" and f[2] == "约翰·史密斯"}


def test_lawyers_named_where_no_fine_is_told_are_not_fined(read_facts):
    found = read_facts("美国纽约南区联邦地区法院\n法院驳回了原告律师约翰·史密斯提出的动议。")
    assert not {f for f in found if f[1] == "fined"}
