"""Score the litigation table against litigation/expected.json: one line per expected suit
saying whether `kg query cases` has it (same plaintiffs, defendants and court) and whether
its filing date, events and status agree, then the totals.

    kg build bench/heldout/litigation/brief.txt --out /tmp/heldout-lit
    python bench/heldout/score_cases.py /tmp/heldout-lit

Names are matched as `kg query` matches them (KnowledgeGraph.find: any label, form of the
text or knowledge-base name, folded), so 盖蒂图片社 in the table is Getty Images here.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg import load_graph
from kg.cases import Suit, suits
from kg.graph import KnowledgeGraph

EXPECTED = Path(__file__).resolve().parent / "litigation" / "expected.json"
FIELDS = ("filed", "events", "status")


def _ids(graph: KnowledgeGraph, names: list[str]) -> frozenset[str]:
    return frozenset(node for name in names for node in graph.find(name))


def _same_suit(graph: KnowledgeGraph, expected: dict, suit: Suit) -> bool:
    court = _ids(graph, [expected["court"]]) if expected["court"] else frozenset()
    return (frozenset(suit.plaintiffs) == _ids(graph, expected["plaintiffs"])
            and frozenset(suit.defendants) == _ids(graph, expected["defendants"])
            and (suit.court in court if court else suit.court is None))


def _agrees(expected: dict, suit: Suit) -> dict[str, bool]:
    def ordered(pairs):  # an undated event sorts first among its kind
        return sorted(pairs, key=lambda pair: (pair[0], pair[1] or ""))
    events = ordered((event.kind, event.date) for event in suit.events)
    return {"filed": suit.filed == expected["filed"],
            "events": events == ordered((e["kind"], e["date"]) for e in expected["events"]),
            "status": suit.status == expected["status"]}


def score(graph: KnowledgeGraph, expected: list[dict]) -> tuple[list[dict], int]:
    """Per expected suit: the matching suit's agreement per field (None where the table
    lacks the suit); and how many suits of the table match no expected one."""
    table, matched, results = suits(graph), set(), []
    for row in expected:
        found = next((s for s in table if s.id not in matched and _same_suit(graph, row, s)), None)
        if found is not None:
            matched.add(found.id)
        results.append({"caption": row["caption"], "court": row["court"],
                        "agrees": _agrees(row, found) if found else None})
    return results, len(table) - len(matched)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph_dir", help="folder of a kg build of litigation/brief.txt")
    parser.add_argument("--expected", default=str(EXPECTED))
    arguments = parser.parse_args()
    expected = json.loads(Path(arguments.expected).read_text(encoding="utf-8"))
    results, unmatched = score(load_graph(arguments.graph_dir), expected)
    for result in results:
        agrees = result["agrees"]
        marks = "missing" if agrees is None else " ".join(f"{f}={'ok' if agrees[f] else 'WRONG'}" for f in FIELDS)
        print(f"{result['caption']} [{result['court']}]: {marks}")
    found = [r["agrees"] for r in results if r["agrees"] is not None]
    print(f"suits found (parties and court): {len(found)}/{len(results)}; "
          + ", ".join(f"{f} right: {sum(a[f] for a in found)}" for f in FIELDS)
          + f"; all right: {sum(all(a.values()) for a in found)}; table rows matching no expected suit: {unmatched}")


if __name__ == "__main__":
    main()
