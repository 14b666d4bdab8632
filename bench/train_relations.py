"""Train the relation classifier (kg.learn, kg.facts.learned) on the annotated sets and
write data/model/relations.json; with --cv, measure it first, leaving one set out at a
time, with the real scorer (kg.evaluate): relation F1 of the rules alone and of the
rules with the learned family, per set and per relation.

    .venv/bin/python bench/train_relations.py            # train on every set, write the model
    .venv/bin/python bench/train_relations.py --cv       # the leave-one-set-out table, then train

Each document is built once with the rules (the learned family records its candidates
and adds nothing); the candidates and the rules' results are cached as JSON under
/tmp/kg-relations (keyed by the document and the pipeline's version, so a rule change
builds again).  Labels are distant: a candidate (a, b) is positive for R where the
document's gold has (the gold entity of a, R, the gold entity of b) in the same item (any
item where gold names no item of the document).  Thresholds are chosen on the training
sets only, from predictions out of fold (the training sets in three groups).
Never the sets of HELD_OUT: they are held out.
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

import numpy as np  # noqa: E402

from kg import learn, records  # noqa: E402
from kg.evaluate import Evaluation, gold_for, in_both_scripts, load_gold, score_document  # noqa: E402
from kg.graph import fold, search_keys  # noqa: E402
from kg.ingest import discover  # noqa: E402
from kg.model import SYMMETRIC_RELATIONS, Fact  # noqa: E402
from kg.script import simplified_name  # noqa: E402

HELD_OUT = ("fresh19", "fresh20")  # the judge and the held-out set: never trained on
SETS = ("seeds", "dev", "heldout", "unseen", "fresh", *(f"fresh{n}" for n in range(2, 19)))
GAIN_F1 = 0.7  # the relation F1 a new fact is weighed against: it helps if it is true more than F1/2 of the time
MIN_DOCUMENTS, MIN_SETS = 3, 2  # a feature is kept where it occurs in this many documents of this many sets
GROUPS = 3  # the training sets in this many groups for the thresholds' out-of-fold predictions
EPOCHS, RATE, L2 = 60, 0.1, 5.0
records.record(learn.Candidate)


def set_folders(name: str) -> tuple[Path, Path]:
    if name in HELD_OUT:
        raise SystemExit(f"{name} is held out: never trained on")
    if name == "seeds":
        return SHARED / "seeds", SHARED / "gold"
    return REPOSITORY / "bench" / name, REPOSITORY / "bench" / name / "gold"


def documents_of(name: str) -> list[tuple[Path, dict]]:
    folder, gold_dir = set_folders(name)
    paths = [path for path in discover([folder]) if "gold" not in path.relative_to(folder).parts]
    return [(path, load_gold(gold)) for path in paths if (gold := gold_for(path, gold_dir)) is not None]


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
        where.write_bytes(records.dumps({"result": result, "candidates": candidates}))
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
    """Every candidate of every document, with its set, labels and features."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, learn.Candidate]] = []  # (document number, candidate)
        self.labels: list[set[str]] = []
        self.in_gold: list[dict[str, bool]] = []
        self.documents: list[dict] = []  # set, path, gold, result

    def add(self, set_name: str, path: Path, gold: dict, result, candidates, kb) -> None:
        number = len(self.documents)
        self.documents.append({"set": set_name, "path": path, "gold": gold, "result": result})
        labeller = Labeller(gold, kb)
        matched = {labeller.item_of(c.item.title) for c in candidates} - {None}
        for candidate in candidates:
            self.rows.append((number, candidate))
            self.labels.append(labeller.label(candidate, matched))
            self.in_gold.append({r: labeller.in_gold(candidate, r) for r in candidate.admitted})

    def set_of(self, row: int) -> str:
        return self.documents[self.rows[row][0]]["set"]

    def freeze(self, relations: list[str]) -> None:
        """The arrays training reads: every row's features as indices (CSR), which
        documents and sets each feature occurs in, each relation's admitted rows and labels."""
        self.features = sorted({f for _, c in self.rows for f in c.features})
        index = {f: i for i, f in enumerate(self.features)}
        lists = [[index[f] for f in c.features] for _, c in self.rows]
        self.indptr = np.zeros(len(lists) + 1, dtype=np.int64)
        self.indptr[1:] = np.cumsum([len(one) for one in lists])
        self.indices = np.fromiter((i for one in lists for i in one), dtype=np.int64, count=int(self.indptr[-1]))
        self.row_document = np.array([n for n, _ in self.rows], dtype=np.int64)
        self.set_names = sorted({d["set"] for d in self.documents})
        self.document_set = np.array([self.set_names.index(d["set"]) for d in self.documents], dtype=np.int64)
        pairs = np.unique(np.stack([np.repeat(self.row_document, np.diff(self.indptr)), self.indices]), axis=1)
        self.pair_document, self.pair_feature = pairs[0], pairs[1]
        set_pairs = np.unique(np.stack([self.document_set[self.pair_document], self.pair_feature]), axis=1)
        self.set_of_pair, self.set_feature = set_pairs[0], set_pairs[1]
        self.admits = {r: np.array([r in c.admitted for _, c in self.rows]) for r in relations}
        self.positive = {r: np.array([r in labels for labels in self.labels]) for r in relations}


