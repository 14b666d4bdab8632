"""Settlements naming one side, completed from the suit the document tells elsewhere,
in invented sentences: the suit told in a later item (or later in an item
telling several suits) gives the other side; a settlement of parties told apart, each with an
act of its own, or an unnamed party settling with one side, takes no suit from elsewhere.
Chinese cases in Simplified and in Traditional as OpenCC s2t writes it."""
from __future__ import annotations

from opencc import OpenCC

TRADITIONAL = OpenCC("s2t")


def _document(pipeline, *texts: str) -> set[tuple[str, str, str]]:
    """The facts the extractor reads in a document of one item per text."""
    from kg.model import Item
    items, found = [], []
    for number, text in enumerate(texts, 1):
        item = Item("fixture.txt", number, f"第{number}条", text, date="2025-06-01")
        mentions = pipeline.nlp(text).user_data["mentions"]
        items.append((item, text, mentions))
        found += pipeline.extractor.facts(item, text, mentions)
    found += pipeline.extractor.document_facts(items, found)
    return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text) for f in found}


def _settled(found) -> set[frozenset[str]]:
    return {frozenset((h, t)) for h, r, t in found if r == "settled"}


def test_an_english_settlement_takes_its_other_side_from_a_later_item(pipeline):
    found = _document(pipeline, "Corvid Labs Inc. agreed to pay $20 million to settle a class action over pirated books.",
                      "Authors Mara Linden and Tobias Reed sued Corvid Labs Inc. in 2024, alleging infringement.")
    assert {frozenset(("Corvid Labs Inc.", "Mara Linden")), frozenset(("Corvid Labs Inc.", "Tobias Reed"))} <= _settled(found), found


def test_a_chinese_settlement_takes_its_other_side_from_a_later_item(pipeline, as_read):
    for first, second in (("人工智能公司星岚科技同意支付2亿美元，和解一起集体诉讼。",
                           "此案由作家林小雨和王大川提起，指控星岚科技非法复制其著作。"),) * 1:
        for a, b in ((first, second), (TRADITIONAL.convert(first), TRADITIONAL.convert(second))):
            found = _document(pipeline, as_read(a), as_read(b))
            settled = _settled(found)
            assert any(any("星岚科技" in n or "星嵐科技" in n for n in pair) and any("林小雨" in n for n in pair)
                       for pair in settled), (a, found)


def test_parties_told_apart_take_no_suit_from_elsewhere(pipeline, as_read):
    """Meta faced protests, and Anthropic paid a settlement: another suit's settlement, not of
    the suit the later item tells against both."""
    first = "谷歌多次遭好莱坞抗议，星岚科技更因盗版数据被判支付2亿美元和解金。"
    second = "作家林小雨起诉谷歌和星岚科技，指控两家公司侵权。"
    for a, b in ((first, second), (TRADITIONAL.convert(first), TRADITIONAL.convert(second))):
        found = _document(pipeline, as_read(a), as_read(b))
        assert not any(any("林小雨" in n for n in pair) for pair in _settled(found)), (a, found)


def test_an_unnamed_party_settling_with_one_side_takes_no_suit(pipeline, as_read):
    """华纳与Udio达成和解: the one named is the partner settled with; the settling label is
    not a name, so the suit the other item tells (the association's) is not settled."""
    first = "去年11月，华纳先与Udio达成和解。"
    second = "美国唱片业协会起诉Udio，指控其侵犯版权。"
    for a, b in ((first, second), (TRADITIONAL.convert(first), TRADITIONAL.convert(second))):
        found = _document(pipeline, as_read(a), as_read(b))
        assert not any("Udio" in pair for pair in _settled(found)), (a, found)


def test_a_settlement_refused_pairs_no_one(pipeline):
    found = _document(pipeline, "Corvid Labs Inc. has never settled any claim.",
                      "Authors Mara Linden and Tobias Reed sued Corvid Labs Inc. in 2024, alleging infringement.")
    assert not _settled(found), found
