"""docs/accuracy.md, as markdown: the scores of `kg evaluate` on real published text, the
development seeds and our own written sets, per relation, and per rule family
(`kg evaluate --by-rule`).

    .venv/bin/python bench/accuracy.py ... --write docs/accuracy.md  # the doc and docs/accuracy.json
    .venv/bin/python bench/accuracy.py --from-data docs/accuracy.json --write docs/accuracy.md  # no scoring

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
import json
import os
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED") or REPOSITORY.parent / "shared")  # the seeds: ../shared, as the tests
REAL_GOLD = REPOSITORY / "bench" / "real" / "gold"  # the gold of --real sets laid out by bench/real/check.py --sets
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
    parser.add_argument("--real", type=Path, action="append", default=[],
                        help="real published text, a folder per kind (bench/real/check.py --sets lays it out, "
                        "e.g. ~/.cache/ailaw-kg/real/sets/dev; gold from its gold/ or bench/real/gold); shown first")
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
    parser.add_argument("--write", type=Path, metavar="MARKDOWN",
                        help="write the tables to this file (docs/accuracy.md) instead of stdout, and their data "
                        "beside it (docs/accuracy.json: what docs/rules.md reads each family's precision from)")
    parser.add_argument("--from-data", type=Path, metavar="JSON",
                        help="no scoring: print (or --write) the markdown of data written before")
    options = parser.parse_args(argv)
    if options.from_data:
        data = json.loads(options.from_data.read_text(encoding="utf-8"))
    else:
        data = measure(options, _command(argv if argv is not None else sys.argv[1:]))
        if data is None:
            print("nothing to score: no seeds and no held-out folder with gold", file=sys.stderr)
            return 1
    text = render(data)
    if options.write:
        options.write.write_text(text, encoding="utf-8")
        if not options.from_data:
            options.write.with_suffix(".json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
    else:
        print(text, end="")
    return 0


def measure(options: argparse.Namespace, command: str) -> dict | None:
    """Score every set the options name; the tables as plain data (what ``render`` prints)."""
    from kg.pipeline import Pipeline
    started = time.perf_counter()
    pipeline = Pipeline()

    seeds = scored(options.seeds, options.seeds_gold) if options.seeds.is_dir() else []
    seeds_evaluation = score_all(pipeline, seeds)
    rows = [figures(f"seeds (`{_shown(options.seeds)}`)", "development",
                    seeds_evaluation)] if seeds else []
    held: list[tuple[str, Evaluation]] = []
    held_documents: list[list[tuple[Path, dict]]] = []  # (document, gold) of each held-out folder
    roles: list[str] = []  # "real", "development", "judge" or "held out", of each of them
    held_out = (options.heldout or ([] if options.dev or options.judge or options.real
                                    else [REPOSITORY / "bench" / "heldout"])) + options.unseen
    for root in options.real + options.dev + options.judge + held_out:
        kind_of_set = ("real" if root in options.real else "development" if root in options.dev else
                       "judge" if root in options.judge else "held out")
        role = {"real": "real published text", "judge": "judge set (scored, figures only)"}.get(kind_of_set, kind_of_set)
        gold = root / "gold" if (root / "gold").is_dir() or kind_of_set != "real" else REAL_GOLD
        if not gold.is_dir():
            print(f"{root}: no gold/ folder, left out", file=sys.stderr)
            continue
        together, documents = [], []
        for kind, folder in kinds(root):
            of_kind = scored(folder, gold)
            evaluation = score_all(pipeline, of_kind)
            documents += of_kind
            together += evaluation.documents
            rows.append(figures(f"{kind} (`{_shown(folder)}`)", role, evaluation))
        held.append((_shown(root), Evaluation(together)))
        held_documents.append(documents)
        roles.append(kind_of_set)
        rows.append(figures(f"all of `{_shown(root)}`", f"{role}, micro-averaged", held[-1][1]))
    if not rows:
        return None
    written = [evaluation for (_, evaluation), role in zip(held, roles) if role == "development"]
    if len(written) > 1:
        rows.append(figures(f"all {len(written)} written development sets, pooled", "development, micro-averaged",
                            Evaluation([d for e in written for d in e.documents])))
    if seeds and written:
        rows.append(figures(f"all {len(written) + 1} development sets with the seeds, pooled",
                            "development, micro-averaged",
                            Evaluation(seeds_evaluation.documents + [d for e in written for d in e.documents])))
    real_rows = [row for row in rows if row["role"].startswith("real")]
    rows = real_rows + [row for row in rows if not row["role"].startswith("real")]
    data: dict = {"command": command, "scores": rows}

    sets = ([("seeds", seeds_evaluation)] if seeds else []) + held
    relations = sorted({r for _, evaluation in sets for r in evaluation.per_relation()})
    data["relations"] = [{"relation": relation, **{
        name: (f"{s.f1:.2f} ({s.gold})" if (s := evaluation.per_relation().get(relation)) else "")
        for name, evaluation in sets}} for relation in relations]

    # each family's precision pooled over the sets of one kind: one scoring, no builds without it
    pooled = {"development": ([seeds_evaluation] if seeds else []) +
              [evaluation for (_, evaluation), role in zip(held, roles) if role == "development"],
              "held out": [evaluation for (_, evaluation), role in zip(held, roles) if role in ("held out", "judge")],
              "real": [evaluation for (_, evaluation), role in zip(held, roles) if role == "real"]}
    data["families"] = {kind: Evaluation([d for e in evaluations for d in e.documents]).rule_rows()
                        for kind, evaluations in pooled.items() if evaluations}

    if seeds and not options.no_rules:
        data["rules_seeds"] = by_rule(pipeline, seeds, base=seeds_evaluation)
    if options.rules_held_out:
        data["rules_held_out"] = {name: by_rule(pipeline, documents, base=evaluation)
                                  for (name, evaluation), documents, role in zip(held, held_documents, roles)
                                  if role not in ("development", "judge")}
    if options.errors:
        counts = [evaluation.error_kinds() for _, evaluation in sets]
        top = {kind for count in counts for kind, _ in count.most_common(10)}
        data["errors"] = [{"kind": kind, **{name: count[kind] for (name, _), count in zip(sets, counts)}}
                          for kind in sorted(top, key=lambda kind: (-sum(count[kind] for count in counts), kind))]
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return data


def render(data: dict) -> str:
    """The markdown of the tables ``measure`` made."""
    parts = [HEADER.format(command=data["command"]),
             "## Entities and relations, micro-averaged over the documents (P, R, F1)\n", markdown(data["scores"]),
             "\n## Relation F1 per relation (gold facts in brackets)\n", markdown(data["relations"])]
    for kind, rows in data.get("families", {}).items():
        parts += [f"\n## Precision per rule family, {kind} sets pooled\n", FAMILIES_NOTE, markdown(rows)]
    if data.get("rules_seeds"):
        parts += ["\n## Per rule family on the seeds (`kg evaluate --by-rule`)\n", BY_RULE_NOTE,
                  markdown(data["rules_seeds"])]
    for name, rows in data.get("rules_held_out", {}).items():
        parts += [f"\n## Per rule family on {name}\n", BY_RULE_NOTE, markdown(rows)]
    if data.get("errors"):
        parts += ["\n## Error kinds\n", ERRORS_NOTE, markdown(data["errors"])]
    return "\n".join(parts) + "\n"


HEADER = """\
# Accuracy

