"""China's prefecture-level cities in the knowledge base (round 43: the ones rounds 14 and 19
left out): a body or company whose name opens with one takes it as its place, a district
written after it is the second place, and a bare name that is an ordinary word, a mountain,
a river or another city's sound is no place (invented sentences)."""
from __future__ import annotations

import pytest

from kg.model import Document, Item


def _places(pipeline, text: str) -> set[tuple[str, str]]:
    facts = pipeline.extractor.facts(Item("cities.txt", 1, "", text), text, pipeline.nlp(text).user_data["mentions"])
    return {(fact.head.text, fact.tail.text) for fact in facts if fact.relation == "jurisdiction"}


@pytest.mark.parametrize("text, head, places", [
    ("鹰潭市余江区人民法院对被告人作出判决。", "鹰潭市余江区人民法院", {"鹰潭市", "余江区"}),
    ("萍乡市市场监督管理局对一家药店作出处罚。", "萍乡市市场监督管理局", {"萍乡市"}),
    ("原告达州市星辰网络科技有限公司向法院起诉。", "达州市星辰网络科技有限公司", {"达州市"}),
    ("赤峰市松山区人民检察院提起公诉。", "赤峰市松山区人民检察院", {"赤峰市", "松山区"}),
])
def test_a_name_opening_with_a_prefecture_level_city_is_placed_there(pipeline, text, head, places):
    assert {place for name, place in _places(pipeline, text) if name == head} == places


def test_the_city_lies_in_its_province(pipeline):
    kb = pipeline.extractor.shared.kb
    assert kb.lookup("鹰潭市").parent == "cn-jiangxi"
    assert kb.lookup("哈密").parent == "cn-xinjiang"


@pytest.mark.parametrize("text", [
    "他沿着黑河走了很久，又去黄山看日出。",
    "安康是每个家庭的心愿，来宾们纷纷举杯。",
    "这款白银饰品很受欢迎，普洱茶也很有名。",
    "巴中两国签署了合作协议，巴中友谊长存。",  # 巴中: Pakistan (or Brazil) and China
    "这种普通化的模型被监管部门禁止。",  # 通化 inside 普通化
])
def test_a_bare_city_name_that_is_an_ordinary_word_is_no_place(names, text):
    assert not [m for m in names(text).values() if m.type == "Jurisdiction"]


def test_a_traditional_script_document_places_its_court_in_the_city_too(pipeline):
    text = "鷹潭市余江區法院審結網路詐騙案\n\n鷹潭市余江區人民法院於5月6日對這起網路詐騙案公開宣判，被告人獲刑三年。" \
           "該院認為，被告人的行為構成詐騙罪。"
    result = pipeline.process_documents([Document("tw.txt", "tw.txt", text, "0")])[0]
    places = {(f.head.text, f.tail.text) for f in result.facts if f.relation == "jurisdiction"}
    assert ("鷹潭市余江區人民法院", "鷹潭市") in places
