"""Where the CPU seconds of `kg query cases` and `kg sparql --named lawsuits` go on a
graph.ttl alone, piece by piece, in this one process (the machine may be shared: CPU
seconds, not wall time, are the figures to compare).

    .venv/bin/python bench/query_pieces.py GRAPH_DIR [--runs 3]

GRAPH_DIR holds a graph.ttl as `kg build` writes it (bench/query_bench.py makes the
synthetic ones); the suit table a run keeps beside it is removed before each run and
after the last.  Each figure is the median of --runs.  The pieces of `kg query cases`:
its imports (kg.cli.query and what it loads), graph.ttl's statements found
(kg.turtle_blocks.Blocks: the file read and split by its layout), the suits' statements
and what they name and cite parsed (kg.rdf._suit_statements less the split), the suits
read from them (kg.rdf._suits_stated), the suit table written for the next reader
(kg.rdf.write_suit_table), the table computed (kg.query.cases) and printed as CSV.  Those
of the query `kg sparql` runs in its worker (kg.sparql.open_for_query on graph.ttl): the
imports of kg.sparql, graph.ttl parsed only (pyoxigraph.parse, no store: what the load
costs beyond its indexes), loaded into a store in memory, and the query run and
serialized as CSV.  The imports are timed in a new process each (`python -c`), start-up
included.  It prints figures; it is not a test.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def imports(module: str) -> float:
    """CPU seconds of a new interpreter that imports ``module`` (start-up included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def cases_pieces(graph_dir: Path) -> dict[str, float]:
    from kg import query as library
    from kg import rdf
    from kg.cli.output import chosen, emit
    from kg.cli.query import _flat
    from kg.graph import paused_gc
    from kg.turtle_blocks import Blocks
    forget(graph_dir)
    seconds, path = {}, rdf.graph_path(graph_dir)
    with paused_gc():  # as load_suit_table reads it
        started = cpu()
        Blocks(path)
        seconds["statements found (Blocks)"] = cpu() - started
        started = cpu()
        stated = rdf._suit_statements(path)
        seconds["suits' statements parsed"] = cpu() - started - seconds["statements found (Blocks)"]
        started = cpu()
        graph = rdf._suits_stated(*stated)
        seconds["suits read (_suits_stated)"] = cpu() - started
        if graph is None:
            sys.exit(f"{path}: states no suit or no documents' language (kg query cases reads it whole)")
        started = cpu()
        rdf.write_suit_table(graph, graph_dir, graph.known_suits)
        seconds["suit table written"] = cpu() - started
        del stated  # freed as load_suit_table returns: the collector does not walk it in the query
    started = cpu()
    rows = library.cases(graph, None, None, None, None, None, None, False, lang=library.reader_language(graph))
    seconds["cases computed"] = cpu() - started
    started = cpu()
    with contextlib.redirect_stdout(io.StringIO()):
        emit(chosen([_flat(row, everything=True) for row in rows], None), "csv", "suits")
    seconds["printed (CSV)"] = cpu() - started
    forget(graph_dir)
    return seconds


def sparql_pieces(graph_dir: Path) -> dict[str, float]:
    import pyoxigraph

    from kg.sparql import deep, named_queries, open_for_query, run, serialize
    from kg.stores import graph_path
    seconds, path = {}, graph_path(graph_dir)
    started = cpu()
    with open(path, "rb") as stream:
        for _ in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE, lenient=True):
            pass
    seconds["graph.ttl parsed only"] = cpu() - started
    started = cpu()
    store = open_for_query(path)
    seconds["graph.ttl loaded (open_for_query)"] = cpu() - started
    started = cpu()
    query = named_queries()["lawsuits"].text
    deep(lambda: serialize(run(store, query), "csv"))
    seconds["lawsuits run, CSV"] = cpu() - started
    return seconds


def forget(graph_dir: Path) -> None:
    for table in graph_dir.glob(".suits-*"):
        table.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph_dir", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    figures: dict[str, list[float]] = {}
    for _ in range(options.runs):
        for name, module in (("imports: kg.cli.query", "kg.cli.query"), ("imports: kg.sparql", "kg.sparql"),
                             ("imports: kg.cli.sparql, kg.server", "kg.cli.sparql, kg.server")):
            figures.setdefault(name, []).append(imports(module))
        for name, value in (*cases_pieces(options.graph_dir).items(), *sparql_pieces(options.graph_dir).items()):
            figures.setdefault(name, []).append(value)
    print(f"{'piece':40} {'cpu s':>7}  (median of {options.runs})")
    for name, values in figures.items():
        print(f"{name:40} {statistics.median(values):7.2f}", flush=True)


if __name__ == "__main__":
    main()
