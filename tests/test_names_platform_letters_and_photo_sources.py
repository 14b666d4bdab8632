"""Names never found before round 49, in invented sentences: a platform's one-letter name
before what a user has of it (X帐号, 在 X 帳號上) or after an app's kind (应用程序X); the
source a photo credit says it was taken from (图／翻摄微博: known to the knowledge base, a
name; 翻摄韩网: a place of the web, none); a body the knowledge base gained (Taiwan's
national AI strategy committee, as three outlets name it)."""
from __future__ import annotations

import pytest

from kg.script import simplified


def _traditional(text: str) -> str:
    import opencc
    return opencc.OpenCC("s2t").convert(text)


@pytest.mark.parametrize("text", [
    "该网红在 X 帐号上发布深度伪造影片，遭检方起诉。",
    "马斯克表示，若其旗下应用程序X和Grok未获推荐，他将起诉苹果。",
])
def test_a_letter_before_an_account_or_after_an_app_is_the_platform(names, as_read, text):
    for written in (text, as_read(_traditional(text))):
        found = names(written)
        assert found.get("X") is not None and found["X"].type == "Company", (written, found)


@pytest.mark.parametrize("text", [
    "原告称用户A账号被盗，要求被告赔偿。",      # a user left unnamed, run into the letter
    "国内某社交平台Q的用户称Q账号被封。",          # a placeholder platform (某)
    "该车型X用户投诉刹车失灵。",                    # a word run into the letter before it
])
def test_a_letter_joined_to_a_word_or_a_placeholder_names_no_platform(names, as_read, text):
    for written in (text, as_read(_traditional(text))):
        found = names(written)
        assert not any(len(name) == 1 for name in found), (written, found)


def _article(credit_line: str) -> str:
    return f"星澜科技发布新模型\n该模型可以实时生成影片。{credit_line}\n\n该公司表示将持续改进。"


@pytest.mark.parametrize("credit, source", [("（图／翻摄微博）", "微博"), ("（圖／翻攝微博）", "微博")])
def test_a_photo_taken_from_a_known_platform_names_it(names, as_read, credit, source):
    found = names(as_read(_article(credit)))
    assert any(simplified(name) == source and m.type == "Company" for name, m in found.items()), found
    assert not any("翻" in name for name in found), found


@pytest.mark.parametrize("credit", ["（图／翻摄韩网）", "（圖／翻攝韓網）", "（图／翻摄画面）"])
def test_a_photo_taken_from_no_known_name_names_nothing(names, as_read, credit):
    found = names(as_read(_article(credit)))
    assert not any("翻" in name or simplified(name) in ("韩网", "画面") for name in found), found


@pytest.mark.parametrize("text", [
    "立法院三读通过人工智能基本法，行政院应成立国家人工智慧战略特别委员会。",
    "立法院三讀通過人工智慧基本法，行政院應成立國家人工智慧戰略特別委員會。",
])
def test_the_national_ai_strategy_committee_is_a_known_regulator(names, as_read, text):
    found = names(as_read(text))
    committee = next(m for name, m in found.items() if "战略特别委员会" in simplified(name))
    assert committee.type == "Regulator" and committee.kb_id == "tw-ai-strategy-committee", found
