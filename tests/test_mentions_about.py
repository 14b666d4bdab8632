"""The about family: instruments named without 《》 by their subject, 关于…的通函
(sentences written for the tests)."""
from __future__ import annotations

import pytest


def test_an_issued_instrument_is_named_by_its_subject_and_kind(names):
    for text, name in (("秘鲁生产部发布关于算法透明度的第12号通函，要求平台备案。", "关于算法透明度的第12号通函"),
                       ("该局去年印发了关于生成式模型标识的规定。", "关于生成式模型标识的规定"),
                       ("监管机构依据关于数据跨境、模型备案的指引（试行）开展检查", "关于数据跨境、模型备案的指引（试行）")):
        assert names(text)[name].type == "Law", text


def test_an_instrument_made_under_a_law_is_named(names):
    text = "规则：《卓汇消费者保护法》（CPA）项下关于自动化评分和风险评估的条例"
    assert names(text)["关于自动化评分和风险评估的条例"].mechanism == "about"


def test_a_subject_in_running_prose_is_no_name(names):
    for text in ("他表示，关于数据出境的规定仍不明确。", "业界关于模型训练的规则争论不休。"):
        assert not any(text.startswith("关于") for text in names(text)), text


def test_a_title_in_angle_brackets_is_the_title_familys(names):
    found = names("国务院印发《关于推进算力建设的意见》。")
    assert found["关于推进算力建设的意见"].mechanism != "about"


def test_a_title_object_of_an_issuing_clause_is_named(names):
    found = names("两部门联合印发的关于加强数据标注产业建设的意见对外公布。")
    assert found["关于加强数据标注产业建设的意见"].mechanism == "about"


def test_the_kinds_own_words_before_its_head_are_the_names(names):
    found = names("远洲贸易署通过关于网络评论的贸易监管规则。")
    assert found["关于网络评论的贸易监管规则"].type == "Law"


# Round 28b: 关于…的 + a kind told after an issuer named as many or as no one in particular (many_issuers), or with a
# practice's words before its kind (not about_kind_word), is a description; a joint issuing by a counted group is a title.
MANY_OR_DESCRIBED = [
    "多地法院随后发布了关于智能写作工具的执业指引。",
    "各地监管部门陆续出台关于数据出境的管理办法。",
    "有关部门印发关于规范直播带货的通知。",
    "一些企业发布了关于人工智能伦理的内部准则。",
    "部分省份出台关于算力补贴的实施方案。",
    "多家银行发布了关于大模型应用的操作指引。",
    "不少高校印发关于学生使用生成式AI的规定。",
    "各家平台发布了关于服务调整的通知。",
    "律所发布了关于数据合规的实务指南。",
    "该协会发布了关于人才缺口的报告。",
    "平台发布关于用户协议更新的说明。",
]


@pytest.mark.parametrize("text", MANY_OR_DESCRIBED)
def test_a_subject_told_after_many_issuers_or_a_practices_words_is_no_name(names, text):
    assert not [m for m in names(text).values() if m.type == "Law"]


@pytest.mark.parametrize("text, name", [
    ("工信部等七部门联合印发关于推动未来产业创新发展的实施意见。", "关于推动未来产业创新发展的实施意见"),
    ("市人民政府印发关于促进低空经济发展的若干措施。", "关于促进低空经济发展的若干措施"),
    ("国家数据局等部门联合印发关于数据标注基地建设的实施方案。", "关于数据标注基地建设的实施方案"),
    ("最高人民法院发布关于规范人工智能司法应用的意见。", "关于规范人工智能司法应用的意见"),
    ("省政府办公厅印发关于加快数字政府建设的实施意见。", "关于加快数字政府建设的实施意见"),
    ("国务院印发关于深入实施人工智能+行动的意见。", "关于深入实施人工智能+行动的意见"),
    ("远洲市场监管署公布关于网络直播营销的监督管理暂行办法。", "关于网络直播营销的监督管理暂行办法"),
])
def test_a_subject_issued_by_one_body_or_a_counted_group_is_named(names, text, name):
    assert names(text)[name].mechanism == "about"
