"""The annotators' agreement: the second, independent annotation (``gold2/``) scored against
the first (``gold/``) as `kg evaluate` scores the extractor (entities by a shared name and
the same type, relations by matched ends), per kind of document: the ceiling of any
extractor on this corpus.

    python bench/real/agreement.py
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from kg.evaluate import Score, in_both_scripts  # noqa: E402
from kg.model import SYMMETRIC_RELATIONS  # noqa: E402


def _names(entity: dict) -> set[str]:
    return set().union(*map(in_both_scripts, entity["names"]))


def agreement(first: dict, second: dict) -> tuple[Score, Score]:
    """(entities, relations) of ``second`` scored against ``first``."""
    reference = {e["id"]: e for e in first["entities"]}
    matches = {e["id"]: {r for r, other in reference.items()
                         if other["type"] == e["type"] and _names(other) & _names(e)} for e in second["entities"]}
    entities = Score(predicted=len(second["entities"]), gold=len(reference))
    entities.true_positive = sum(1 for found in matches.values() if found)
    entities.recalled = len(set().union(*matches.values())) if matches else 0

    def key(head, relation, tail):
        return (min(head, tail), relation, max(head, tail)) if relation in SYMMETRIC_RELATIONS else (head, relation, tail)
    gold = {key(r["head"], r["relation"], r["tail"]) for r in first["relations"]}
    predicted = {key(r["head"], r["relation"], r["tail"]) for r in second["relations"]}
    relations = Score(predicted=len(predicted), gold=len(gold))
    hit = set()
    for head, relation, tail in predicted:
        candidates = {key(h, relation, t) for h in matches.get(head, ()) for t in matches.get(tail, ())} & gold
        relations.true_positive += bool(candidates)
        hit |= candidates
    relations.recalled = len(hit)
    return entities, relations


def main() -> int:
    kinds = {document["id"]: document["kind"] for document in corpus.documents()}
    totals: dict[str, list[Score]] = defaultdict(lambda: [Score(), Score()])
    for path in sorted((HERE / "gold2").glob("*.txt.json")):
        first = corpus.GOLD / path.name
        if not first.is_file():
            continue
        entities, relations = agreement(json.loads(first.read_text(encoding="utf-8")),
                                        json.loads(path.read_text(encoding="utf-8")))
        for kind in (kinds.get(path.name.removesuffix(".txt.json"), "?"), "all"):
            totals[kind][0].add(entities)
            totals[kind][1].add(relations)
    print("| kind | documents | entity F1 (P / R) | relation F1 (P / R) |\n|---|---|---|---|")
    counts = defaultdict(int)
    for path in (HERE / "gold2").glob("*.txt.json"):
        counts[kinds.get(path.name.removesuffix(".txt.json"), "?")] += 1
    counts["all"] = sum(counts.values())
    for kind, (entities, relations) in sorted(totals.items(), key=lambda pair: pair[0] == "all"):
        print(f"| {kind} | {counts[kind]} | {entities.f1:.3f} ({entities.precision:.3f} / {entities.recall:.3f}) | "
              f"{relations.f1:.3f} ({relations.precision:.3f} / {relations.recall:.3f}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
