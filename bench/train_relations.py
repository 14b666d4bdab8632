"""Train the relation classifier (kg.learn, kg.facts.learned) on the real-text corpus's
development part (bench/real, its dev documents only) together with the written sets, and
write data/model/relations.json; with --cv, measure it first out of fold, with the real
scorer (kg.evaluate): relation P / R / F1 of the rules alone and of the rules with the
learned family, per relation, on the real dev part (per kind) and on the written sets.

    .venv/bin/python bench/train_relations.py            # train on everything, write the model
    .venv/bin/python bench/train_relations.py --cv       # the out-of-fold table, then train

Folds: every real dev document is grouped by its outlet (the manifest's ``outlet``, its
parenthesis dropped: Mondaq and Mondaq (中文) are one), every written document by its set;
the groups go to FOLDS folds, each balanced by documents, in an order fixed by the
groups' names (no random state).  A fold's documents are scored by a model trained on the
other folds, its thresholds chosen on those other folds only (their groups in three, from
predictions out of fold again).  A relation is enabled in the written model where its
out-of-fold relation F1 on the real dev part rises and the written sets' F1 falls by no
more than WRITTEN_SLACK; the learned family adds nothing for the others.

Vetoes: each relation also gets a second regression over the candidates whose sentence a
rule read it in (the rules' facts), labelled by gold (the fact in the document's gold), with
every feature (which family read it among them: a family's precision is a prior).  Its
threshold is chosen on out-of-fold predictions of the training folds (a fact is scored by its
best sentence; the threshold below which dropping facts gains most, at most VETO_PRECISION of
them right), and the fold's documents are scored with the rules' facts below it dropped: the
table counts the facts each veto dropped, right and wrong, per relation and kind.  A veto is
written (enabled) where it raises the relation's out-of-fold F1 on the real dev part and the
part's F1, and the written sets' F1 of the relation falls by no more than WRITTEN_SLACK.
--written-weight weighs the written sets' rows against the real dev part's (0: real only).

Each document is built once with the rules (the learned family records its candidates
and adds nothing); the candidates and the rules' results are cached as JSON under
/tmp/kg-relations (keyed by the document and the pipeline's version, so a rule change
builds again).  Labels are distant: a candidate (a, b) is positive for R where the
document's gold has (the gold entity of a, R, the gold entity of b) in the same item (any
item where gold names no item of the document).  Never the judge part of bench/real, nor
the written sets of HELD_OUT.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED") or REPOSITORY.parent / "shared")
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "bench" / "real"))

import numpy as np  # noqa: E402

import corpus  # noqa: E402  bench/real/corpus.py
from kg import learn, records  # noqa: E402
from kg.evaluate import Evaluation, Score, gold_for, in_both_scripts, load_gold, score_document  # noqa: E402
from kg.graph import fold, search_keys  # noqa: E402
from kg.ingest import discover  # noqa: E402
from kg.model import SYMMETRIC_RELATIONS, Fact  # noqa: E402
from kg.script import simplified_name  # noqa: E402

HELD_OUT = ("fresh19", "fresh20")  # the judge and the held-out set: never trained on
REAL = "real-dev"  # the real-text corpus's development part (bench/real); its judge part is never read
WRITTEN = ("seeds", "dev", "heldout", "unseen", "fresh", *(f"fresh{n}" for n in range(2, 19)))
SETS = (REAL, *WRITTEN)
GAIN_F1 = 0.7  # the relation F1 a new fact is weighed against: it helps if it is true more than F1/2 of the time
MIN_GAIN = 2.0  # a threshold is set where the facts it adds gain at least this much (two true facts, about)
MIN_PRECISION = 0.5  # and where at least half the facts it adds are right, out of fold (the real dev part's precision is 0.83)
RESIDUAL = False  # fit each relation on the pairs no rule read it for (what it may add), not on every pair
MIN_DOCUMENTS, MIN_GROUPS = 3, 2  # a feature is kept where it occurs in this many documents of this many groups
GROUPS = 3  # the training groups in this many for the thresholds' out-of-fold predictions
FOLDS = 5  # the cross-validation's folds (real outlets and written sets, each balanced by documents)
WRITTEN_SLACK = 0.005  # the most a relation's written-set F1 may fall, out of fold, for it to be enabled
EPOCHS, RATE, L2 = 60, 0.1, 5.0
WRITTEN_WEIGHT = 1.0  # a written document's rows weigh this much against a real dev document's (0: real dev only)
VETO = True  # train each relation's veto over its rule facts too, and measure it out of fold
VETO_PRECISION = 0.3  # a veto's threshold drops rule facts right at most this share of the time, out of fold
VETO_MAX = 0.5  # and is no higher than this probability
# a veto without the features saying which rules read what (--veto-plain): the rule facts' context only
RULE_FEATURES = ("r:", "rb:", "rs:", "rd:", "hr:", "tr:")
VETO_PLAIN = False
records.record(learn.Candidate)


def set_folders(name: str) -> tuple[Path, Path]:
    if name in HELD_OUT:
        raise SystemExit(f"{name} is held out: never trained on")
    if name == "seeds":
        return SHARED / "seeds", SHARED / "gold"
    return REPOSITORY / "bench" / name, REPOSITORY / "bench" / name / "gold"


def outlet_group(outlet: str) -> str:
    """An outlet's group: its name without a parenthesis (Mondaq (中文), Mondaq: one outlet)."""
    return outlet.split(" (")[0].split("（")[0].strip().lower() or "?"


