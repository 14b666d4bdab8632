"""Drafts and bills proposed (issue 49): the cue words of drafting and of submitting a bill
(研议, 提请审议) and a bill an executive body publishes (kg.facts.issuer ExecutiveBills), each in
Simplified and in Traditional as OpenCC s2t writes it (invented sentences, real bodies)."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def both(as_read, sentence: str) -> list[str]:
    return [sentence, as_read(S2T.convert(sentence))]


PROPOSED = [  # drafting and submitting words
    ("数字发展部研议《人工智能风险分类框架》。", "数字发展部", "人工智能风险分类框架"),
    ("全国人大常委会法工委提请审议《人工智能法（草案）》。", "全国人大常委会法工委", "人工智能法（草案）"),
    ("国务院向全国人大常委会提请审议《人工智能法（草案）》。", "国务院", "人工智能法（草案）"),
    ("《人工智能基本法》草案由国科会负责草拟。", "国科会", "人工智能基本法"),
    ("工信部11日就《人工智能安全治理指引》公开征求意见，截止日期为7月1日。", "工信部", "人工智能安全治理指引"),
] + [  # a bill an executive body publishes is its proposal
    ("最终，这一反思促成了欧盟委员会于2025年11月19日公布的《数字综合法案》。", "欧盟委员会", "数字综合法案"),
    ("欧盟委员会于11月19日公布了《数字综合法案》，拟修改《人工智能法》。", "欧盟委员会", "数字综合法案"),
    ("英国政府发布《数据（使用和访问）法案》，下月提交议会。", "英国政府", "数据（使用和访问）法案"),
]
ISSUED = [  # a bill signed or passed, a rule published
    ("加州州长加文·纽森签署了SB 53法案。", "加文·纽森", "SB 53"),
    ("美国伊利诺伊州通过了《心理健康资源福祉与监督法案》。", "伊利诺伊州", "心理健康资源福祉与监督法案"),
    ("国家网信办发布《互联网信息服务深度合成管理规定》。", "国家网信办", "互联网信息服务深度合成管理规定"),
]


@pytest.mark.parametrize("sentence, body, law, relation, other",
                         [(*row, "proposed", "issued") for row in PROPOSED] + [(*row, "issued", "proposed") for row in ISSUED])
def test_a_draft_or_a_bill_published_is_proposed_a_law_enacted_issued(read_facts, as_read, sentence, body, law,
                                                                        relation, other):
    for text in both(as_read, sentence):
        found = read_facts(text)
        assert (as_read(body), relation, as_read(law)) in found, text
        assert (as_read(body), other, as_read(law)) not in found, text


def test_the_legislature_a_bill_is_submitted_to_proposed_nothing(read_facts):
    found = read_facts("国务院向全国人大常委会提请审议《人工智能法（草案）》。")
    assert not {(h, t) for h, r, t in found if h == "全国人大常委会" and r in ("proposed", "issued")}
