"""The strict xfails of the test suite, the backlog of what no rule reads yet: how many
tests each shared marker of tests/xfails.py holds, per test module and reason, most first.

    .venv/bin/python bench/xfails.py                  # ranked by marker (family), then by module and reason
    .venv/bin/python bench/xfails.py --format json    # one record per (module, marker, reason)
    .venv/bin/python bench/xfails.py tests/test_facts_litigation.py

The tests are collected, not run (about 30 s).  A test is counted under the name the shared
module gives its marker (NAME_NOT_FOUND, NO_CUE, ...); a one-off reason made with
``xfails.gap(reason)`` counts under ``gap``.  A strict xfail that starts passing fails the
suite: that is news, and its marker comes off.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
TESTS = REPOSITORY / "tests"
sys.path.insert(0, str(REPOSITORY))  # this checkout's kg, as `python -m pytest` from its root imports it


class Collector:
    """A pytest plugin that keeps (module, reason) of every strict xfail collected."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []

    def pytest_collection_modifyitems(self, items) -> None:
        for item in items:
            for mark in item.iter_markers("xfail"):
                if mark.kwargs.get("strict"):
                    self.found.append((Path(str(item.fspath)).stem, str(mark.kwargs.get("reason", ""))))
                    break


def marker_names() -> dict[str, str]:
    """reason -> the name tests/xfails.py gives the marker of that reason."""
    sys.path.insert(0, str(TESTS))
    import xfails
    return {mark.kwargs["reason"]: name for name, mark in vars(xfails).items()
            if name.isupper() and getattr(mark, "name", "") == "xfail"}


def collect(paths: list[str]) -> list[dict]:
    """One record per (module, marker, reason), with its count, most first."""
    import pytest
    collector = Collector()
    quiet = io.StringIO()
    stdout, sys.stdout = sys.stdout, quiet  # pytest prints every test id it collects
    try:
        code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", *(paths or [str(TESTS)])],
                           plugins=[collector])
    finally:
        sys.stdout = stdout
    if code not in (0, 5):
        sys.exit(f"pytest could not collect the tests (exit {code}):\n{quiet.getvalue()[-2000:]}")
    names = marker_names()
    counts = Counter((module, names.get(reason, "gap"), reason) for module, reason in collector.found)
    return [{"count": count, "marker": marker, "module": module, "reason": reason}
            for (module, marker, reason), count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))]


def table(records: list[dict]) -> str:
    """Markers ranked by their count, then each (module, reason) under its marker."""
    by_marker = Counter()
    for record in records:
        by_marker[record["marker"]] += record["count"]
    lines = [f"{sum(by_marker.values())} strict xfails in {len({r['module'] for r in records})} test modules\n",
             f"{'count':>5}  marker"]
    lines += [f"{count:>5}  {marker}" for marker, count in sorted(by_marker.items(), key=lambda p: (-p[1], p[0]))]
    for marker, _ in sorted(by_marker.items(), key=lambda p: (-p[1], p[0])):
        lines += ["", f"{marker}:"]
        lines += [f"{r['count']:>5}  {r['module']}: {r['reason']}" for r in records if r["marker"] == marker]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="test files or folders (tests/ unless given)")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    options = parser.parse_args(argv)
    os.chdir(REPOSITORY)
    records = collect(options.paths)
    if options.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=1))
    elif options.format == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=["count", "marker", "module", "reason"])
        writer.writeheader()
        writer.writerows(records)
        print(out.getvalue(), end="")
    else:
        print(table(records), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
