import pytest

from kg.graph import KnowledgeGraph, fold
from kg.model import Entity, Evidence

NYT_SUIT = "纽约时报起诉微软和OpenAI，指控其侵犯著作权。"


def _evidence(sentence: str, date: str | None = "2023-12-27", document: str = "a.txt") -> Evidence:
    return Evidence(document, "纽约时报起诉微软和OpenAI", sentence, 0, len(sentence), date)


@pytest.fixture
def graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_entity(Entity("nyt", "Company", "纽约时报", {"The New York Times"}))
    graph.add_entity(Entity("microsoft", "Company", "微软", {"Microsoft"}))
    graph.add_entity(Entity("openai", "Company", "OpenAI"))
    graph.add_entity(Entity("genai-measures", "Law", "《生成式人工智能服务管理暂行办法》"))
    return graph


def test_add_entity_keeps_the_label_among_the_labels(graph):
    assert graph.entity("openai")["labels"] == {"OpenAI"}
    assert graph.entity("nyt")["labels"] == {"纽约时报", "The New York Times"}


def test_adding_an_entity_again_merges_its_labels_and_keeps_the_first_label(graph):
    graph.add_entity(Entity("nyt", "Company", "NYT", {"New York Times"}, jurisdiction="us"))
    node = graph.entity("nyt")
    assert node["label"] == "纽约时报"
    assert node["labels"] == {"纽约时报", "The New York Times", "NYT", "New York Times"}
    assert node["jurisdiction"] == "us"
    assert len(graph) == 4


def test_one_edge_per_head_relation_tail_with_every_distinct_evidence(graph):
    first, again = _evidence(NYT_SUIT), _evidence("The New York Times sued OpenAI.", "2024-04-30", "b.txt")
    graph.add_fact("nyt", "sued", "openai", first, confidence=0.6)
    graph.add_fact("nyt", "sued", "openai", again, confidence=0.9)
    graph.add_fact("nyt", "sued", "openai", first, confidence=0.4)      # the same sentence once more
    [(head, relation, tail, data)] = list(graph.facts())
    assert (head, relation, tail) == ("nyt", "sued", "openai")
    assert data["evidence"] == [first, again]
    assert data["confidence"] == 0.9
    assert graph.dates(data) == ["2023-12-27", "2024-04-30"]


def test_different_relations_between_the_same_pair_are_different_edges(graph):
    graph.add_fact("nyt", "sued", "openai", _evidence(NYT_SUIT))
    graph.add_fact("nyt", "accused", "openai", _evidence(NYT_SUIT))
    assert sorted(relation for _, relation, _, _ in graph.facts()) == ["accused", "sued"]


def test_symmetric_relation_stated_both_ways_is_one_edge(graph):
    graph.add_fact("microsoft", "partnered", "openai", _evidence("微软与OpenAI扩大合作。"))
    graph.add_fact("openai", "partnered", "microsoft", _evidence("OpenAI与微软签署协议。"))
    [(head, relation, tail, data)] = list(graph.facts("partnered"))
    assert (head, tail) == ("microsoft", "openai")
    assert len(data["evidence"]) == 2


def test_directed_relation_stated_both_ways_is_two_edges(graph):
    graph.add_fact("nyt", "sued", "openai", _evidence(NYT_SUIT))
    graph.add_fact("openai", "sued", "nyt", _evidence("OpenAI反诉纽约时报。"))
    assert len(list(graph.facts("sued"))) == 2


def test_fact_without_evidence_is_an_edge_with_an_empty_evidence_list(graph):
    graph.add_fact("nyt", "sued", "microsoft")
    [(_, _, _, data)] = list(graph.facts())
    assert data["evidence"] == [] and data["confidence"] == 0.5


def test_fact_from_an_entity_to_itself_is_ignored(graph):
    graph.add_fact("openai", "partnered", "openai", _evidence("OpenAI与OpenAI合作。"))
    assert list(graph.facts()) == []


@pytest.mark.parametrize("head, tail", [("nyt", "anthropic"), ("anthropic", "openai")])
def test_fact_about_an_unknown_entity_raises_key_error(graph, head, tail):
    with pytest.raises(KeyError, match="anthropic"):
        graph.add_fact(head, "sued", tail, _evidence(NYT_SUIT))
    assert "anthropic" not in graph.graph


def test_facts_filters_by_relation(graph):
    graph.add_fact("nyt", "sued", "openai", _evidence(NYT_SUIT))
    graph.add_fact("microsoft", "partnered", "openai", _evidence("微软与OpenAI合作。"))
    assert [(h, t) for h, _, t, _ in graph.facts("sued")] == [("nyt", "openai")]
    assert list(graph.facts("fined")) == []


def test_entities_filters_by_type(graph):
    assert [node for node, _ in graph.entities("Law")] == ["genai-measures"]
    assert len(list(graph.entities())) == 4


@pytest.mark.parametrize("name, found", [
    ("The New York Times", ["nyt"]),
    ("the new york times", ["nyt"]),
    ("TheNewYorkTimes", ["nyt"]),
    ("ＯｐｅｎＡＩ", ["openai"]),                    # full-width letters
    ("生成式人工智能服务管理暂行办法", ["genai-measures"]),   # without 《》
    ("《生成式人工智能服务管理暂行办法》", ["genai-measures"]),
    ("microsoft", ["microsoft"]),                   # an id
    ("紐約時報", ["nyt"]),                           # Traditional characters
    ("Anthropic", []),
])
def test_find_matches_any_folded_label(graph, name, found):
    assert graph.find(name) == found


