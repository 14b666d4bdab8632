"""Where the CPU time of a build goes: per stage, per name family and per fact family.

    .venv/bin/python bench/stage_bench.py [--corpus DIR] [--size 10]

Builds one corpus in this process on one core (``--jobs 1``, no cache, the pipeline loaded
first) with a clock around each stage: reading and segmenting the files, jieba and the
spaCy Doc (``tokenizer``), every spaCy component (the name families ``names_*``, the choice
among their candidates, the refiners), the sentence dates, every fact family (reference,
sentence, item and document families, by their rule) and resolution.  A profiler cannot
show this: it slows pure-Python code several times more than jieba's, and under ``--jobs``
the items are processed in worker processes.  Without ``--corpus`` the synthetic
newsletters of bench/build_bench.py at ``--size`` times the seeds (10: the build/jieba
figure of the README).  CPU seconds of one process: what one core did, whatever else the
machine runs; the rows nest (a family's time is inside ``facts of items``), so they do not
add up to the build.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "bench"))


class Clocks:
    """CPU seconds per name, summed over the calls of what ``wrap`` timed."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def timed(self, name: str, function):
        def call(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - started
        return call

    def wrap(self, owner, attribute: str, name: str) -> None:
        setattr(owner, attribute, self.timed(name, getattr(owner, attribute)))


class TimedComponent:
    """A pipeline component with a clock around its calls; its other attributes are the
    component's own (the pipeline calls methods of some, e.g. ``EnglishPersons.carry``)."""

    def __init__(self, component, call) -> None:
        self._component = component
        self._call = call

    def __call__(self, *args, **kwargs):
        return self._call(*args, **kwargs)

    def __getattr__(self, attribute: str):
        return getattr(self._component, attribute)


def instrument(pipeline, clocks: Clocks) -> None:
    """Clocks around the stages of ``pipeline`` (a loaded kg.pipeline.Pipeline)."""
    import kg.pipeline as stages
    for function, name in ((stages.read_document, "read files"), (stages.issues, "segment: issues"),
                           (stages.segment, "segment: items")):
        setattr(stages, function.__name__, clocks.timed(name, function))
    clocks.wrap(stages.Reading, "of", "script reading")
    clocks.wrap(pipeline.nlp, "make_doc", "tokenizer (jieba, spaCy Doc)")
    # the components as the pipeline runs them (Language keeps them in this list)
    pipeline.nlp._components = [(name, TimedComponent(component, clocks.timed(f"component {name}", component)))
                                for name, component in pipeline.nlp._components]
    extractor = pipeline.extractor
    clocks.wrap(extractor, "facts", "facts of items")
    clocks.wrap(extractor, "document_facts", "facts of documents")
    clocks.wrap(extractor.shared, "sentence_dates", "  sentence dates")
    for kind, families, method in (("reference", extractor.references, "mentions"),
                                   ("sentence", extractor.sentence_families, "facts"),
                                   ("item", extractor.item_refiners, "refine"),
                                   ("document", extractor.document_families, "facts")):
        for family in families:
            clocks.wrap(family, method, f"  {kind} family {family.family}: {type(family).__name__}")
    clocks.wrap(pipeline, "carry", "persons and names carried to later items")
    clocks.wrap(pipeline, "graph", "resolve (whole corpus)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help="a folder to build (default: synthetic newsletters)")
    parser.add_argument("--size", type=int, default=10, help="synthetic corpus size, times the seeds")
    args = parser.parse_args()
    from build_bench import reference_bytes, write_corpus

    from kg.pipeline import Pipeline, build
    with tempfile.TemporaryDirectory() as workdir:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(workdir) / f"x{args.size}"
            write_corpus(corpus, target_bytes=args.size * reference_bytes()[0])
        loading = time.process_time()
        pipeline = Pipeline()
        pipeline.nlp  # noqa: B018  loaded before the clocks start
        loaded = time.process_time() - loading
        clocks = Clocks()
        instrument(pipeline, clocks)
        started = time.process_time()
        report = build([corpus], jobs=1, pipeline=pipeline)
        total = time.process_time() - started
    print(f"{report.documents} documents, {report.items} items: build {total:.2f} s CPU (load {loaded:.1f} s apart)")
    print(f"{'CPU s':>7}  {'share':>6}  stage")
    for name, seconds in sorted(clocks.seconds.items(), key=lambda pair: -pair[1]):
        print(f"{seconds:7.3f}  {seconds / total:6.1%}  {name}")


if __name__ == "__main__":
    main()
