"""kg.facts.cutoff: a supplier cutting a customer off bans it."""
from __future__ import annotations

import pytest


def _banned(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "banned"}


@pytest.mark.parametrize("sentence, pair", [
    ("2020年9月起，台积电已停止为华为代工。", ("台积电", "华为")),
    ("台积电随后暂停向华为供货，并通报了美国商务部。", ("台积电", "华为")),
    ("Anthropic宣布不再向中国、俄罗斯等国家控股的企业提供服务。", ("Anthropic", "俄罗斯")),
    # the act far from the cue, past a long description of whom it cuts off
    ("某云服务商宣布，微软不再向由伊朗、朝鲜等国家的政府机构直接或间接控制超过一半股份的企业提供云服务。", ("微软", "朝鲜")),
    # a place and a trade describe the one cut off: it is the customer, not the place
    ("三星随后暂停对中国大陆芯片设计业者壁仞科技（Biren）出货。", ("三星", "壁仞科技")),
    ("In 2019 Google stopped supplying Huawei with software updates.", ("Google", "Huawei")),
    ("Google cut off Huawei from its app store last year.", ("Google", "Huawei")),
])
def test_a_supplier_stopping_to_serve_a_customer_bans_it(read_facts, sentence, pair):
    assert pair in _banned(read_facts(sentence))


@pytest.mark.parametrize("sentence", [
    "美国政府要求英伟达停止向中国出口芯片。",  # the order's act, not the supplier's
    "微软停止了对OpenAI的投资谈判。",  # no supplying
    "台积电表示将继续为华为代工。",
])
def test_no_cutoff_where_the_supplier_is_ordered_or_supplies_nothing(read_facts, sentence):
    banned = _banned(read_facts(sentence))
    assert not {pair for pair in banned if pair[0] in ("英伟达", "微软", "台积电")}


def test_a_described_customer_is_cut_off_not_its_place(read_facts):
    assert ("三星", "中国大陆") not in _banned(read_facts("三星随后暂停对中国大陆芯片设计业者壁仞科技（Biren）出货。"))


def test_an_authority_ordering_suppliers_to_stop_bans_them_and_whom_they_cut_off(read_facts):
    banned = _banned(read_facts("美国商务部上月通知高通、英特尔等厂商，暂停向华为供应芯片。"))
    assert {("美国商务部", "高通"), ("美国商务部", "英特尔"), ("美国商务部", "华为")} <= banned
    assert not {pair for pair in banned if pair[0] in ("高通", "英特尔")}
