"""What segmentation and sentence splitting cost, beside the build they are part of.

    .venv/bin/python bench/segment_bench.py [--copies 10] [--repeats 5]

Reads ../shared/seeds (data/corpus where ../shared is absent) ``--copies`` times over and
times, in CPU seconds of this process (the best of ``--repeats`` passes):

- segment: documents into items (boilerplate, newsletters, news articles, reports);
- sentences: every item's text into sentence spans (kg.sentences), against the bare
  Chinese-punctuation regex it grew from (the floor: a split that knows no English);
- nlp + extract: the rest of an item's way through the pipeline, for scale.

Each figure is also given in microseconds per character of item text.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from kg.ingest import discover, read_document  # noqa: E402
from kg.kb import DATA_DIR, KnowledgeBase  # noqa: E402
from kg.segment import segment  # noqa: E402
from kg.sentences import Sentences  # noqa: E402

SEEDS = REPOSITORY.parent / "shared" / "seeds"
CHINESE_ONLY = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


def best(passes: int, work) -> float:
    times = []
    for _ in range(passes):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="Times the reference documents are read over.")
    parser.add_argument("--repeats", type=int, default=5, help="Passes per figure (the least CPU time counts).")
    parser.add_argument("--with-nlp", action="store_true", help="Also time nlp + extract (loads spaCy, ~10 s).")
    args = parser.parse_args()
    folder = SEEDS if SEEDS.exists() else REPOSITORY / "data" / "corpus"
    documents = [read_document(path) for path in discover([folder])] * args.copies
    items = [item for document in documents for item in segment(document)]
    texts = [item.text for item in items]
    characters = sum(map(len, texts))
    splitter = Sentences(KnowledgeBase(DATA_DIR).sentence_words)

    def split_all() -> None:
        splitter.spans.cache_clear()
        for text in texts:
            splitter.spans(text)

    rows = [
        ("segment", best(args.repeats, lambda: [segment(document) for document in documents])),
        ("sentences", best(args.repeats, split_all)),
        ("sentences, Chinese punctuation only", best(args.repeats, lambda: [list(CHINESE_ONLY.finditer(t)) for t in texts])),
    ]
    if args.with_nlp:
        from kg.pipeline import Pipeline
        pipeline = Pipeline()
        nlp, extractor = pipeline.nlp, pipeline.extractor
        sample = items[: max(1, len(items) // args.copies)]  # one copy: nlp is the slow part
        started = time.process_time()
        for item in sample:
            extractor.facts(item, item.text, nlp(item.text).user_data["mentions"])
        rows.append(("nlp + extract", (time.process_time() - started) * len(items) / len(sample)))
    print(f"{len(documents)} documents ({folder.name} x{args.copies}), {len(items)} items, {characters:,} characters")
    print(f"{'step':<38}{'cpu s':>8}{'us/char':>10}")
    for name, seconds in rows:
        print(f"{name:<38}{seconds:>8.3f}{seconds / characters * 1e6:>10.3f}")


if __name__ == "__main__":
    main()
