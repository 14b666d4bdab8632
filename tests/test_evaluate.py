import json

import pytest

from kg.evaluate import Evaluation, Score, by_rule, gold_for, load_gold, score_all, score_document
from kg.graph import KnowledgeGraph
from kg.model import Entity
from kg.pipeline import Without


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
    assert evaluation.error_kinds() == {"missed entity: never found (Company)": 2, "missed entity: wrong type": 1,
                                        "false entity: wrong type": 1, "false entity by unnamed": 1,
                                        "missed fact: an end never found": 1,
                                        "missed fact: both ends found, no rule": 1,
                                        "false fact: an end no gold entity": 1}


def test_evaluation_as_dict_is_json_with_errors_on_request():
    evaluation = Evaluation([score_document(PREDICTED, GOLD)])
    plain = evaluation.as_dict()
    assert set(plain) == {"entities", "relations", "per_relation", "per_document"}
    with_errors = json.loads(json.dumps(evaluation.as_dict(errors=True), ensure_ascii=False))
    assert with_errors["errors"]["issue.txt"]["spurious"] == [["Sam Altman", "sued", "Open AI"]]
    assert {"kind": "missed entity: wrong type", "count": 1,
            "example": "issue.txt: 国家网信办: Regulator read as Organization"} in with_errors["error_kinds"]
    assert ["false fact: an end no gold entity", "Sam Altman sued Open AI [unnamed]"] in \
        with_errors["errors"]["issue.txt"]["kinds"]


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


# -- rule families: what each produced, and the scores without it ------------------
# 纽约时报起诉OpenAI和微软; 微软与OpenAI合作; Getty Images起诉OpenAI.  Each prediction is
# tagged with the family that made it: three knowledge-base names (微软 also read by the
# latin rule), a person rule's false "Sam"; cue and structure facts, one false.
FAMILY_ENTITIES = [("nyt", "Company", "纽约时报", {"kb"}), ("openai", "Company", "OpenAI", {"kb"}),
                   ("microsoft", "Company", "微软", {"kb", "latin/caps"}), ("sam", "Person", "Sam", {"person"})]
FAMILY_FACTS = [("nyt", "sued", "openai", {"cue/litigation"}), ("nyt", "sued", "microsoft", {"cue", "structure"}),
                ("microsoft", "partnered", "openai", {"structure"}), ("sam", "sued", "openai", {"cue"})]
FAMILY_GOLD = {
    "doc": "families.txt",
    "entities": [{"id": "n", "type": "Company", "names": ["纽约时报"]}, {"id": "o", "type": "Company", "names": ["OpenAI"]},
                 {"id": "m", "type": "Company", "names": ["微软"]}, {"id": "g", "type": "Company", "names": ["Getty Images"]}],
    "relations": [{"head": "n", "relation": "sued", "tail": "o"}, {"head": "n", "relation": "sued", "tail": "m"},
                  {"head": "m", "relation": "partnered", "tail": "o"}, {"head": "g", "relation": "sued", "tail": "o"}],
}


class FamilyPipeline:
    """Stands in for kg.pipeline.Pipeline: every document gives FAMILY_ENTITIES and
    FAMILY_FACTS, less what the left-out families alone made (an entity goes with its last
    mechanism, a fact with its last rule or either end)."""

    def process(self, path, without: Without = Without()) -> Without:
        return without

    def graph(self, results, min_confidence: float = 0.0) -> KnowledgeGraph:
        without, = results
        graph, kept = KnowledgeGraph(), set()
        for node, type_, label, mechanisms in FAMILY_ENTITIES:
            left = {m for m in mechanisms if m.split("/")[0] not in without.names}
            if left:
                graph.add_entity(Entity(node, type_, label, mechanisms=left))
                kept.add(node)
        for head, relation, tail, rules in FAMILY_FACTS:
            for rule in rules:
                if head in kept and tail in kept and rule.split("/")[0] not in without.facts:
                    graph.add_fact(head, relation, tail, rule=rule)
        return graph


def test_rule_rows_count_what_each_family_produced_and_got_right():
    rows = score_all(FamilyPipeline(), [("families.txt", FAMILY_GOLD)]).rule_rows()
    assert [(r["stage"], r["family"], r["produced"], r["right"], r["precision"], r["sole"]) for r in rows] == [
        ("names", "kb", 3, 3, 1.0, 2), ("names", "latin", 1, 1, 1.0, 0), ("names", "person", 1, 0, 0.0, 1),
        ("facts", "cue", 3, 2, 0.667, 2), ("facts", "structure", 2, 2, 1.0, 1)]


def test_by_rule_gives_the_f1_change_of_building_without_each_family():
    evaluation = score_all(FamilyPipeline(), [("families.txt", FAMILY_GOLD)])
    assert (evaluation.total("entities").f1, evaluation.total("relations").f1) == (0.75, 0.75)
    changes = {(r["stage"], r["family"]): (r["entity_f1_change"], r["relation_f1_change"])
               for r in by_rule(FamilyPipeline(), [("families.txt", FAMILY_GOLD)])}
    assert changes == {
        ("names", "kb"): (-0.417, -0.75),      # only 微软 (latin) and Sam left; no fact has both ends
        ("names", "latin"): (0.0, 0.0),        # 微软 is found by the knowledge base too
        ("names", "person"): (0.107, 0.107),   # Sam and his suit gone: precision 1
        ("facts", "cue"): (0.0, -0.083),       # 纽约时报 sued 微软 stays, read by structure too
        ("facts", "structure"): (0.0, -0.179),
    }


