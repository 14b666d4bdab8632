"""`kg sparql`: run a SPARQL query, a query file or a named analyst query on a graph."""
from __future__ import annotations

import click
import pyoxigraph

from ..rdf import open_store
from ..sparql import QueryError, deep, named_queries, run, serialize, table
from . import main
from .output import FORMAT_OPTION, GRAPH_OPTION, emit

#: CONSTRUCT and DESCRIBE results are RDF: the RDF format printed for each --format.
GRAPH_OUTPUT = {"table": "turtle", "json": "jsonld", "csv": "ntriples"}


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
@GRAPH_OPTION
@FORMAT_OPTION
def sparql(query_text, query_file, named, list_named, graph_dir: str, fmt: str) -> None:
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
        store = open_store(graph_dir)
    except (FileNotFoundError, SyntaxError, OSError) as error:
        raise click.ClickException(str(error)) from None
    try:
        printed = deep(_results, store, given[0], fmt)  # on a stack deep enough for any query that passes the checks
    except QueryError as error:
        raise QueryFailed(str(error)) from None
    if isinstance(printed, bytes):
        echo(printed)
        return
    columns, rows = printed
    if rows:
        emit(rows, fmt)
    else:
        click.echo(f"kg: no results for {', '.join(columns)}", err=True)


def _results(store: pyoxigraph.Store, query: str, fmt: str) -> bytes | tuple[list[str], list[dict]]:
    """The results as printed: serialized, or (columns, rows) for a table."""
    results = run(store, query)
    if isinstance(results, pyoxigraph.QueryTriples):
        return serialize(results, GRAPH_OUTPUT[fmt])
    if fmt == "table":
        return table(results)
    return serialize(results, fmt)
