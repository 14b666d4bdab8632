"""kg.facts.ruledsides: a court that ruled on one side of an item's one suit ruled on each of its sides."""
from __future__ import annotations

import pytest

from kg.model import Item


@pytest.fixture(scope="module")
def story(pipeline):
    """``story(parts)``: the (head, relation, tail, rule) of the sued and adjudicated facts read in a
    story told in parts (an article cut at its sub-heads: each part after the first continues it)."""
    def read(parts: list[tuple[str, str]]) -> set[tuple[str, str, str, str]]:
        items = []
        for number, (title, text) in enumerate(parts, 1):
            item = Item("fixture.txt", number, title, text, date="2024-06-01", continues=number > 1)
            items.append((item, item.text, pipeline.nlp(item.text).user_data["mentions"]))
        facts = [fact for item, text, mentions in items for fact in pipeline.extractor.facts(item, text, mentions)]
        facts += pipeline.extractor.document_facts(items, facts)
        return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text, f.rule)
                for f in facts if f.relation in ("sued", "adjudicated")}
    return read


@pytest.mark.parametrize("parts, court, sides", [
    ([("星辰科技诉云图科技案", "星辰科技与海川集团起诉云图科技侵犯著作权。"), ("一审判决", "北京互联网法院支持了星辰科技的诉讼请求。")],
     "北京互联网法院", ("星辰科技", "海川集团", "云图科技")),
    ([("星辰科技訴雲圖科技案", "星辰科技與海川集團起訴雲圖科技侵犯著作權。"), ("一審判決", "北京互聯網法院支持了星辰科技的訴訟請求。")],
     "北京互聯網法院", ("星辰科技", "雲圖科技")),  # (the plaintiffs' list joined by 與 is read at its first member)
    ([("Harbor News v. Zentek", "Harbor News and Lumen Press sued Zentek Technologies over its chatbot in 2022."),
      ("The ruling", "The Kent Regional Court granted the claims asserted by Harbor News.")],
     "Kent Regional Court", ("Harbor News", "Lumen Press", "Zentek Technologies")),
])
def test_a_court_ruling_on_one_side_of_the_one_suit_adjudicates_each_side(story, parts, court, sides):
    ruled = {(h, t) for h, r, t, _ in story(parts) if r == "adjudicated"}
    assert {(court, side) for side in sides} <= ruled


@pytest.mark.parametrize("parts", [
    # two suits against different defendants: which one the court heard is not this family's to say
    [("两起诉讼", "星辰科技起诉云图科技侵犯著作权。海川集团起诉蓝鲸科技侵犯著作权。"),
     ("一审判决", "北京互联网法院支持了星辰科技的诉讼请求。")],
    [("Two suits", "Harbor News sued Zentek Technologies in 2022. Lumen Press sued Bluewhale Labs in 2023."),
     ("The ruling", "The Kent Regional Court granted the claims asserted by Harbor News.")],
])
def test_an_item_of_several_suits_gets_no_court_from_this_family(story, parts):
    assert not {fact for fact in story(parts) if fact[3] == "ruledsides"}



@pytest.mark.parametrize("text, court, side", [
    ("Last month the Kent Regional Court fired a warning shot toward screening firms, in Harbor News v. Orvato Labs. "
     "Harbor News and Lumen Press filed a putative class action lawsuit in federal court against Orvato Labs and "
     "Bluewhale Labs for violations of federal law.", "Kent Regional Court", "Lumen Press"),
    ("Last month the Kent Regional Court fired a warning shot toward screening firms, in Harbor News v. Orvato Labs. "
     "Harbor News and Lumen Press filed a putative class action lawsuit in federal court against Orvato Labs and "
     "Bluewhale Labs for violations of federal law.", "Kent Regional Court", "Bluewhale Labs"),
    ("A recent case in the Kent Regional Court addressed data mining, and the court ultimately sided with Orvato Labs. "
     "The claim, brought by the publisher Harbor News against the research group Orvato Labs, concerned one article.",
     "Kent Regional Court", "Harbor News"),
])
def test_a_side_named_beside_a_ruled_party_in_a_sentence_telling_the_suit_is_adjudicated(story, text, court, side):
    assert (court, "adjudicated", side, "ruledsides/beside") in story([("A ruling", text)])


@pytest.mark.parametrize("text", [
    # several suits told: which the court heard, not said
    "Last month the Kent Regional Court fired a warning shot toward screening firms, in Harbor News v. Orvato Labs. "
    "Harbor News filed lawsuits in federal court against Orvato Labs and Bluewhale Labs for violations of federal law.",
    # a party's lawyer named beside it, no side joined
    "Last month the Kent Regional Court fired a warning shot toward screening firms, in Harbor News v. Orvato Labs. "
    "Arguing for Orvato Labs, Jane Varnel told the court that the lawsuit failed.",
    # a name after what the suit is about, not a side
    "Last month the Kent Regional Court fired a warning shot toward screening firms, in Harbor News v. Orvato Labs. "
    "Harbor News sued Orvato Labs in May over the copying of its Quillpost and Lumen Press archives.",
    # one of many suits told: whose sides, not said
    "Last month the Kent Regional Court fired a warning shot toward screening firms, in Harbor News v. Orvato Labs. "
    "The case is one of dozens filed by Harbor News and Lumen Press in federal court against Orvato Labs and "
    "Bluewhale Labs.",
])
def test_no_side_beside_a_ruled_party_where_the_sentence_tells_several_suits_or_no_side(story, text):
    assert not {fact for fact in story([("A ruling", text)]) if fact[3] == "ruledsides/beside"}
