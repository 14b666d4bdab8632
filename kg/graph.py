"""The one in-memory knowledge graph: a networkx MultiDiGraph of entities and facts.

Nodes are entity ids with attributes ``type``, ``label``, ``labels`` (set of every
surface form), ``kb_names`` (set of every name the knowledge base gives it),
``label_en`` (its English name or None), ``jurisdiction`` (entity id or None), ``kb_id``,
``mechanisms`` (set of the rule families that found its mentions).  Edges are keyed by
relation name, so one (head, relation, tail) is one edge whatever the number of
sentences that state it; its ``evidence`` list holds them all, its ``rules`` set the rule
families that read it (kg evaluate --by-rule).

>>> g = KnowledgeGraph()
>>> g.add_entity(Entity("openai", "Company", "OpenAI", {"OpenAI"}))
>>> g.add_entity(Entity("gpt-4o", "AIModel", "GPT-4o", {"GPT-4o"}))
>>> g.add_fact("openai", "released", "gpt-4o", Evidence("d.txt", "t", "OpenAI 发布 GPT-4o", 0, 15, "2024-05-13"))
>>> [(h, r, t) for h, r, t, _ in g.facts()]
[('openai', 'released', 'gpt-4o')]
"""
from __future__ import annotations

import gc
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from .model import SYMMETRIC_RELATIONS, Entity, Evidence
from .names import all_names, english_label, is_chinese, labels_by_language
from .script import simplified_name


LIST_SEPARATOR = ";"  # between the items of a list in a flat row (neo4j-admin's array delimiter)
NODE_COLUMNS = ("id", "type", "label", "label_zh", "label_en", "names", "kb_id", "jurisdiction")
EDGE_COLUMNS = ("head", "relation", "tail", "head_label", "tail_label", "confidence", "evidence_count",
                "first_date", "last_date", "dates", "evidence", "documents", "sources", "links")
