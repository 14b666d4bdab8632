"""Analyst queries over the KnowledgeGraph: entity cards, neighbours, paths, the
litigation table, rankings, timelines and litigation waves.

Every function takes the graph first and returns plain data (rows as dicts), in the
manner of networkx algorithms.  Names are resolved through any label, Chinese or
English, case-insensitively:

>>> from kg.model import Entity, Evidence
>>> kg = KnowledgeGraph()
>>> kg.add_entity(Entity("nyt", "Company", "纽约时报", {"The New York Times"}))
>>> kg.add_entity(Entity("openai", "Company", "OpenAI"))
>>> kg.add_fact("nyt", "sued", "openai", Evidence("d.txt", "t", "纽约时报起诉 OpenAI 侵犯版权", 0, 16, "2023-12-27"))
>>> [(row["plaintiff"], row["defendant"], row["date"], row["claims"]) for row in sued(kg, defendant="openai")]
[('纽约时报', 'OpenAI', '2023-12-27', ['copyright'])]
"""
from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice, pairwise

from .graph import KnowledgeGraph, fold, search_keys
from .model import Evidence
from .names import all_names, label_language, labels_by_language
from .suit_records import Suit, caption_in


class NameLookupError(LookupError):
    """A name that matches no entity, or several."""


# -- names ----------------------------------------------------------------------
def resolve(graph: KnowledgeGraph, name: str, exclude: tuple[str, ...] = ()) -> str:
    """The id of the one entity called ``name``: an exact (folded) label first, else
    a label that contains it; entities of the types in ``exclude`` are never meant (a
    party is no Case: Bartz is the author, not Bartz诉Anthropic案).  Raises
    NameLookupError listing the candidates when the name is unknown or ambiguous."""
    candidates = [node for node in graph.find(name) if graph.entity(node)["type"] not in exclude]
    keys = search_keys(name) - {""}
    if not candidates and keys:
        candidates = sorted(node for node, data in graph.entities() if data["type"] not in exclude
                            and any(key in fold(label) for label in all_names(data) for key in keys))
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise NameLookupError(f"no entity is named {name!r}")
    listing = "; ".join(f"{node} ({label(graph, node)}, {graph.entity(node)['type']})"
                        for node in candidates[:20])
    more = f" and {len(candidates) - 20} more" if len(candidates) > 20 else ""
    raise NameLookupError(f"{name!r} is ambiguous, it names {len(candidates)} entities: {listing}{more}")


def label(graph: KnowledgeGraph, node: str, lang: str = "zh") -> str:
    """The entity's name in ``lang`` ("zh": its main label; "en": its English label where
    it has one), as every row of these functions gives it; a suit's party the text does not
    name is its words (李某)."""
    if node not in graph.graph:
        return node
    data = graph.entity(node)
    return (labels_by_language(data).get(lang) if lang != "zh" else None) or data["label"]


# -- dates ----------------------------------------------------------------------
def in_range(date: str | None, start: str | None = None, end: str | None = None) -> bool:
    """Whether a possibly partial date (2024, 2024-06, 2024-06-27) overlaps
    [start, end]; an undated fact is in range only when no bound is given."""
    if not start and not end:
        return True
    if not date:
        return False
    if start and date[:len(start)] < start[:len(date)]:
        return False
    return not end or date[:len(end)] <= end[:len(date)]


def to_day(date: str | None) -> datetime.date | None:
    """A partial date as its first day (2024-06 -> 2024-06-01), None if unreadable."""
    if not date:
        return None
    parts = (date.split("-") + ["01", "01"])[:3]
    try:
        return datetime.date(*map(int, parts))
    except ValueError:
        return None


# -- evidence ---------------------------------------------------------------------
def dated_evidence(edge: dict) -> list[tuple[str | None, list[Evidence]]]:
    """An edge's evidence grouped by date, oldest first: one group per reported date
    (one group with no evidence for an edge that has none)."""
    groups: dict[str | None, list[Evidence]] = {}
    for evidence in edge["evidence"]:
        groups.setdefault(evidence.date, []).append(evidence)
    return sorted(groups.items(), key=lambda group: group[0] or "") or [(None, [])]


