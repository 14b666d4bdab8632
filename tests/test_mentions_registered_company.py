"""The English name of a company registered in China (and wherever "Co., Ltd." is its form):
a place, its words and "Co., Ltd." are one company's name, not the place alone (issue 49).
Sentences written for the tests; the Traditional one as OpenCC s2t writes it."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


@pytest.mark.parametrize("text, name", [
    ("Tencent sued Shanghai Yingfeng Technology Co., Ltd. over the articles in 2019.", "Shanghai Yingfeng Technology Co., Ltd."),
    ("The regulator fined Hangzhou Lianmo Network Technology Co., Ltd. for the breach.", "Hangzhou Lianmo Network Technology Co., Ltd."),
    ("Shenzhen Qiyuan Data Co. Ltd appealed the ruling last week.", "Shenzhen Qiyuan Data Co. Ltd"),
    ("The plaintiff, Beijing Xingchen Culture Media Co., Limited, won the case.", "Beijing Xingchen Culture Media Co., Limited"),
])
def test_a_place_words_and_co_ltd_are_one_company(names, text, name):
    found = names(text)
    assert found[name].type == "Company"
    assert not any(m.type == "Jurisdiction" for m in found.values())


def test_the_name_in_chinese_text_is_one_company_too(pipeline, write_doc):
    text = S2T.convert("腾讯起诉了Shanghai Yingfeng Technology Co., Ltd.，法院判决被告赔偿。")
    result = pipeline.process(write_doc("co.txt", "標題\n\n" + text + "\n"))
    found = {m.text: m.type for mentions in result.mentions for m in mentions}
    assert found.get("Shanghai Yingfeng Technology Co., Ltd.") == "Company" and "Shanghai" not in found


def test_a_bare_co_is_still_no_legal_form(names):
    # "Co." alone ends too many abbreviations (Acme Co. and friends): it stays out
    assert "Smith Co" not in names("The fund bought shares of Smith Co. last year.")