def _family_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node, type_, label, mechanisms in FAMILY_ENTITIES:
        graph.add_entity(Entity(node, type_, label, mechanisms=mechanisms))
    return graph


def test_a_fact_read_twice_counts_for_both_families_and_a_symmetric_one_once():
    graph = _family_graph()
    graph.add_fact("openai", "partnered", "microsoft", rule="cue")
    graph.add_fact("microsoft", "partnered", "openai", rule="structure")
    outcomes = score_document(graph, FAMILY_GOLD).fact_outcomes
    assert [(sorted(o.families), o.right) for o in outcomes] == [(["cue", "structure"], True)]


# -- error kinds: one constructed miss or false prediction of each -------------------
ERROR_GOLD = {
    "doc": "kinds.txt",
    "entities": [
        {"id": "cro", "type": "Regulator", "names": ["民权办公室"]},
        {"id": "hhs", "type": "Regulator", "names": ["美国卫生与公众服务部"]},
        {"id": "us", "type": "Jurisdiction", "names": ["美国"]},
        {"id": "uk", "type": "Jurisdiction", "names": ["英国"]},
        {"id": "nyt", "type": "Company", "names": ["纽约时报"]},
        {"id": "openai", "type": "Company", "names": ["OpenAI"]},
        {"id": "gpt", "type": "AIModel", "names": ["GPT-4o"]},
        {"id": "ftc", "type": "Regulator", "names": ["联邦贸易委员会"]},
        {"id": "act", "type": "Law", "names": ["人工智能法"]},
        {"id": "getty", "type": "Company", "names": ["Getty Images"]},
    ],
    "relations": [
        {"head": "cro", "relation": "partOf", "tail": "hhs"},
        {"head": "hhs", "relation": "jurisdiction", "tail": "us"},
        {"head": "nyt", "relation": "sued", "tail": "openai"},
        {"head": "openai", "relation": "released", "tail": "gpt"},
        {"head": "ftc", "relation": "investigated", "tail": "openai"},
        {"head": "ftc", "relation": "issued", "tail": "act"},
        {"head": "getty", "relation": "sued", "tail": "openai"},
        {"head": "ftc", "relation": "investigated", "tail": "nyt"},
        {"head": "ftc", "relation": "investigated", "tail": "uk"},
    ],
}
ERROR_GRAPH = _graph(
    [Entity("cro", "Regulator", "美国卫生与公众服务部民权办公室", mechanisms={"suffix"}),  # the inner name lost
     Entity("hhs", "Regulator", "美国卫生与公众服务部", mechanisms={"kb"}),
     Entity("us", "Jurisdiction", "美国", mechanisms={"kb"}),
     Entity("uk", "Jurisdiction", "英国", mechanisms={"kb"}),
     Entity("nyt", "Company", "纽约时报", mechanisms={"kb"}),
     Entity("openai", "Company", "OpenAI", mechanisms={"kb"}),
     Entity("gpt", "Company", "GPT-4o", mechanisms={"latin"}),                       # typed wrong
     Entity("ftc", "Regulator", "联邦贸易委员会", mechanisms={"kb"}),
     Entity("act", "Law", "人工智能法", mechanisms={"title"}),
     Entity("sam", "Person", "Sam", mechanisms={"person"})],                        # no gold entity
    [])
for _head, _relation, _tail, _rule in [
        ("hhs", "jurisdiction", "uk", "structure"),  # the wrong place
        ("openai", "sued", "nyt", "cue"),            # the wrong way round
        ("ftc", "proposed", "act", "cue"),           # another relation
        ("ftc", "fined", "openai", "cue"),           # gold has another relation between them
        ("nyt", "partnered", "gpt", "structure"),    # no such fact
        ("sam", "sued", "openai", "cue")]:           # an end that is no gold entity
    ERROR_GRAPH.add_fact(_head, _relation, _tail, rule=_rule)


