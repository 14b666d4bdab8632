"""kg.graph.NodeGraph: the graph of nodes alone that a suit table is read into (`kg query
cases`, `sued`, `waves` on graph.ttl alone or on the suit table), answering as networkx's
MultiDiGraph does for nodes, so that those commands import no networkx."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx

from kg.graph import KnowledgeGraph, NodeGraph
from kg.model import Entity, Evidence
from kg.rdf import write_graph

ROOT = Path(__file__).resolve().parent.parent


def _filled(graph: KnowledgeGraph) -> KnowledgeGraph:
    graph.add_entity(Entity("jia", "Company", "甲公司", {"甲公司", "Jia Ltd"}, label_en="Jia Ltd"))
    graph.add_entity(Entity("jia", "Company", "甲公司", {"甲氏"}))  # again: its names merged
    graph.add_entity(Entity("court", "Court", "某法院"))
    graph.graph.add_nodes_from([("yi", {"type": "Person", "label": "乙"}), "bare"])
    graph.graph.graph["reader_language"] = "zh"
    return graph


def test_a_node_graph_answers_as_a_multidigraph_for_nodes():
    full, nodes = _filled(KnowledgeGraph()), _filled(KnowledgeGraph(nodes_only=True))
    assert isinstance(full.graph, networkx.MultiDiGraph) and isinstance(nodes.graph, NodeGraph)
    assert list(nodes.graph.nodes(data=True)) == list(full.graph.nodes(data=True))
    assert list(nodes.graph.nodes) == list(full.graph.nodes) == list(nodes.graph) == ["jia", "court", "yi", "bare"]
    assert nodes.entity("jia") == full.entity("jia") and nodes.entity("jia")["labels"] == {"甲公司", "Jia Ltd", "甲氏"}
    assert ("jia" in nodes.graph, "nobody" in nodes.graph, ["unhashable"] in nodes.graph) == (True, False, False)
    assert ("yi" in nodes.graph.nodes, len(nodes.graph.nodes), len(nodes), len(full)) == (True, 4, 4, 4)
    assert nodes.graph.graph == full.graph.graph == {"reader_language": "zh"}
    assert not nodes.graph.has_edge("jia", "yi") and list(nodes.graph.edges(keys=True, data=True)) == []
    assert list(nodes.facts()) == list(full.facts()) == [] and nodes.graph.number_of_edges() == 0


def test_a_suit_table_command_imports_no_networkx(tmp_path):
    # kg query cases on a graph folder's suit table (or graph.ttl alone) makes no MultiDiGraph
    code = ("import sys\nfrom kg.cli import main\n"
            "try:\n    main(['query', 'cases', '--graph', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print('networkx' in sys.modules)")
    graph = KnowledgeGraph()
    for entity in (Entity("nyt", "Company", "纽约时报"), Entity("openai", "Company", "OpenAI"),
                   Entity("sdny", "Court", "纽约南区联邦地区法院")):
        graph.add_entity(entity)
    sentence = "2023年12月27日，纽约时报向纽约南区联邦地区法院起诉OpenAI，指控其侵犯版权。"
    graph.add_fact("nyt", "sued", "openai", Evidence("a.txt", "t", sentence, 0, 40, "2023-12-27"))
    write_graph(graph, tmp_path)
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    assert "纽约时报" in done.stdout and lines[-1] == "False", done.stderr[-2000:]
