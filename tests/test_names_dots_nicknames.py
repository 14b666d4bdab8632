"""Names by their dots and nicknames: a transliterated name written with the dot glyphs of Taiwan's press (the
hyphenation point ‧ and the full-width stop ．, as well as · ・ •), a transliterated family name
that ends before a conjunction or a word of locality (祖克柏因为…, 奥尔特曼之间), and a case named
by its nickname in quotation marks right before 案 (“春风图”案, 「奥特曼」案件), not a class of
cases (此类“AI换脸”案件).  Sentences written for the tests, Simplified and Traditional (OpenCC
s2t)."""
from __future__ import annotations

import pytest

from tests.test_names_district_courts import both_scripts, names  # noqa: F401


@pytest.mark.parametrize("text, person", [
    ("三名作家分别是罗兰‧基斯特（Roland Kister）和玛莎‧温德（Martha Wende），他们声称该公司侵权。", "罗兰‧基斯特"),
    ("三名作家分别是罗兰‧基斯特（Roland Kister）和玛莎‧温德（Martha Wende），他们声称该公司侵权。", "玛莎‧温德"),
    ("原告的委任律师史蒂文．莫里森在诉状中引用了专家的计算。", "史蒂文．莫里森"),
    ("专家证人C．保罗．瓦格纳计算了赔偿金额。", "C．保罗．瓦格纳"),
    ("印第安纳州一名律师马丁·罗斯伯格因为和一位名人同名而提告。", "马丁·罗斯伯格"),
    ("首席执行官卡尔•韦斯特曼之间的诉讼将于四月开庭。", "卡尔•韦斯特曼"),
])
def test_a_transliterated_name_is_read_whole_whatever_its_dot(names, text, person):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert written(person) in found and found[written(person)].type == "Person", (variant, list(found))


@pytest.mark.parametrize("text", [
    "一．总则\n\n三．法院认为被告侵权，判决赔偿。",  # a heading's number and its dot
    "该公司于2024年推出模型．法院随后受理此案。",  # a stop between words
])
def test_a_full_width_stop_between_words_is_no_name(names, text):
    for variant, _ in both_scripts(text):
        found = names(variant)
        assert not [name for name, m in found.items() if m.type == "Person"], (variant, list(found))


@pytest.mark.parametrize("text, case", [
    ("在“春山图”案中，某互联网法院认为，AI生成的图片构成作品。", "“春山图”案"),
    ("此后的“铁甲侠”案件也引发了广泛关注。", "“铁甲侠”案件"),
    ("法院在“秋水映月”一案中认定原告享有著作权。", "“秋水映月”一案"),
    ("某区法院审理的「伴月图」案是另一例。", "「伴月图」案"),
    ("全国首例“AI绘图案”案件于去年宣判。", "“AI绘图案”"),  # a nickname that names the case already
    # a nickname holding 诉 that links no two sides (诉讼, 告诉): kg.cases CASE_LINK tells a caption
    ("法院在“诉讼狂人”案中驳回了原告的全部请求。", "“诉讼狂人”案"),
    ("此前的“告诉我”案件也引发了关注。", "“告诉我”案件"),
])
def test_a_quoted_nickname_before_an_is_a_case(names, text, case):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert written(case) in found and found[written(case)].type == "Case", (variant, list(found))


@pytest.mark.parametrize("text", [
    "近年来此类“AI换脸”案件频发。",  # a class of cases
    "多起“深度伪造”案件已进入法院。",
    "类似的“内部人”案件在海外也不罕见。",  # cases like it
    "她的“AI声音”案例被收入教材。",  # 案例: an example, no case
    "该“数据爬取”案由尚待确定。",
])
def test_a_class_of_cases_in_quotation_marks_is_no_case(names, text):
    for variant, _ in both_scripts(text):
        found = names(variant)
        assert not [name for name, m in found.items() if m.type == "Case"], (variant, list(found))


def test_a_nickname_holding_a_caption_is_the_caption_rule_s():
    """A诉B inside the quotation marks is case/name's, not case/nickname's."""
    from kg.mentions.case import Cases
    from kg.mentions.words import vocabulary
    cases = Cases(vocabulary())
    assert cases.nicknames("在“甲公司诉乙公司”案中，法院认为……") == []
    assert [m.text for m in cases.nicknames("在“春山图”案中，法院认为……")] == ["“春山图”案"]