def test_find_returns_every_entity_that_shares_a_label(graph):
    graph.add_entity(Entity("openai-foundation", "Organization", "OpenAI", {"OpenAI Foundation"}))
    assert graph.find("OpenAI") == ["openai", "openai-foundation"]


def test_stats_count_types_and_relations(graph):
    graph.add_fact("nyt", "sued", "openai", _evidence(NYT_SUIT))
    graph.add_fact("nyt", "sued", "microsoft", _evidence(NYT_SUIT))
    graph.add_fact("microsoft", "partnered", "openai", _evidence("微软与OpenAI合作。"))
    stats = graph.stats()
    assert stats["types"] == {"Company": 3, "Law": 1}
    assert stats["relations"] == {"sued": 2, "partnered": 1}


@pytest.mark.parametrize("name, folded", [
    ("《人工智能法案》", "人工智能法案"),
    ("Stability AI", "stabilityai"),
    ("ＧＰＴ－４ｏ", "gpt-4o"),
    ("“深度合成”规定", "深度合成规定"),
    ("德国联邦法院（BGH）", "德国联邦法院bgh"),
    ("「Claude 3.5」", "claude3.5"),
])
def test_fold_ignores_case_width_space_and_brackets(name, folded):
    assert fold(name) == folded


# -- names --------------------------------------------------------------------------
def test_find_resolves_a_knowledge_base_name_the_text_never_used(graph):
    graph.add_entity(Entity("microsoft", "Company", "微软", kb_names={"微软", "Microsoft", "Microsoft Corporation"}))
    assert graph.find("microsoft corporation") == ["microsoft"]
    assert graph.entity("microsoft")["labels"] == {"微软", "Microsoft"}   # the text's forms stay apart


def test_the_english_label_is_the_kb_one_else_an_english_form_of_the_text(graph):
    graph.add_entity(Entity("sdny", "Court", "纽约南区联邦地区法院", {"SDNY"}, label_en="S.D.N.Y. District Court"))
    graph.add_entity(Entity("cnil", "Regulator", "国家信息与自由委员会", {"CNIL", "Commission nationale"}))
    graph.add_entity(Entity("cac", "Regulator", "国家网信办"))
    assert graph.entity("sdny")["label_en"] == "S.D.N.Y. District Court"
    assert graph.entity("cnil")["label_en"] == "Commission nationale"      # the longer: a name, not its initials
    assert graph.entity("openai")["label_en"] == "OpenAI"
    assert graph.entity("cac")["label_en"] is None


# -- flat views ---------------------------------------------------------------------
def test_node_and_edge_rows_are_flat(graph):
    graph.add_fact("nyt", "sued", "openai", _evidence("纽约时报\n起诉 OpenAI。"))
    graph.add_fact("nyt", "sued", "openai", _evidence("NYT sued OpenAI.", "2024-04", "b.txt"))
    rows = {row["id"]: row for row in graph.node_rows()}
    assert rows["nyt"] == {"id": "nyt", "type": "Company", "label": "纽约时报", "label_zh": "纽约时报",
                           "label_en": "The New York Times", "names": "The New York Times;纽约时报", "kb_id": "",
                           "jurisdiction": ""}
    [edge] = graph.edge_rows()
    assert edge["evidence"] == "纽约时报 起诉 OpenAI。\nNYT sued OpenAI."
    assert (edge["dates"], edge["first_date"], edge["last_date"]) == ("2023-12-27;2024-04", "2023-12-27", "2024-04")
    assert (edge["documents"], edge["evidence_count"], edge["tail_label"]) == ("a.txt;b.txt", 2, "OpenAI")
    assert all(isinstance(value, (str, int, float)) for row in [*rows.values(), edge] for value in row.values())


def test_to_pandas_gives_a_nodes_and_an_edges_frame(graph):
    pytest.importorskip("pandas")
    graph.add_fact("nyt", "sued", "openai", _evidence(NYT_SUIT))
    nodes, edges = graph.to_pandas()
    assert len(nodes) == 4 and list(nodes.columns[:3]) == ["id", "type", "label"]
    assert edges.loc[0, ["head", "relation", "tail"]].tolist() == ["nyt", "sued", "openai"]
    assert edges.loc[0, "confidence"] == 0.5


def test_to_pandas_without_pandas_says_what_to_install(graph, monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match="pip install pandas"):
        graph.to_pandas()


def test_repr_html_counts_and_escapes_names(graph):
    graph.add_entity(Entity("acme", "Company", '<script>alert("x")</script>'))
    graph.add_fact("acme", "sued", "openai", _evidence("Acme sued OpenAI."))
    html = graph._repr_html_()
    assert "5 entities, 1 facts" in html and "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_kg_load_graph_gives_the_knowledge_graph_of_a_built_folder(graph, tmp_path):
    import kg
    from kg.rdf import write_graph
    write_graph(graph, tmp_path)
    loaded = kg.load_graph(tmp_path)
    assert isinstance(loaded, kg.KnowledgeGraph) and set(loaded.graph.nodes) == set(graph.graph.nodes)


def test_drop_name_takes_it_from_every_name_and_the_english_label(graph):
    graph.add_entity(Entity("cnil", "Regulator", "国家信息与自由委员会", {"CNIL", "Commission nationale"},
                            kb_names={"Commission nationale"}))
    graph.drop_name("cnil", "Commission nationale")
    node = graph.entity("cnil")
    assert node["label_en"] == "CNIL" and "Commission nationale" not in node["labels"] | node["kb_names"]
    assert graph.find("Commission nationale") == []
