"""Airlines: an airline its country or city names is one company
(kg.mentions.carrier), and so is such an airline as a side of a Chinese case name
(kg.mentions.case typed_sides).  Sentences written for the tests, Simplified and Traditional."""
from __future__ import annotations

import random
import re

import pytest
from test_names_district_courts import both_scripts, names  # noqa: F401 (the fixture: the whole pipeline's mentions by text)

from kg.alternation import alternatives
from kg.mentions.carrier import Airlines


@pytest.mark.parametrize("text, airline, place", [
    ("一名乘客上月起诉埃及航空，称空乘推车撞伤了他的膝盖。", "埃及航空", "埃及"),
    ("原告随后向法院起诉哥伦比亚航空公司。", "哥伦比亚航空公司", "哥伦比亚"),
    ("律师援引了一起旧案，被告是荷兰皇家航空。", "荷兰皇家航空", "荷兰"),
])
def test_an_airline_its_country_names_is_one_company(names, text, airline, place):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(airline)].type == "Company", (variant, list(found))
        assert written(place) not in found, (variant, list(found))


@pytest.mark.parametrize("text, description", [
    ("美国航空安全监管机构发布了新规。", "美国航空"),
    ("中国航空工业的产值持续增长。", "中国航空"),
])
def test_a_field_of_aviation_after_a_country_names_no_airline(names, text, description):
    for variant, written in both_scripts(text):
        assert written(description) not in names(variant)


@pytest.mark.parametrize("text, case, side", [
    ("律师援引的旧案包括：周明远诉埃及航空案。", "周明远诉埃及航空案", "埃及航空"),
])
def test_an_airline_side_of_a_chinese_case_name_is_named(names, text, case, side):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(case)].type == "Case", (variant, list(found))
        assert found[written(side)].type == "Company", (variant, list(found))
        assert found[written(side)].mechanism == "case/side"


# kg.mentions.carrier Airlines: the spans re.finditer finds of (?P<place>P)(?:W)?(?:K)(?!N), each an
# alternation of its words, found without compiling the places' alternation.  Invented places and words,
# some the start or the end of another, so that re's order of trying them (the leftmost start, the
# longest place, a carrier word before none, the longest kind, no field after) decides what is found.
AIRLINE_LEXICON = (("北原", "北原港", "澜州", "澜州北原", "青屿", "青屿国际"), ("国际", "北原", "东方", "航空"),
                   ("航空公司", "航空"), ("安全", "公司业务", "港", "北"))


def _airlines_alternation(places, words, kinds, not_after):
    return re.compile(rf"(?P<place>{alternatives(places)})(?:{alternatives(words)})?"
                      rf"(?:{alternatives(kinds)})(?!{alternatives(not_after)})")


@pytest.mark.parametrize("text", [
    "澜州北原航空公司宣布开通新航线。",  # the longest place, then its kind
    "澜州北原航空安全监管机构发布新规。",  # a field after: the shorter place and a carrier word fail too
    "青屿国际航空与北原港航空公司业务合并。",  # a place that is a place and a carrier word
    "澜州东方航空航空公司",  # a second kind right after the first match
    "北原港航空北原航空公司",  # no field after the first: two airlines side by side
    "青屿航空航空公司开航。",  # a carrier word that is a kind too: tried before none
])
def test_airlines_finds_what_the_alternation_finds(text):
    expected = [match.span() for match in _airlines_alternation(*AIRLINE_LEXICON).finditer(text)]
    assert list(Airlines(*AIRLINE_LEXICON).spans(text)) == expected


def test_airlines_agrees_with_the_alternation_on_texts_stitched_of_its_words():
    pattern, airlines = _airlines_alternation(*AIRLINE_LEXICON), Airlines(*AIRLINE_LEXICON)
    pieces = [word for words in AIRLINE_LEXICON for word in words] + ["的", "，", "航", "空", "公司"]
    rng, matched = random.Random(77), 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        expected = [match.span() for match in pattern.finditer(text)]
        matched += bool(expected)
        assert list(airlines.spans(text)) == expected, text
    assert matched > 300  # (the texts do name airlines)