def documents_of(name: str) -> list[tuple[Path, dict, str, str]]:
    """(path, gold, kind, group) of a set's documents: a written set's are its own group
    (kind "written"); the real dev part's, their kind and outlet (the judge part never)."""
    if name == REAL:
        return real_documents()
    folder, gold_dir = set_folders(name)
    paths = [path for path in discover([folder]) if "gold" not in path.relative_to(folder).parts]
    return [(path, load_gold(gold), "written", name) for path in paths
            if (gold := gold_for(path, gold_dir)) is not None]


def real_documents() -> list[tuple[Path, dict, str, str]]:
    out = []
    for row in corpus.documents():
        if row.get("part") != "dev":
            continue  # the judge part: never read
        path = corpus.root() / "sets" / "dev" / row["kind"] / f"{row['id']}.txt"
        gold = corpus.GOLD / f"{row['id']}.txt.json"
        if path.is_file() and gold.is_file():
            out.append((path, load_gold(gold), row["kind"], "outlet:" + outlet_group(row.get("outlet") or "")))
    return sorted(out, key=lambda one: one[0].name)


# -- building: candidates and the rules' result, cached -------------------------------------
class Builder:
    def __init__(self) -> None:
        os.environ["KG_RELATION_MODEL"] = os.devnull  # building for training reads no model
        from kg.pipeline import Pipeline, pipeline_version
        self.pipeline = Pipeline()
        self.version = pipeline_version()
        self.cache = Path(os.environ.get("KG_RELATION_CACHE") or "/tmp/kg-relations")
        self.cache.mkdir(parents=True, exist_ok=True)
        self.built = self.cached = 0

    def build(self, path: Path) -> tuple[object, list[learn.Candidate]]:
        from kg.facts import learned
        digest = hashlib.sha256(path.read_bytes() + b"\0" + path.name.encode()).hexdigest()[:32]
        where = self.cache / f"{digest}-{self.version}{records.SUFFIX}"
        if where.is_file():
            try:
                stored = records.loads(where.read_bytes())
                self.cached += 1
                return stored["result"], stored["candidates"]
            except (records.RecordError, KeyError, TypeError):
                pass
        with learned.collecting(self.pipeline.extractor) as candidates:
            result = self.pipeline.process(path)
        partial = where.with_suffix(where.suffix + ".part")
        partial.write_bytes(records.dumps({"result": result, "candidates": candidates}))
        partial.replace(where)
        self.built += 1
        return result, candidates


# -- labels ----------------------------------------------------------------------------------
class Labeller:
    """Gold entities of a mention and gold facts of an item, for one document."""

    def __init__(self, gold: dict, kb) -> None:
        self.kb = kb
        self.names = {e["id"]: set().union(*map(in_both_scripts, e["names"])) for e in gold["entities"]}
        self.by_key: dict[str, set[str]] = defaultdict(set)
        for eid, keys in self.names.items():
            for k in keys:
                self.by_key[k].add(eid)
        self.facts: set[tuple[str, str, str]] = set()
        self.item_facts: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for r in gold["relations"]:
            fact = (r["head"], r["relation"], r["tail"])
            self.facts.add(fact)
            if r["relation"] in SYMMETRIC_RELATIONS:
                self.facts.add((r["tail"], r["relation"], r["head"]))
            item = _item_key(r.get("item") or "")
            self.item_facts[item].add(fact)
            if r["relation"] in SYMMETRIC_RELATIONS:
                self.item_facts[item].add((r["tail"], r["relation"], r["head"]))
        self.unplaced: set[tuple[str, str, str]] = set()  # facts of items no candidate's item matches
        self.seen_items: set[str] = set()

    def entities(self, mention) -> set[str]:
        names = {mention.text, mention.canonical or "", *mention.aliases}
        entry = self.kb.entries.get(mention.kb_id or "")
        if entry is not None:
            names |= set(entry.names)
        return {eid for name in names if name for k in search_keys(name) for eid in self.by_key.get(k, ())}

    def item_of(self, title: str) -> str | None:
        key = _item_key(title)
        if key in self.item_facts:
            return key
        return next((k for k in self.item_facts if k and len(min(k, key, key=len)) >= 4 and (k in key or key in k)),
                    None)

    def label(self, candidate: learn.Candidate, items_matched: set[str]) -> set[str]:
        heads, tails = self.entities(candidate.head), self.entities(candidate.tail)
        if not heads or not tails:
            return set()
        item = self.item_of(candidate.item.title)
        facts = self.item_facts.get(item, set()) if item is not None else set()
        facts = facts | {f for k, fs in self.item_facts.items() if k not in items_matched for f in fs}
        return {r for h, r, t in facts if h in heads and t in tails and r in candidate.admitted}

    def in_gold(self, candidate: learn.Candidate, relation: str) -> bool:
        heads, tails = self.entities(candidate.head), self.entities(candidate.tail)
        return any((h, relation, t) in self.facts for h in heads for t in tails)


def _item_key(title: str) -> str:
    return fold(simplified_name(title))


