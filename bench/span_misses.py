"""Where the two ends of a missed fact stand: for each gold fact a set's build misses
with both ends found and no rule read it (``kg evaluate --errors``: "missed fact: both
ends found, no rule"), how far apart the item's text names its two ends, per relation:

- ``sentence``: one sentence names both (a rule within the sentence missed it);
- ``adjacent``: the nearest pair is in neighbouring sentences of one item;
- ``title``: the item's title names one end, its body the other, no closer pair;
- ``near``: two to five sentences apart in one item;
- ``far``: more than five sentences apart in one item;
- ``items``: no item names both;
- ``unnamed``: an end is no mention of the text (a knowledge-base or a fact's end only).

    .venv/bin/python bench/span_misses.py bench/fresh8 bench/fresh6      # one table per set, then all
    .venv/bin/python bench/span_misses.py bench/fresh8 --list             # and each fact with its sentences

Never on bench/fresh9 or bench/fresh10: they are scored only.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED") or REPOSITORY.parent / "shared")
sys.path.insert(0, str(REPOSITORY))

from kg.evaluate import gold_for, in_both_scripts, load_gold, score_document  # noqa: E402
from kg.graph import search_keys  # noqa: E402
from kg.ingest import discover  # noqa: E402
from kg.model import SYMMETRIC_RELATIONS  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402
from kg.resolve import Resolver, persons_by_family_name  # noqa: E402

JUDGED = ("fresh9", "fresh10")
KIND = "missed fact: both ends found, no rule"
PLACES = ("sentence", "adjacent", "title", "near", "far", "items", "unnamed")
NEAR = 5  # sentences apart still "near"


def sentence_of(spans: list[tuple[int, int]], position: int) -> int:
    return next((i for i, (start, end) in enumerate(spans) if start <= position < end), -1)


def where(result, nodes_of_mention, head_nodes: set[str], tail_nodes: set[str], shared) -> tuple[str, str]:
    """The place of the nearest pair of mentions of the two ends, and its sentences."""
    best: tuple[int, str, str] | None = None
    for item, mentions in zip(result.items, result.mentions):
        text = item.text
        spans = [(start, end) for start, end, _ in shared.dated_sentences(item, text)]
        heads = [m for m in mentions if nodes_of_mention(m) in head_nodes]
        tails = [m for m in mentions if nodes_of_mention(m) in tail_nodes]
        if not heads or not tails:
            continue
        title_end = len(item.title)
        for head in heads:
            for tail in tails:
                one, other = sentence_of(spans, head.start), sentence_of(spans, tail.start)
                distance = abs(one - other)
                if distance == 0:
                    place = "sentence"
                elif distance == 1 and min(head.start, tail.start) >= title_end:
                    place = "adjacent"
                elif min(head.start, tail.start) < title_end <= max(head.start, tail.start):
                    place = "title"
                elif distance == 1:
                    place = "adjacent"
                else:
                    place = "near" if distance <= NEAR else "far"
                rank = PLACES.index(place)
                if best is None or rank < best[0]:
                    said = " / ".join(text[spans[i][0]:spans[i][1]].strip()[:160] for i in sorted({one, other}))
                    best = (rank, place, said)
    if best is not None:
        return best[1], best[2]
    named = any(nodes_of_mention(m) in head_nodes for ms in result.mentions for m in ms) and \
        any(nodes_of_mention(m) in tail_nodes for ms in result.mentions for m in ms)
    return ("items" if named else "unnamed"), ""


def misses(pipeline: Pipeline, path: Path, gold: dict) -> list[tuple[str, str, str]]:
    """(relation, place, sentences) of each "both ends found, no rule" miss of a document."""
    result = pipeline.process(path)
    resolver = Resolver(pipeline.kb)
    names, found = persons_by_family_name(result.names, result.facts, pipeline.kb)
    for mention, times in names:
        resolver.add(mention, times)
    graph = resolver.graph(result.facts + found)
    ids = resolver._entity_ids(resolver._members())

    def node(mention) -> str | None:
        return ids.get(resolver._find(resolver.key(mention)))

    score = score_document(graph, gold)
    entities = {e["id"]: e for e in gold["entities"]}
    folded = {eid: set().union(*map(in_both_scripts, e["names"])) for eid, e in entities.items()}
    nodes_of: dict[str, set[str]] = defaultdict(set)
    for graph_node, data in graph.entities():
        labels = set().union(*map(search_keys, data["labels"]))
        for eid, names_folded in folded.items():
            if labels & names_folded and entities[eid]["type"] == data["type"] or labels & names_folded:
                nodes_of[eid].add(graph_node)
    wanted = Counter(example for kind, example in ((e.kind, e.example) for e in score.errors) if kind == KIND)
    out = []
    for fact in gold["relations"]:
        head, relation, tail = entities[fact["head"]]["names"][0], fact["relation"], entities[fact["tail"]]["names"][0]
        text = f"{head} {relation} {tail}"
        if wanted[text] <= 0 and relation in SYMMETRIC_RELATIONS:
            text = f"{tail} {relation} {head}"  # scored in either order, named in the order of the ids
        if wanted[text] <= 0:
            continue
        wanted[text] -= 1
        place, said = where(result, node, nodes_of[fact["head"]], nodes_of[fact["tail"]], pipeline.extractor.shared)
        out.append((fact["relation"], place, f"{text}  ||  {said}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", help="set folders (bench/fresh8, ../shared for the seeds)")
    parser.add_argument("--list", action="store_true", help="every miss with its sentences")
    args = parser.parse_args()
    pipeline = Pipeline()
    every: Counter = Counter()
    for folder in map(Path, args.sets):
        if folder.name in JUDGED:
            raise SystemExit(f"{folder} is scored only: its misses are not read")
        gold_dir = SHARED / "gold" if folder.resolve() == SHARED.resolve() else folder / "gold"
        paths = [p for p in discover([str(folder)]) if gold_dir not in Path(p).parents
                 and Path(p).suffix != ".json" and gold_for(p, gold_dir) is not None]
        table: Counter = Counter()
        for path in paths:
            for relation, place, said in misses(pipeline, Path(path), load_gold(gold_for(path, gold_dir))):
                table[relation, place] += 1
                if args.list:
                    print(f"{place:9} {relation:12} {Path(path).name}: {said}")
        every.update(table)
        print_table(folder.name, table)
    if len(args.sets) > 1:
        print_table("all", every)


def print_table(name: str, table: Counter) -> None:
    relations = sorted({r for r, _ in table}, key=lambda r: -sum(n for (x, _), n in table.items() if x == r))
    print(f"\n{name}: {sum(table.values())} misses, both ends found, no rule")
    print(f"{'relation':14}" + "".join(f"{p:>9}" for p in PLACES) + f"{'all':>6}")
    for relation in relations + ["all"]:
        row = [sum(n for (r, p), n in table.items() if p == place and relation in (r, "all")) for place in PLACES]
        print(f"{relation:14}" + "".join(f"{n:9}" for n in row) + f"{sum(row):6}")


if __name__ == "__main__":
    main()
