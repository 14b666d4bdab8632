"""Choose the part of the graph a view shows: an ego view, some relations or types, a
period, or a named view (``litigation``, ``regulation``) from ``assets/style.json``."""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from ..cases import SUIT_LINKS, Suit, suits
from ..graph import KnowledgeGraph
from ..model import ENTITY_TYPES, RELATIONS
from ..query import in_range
from .style import STYLE

VIEWS: dict[str, dict[str, list[str]]] = STYLE["views"]
#: Edges the view draws from a suit's record to the Case node that names it: the
#: suit's plaintiffs, defendants and court (not facts of SCHEMA.md).  The graph read
#: back carries them too (kg.cases.link_cases); the view draws its own, from the suits
#: of the period shown.
CASE_LINKS = SUIT_LINKS


def select(kg: KnowledgeGraph, focus: str | None = None, depth: int = 1,
           relations: Iterable[str] | None = None, types: Iterable[str] | None = None,
           since: str | None = None, until: str | None = None,
           view: str | None = None, isolated: bool = False) -> KnowledgeGraph:
    """The subgraph to draw, as a new KnowledgeGraph (the input is left as it is).

    Filters narrow one another: a named ``view`` gives relations or types, ``relations``
    and ``types`` narrow them further, ``since``/``until`` (ISO dates, ``2024`` or
    ``2024-06`` too) keep edges with evidence dated in the period and only that
    evidence, and ``focus`` (any label of a node) keeps what lies within ``depth``
    hops of it, edges read in either direction.  Nodes left without an edge are
    dropped (a third of a typical graph's names take part in no fact) unless
    ``isolated``; a focus node always stays.  Copied nodes carry
    ``jurisdiction_label``, the label of their jurisdiction in the whole graph, and
    ``jurisdiction_names``, its node data (its names in each language).

    Where lawsuits are shown (``sued`` is among the relations), the suits of the
    whole graph (kg.cases) are read too: a Case node is linked to its suit's
    plaintiffs, defendants and court (CASE_LINKS, with the suit's evidence), and
    every party, court and Case node carries ``suits``, a list of (role, Suit); the
    graph's ``names`` holds the node data of everyone a suit names, shown or not.

    >>> [n for n, _ in select(kg, focus="微软", depth=1).entities()]   # doctest: +SKIP
    ['microsoft', 'nyt']
    """
    if view is not None:
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}: choose one of {', '.join(VIEWS)}")
        relations = _narrow(VIEWS[view].get("relations"), relations)
        types = _narrow(VIEWS[view].get("types"), types)
    relations = _checked(relations, RELATIONS, "relation")
    types = _checked(types, ENTITY_TYPES, "type")
    centres = kg.find(focus) if focus else []
    if focus and not centres:
        raise LookupError(f"no node is named {focus!r}")

    keep = {node for node, data in kg.entities() if types is None or data["type"] in types}
    edges = []
    for head, relation, tail, data in kg.facts():
        if relation in CASE_LINKS or head not in keep or tail not in keep or \
                (relations is not None and relation not in relations):
            continue
        evidence = [e for e in data["evidence"] if in_range(e.date, since, until)]
        if (since or until) and not evidence:
            continue
        edges.append((head, tail, relation, dict(data, evidence=evidence)))
    records = _suits(kg, keep, since, until) if relations is None or "sued" in relations else []
    edges += _case_links(records, keep)
    if not isolated:
        keep = {node for head, tail, _, _ in edges for node in (head, tail)}
    keep |= set(centres)

    graph = nx.MultiDiGraph()
    for node in sorted(keep):
        data = kg.graph.nodes[node]
        place = data.get("jurisdiction")
        place_label = kg.graph.nodes[place]["label"] if place in kg.graph else place
        place_names = kg.graph.nodes[place] if place in kg.graph else None  # its names in each language
        graph.add_node(node, **dict(data, labels=set(data["labels"]), jurisdiction_label=place_label,
                                    jurisdiction_names=place_names))
    for head, tail, relation, data in edges:
        graph.add_edge(head, tail, key=relation, **data)
    if centres:
        undirected = graph.to_undirected(as_view=True)
        near = set().union(*(nx.single_source_shortest_path_length(undirected, c, cutoff=depth)
                             for c in centres))
        graph = graph.subgraph(near).copy()
    for suit in records:
        for role, nodes in _roles(suit):
            for node in nodes:
                if node in graph:
                    graph.nodes[node].setdefault("suits", []).append((role, suit))
                # the names of a suit's parties and court, shown or not
                graph.graph.setdefault("names", {})[node] = kg.graph.nodes[node]
    view_graph = KnowledgeGraph()
    view_graph.graph = graph
    return view_graph


def _suits(kg: KnowledgeGraph, keep: set[str], since: str | None, until: str | None) -> list[Suit]:
    """The suits with a party among ``keep`` filed, or with an event, in the period."""
    return [suit for suit in suits(kg) if suit.parties & keep
            and (in_range(suit.filed, since, until) or any(in_range(e.date, since, until) for e in suit.events))]


def _roles(suit: Suit) -> list[tuple[str, list[str]]]:
    """(role, nodes) of a suit: its Case node, plaintiffs, defendants and court."""
    return [("case", [suit.case] if suit.case else []), ("plaintiff", suit.plaintiffs),
            ("defendant", suit.defendants), ("court", [suit.court] if suit.court else [])]


def _case_links(records: list[Suit], keep: set[str]) -> list[tuple[str, str, str, dict]]:
    """Case node -> each party and the court of its suit, as view edges."""
    links = {}
    for suit in records:
        if suit.case not in keep:
            continue
        for relation, nodes in _roles(suit)[1:]:
            for node in nodes:
                if node in keep and node != suit.case:
                    data = links.setdefault((suit.case, node, relation), {"relation": relation, "evidence": []})
                    data["evidence"] += [e for e in suit.evidence if e not in data["evidence"]]
    return [(head, tail, relation, data) for (head, tail, relation), data in links.items()]


def _narrow(given: Iterable[str] | None, wanted: Iterable[str] | None) -> list[str] | None:
    if given is None:
        return None if wanted is None else list(wanted)
    return list(given) if wanted is None else [name for name in given if name in set(wanted)]


def _checked(names: Iterable[str] | None, known: tuple[str, ...], kind: str) -> frozenset[str] | None:
    if names is None:
        return None
    names = frozenset(names)
    unknown = sorted(names - set(known))
    if unknown:
        raise ValueError(f"unknown {kind} {', '.join(unknown)}: choose from {', '.join(known)}")
    return names
