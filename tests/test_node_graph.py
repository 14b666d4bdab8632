"""kg.graph.NodeGraph: the graph of nodes alone that a suit table is read into (`kg query
cases`, `sued`, `waves` on graph.ttl alone or on the suit table), answering as networkx's
MultiDiGraph does for nodes, so that those commands import no networkx (tests/test_later.py
runs one and sees which modules it imported)."""
from __future__ import annotations

import networkx

from kg.graph import KnowledgeGraph, NodeGraph
from kg.model import Entity


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
