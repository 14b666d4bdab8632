"""The credit family: names on an article's credit lines, without the byline label, the
photo-credit words or the remark around them (lines written for the tests)."""
from __future__ import annotations

import pytest


def _article(credit_line: str) -> str:
    return f"卓汇科技发布新模型\n{credit_line}\n该模型可以实时处理语音。"


@pytest.mark.parametrize("line, name, type_", [
    ("图：记者王晓明", "王晓明", "Person"),
    ("图：卓汇日报档案照片", "卓汇日报", "Company"),
    ("图：卓汇市公安局提供", "卓汇市公安局", "Regulator"),
    ("实习生：刘静对本文亦有贡献", "刘静", "Person"),
])
def test_a_credited_name_is_cut_out_of_the_words_around_it(names, line, name, type_):
    found = names(_article(line))
    assert found[name].type == type_
    assert not any(text != name and text.startswith(name) or text.endswith(name) and text != name for text in found)