def dated_facts(graph: KnowledgeGraph, relation: str | None = None, date_from: str | None = None,
                date_to: str | None = None) -> Iterator[tuple[str, str, str, str | None, list[Evidence]]]:
    """(head, relation, tail, date, evidence of that date) for each date of each fact."""
    for head, key, tail, edge in graph.facts(relation):
        for date, evidence in dated_evidence(edge):
            if in_range(date, date_from, date_to):
                yield head, key, tail, date, evidence


def provenance(evidence: list[Evidence]) -> dict:
    """Sentence, source line and document of the first of some evidence."""
    first = evidence[0] if evidence else None
    return {"sentence": first.sentence if first else "",
            "source": first.source if first else "",
            "document": first.document if first else ""}


# -- one entity -------------------------------------------------------------------
def entity_card(graph: KnowledgeGraph, name: str, lang: str = "zh") -> dict:
    """Type, labels, jurisdiction and every edge in and out (one row per date)."""
    node = resolve(graph, name)
    data = graph.entity(node)
    edges = []
    for head, tail, relation, edge in chain(graph.graph.out_edges(node, keys=True, data=True),
                                            graph.graph.in_edges(node, keys=True, data=True)):
        other = tail if head == node else head
        for date, evidence in dated_evidence(edge):
            edges.append({"direction": "out" if head == node else "in", "relation": relation,
                          "entity": label(graph, other, lang), "type": graph.entity(other)["type"],
                          "date": date, **provenance(evidence)})
    jurisdiction = data.get("jurisdiction")
    return {"id": node, "type": data["type"], "label": label(graph, node, lang),
            "labels": sorted(data["labels"]),
            "jurisdiction": label(graph, jurisdiction, lang) if jurisdiction in graph.graph else jurisdiction,
            "edges": edges}


def _incident(graph: KnowledgeGraph, node: str, relations: Iterable[str] | None) -> Iterator[tuple[str, str, str]]:
    wanted = set(relations) if relations else None
    for head, tail, key in chain(graph.graph.out_edges(node, keys=True), graph.graph.in_edges(node, keys=True)):
        if wanted is None or key in wanted:
            yield head, key, tail


def neighbors(graph: KnowledgeGraph, name: str, depth: int = 1,
              relations: Iterable[str] | None = None, lang: str = "zh") -> list[dict]:
    """Entities within ``depth`` edges of ``name`` (either direction), one row per
    edge that reaches each of them at its distance."""
    start = resolve(graph, name)
    distance = {start: 0}
    frontier, rows = [start], []
    for step in range(1, depth + 1):
        reached = []
        for node in frontier:
            for head, relation, tail in _incident(graph, node, relations):
                other = tail if head == node else head
                if distance.setdefault(other, step) != step:
                    continue
                if other not in reached:
                    reached.append(other)
                rows.append({"distance": step, "from": label(graph, node, lang), "relation": relation,
                             "direction": "out" if head == node else "in",
                             "entity": label(graph, other, lang), "type": graph.entity(other)["type"], "id": other})
        frontier = reached
    return rows


def paths(graph: KnowledgeGraph, source: str, target: str, relations: Iterable[str] | None = None,
          limit: int = 10, lang: str = "zh") -> list[dict]:
    """The shortest paths between two entities, edges taken in either direction: one
    row per edge along each path (several when two entities share several relations)."""
    start, end = resolve(graph, source), resolve(graph, target)
    wanted = set(relations) if relations else None
    import networkx as nx  # (here: the suit tables need none)
    undirected = nx.Graph()
    undirected.add_edges_from((head, tail) for head, key, tail, _ in graph.facts()
                              if wanted is None or key in wanted)
    if start == end or start not in undirected or end not in undirected:
        return []
    try:
        found = list(islice(nx.all_shortest_paths(undirected, start, end), limit))
    except nx.NetworkXNoPath:
        return []
    rows = []
    for number, path in enumerate(found, 1):
        for step, (left, right) in enumerate(pairwise(path), 1):
            for head, relation, tail in _incident(graph, left, wanted):
                if right in (head, tail):
                    rows.append({"path": number, "step": step, "head": label(graph, head, lang),
                                 "relation": relation, "tail": label(graph, tail, lang)})
    return rows


