"""The kinds of actor a relation's head may be (kg.model.SIGNATURES, as kg.resolve.admits reads it):
a model's maker is a firm, a lab or a person, not a state body; a draft is a body's or a person's, not
a place's; who looks into a target is an authority or a person, not a firm; and a place is the issuer
of an instrument only where nothing but words of time and manner stand between it and the act
(kg.facts.cue Cues.admissible)."""
from __future__ import annotations

import pytest

from kg.resolve import admits


def _facts(pipeline, tmp_path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "actors.txt"
    path.write_text(text + "\n", encoding="utf-8")
    graph = pipeline.graph([pipeline.process(path)])
    return {(graph.entity(h)["label"], relation, graph.entity(t)["label"]) for h, relation, t, _ in graph.facts()}


@pytest.mark.parametrize("relation, head, tail", [
    ("released", "Regulator", "AIModel"), ("released", "Court", "AIModel"), ("released", "Legislature", "AIModel"),
    ("proposed", "Jurisdiction", "Law"),
    ("investigated", "Company", "Company"), ("investigated", "Organization", "Company"), ("investigated", "Court", "Company"),
])
def test_a_head_of_a_kind_that_never_does_the_act_is_not_admitted(relation, head, tail):
    assert not admits(relation, head, tail)


@pytest.mark.parametrize("relation, head, tail", [
    ("released", "Company", "AIModel"), ("released", "Person", "AIModel"), ("released", "Organization", "AIModel"),
    ("proposed", "Regulator", "Law"), ("proposed", "Person", "Law"), ("proposed", "Legislature", "Law"),
    ("investigated", "Regulator", "Company"), ("investigated", "Person", "Company"),
    ("investigated", "Jurisdiction", "Company"),  # a state looking into a target itself (kg.model.STATE_ACTED)
    ("issued", "Jurisdiction", "Law"),
])
def test_the_heads_that_do_the_act_are_admitted(relation, head, tail):
    assert admits(relation, head, tail)


def test_a_state_body_releases_no_model(pipeline, tmp_path):
    facts = _facts(pipeline, tmp_path, "The Irish Data Protection Commission released Grok, xAI's chatbot.")
    assert ("xAI", "released", "Grok") in facts
    assert not any(r == "released" and h != "xAI" for h, r, _ in facts), facts


def test_a_place_proposes_no_draft(pipeline, tmp_path):
    facts = _facts(pipeline, tmp_path, "日本提出了《人工智能促进法》草案。")
    assert not any(r in ("proposed", "issued") for _, r, _ in facts), facts


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
