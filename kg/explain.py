"""Why the graph says what it says about a sentence: the names each name family found and
whether it was kept or overruled, the facts each fact family read, which refiner or
filter suppressed or revised them, and which reached the graph.

The explanation is the build's own record (the Extractor's ``trace`` hook and the spaCy
pipeline's candidates), not a second reading: a sentence is built as a one-item document
is, a file as ``kg build`` builds it.

>>> rows = explain_text(Pipeline(), "2023年12月27日，纽约时报起诉OpenAI和微软。")  # doctest: +SKIP
>>> [(row["head"], row["relation"], row["tail"], row["rule"], row["step"]) for row in rows["facts"]]  # doctest: +SKIP
[('纽约时报', 'sued', 'OpenAI', 'cue', 'read'), ...]
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .graph import KnowledgeGraph
from .ingest import fold_characters, read_document, repair
from .model import Document, Fact, Item, Mention
from .pipeline import Pipeline

SENTENCE_END = re.compile(r"[。！？!?；\n]|\.(?=\s|$)")


def _key(fact: Fact) -> tuple:
    return fact.head.text, fact.head.start, fact.relation, fact.tail.text, fact.tail.start, fact.evidence.start


@dataclass
class Trace:
    """What the stages report while one document is built (kg.facts.Extractor.trace)."""
    reading: object = None  # kg.script.Reading of the document, set by the pipeline
    items: list[tuple[Item, list[Mention], list[Mention]]] = field(default_factory=list)
    events: list[tuple[str, str, list[Fact]]] = field(default_factory=list)  # (step, rule, facts)

    def names(self, item: Item, candidates: list[Mention], mentions: list[Mention]) -> None:
        self.items.append((item, list(candidates), list(mentions)))

    def read(self, rule: str, facts: list[Fact]) -> None:
        if facts:
            self.events.append(("read", rule, list(facts)))

    def refined(self, rule: str, before: list[Fact], after: list[Fact]) -> None:
        """A refiner's or filter's change: facts it took away, facts it put in their place
        (a fact kept twice, once per reading, is no change)."""
        before_keys, after_keys = {_key(f) for f in before}, {_key(f) for f in after}
        removed = [fact for fact in before if _key(fact) not in after_keys]
        added = [fact for fact in after if _key(fact) not in before_keys]
        if removed:
            self.events.append(("suppressed", rule, removed))
        if added:
            self.events.append(("refined", rule, added))


def document_of(text: str, name: str = "sentence.txt") -> Document:
    """A sentence (or any text) as the one document of an explanation."""
    text = repair(fold_characters(text))
    return Document(name, name, text, hashlib.sha256(text.encode("utf-8")).hexdigest())


def explain_text(pipeline: Pipeline, text: str, focus: str | None = None) -> dict[str, list[dict]]:
    """The explanation of a sentence (or a short text) built as a document of its own."""
    return explain(pipeline, document_of(text), focus)


def explain_file(pipeline: Pipeline, path: str | Path, focus: str | None = None,
                 offset: int | None = None) -> dict[str, list[dict]]:
    """The explanation of a file, limited to the sentences that hold ``focus`` (a piece of
    a sentence) or the character ``offset`` of the file's text as read."""
    document = read_document(path)
    if offset is not None:
        focus = sentence_at(document.text, offset)
    return explain(pipeline, document, focus)


def sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` that holds the character at ``offset`` (ValueError outside)."""
    if not 0 <= offset < len(text):
        raise ValueError(f"offset {offset} is outside the text (0 to {len(text) - 1})")
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, offset)), default=0)
    end = next((m.start() for m in SENTENCE_END.finditer(text, offset)), len(text))
    sentence = text[start:end].strip()
    if not sentence:
        raise ValueError(f"offset {offset} is on a sentence boundary, not in a sentence")
    return sentence


def explain(pipeline: Pipeline, document: Document, focus: str | None = None) -> dict[str, list[dict]]:
    """Build ``document`` with the trace on: {"names": [...], "facts": [...], "graph": [...]}."""
    trace = Trace()
    pipeline.nlp  # loaded before the trace starts
    pipeline.extractor.trace = trace
    try:
        result = pipeline.process_documents([document])[0]
    finally:
        pipeline.extractor.trace = None
    graph = pipeline.graph([result])
    items = [item for item, _, _ in trace.items]
    candidates = [found for _, found, _ in trace.items]
    chosen = [found for _, _, found in trace.items]
    events = trace.events
    if trace.reading is not None and trace.reading.converted:  # a Traditional document: its own characters
        flat = [fact for _, _, facts in events for fact in facts]
        originals, chosen, restored = trace.reading.restore(items, chosen, flat)
        _, candidates, _ = trace.reading.restore(items, candidates, [])
        restored_iter = iter(restored)
        events = [(step, rule, [next(restored_iter) for _ in facts]) for step, rule, facts in events]
        items = originals
    spans = [_focus_spans(item.text, focus) for item in items]
    names = [row for index, item in enumerate(items)
             for row in name_rows(candidates[index], chosen[index], spans[index], item)]
    facts = [fact_row(step, rule, fact, graph) for step, rule, found in events for fact in found
             if _in_focus(fact.evidence.sentence, focus)]
    edges = [edge_row(graph, head, relation, tail, data) for head, relation, tail, data in graph.facts()
             if focus is None or any(_in_focus(e.sentence, focus) for e in data["evidence"])]
    return {"names": names, "facts": facts, "graph": edges}


def _in_focus(sentence: str, focus: str | None) -> bool:
    return focus is None or focus in sentence or sentence in focus


def _focus_spans(text: str, focus: str | None) -> list[tuple[int, int]] | None:
    """Where the sentences holding ``focus`` stand in an item's text (None: everywhere)."""
    if focus is None:
        return None
    spans, start = [], text.find(focus)
    while start >= 0:
        begin = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
        end = next((m.start() for m in SENTENCE_END.finditer(text, start + len(focus))), len(text))
        spans.append((begin, end))
        start = text.find(focus, start + 1)
    if not spans and text and text in focus:  # the whole item is a piece of the focus
        spans = [(0, len(text))]
    return spans


def name_rows(candidates: list[Mention], chosen: list[Mention], spans, item: Item) -> list[dict]:
    """Each name candidate with what became of it, then each chosen name no finder proposed
    as it stands (a refiner's, or a candidate cut at its edges)."""
    def inside(mention: Mention) -> bool:
        return spans is None or any(start <= mention.start and mention.end <= end for start, end in spans)
    rows, proposed = [], set()
    for candidate in sorted(candidates, key=lambda m: (m.start, -m.end)):
        if not inside(candidate):
            continue
        proposed.add((candidate.start, candidate.end))
        same = next((m for m in chosen if (m.start, m.end) == (candidate.start, candidate.end)), None)
        over = next((m for m in chosen if m.start < candidate.end and candidate.start < m.end), None)
        if same is not None and same.type == candidate.type:
            outcome = "kept"
        elif same is not None:
            outcome = f"kept as {same.type} ({same.mechanism})"
        elif over is not None:
            outcome = f"overruled by {over.text} ({over.mechanism})"
        else:
            outcome = "dropped (cut to nothing at its edges)"
        rows.append({"name": candidate.text, "type": candidate.type, "family": candidate.mechanism,
                     "outcome": outcome, "item": item.title})
    for mention in chosen:
        if inside(mention) and (mention.start, mention.end) not in proposed:
            rows.append({"name": mention.text, "type": mention.type, "family": mention.mechanism,
                         "outcome": "added after the choice", "item": item.title})
    return rows


def fact_row(step: str, rule: str, fact: Fact, graph: KnowledgeGraph) -> dict:
    reached = step != "suppressed" and _in_graph(graph, fact)
    return {"step": step, "by": rule, "head": fact.head.text, "relation": fact.relation, "tail": fact.tail.text,
            "rule": fact.rule, "confidence": round(fact.confidence, 2), "in_graph": reached,
            "sentence": fact.evidence.sentence}


def _in_graph(graph: KnowledgeGraph, fact: Fact) -> bool:
    heads, tails = graph.find(fact.head.text), graph.find(fact.tail.text)
    return any(graph.graph.has_edge(h, t, key=fact.relation) or graph.graph.has_edge(t, h, key=fact.relation)
               for h in heads for t in tails)


def edge_row(graph: KnowledgeGraph, head: str, relation: str, tail: str, data: dict) -> dict:
    return {"head": graph.entity(head)["label"], "relation": relation, "tail": graph.entity(tail)["label"],
            "rules": sorted(data.get("rules") or ()), "confidence": round(data["confidence"], 2),
            "sentences": len(data["evidence"])}