# -- litigation ---------------------------------------------------------------------
def suits_of(graph: KnowledgeGraph) -> list[Suit]:
    """The suits of the graph: those it was read with (kg.rdf), else computed."""
    known = getattr(graph, "known_suits", None)
    if known is not None:
        return known
    from .cases import suits  # (its rules: only where the suits are computed, not read)
    return suits(graph)


def reader_language(graph: KnowledgeGraph) -> str:
    """The language of the documents built: the one a table read back states (the graph
    attribute ``reader_language``, kg.rdf), else ``en`` where most sentences of its facts
    are English (kg.names.label_language), else ``zh``."""
    if graph.graph.graph.get("reader_language"):
        return graph.graph.graph["reader_language"]
    languages = [label_language(evidence.sentence) for _, _, _, edge in graph.facts() for evidence in edge["evidence"][:3]]
    return "en" if languages.count("en") * 2 > len(languages) else "zh"


def _suit_row(graph: KnowledgeGraph, suit: Suit, lang: str = "zh") -> dict:
    """A suit as `kg query cases` prints it (names, not ids)."""
    return {"caption": caption_in(suit, lang, graph.graph.nodes),
            "plaintiffs": [label(graph, node, lang) for node in suit.plaintiffs],
            "defendants": [label(graph, node, lang) for node in suit.defendants],
            "court": label(graph, suit.court, lang) if suit.court else None,
            "court_stated": suit.court_stated, "court_reason": suit.court_reason, "filed": suit.filed,
            "events": [{"kind": event.kind, "date": event.date} for event in suit.events],
            "claims": suit.claims, "status": suit.status,
            "evidence": [{"document": e.document, "item": e.item, "sentence": e.sentence} for e in suit.evidence]}


def cases(graph: KnowledgeGraph, party: str | None = None, court: str | None = None, date_from: str | None = None,
          date_to: str | None = None, status: str | None = None, claim: str | None = None,
          court_stated: bool = False, lang: str = "zh") -> list[dict]:
    """The litigation table: one row per suit, oldest filing first; filters on a party
    (either side), the court, the filing date, the status, a claim, and courts the text
    states (``court_stated``) rather than infers; names in ``lang`` (zh or en)."""
    wanted_party = resolve(graph, party, exclude=("Case",)) if party else None
    wanted_court = resolve(graph, court, exclude=("Case",)) if court else None
    return [_suit_row(graph, suit, lang) for suit in suits_of(graph)
            if (wanted_party is None or wanted_party in suit.parties)
            and (wanted_court is None or suit.court == wanted_court)
            and in_range(suit.filed, date_from, date_to)
            and (status is None or suit.status == status)
            and (claim is None or claim in suit.claims)
            and (suit.court_stated or not court_stated)]


def sued(graph: KnowledgeGraph, plaintiff: str | None = None, defendant: str | None = None,
         court: str | None = None, date_from: str | None = None, date_to: str | None = None,
         lang: str = "zh") -> list[dict]:
    """Who sued whom: one row per plaintiff and defendant of each suit, dated by the
    suit's filing, with its court (and whether the text states it), claims and status."""
    wanted = {role: resolve(graph, name, exclude=("Case",)) for role, name in
              (("plaintiff", plaintiff), ("defendant", defendant), ("court", court)) if name}
    rows = []
    for suit in suits_of(graph):
        if "court" in wanted and suit.court != wanted["court"] or not in_range(suit.filed, date_from, date_to):
            continue
        for head in suit.plaintiffs:
            for tail in suit.defendants:
                if wanted.get("plaintiff", head) != head or wanted.get("defendant", tail) != tail:
                    continue
                rows.append({"plaintiff": label(graph, head, lang), "defendant": label(graph, tail, lang),
                             "court": label(graph, suit.court, lang) if suit.court else None,
                             "court_stated": suit.court_stated, "date": suit.filed, "status": suit.status,
                             "claims": suit.claims, "caption": caption_in(suit, lang, graph.graph.nodes),
                             **provenance(suit.evidence)})
    rows.sort(key=lambda row: (row["date"] or "", row["plaintiff"], row["defendant"]))
    return rows


