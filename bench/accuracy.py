"""The accuracy section of the README, as markdown: the scores of `kg evaluate` on the
development seeds beside those on documents held out from development, per relation, and
per rule family on the seeds (`kg evaluate --by-rule`).

    .venv/bin/python bench/accuracy.py                      # seeds and bench/heldout
    .venv/bin/python bench/accuracy.py --unseen bench/unseen --errors --rules-held-out
    .venv/bin/python bench/accuracy.py --dev bench/heldout --dev bench/unseen --unseen bench/fresh
    .venv/bin/python bench/accuracy.py --dev bench/fresh8 --judge bench/fresh9 --unseen bench/fresh11

A folder given with ``--dev`` is scored the same way but shown as development data: a set
that was held out once and has been tuned on since.  A folder given with ``--judge`` is shown
as a judge set: engineers ran the scorer on it to decide whether a change carried, and never
read its documents or errors.
A held-out folder holds ``gold/`` and one folder of documents per kind (newsletter,
news, ...), each scored on its own and all together; a folder without such subfolders
is one kind.  Each document is built on its own, as `kg evaluate` does.  Only figures
are printed (error kinds as counts, without examples), so that nobody tunes on the
held-out documents by reading this output.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED") or REPOSITORY.parent / "shared")  # the seeds: ../shared, as the tests
sys.path.insert(0, str(REPOSITORY))

from kg.evaluate import Evaluation, by_rule, gold_for, load_gold, score_all  # noqa: E402
from kg.ingest import discover  # noqa: E402


def scored(folder: Path, gold_dir: Path) -> list[tuple[Path, dict]]:
    """(document, gold) for every document of ``folder`` that has a gold file."""
    return [(path, load_gold(gold)) for path in discover([folder])
            if (gold := gold_for(path, gold_dir)) is not None]


def kinds(root: Path) -> list[tuple[str, Path]]:
    """(kind, folder) for each folder of documents under a held-out ``root``; the root
    itself where it has none."""
    folders = [path for path in sorted(root.iterdir()) if path.is_dir() and path.name != "gold"
               and any(discover([path]))]
    return [(path.name, path) for path in folders] or [(root.name, root)]


def figures(label: str, role: str, evaluation: Evaluation) -> dict:
    entities, relations = evaluation.total("entities"), evaluation.total("relations")
    measures = {"P": "precision", "R": "recall", "F1": "f1"}
    return {"documents": label, "role": role, "n": len(evaluation.documents),
            **{f"entity {short}": f"{getattr(entities, long):.2f}" for short, long in measures.items()},
            **{f"relation {short}": f"{getattr(relations, long):.2f}" for short, long in measures.items()}}


def markdown(rows: list[dict]) -> str:
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(row[c]) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    parser.add_argument("--seeds-gold", type=Path, default=SHARED / "gold")
    parser.add_argument("--heldout", type=Path, action="append",
                        help="a held-out folder (gold/ and a folder per kind); bench/heldout unless given")
    parser.add_argument("--unseen", type=Path, action="append", default=[],
                        help="another held-out folder, scored after the others (its figures come last)")
    parser.add_argument("--dev", type=Path, action="append", default=[],
                        help="a folder in the held-out layout that development has tuned on (shown as "
                        "development, before the held-out ones)")
    parser.add_argument("--judge", type=Path, action="append", default=[],
                        help="a folder in the held-out layout that engineers scored to decide whether a change "
                        "carried and never read (shown as a judge set, after the development ones)")
    parser.add_argument("--errors", action="store_true", help="also the ten most frequent error kinds")
    parser.add_argument("--no-rules", action="store_true", help="leave out the table per rule family (one "
                        "more build of the seeds per family)")
    parser.add_argument("--rules-held-out", action="store_true",
                        help="the table per rule family on each held-out folder too (not on --dev ones)")
    options = parser.parse_args(argv)
    from kg.pipeline import Pipeline
    started = time.perf_counter()
    pipeline = Pipeline()

    seeds = scored(options.seeds, options.seeds_gold) if options.seeds.is_dir() else []
    seeds_evaluation = score_all(pipeline, seeds)
    rows = [figures(f"seeds (`{_shown(options.seeds)}`)", "development",
                    seeds_evaluation)] if seeds else []
    held: list[tuple[str, Evaluation]] = []
    held_documents: list[list[tuple[Path, dict]]] = []  # (document, gold) of each held-out folder
    tuned: list[bool] = []  # whether each of them was given with --dev
    held_out = (options.heldout or ([] if options.dev or options.judge else [REPOSITORY / "bench" / "heldout"])) + options.unseen
    for root in options.dev + options.judge + held_out:
        role = ("development" if root in options.dev else
                "judge set (scored, figures only)" if root in options.judge else "held out")
        if not (root / "gold").is_dir():
            print(f"{root}: no gold/ folder, left out", file=sys.stderr)
            continue
        together, documents = [], []
        for kind, folder in kinds(root):
            of_kind = scored(folder, root / "gold")
            evaluation = score_all(pipeline, of_kind)
            documents += of_kind
            together += evaluation.documents
            rows.append(figures(f"{kind} (`{_shown(folder)}`)", role, evaluation))
        held.append((_shown(root), Evaluation(together)))
        held_documents.append(documents)
        tuned.append(root in options.dev or root in options.judge)
        rows.append(figures(f"all of `{_shown(root)}`", f"{role}, micro-averaged", held[-1][1]))
    if not rows:
        print("nothing to score: no seeds and no held-out folder with gold", file=sys.stderr)
        return 1
    print("Entities and relations, micro-averaged over the documents (P, R, F1):\n")
    print(markdown(rows))

    sets = ([("seeds", seeds_evaluation)] if seeds else []) + held
    relations = sorted({r for _, evaluation in sets for r in evaluation.per_relation()})
    print("\nRelation F1 per relation (gold facts in brackets):\n")
    print(markdown([{"relation": relation, **{
        name: (f"{s.f1:.2f} ({s.gold})" if (s := evaluation.per_relation().get(relation)) else "")
        for name, evaluation in sets}} for relation in relations]))

    if seeds and not options.no_rules:
        print("\nPer rule family on the seeds (`kg evaluate --by-rule`; F1 change: every document built "
              "again without the family):\n")
        print(markdown(by_rule(pipeline, seeds, base=seeds_evaluation)))
    if options.rules_held_out:
        for (name, evaluation), documents, dev in zip(held, held_documents, tuned):
            if dev:
                continue
            print(f"\nPer rule family on {name}:\n")
            print(markdown(by_rule(pipeline, documents, base=evaluation)))
    if options.errors:
        counts = [evaluation.error_kinds() for _, evaluation in sets]
        top = {kind for count in counts for kind, _ in count.most_common(10)}
        print("\nError kinds (`kg evaluate --errors`), the ten most frequent of each set, as counts "
              "(`kg evaluate --errors` gives an example of each):\n")
        print(markdown([{"kind": kind, **{name: count[kind] for (name, _), count in zip(sets, counts)}}
                        for kind in sorted(top, key=lambda kind: (-sum(count[kind] for count in counts), kind))]))
    print(f"\n({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


def _shown(path: Path) -> str:
    """A path as the README shows it: relative to the repository, ../shared/… for the seeds."""
    path = path.resolve()
    for root, shown in ((REPOSITORY, ""), (SHARED.resolve(), "../shared/")):
        if root in path.parents:
            return shown + str(path.relative_to(root))
    return str(path)


if __name__ == "__main__":
    sys.exit(main())