def vocabulary(table: Table, rows: list[int]) -> np.ndarray:
    """Which features the rows' training keeps (a mask over table.features): those of at
    least MIN_DOCUMENTS documents of at least MIN_SETS sets among the rows'."""
    numbers = np.unique(table.row_document[rows])
    documents = np.zeros(len(table.documents), dtype=bool)
    documents[numbers] = True
    in_documents = np.bincount(table.pair_feature[documents[table.pair_document]], minlength=len(table.features))
    sets = np.zeros(len(table.set_names), dtype=bool)
    sets[np.unique(table.document_set[numbers])] = True
    in_sets = np.bincount(table.set_feature[sets[table.set_of_pair]], minlength=len(table.features))
    return (in_documents >= MIN_DOCUMENTS) & (in_sets >= MIN_SETS)


def train(table: Table, rows: list[int], relations: list[str], seed: int = 0) -> dict:
    """One logistic regression per relation over ``rows``: relation -> (feature-keyed
    weights, bias), by full-batch gradient descent (Adam) with an L2 penalty."""
    rows = np.asarray(sorted(rows), dtype=np.int64)
    kept = vocabulary(table, rows)
    local = np.full(len(table.features), -1, dtype=np.int64)
    local[kept] = np.arange(int(kept.sum()))
    names = [table.features[i] for i in np.flatnonzero(kept)]
    out = {}
    for relation in relations:
        chosen = rows[table.admits[relation][rows]]
        y = table.positive[relation][chosen].astype(np.float64)
        if y.sum() < 3:
            continue
        lengths = table.indptr[chosen + 1] - table.indptr[chosen]
        starts = np.repeat(table.indptr[chosen], lengths)
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        indices = local[table.indices[starts + offsets]]
        row_of = np.repeat(np.arange(len(chosen)), lengths)
        keep = indices >= 0
        weights, bias = _fit(indices[keep], row_of[keep], y, len(names), seed)
        out[relation] = ({names[i]: float(w) for i, w in enumerate(weights) if abs(w) >= 1e-3}, float(bias))
    return out


def _fit(indices: np.ndarray, row_of: np.ndarray, y: np.ndarray, width: int, seed: int) -> tuple[np.ndarray, float]:
    rng = np.random.default_rng(seed)
    n = len(y)
    weights = rng.normal(0.0, 1e-4, width)
    bias = float(np.log((y.sum() + 1) / (n - y.sum() + 1)))
    m, v = np.zeros(width + 1), np.zeros(width + 1)
    beta1, beta2 = 0.9, 0.999
    for step in range(1, EPOCHS + 1):
        z = np.bincount(row_of, weights=weights[indices], minlength=n) + bias
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        residual = (p - y) / n
        gradient = np.empty(width + 1)
        gradient[:width] = np.bincount(indices, weights=residual[row_of], minlength=width) + L2 / n * weights
        gradient[width] = residual.sum()
        m = beta1 * m + (1 - beta1) * gradient
        v = beta2 * v + (1 - beta2) * gradient ** 2
        update = RATE * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + 1e-8)
        weights -= update[:width]
        bias -= update[width]
    return weights, bias


def model_of(trained: dict, thresholds: dict[str, float | None]) -> learn.Model:
    return learn.Model({r: learn.RelationModel(w, b, thresholds.get(r)) for r, (w, b) in trained.items()}, {})


