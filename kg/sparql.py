"""SPARQL over a built graph, on pyoxigraph.

A graph folder opens as a ``pyoxigraph.Store`` (``kg.rdf.open_store``); queries may use
the ontology prefixes (ailaw, kgid, rdf, rdfs, skos, prov, dcterms, xsd) without
declaring them.  The package ships a library of analyst queries, ``kg/queries/*.rq``,
each opening with a one-line ``#`` description.

>>> store = open_store("exports")                                     # doctest: +SKIP
>>> columns, rows = table(run(store, named_queries()["most-sued"].text))  # doctest: +SKIP
"""
from __future__ import annotations

import gc
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph
from rdflib import RDF

from .rdf import PREFIXES as RDF_PREFIXES
from .rdf import graph_path, stored

PREFIXES = {prefix: str(namespace) for prefix, namespace in {**RDF_PREFIXES, "rdf": RDF}.items()}

#: The result formats by name: SPARQL results for SELECT and ASK, RDF for CONSTRUCT
#: and DESCRIBE.
SOLUTION_FORMATS = {"json": pyoxigraph.QueryResultsFormat.JSON, "xml": pyoxigraph.QueryResultsFormat.XML,
                    "csv": pyoxigraph.QueryResultsFormat.CSV, "tsv": pyoxigraph.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                 "rdfxml": pyoxigraph.RdfFormat.RDF_XML, "jsonld": pyoxigraph.RdfFormat.JSON_LD}

Results = pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean | pyoxigraph.QueryTriples


class QueryError(ValueError):
    """A query that does not parse or cannot be run; the message is one line."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """The shipped analyst queries by name (the file name without ``.rq``)."""
    queries = {}
    for entry in sorted(resources.files("kg").joinpath("queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            first = text.lstrip().splitlines()[0] if text.strip() else ""
            description = first.lstrip("#").strip() if first.startswith("#") else ""
            queries[entry.name[:-3]] = NamedQuery(entry.name[:-3], description, text)
    return queries


# -- stores -----------------------------------------------------------------------
def is_read_only(store: pyoxigraph.Store) -> bool:
    """Whether the store refuses writes (flushing, a no-op in memory, is refused too)."""
    try:
        store.flush()
    except (OSError, RuntimeError):
        return True
    return False


def open_read_only(graph_dir: str | Path, scratch: str | Path) -> pyoxigraph.Store:
    """The graph as a store that refuses every write: the on-disk store `kg build`
    keeps beside a current graph.ttl, else graph.ttl bulk-loaded into a new on-disk
    store in the empty folder ``scratch`` and reopened with ``Store.read_only``."""
    folder = stored(graph_dir)
    if folder is not None:
        return pyoxigraph.Store.read_only(str(folder))
    writer = pyoxigraph.Store(str(scratch))
    writer.bulk_load(path=str(graph_path(graph_dir)), format=pyoxigraph.RdfFormat.TURTLE)
    writer.flush()
    del writer
    gc.collect()  # the writer's database must be closed before the read-only one opens
    return pyoxigraph.Store.read_only(str(scratch))


class FollowedStore:
    """The graph of a folder for a long-running reader (``kg serve``): called, it gives
    the store to query, which is the newest store ``kg build`` (or ``kg build --watch``)
    finished in the folder; queries already running finish on the store they began on."""

    def __init__(self, graph_dir: str | Path, scratch: str | Path) -> None:
        self.graph_dir = graph_dir
        self.folder = stored(graph_dir)
        self.store = open_read_only(graph_dir, scratch)

    def __call__(self) -> pyoxigraph.Store:
        try:
            folder = stored(self.graph_dir)
        except OSError:  # graph.ttl is being replaced: ask again next time
            return self.store
        if folder is not None and folder != self.folder:
            self.store, self.folder = pyoxigraph.Store.read_only(str(folder)), folder
        return self.store


# -- running ------------------------------------------------------------------------
def one_line(error: Exception, limit: int = 300) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def run(store: pyoxigraph.Store, query: str) -> Results:
    """Run a SPARQL query (never an update) with the ontology prefixes predeclared.
    SELECT results are evaluated lazily, as they are read."""
    try:
        return store.query(query, prefixes=PREFIXES)
    except (SyntaxError, OSError, RuntimeError) as error:
        raise QueryError(one_line(error)) from None


def serialize(results: Results, fmt: str) -> bytes:
    """Results in one of SOLUTION_FORMATS (SELECT, ASK) or GRAPH_FORMATS (CONSTRUCT,
    DESCRIBE) by name."""
    formats = GRAPH_FORMATS if isinstance(results, pyoxigraph.QueryTriples) else SOLUTION_FORMATS
    if fmt not in formats:
        raise QueryError(f"{fmt} is not a format for these results: choose one of {', '.join(formats)}")
    try:
        if formats is GRAPH_FORMATS:
            return pyoxigraph.serialize(results, format=formats[fmt], prefixes=PREFIXES)
        return results.serialize(format=formats[fmt])
    except (OSError, RuntimeError, ValueError) as error:
        raise QueryError(one_line(error)) from None


def compact(term) -> str:
    """A term as a person reads it: prefixed IRIs, bare literal values."""
    if isinstance(term, pyoxigraph.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, pyoxigraph.Literal):
        return term.value
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    return "" if term is None else str(term)


def table(results: Results) -> tuple[list[str], list[dict]]:
    """Any results as (columns, rows of compact strings): the variables for SELECT,
    ``ask`` for ASK, subject/predicate/object for CONSTRUCT and DESCRIBE."""
    if isinstance(results, pyoxigraph.QueryBoolean):
        return ["ask"], [{"ask": "true" if bool(results) else "false"}]
    if isinstance(results, pyoxigraph.QueryTriples):
        columns = ["subject", "predicate", "object"]
        return columns, [dict(zip(columns, map(compact, (t.subject, t.predicate, t.object)))) for t in results]
    columns = [variable.value for variable in results.variables]
    return columns, [{column: compact(solution[column]) for column in columns} for solution in results]


def comparable(json_results: str | bytes) -> tuple[list[str], list]:
    """SPARQL JSON results reduced to (variables, sorted bindings) so that the results of
    two engines can be compared: each binding a sorted tuple of (variable, type, value,
    datatype, language), "typed-literal" read as "literal"."""
    document = json.loads(json_results)
    if "boolean" in document:
        return [], [document["boolean"]]
    rows = []
    for binding in document["results"]["bindings"]:
        rows.append(tuple(sorted(
            (variable, "literal" if term["type"] == "typed-literal" else term["type"], term["value"],
             term.get("datatype", ""), term.get("xml:lang", "").lower())
            for variable, term in binding.items())))
    return document["head"].get("vars", []), sorted(rows)
