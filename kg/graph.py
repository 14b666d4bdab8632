"""The one in-memory knowledge graph: a networkx MultiDiGraph of entities and facts.

Nodes are entity ids with attributes ``type``, ``label``, ``labels`` (set of every
surface form), ``jurisdiction`` (entity id or None), ``kb_id``.  Edges are keyed by
relation name, so one (head, relation, tail) is one edge whatever the number of
sentences that state it; its ``evidence`` list holds them all.

>>> g = KnowledgeGraph()
>>> g.add_entity(Entity("openai", "Company", "OpenAI", {"OpenAI"}))
>>> g.add_entity(Entity("gpt-4o", "AIModel", "GPT-4o", {"GPT-4o"}))
>>> g.add_fact("openai", "released", "gpt-4o", Evidence("d.txt", "t", "OpenAI 发布 GPT-4o", 0, 15, "2024-05-13"))
>>> [(h, r, t) for h, r, t, _ in g.facts()]
[('openai', 'released', 'gpt-4o')]
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import networkx as nx

from .model import SYMMETRIC_RELATIONS, Entity, Evidence


_UNFOLDED = re.compile(r'[\s《》「」“”"()（）]')


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The key two names must share to be the same name: NFKC, lower case, no white
    space or quotes/brackets (the scoring rule of SCHEMA.md)."""
    return _UNFOLDED.sub("", unicodedata.normalize("NFKC", name).lower())


class KnowledgeGraph:
    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()

    # -- building -------------------------------------------------------------
    def add_entity(self, entity: Entity) -> None:
        if entity.id in self.graph:
            node = self.graph.nodes[entity.id]
            node["labels"] |= entity.labels | {entity.label}
            node["jurisdiction"] = node.get("jurisdiction") or entity.jurisdiction
            return
        self.graph.add_node(
            entity.id, type=entity.type, label=entity.label,
            labels=set(entity.labels) | {entity.label},
            jurisdiction=entity.jurisdiction, kb_id=entity.kb_id,
        )

    def add_fact(self, head: str, relation: str, tail: str, evidence: Evidence | None = None,
                 confidence: float = 0.5) -> None:
        if head == tail:
            return
        for node in (head, tail):
            if node not in self.graph:
                raise KeyError(f"no entity {node!r} in the graph: add it before its facts")
        if relation in SYMMETRIC_RELATIONS and self.graph.has_edge(tail, head, key=relation):
            head, tail = tail, head
        if self.graph.has_edge(head, tail, key=relation):
            data = self.graph.edges[head, tail, relation]
            data["confidence"] = max(data["confidence"], confidence)
        else:
            self.graph.add_edge(head, tail, key=relation, relation=relation,
                                evidence=[], confidence=confidence)
            data = self.graph.edges[head, tail, relation]
        if evidence is not None and evidence not in data["evidence"]:
            data["evidence"].append(evidence)

    # -- reading ---------------------------------------------------------------
    def entity(self, entity_id: str) -> dict:
        return self.graph.nodes[entity_id]

    def entities(self, type: str | None = None) -> Iterator[tuple[str, dict]]:
        for node, data in self.graph.nodes(data=True):
            if type is None or data["type"] == type:
                yield node, data

    def facts(self, relation: str | None = None) -> Iterator[tuple[str, str, str, dict]]:
        for head, tail, key, data in self.graph.edges(keys=True, data=True):
            if relation is None or key == relation:
                yield head, key, tail, data

    def dates(self, data: dict) -> list[str]:
        """The distinct dates of an edge's evidence, oldest first."""
        return sorted({e.date for e in data["evidence"] if e.date})

    def find(self, name: str) -> list[str]:
        """Ids of the entities one of whose labels is ``name`` (folded), or whose id is."""
        key = fold(name)
        if name in self.graph:
            return [name]
        return sorted(n for n, d in self.graph.nodes(data=True)
                      if any(fold(label) == key for label in d["labels"]))

    def stats(self) -> dict[str, Counter]:
        return {
            "types": Counter(d["type"] for _, d in self.graph.nodes(data=True)),
            "relations": Counter(k for _, _, k in self.graph.edges(keys=True)),
        }

    def __len__(self) -> int:
        return self.graph.number_of_nodes()
