"""The real-text figures, as the README and docs/accuracy.md show them: per part and kind of
document, entity and relation F1 (with P / R); per relation over a part; and the suits the
litigation table gets right; the annotators' agreement beside them as the ceiling.

    python bench/real/check.py --sets && python bench/real/figures.py            # dev and judge
    python bench/real/figures.py --part dev --json /tmp/dev.json                 # also the raw figures

Every document is built on its own (as `kg evaluate` does); suits from each part built
together (as an analyst's folder is). A part's documents are also scored apart where they tell
a story no other document of the part tells (``told_once``): the development part's closest
likeness of new text, whose stories no rule was written from.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # bench/accuracy.py

import corpus  # noqa: E402


def _facts(gold: dict) -> set[tuple[str, str, str]]:
    """A gold file's facts as (name, relation, name) under every name of each end, folded in
    both scripts as `kg evaluate` matches names, jurisdiction aside (any two articles about one
    place share it)."""
    from kg.evaluate import in_both_scripts
    names = {entity["id"]: set().union(*map(in_both_scripts, entity["names"])) for entity in gold.get("entities", [])}
    return {(head, relation["relation"], tail) for relation in gold.get("relations", [])
            if relation["relation"] != "jurisdiction"
            for head in names.get(relation["head"], ()) for tail in names.get(relation["tail"], ())}


def told_once(golds: list[dict]) -> set[str]:
    """The documents (gold ``doc``) with facts of which none is a fact of another document's
    gold: a story no other document of the same part tells."""
    facts = {gold.get("doc", ""): _facts(gold) for gold in golds}
    tellers: dict[tuple[str, str, str], int] = {}
    for found in facts.values():
        for fact in found:
            tellers[fact] = tellers.get(fact, 0) + 1
    return {doc for doc, found in facts.items() if found and all(tellers[fact] == 1 for fact in found)}


def part_figures(pipeline, part: str) -> dict:
    from accuracy import scored  # bench/accuracy.py: (document, gold) of a folder
    from kg.evaluate import Evaluation, score_all
    folder = corpus.root() / "sets" / part
    kinds, pooled, golds = {}, Evaluation([]), []
    for kind in corpus.KINDS:
        documents = scored(folder / kind, corpus.GOLD) if (folder / kind).is_dir() else []
        golds += [gold for _, gold in documents]
        if documents:
            evaluation = score_all(pipeline, documents)
            kinds[kind] = {"documents": len(documents), "entities": evaluation.total("entities").row(),
                           "relations": evaluation.total("relations").row()}
            pooled.documents += evaluation.documents  # each document built once, scored per kind and pooled
    once = told_once(golds)
    alone = Evaluation([document for document in pooled.documents if document.document in once])
    return {"kinds": kinds, "all": {"documents": len(pooled.documents), "entities": pooled.total("entities").row(),
                                    "relations": pooled.total("relations").row()},
            "told_once": {"documents": len(alone.documents), "entities": alone.total("entities").row(),
                          "relations": alone.total("relations").row()},
            "per_relation": {relation: score.row() for relation, score in sorted(pooled.per_relation().items())}}


def suit_figures(pipeline, part: str) -> dict:
    import suits
    from kg.pipeline import build
    folder = corpus.root() / "sets" / part
    expected = suits.told_in({path.stem for path in folder.glob("*/*.txt")})  # as the part's documents tell them
    graph = build([folder], pipeline=pipeline).graph
    results, unmatched = suits.score(graph, expected)
    found = [r["agrees"] for r in results if r["agrees"] is not None]
    return {"suits": len(results), "parties_right": len(found), "all_right": sum(all(a.values()) for a in found),
            "rows_matching_none": unmatched}


def _cell(score: dict) -> str:
    return f"{score['f1']:.2f} ({score['precision']:.2f} / {score['recall']:.2f})"


def markdown(figures: dict) -> str:
    lines = ["| part | kind | documents | entity F1 (P / R) | relation F1 (P / R) |", "|---|---|---|---|---|"]
    for part, found in figures.items():
        once = [("stories told once", found["told_once"])] if found.get("told_once", {}).get("documents") else []
        for kind, row in [*found["kinds"].items(), ("all", found["all"]), *once]:
            lines.append(f"| {part} | {kind} | {row['documents']} | {_cell(row['entities'])} | {_cell(row['relations'])} |")
    lines += ["", "| relation | " + " | ".join(figures) + " |", "|---|" + "---|" * len(figures)]
    relations = sorted({r for found in figures.values() for r in found["per_relation"]})
    for relation in relations:
        cells = []
        for found in figures.values():
            row = found["per_relation"].get(relation)
            cells.append(f"{row['f1']:.2f} ({row['gold']})" if row else "–")
        lines.append(f"| {relation} | " + " | ".join(cells) + " |")
    lines += ["", "| part | suits | a row with its parties | every field right | rows matching no suit |",
              "|---|---|---|---|---|"]
    for part, found in figures.items():
        s = found.get("suits")
        if s:
            lines.append(f"| {part} | {s['suits']} | {s['parties_right']} | {s['all_right']} | {s['rows_matching_none']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", action="append", choices=corpus.PARTS)
    parser.add_argument("--no-suits", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    options = parser.parse_args(argv)
    from kg.pipeline import Pipeline
    pipeline = Pipeline()
    figures = {}
    for part in options.part or corpus.PARTS:
        figures[part] = part_figures(pipeline, part)
        if not options.no_suits:
            figures[part]["suits"] = suit_figures(pipeline, part)
    print(markdown(figures))
    if options.json:
        options.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