# -- the table of all candidates ----------------------------------------------------------------
class Table:
    """Every candidate of every document, with its document's set, kind and group, its
    labels and features."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, learn.Candidate]] = []  # (document number, candidate)
        self.labels: list[set[str]] = []
        self.in_gold: list[dict[str, bool]] = []
        self.documents: list[dict] = []  # set, kind, group, path, gold, result

    def add(self, set_name: str, path: Path, gold: dict, result, candidates, kb, kind: str = "written",
            group: str | None = None) -> None:
        number = len(self.documents)
        self.documents.append({"set": set_name, "kind": kind, "group": group or set_name, "path": path,
                               "gold": gold, "result": result})
        labeller = Labeller(gold, kb)
        matched = {labeller.item_of(c.item.title) for c in candidates} - {None}
        for candidate in candidates:
            self.rows.append((number, candidate))
            self.labels.append(labeller.label(candidate, matched))
            self.in_gold.append({r: labeller.in_gold(candidate, r) for r in candidate.admitted})

    def group_of(self, row: int) -> str:
        return self.documents[self.rows[row][0]]["group"]

    def freeze(self, relations: list[str]) -> None:
        """The arrays training reads: every row's features as indices (CSR), which
        documents and groups each feature occurs in, each relation's admitted rows and labels."""
        self.features = sorted({f for _, c in self.rows for f in c.features})
        index = {f: i for i, f in enumerate(self.features)}
        lists = [[index[f] for f in c.features] for _, c in self.rows]
        self.indptr = np.zeros(len(lists) + 1, dtype=np.int64)
        self.indptr[1:] = np.cumsum([len(one) for one in lists])
        self.indices = np.fromiter((i for one in lists for i in one), dtype=np.int64, count=int(self.indptr[-1]))
        self.row_document = np.array([n for n, _ in self.rows], dtype=np.int64)
        self.group_names = sorted({d["group"] for d in self.documents})
        number = {g: i for i, g in enumerate(self.group_names)}
        self.document_group = np.array([number[d["group"]] for d in self.documents], dtype=np.int64)
        pairs = np.unique(np.stack([np.repeat(self.row_document, np.diff(self.indptr)), self.indices]), axis=1)
        self.pair_document, self.pair_feature = pairs[0], pairs[1]
        group_pairs = np.unique(np.stack([self.document_group[self.pair_document], self.pair_feature]), axis=1)
        self.group_of_pair, self.group_feature = group_pairs[0], group_pairs[1]
        self.admits = {r: np.array([r in c.admitted for _, c in self.rows]) for r in relations}
        self.positive = {r: np.array([r in labels for labels in self.labels]) for r in relations}
        # the rows a relation's model is fitted on: with RESIDUAL, those whose pair no rule read it for
        # anywhere in the document (the only ones it may add: Model.accepted), not those the rules settle
        self.fitted = {r: self.admits[r] & (np.array([r not in c.known for _, c in self.rows]) if RESIDUAL else True)
                       for r in relations}
        written = np.array([d["kind"] == "written" for d in self.documents])[self.row_document]
        self.weight = np.where(written, WRITTEN_WEIGHT, 1.0)
        # a veto's rows: the candidates whose sentence a rule read the relation in; its label, the fact in gold
        self.ruled_here = {r: self.admits[r] & np.array([f"rs:{r}" in c.features for _, c in self.rows])
                           for r in relations}
        self.right = {r: np.array([self.in_gold[row].get(r, False) for row in range(len(self.rows))])
                      for r in relations}


def vocabulary(table: Table, rows: list[int]) -> np.ndarray:
    """Which features the rows' training keeps (a mask over table.features): those of at
    least MIN_DOCUMENTS documents of at least MIN_GROUPS groups (outlets, written sets) among the rows'."""
    numbers = np.unique(table.row_document[rows])
    documents = np.zeros(len(table.documents), dtype=bool)
    documents[numbers] = True
    in_documents = np.bincount(table.pair_feature[documents[table.pair_document]], minlength=len(table.features))
    groups = np.zeros(len(table.group_names), dtype=bool)
    groups[np.unique(table.document_group[numbers])] = True
    in_groups = np.bincount(table.group_feature[groups[table.group_of_pair]], minlength=len(table.features))
    return (in_documents >= MIN_DOCUMENTS) & (in_groups >= MIN_GROUPS)


def train(table: Table, rows: list[int], relations: list[str], seed: int = 0, veto: bool = False) -> dict:
    """One logistic regression per relation over ``rows``: relation -> (feature-keyed
    weights, bias), by full-batch gradient descent (Adam) with an L2 penalty; ``veto``: each
    relation's veto, over the rows whose sentence a rule read it in, labelled by gold."""
    rows = np.asarray(sorted(rows), dtype=np.int64)
    rows = rows[table.weight[rows] > 0]
    kept = vocabulary(table, rows)
    if veto and VETO_PLAIN:
        kept &= ~np.array([f.startswith(RULE_FEATURES) for f in table.features])
    fitted, positive = (table.ruled_here, table.right) if veto else (table.fitted, table.positive)
    local = np.full(len(table.features), -1, dtype=np.int64)
    local[kept] = np.arange(int(kept.sum()))
    names = [table.features[i] for i in np.flatnonzero(kept)]
    out = {}
    for relation in relations:
        chosen = rows[fitted[relation][rows]]
        y = positive[relation][chosen].astype(np.float64)
        if y.sum() < 3 or (veto and len(y) - y.sum() < 3):
            continue
        lengths = table.indptr[chosen + 1] - table.indptr[chosen]
        starts = np.repeat(table.indptr[chosen], lengths)
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        indices = local[table.indices[starts + offsets]]
        row_of = np.repeat(np.arange(len(chosen)), lengths)
        keep = indices >= 0
        weights, bias = _fit(indices[keep], row_of[keep], y, len(names), seed, table.weight[chosen])
        out[relation] = ({names[i]: float(w) for i, w in enumerate(weights) if abs(w) >= 1e-3}, float(bias))
    return out


