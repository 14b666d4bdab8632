import json

import pytest

from kg.evaluate import Evaluation, Score, gold_for, load_gold, score_document
from kg.graph import KnowledgeGraph
from kg.model import Entity


def _graph(entities: list[Entity], facts: list[tuple[str, str, str]]) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for entity in entities:
        graph.add_entity(entity)
    for head, relation, tail in facts:
        graph.add_fact(head, relation, tail)
    return graph


# 纽约时报起诉微软和OpenAI; 微软与OpenAI合作; 国家网信办发布《生成式人工智能服务管理暂行办法》.
# The graph types 国家网信办 wrongly, invents Sam Altman's suit and misses two gold facts.
PREDICTED = _graph(
    [Entity("nyt", "Company", "纽约时报", {"THE NEW YORK TIMES"}),
     Entity("microsoft", "Company", "微软"),
     Entity("openai", "Company", "Open AI"),
     Entity("measures", "Law", "《生成式人工智能服务管理暂行办法》"),
     Entity("cac", "Organization", "国家网信办"),
     Entity("altman", "Person", "Sam Altman")],
    [("nyt", "sued", "microsoft"), ("nyt", "sued", "openai"), ("openai", "partnered", "microsoft"),
     ("cac", "issued", "measures"), ("altman", "sued", "openai")],
)
GOLD = {
    "doc": "issue.txt",
    "entities": [
        {"id": "e1", "type": "Company", "names": ["纽约时报", "The New York Times"]},
        {"id": "e2", "type": "Company", "names": ["Microsoft", "微软"]},
        {"id": "e3", "type": "Company", "names": ["OpenAI"]},
        {"id": "e4", "type": "Regulator", "names": ["国家网信办", "国家互联网信息办公室"]},
        {"id": "e5", "type": "Law", "names": ["生成式人工智能服务管理暂行办法"]},
        {"id": "e6", "type": "Company", "names": ["Getty Images"]},
        {"id": "e7", "type": "Company", "names": ["Stability AI"]},
    ],
    "relations": [
        {"head": "e1", "relation": "sued", "tail": "e2"},
        {"head": "e1", "relation": "sued", "tail": "e3"},
        {"head": "e2", "relation": "partnered", "tail": "e3"},
        {"head": "e4", "relation": "issued", "tail": "e5"},
        {"head": "e4", "relation": "investigated", "tail": "e3"},
        {"head": "e6", "relation": "sued", "tail": "e7"},
    ],
}


def test_entities_score_by_folded_name_and_matching_type():
    entities = score_document(PREDICTED, GOLD).entities
    # 纽约时报, 微软, Open AI, 《…办法》 match with their type; 国家网信办 has the wrong type
    assert (entities.true_positive, entities.predicted, entities.gold, entities.recalled) == (4, 6, 7, 4)
    assert entities.precision == pytest.approx(4 / 6)
    assert entities.recall == pytest.approx(4 / 7)
    assert entities.f1 == pytest.approx(2 * (4 / 6) * (4 / 7) / (4 / 6 + 4 / 7))


def test_relations_score_over_distinct_facts():
    relations = score_document(PREDICTED, GOLD).relations
    assert (relations.true_positive, relations.predicted, relations.gold, relations.recalled) == (4, 5, 6, 4)
    assert (relations.precision, relations.recall) == (pytest.approx(0.8), pytest.approx(4 / 6))
    assert relations.row() == {"precision": 0.8, "recall": 0.667, "f1": 0.727, "predicted": 5, "gold": 6}


def test_a_named_cases_suit_links_are_not_scored():
    linked = KnowledgeGraph()
    for node, data in PREDICTED.entities():
        linked.add_entity(Entity(node, data["type"], data["label"], set(data["labels"])))
    for head, relation, tail, _ in PREDICTED.facts():
        linked.add_fact(head, relation, tail)
    linked.add_entity(Entity("case", "Case", "纽约时报诉微软案"))
    linked.add_fact("case", "plaintiff", "nyt")
    linked.add_fact("case", "defendant", "microsoft")
    assert score_document(linked, GOLD).relations.row() == score_document(PREDICTED, GOLD).relations.row()
    assert "plaintiff" not in score_document(linked, GOLD).per_relation