def thresholds_for(table: Table, rows: list[int], relations: list[str]) -> dict[str, float | None]:
    """Each relation's threshold, from predictions out of fold over the training sets:
    the one where the new facts (pairs no rule read) gain the most F1, weighed as true
    ones (2 - F) against false ones (F); None where no threshold gains."""
    sets = sorted({table.set_of(row) for row in rows})
    groups = [sets[i::GROUPS] for i in range(GROUPS)]
    probabilities: dict[int, dict[str, float]] = {}
    for group in groups:
        inside = [row for row in rows if table.set_of(row) not in group]
        outside = [row for row in rows if table.set_of(row) in group]
        model = model_of(train(table, inside, relations), {})
        for row in outside:
            probabilities[row] = model.scores(table.rows[row][1])
    out: dict[str, float | None] = {}
    for relation in relations:
        best: dict[tuple, tuple[float, bool]] = {}  # one new fact of a document: its highest probability
        for row in rows:
            number, candidate = table.rows[row]
            p = probabilities.get(row, {}).get(relation)
            if p is None or relation in candidate.known:
                continue
            fact = _fact_key(number, candidate, relation)
            if fact not in best or p > best[fact][0]:
                best[fact] = (p, table.in_gold[row][relation])
        out[relation] = _best_threshold(sorted(best.values(), reverse=True), relation)
    return out


def _fact_key(number: int, candidate: learn.Candidate, relation: str) -> tuple:
    head, tail = learn.key(candidate.head), learn.key(candidate.tail)
    if relation in SYMMETRIC_RELATIONS and tail < head:
        head, tail = tail, head
    return number, head, relation, tail


def _best_threshold(scored: list[tuple[float, bool]], relation: str) -> float | None:
    gain, best, threshold = 0.0, 0.0, None
    for p, right in scored:
        gain += (2 - GAIN_F1) if right else -GAIN_F1
        if gain > best and p >= 0.2:
            best, threshold = gain, p
    return None if threshold is None or best < 2.0 else round(threshold, 4)


# -- scoring with the real scorer ---------------------------------------------------------------
def scored(table: Table, builder: Builder, numbers: list[int], model: learn.Model | None
           ) -> tuple[Evaluation, int, int]:
    """The documents' evaluation with the model's facts added to the rules' (None: the
    rules alone), how many facts it added and how many of them gold has."""
    added: dict[int, list[Fact]] = defaultdict(list)
    new = right = 0
    if model is not None:
        for row, (number, candidate) in enumerate(table.rows):
            if number not in numbers:
                continue
            for relation, p in model.accepted(candidate):
                added[number].append(Fact(candidate.head, relation, candidate.tail, candidate.evidence,
                                          round(p, 3), "learned"))
    scores = []
    for number in numbers:
        document = table.documents[number]
        result = document["result"]
        if added[number]:
            result = type(result)(result.name, result.items, result.mentions, result.facts + added[number])
        scores.append(score_document(builder.pipeline.graph([result]), document["gold"]))
    evaluation = Evaluation(scores)
    if model is not None:
        for number, score in zip(numbers, scores):
            for outcome in score.fact_outcomes:
                if outcome.families == frozenset({"learned"}):
                    new += 1
                    right += outcome.right
    return evaluation, new, right


