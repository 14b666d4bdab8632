"""`kg sparql`: run a SPARQL query, a query file or a named analyst query on a graph."""
from __future__ import annotations

import json
import tempfile

import click
import pyoxigraph

from ..rdf import open_store, stored
from ..sparql import QueryError, deep, named_queries, open_read_only, run, serialize, table, table_of
from . import main
from .output import FORMAT_OPTION, GRAPH_OPTION, emit

#: CONSTRUCT and DESCRIBE results are RDF: the RDF format printed for each --format.
GRAPH_OUTPUT = {"table": "turtle", "json": "jsonld", "csv": "ntriples"}
#: What a worker process (--timeout) is asked for, per --format: the media types of the
#: SELECT/ASK results (a table is made from SPARQL JSON) and of the CONSTRUCT/DESCRIBE ones.
WORKER_ACCEPT = {"table": "application/sparql-results+json, text/turtle",
                 "json": "application/sparql-results+json, application/ld+json",
                 "csv": "text/csv, application/n-triples"}


def echo(serialized: bytes) -> None:
    text = serialized.decode("utf-8")
    click.echo(text, nl=not text.endswith("\n"))


class QueryFailed(click.ClickException):
    """A query error, shown as the one line `Error: query error: ...` like every other error."""

    def __init__(self, message: str) -> None:
        super().__init__("query error: " + " ".join(message.split()))


@main.command("sparql")
@click.argument("query_text", metavar="[QUERY]", required=False)
@click.option("--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a .rq file.")
@click.option("--named", metavar="NAME", type=click.Choice(sorted(named_queries())),
              help="Run a shipped analyst query (see --list).")
@click.option("--list", "list_named", is_flag=True, help="List the shipped analyst queries.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop the query after this many seconds: it runs in a worker process, killed at the limit "
                   "(as kg serve runs queries).")
@GRAPH_OPTION
@FORMAT_OPTION
def sparql(query_text, query_file, named, list_named, timeout: float | None, graph_dir: str, fmt: str) -> None:
    """Run a SPARQL query; the ontology prefixes (ailaw, kgid, rdf, rdfs, skos, prov,
    dcterms, xsd) need no declaration.  JSON is the SPARQL 1.1 results format, CSV the
    SPARQL CSV results; CONSTRUCT and DESCRIBE print Turtle (JSON-LD with
    --format json, N-Triples with --format csv)."""
    if list_named:
        emit([{"name": q.name, "description": q.description} for q in named_queries().values()], fmt)
        return
    given = [text for text in (query_text, query_file and query_file.read(), named and named_queries()[named].text)
             if text is not None]
    if len(given) != 1:
        raise click.UsageError("give one of QUERY, --file or --named (or --list)")
    if timeout is not None:
        printed = _in_worker(graph_dir, given[0], fmt, timeout)
    else:
        try:
            store = open_store(graph_dir)
        except (FileNotFoundError, SyntaxError, OSError) as error:
            raise click.ClickException(str(error)) from None
        try:
            printed = deep(_results, store, given[0], fmt)  # on a stack deep enough for any query that passes the checks
        except QueryError as error:
            raise QueryFailed(str(error)) from None
    if isinstance(printed, bytes):
        echo(printed)
        variables = _empty_solutions(printed, fmt)
        if variables is not None:  # stdout keeps its format (SPARQL JSON or CSV results); the note goes to stderr
            click.echo(f"kg: nothing found ({' '.join('?' + name for name in variables)})", err=True)
        return
    columns, rows = printed
    emit(rows, fmt, None if rows else " ".join("?" + column for column in columns))  # none: kg: nothing found (?x)


def _empty_solutions(printed: bytes, fmt: str) -> list[str] | None:
    """The variables of SELECT results that hold no solution, as printed in JSON or CSV;
    None for results that hold one, and for ASK, CONSTRUCT and DESCRIBE."""
    if fmt == "json":
        try:
            document = json.loads(printed)
        except ValueError:
            return None  # JSON-LD of a CONSTRUCT that is no one object
        if isinstance(document, dict) and "results" in document and not document["results"].get("bindings"):
            return document.get("head", {}).get("vars", [])
    elif fmt == "csv":
        lines = printed.decode("utf-8", "replace").splitlines()
        if len(lines) == 1 and lines[0] and " " not in lines[0] and "<" not in lines[0]:  # a header, no rows
            return lines[0].split(",")
    return None


def _results(store: pyoxigraph.Store, query: str, fmt: str) -> bytes | tuple[list[str], list[dict]]:
    """The results as printed: serialized, or (columns, rows) for a table."""
    results = run(store, query)
    if isinstance(results, pyoxigraph.QueryTriples):
        return serialize(results, GRAPH_OUTPUT[fmt])
    if fmt == "table":
        return table(results)
    return serialize(results, fmt)


def _in_worker(graph_dir: str, query: str, fmt: str, timeout: float) -> bytes | tuple[list[str], list[dict]]:
    """The results as printed, from a worker process killed after ``timeout`` seconds
    (kg.server.ask_once); the store `kg build` keeps, else graph.ttl loaded into a
    scratch store for the worker to open."""
    from ..server import ask_once
    with tempfile.TemporaryDirectory(prefix="kg-sparql-") as scratch:
        try:
            folder = stored(graph_dir)
            loaded = None if folder is not None else open_read_only(graph_dir, scratch)  # open while the worker reads
        except (FileNotFoundError, SyntaxError, OSError) as error:
            raise click.ClickException(str(error)) from None
        try:
            head, body = ask_once(folder or scratch, query, WORKER_ACCEPT[fmt], timeout)
        except TimeoutError:
            raise click.ClickException(f"the query ran past the time limit of {timeout:g} s and was stopped") from None
        except (EOFError, OSError):
            raise click.ClickException("the query stopped its worker process (out of memory, or a crash)") from None
        finally:
            del loaded
    if head["status"] != 200:
        raise click.ClickException(" ".join(body.decode("utf-8", "replace").split()))
    return table_of(body) if fmt == "table" and head["media"] == "application/sparql-results+json" else body
