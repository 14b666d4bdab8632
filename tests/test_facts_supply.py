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


@pytest.mark.parametrize("text", [
    "星河科技未获授权使用OpenAI的模型。",
    "星河科技未经授权使用Getty Images提供的图片训练模型。",
    "星河科技擅自使用迪士尼的角色形象。",
    "星河科技未經授權使用Getty Images提供的圖片訓練模型。",
])
def test_an_unlicensed_use_is_an_infringement_not_a_partnership(read_facts, as_read, text):
    assert not {f for f in read_facts(as_read(text)) if f[1] == "partnered"}


def _partners(found):
    return {(h, t) for h, r, t in found if r == "partnered"} | {(t, h) for h, r, t in found if r == "partnered"}


@pytest.mark.parametrize("text, user, supplier", [
    ("京东自去年起采用腾讯的智能客服工具处理售后咨询。", "京东", "腾讯"),
    ("騰訊採用百度的語音辨識軟體。", "騰訊", "百度"),
    ("小米主力生产搭载英伟达图形处理器的服务器。", "小米", "英伟达"),
    ("小米在其笔记本中预装微软的办公软件。", "小米", "微软"),
    ("騰訊部署阿里雲的大模型服務。", "騰訊", "阿里雲"),
])
def test_a_product_of_another_used_or_built_in_partners_the_two(read_facts, text, user, supplier):
    assert (user, supplier) in _partners(read_facts(text))


@pytest.mark.parametrize("text, user, supplier", [
    ("同日，字节跳动宣布以约5亿美元获得 Windsurf 部分技术的非独家许可。", "字节跳动", "Windsurf"),
    ("百度獲得騰訊旗下音樂作品的獨家許可。", "百度", "騰訊"),
    ("小米取得百度部分专利的使用权。", "小米", "百度"),
])
def test_a_licence_obtained_from_a_company_partners_the_two(read_facts, text, user, supplier):
    assert (user, supplier) in _partners(read_facts(text))


@pytest.mark.parametrize("text, pair", [
    ("澳大利亚政府宣布禁止在所有政府系统和设备上使用腾讯的产品。", ("澳大利亚政府", "腾讯")),  # a ban
    ("美国商务部发布规则，同时提示使用华为的部分芯片存在风险。", ("美国商务部", "华为")),  # no user in the clause
    ("字节跳动使用OpenAI的数据训练模型。", ("字节跳动", "OpenAI")),  # data, no product
    ("法院认定京东使用腾讯检索平台的判例摘要不构成合理使用。", ("京东", "腾讯")),  # what the product holds
    ("小米获得腾讯颁发的许可证。", ("小米", "腾讯")),  # a permit
])
def test_a_ban_data_or_a_permit_makes_no_partner(read_facts, text, pair):
    assert pair not in _partners(read_facts(text))
