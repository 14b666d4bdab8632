"""Each rule's precision on the development documents that came in after it against those
before it: text a rule never saw when it was written against text it may have been fitted to.

    python bench/rule_ages.py /tmp/snapshot.jsonl              # the table, by wrong firings after
    python bench/rule_ages.py /tmp/snapshot.jsonl --json out.json

A rule label (``Fact.rule``, in a ``bench/snapshot.py`` snapshot) was introduced by the first
commit adding a line that names it to kg/ or data/ (its whole label, or its detail quoted in
its family's module: ``detail = "hearing"`` in kg/facts/litigation.py, a family's module for a
family's own label); an ``english/<relation>`` label by the commit adding the relation's first
row to data/lexicon/english_cues.tsv; ``+story`` labels as the step they extend.  A real
development document came in with its lane's manifest (bench/real/sources/<lane>.jsonl, its
first commit).  Only the real-text part (set ``real-dev``) is read: the written sets are no text
from outside.
"""
from __future__ import annotations

import argparse
import json
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
RELATIONS = {"sued", "released", "partnered", "banned", "investedIn", "acquired", "fined", "investigated", "issued",
             "proposed", "settled", "accused", "adjudicated", "partOf", "jurisdiction"}


def git(*arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=REPOSITORY, capture_output=True, check=True).stdout.decode("utf-8", "replace")


def lane_dates() -> dict[str, str]:
    """Each lane's first commit's date (ISO, UTC offset included)."""
    return {path.stem: git("log", "--diff-filter=A", "--format=%cI", "--", str(path.relative_to(REPOSITORY))).split()[-1]
            for path in sorted((REPOSITORY / "bench" / "real" / "sources").glob("*.jsonl"))}


def introductions(labels: set[str]) -> dict[str, tuple[str, str]]:
    """Each label's (date, commit) of introduction, ("?", "?") where no line names it."""
    log = git("log", "--reverse", "--format=@@@%H %cI", "-p", "-U0", "--no-renames", "--", "kg", "data")
    found: dict[str, tuple[str, str]] = {}
    commit = date = path = None
    for line in log.split("\n"):
        if line.startswith("@@@"):
            commit, date = line[3:].split()
        elif line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else None
        elif line.startswith("+") and path is not None:
            for label in labels - found.keys():
                family, _, detail = label.partition("/")
                if ("/" in label and label in line) or (path == f"kg/facts/{family}.py" and (not detail or f'"{detail}"' in line)):
                    found[label] = (date, commit)
    for label in labels:
        family, _, detail = label.partition("/")
        if family == "english" and detail in RELATIONS:
            rows = git("log", "--reverse", "--format=%cI %H", "-G", f"^{detail}\t", "--", "data/lexicon/english_cues.tsv").split()
            if rows:
                found[label] = min(found.get(label, (rows[0], rows[1])), (rows[0], rows[1]))
    for label in labels:
        if "+" in label and label.split("+")[0] in found:
            found[label] = found[label.split("+")[0]]
    return {label: found.get(label, ("?", "?")) for label in labels}


def table(snapshot: Path) -> list[dict]:
    """Per rule: right and wrong firings (a fact counted for each of its rules) and documents, after and before."""
    rows = [json.loads(line) for line in open(snapshot, encoding="utf-8") if line.strip()]
    rows = [row for row in rows if row["set"] == "real-dev"]
    lanes = lane_dates()
    labels = {rule for row in rows for fact in row["facts"] for rule in fact[3] or ["(none)"]}
    introduced = introductions(labels)
    counts: dict[str, Counter] = defaultdict(Counter)
    documents: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        for fact in row["facts"]:
            for rule in fact[3] or ["(none)"]:
                side = "after" if lanes[row["doc"][:3]] > introduced[rule][0] else "before"
                counts[rule][side, fact[4]] += 1
                documents[rule, side].add(row["doc"])
    out = [{"rule": rule, "introduced": introduced[rule][0], "commit": introduced[rule][1][:8],
            **{f"{side}_{kind}": counts[rule][side, right] for side in ("after", "before")
               for kind, right in (("right", True), ("wrong", False))},
            "after_documents": len(documents[rule, "after"]), "before_documents": len(documents[rule, "before"])}
           for rule in labels]
    return sorted(out, key=lambda one: (-one["after_wrong"], one["rule"]))


def _cell(right: int, wrong: int) -> str:
    return f"{right / (right + wrong):.2f} ({right}/{right + wrong})" if right + wrong else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    parser.add_argument("--top", type=int, default=0, help="the first TOP rules only (0: every one)")
    options = parser.parse_args(argv)
    rows = table(options.snapshot)
    if options.json:
        options.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print("| rule | introduced | commit | after P (right/all) | after docs | before P (right/all) | before docs |")
    print("|---|---|---|---|---|---|---|")
    for one in rows[:options.top or None]:
        print(f"| {one['rule']} | {one['introduced'][:16]} | {one['commit']} | {_cell(one['after_right'], one['after_wrong'])} | "
              f"{one['after_documents']} | {_cell(one['before_right'], one['before_wrong'])} | {one['before_documents']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
