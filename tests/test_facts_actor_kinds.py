"""The kinds of actor a relation's head may be (kg.model.SIGNATURES less UNFIT_HEADS, as
kg.resolve.admits reads it): a model's maker is no court or legislature; who looks into a target is an
authority or a person, not a firm; and a place alone is the issuer of an instrument only where nothing
but words of time and manner stand between it and the act (kg.facts.cue Cues.worded_place)."""
from __future__ import annotations

import pytest

from kg.resolve import admits


def _facts(pipeline, tmp_path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "actors.txt"
    path.write_text(text + "\n", encoding="utf-8")
    graph = pipeline.graph([pipeline.process(path)])
    return {(graph.entity(h)["label"], relation, graph.entity(t)["label"]) for h, relation, t, _ in graph.facts()}


@pytest.mark.parametrize("relation, head, tail", [
    ("released", "Court", "AIModel"), ("released", "Legislature", "AIModel"),
    ("investigated", "Company", "Company"), ("investigated", "Organization", "Company"), ("investigated", "Court", "Company"),
])
def test_a_head_of_a_kind_that_never_does_the_act_is_not_admitted(relation, head, tail):
    assert not admits(relation, head, tail)


@pytest.mark.parametrize("relation, head, tail", [
    ("released", "Company", "AIModel"), ("released", "Person", "AIModel"), ("released", "Organization", "AIModel"),
    ("released", "Regulator", "AIModel"),  # a government agency building a model of its own (TAIDE)
    ("proposed", "Jurisdiction", "Law"),  # a state tabling a resolution at the United Nations
    ("investigated", "Regulator", "Company"), ("investigated", "Person", "Company"),
    ("investigated", "Jurisdiction", "Company"),  # a state looking into a target itself (kg.model.STATE_ACTED)
    ("issued", "Jurisdiction", "Law"),
])
def test_the_heads_that_do_the_act_are_admitted(relation, head, tail):
    assert admits(relation, head, tail)


def test_a_court_releases_no_model(pipeline, tmp_path):
    facts = _facts(pipeline, tmp_path, "北京互联网法院旗下的星语大模型今天上线。")
    assert not any(r == "released" and h == "北京互联网法院" for h, r, _ in facts), facts


def test_a_firm_looking_into_another_investigates_nothing(pipeline, tmp_path):
    assert not any(r == "investigated" for _, r, _ in _facts(pipeline, tmp_path, "星岚科技对竞争对手云图公司展开调查。"))


@pytest.mark.parametrize("text", [
    "加州立法者通过《前沿人工智能透明度法案》。",  # the place describes who acts
    "尽管这部法案填补了意大利AI领域的立法空白，但后续仍需通过《人工智能实施细则》。",
])
def test_a_place_with_words_before_the_act_issues_nothing(pipeline, tmp_path, text):
    assert not any(r == "issued" for _, r, _ in _facts(pipeline, tmp_path, text))


def test_a_place_right_before_the_act_issues(pipeline, tmp_path):
    facts = _facts(pipeline, tmp_path, "美国伊利诺伊州通过了《心理健康资源福祉与监督法案》。")
    assert ("伊利诺伊州", "issued", "心理健康资源福祉与监督法案") in facts