def _fit(indices: np.ndarray, row_of: np.ndarray, y: np.ndarray, width: int, seed: int,
         sample: np.ndarray) -> tuple[np.ndarray, float]:
    rng = np.random.default_rng(seed)
    n = len(y)
    sample = sample * (n / sample.sum())  # (weights averaging 1: the penalty weighs as before)
    weights = rng.normal(0.0, 1e-4, width)
    bias = float(np.log((y.sum() + 1) / (n - y.sum() + 1)))
    m, v = np.zeros(width + 1), np.zeros(width + 1)
    beta1, beta2 = 0.9, 0.999
    for step in range(1, EPOCHS + 1):
        z = np.bincount(row_of, weights=weights[indices], minlength=n) + bias
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        residual = sample * (p - y) / n
        gradient = np.empty(width + 1)
        gradient[:width] = np.bincount(indices, weights=residual[row_of], minlength=width) + L2 / n * weights
        gradient[width] = residual.sum()
        m = beta1 * m + (1 - beta1) * gradient
        v = beta2 * v + (1 - beta2) * gradient ** 2
        update = RATE * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + 1e-8)
        weights -= update[:width]
        bias -= update[width]
    return weights, bias


def folds(table: Table, count: int, numbers: set[int] | None = None) -> dict[int, int]:
    """Document number -> fold (0 .. count - 1) for the documents ``numbers`` (every one by
    default): whole groups to a fold, real outlets and written sets each spread so that the
    folds hold about as many documents; the order is fixed by the groups' sizes and names."""
    numbers = set(range(len(table.documents))) if numbers is None else numbers
    members: dict[str, list[int]] = defaultdict(list)
    for number in sorted(numbers):
        members[table.documents[number]["group"]].append(number)
    out: dict[int, int] = {}
    for real in (True, False):
        load = [0] * count
        groups = [g for g in members if g.startswith("outlet:") == real]
        for group in sorted(groups, key=lambda g: (-len(members[g]), hashlib.sha256(g.encode()).hexdigest())):
            chosen = min(range(count), key=lambda k: (load[k], k))
            load[chosen] += len(members[group])
            out.update((number, chosen) for number in members[group])
    return out


def model_of(trained: dict, thresholds: dict[str, float | None], vetoes: dict | None = None,
             below: dict[str, float | None] | None = None) -> learn.Model:
    """A model of these regressions and thresholds; with ``vetoes``, their vetoes (every one
    with a threshold enabled)."""
    vetoes, below = vetoes or {}, below or {}
    relations = {r: learn.RelationModel(w, b, thresholds.get(r)) for r, (w, b) in trained.items()}
    for r, (w, b) in vetoes.items():
        one = relations.setdefault(r, learn.RelationModel({}, -30.0, None))
        one.veto = learn.RelationModel(w, b, below.get(r))
    return learn.Model(relations, {})


def thresholds_for(table: Table, rows: list[int], relations: list[str]) -> dict[str, float | None]:
    """Each relation's threshold, from predictions out of fold over the training rows (their
    groups in GROUPS folds): the one where the new facts (pairs no rule read) gain the most
    F1, weighed as true ones (2 - F) against false ones (F); None where no threshold gains."""
    fold_of = folds(table, GROUPS, {table.rows[row][0] for row in rows})
    probabilities: dict[int, dict[str, float]] = {}
    for number in range(GROUPS):
        inside = [row for row in rows if fold_of[table.rows[row][0]] != number]
        outside = [row for row in rows if fold_of[table.rows[row][0]] == number]
        model = model_of(train(table, inside, relations), {})
        for row in outside:
            probabilities[row] = model.scores(table.rows[row][1])
    out: dict[str, float | None] = {}
    for relation in relations:
        best: dict[tuple, tuple[float, bool]] = {}  # one new fact of a document: its highest probability
        for row in rows:
            number, candidate = table.rows[row]
            p = probabilities.get(row, {}).get(relation)
            if p is None or relation in candidate.known or table.weight[row] == 0:
                continue
            fact = _fact_key(number, candidate, relation)
            if fact not in best or p > best[fact][0]:
                best[fact] = (p, table.in_gold[row][relation])
        out[relation] = _best_threshold(sorted(best.values(), reverse=True), relation)
    return out


