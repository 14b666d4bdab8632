"""The build: files -> documents -> items -> mentions and facts -> one KnowledgeGraph.

>>> report = build(["data/corpus"], "exports")          # doctest: +SKIP
>>> report.documents, report.items, len(report.graph)    # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .extract import Extractor
from .graph import KnowledgeGraph
from .ingest import InputError, discover, read_document
from .kb import DATA_DIR
from .model import Fact, Item, Mention
from .nlp import build_nlp, load_kb
from .resolve import Resolver
from .segment import segment


@dataclass
class DocumentResult:
    """What one document yields: its items, and per item the mentions and facts."""
    name: str
    items: list[Item]
    mentions: list[list[Mention]]
    facts: list[Fact]


@dataclass
class BuildReport:
    graph: KnowledgeGraph
    documents: int = 0
    items: int = 0
    skipped: list[str] = field(default_factory=list)


class Pipeline:
    """Holds the loaded knowledge base and spaCy pipeline; processes documents."""

    def __init__(self, data_dir: str | Path = DATA_DIR) -> None:
        self.kb = load_kb(str(data_dir))
        self.nlp = build_nlp(str(data_dir))
        self.extractor = Extractor(self.kb)

    def process(self, path: str | Path) -> DocumentResult:
        document = read_document(path)
        items = segment(document)
        texts = [item.text for item in items]
        mentions, facts = [], []
        for item, text, doc in zip(items, texts, self.nlp.pipe(texts)):
            found = doc.user_data["mentions"]
            mentions.append(found)
            facts += self.extractor.facts(item, text, found)
        facts += self.extractor.document_facts(list(zip(items, texts, mentions)), facts)
        return DocumentResult(document.name, items, mentions, facts)

    def graph(self, results: Iterable[DocumentResult], min_confidence: float = 0.0) -> KnowledgeGraph:
        resolver = Resolver(self.kb)
        facts: list[Fact] = []
        for result in results:
            for found in result.mentions:
                for mention in found:
                    resolver.add(mention)
            for fact in result.facts:
                resolver.add(fact.head)
                resolver.add(fact.tail)
            facts += result.facts
        return resolver.graph(facts, min_confidence)


def build(paths: list[str | Path], min_confidence: float = 0.0,
          on_document: Callable[[str, str | None], None] | None = None) -> BuildReport:
    """Process every file under ``paths`` into one graph; unreadable files are skipped
    and reported (``on_document(path, error_or_None)`` is called per file)."""
    pipeline = Pipeline()
    results: list[DocumentResult] = []
    skipped: list[str] = []
    for path in discover(paths):
        try:
            results.append(pipeline.process(path))
            error = None
        except InputError as problem:
            error = str(problem)
            skipped.append(error)
        if on_document:
            on_document(str(path), error)
    graph = pipeline.graph(results, min_confidence)
    return BuildReport(graph, len(results), sum(len(r.items) for r in results), skipped)