def test_per_relation_scores():
    per_relation = score_document(PREDICTED, GOLD).per_relation
    assert {r: (s.true_positive, s.predicted, s.gold, s.recalled) for r, s in per_relation.items()} == {
        "sued": (2, 3, 3, 2), "partnered": (1, 1, 1, 1), "issued": (1, 1, 1, 1), "investigated": (0, 0, 1, 0)}


def test_missed_and_spurious_facts_are_listed_by_name():
    score = score_document(PREDICTED, GOLD)
    assert score.missed == [("国家网信办", "investigated", "OpenAI"), ("Getty Images", "sued", "Stability AI")]
    assert score.spurious == [("Sam Altman", "sued", "Open AI")]     # graph labels, not gold names
    assert score.document == "issue.txt"


def test_missed_and_spurious_entities_are_listed_with_their_type():
    score = score_document(PREDICTED, GOLD)
    assert score.missed_entities == [("Getty Images", "Company"), ("Stability AI", "Company"),
                                      ("国家网信办", "Regulator")]
    assert score.spurious_entities == [("Sam Altman", "Person"), ("国家网信办", "Organization")]


def test_symmetric_relation_matches_in_reverse_order():
    gold = {"entities": [{"id": "m", "type": "Company", "names": ["微软"]},
                         {"id": "o", "type": "Company", "names": ["OpenAI"]}],
            "relations": [{"head": "m", "relation": "partnered", "tail": "o"}]}
    reverse = _graph([Entity("microsoft", "Company", "微软"), Entity("openai", "Company", "OpenAI")],
                     [("openai", "partnered", "microsoft")])
    assert score_document(reverse, gold).relations.f1 == 1.0


def test_directed_relation_does_not_match_in_reverse_order():
    gold = {"entities": [{"id": "n", "type": "Company", "names": ["纽约时报"]},
                         {"id": "o", "type": "Company", "names": ["OpenAI"]}],
            "relations": [{"head": "n", "relation": "sued", "tail": "o"}]}
    reverse = _graph([Entity("nyt", "Company", "纽约时报"), Entity("openai", "Company", "OpenAI")],
                     [("openai", "sued", "nyt")])
    score = score_document(reverse, gold)
    assert score.relations.true_positive == 0
    assert score.missed == [("纽约时报", "sued", "OpenAI")]


@pytest.mark.parametrize("label, name", [
    ("《人工智能法案》", "人工智能法案"),
    ("人工智能 法案", "《人工智能法案》"),
    ("AI ACT", "AI Act"),
    ("ＡＩ Ａｃｔ", "ai act"),
])
def test_labels_match_gold_names_after_folding(label, name):
    gold = {"entities": [{"id": "e1", "type": "Law", "names": [name]}], "relations": []}
    graph = _graph([Entity("act", "Law", label)], [])
    assert score_document(graph, gold).entities.true_positive == 1


def test_graph_with_nothing_scores_zero_without_dividing_by_zero():
    score = score_document(KnowledgeGraph(), {"entities": [], "relations": []})
    assert (score.entities.f1, score.relations.precision, score.relations.recall) == (0.0, 0.0, 0.0)


