"""A sentence naming more plaintiffs of a suit its news item told (context.tsv plaintiff_added: another
plaintiff, X; Authors involved in this lawsuit include A and B; 原告还包括C) adds them to that suit's row,
not a row of its own; where the item tells several suits against the same defendant, the one whose
plaintiff the sentence names, else none.  Invented sentences, in English, Simplified and Traditional."""
from __future__ import annotations

import opencc
import pytest

from test_suits_prosecution import _rows  # a Chinese text's rows, as labels
from test_suits_told import _english

S2T = opencc.OpenCC("s2t")


@pytest.mark.parametrize("text, plaintiffs", [
    ("The lawsuit against Vantor Labs was filed in March 2023 by Derek Hollins, a job seeker. The Ledger reported "
     "that another plaintiff, Jill Harrow, said that she received automated rejections.", ["Derek Hollins", "Jill Harrow"]),
    ("Nadia Brightwater and Paul Quillon filed a class-action lawsuit against Vantor Labs. Authors involved in this "
     "lawsuit include Omar Castell, Lena Voss and others.", ["Lena Voss", "Nadia Brightwater", "Omar Castell", "Paul Quillon"]),
])
def test_english_plaintiffs_added_join_the_suit(pipeline, tmp_path, text, plaintiffs):
    assert [(p, d) for p, d, _ in _english(pipeline, tmp_path, text)] == [(plaintiffs, ["Vantor Labs"])]


def test_a_suit_like_another_stays_apart(pipeline, tmp_path):
    text = ("Derek Hollins sued Vantor Labs in March 2023. Jill Harrow filed a similar lawsuit against Vantor Labs "
            "in May 2024.")
    assert [(p, d) for p, d, _ in _english(pipeline, tmp_path, text)] == [
        (["Derek Hollins"], ["Vantor Labs"]), (["Jill Harrow"], ["Vantor Labs"])]


@pytest.mark.parametrize("convert", [lambda text: text, S2T.convert], ids=["simplified", "traditional"])
def test_chinese_plaintiffs_added_join_the_suit(pipeline, tmp_path, convert):
    text = convert("2025年3月，腾云科技有限公司起诉北辰智能有限公司侵犯其著作权。原告还包括星河传媒有限公司。")
    assert [(sorted(p), d) for p, d in _rows(pipeline, tmp_path, text)] == [
        (sorted([convert("星河传媒有限公司"), convert("腾云科技有限公司")]), [convert("北辰智能有限公司")])]