<!-- Generated by bench/accuracy.py --write docs/accuracy.md; edit bench/accuracy.py, not this file. -->

`kg evaluate` scores as `../shared/SCHEMA.md` says: typed entity P/R/F1, relation P/R/F1
over distinct facts (symmetric relations in either order), micro-averaged over
documents, each document built on its own. The sets are not alike:

- **real published text** (`bench/real`): third-party documents, never committed (their
  manifest, checksums and gold are; `bench/real/README.md` says how to restore them). What
  a user should expect.
- **development**: the seeds (`../shared/seeds`) and our own written sets (`bench/dev`, `bench/heldout`,
  `bench/unseen`, `bench/fresh` … `bench/fresh30`). Each was held out when written, then
  opened for tuning: the rules were written looking at them, so they flatter the tool.
- **held out** (`bench/fresh31`): our own written documents, scored by the lead only,
  figures only. Each set's README says how it was written; `CHANGELOG.md` gives each set's
  figures at its first run.

Every figure below was printed by

    {command}

Regenerate this file with that command (add `--write docs/accuracy.md`; it also writes the
data, `docs/accuracy.json`, that `docs/rules.md` takes each family's precision from).
"""
FAMILIES_NOTE = ("Every mention names the family that found it and every fact the family that read it "
                 "(`family/detail` counts as `family`): produced, how many of them the gold has, precision, and "
                 "how many it alone produced.\n")
BY_RULE_NOTE = ("Each family's figures, and what leaving it out does to entity and relation F1: every document "
                "built again without it (`kg.pipeline.Without`). A change above zero: the family costs more than "
                "it brings.\n")
ERRORS_NOTE = ("Each missed and each false entity or fact is given a kind (`kg evaluate --errors`): the ten most "
               "frequent kinds of each set, as counts (`kg evaluate --errors` gives an example of each).\n")


def _command(arguments: list[str]) -> str:
    """The command line that made the figures, without where it wrote them."""
    kept, skip = [], False
    for argument in arguments:
        if skip or argument == "--write" or argument.startswith("--write="):
            skip = argument == "--write"
            continue
        home = str(Path.home())
        kept.append("~" + argument[len(home):] if argument.startswith(home + "/") else argument)
    return " ".join(["python bench/accuracy.py", *kept])


def _shown(path: Path) -> str:
    """A path as the README shows it: relative to the repository, ../shared/… for the seeds."""
    path = path.resolve()
    for root, shown in ((REPOSITORY, ""), (SHARED.resolve(), "../shared/"), (Path.home().resolve(), "~/")):
        if root in path.parents:
            return shown + str(path.relative_to(root))
    return str(path)


if __name__ == "__main__":
    sys.exit(main())
