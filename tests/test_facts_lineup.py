"""kg.facts.lineup: a company's product line names what it released (sentences written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, maker, product", [
    ("腾讯的主要产品为混元T1系列模型和Hunyuan Turbo。", "腾讯", "Hunyuan Turbo"),
    # 公司 opening a clause: the company the item names most, not one its founder once led
    ("小米科技成立于2010年，创始人曾任百度高管。小米科技早年以手机起家。公司核心产品涵盖MiMo-7B等模型。", "小米科技", "MiMo-7B"),
    # 其 opening the clause (read_facts reads no Traditional script: 騰訊…其主力產品是… reads the same through kg.script)
    ("腾讯于深圳成立，其主力产品是面向企业的Hunyuan Turbo。", "腾讯", "Hunyuan Turbo"),
])
def test_a_product_line_names_what_its_maker_released(read_facts, text, maker, product):
    assert (maker, "released", product) in read_facts(text)


def test_a_product_line_after_a_semicolon_is_not_read(read_facts):
    found = read_facts("据了解，腾讯的主要产品为社交软件；另外，字节跳动推出了Doubao-Pro。")
    assert ("腾讯", "released", "Doubao-Pro") not in found
