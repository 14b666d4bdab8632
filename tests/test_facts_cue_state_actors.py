"""kg.facts.cue, a shape of Chinese enforcement news: a state or bloc named as the one
that fines or looks into a target where no body of it is named (Cues.actor_types, kg.model.STATE_ACTED),
also as the agents of a passive sanction in a list (遭A、B和C当局罚款) and acting on a described
target (欧盟正式对社交平台X展开调查).  Each in Simplified and in Traditional as OpenCC s2t writes it."""
from __future__ import annotations

import opencc
import pytest

from kg.resolve import admits

TRADITIONAL = opencc.OpenCC("s2t")


def both_scripts(read_facts, as_read, sentence):
    """The facts read in the sentence and in its Traditional spelling as the pipeline reads it
    (a Traditional text in Simplified: the names come out as in the Simplified sentence)."""
    return [(text, read_facts(as_read(text))) for text in (sentence, TRADITIONAL.convert(sentence))]


@pytest.mark.parametrize("sentence, facts", [
    ("欧盟今天宣布对美国科技公司星岚科技处以29亿欧元罚款。", {("欧盟", "fined", "星岚科技")}),
    ("欧盟正式对社交平台星岚科技展开调查。", {("欧盟", "investigated", "星岚科技")}),
    ("星岚科技此前已遭英国、法国和意大利当局罚款。",
     {("英国", "fined", "星岚科技"), ("法国", "fined", "星岚科技"), ("意大利", "fined", "星岚科技")}),
    ("法国今天以违反隐私法为由，对星岚科技开铡，处以2000万欧元罚款。", {("法国", "fined", "星岚科技")}),
])
def test_a_state_named_as_the_one_that_fines_or_investigates_does(read_facts, as_read, sentence, facts):
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert facts <= found, (text, found)


@pytest.mark.parametrize("sentence, place", [
    ("英国信息专员办公室对收集英国居民照片的星岚科技处以罚款。", "英国"),  # the body acts, the place describes
    ("在美国，监管部门已对星岚科技展开调查。", "美国"),  # the place of the act
    ("荷兰当局今天对星岚科技处以罚款。荷兰数据保护局表示将继续监督该公司。", "荷兰"),  # its body named
])
def test_a_place_beside_a_body_of_its_own_or_of_the_act_is_no_actor(read_facts, as_read, sentence, place):
    for text, found in both_scripts(read_facts, as_read, sentence):
        heads = {h for h, r, t in found if r in ("fined", "investigated")}
        assert place not in heads, (text, found)


def test_the_graph_admits_a_state_fining_or_investigating_but_not_suing_as_a_court():
    assert admits("fined", "Jurisdiction", "Company") and admits("investigated", "Jurisdiction", "AIModel")
    assert not admits("fined", "Company", "Jurisdiction") and not admits("adjudicated", "Jurisdiction", "Company")


def test_a_state_fining_reaches_the_graph(pipeline, tmp_path):
    path = tmp_path / "state-fine.txt"
    path.write_text("星岚科技此前已遭英国、法国和意大利当局罚款。\n", encoding="utf-8")
    graph = pipeline.graph([pipeline.process(path)])
    fined = {(min(graph.entity(h)["labels"]), min(graph.entity(t)["labels"])) for h, r, t, _ in graph.facts() if r == "fined"}
    assert fined == {("英国", "星岚科技"), ("法国", "星岚科技"), ("意大利", "星岚科技")}