def test_evaluation_micro_averages_counts_over_documents():
    small_gold = {"doc": "small.txt",
                  "entities": [{"id": "o", "type": "Company", "names": ["OpenAI"]},
                               {"id": "g", "type": "AIModel", "names": ["GPT-4o"]}],
                  "relations": [{"head": "o", "relation": "released", "tail": "g"}]}
    small = _graph([Entity("openai", "Company", "OpenAI"), Entity("gpt-4o", "AIModel", "GPT-4o")],
                   [("openai", "released", "gpt-4o")])
    evaluation = Evaluation([score_document(PREDICTED, GOLD), score_document(small, small_gold)])
    relations = evaluation.total("relations")
    assert (relations.true_positive, relations.predicted, relations.gold) == (5, 6, 7)
    assert relations.precision == pytest.approx(5 / 6)       # not the mean of 0.8 and 1.0
    assert evaluation.total("entities").recalled == 6
    assert evaluation.per_relation()["released"].row()["f1"] == 1.0
    assert list(evaluation.per_relation()) == sorted(evaluation.per_relation())
    assert evaluation.error_kinds() == {"missed investigated": 1, "missed sued": 1, "spurious sued": 1,
                                        "missed entity Company": 2, "missed entity Regulator": 1,
                                        "spurious entity Organization": 1, "spurious entity Person": 1}


def test_evaluation_as_dict_is_json_with_errors_on_request():
    evaluation = Evaluation([score_document(PREDICTED, GOLD)])
    plain = evaluation.as_dict()
    assert set(plain) == {"entities", "relations", "per_relation", "per_document"}
    with_errors = json.loads(json.dumps(evaluation.as_dict(errors=True), ensure_ascii=False))
    assert with_errors["errors"]["issue.txt"]["spurious"] == [["Sam Altman", "sued", "Open AI"]]


def test_score_add_sums_counts():
    total = Score(1, 2, 3, 1)
    total.add(Score(2, 2, 1, 1))
    assert (total.true_positive, total.predicted, total.gold, total.recalled) == (3, 4, 4, 2)


# -- gold files -----------------------------------------------------------------
def test_gold_for_finds_name_dot_json_or_stem_dot_json(tmp_path):
    (tmp_path / "a.txt.json").write_text("{}")
    (tmp_path / "b.json").write_text("{}")
    assert gold_for("corpus/a.txt", tmp_path) == tmp_path / "a.txt.json"
    assert gold_for("corpus/b.txt", tmp_path) == tmp_path / "b.json"
    assert gold_for("corpus/c.txt", tmp_path) is None


def test_gold_for_prefers_the_full_name(tmp_path):
    (tmp_path / "a.txt.json").write_text("{}")
    (tmp_path / "a.json").write_text("{}")
    assert gold_for("a.txt", tmp_path) == tmp_path / "a.txt.json"


def test_gold_for_finds_the_gold_of_the_same_document_in_another_form(tmp_path):
    (tmp_path / "issue.txt.json").write_text("{}")
    assert gold_for("printed/issue.pdf", tmp_path) == tmp_path / "issue.txt.json"
    assert gold_for("saved/issue.html", tmp_path) == tmp_path / "issue.txt.json"
    assert gold_for("saved/other.html", tmp_path) is None


def test_gold_for_prefers_the_gold_of_the_form_itself(tmp_path):
    (tmp_path / "issue.txt.json").write_text("{}")
    (tmp_path / "issue.pdf.json").write_text("{}")
    assert gold_for("issue.pdf", tmp_path) == tmp_path / "issue.pdf.json"


def test_load_gold_reads_utf8(tmp_path):
    path = tmp_path / "a.txt.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    assert load_gold(path)["entities"][3]["names"] == ["国家网信办", "国家互联网信息办公室"]


@pytest.mark.parametrize("label, name", [("紐約時報", "纽约时报"), ("纽约时报", "紐約時報"), ("臺灣", "台湾"), ("台灣", "台湾"), ("台灣", "臺灣")])
def test_gold_names_match_labels_written_in_the_other_script(label, name):
    graph = _graph([Entity("nyt", "Company", label), Entity("microsoft", "Company", "微軟")],
                   [("nyt", "sued", "microsoft")])
    gold = {"entities": [{"id": "e1", "type": "Company", "names": [name]},
                         {"id": "e2", "type": "Company", "names": ["微软"]}],
            "relations": [{"head": "e1", "relation": "sued", "tail": "e2"}]}
    score = score_document(graph, gold)
    assert (score.entities.true_positive, score.relations.true_positive) == (2, 1)
