"""Score graphs against gold annotations, as the scoring paragraph of SCHEMA.md says.

A graph node matches a gold entity when one of its labels equals one of the entity's
names after folding (kg.graph.fold), the name written in Simplified or in Traditional
characters.  Entities score by (match, type); relations over
distinct (head, relation, tail) facts, symmetric relations in either order.  Counts are
summed over documents (micro-average).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .graph import KnowledgeGraph, fold
from .model import RELATIONS, SYMMETRIC_RELATIONS
from .script import simplified_name, traditional


@dataclass
class Score:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0
    recalled: int = 0

    def add(self, other: Score) -> None:
        self.true_positive += other.true_positive
        self.predicted += other.predicted
        self.gold += other.gold
        self.recalled += other.recalled

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "predicted": self.predicted, "gold": self.gold}


@dataclass
class DocumentScore:
    document: str
    entities: Score
    relations: Score
    per_relation: dict[str, Score]
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str, str]] = field(default_factory=list)
    missed_entities: list[tuple[str, str]] = field(default_factory=list)
    spurious_entities: list[tuple[str, str]] = field(default_factory=list)


def load_gold(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def in_both_scripts(name: str) -> set[str]:
    """A name folded, in the script it was written in and in the other one (SCHEMA: names
    are scored in both scripts, for Traditional documents; 台灣 and 臺灣 are both 台湾)."""
    return {fold(name), fold(traditional(name)), fold(simplified_name(name))}


def score_document(kg: KnowledgeGraph, gold: dict) -> DocumentScore:
    entities = {e["id"]: e for e in gold["entities"]}
    names = {eid: set().union(*map(in_both_scripts, e["names"])) for eid, e in entities.items()}
    matches: dict[str, set[str]] = {}
    for node, data in kg.entities():
        labels = {key for label in data["labels"] for key in (fold(label), fold(simplified_name(label)))}
        matches[node] = {eid for eid, folded in names.items() if labels & folded}

    entity_score = Score(predicted=kg.graph.number_of_nodes(), gold=len(entities))
    entity_score.true_positive = sum(
        1 for node, data in kg.entities() if any(entities[e]["type"] == data["type"] for e in matches[node]))
    found_gold = {e for node, data in kg.entities() for e in matches[node] if entities[e]["type"] == data["type"]}
    entity_score.recalled = len(found_gold)

    def key(head: str, relation: str, tail: str) -> tuple[str, str, str]:
        if relation in SYMMETRIC_RELATIONS and tail < head:
            head, tail = tail, head
        return head, relation, tail

    gold_facts = {key(r["head"], r["relation"], r["tail"]) for r in gold["relations"]}
    predicted = {(h, r, t) for h, r, t, _ in kg.facts() if r in RELATIONS}  # not a named case's suit links
    if any(r in SYMMETRIC_RELATIONS for _, r, _ in predicted):
        predicted = {min((h, r, t), (t, r, h)) if r in SYMMETRIC_RELATIONS else (h, r, t) for h, r, t in predicted}
    per_relation: dict[str, Score] = {}
    relation_score = Score(predicted=len(predicted), gold=len(gold_facts))
    hit_gold: set[tuple[str, str, str]] = set()
    spurious = []
    for head, relation, tail in predicted:
        candidates = {key(h, relation, t) for h in matches.get(head, ()) for t in matches.get(tail, ())}
        hits = candidates & gold_facts
        per_relation.setdefault(relation, Score()).predicted += 1
        if hits:
            relation_score.true_positive += 1
            per_relation[relation].true_positive += 1
            hit_gold |= hits
        else:
            spurious.append((kg.entity(head)["label"], relation, kg.entity(tail)["label"]))
    for head, relation, tail in gold_facts:
        per_relation.setdefault(relation, Score()).gold += 1
        if (head, relation, tail) in hit_gold:
            per_relation[relation].recalled += 1
    relation_score.recalled = len(hit_gold)
    missed = [(entities[h]["names"][0], r, entities[t]["names"][0]) for h, r, t in sorted(gold_facts - hit_gold)]
    missed_entities = sorted((e["names"][0], e["type"]) for eid, e in entities.items() if eid not in found_gold)
    spurious_entities = sorted((data["label"], data["type"]) for node, data in kg.entities()
                               if not any(entities[e]["type"] == data["type"] for e in matches[node]))
    return DocumentScore(gold.get("doc", ""), entity_score, relation_score, per_relation, missed, sorted(spurious),
                         missed_entities, spurious_entities)


@dataclass
class Evaluation:
    documents: list[DocumentScore]

    def total(self, attribute: str) -> Score:
        total = Score()
        for document in self.documents:
            total.add(getattr(document, attribute))
        return total

    def per_relation(self) -> dict[str, Score]:
        totals: dict[str, Score] = {}
        for document in self.documents:
            for relation, score in document.per_relation.items():
                totals.setdefault(relation, Score()).add(score)
        return dict(sorted(totals.items()))

    def rows(self) -> list[dict]:
        """Every score as one flat row (scope, name, measure, precision, recall, f1,
        predicted, gold): overall, per relation, per document."""
        measures = ("entities", "relations")
        rows = [{"scope": "overall", "name": "", "measure": measure, **self.total(measure).row()}
                for measure in measures]
        rows += [{"scope": "relation", "name": relation, "measure": "relations", **score.row()}
                 for relation, score in self.per_relation().items()]
        rows += [{"scope": "document", "name": document.document, "measure": measure,
                  **getattr(document, measure).row()} for document in self.documents for measure in measures]
        return rows

    def as_dict(self, errors: bool = False) -> dict:
        result = {
            "entities": self.total("entities").row(),
            "relations": self.total("relations").row(),
            "per_relation": {r: s.row() for r, s in self.per_relation().items()},
            "per_document": {d.document: {"entities": d.entities.row(), "relations": d.relations.row()}
                             for d in self.documents},
        }
        if errors:
            result["error_kinds"] = dict(self.error_kinds().most_common(10))
            result["errors"] = {d.document: {"missed": d.missed, "spurious": d.spurious,
                                             "missed_entities": d.missed_entities,
                                             "spurious_entities": d.spurious_entities} for d in self.documents}
        return result

    def error_kinds(self) -> Counter:
        """Missed and spurious facts per relation, missed and spurious entities per type."""
        kinds: Counter = Counter()
        for document in self.documents:
            kinds.update(f"missed {r}" for _, r, _ in document.missed)
            kinds.update(f"spurious {r}" for _, r, _ in document.spurious)
            kinds.update(f"missed entity {t}" for _, t in document.missed_entities)
            kinds.update(f"spurious entity {t}" for _, t in document.spurious_entities)
        return kinds


def evaluate_documents(pipeline, paths, gold_dir: str | Path, min_confidence: float = 0.0) -> Evaluation:
    """Build each document that has a gold file on its own (``pipeline``: a
    kg.pipeline.Pipeline) and score it; documents without gold are left out."""
    scores = []
    for path in paths:
        gold = gold_for(path, gold_dir)
        if gold is not None:
            graph = pipeline.graph([pipeline.process(path)], min_confidence)
            scores.append(score_document(graph, load_gold(gold)))
    return Evaluation(scores)


def gold_for(document: str | Path, gold_dir: str | Path) -> Path | None:
    """The gold file of a document: ``NAME.json`` or ``STEM.json``, else the gold of the same
    document in another form (``report.pdf`` or ``report.html`` scored by ``report.txt.json``)."""
    from .ingest import SUFFIXES
    name, stem = Path(document).name, Path(document).stem
    others = [f"{stem}{suffix}.json" for suffix in SUFFIXES if suffix != Path(name).suffix.lower()]
    for candidate in (f"{name}.json", f"{stem}.json", *others):
        if (Path(gold_dir) / candidate).is_file():
            return Path(gold_dir) / candidate
    return None
