"""Which local copies of the real-text corpus are missing or differ from the manifest.

    python bench/real/check.py            # one line per missing or differing text, then totals
    python bench/real/check.py --sets     # also lay out <root>/sets/{dev,judge}/<kind>/ for kg evaluate
    python bench/real/check.py --lay enr zze   # a fresh lane into the parts, by site (lay()), written back

A fresh lane is laid by site: a site the other lanes hold keeps the part holding most of its
documents; a new site goes to `judge` where the SHA-256 of its host name (www. dropped) is 0
modulo 3, else to `dev` (about a third, fixed by the name alone); then the lane's documents
telling one suit (its `suits/<lane>.json` rows) follow the part of the first of them, so that
one story is in one part, but for a document whose site the other lanes hold (each site in
one part).

Exit status 1 where a text is missing or differs, or the manifest is inconsistent.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from urllib.parse import urlparse

from corpus import GOLD, KINDS, PARTS, SOURCES, checksum, documents, root, sets, text_path

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


def site(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def lay(lanes: list[str]) -> dict[str, str]:
    """The part of each document of ``lanes`` (module docstring), by id."""
    rows = documents()
    held = collections.defaultdict(collections.Counter)  # site -> part -> documents, in the other lanes
    for row in rows:
        if row["id"].split("-")[0] not in lanes:
            held[site(row["url"])][row["part"]] += 1
    parts, sites = {}, {row["id"]: site(row["url"]) for row in rows}
    for row in rows:
        if row["id"].split("-")[0] in lanes:
            counts = held.get(site(row["url"]))
            new = int(hashlib.sha256(site(row["url"]).encode("utf-8")).hexdigest(), 16) % 3 == 0
            parts[row["id"]] = counts.most_common(1)[0][0] if counts else "judge" if new else "dev"
    for lane in lanes:
        told = SOURCES.parent / "suits" / f"{lane}.json"
        for suit in json.loads(told.read_text(encoding="utf-8")) if told.is_file() else []:
            docs = [doc for doc in suit.get("docs", []) if doc in parts]
            for doc in docs[1:]:
                if sites[doc] not in held:  # a site other lanes laid keeps its part (each site in one part)
                    parts[doc] = parts[docs[0]]
    return parts


def _write_parts(parts: dict[str, str]) -> None:
    """The manifest lines of ``parts`` with their part changed, every other line as it was."""
    for path in sorted(SOURCES.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        changed = []
        for line in lines:
            row = json.loads(line) if line.strip() else None
            if row and row["id"] in parts and row["part"] != parts[row["id"]]:
                row["part"] = parts[row["id"]]
                line = json.dumps(row, ensure_ascii=False)
            changed.append(line)
        if changed != lines:
            path.write_text("\n".join(changed) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", action="store_true", help="lay out the parts for kg evaluate")
    parser.add_argument("--lay", nargs="+", metavar="LANE", help="lay these fresh lanes into the parts by site")
    options = parser.parse_args(argv)
    if options.lay:
        parts = lay(options.lay)
        _write_parts(parts)
        print(f"{len(parts)} documents of {', '.join(options.lay)} laid: "
              + ", ".join(f"{part} {n}" for part, n in sorted(collections.Counter(parts.values()).items())))
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
