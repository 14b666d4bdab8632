"""A count of places is no place's name (跨四省, jieba's one word: context.tsv counted_place);
invented sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["该公司的业务跨五省。", "专案组跨四省六地开展抓捕。", "辽源警方跨四省六地抓获十四名犯罪嫌疑人。"])
def test_a_numeral_before_a_provinces_word_counts_provinces(names, text):
    assert not [name for name, m in names(text).items() if m.type == "Jurisdiction" and name.endswith("省")]


@pytest.mark.parametrize("text", ["該公司的業務跨兩省。", "專案組跨數省開展抓捕。", "警方跨幾省追查，抓獲十餘省的嫌疑人。"])
def test_a_traditional_numeral_counts_provinces_too(names, text):
    assert not [name for name, m in names(text).items() if m.type == "Jurisdiction" and name.endswith("省")]


@pytest.mark.parametrize("text, place", [("十堰市公安局发布通报。", "十堰市"), ("七台河市人民法院宣判。", "七台河市")])
def test_a_city_whose_name_holds_a_numeral_is_still_a_place(pipeline, text, place):
    from kg.model import Item
    facts = pipeline.extractor.facts(Item("city.txt", 1, "", text), text, pipeline.nlp(text).user_data["mentions"])
    assert place in {f.tail.text for f in facts if f.relation == "jurisdiction"}
