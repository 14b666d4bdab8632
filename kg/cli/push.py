"""`kg push`: replace a named graph on a SPARQL Graph Store Protocol server with the built graph."""
from __future__ import annotations

import click

from ..push import DEFAULT_TIMEOUT, PushError, push as push_graph
from ..rdf import GRAPH_IRI
from . import main
from .output import GRAPH_OPTION


@main.command()
@GRAPH_OPTION
@click.option("--endpoint", required=True,
              help="Graph store URL, e.g. http://localhost:8890/sparql-graph-crud-auth (Virtuoso) "
                   "or http://localhost:3030/ds/data (Fuseki).")
@click.option("--named-graph", default=str(GRAPH_IRI), show_default=True, help="IRI of the graph to replace.")
@click.option("--user", help="User name, sent (HTTP Digest, or Basic) only when the server asks for one.")
@click.option("--password", envvar="KG_PUSH_PASSWORD", help="Password for --user (or set KG_PUSH_PASSWORD).")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds the whole upload may take (connections, the graph, the answers).")
@click.option("--insecure", is_flag=True,
              help="Send the password over plain http to another machine (it may be read on the way).")
def push(graph_dir: str, endpoint: str, named_graph: str, user: str | None, password: str | None, timeout: float,
         insecure: bool) -> None:
    """Load GRAPH/graph.ttl into a triple store, replacing the named graph in one HTTP PUT."""
    try:
        triples = push_graph(graph_dir, endpoint, named_graph, (user, password or "") if user else None,
                             timeout=timeout, insecure=insecure)
    except (PushError, FileNotFoundError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{triples} triples -> <{named_graph}> at {endpoint}")