def cross_validate(table: Table, builder: Builder, relations: list[str]) -> dict:
    rows_by_set: dict[str, list[int]] = defaultdict(list)
    for row in range(len(table.rows)):
        rows_by_set[table.set_of(row)].append(row)
    per_set, per_relation = [], defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # rules tp, pred, gold; learned tp, pred, gold
    for left_out in [s for s in SETS if s in rows_by_set]:
        started = time.perf_counter()
        training = [row for s, rows in rows_by_set.items() if s != left_out for row in rows]
        thresholds = thresholds_for(table, training, relations)
        model = model_of(train(table, training, relations), thresholds)
        numbers = [n for n, d in enumerate(table.documents) if d["set"] == left_out]
        before, _, _ = scored(table, builder, numbers, None)
        after, new, right = scored(table, builder, numbers, model)
        row = {"set": left_out, "documents": len(numbers),
               "rules F1": round(before.total("relations").f1, 3), "with learned F1": round(after.total("relations").f1, 3),
               "change": round(after.total("relations").f1 - before.total("relations").f1, 3),
               "P": f"{before.total('relations').precision:.2f}->{after.total('relations').precision:.2f}",
               "R": f"{before.total('relations').recall:.2f}->{after.total('relations').recall:.2f}",
               "added": new, "added true": right,
               "thresholds": {r: t for r, t in thresholds.items() if t is not None}}
        per_set.append(row)
        for relation, score in before.per_relation().items():
            figures = per_relation[relation]
            figures[0] += score.true_positive
            figures[1] += score.predicted
            figures[2] += score.gold
        for relation, score in after.per_relation().items():
            figures = per_relation[relation]
            figures[3] += score.true_positive
            figures[4] += score.predicted
            figures[5] += score.gold
        print(f"  left out {left_out}: {row['rules F1']} -> {row['with learned F1']} ({row['change']:+.3f}), "
              f"{new} facts added, {right} true ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    relations_table = []
    for relation, (tp0, p0, g0, tp1, p1, g1) in sorted(per_relation.items()):
        relations_table.append({"relation": relation, "gold": g0, "rules F1": round(_f1(tp0, p0, g0), 3),
                                "with learned F1": round(_f1(tp1, p1, g1), 3), "added": p1 - p0,
                                "added true": tp1 - tp0})
    mean_before = sum(r["rules F1"] for r in per_set) / len(per_set)
    mean_after = sum(r["with learned F1"] for r in per_set) / len(per_set)
    return {"per_set": per_set, "per_relation": relations_table,
            "mean": {"rules F1": round(mean_before, 3), "with learned F1": round(mean_after, 3),
                     "change": round(mean_after - mean_before, 3)}}


def _f1(tp: int, predicted: int, gold: int) -> float:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def markdown(rows: list[dict], columns: list[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(row[c]) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(REPOSITORY), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS,
                        help="train on these sets only (every set unless given)")
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out table first")
    parser.add_argument("--cv-only", action="store_true", help="the table only, no model written")
    parser.add_argument("--out", type=Path, default=learn.MODEL_FILE)
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    parser.add_argument("--enable", action="store_true",
                        help="mark the model enabled without --cv (by default only a cross-validation whose mean "
                        "left-out relation F1 rises enables it)")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    builder = Builder()
    table = Table()
    for name in options.sets or SETS:
        documents = documents_of(name)
        for path, gold in documents:
            result, candidates = builder.build(path)
            table.add(name, path, gold, result, candidates, builder.pipeline.kb)
        print(f"{name}: {len(documents)} documents", file=sys.stderr)
    positives = sum(1 for labels in table.labels if labels)
    print(f"{len(table.documents)} documents ({builder.built} built, {builder.cached} from the cache), "
          f"{len(table.rows)} candidates, {positives} with a gold relation ({time.perf_counter() - started:.0f} s)",
          file=sys.stderr)
    relations = sorted({r for c in table.rows for r in c[1].admitted})
    table.freeze(relations)
    enabled, summary = options.enable, None
    if options.cv or options.cv_only:
        report = cross_validate(table, builder, relations)
        print("\nLeft-out set: relation F1, rules alone and with the learned family\n")
        print(markdown(report["per_set"], ["set", "documents", "rules F1", "with learned F1", "change", "P", "R",
                                           "added", "added true"]))
        print(f"\nmean over sets: {report['mean']['rules F1']} -> {report['mean']['with learned F1']} "
              f"({report['mean']['change']:+.3f})\n")
        print(markdown(report["per_relation"], ["relation", "gold", "rules F1", "with learned F1", "added",
                                                "added true"]))
        if options.json:
            options.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))
        if options.cv_only:
            return 0
        enabled = report["mean"]["change"] > 0
        summary = {"mean": report["mean"], "per_set": {row["set"]: [row["rules F1"], row["with learned F1"]]
                                                       for row in report["per_set"]}}
    rows = list(range(len(table.rows)))
    thresholds = thresholds_for(table, rows, relations)
    trained = train(table, rows, relations)
    sets = sorted({d["set"] for d in table.documents})
    data = {"format": learn.FORMAT, "enabled": enabled, "trained_on": sets, "commit": commit(),
            "documents": len(table.documents), "candidates": len(table.rows), "cross_validation": summary,
            "relations": {r: {"bias": round(b, 4), "threshold": thresholds.get(r),
                              "weights": {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.005}}
                          for r, (weights, b) in sorted(trained.items())}}
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {options.out}: {'enabled' if enabled else 'DISABLED (no cross-validated gain)'}, "
          f"{len(trained)} relations, thresholds "
          f"{ {r: t for r, t in thresholds.items() if t is not None} } ({time.perf_counter() - started:.0f} s)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
