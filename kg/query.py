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

import csv
import datetime
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain, islice, pairwise
from pathlib import Path

import networkx as nx

from .graph import KnowledgeGraph, fold
from .model import Evidence
from .names import all_names

CLAIMS_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "claims.tsv"


class NameLookupError(LookupError):
    """A name that matches no entity, or several."""


# -- names ----------------------------------------------------------------------
def resolve(graph: KnowledgeGraph, name: str) -> str:
    """The id of the one entity called ``name``: an exact (folded) label first, else
    a label that contains it.  Raises NameLookupError listing the candidates when the
    name is unknown or ambiguous."""
    candidates = graph.find(name)
    key = fold(name)
    if not candidates and key:
        candidates = sorted(node for node, data in graph.entities()
                            if any(key in fold(label) for label in all_names(data)))
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise NameLookupError(f"no entity is named {name!r}")
    listing = "; ".join(f"{node} ({label(graph, node)}, {graph.entity(node)['type']})"
                        for node in candidates[:20])
    more = f" and {len(candidates) - 20} more" if len(candidates) > 20 else ""
    raise NameLookupError(f"{name!r} is ambiguous, it names {len(candidates)} entities: {listing}{more}")


def label(graph: KnowledgeGraph, node: str) -> str:
    return graph.entity(node)["label"]


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
def entity_card(graph: KnowledgeGraph, name: str) -> dict:
    """Type, labels, jurisdiction and every edge in and out (one row per date)."""
    node = resolve(graph, name)
    data = graph.entity(node)
    edges = []
    for head, tail, relation, edge in chain(graph.graph.out_edges(node, keys=True, data=True),
                                            graph.graph.in_edges(node, keys=True, data=True)):
        other = tail if head == node else head
        for date, evidence in dated_evidence(edge):
            edges.append({"direction": "out" if head == node else "in", "relation": relation,
                          "entity": label(graph, other), "type": graph.entity(other)["type"],
                          "date": date, **provenance(evidence)})
    jurisdiction = data.get("jurisdiction")
    return {"id": node, "type": data["type"], "label": data["label"],
            "labels": sorted(data["labels"]),
            "jurisdiction": label(graph, jurisdiction) if jurisdiction in graph.graph else jurisdiction,
            "edges": edges}


def _incident(graph: KnowledgeGraph, node: str, relations: Iterable[str] | None) -> Iterator[tuple[str, str, str]]:
    wanted = set(relations) if relations else None
    for head, tail, key in chain(graph.graph.out_edges(node, keys=True), graph.graph.in_edges(node, keys=True)):
        if wanted is None or key in wanted:
            yield head, key, tail


def neighbors(graph: KnowledgeGraph, name: str, depth: int = 1,
              relations: Iterable[str] | None = None) -> list[dict]:
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
                rows.append({"distance": step, "from": label(graph, node), "relation": relation,
                             "direction": "out" if head == node else "in",
                             "entity": label(graph, other), "type": graph.entity(other)["type"], "id": other})
        frontier = reached
    return rows


def paths(graph: KnowledgeGraph, source: str, target: str, relations: Iterable[str] | None = None,
          limit: int = 10) -> list[dict]:
    """The shortest paths between two entities, edges taken in either direction: one
    row per edge along each path (several when two entities share several relations)."""
    start, end = resolve(graph, source), resolve(graph, target)
    wanted = set(relations) if relations else None
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
                    rows.append({"path": number, "step": step, "head": label(graph, head),
                                 "relation": relation, "tail": label(graph, tail)})
    return rows


