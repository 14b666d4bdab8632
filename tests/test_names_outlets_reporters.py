"""Chinese outlets named where a story says where its news comes from: an outlet
before its reporter's label that a verb of finding out follows (紫牛新闻记者了解到), an
outlet with a Latin head before its reporter (CNEWS匯流新聞網記者X／台北報導), a Traditional
dispatch's header (【KTSF 陳某某報導】, read as 报导 after OpenCC tw2s) and an outlet in
quotation marks a speaker tells something (律师告诉「定焦One」，).  Sentences written for
the tests, Simplified and Traditional (OpenCC s2t)."""
from __future__ import annotations

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")


def both_scripts(text: str) -> list[tuple[str, callable]]:
    """The text in each script, with the function that writes a name in that script."""
    return [(text, lambda name: name), (_S2T.convert(text), _S2T.convert)]


@pytest.fixture
def names(pipeline, write_doc):
    """``names(text)``: the mentions the whole pipeline finds in ``text`` (a Traditional text
    read in Simplified and reported in its own characters), by their text."""
    def find(text: str) -> dict:
        result = pipeline.process(write_doc("t.txt", "标题\n\n" + text + "\n"))
        return {m.text: m for mentions in result.mentions for m in mentions}
    return find


@pytest.mark.parametrize("text, outlet", [
    ("长岭新闻记者了解到，两名被告人均不服一审判决，已提出上诉。", "长岭新闻"),
    ("庭审于当天下午开始，青湾日报记者来到现场旁听了全程。", "青湾日报"),
    ("晨岸晚报/青石新闻记者检索发现，这类应用仍在多家应用商店上架。", "青石新闻"),
    ("截至发稿，北辰网记者注意到，涉事账号已被平台封禁。", "北辰网"),
])
def test_an_outlet_its_reporter_names_before_a_verb_of_finding_out_is_a_company(names, text, outlet):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(outlet)].type == "Company", (variant, list(found))


@pytest.mark.parametrize("text", [
    "当地电视台记者了解到，此案仍在审理之中。",
    "这家报社记者来到现场，但未能进入法庭。",
    "多家新闻记者注意到，该公司已下架相关应用。",
    "记者了解到，两名被告人均已提出上诉。",
])
def test_a_kind_of_outlet_or_a_pronoun_before_a_reporter_names_no_outlet(names, text):
    for variant, _ in both_scripts(text):
        found = names(variant)
        assert not [m for m in found.values() if m.type == "Company"], (variant, list(found))


@pytest.mark.parametrize("text, outlet, reporter", [
    ("NEWSA汇流新闻网记者周明远／台北报道\n\n台中地检署今日依诈欺罪嫌起诉四人。", "NEWSA汇流新闻网", "周明远"),
    ("TVBA东岸网记者林小梅／香港报道\n\n警方拘捕三名男子。", "TVBA东岸网", "林小梅"),
])
def test_an_outlet_with_a_latin_head_before_its_reporter_is_named(names, text, outlet, reporter):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(outlet)].type == "Company", (variant, list(found))
        assert found[written(reporter)].type == "Person", (variant, list(found))


@pytest.mark.parametrize("text, outlet, reporter", [
    ("【KTSF 陈小华报道】加州州长签署了新的人工智能法案。", "KTSF", "陈小华"),
    ("【WKBN 林志明报道】旧金山市议会通过一项决议。", "WKBN", "林志明"),
])
def test_a_traditional_dispatch_header_names_its_outlet_and_reporter(names, text, outlet, reporter):
    for variant, written in both_scripts(text):  # 報導 in Traditional: tw2s reads it as 报导
        found = names(variant)
        assert found[outlet].type == "Company", (variant, list(found))
        assert found[written(reporter)].type == "Person", (variant, list(found))


@pytest.mark.parametrize("text, outlet", [
    ("深耕版权领域多年的律师张京告诉「远山One」，此类诉讼大概率以和解告终。", "远山One"),
    ("一位接近公司的人士告诉“潮汐观察”，双方仍在谈判。", "潮汐观察"),
    ("该公司法务负责人告诉「新知前线」：目前尚未收到起诉状。", "新知前线"),
])
def test_an_outlet_in_quotation_marks_a_speaker_tells_is_a_company(names, text, outlet):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(outlet)].type == "Company", (variant, list(found))


def test_a_law_in_quotation_marks_after_telling_is_no_outlet(names):
    for variant, written in both_scripts("律师告诉记者，“个人信息保护法”，对此已有明确规定。"):
        found = names(variant)
        assert not [m for m in found.values() if m.type == "Company"], (variant, list(found))


@pytest.mark.parametrize("text, name, cut", [
    ("平台被指生成模仿克里斯托弗诺兰（Christopher Nolan）的影片。", None, "斯托弗诺兰"),
    ("平台被指生成模仿查克贝瑞（Chuck Berry）的歌曲。", "查克贝瑞", None),
])
def test_a_transliteration_too_long_to_bound_is_not_cut(names, text, name, cut):
    """模仿克里斯托弗诺兰（Christopher Nolan）: seven characters of transliteration after a verb, no mark
    to show where the name begins: no tail of five is taken for it (review A 5); four are the name."""
    if name:  # Simplified only: a transliteration's Traditional characters are no letters of data/ (a gap before too)
        assert name in names(text)
    for written, script in both_scripts(text):
        if cut:
            assert script(cut) not in names(written), written