def waves(graph: KnowledgeGraph, window: int = 30, min_plaintiffs: int = 2, lang: str = "zh") -> list[dict]:
    """Coordinated litigation: two or more suits against one defendant filed within
    ``window`` days of the first, brought by at least ``min_plaintiffs`` plaintiffs; each suit counts once,
    by its filing date (not by the dates it was reported).  Each defendant's suits are
    cut greedily, oldest first, into such windows."""
    filed: dict[str, list[tuple[datetime.date, Suit]]] = defaultdict(list)
    for suit in suits_of(graph):
        day = to_day(suit.filed) if suit.filed and len(suit.filed) >= 7 else None  # 2023 alone: no window holds it
        if day is not None:
            for defendant in suit.defendants:
                filed[defendant].append((day, suit))
    rows = []
    for defendant, dated in filed.items():
        dated.sort(key=lambda pair: (pair[0], pair[1].id))
        first = 0
        while first < len(dated):
            last = first
            while last + 1 < len(dated) and (dated[last + 1][0] - dated[first][0]).days <= window:
                last += 1
            wave = dated[first:last + 1]
            plaintiffs = sorted({label(graph, plaintiff, lang) for _, suit in wave for plaintiff in suit.plaintiffs})
            if len(wave) > 1 and len(plaintiffs) >= min_plaintiffs:  # one suit of many plaintiffs is no wave
                rows.append({"defendant": label(graph, defendant, lang), "start": wave[0][0].isoformat(),
                             "end": wave[-1][0].isoformat(), "suits": len(wave), "plaintiffs": plaintiffs,
                             "captions": [suit.caption for _, suit in wave]})
            first = last + 1
    rows.sort(key=lambda row: (-row["suits"], row["start"], row["defendant"]))
    return rows


# -- rankings and time ----------------------------------------------------------------
#: The languages a query names entities in (kg query's --lang).
LANGUAGES = ("zh", "en")


class FactTable:
    """What `kg query top` reads of a graph: each relation's facts as [head, tail, number
    of evidence sentences] in the graph's order, and each of their entities' type and name
    in each of LANGUAGES; made from a KnowledgeGraph (``of``), or read back from the table
    `kg build` keeps beside graph.ttl (``from_data``: plain JSON values, checked), so that
    a ranking reads a few per cent of the snapshot and never parses Turtle."""

    def __init__(self, facts: dict[str, list], nodes: dict[str, list], language: str) -> None:
        self.facts, self.nodes, self.language = facts, nodes, language

    @classmethod
    def of(cls, graph: KnowledgeGraph, relations: Iterable[str] | None = None, language: str = "zh",
           counted: Callable[[str, str, str], int] | None = None) -> FactTable:
        """The table of ``graph`` (``relations``: of these only); ``counted(head, relation,
        tail)``: a fact's number of sentences, where its edge holds no evidence read."""
        wanted = set(relations) if relations is not None else None
        facts: dict[str, list] = {}
        for head, key, tail, edge in graph.facts():
            if wanted is None or key in wanted:
                count = counted(head, key, tail) if counted else len(edge["evidence"])
                facts.setdefault(key, []).append([head, tail, count])
        named = {node for rows in facts.values() for row in rows for node in row[:2]}
        nodes = {node: [graph.entity(node)["type"], *(label(graph, node, lang) for lang in LANGUAGES)]
                 for node in graph.graph if node in named}
        return cls(facts, nodes, language)

    def data(self) -> dict:
        return {"language": self.language, "nodes": self.nodes, "facts": self.facts}

    @classmethod
    def from_data(cls, data) -> FactTable:
        """The table of ``data`` as ``data()`` gave it; ValueError naming what is of
        another shape (a file of another version, edited or damaged)."""
        if not isinstance(data, dict) or data.get("language") not in LANGUAGES \
                or not isinstance(data.get("nodes"), dict) or not isinstance(data.get("facts"), dict):
            raise ValueError("not a dict of language, nodes and facts")
        nodes = data["nodes"]
        for node, value in nodes.items():
            if not (isinstance(value, list) and len(value) == 1 + len(LANGUAGES)
                    and all(isinstance(part, str) for part in value)):
                raise ValueError(f"node {node[:80]!r} is not [type, names]")
        for relation, rows in data["facts"].items():
            if not isinstance(rows, list) or not all(
                    isinstance(row, list) and len(row) == 3 and row[0] in nodes and row[1] in nodes
                    and type(row[2]) is int for row in rows):
                raise ValueError(f"the facts of {relation[:80]!r} are not [head, tail, count] of its nodes")
        return cls(data["facts"], nodes, data["language"])

    def rows(self, relation: str) -> list:
        return self.facts.get(relation, [])

    def type(self, node: str) -> str:
        return self.nodes[node][0]

    def name(self, node: str, lang: str) -> str:
        return self.nodes[node][1 + LANGUAGES.index(lang)] if lang in LANGUAGES else self.nodes[node][1]