# -- litigation ---------------------------------------------------------------------
@functools.cache
def claim_patterns(path: Path = CLAIMS_FILE) -> tuple[tuple[str, re.Pattern], ...]:
    """The claim lexicon: (claim, one pattern over its cues).  Latin cues match whole
    words, case-insensitively (so "voice" is not found in "invoice")."""
    with open(path, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    patterns = []
    for row in rows:
        cues = [cue.strip() for cue in row["cues"].split("|") if cue.strip()]
        alternatives = (rf"\b{re.escape(cue)}\b" if cue.isascii() else re.escape(cue) for cue in cues)
        patterns.append((row["claim"], re.compile("|".join(alternatives), re.IGNORECASE)))
    return tuple(patterns)


def claims_in(texts: Iterable[str]) -> list[str]:
    """The claims (copyright, privacy, …) whose cues occur in any of the texts."""
    joined = "\n".join(texts)
    return [claim for claim, pattern in claim_patterns() if pattern.search(joined)]


class _Courts:
    """Where each court is named, and whom it adjudicated, to place a suit in a court."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.labels = {node: {fold(name) for name in data["labels"]} for node, data in graph.entities("Court")}
        self.items: dict[str, set] = defaultdict(set)
        self.parties: dict[str, set] = defaultdict(set)
        for court in self.labels:
            for head, relation, tail in _incident(graph, court, None):
                edge = graph.graph.edges[head, tail, relation]
                self.items[court] |= {(e.document, e.item) for e in edge["evidence"]}
                if relation == "adjudicated" and head == court:
                    self.parties[court].add(tail)

    def of(self, plaintiff: str, defendant: str, evidence: list[Evidence]) -> list[str]:
        """The best-placed courts: named in the sentence (4), named in the same news
        item (2), adjudicated one party (1) or both (2); ties all kept."""
        sentences = [fold(e.sentence) for e in evidence]
        items = {(e.document, e.item) for e in evidence}
        scores = {}
        for court, names in self.labels.items():
            score = 4 * any(name in sentence for name in names for sentence in sentences)
            score += 2 * bool(items & self.items[court])
            score += len({plaintiff, defendant} & self.parties[court])
            if score:
                scores[court] = score
        best = max(scores.values(), default=0)
        return sorted(court for court, score in scores.items() if score == best)


def sued(graph: KnowledgeGraph, plaintiff: str | None = None, defendant: str | None = None,
         court: str | None = None, date_from: str | None = None, date_to: str | None = None) -> list[dict]:
    """The litigation table: one row per suit and reported date, oldest first, with the
    claims named in that date's evidence and the court where known (placed from all
    the suit's evidence, so that every report of one suit names the same court)."""
    wanted = {role: resolve(graph, name) for role, name in
              (("plaintiff", plaintiff), ("defendant", defendant), ("court", court)) if name}
    courts = _Courts(graph)
    rows = []
    for head, _, tail, date, evidence in dated_facts(graph, "sued", date_from, date_to):
        if wanted.get("plaintiff", head) != head or wanted.get("defendant", tail) != tail:
            continue
        placed = courts.of(head, tail, graph.graph.edges[head, tail, "sued"]["evidence"])
        if "court" in wanted and wanted["court"] not in placed:
            continue
        rows.append({"plaintiff": label(graph, head), "defendant": label(graph, tail),
                     "court": [label(graph, c) for c in placed], "date": date,
                     "claims": claims_in(e.sentence for e in evidence), **provenance(evidence)})
    rows.sort(key=lambda row: (row["date"] or "", row["plaintiff"], row["defendant"]))
    return rows


def waves(graph: KnowledgeGraph, window: int = 30, min_plaintiffs: int = 2) -> list[dict]:
    """Coordinated litigation: suits against one defendant whose dates all fall within
    ``window`` days of the first, brought by at least ``min_plaintiffs`` plaintiffs.
    Each defendant's dated suits are cut greedily, oldest first, into such windows."""
    suits: dict[str, list[tuple[datetime.date, str]]] = defaultdict(list)
    for head, _, tail, date, _ in dated_facts(graph, "sued"):
        day = to_day(date)
        if day is not None:
            suits[tail].append((day, head))
    rows = []
    for defendant, dated in suits.items():
        dated.sort()
        first = 0
        while first < len(dated):
            last = first
            while last + 1 < len(dated) and (dated[last + 1][0] - dated[first][0]).days <= window:
                last += 1
            wave = dated[first:last + 1]
            plaintiffs = sorted({label(graph, plaintiff) for _, plaintiff in wave})
            if len(plaintiffs) >= min_plaintiffs:
                rows.append({"defendant": label(graph, defendant), "start": wave[0][0].isoformat(),
                             "end": wave[-1][0].isoformat(), "suits": len(wave),
                             "plaintiffs": plaintiffs})
            first = last + 1
    rows.sort(key=lambda row: (-row["suits"], row["start"], row["defendant"]))
    return rows


# -- rankings and time ----------------------------------------------------------------
def top(graph: KnowledgeGraph, relation: str, role: str = "tail", type: str | None = None,
        limit: int | None = 20) -> list[dict]:
    """Entities ranked by how many distinct counterparts they have in ``relation``:
    role "tail" counts the heads pointing at each entity (the most-sued defendants),
    role "head" the tails each entity points at (the most active regulators)."""
    if role not in ("head", "tail"):
        raise ValueError(f"role must be head or tail, not {role!r}")
    counterparts: dict[str, set] = defaultdict(set)
    sentences: Counter = Counter()
    for head, _, tail, edge in graph.facts(relation):
        node, other = (tail, head) if role == "tail" else (head, tail)
        if type is None or graph.entity(node)["type"] == type:
            counterparts[node].add(other)
            sentences[node] += len(edge["evidence"])
    ranked = sorted(counterparts, key=lambda node: (-len(counterparts[node]), -sentences[node], label(graph, node)))
    return [{"rank": rank, "entity": label(graph, node), "type": graph.entity(node)["type"],
             "count": len(counterparts[node]), "evidence": sentences[node],
             "counterparts": sorted(label(graph, other) for other in counterparts[node])}
            for rank, node in enumerate(ranked[:limit], 1)]


def timeline(graph: KnowledgeGraph, type: str | None = None, relation: str | None = None,
             date_from: str | None = None, date_to: str | None = None) -> list[dict]:
    """Dated facts in date order; ``type`` keeps facts with an entity of that type at
    either end."""
    rows = []
    for head, key, tail, date, evidence in dated_facts(graph, relation, date_from, date_to):
        if date is None or (type and type not in (graph.entity(head)["type"], graph.entity(tail)["type"])):
            continue
        rows.append({"date": date, "head": label(graph, head), "relation": key,
                     "tail": label(graph, tail), **provenance(evidence)})
    rows.sort(key=lambda row: (row["date"], row["head"], row["relation"], row["tail"]))
    return rows
