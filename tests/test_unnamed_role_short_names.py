"""Suits a Chinese case digest tells by role short names (kg.unnamed._by_roles, _role_short_names): a party
introduced with its role as its short name (杭州某网络公司（以下简称“被告公司”）, 上海某传媒公司（以下簡稱「原告」）)
is that side's party.  All sentences invented."""
from __future__ import annotations

import pytest

from test_cases_table import _sides  # the (plaintiffs, defendants) of each row of one document
from test_unnamed_masked_names import _text  # an invented document in Simplified or Traditional script


ROLES = ("测试法治评论\n2025年4月2日\n\nAI绘图平台的注意义务\n涉案绘图网站系宁波某网络科技公司（以下简称“被告公司”）运营的产品。"
         "广州某传媒发展公司（以下简称“原告公司”）发现，该网站生成的图片与其享有权利的卡通形象相似。"
         "法院判决被告公司停止侵权并赔偿损失。\n")


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_party_whose_short_name_is_its_role_is_that_side(pipeline, tmp_path, name):
    plaintiff, defendant = ("广州某传媒发展公司", "宁波某网络科技公司") if name == "hans" else ("廣州某傳媒發展公司", "寧波某網絡科技公司")
    assert _sides(pipeline, tmp_path / f"{name}.txt", _text(ROLES, name)) == [([plaintiff], [defendant])]


def test_a_short_name_that_is_no_role_labels_no_side(pipeline, tmp_path):
    # (以下简称“甲方”): a contract's word, no role of a suit; no row
    text = ROLES.replace("被告公司", "甲方").replace("原告公司", "乙方")
    assert _sides(pipeline, tmp_path / "contract.txt", text) == []


def test_an_english_text_gives_no_role_short_name(pipeline, tmp_path):
    text = ("Test Law Review\nApril 2, 2025\n\nA drawing site's duty of care\nThe site is run by Acme Labs "
            "(hereinafter the defendant). A studio said the images copied its characters.\n")
    assert _sides(pipeline, tmp_path / "en.txt", text) == []



def test_a_sentence_reads_only_the_short_names_inside_it():
    # the document's short names are read once (_by_roles); each sentence takes those whose brackets it holds
    from kg.graph import KnowledgeGraph
    from kg.unnamed import _Anonymised, _Names, _role_short_names, _short_name
    whole = "法院审理此案。宁波某网络科技公司（以下简称“被告公司”）运营该网站。"
    found, names, anonymised = list(_short_name().finditer(whole)), _Names(KnowledgeGraph()), _Anonymised(whole)
    first, second = whole[:7], whole[7:]
    assert _role_short_names(first, 0, found, names, anonymised) == []
    assert _role_short_names(second, 7, found, names, anonymised) == [(False, "宁波某网络科技公司")]


def test_the_role_short_names_are_read_from_the_lexicon():
    # context.tsv plaintiff_short_name / defendant_short_name: each word and its side; a contract's 甲方 is none
    from kg.cases import context_cues
    from kg.unnamed import _role_short
    assert _role_short() == {**dict.fromkeys(context_cues("plaintiff_short_name"), True),
                             **dict.fromkeys(context_cues("defendant_short_name"), False)}
    assert _role_short()["原告方"] is True and _role_short()["被告公司"] is False and "甲方" not in _role_short()
