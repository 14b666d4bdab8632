"""Chinese court names: Taiwan's district courts by their short form
X地院 (data/kb/courts.tsv aliases, with each court's jurisdiction), and a court name that
jieba's cut glued a party's last character and a preposition onto (检 / 方向 / 东京地院:
检方 + 向).  Sentences written for the tests, Simplified and Traditional (OpenCC s2t)."""
from __future__ import annotations

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")


def both_scripts(text: str) -> list[tuple[str, callable]]:
    """The text in each script, with the function that writes a name in that script."""
    return [(text, lambda name: name), (_S2T.convert(text), _S2T.convert)]


@pytest.fixture
def names(pipeline, write_doc):
    """``names(text)``: the mentions the whole pipeline finds in ``text``, by their text."""
    def find(text: str) -> dict:
        result = pipeline.process(write_doc("t.txt", "标题\n\n" + text + "\n"))
        return {m.text: m for mentions in result.mentions for m in mentions}
    return find


@pytest.mark.parametrize("text, short, court, place", [
    ("桃园地院今天判决被告应赔偿原告新台币三十万元。", "桃园地院", "tw-taoyuan-district", "tw-tao"),
    ("此案上诉前由花莲地院审理，一审判决被告无罪。", "花莲地院", "tw-hualien-district", "tw-hua"),
    ("原告向桥头地院提起民事诉讼，请求损害赔偿。", "桥头地院", "tw-qiaotou-district", None),
    ("台中地院驳回了该公司的假处分声请。", "台中地院", "tw-taichung-district", "tw-txg"),
    ("检察官已向台东地院声请羁押两名嫌犯。", "台东地院", "tw-taitung-district", "tw-ttt"),
    ("金门地院昨日宣判，被告被判处有期徒刑六个月。", "金门地院", "tw-kinmen-district", None),
])
def test_a_taiwan_district_court_by_its_short_form_is_the_known_court(pipeline, write_doc, text, short, court, place):
    for variant, written in both_scripts(text):
        kg = pipeline.graph([pipeline.process(write_doc("t.txt", "标题\n\n" + variant + "\n"))])
        nodes = {n: d for n, d in kg.entities()}
        assert court in nodes and nodes[court]["type"] == "Court", (variant, sorted(nodes))
        assert written(short) in nodes[court]["labels"], (variant, nodes[court]["labels"])
        if place is not None:  # (a place the name does not hold, 桥头 or 金门 for 金门县, gets no fact)
            assert (court, "jurisdiction", place) in {(s, r, o) for s, r, o, _ in kg.facts()}, variant


@pytest.mark.parametrize("text, court, glued", [
    ("检方向东京地院声请羁押该名男子。", "东京地院", "检方向东京地院"),
    ("控方向大阪地院提出上诉，要求加重刑期。", "大阪地院", "控方向大阪地院"),
    ("院方向首尔中央地院提交了答辩书。", "首尔中央地院", "院方向首尔中央地院"),
    ("资方向伦敦高等法院提起诉讼。", "伦敦高等法院", "资方向伦敦高等法院"),
])
def test_a_party_and_its_preposition_jieba_glued_before_a_court_stay_out_of_its_name(names, text, court, glued):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert written(court) in found and found[written(court)].type == "Court", (variant, list(found))
        assert not [name for name in found if name.endswith(written(court)) and name != written(court)], (variant, list(found))


@pytest.mark.parametrize("text, name", [
    ("他们调整方向后，东方向阳科技有限公司宣布上市。", "东方向阳科技有限公司"),
    ("公司把研发方向转向人工智能，西方向量科技也跟进。", "西方向量科技"),
])
def test_a_name_holding_a_direction_word_of_its_own_is_not_cut(names, text, name):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert not [m for m in found if m.endswith(written(name)[3:]) and len(m) < len(written(name)) - 2], (variant, list(found))


@pytest.mark.parametrize("text, person", [
    ("台中男子林志豪涉嫌出资成立诈骗集团，已被检方起诉。", "林志豪"),
    ("一名29岁男子李建伟因散布深度伪造影片被判刑。", "李建伟"),
    ("女子陈丽华向法院起诉该平台侵犯其肖像权。", "陈丽华"),
    ("县长钟明辉表示将对造假影片提告。", "钟明辉"),
    ("刑事局第五队队长黄志远说明案情。", "黄志远"),
    ("中国驻日本大使吴建国当天会见了外相。", "吴建国"),
])
def test_a_person_after_a_descriptor_or_an_office_is_named(names, text, person):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert written(person) in found and found[written(person)].type == "Person", (variant, list(found))


@pytest.mark.parametrize("text", [
    "他在比赛中获得男子单打冠军。",
    "这名女子方才离开现场，警方仍在调查。",
    "男子高喊口号后离开。",
    "县长选举将于明年举行。",
    "队长王牌被罚下后，球队输掉了比赛。",
])
def test_a_descriptor_before_no_name_makes_no_person(names, text):
    for variant, _ in both_scripts(text):
        found = names(variant)
        assert not [m for m in found.values() if m.type == "Person"], (variant, list(found))
