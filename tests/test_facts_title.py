"""kg.facts.title: the fact an item's title states, told again in its body."""
from __future__ import annotations


def _ruled(facts, rule):
    return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text): f
            for f in facts if f.rule == rule}


def test_the_title_fact_takes_the_evidence_and_date_of_the_body_sentence_retelling_it(read_facts):
    facts = read_facts("据路透社报道，这家报纸2023年12月27日向联邦法院提起诉讼，称OpenAI未经许可使用其文章。",
                       title="纽约时报起诉OpenAI侵犯版权", date="2024-01-05", objects=True)
    # (the title's reading lent to the body sentence, or, since round 78, the body sentence's own: objectless
    # reads its filing with no object of its own, 这家报纸 being the title's 纽约时报)
    retold = (_ruled(facts, "title") | _ruled(facts, "objectless"))[("纽约时报", "sued", "OpenAI")]
    assert retold.evidence.sentence.startswith("据路透社") and retold.evidence.date == "2023-12-27"


def test_a_body_sentence_without_the_act_or_restating_it_lends_no_evidence(read_facts):
    facts = read_facts("OpenAI成立于2015年。", title="纽约时报起诉OpenAI侵犯版权", objects=True)
    assert not _ruled(facts, "title")
    facts = read_facts("2023年12月27日，纽约时报起诉OpenAI。", title="纽约时报起诉OpenAI侵犯版权", objects=True)
    assert not _ruled(facts, "title")


def test_a_place_a_title_makes_the_actor_stands_for_the_body_acting_in_the_body(read_facts):
    found = read_facts("新加坡通讯及新闻部本月就修订草案公开征求意见，建议修订《个人数据保护法》。",
                       title="新加坡拟修订《个人数据保护法》")
    assert not {(h, r) for h, r, t in found if h == "新加坡" and r in ("issued", "proposed")}


def test_a_place_a_title_makes_the_actor_keeps_the_act_where_no_body_acts(read_facts):
    found = read_facts("该法将于明年生效。", title="新加坡通过《在线安全法》")
    assert ("新加坡", "issued", "在线安全法") in found
