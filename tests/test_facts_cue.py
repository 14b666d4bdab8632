"""kg.facts.cue: negated and prevented acts state no fact."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "参议院否决了《人工智能安全法案》。",
    "加州州长拒绝签署《前沿人工智能模型安全法案》。",
    "多家科技公司呼吁加州州长不要签署《前沿人工智能模型安全法案》。",
    "欧洲议会未通过《人工智能责任指令》。",
])
def test_a_vetoed_refused_or_failed_law_is_not_issued(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] in ("issued", "proposed")}


def test_a_signed_law_is_issued(read_facts):
    assert ("加州州长", "issued", "前沿人工智能模型安全法案") in read_facts("加州州长签署《前沿人工智能模型安全法案》。")