def vetoes_for(table: Table, rows: list[int], relations: list[str]) -> dict[str, float | None]:
    """Each relation's veto threshold, from the vetoes' predictions out of fold over the
    training rows (their groups in GROUPS folds): a rule fact of a document is scored by its
    best sentence, and the threshold is the one below which dropping the facts gains the most
    F1 (a wrong one dropped gains F, a right one costs 2 - F) with at most VETO_PRECISION of
    them right; None where none gains MIN_GAIN."""
    fold_of = folds(table, GROUPS, {table.rows[row][0] for row in rows})
    probabilities: dict[int, dict[str, float]] = {}
    for number in range(GROUPS):
        inside = [row for row in rows if fold_of[table.rows[row][0]] != number]
        outside = [row for row in rows if fold_of[table.rows[row][0]] == number]
        vetoes = train(table, inside, relations, veto=True)
        for row in outside:
            candidate = table.rows[row][1]
            probabilities[row] = {r: learn.RelationModel(*vetoes[r], None).probability(candidate.features)
                                  for r in vetoes if table.ruled_here[r][row]}
    out: dict[str, float | None] = {}
    for relation in relations:
        best: dict[tuple, tuple[float, bool]] = {}
        for row in rows:
            p = probabilities.get(row, {}).get(relation)
            if p is None or table.weight[row] == 0:
                continue
            fact = _fact_key(table.rows[row][0], table.rows[row][1], relation)
            if fact not in best or p > best[fact][0]:
                best[fact] = (p, bool(table.right[relation][row]))
        out[relation] = _veto_threshold(sorted(best.values()))
    return out


def _veto_threshold(scored: list[tuple[float, bool]]) -> float | None:
    """The threshold (exclusive) of most gain among the lowest-scored facts, right at most VETO_PRECISION of the time."""
    gain, best, threshold, right_ones = 0.0, 0.0, None, 0
    for dropped, (p, right) in enumerate(scored, 1):
        if p >= VETO_MAX:
            break
        gain += -(2 - GAIN_F1) if right else GAIN_F1
        right_ones += right
        if gain > best and right_ones <= VETO_PRECISION * dropped:
            best, threshold = gain, p
    return None if threshold is None or best < MIN_GAIN else round(threshold + 1e-4, 4)


def _fact_key(number: int, candidate: learn.Candidate, relation: str) -> tuple:
    head, tail = learn.key(candidate.head), learn.key(candidate.tail)
    if relation in SYMMETRIC_RELATIONS and tail < head:
        head, tail = tail, head
    return number, head, relation, tail


def _best_threshold(scored: list[tuple[float, bool]], relation: str) -> float | None:
    """The threshold of most gain among those whose added facts are right at least MIN_PRECISION of the time."""
    gain, best, threshold, right_ones = 0.0, 0.0, None, 0
    for added, (p, right) in enumerate(scored, 1):
        gain += (2 - GAIN_F1) if right else -GAIN_F1
        right_ones += right
        if gain > best and p >= 0.2 and right_ones >= MIN_PRECISION * added:
            best, threshold = gain, p
    return None if threshold is None or best < MIN_GAIN else round(threshold, 4)


# -- scoring with the real scorer ---------------------------------------------------------------
def added_facts(table: Table, numbers: set[int], model: learn.Model) -> dict[int, list[Fact]]:
    """The facts the model adds to the documents ``numbers``, by document."""
    added: dict[int, list[Fact]] = defaultdict(list)
    for number, candidate in table.rows:
        if number in numbers:
            for relation, p in model.accepted(candidate):
                added[number].append(Fact(candidate.head, relation, candidate.tail, candidate.evidence,
                                          round(p, 3), "learned"))
    return added


def vetoed_marks(table: Table, numbers: set[int], model: learn.Model) -> dict[int, set[tuple]]:
    """Where the model's vetoes drop a rule fact in the documents ``numbers`` (kg.learn.mark,
    folded to Simplified: the stored results are in the document's own script), by document."""
    marks: dict[int, set[tuple]] = defaultdict(set)
    for number, candidate in table.rows:
        if number in numbers:
            marks[number].update(_folded(learn.mark(candidate, r)) for r, _ in model.vetoed(candidate))
    return marks


def _folded(mark: tuple) -> tuple:
    item, start, head, relation, tail = mark
    return simplified_name(item), start, simplified_name(head), relation, simplified_name(tail)


def document_score(table: Table, builder: Builder, number: int, added: list[Fact], marks: set[tuple] = frozenset()):
    """One document's score (kg.evaluate) with these facts added to the rules' (none: the rules
    alone), and the rule facts read where ``marks`` says left out (the vetoes')."""
    document = table.documents[number]
    result = document["result"]
    if added or marks:
        kept = [fact for fact in result.facts if _folded(learn.fact_mark(fact)) not in marks]
        result = type(result)(result.name, result.items, result.mentions, kept + added)
    return score_document(builder.pipeline.graph([result]), document["gold"])