def top(graph: KnowledgeGraph | FactTable, relation: str, role: str | None = None, type: str | None = None,
        limit: int | None = 20, lang: str = "zh") -> list[dict]:
    """Entities ranked by how many distinct counterparts they have in ``relation``:
    role "tail" counts the heads pointing at each entity (the most-sued defendants),
    role "head" the tails each entity points at (the most active regulators).  Without
    a role: "tail", or, with a ``type``, the side where entities of that type are
    (issued by Regulators: "head").  ``graph``: the graph, or its FactTable."""
    table = graph if isinstance(graph, FactTable) else FactTable.of(graph, (relation,))
    role = role or _side(table, relation, type)
    if role not in ("head", "tail"):
        raise ValueError(f"role must be head or tail, not {role!r}")
    counterparts: dict[str, set] = defaultdict(set)
    sentences: Counter = Counter()
    for head, tail, evidence in table.rows(relation):
        node, other = (tail, head) if role == "tail" else (head, tail)
        if type is None or table.type(node) == type:
            counterparts[node].add(other)
            sentences[node] += evidence
    ranked = sorted(counterparts,  # (ties of names by id: the same order however the facts were read)
                    key=lambda node: (-len(counterparts[node]), -sentences[node], table.name(node, lang), node))
    return [{"rank": rank, "entity": table.name(node, lang), "type": table.type(node),
             "count": len(counterparts[node]), "evidence": sentences[node],
             "counterparts": sorted(table.name(other, lang) for other in counterparts[node])}
            for rank, node in enumerate(ranked[:limit], 1)]


def _side(table: FactTable, relation: str, type: str | None) -> str:
    """The role of ``type`` in ``relation``: "tail" unless entities of that type occur
    only as its heads."""
    if type is None:
        return "tail"
    sides = Counter(side for head, tail, _ in table.rows(relation)
                    for side, node in (("head", head), ("tail", tail)) if table.type(node) == type)
    return "head" if sides["head"] > sides["tail"] else "tail"


def timeline(graph: KnowledgeGraph, type: str | None = None, relation: str | None = None,
             date_from: str | None = None, date_to: str | None = None, lang: str = "zh") -> list[dict]:
    """Dated facts in date order; ``type`` keeps facts with an entity of that type at
    either end."""
    rows = []
    for head, key, tail, date, evidence in dated_facts(graph, relation, date_from, date_to):
        if date is None or (type and type not in (graph.entity(head)["type"], graph.entity(tail)["type"])):
            continue
        rows.append({"date": date, "head": label(graph, head, lang), "relation": key,
                     "tail": label(graph, tail, lang), **provenance(evidence)})
    rows.sort(key=lambda row: (row["date"], row["head"], row["relation"], row["tail"]))
    return rows
