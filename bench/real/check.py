"""Which local copies of the real-text corpus are missing or differ from the manifest.

    python bench/real/check.py            # one line per missing or differing text, then totals
    python bench/real/check.py --sets     # also lay out <root>/sets/{dev,judge}/<kind>/ for kg evaluate

Exit status 1 where a text is missing or differs, or the manifest is inconsistent.
"""
from __future__ import annotations

import argparse
import collections
import sys

from corpus import GOLD, KINDS, PARTS, checksum, documents, root, sets, text_path

REQUIRED = ("id", "kind", "script", "part", "outlet", "url", "query", "page_date", "title",
            "first_words", "last_words", "dropped", "sha256")


def problems(document: dict) -> list[str]:
    """What is wrong with one manifest row, apart from its local text."""
    found = [f"no {field}" for field in REQUIRED if field not in document]
    if document.get("kind") not in KINDS:
        found.append(f"kind {document.get('kind')!r} is none of {', '.join(KINDS)}")
    if document.get("part") not in PARTS:
        found.append(f"part {document.get('part')!r} is none of {', '.join(PARTS)}")
    if not (GOLD / f"{document.get('id')}.txt.json").is_file():
        found.append("no gold file")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", action="store_true", help="lay out the parts for kg evaluate")
    options = parser.parse_args(argv)
    rows, bad = documents(), 0
    seen = collections.Counter(row.get("id") for row in rows)
    urls = collections.Counter(row.get("url") for row in rows)
    state = collections.Counter()
    for row in rows:
        issues = problems(row)
        if seen[row.get("id")] > 1:
            issues.append("id listed twice")
        if urls[row.get("url")] > 1:
            issues.append("url listed twice")
        path = text_path(row)
        if not path.is_file():
            state["missing"] += 1
            issues.append(f"missing: {path}")
        elif checksum(path.read_text(encoding="utf-8")) != row.get("sha256"):
            state["differs"] += 1
            issues.append(f"differs: {path}")
        else:
            state["ok"] += 1
        if issues:
            bad += 1
            print(f"{row['_manifest']} {row.get('id')}: {'; '.join(issues)}")
    kinds = collections.Counter((row.get("part"), row.get("kind")) for row in rows)
    print(f"{len(rows)} documents ({', '.join(f'{p}/{k} {n}' for (p, k), n in sorted(kinds.items()))}); "
          f"local texts under {root()}: {state['ok']} ok, {state['missing']} missing, {state['differs']} differ")
    if options.sets:
        for part in PARTS:
            print(f"{part}: {sets(part)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