class Tally:
    """Per relation and split (a real kind, "real" pooled, "written"): the rules' score and
    the rules' with the learned family's."""

    def __init__(self) -> None:
        self.rules: dict[tuple[str, str], Score] = defaultdict(Score)
        self.learned: dict[tuple[str, str], Score] = defaultdict(Score)
        self.screened: dict[tuple[str, str], Score] = defaultdict(Score)  # the rules' with the vetoes (no additions)

    def add(self, kind: str, before, after, screened) -> None:
        splits = ("written",) if kind == "written" else (kind, "real")
        for scores, into in ((before, self.rules), (after, self.learned), (screened, self.screened)):
            for relation, score in Evaluation([scores]).per_relation().items():
                for split in splits:
                    into[relation, split].add(score)

    def relations(self) -> list[str]:
        return sorted({r for r, _ in self.rules} | {r for r, _ in self.learned})

    def both(self, relation: str, split: str, added: bool, vetoed: bool) -> Score:
        """A relation's score with its additions and its veto, each or not: they change
        different facts (an addition is a pair no rule read the relation for), so their
        changes to the rules' counts add up."""
        rules = self.rules[relation, split]
        out = Score(rules.true_positive, rules.predicted, rules.gold, rules.recalled)
        for on, changed in ((added, self.learned[relation, split]), (vetoed, self.screened[relation, split])):
            if on:
                out.true_positive += changed.true_positive - rules.true_positive
                out.predicted += changed.predicted - rules.predicted
                out.recalled += changed.recalled - rules.recalled
        return out

    def total(self, split: str, enabled: set[str] | None = None, vetoes: set[str] = frozenset()) -> tuple[Score, Score]:
        """The split's relation score, rules alone and with the learned family of the
        ``enabled`` relations (every one where None) and the ``vetoes`` relations' vetoes."""
        before, after = Score(), Score()
        for relation in self.relations():
            before.add(self.rules[relation, split])
            after.add(self.both(relation, split, enabled is None or relation in enabled, relation in vetoes))
        return before, after


