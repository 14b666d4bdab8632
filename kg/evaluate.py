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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .graph import KnowledgeGraph, fold, search_keys
from .model import RELATIONS, SYMMETRIC_RELATIONS, scored_family
from .script import traditional


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


@dataclass(frozen=True)
class Outcome:
    """One prediction of a document's graph (an entity or a fact): the rule families
    behind it (the mechanisms of its mentions, the rules of its facts) and whether gold
    has it."""
    families: frozenset[str]
    right: bool


@dataclass(frozen=True)
class Error:
    """One miss or false prediction, of a kind (``missed entity: never found (Person)``,
    ``false fact by cue``), with the names that show it."""
    kind: str
    example: str


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
    entity_outcomes: list[Outcome] = field(default_factory=list)
    fact_outcomes: list[Outcome] = field(default_factory=list)
    errors: list[Error] = field(default_factory=list)


def load_gold(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def in_both_scripts(name: str) -> set[str]:
    """A name folded, in the script it was written in and in the other one (SCHEMA: names
    are scored in both scripts, for Traditional documents; 台灣 and 臺灣 are both 台湾)."""
    return search_keys(name) | {fold(traditional(name))}


def _families(names) -> frozenset[str]:
    return frozenset(scored_family(name) for name in names or ()) or frozenset({"unnamed"})


def score_document(kg: KnowledgeGraph, gold: dict) -> DocumentScore:
    entities = {e["id"]: e for e in gold["entities"]}
    names = {eid: set().union(*map(in_both_scripts, e["names"])) for eid, e in entities.items()}
    matches: dict[str, set[str]] = {}
    for node, data in kg.entities():
        labels = set().union(*map(search_keys, data["labels"]))
        matches[node] = {eid for eid, folded in names.items() if labels & folded}

    def right_entity(node: str) -> bool:
        return any(entities[e]["type"] == kg.entity(node)["type"] for e in matches[node])

    entity_score = Score(predicted=kg.graph.number_of_nodes(), gold=len(entities))
    entity_score.true_positive = sum(1 for node, _ in kg.entities() if right_entity(node))
    found_gold = {e for node, data in kg.entities() for e in matches[node] if entities[e]["type"] == data["type"]}
    entity_score.recalled = len(found_gold)

    def key(head: str, relation: str, tail: str) -> tuple[str, str, str]:
        if relation in SYMMETRIC_RELATIONS and tail < head:
            head, tail = tail, head
        return head, relation, tail

    gold_facts = {key(r["head"], r["relation"], r["tail"]) for r in gold["relations"]}
    predicted: dict[tuple[str, str, str], set[str]] = {}  # (head, relation, tail) -> the rules that read it
    for h, r, t, data in kg.facts():
        if r in RELATIONS:  # not a named case's suit links
            predicted.setdefault(key(h, r, t), set()).update(data.get("rules", ()))
    per_relation: dict[str, Score] = {}
    relation_score = Score(predicted=len(predicted), gold=len(gold_facts))
    hit_gold: set[tuple[str, str, str]] = set()
    spurious, fact_outcomes = [], []
    for (head, relation, tail), rules in predicted.items():
        candidates = {key(h, relation, t) for h in matches.get(head, ()) for t in matches.get(tail, ())}
        hits = candidates & gold_facts
        per_relation.setdefault(relation, Score()).predicted += 1
        fact_outcomes.append(Outcome(_families(rules), bool(hits)))
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
    spurious_entities = sorted((data["label"], data["type"]) for node, data in kg.entities() if not right_entity(node))
    entity_outcomes = [Outcome(_families(data.get("mechanisms")), right_entity(node)) for node, data in kg.entities()]
    false_facts = [fact for fact, outcome in zip(predicted, fact_outcomes) if not outcome.right]
    errors = _Errors(kg, entities, matches, right_entity, found_gold, predicted, false_facts,
                     gold_facts, hit_gold).all()
    return DocumentScore(gold.get("doc", ""), entity_score, relation_score, per_relation, missed, sorted(spurious),
                         missed_entities, spurious_entities, entity_outcomes, fact_outcomes, errors)


class _Errors:
    """Each miss and each false prediction of one document, given a kind: why an entity
    was missed (never found, found with a wrong boundary, found with a wrong type), why a
    fact was missed (an end never found, read the wrong way round, as another relation or
    to another place, both ends found and no rule read it), what a false fact got wrong
    (direction, relation, a jurisdiction, an end that is no gold entity) and which rule
    family read a false fact or found a false entity."""

    def __init__(self, kg: KnowledgeGraph, entities: dict[str, dict], matches: dict[str, set[str]],
                 right: Callable[[str], bool], found_gold: set[str], predicted: dict[tuple[str, str, str], set[str]],
                 false_facts: list[tuple[str, str, str]], gold_facts: set[tuple[str, str, str]],
                 hit_gold: set[tuple[str, str, str]]) -> None:
        self.kg, self.entities, self.matches, self.right, self.found_gold = kg, entities, matches, right, found_gold
        self.predicted, self.false_facts, self.gold_facts, self.hit_gold = predicted, false_facts, gold_facts, hit_gold
        self.nodes_of: dict[str, list[str]] = {}  # gold id -> the nodes whose names match it
        for node, ids in matches.items():
            for eid in ids:
                self.nodes_of.setdefault(eid, []).append(node)
        self.gold_pairs = {(h, t): r for h, r, t in gold_facts} | {(t, h): r for h, r, t in gold_facts}
        self.predicted_pairs = {(h, t): r for h, r, t in predicted} | {(t, h): r for h, r, t in predicted}

    def all(self) -> list[Error]:
        errors = [self.missed_entity(eid) for eid in sorted(self.entities) if eid not in self.found_gold]
        errors += [self.false_entity(node) for node, _ in self.kg.entities() if not self.right(node)]
        errors += [self.missed_fact(*fact) for fact in sorted(self.gold_facts - self.hit_gold)]
        errors += [self.false_fact(*fact) for fact in sorted(self.false_facts)]
        return errors

    # -- what gold and the graph share ---------------------------------------------------
    def label(self, node: str) -> str:
        return self.kg.entity(node)["label"]

    def name(self, eid: str) -> str:
        return self.entities[eid]["names"][0]

    def overlapping(self, names: list[str], labels) -> str | None:
        """A label that holds one of the names or is held in one (a wrong boundary)."""
        folded = {fold(name) for name in names if len(fold(name)) >= 2}
        return next((label for label in sorted(labels) if len(fold(label)) >= 2
                     and any(fold(label) in name or name in fold(label) for name in folded)), None)

    # -- the kinds -------------------------------------------------------------------------
    def missed_entity(self, eid: str) -> Error:
        gold = self.entities[eid]
        typed = self.nodes_of.get(eid)
        if typed:
            return Error("missed entity: wrong type",
                         f"{self.name(eid)}: {gold['type']} read as {self.kg.entity(typed[0])['type']}")
        for node, data in self.kg.entities():
            label = self.overlapping(gold["names"], data["labels"])
            if label is not None:
                return Error("missed entity: wrong boundary", f"{self.name(eid)} read as {label}")
        return Error(f"missed entity: never found ({gold['type']})", self.name(eid))

    def false_entity(self, node: str) -> Error:
        data = self.kg.entity(node)
        if self.matches[node]:
            types = "/".join(sorted({self.entities[e]["type"] for e in self.matches[node]}))
            return Error("false entity: wrong type", f"{data['label']}: {data['type']}, gold {types}")
        for eid, gold in self.entities.items():
            if self.overlapping(gold["names"], data["labels"]) is not None:
                return Error("false entity: wrong boundary", f"{data['label']} (gold {self.name(eid)})")
        families = "+".join(sorted(_families(data.get("mechanisms"))))
        return Error(f"false entity by {families}", f"{data['label']} ({data['type']})")

    def missed_fact(self, head: str, relation: str, tail: str) -> Error:
        fact = f"{self.name(head)} {relation} {self.name(tail)}"
        lost = [self.name(eid) for eid in (head, tail) if not self.nodes_of.get(eid)]
        if lost:
            return Error("missed fact: an end never found", f"{fact} ({', '.join(lost)} not found)")
        pairs = [(h, t) for h in self.nodes_of[head] for t in self.nodes_of[tail]]
        if relation not in SYMMETRIC_RELATIONS and any((t, relation, h) in self.predicted for h, t in pairs):
            return Error("missed fact: read the wrong way round", fact)
        other = next((self.predicted_pairs[pair] for pair in pairs if pair in self.predicted_pairs), None)
        if other is not None:
            return Error("missed fact: read as another relation", f"{fact} (read as {other})")
        if relation == "jurisdiction":
            places = sorted(self.label(t) for h, r, t in self.predicted if r == relation and h in self.nodes_of[head])
            if places:
                return Error("missed fact: another jurisdiction read", f"{fact} (read as {', '.join(places)})")
        return Error("missed fact: both ends found, no rule", fact)

    def false_fact(self, head: str, relation: str, tail: str) -> Error:
        rules = self.predicted[(head, relation, tail)]
        fact = f"{self.label(head)} {relation} {self.label(tail)} [{', '.join(sorted(rules)) or 'unnamed'}]"
        heads, tails = self.matches[head], self.matches[tail]
        if not heads or not tails:
            return Error("false fact: an end no gold entity", fact)
        if relation == "jurisdiction" and any(h in heads and r == "jurisdiction" for h, r, _ in self.gold_facts):
            return Error("false fact: wrong jurisdiction", fact)
        if any((t, relation, h) in self.gold_facts for h in heads for t in tails):
            return Error("false fact: wrong way round", fact)
        # sorted: a name matching several gold entities names the same one on every run
        other = next((self.gold_pairs[(h, t)] for h in sorted(heads) for t in sorted(tails) if (h, t) in self.gold_pairs),
                     None)
        if other is not None:
            return Error("false fact: wrong relation", f"{fact} (gold {other})")
        return Error(f"false fact by {'+'.join(sorted(_families(rules)))}", fact)


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
            result["error_kinds"] = self.error_rows()
            result["errors"] = {d.document: {"missed": d.missed, "spurious": d.spurious,
                                             "missed_entities": d.missed_entities,
                                             "spurious_entities": d.spurious_entities,
                                             "kinds": [[error.kind, error.example] for error in d.errors]}
                                for d in self.documents}
        return result

    def error_kinds(self) -> Counter:
        """How many misses and false predictions of each kind (kg.evaluate.Error)."""
        return Counter(error.kind for document in self.documents for error in document.errors)

    def error_rows(self, limit: int | None = 10) -> list[dict]:
        """The ``limit`` most frequent error kinds, each with its count and its first
        example (document: names)."""
        examples: dict[str, str] = {}
        for document in self.documents:
            for error in document.errors:
                examples.setdefault(error.kind, f"{document.document}: {error.example}")
        return [{"kind": kind, "count": count, "example": examples[kind]}
                for kind, count in self.error_kinds().most_common(limit)]

    def rule_rows(self) -> list[dict]:
        """Per rule family (names: the mechanisms that found the entities' mentions;
        facts: the rules that read the facts): how many predictions it had a part in, how
        many of them gold has, its precision, and how many it alone made; most productive
        first."""
        counts: dict[tuple[str, str], list[int]] = {}
        for stage, attribute in (("names", "entity_outcomes"), ("facts", "fact_outcomes")):
            for document in self.documents:
                for outcome in getattr(document, attribute):
                    for one in outcome.families:
                        figures = counts.setdefault((stage, one), [0, 0, 0])
                        figures[0] += 1
                        figures[1] += outcome.right
                        figures[2] += len(outcome.families) == 1
        rows = [{"stage": stage, "family": one, "produced": produced, "right": right,
                 "precision": round(right / produced, 3), "sole": sole}
                for (stage, one), (produced, right, sole) in counts.items()]
        return sorted(rows, key=lambda row: (row["stage"] != "names", -row["produced"], row["family"]))


def evaluate_documents(pipeline, paths, gold_dir: str | Path, min_confidence: float = 0.0,
                       without=None) -> Evaluation:
    """Build each document that has a gold file on its own (``pipeline``: a
    kg.pipeline.Pipeline; ``without``: a kg.pipeline.Without, rule families left out)
    and score it; documents without gold are left out."""
    return score_all(pipeline, [(path, load_gold(gold)) for path in paths
                                if (gold := gold_for(path, gold_dir)) is not None], min_confidence, without)


def score_all(pipeline, documents: list[tuple[str | Path, dict]], min_confidence: float = 0.0,
              without=None) -> Evaluation:
    """Build each (path, gold) document on its own and score it."""
    return Evaluation([score_document(pipeline.graph([pipeline.process(path) if without is None
                                                      else pipeline.process(path, without)], min_confidence), gold)
                       for path, gold in documents])


def by_rule(pipeline, documents: list[tuple[str | Path, dict]], min_confidence: float = 0.0,
            base: Evaluation | None = None) -> list[dict]:
    """``Evaluation.rule_rows`` of the (path, gold) documents, each row with what leaving
    its family out does to entity and relation F1: every document is built again
    without the family (kg.pipeline.Without: the family does not run) and scored; ``entity_f1_change`` and
    ``relation_f1_change`` are the F1 without it minus the F1 with it (below zero: the
    family earns its place).  ``base``: the documents' evaluation, if already made."""
    from .pipeline import Without
    base = base or score_all(pipeline, documents, min_confidence)
    entity_f1, relation_f1 = base.total("entities").f1, base.total("relations").f1
    rows = base.rule_rows()
    for row in rows:
        left_out = frozenset({row["family"]})
        without = Without(names=left_out) if row["stage"] == "names" else Without(facts=left_out)
        after = score_all(pipeline, documents, min_confidence, without)
        row["entity_f1_change"] = round(after.total("entities").f1 - entity_f1, 3) + 0.0  # never -0.0
        row["relation_f1_change"] = round(after.total("relations").f1 - relation_f1, 3) + 0.0
    return rows


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
