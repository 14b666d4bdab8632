"""Does relation extraction stay linear in the size of one document?

    .venv/bin/python bench/extract_bench.py [--copies 20,50,200] [--corpus bench/dev]

Reads the items of the corpus's documents once (segment + the spaCy pipeline's names),
then makes one synthetic document of N copies of all of them (each copy's titles numbered,
so that no two items share a title) and times the extractor alone on it: the per-item facts
(``Extractor.facts``) and the facts that need the whole document
(``Extractor.document_facts``: the knowledge base's places and parents, inheritance,
hearings, settlements, title places).  Then one item made of N copies of every body, for
the loops inside an item.  Prints seconds and microseconds per input character for each
N: flat figures mean linear cost.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from kg.ingest import read_document  # noqa: E402
from kg.model import Item, Mention  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402
from kg.segment import segment  # noqa: E402


def read_items(pipeline: Pipeline, corpus: Path) -> list[tuple[Item, str, list[Mention]]]:
    found = []
    for path in sorted(corpus.glob("*.txt")):
        for item in segment(read_document(path)):
            found.append((item, item.text, pipeline.nlp(item.text).user_data["mentions"]))
    return found


def numbered(item: Item, text: str, mentions: list[Mention], copy: int, index: int):
    """A copy of an item whose title ends in its copy number; the names after the title move."""
    suffix = f"（{copy}）"
    title = item.title + suffix
    shift = len(suffix)
    moved = [m if m.end <= len(item.title) else dataclasses.replace(m, start=m.start + shift, end=m.end + shift)
             for m in mentions]
    return dataclasses.replace(item, index=index, title=title), title + text[len(item.title):], moved


def one_item(found, copies: int):
    """One item holding every body ``copies`` times (a long document without headings)."""
    parts, mentions, offset = [], [], 0
    for _ in range(copies):
        for item, text, item_mentions in found:
            parts.append(text)
            mentions += [dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in item_mentions]
            offset += len(text) + 1
    text = "\n".join(parts)
    return Item("bench.txt", 1, "", text, date="2024-06-01"), text, mentions


def timed(step):
    began = time.perf_counter()
    result = step()
    return time.perf_counter() - began, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", default="20,50,200")
    parser.add_argument("--corpus", type=Path, default=REPOSITORY / "bench" / "dev")
    parser.add_argument("--skip-one-item", action="store_true")
    options = parser.parse_args()
    pipeline = Pipeline()
    extractor = pipeline.extractor
    found = read_items(pipeline, options.corpus)
    print(f"{len(found)} items from {options.corpus}")
    print(f"{'shape':<10} {'copies':>6} {'chars':>10} {'facts s':>8} {'document s':>10} {'µs/char':>8} {'facts':>7}")
    for copies in map(int, options.copies.split(",")):
        items = [numbered(*entry, copy, copy * len(found) + n)
                 for copy in range(copies) for n, entry in enumerate(found)]
        size = sum(len(text) for _, text, _ in items)
        per_item, facts = timed(lambda: [f for item, text, mentions in items
                                         for f in extractor.facts(item, text, mentions)])
        whole, more = timed(lambda: extractor.document_facts(items, facts))
        print(f"{'items':<10} {copies:>6} {size:>10} {per_item:>8.2f} {whole:>10.2f} "
              f"{(per_item + whole) / size * 1e6:>8.1f} {len(facts) + len(more):>7}")
        if options.skip_one_item:
            continue
        item, text, mentions = one_item(found, copies)
        per_item, facts = timed(lambda: extractor.facts(item, text, mentions))
        whole, more = timed(lambda: extractor.document_facts([(item, text, mentions)], facts))
        print(f"{'one item':<10} {copies:>6} {len(text):>10} {per_item:>8.2f} {whole:>10.2f} "
              f"{(per_item + whole) / len(text) * 1e6:>8.1f} {len(facts) + len(more):>7}")


if __name__ == "__main__":
    main()
