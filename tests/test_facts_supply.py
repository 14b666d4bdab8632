"""kg.facts.supply: a body using what another supplies is its partner (sentences written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, user, supplier", [
    ("据报道，腾讯使用百度提供的语音识别系统处理客服电话。", "腾讯", "百度"),
    ("小米指出，新模型的训练获得英伟达的技术支持。", "小米", "英伟达"),
    ("阿里云将成为 Anthropic 的主要云服务提供商。", "阿里云", "Anthropic"),
])
def test_using_what_another_supplies_partners_the_two(read_facts, text, user, supplier):
    found = read_facts(text)
    assert (user, "partnered", supplier) in found or (supplier, "partnered", user) in found


def test_a_person_or_a_forbidden_use_makes_no_partner(read_facts):
    found = read_facts("张三使用百度提供的翻译工具。数字发展部宣布公务机关不得使用腾讯的技术。")
    assert not {f for f in found if f[1] == "partnered"}
