"""kg.facts.cutoff: a supplier cutting a customer off bans it."""
from __future__ import annotations

import pytest


def _banned(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "banned"}


@pytest.mark.parametrize("sentence, pair", [
    ("2020年9月起，台积电已停止为华为代工。", ("台积电", "华为")),
    ("台积电随后暂停向华为供货，并通报了美国商务部。", ("台积电", "华为")),
    ("Anthropic宣布不再向中国、俄罗斯等国家控股的企业提供服务。", ("Anthropic", "俄罗斯")),
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