def test_each_miss_and_false_prediction_gets_its_kind():
    kinds = {(error.kind, error.example) for error in score_document(ERROR_GRAPH, ERROR_GOLD).errors}
    assert kinds == {
        ("missed entity: wrong boundary", "民权办公室 read as 美国卫生与公众服务部民权办公室"),
        ("missed entity: wrong type", "GPT-4o: AIModel read as Company"),
        ("missed entity: never found (Company)", "Getty Images"),
        ("false entity: wrong boundary", "美国卫生与公众服务部民权办公室 (gold 民权办公室)"),
        ("false entity: wrong type", "GPT-4o: Company, gold AIModel"),
        ("false entity by person", "Sam (Person)"),
        ("missed fact: an end never found", "Getty Images sued OpenAI (Getty Images not found)"),
        ("missed fact: an end never found", "民权办公室 partOf 美国卫生与公众服务部 (民权办公室 not found)"),
        ("missed fact: read the wrong way round", "纽约时报 sued OpenAI"),
        ("missed fact: read as another relation", "联邦贸易委员会 issued 人工智能法 (read as proposed)"),
        ("missed fact: read as another relation", "联邦贸易委员会 investigated OpenAI (read as fined)"),
        ("missed fact: both ends found, no rule", "联邦贸易委员会 investigated 纽约时报"),
        ("missed fact: another jurisdiction read", "美国卫生与公众服务部 jurisdiction 美国 (read as 英国)"),
        ("missed fact: both ends found, no rule", "联邦贸易委员会 investigated 英国"),
        ("missed fact: both ends found, no rule", "OpenAI released GPT-4o"),
        ("false fact: wrong jurisdiction", "美国卫生与公众服务部 jurisdiction 英国 [structure]"),
        ("false fact: wrong way round", "OpenAI sued 纽约时报 [cue]"),
        ("false fact: wrong relation", "联邦贸易委员会 proposed 人工智能法 [cue] (gold issued)"),
        ("false fact: wrong relation", "联邦贸易委员会 fined OpenAI [cue] (gold investigated)"),
        ("false fact by structure", "GPT-4o partnered 纽约时报 [structure]"),
        ("false fact: an end no gold entity", "Sam sued OpenAI [cue]"),
    }


def test_error_rows_rank_kinds_with_a_count_and_the_first_example():
    rows = Evaluation([score_document(ERROR_GRAPH, ERROR_GOLD)]).error_rows(limit=2)
    assert rows == [{"kind": "missed fact: both ends found, no rule", "count": 3,
                     "example": "kinds.txt: 联邦贸易委员会 investigated 纽约时报"},
                    {"kind": "missed fact: an end never found", "count": 2,   # ties: the first one met
                     "example": "kinds.txt: 民权办公室 partOf 美国卫生与公众服务部 (民权办公室 not found)"}]


def test_by_rule_on_a_built_document_measures_each_family_by_building_without_it(pipeline, write_doc):
    path = write_doc("rules.txt", "1. 对外投资审查\n发布日期：2024年6月1日\n摘要：美国财政部发布《对外投资审查规则》。\n")
    gold = {"doc": "rules.txt",
            "entities": [{"id": "t", "type": "Regulator", "names": ["美国财政部"]},
                         {"id": "u", "type": "Jurisdiction", "names": ["美国"]},
                         {"id": "r", "type": "Law", "names": ["对外投资审查规则"]}],
            "relations": [{"head": "t", "relation": "issued", "tail": "r"},
                          {"head": "t", "relation": "jurisdiction", "tail": "u"},
                          {"head": "r", "relation": "jurisdiction", "tail": "u"}]}
    rows = {(row["stage"], row["family"]): row for row in by_rule(pipeline, [(path, gold)])}
    # the cue reads "issued"; without the cue the pair family, which runs last, still reads
    # "issued", and the law is placed by its sentence's national body (place/law_of_body) as well
    # as by inheriting its issuer's place: neither family alone loses a fact; without the
    # knowledge base's places the body's own place is gone (2 facts of 3 left)
    assert {key: rows[("facts", "cue")][key] for key in ("produced", "right", "sole")} == {
        "produced": 1, "right": 1, "sole": 1}
    assert rows[("facts", "cue")]["relation_f1_change"] == 0.0
    assert rows[("facts", "inherit")]["relation_f1_change"] == 0.0
    assert rows[("facts", "kb")]["relation_f1_change"] == -0.2
    # without the title family the law is no name: one entity of three and two facts lost
    assert (rows[("names", "title")]["entity_f1_change"], rows[("names", "title")]["relation_f1_change"]) == (-0.2, -0.5)


def test_each_litigation_rule_is_scored_as_a_family_of_its_own():
    graph = _family_graph()
    graph.add_fact("openai", "partnered", "microsoft", rule="litigation/hearing")
    graph.add_fact("microsoft", "partnered", "openai", rule="litigation/referred")
    graph.add_fact("openai", "partnered", "microsoft", rule="cue/partner")
    outcomes = score_document(graph, FAMILY_GOLD).fact_outcomes
    assert [sorted(o.families) for o in outcomes] == [["cue", "litigation/hearing", "litigation/referred"]]


def test_leaving_out_one_litigation_rule_keeps_the_others_and_the_module_leaves_out_all(pipeline):
    from kg.facts import litigation
    extractor = pipeline.extractor
    hearing = extractor.without(frozenset({"litigation/hearing"})).document_families
    assert not any(isinstance(one, litigation.Hearings) for one in hearing)
    assert any(isinstance(one, litigation.ReferredLitigation) for one in hearing)
    moved = extractor.without(frozenset({"litigation/transfer"})).document_families  # a finer rule of referred
    assert not any(isinstance(one, litigation.ReferredLitigation) for one in moved)
    whole = extractor.without(frozenset({"litigation"}))
    assert not any(one.module == "litigation" for one in whole.document_families + whole.item_refiners)
