"""The facts and entities added and removed between two snapshots (`bench/snapshot.py`), per
rule family and per document: what an extraction change did, fact by fact.

    python bench/diff.py /tmp/before.jsonl /tmp/after.jsonl            # summary per rule, then per document
    python bench/diff.py /tmp/before.jsonl /tmp/after.jsonl --summary  # the summary only

A fact is (head label, relation, tail label); "right" is whether gold has it.  A fact whose
rules changed but which stays is counted under "rules changed".  Exit status 1 where any
fact or entity was added or removed.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path


def load(path: Path) -> dict[tuple[str, str], dict]:
    with open(path, encoding="utf-8") as stream:
        return {(line["set"], line["doc"]): line for line in map(json.loads, filter(str.strip, stream))}


def _facts(line: dict | None) -> dict[tuple[str, str, str], tuple[frozenset[str], bool]]:
    return {tuple(fact[:3]): (frozenset(fact[3]), fact[4]) for fact in (line or {}).get("facts", [])}


def _entities(line: dict | None) -> dict[tuple[str, str], bool]:
    return {(entity[0], entity[1]): entity[3] for entity in (line or {}).get("entities", [])}


def compare(before: dict, after: dict) -> tuple[list[dict], Counter]:
    """Per document, its changes; and per (rule, change) the number of facts."""
    documents, per_rule = [], Counter()
    for key in sorted(set(before) | set(after)):
        old, new = _facts(before.get(key)), _facts(after.get(key))
        added = {fact: new[fact] for fact in new.keys() - old.keys()}
        removed = {fact: old[fact] for fact in old.keys() - new.keys()}
        moved = {fact: (old[fact][0], new[fact][0]) for fact in old.keys() & new.keys() if old[fact][0] != new[fact][0]}
        for label, changed in (("added", added), ("removed", removed)):
            for rules, right in changed.values():
                for rule in rules or {"(none)"}:
                    per_rule[rule, f"{label} {'right' if right else 'wrong'}"] += 1
        for old_rules, new_rules in moved.values():
            for rule in old_rules ^ new_rules:
                per_rule[rule, "rules changed"] += 1
        old_entities, new_entities = _entities(before.get(key)), _entities(after.get(key))
        entities_added = sorted(new_entities.keys() - old_entities.keys())
        entities_removed = sorted(old_entities.keys() - new_entities.keys())
        if added or removed or moved or entities_added or entities_removed:
            documents.append({"document": "/".join(key), "added": added, "removed": removed, "moved": moved,
                              "entities_added": [(e, new_entities[e]) for e in entities_added],
                              "entities_removed": [(e, old_entities[e]) for e in entities_removed]})
    return documents, per_rule


def _fact(fact: tuple, rules, right: bool) -> str:
    return f"{fact[0]} --{fact[1]}--> {fact[2]} [{', '.join(sorted(rules)) or '-'}] {'right' if right else 'wrong'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--summary", action="store_true", help="the summary per rule only")
    options = parser.parse_args(argv)
    before, after = load(options.before), load(options.after)
    documents, per_rule = compare(before, after)
    columns = ("added right", "added wrong", "removed right", "removed wrong", "rules changed")
    rules = sorted({rule for rule, _ in per_rule})
    print(f"{len(set(before) | set(after))} documents; {len(documents)} changed")
    if rules:
        print("| rule | " + " | ".join(columns) + " |\n|---|" + "---|" * len(columns))
        for rule in rules:
            print(f"| {rule} | " + " | ".join(str(per_rule[rule, column]) for column in columns) + " |")
    totals = Counter()
    for document in documents:
        totals["added"] += len(document["added"])
        totals["removed"] += len(document["removed"])
        totals["entities added"] += len(document["entities_added"])
        totals["entities removed"] += len(document["entities_removed"])
    print("totals: " + ", ".join(f"{key} {value}" for key, value in totals.items()) if totals else "no change")
    if not options.summary:
        for document in documents:
            print(f"\n{document['document']}")
            for fact, (rules, right) in sorted(document["added"].items()):
                print(f"  + {_fact(fact, rules, right)}")
            for fact, (rules, right) in sorted(document["removed"].items()):
                print(f"  - {_fact(fact, rules, right)}")
            for fact, (old, new) in sorted(document["moved"].items()):
                print(f"  ~ {fact[0]} --{fact[1]}--> {fact[2]}: {', '.join(sorted(old))} -> {', '.join(sorted(new))}")
            for (label, type_), right in document["entities_added"]:
                print(f"  + entity {label} ({type_}) {'right' if right else 'wrong'}")
            for (label, type_), right in document["entities_removed"]:
                print(f"  - entity {label} ({type_}) {'right' if right else 'wrong'}")
    return 1 if documents and any(d["added"] or d["removed"] or d["entities_added"] or d["entities_removed"]
                                  for d in documents) else 0


if __name__ == "__main__":
    sys.exit(main())
