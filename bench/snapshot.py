"""Write every development document's entities and facts, with the rules behind each and
whether gold has it, to one JSON-lines file: the fact-level record of one version of the
extractor that `bench/diff.py` compares with another.

    python bench/snapshot.py --out /tmp/before.jsonl              # every set of bench/ with gold, the seeds, bench/real's dev part
    python bench/snapshot.py --out /tmp/after.jsonl --jobs 2
    python bench/diff.py /tmp/before.jsonl /tmp/after.jsonl

A set is a folder with a ``gold/`` folder beside its documents (``bench/<set>``), the seeds
(``../shared/seeds`` with ``../shared/gold``) and the real-text corpus's development part
(``bench/real/check.py --sets`` lays it out; left out where its texts are not restored).
``--set FOLDER:GOLD`` names sets by hand instead.  Each line: ``{"set", "doc", "entities":
[[label, type, [families], right]], "facts": [[head, relation, tail, [rules], right]],
"missed": [[head, relation, tail]]}``.  The judge part of bench/real is never read here.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = REPOSITORY.parent / "shared"
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "bench" / "real"))

from kg.evaluate import gold_for, load_gold, score_document  # noqa: E402
from kg.ingest import discover  # noqa: E402
from kg.model import SYMMETRIC_RELATIONS  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402

_PIPELINE: Pipeline | None = None


def development_sets() -> list[tuple[str, Path, Path]]:
    """(name, documents, gold) of every development set found here."""
    sets = [(folder.name, folder, folder / "gold") for folder in sorted((REPOSITORY / "bench").iterdir())
            if (folder / "gold").is_dir() and folder.name != "real"]
    if (SHARED / "seeds").is_dir():
        sets.append(("seeds", SHARED / "seeds", SHARED / "gold"))
    import corpus  # bench/real/corpus.py
    dev = corpus.root() / "sets" / "dev"
    if dev.is_dir():
        sets.append(("real-dev", dev, corpus.GOLD))
    return sets


def record(set_name: str, path: Path, gold_path: Path) -> dict:
    """One document built on its own, as `kg evaluate` builds it, and its facts marked."""
    pipeline = _PIPELINE or Pipeline()
    gold = load_gold(gold_path)
    graph = pipeline.graph([pipeline.process(path)])
    score = score_document(graph, gold)
    wrong_entities, wrong_facts = set(score.spurious_entities), set(score.spurious)
    entities = sorted([data["label"], data["type"], sorted(data.get("mechanisms") or ()),
                       (data["label"], data["type"]) not in wrong_entities] for _, data in graph.entities())
    facts = []
    for head, relation, tail, data in graph.facts():
        labels = (graph.entity(head)["label"], relation, graph.entity(tail)["label"])
        wrong = labels in wrong_facts or relation in SYMMETRIC_RELATIONS and labels[::-1] in wrong_facts
        facts.append([*labels, sorted(data.get("rules") or ()), not wrong])
    return {"set": set_name, "doc": path.name, "entities": entities, "facts": sorted(facts),
            "missed": [list(fact) for fact in score.missed]}


def _record(task: tuple[str, Path, Path]) -> dict:
    return record(*task)


def main(argv: list[str] | None = None) -> int:
    global _PIPELINE
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--set", action="append", default=[], metavar="FOLDER:GOLD",
                        help="a set by hand (documents folder, gold folder); repeatable")
    parser.add_argument("--jobs", type=int, default=1)
    options = parser.parse_args(argv)
    sets = ([(Path(f).name, Path(f), Path(g)) for f, g in (spec.split(":", 1) for spec in options.set)]
            if options.set else development_sets())
    tasks = [(name, path, gold) for name, folder, gold_dir in sets for path in discover([folder])
             if (gold := gold_for(path, gold_dir)) is not None]
    started = time.perf_counter()
    _PIPELINE = Pipeline()
    _PIPELINE.nlp  # loaded before the workers fork, so they share it
    if options.jobs > 1:
        with multiprocessing.get_context("fork").Pool(options.jobs) as pool:
            records = pool.map(_record, tasks, chunksize=4)
    else:
        records = [_record(task) for task in tasks]
    options.out.parent.mkdir(parents=True, exist_ok=True)
    temporary = options.out.with_name(options.out.name + ".part")
    with open(temporary, "w", encoding="utf-8") as stream:
        for line in records:
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    temporary.replace(options.out)
    facts = sum(len(line["facts"]) for line in records)
    print(f"{len(records)} documents of {len(sets)} sets, {facts} facts -> {options.out} "
          f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