_UNFOLDED = re.compile(r'[\s《》「」“”"()（）]')


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The key two names must share to be the same name: NFKC, lower case, no white
    space or quotes/brackets (the scoring rule of SCHEMA.md)."""
    return _UNFOLDED.sub("", unicodedata.normalize("NFKC", name).lower())


def search_keys(name: str) -> set[str]:
    """What a name typed by a user may match, folded: the name, and in Simplified
    characters (紐約時報 finds 纽约时报, which every name read in Traditional has beside it)."""
    return {fold(name), fold(simplified_name(name))}


class _Nodes:
    """Membership, iteration and length over a dict of nodes (NodeGraph and its NodeView)."""
    __slots__ = ()
    _node: dict[str, dict]

    def __contains__(self, node: object) -> bool:
        try:
            return node in self._node
        except TypeError:  # an unhashable key is no node
            return False

    def __iter__(self) -> Iterator[str]:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)


class NodeGraph(_Nodes):
    """A graph of nodes alone, answering as networkx's MultiDiGraph does the little that
    what reads a suit table asks of one (kg.rdf's suits read back from graph.ttl or the
    table: nodes, their data, the graph's attributes; no edge): `kg query cases` on
    graph.ttl alone then imports no networkx (0.15 to 0.2 s of its start-up)."""

    def __init__(self) -> None:
        self.graph: dict = {}
        self._node: dict[str, dict] = {}

    @property
    def nodes(self) -> _NodeView:
        return _NodeView(self._node)

    def add_node(self, node: str, **attributes) -> None:
        self._node.setdefault(node, {}).update(attributes)

    def add_nodes_from(self, nodes) -> None:
        for node in nodes:
            if isinstance(node, (tuple, list)) and len(node) == 2 and isinstance(node[1], dict):
                self.add_node(node[0], **node[1])
            else:
                self.add_node(node)

    def has_node(self, node: str) -> bool:
        return node in self._node

    def number_of_nodes(self) -> int:
        return len(self._node)

    def number_of_edges(self, *_) -> int:
        return 0

    def has_edge(self, *_, **__) -> bool:
        return False

    def edges(self, *_, **__) -> list:
        return []

    in_edges = out_edges = edges

    def degree(self, *_, **__) -> int:
        return 0


class _NodeView(_Nodes):
    """NodeGraph.nodes: ``[node]`` its data, ``(data=True)`` (node, data) pairs, as networkx's NodeView."""
    __slots__ = ("_node",)

    def __init__(self, nodes: dict[str, dict]) -> None:
        self._node = nodes

    def __call__(self, data: bool = False):
        return self._node.items() if data is True else iter(self._node)

    def __getitem__(self, node: str) -> dict:
        return self._node[node]


class KnowledgeGraph:
    def __init__(self, nodes_only: bool = False) -> None:
        """``nodes_only``: a graph of entities and no fact (NodeGraph), as a suit table reads one."""
        if nodes_only:
            self.graph = NodeGraph()
        else:
            import networkx  # (here: a command that reads only a suit table makes no MultiDiGraph)
            self.graph = networkx.MultiDiGraph()
        #: The suits (kg.cases) of the graph as read (kg.rdf keeps them); None once changed.
        self.known_suits: list | None = None
        #: Per edge, the evidence its list holds as a set, for add_fact's look-up (a list of
        #: thousands of sentences is not searched for each new one); made again from the
        #: list where that list is another or of another length than when it was made.
        self._cited: dict[tuple[str, str, str], tuple[int, int, set[Evidence]]] = {}

    # -- building -------------------------------------------------------------
    def add_entity(self, entity: Entity) -> None:
        self.known_suits = None
        if entity.id in self.graph:
            node = self.graph.nodes[entity.id]
            node["labels"] |= entity.labels | {entity.label}
            node["kb_names"] |= entity.kb_names
            node.setdefault("mechanisms", set()).update(entity.mechanisms)
            node["jurisdiction"] = node.get("jurisdiction") or entity.jurisdiction
            node["label_en"] = node["label_en"] or english_label(node["label"], node["labels"], entity.label_en)
            return
        self.graph.add_node(
            entity.id, type=entity.type, label=entity.label,
            labels=set(entity.labels) | {entity.label}, kb_names=set(entity.kb_names),
            label_en=english_label(entity.label, entity.labels, entity.label_en),
            jurisdiction=entity.jurisdiction, kb_id=entity.kb_id, mechanisms=set(entity.mechanisms),
        )

    def add_fact(self, head: str, relation: str, tail: str, evidence: Evidence | None = None,
                 confidence: float = 0.5, rule: str = "") -> None:
        """One sentence's statement of head --relation--> tail; ``rule`` names the rule
        family that read it (an edge keeps every family that read one of its sentences)."""
        if head == tail:
            return
        self.known_suits = None
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
                                evidence=[], confidence=confidence, rules=set())
            data = self.graph.edges[head, tail, relation]
        if rule:
            data.setdefault("rules", set()).add(rule)
        if evidence is not None:
            self._cite(head, tail, relation, data["evidence"], evidence)

    def _cite(self, head: str, tail: str, relation: str, cited: list[Evidence], evidence: Evidence) -> None:
        """``evidence`` added to an edge's list ``cited`` unless the list holds it."""
        key = (head, tail, relation)
        known = self._cited.get(key)
        if known is None or known[0] != id(cited) or known[1] != len(cited):
            known = (id(cited), len(cited), set(cited))
        if evidence not in known[2]:
            cited.append(evidence)
            known[2].add(evidence)
        self._cited[key] = (id(cited), len(cited), known[2])

    def drop_name(self, node: str, name: str) -> None:
        """Take a name from an entity (an analyst's correction): from the forms of the
        text and its KB names; where its main or English label was that name, another
        of its names takes the place."""
        self.known_suits = None
        data = self.graph.nodes[node]
        data["labels"].discard(name)
        data.get("kb_names", set()).discard(name)
        if data["label"] == name:
            data["label"] = sorted(data["labels"])[0]
        if data.get("label_en") == name:
            data["label_en"] = english_label(data["label"], data["labels"])

    # -- reading ---------------------------------------------------------------
    def entity(self, entity_id: str) -> dict:
        # (the node's data from the graph's own dict of nodes, as ``graph.nodes[entity_id]`` gives it:
        # no view made and indexed at each of the hundreds of thousands of reads of a long document)
        return self.graph._node[entity_id]

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
        """Ids of the entities one of whose names (a label, a form of the text or a
        knowledge-base name) is ``name`` (folded, in either script: search_keys), or whose
        id is."""
        keys = search_keys(name)
        if name in self.graph:
            return [name]
        return sorted(n for n, d in self.graph.nodes(data=True)
                      if any(fold(label) in keys for label in all_names(d)))

    def stats(self) -> dict[str, Counter]:
        return {
            "types": Counter(d["type"] for _, d in self.graph.nodes(data=True)),
            "relations": Counter(k for _, _, k in self.graph.edges(keys=True)),
        }

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    # -- flat views -------------------------------------------------------------
    def node_rows(self) -> list[dict]:
        """One flat row per entity (strings only; lists joined by ";"): id, type, main
        label, Chinese and English labels, every name, KB id, jurisdiction."""
        rows = []
        for node, data in self.graph.nodes(data=True):
            labels = labels_by_language(data)
            rows.append({"id": node, "type": data["type"], "label": data["label"],
                         "label_zh": next((text for language, text in labels.items() if is_chinese(language)), ""),
                         "label_en": labels.get("en", ""), "names": LIST_SEPARATOR.join(sorted(all_names(data))),
                         "kb_id": data.get("kb_id") or "", "jurisdiction": data.get("jurisdiction") or ""})
        return rows

    def edge_rows(self) -> list[dict]:
        """One flat row per fact: head, relation, tail and their labels, confidence, the
        dates, the evidence sentences (one per line), documents, sources and links."""
        rows = []
        for head, relation, tail, data in self.facts():
            evidence = data["evidence"]
            dates = self.dates(data)
            rows.append({"head": head, "relation": relation, "tail": tail,
                         "head_label": self.graph.nodes[head]["label"], "tail_label": self.graph.nodes[tail]["label"],
                         "confidence": round(float(data["confidence"]), 3), "evidence_count": len(evidence),
                         "first_date": dates[0] if dates else "", "last_date": dates[-1] if dates else "",
                         "dates": LIST_SEPARATOR.join(dates),
                         "evidence": "\n".join(" ".join(e.sentence.split()) for e in evidence),
                         **{field: LIST_SEPARATOR.join(dict.fromkeys(getattr(e, attribute) for e in evidence
                                                                      if getattr(e, attribute)))
                            for field, attribute in (("documents", "document"), ("sources", "source"),
                                                     ("links", "link"))}})
        return rows

    def to_pandas(self):
        """(nodes, edges) as two pandas DataFrames of ``node_rows`` and ``edge_rows``.

        >>> nodes, edges = kg.load_graph("exports").to_pandas()   # doctest: +SKIP
        >>> edges[edges.relation == "sued"].groupby("tail_label").size()   # doctest: +SKIP
        """
        try:
            import pandas
        except ImportError:
            raise ImportError("KnowledgeGraph.to_pandas needs pandas: pip install pandas") from None
        nodes = pandas.DataFrame(self.node_rows(), columns=NODE_COLUMNS)
        edges = pandas.DataFrame(self.edge_rows(), columns=EDGE_COLUMNS)
        return nodes, edges

    def _repr_html_(self) -> str:
        """A notebook's view of the graph: its size, counts per type and relation, and
        its most connected entities; every name escaped."""
        counts = self.stats()
        busiest = sorted(self.graph.nodes, key=lambda node: (-self.graph.degree(node), node))[:10]

        from html import escape  # (here: html.entities is no start-up cost of every command)

        def table(title: str, rows: list[tuple[str, object]]) -> str:
            cells = "".join(f"<tr><td>{escape(str(name))}</td><td>{escape(str(value))}</td></tr>"
                            for name, value in rows)
            return f"<table><caption>{escape(title)}</caption>{cells}</table>"
        return ("<div class=\"ailaw-kg\">"
                f"<p><b>KnowledgeGraph</b>: {len(self)} entities, {self.graph.number_of_edges()} facts</p>"
                + table("entities per type", counts["types"].most_common())
                + table("facts per relation", counts["relations"].most_common())
                + table("most connected", [(self.graph.nodes[node]["label"], self.graph.degree(node)) for node in busiest])
                + "</div>")


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a while.  A build makes next to no cyclic
    garbage (8 objects on a 1,700-item corpus; mentions and facts are freed by reference
    counting) but millions of objects the collector would walk again and again; reading a
    large graph back (kg.rdf.load_graph) likewise.  On leaving, the collector is as it was on
    entering, even where a library turned it on inside (srsly's msgpack readers enable it after
    each file, kg.parser): off still for the rest of an enclosing pause."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        else:
            gc.disable()
