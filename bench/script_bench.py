"""What reading Traditional script costs: the look a Simplified document pays, and the
whole processing of a folder against its Traditional copy (OpenCC s2t).

    .venv/bin/python bench/script_bench.py [FOLDER] [--times 10]

FOLDER defaults to ../shared/seeds (data/corpus where ../shared is absent); its .txt files
are taken ``--times`` times.  Prints CPU times: kg.script.Reading.of over the documents
(the best of five), then Pipeline.process_documents over them in batches, for the folder
as it is and for its Traditional copy.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from kg.ingest import read_document  # noqa: E402
from kg.pipeline import BATCH, Pipeline  # noqa: E402
from kg.script import Reading, traditional  # noqa: E402

SEEDS = REPOSITORY.parent / "shared" / "seeds"


def _cpu(step) -> float:
    start = time.process_time()
    step()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=SEEDS if SEEDS.is_dir() else REPOSITORY / "data" / "corpus")
    parser.add_argument("--times", type=int, default=10)
    options = parser.parse_args()
    documents = [read_document(path) for path in sorted(options.folder.glob("*.txt"))] * options.times
    pipeline = Pipeline()
    pipeline.nlp  # loaded before timing
    for form, docs in (("as written", documents),
                       ("Traditional (s2t)", [replace(d, text=traditional(d.text)) for d in documents])):
        reading = min(_cpu(lambda: [Reading.of(d, pipeline.conversion) for d in docs]) for _ in range(5))
        processing = _cpu(lambda: [pipeline.process_documents(docs[i:i + BATCH]) for i in range(0, len(docs), BATCH)])
        print(f"{form:18} {len(docs)} documents, {sum(len(d.text) for d in docs):,} characters: "
              f"Reading.of {reading * 1000:.1f} ms, processing {processing:.2f} s CPU")


if __name__ == "__main__":
    main()
