"""`kg sparql`: run a SPARQL query, a query file or a named analyst query on a graph."""
from __future__ import annotations

import json

import click

from ..stores import graph_path, stored
from ..sparql import DEFAULT_TIMEOUT, QueryError, check, named_queries, table_of
from . import main
from .output import FORMAT_OPTION, GRAPH_OPTION, emit

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
              default=DEFAULT_TIMEOUT, show_default=True,
              help="Stop the query after this many seconds.  Every query runs in a worker process, as kg serve "
                   "runs them: killed at the limit, unable to open a network connection.")
@GRAPH_OPTION
@FORMAT_OPTION
def sparql(query_text, query_file, named, list_named, timeout: float, graph_dir: str, fmt: str) -> None:
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
    try:
        check(given[0])  # refused here in one line, before a worker starts (the worker checks again)
    except QueryError as error:
        raise QueryFailed(str(error)) from None
    printed = _in_worker(graph_dir, given[0], fmt, timeout)
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


def _in_worker(graph_dir: str, query: str, fmt: str, timeout: float) -> bytes | tuple[list[str], list[dict]]:
    """The results as printed, from a worker process killed after ``timeout`` seconds
    (kg.server.ask_once): on the store `kg build` keeps beside graph.ttl, else on graph.ttl
    loaded into a store in the worker's memory (kg.sparql.open_for_query: a third of the
    time of writing the store on disk first; nothing is written beside it).  The worker
    cannot open a socket (a query that slipped past ``check`` still reaches no other machine)
    and a query that kills it (a parser's overflowed stack) is one line here."""
    from ..server import ask_once  # only queries need the server's worker (and its imports)
    try:
        source = stored(graph_dir) or graph_path(graph_dir)
    except OSError as error:  # no graph.ttl, or one that is no regular file
        raise click.ClickException(str(error)) from None
    try:
        head, body = ask_once(source, query, WORKER_ACCEPT[fmt], timeout)
    except TimeoutError:
        raise click.ClickException(f"the query ran past the time limit of {timeout:g} s and was stopped") from None
    except (EOFError, OSError):
        raise click.ClickException("the query stopped its worker process (out of memory, or a crash)") from None
    if head["status"] != 200:
        raise click.ClickException(" ".join(body.decode("utf-8", "replace").split()))
    return table_of(body) if fmt == "table" and head["media"] == "application/sparql-results+json" else body