def cross_validate(table: Table, builder: Builder, relations: list[str]) -> Tally:
    """Every document scored out of fold: by a model (thresholds too) trained on the other folds."""
    fold_of = folds(table, FOLDS)
    tally = Tally()
    for number in range(FOLDS):
        started = time.perf_counter()
        training = [row for row, (n, _) in enumerate(table.rows) if fold_of[n] != number]
        held = {n for n, k in fold_of.items() if k == number}
        thresholds = thresholds_for(table, training, relations)
        below = vetoes_for(table, training, relations) if VETO else {}
        vetoes = train(table, training, relations, veto=True) if VETO else {}
        model = model_of(train(table, training, relations), thresholds, vetoes, below)
        added = added_facts(table, held, model)
        marks = vetoed_marks(table, held, model)
        for n in sorted(held):
            before = document_score(table, builder, n, [])
            after = document_score(table, builder, n, added[n]) if added[n] else before
            screened = document_score(table, builder, n, [], marks[n]) if marks[n] else before
            tally.add(table.documents[n]["kind"], before, after, screened)
        facts = sum(len(one) for one in added.values())
        print(f"  fold {number + 1} of {FOLDS}: {len(held)} documents, {facts} facts added, thresholds "
              f"{ {r: t for r, t in thresholds.items() if t is not None} }, vetoes below "
              f"{ {r: t for r, t in below.items() if t is not None} } ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr)
    return tally


def chosen(tally: Tally) -> dict[str, bool]:
    """Relation -> enabled: its out-of-fold F1 on the real dev part rises, and so does the
    real dev part's relation F1 (every relation pooled) with it; on the written sets its F1
    falls by no more than WRITTEN_SLACK."""
    out = {}
    for relation in tally.relations():
        real = tally.learned[relation, "real"].f1 - tally.rules[relation, "real"].f1
        before, after = tally.total("real", {relation})
        written = tally.learned[relation, "written"].f1 - tally.rules[relation, "written"].f1
        out[relation] = real > 0 and after.f1 > before.f1 and written >= -WRITTEN_SLACK
    return out


def chosen_vetoes(tally: Tally, enabled: dict[str, bool]) -> dict[str, bool]:
    """Relation -> its veto enabled: out of fold, the veto raises the relation's F1 on the real
    dev part and the part's relation F1 (the enabled additions with it), and lowers the written
    sets' F1 of the relation by no more than WRITTEN_SLACK."""
    on = {r for r, yes in enabled.items() if yes}
    _, base = tally.total("real", on)
    out = {}
    for relation in tally.relations():
        real = tally.screened[relation, "real"].f1 - tally.rules[relation, "real"].f1
        written = tally.screened[relation, "written"].f1 - tally.rules[relation, "written"].f1
        _, after = tally.total("real", on, {relation})
        out[relation] = real > 0 and after.f1 > base.f1 and written >= -WRITTEN_SLACK
    return out


def _dropped(tally: Tally, relation: str, split: str) -> str:
    """How many of the rules' facts a veto dropped, out of fold: right ones / wrong ones."""
    rules, screened = tally.rules[relation, split], tally.screened[relation, split]
    right = rules.true_positive - screened.true_positive
    return f"{right} / {rules.predicted - screened.predicted - right}"


def veto_report(tally: Tally, vetoes: dict[str, bool]) -> str:
    """The vetoes' out-of-fold table: per relation, the rules' facts each dropped (right / wrong),
    per real kind and on the written sets, and the F1 with it."""
    kinds = " | ".join(f"{kind} dropped right / wrong" for kind in corpus.KINDS)
    lines = [f"| relation | real rules P / R / F1 | real + veto P / R / F1 | real dropped right / wrong | {kinds} | "
             "written dropped right / wrong | written F1 change | enabled |", "|" + "---|" * (8 + len(corpus.KINDS))]
    for relation in tally.relations():
        rules, screened = tally.rules[relation, "real"], tally.screened[relation, "real"]
        if rules.predicted == screened.predicted and tally.rules[relation, "written"].predicted == \
                tally.screened[relation, "written"].predicted:
            continue
        written = tally.screened[relation, "written"].f1 - tally.rules[relation, "written"].f1
        lines.append(f"| {relation} | {_prf(rules)} | {_prf(screened)} | {_dropped(tally, relation, 'real')} | "
                     + " | ".join(_dropped(tally, relation, kind) for kind in corpus.KINDS)
                     + f" | {_dropped(tally, relation, 'written')} | {written:+.3f} | "
                       f"{'yes' if vetoes.get(relation) else 'no'} |")
    return "\n".join(lines)


def _prf(score: Score) -> str:
    return f"{score.precision:.2f} / {score.recall:.2f} / {score.f1:.3f}"


def report(tally: Tally, enabled: dict[str, bool], vetoes: dict[str, bool]) -> str:
    """The out-of-fold tables: per relation (real dev, written sets), per kind."""
    lines = ["| relation | real gold | real rules P / R / F1 | real + learned P / R / F1 | real change | "
             "added (true), net | written rules F1 | written + learned F1 | enabled |", "|" + "---|" * 9]
    for relation in tally.relations():
        before, after = tally.rules[relation, "real"], tally.learned[relation, "real"]
        written = tally.rules[relation, "written"], tally.learned[relation, "written"]
        added, right = after.predicted - before.predicted, after.true_positive - before.true_positive
        lines.append(f"| {relation} | {before.gold} | {_prf(before)} | {_prf(after)} | {after.f1 - before.f1:+.3f} | "
                     f"{added} ({right}) | {written[0].f1:.3f} | {written[1].f1:.3f} | "
                     f"{'yes' if enabled.get(relation) else 'no'} |")
    on = {r for r, yes in enabled.items() if yes}
    vetoed = {r for r, yes in vetoes.items() if yes}
    lines += ["", "| split | rules P / R / F1 | + learned, every relation | + learned, enabled relations | "
              "+ enabled vetoes |", "|---|---|---|---|---|"]
    for split in (*corpus.KINDS, "real", "written"):
        before, every = tally.total(split)
        _, some = tally.total(split, on)
        _, screened = tally.total(split, on, vetoed)
        if before.gold:
            lines.append(f"| {split} | {_prf(before)} | {_prf(every)} | {_prf(some)} | {_prf(screened)} |")
    return "\n".join(lines + ["", "Vetoes (out of fold; the rules' facts each dropped):", "", veto_report(tally, vetoes)])


def summary_of(tally: Tally, enabled: dict[str, bool], vetoes: dict[str, bool]) -> dict:
    """What the model file says of its cross-validation: per split and relation, F1 rules
    alone and with the learned family (the enabled relations' additions and vetoes), out of fold."""
    on = {r for r, yes in enabled.items() if yes}
    vetoed = {r for r, yes in vetoes.items() if yes}
    splits = {}
    for split in (*corpus.KINDS, "real", "written"):
        before, after = tally.total(split, on, vetoed)
        if before.gold:
            splits[split] = [round(before.f1, 3), round(after.f1, 3)]
    relations = {r: {"real": [round(tally.rules[r, "real"].f1, 3), round(tally.learned[r, "real"].f1, 3)],
                     "written": [round(tally.rules[r, "written"].f1, 3), round(tally.learned[r, "written"].f1, 3)],
                     "vetoed": {split: [round(tally.screened[r, split].f1, 3),
                                        tally.rules[r, split].true_positive - tally.screened[r, split].true_positive,
                                        tally.rules[r, split].predicted - tally.screened[r, split].predicted]
                                for split in ("real", "written")}}
                 for r in tally.relations()}
    return {"folds": FOLDS, "grouped_by": "outlet (real dev), set (written)", "splits": splits,
            "relations": relations}


def commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(REPOSITORY), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS,
                        help="train on these sets only (every set unless given; real-dev: the real dev part)")
    parser.add_argument("--cv", action="store_true", help="the out-of-fold table first; it decides which "
                        "relations are enabled")
    parser.add_argument("--cv-only", action="store_true", help="the table only, no model written")
    parser.add_argument("--out", type=Path, default=learn.MODEL_FILE)
    parser.add_argument("--json", type=Path, help="also write the cross-validation's summary as JSON here")
    parser.add_argument("--decided", type=Path, help="the relations to enable from an earlier --json (no --cv)")
    parser.add_argument("--enable", action="append", default=[], metavar="RELATION",
                        help="enable this relation whatever cross-validation says (for experiments)")
    parser.add_argument("--disable", action="append", default=[], metavar="RELATION",
                        help="never let this relation add, whatever cross-validation says (a check cross-validation "
                        "cannot make found it wrong: say which in the commit)")
    parser.add_argument("--gain-f1", type=float, default=GAIN_F1, help="the relation F1 a new fact is weighed "
                        "against when thresholds are chosen (default %(default)s)")
    parser.add_argument("--min-gain", type=float, default=MIN_GAIN, help="the least gain a threshold must bring "
                        "(default %(default)s)")
    parser.add_argument("--min-precision", type=float, default=MIN_PRECISION, help="the least share of right facts "
                        "among those a threshold adds, out of fold (default %(default)s)")
    parser.add_argument("--residual", action="store_true", help="fit each relation on the pairs no rule read it "
                        "for only (what the family may add)")
    parser.add_argument("--written-weight", type=float, default=WRITTEN_WEIGHT, help="how much a written "
                        "document's rows weigh against a real dev document's (0: train on the real dev part only; "
                        "default %(default)s)")
    parser.add_argument("--no-veto", action="store_true", help="train no vetoes of the rules' facts")
    parser.add_argument("--veto-plain", action="store_true", help="vetoes without the features saying which rules "
                        "read what")
    parser.add_argument("--veto-precision", type=float, default=VETO_PRECISION, help="the most share of right "
                        "facts among those a veto drops, out of fold (default %(default)s)")
    options = parser.parse_args(argv)
    globals().update(GAIN_F1=options.gain_f1, MIN_GAIN=options.min_gain, MIN_PRECISION=options.min_precision,
                     RESIDUAL=options.residual, WRITTEN_WEIGHT=options.written_weight, VETO=not options.no_veto,
                     VETO_PLAIN=options.veto_plain, VETO_PRECISION=options.veto_precision)
    started = time.perf_counter()
    builder = Builder()
    table = Table()
    for name in options.sets or SETS:
        documents = documents_of(name)
        for path, gold, kind, group in documents:
            result, candidates = builder.build(path)
            table.add(name, path, gold, result, candidates, builder.pipeline.kb, kind, group)
        print(f"{name}: {len(documents)} documents", file=sys.stderr)
    positives = sum(1 for labels in table.labels if labels)
    print(f"{len(table.documents)} documents ({builder.built} built, {builder.cached} from the cache), "
          f"{len(table.rows)} candidates, {positives} with a gold relation ({time.perf_counter() - started:.0f} s)",
          file=sys.stderr)
    relations = sorted({r for c in table.rows for r in c[1].admitted})
    table.freeze(relations)
    enabled: dict[str, bool] = {}
    vetoes: dict[str, bool] = {}
    summary = None
    if options.cv or options.cv_only:
        tally = cross_validate(table, builder, relations)
        enabled = chosen(tally)
        vetoes = chosen_vetoes(tally, enabled) if VETO else {}
        summary = summary_of(tally, enabled, vetoes) | {"enabled": enabled, "vetoes": vetoes,
                                                        "written_weight": WRITTEN_WEIGHT}
        print(f"\nOut of fold ({FOLDS} folds; real dev grouped by outlet, written sets by set): relation "
              f"P / R / F1, the rules alone and with the learned family\n")
        print(report(tally, enabled, vetoes))
        if options.json:
            options.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
        if options.cv_only:
            return 0
    elif options.decided:
        summary = json.loads(options.decided.read_text(encoding="utf-8"))
        enabled, vetoes = summary["enabled"], summary.get("vetoes", {})
    enabled = {r: (bool(enabled.get(r)) or r in options.enable) and r not in options.disable for r in relations}
    write_model(table, relations, enabled, vetoes, summary, options.out)
    print(f"wrote {options.out}: enabled {sorted(r for r, on in enabled.items() if on) or 'none'} "
          f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


def write_model(table: Table, relations: list[str], enabled: dict[str, bool], vetoes: dict[str, bool], summary,
                out: Path) -> None:
    """Train on every document and write the model (JSON, atomically): per relation its
    weights, bias, threshold (chosen on out-of-fold predictions), whether it is enabled, and
    its veto where one is enabled (its regression and the threshold below which a rule fact
    is dropped).  A relation neither adds nor vetoes: its weights are left out (the file stays small)."""
    rows = list(range(len(table.rows)))
    thresholds = thresholds_for(table, rows, relations)
    trained = train(table, rows, relations)
    on = {r: enabled.get(r, False) and thresholds.get(r) is not None for r in trained}
    wanted = [r for r, yes in vetoes.items() if yes]
    below = vetoes_for(table, rows, wanted) if wanted else {}
    checks = {r: one for r, one in (train(table, rows, wanted, veto=True) if wanted else {}).items()
              if below.get(r) is not None}
    relations_out = {}
    for r in sorted(set(trained) | set(checks)):
        weights, b = trained.get(r, ({}, -30.0))
        relations_out[r] = {"enabled": on.get(r, False), "bias": round(b, 4), "threshold": thresholds.get(r),
                            "weights": _rounded(weights) if on.get(r) else {}}
        if r in checks:
            relations_out[r]["veto"] = {"bias": round(checks[r][1], 4), "threshold": below[r],
                                        "weights": _rounded(checks[r][0])}
    data = {"format": learn.FORMAT, "enabled": any(on.values()) or bool(checks),
            "trained_on": sorted({d["set"] for d in table.documents if d["kind"] != "written" or WRITTEN_WEIGHT > 0}),
            "commit": commit(),
            "documents": len(table.documents), "candidates": len(table.rows), "written_weight": WRITTEN_WEIGHT,
            "cross_validation": summary, "relations": relations_out}
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(out.suffix + ".part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    partial.replace(out)


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.005}


if __name__ == "__main__":
    sys.exit(main())
