"""`kg serve`: the graph as a read-only SPARQL 1.1 Protocol endpoint."""
from __future__ import annotations

import tempfile

import click

from ..server import create_app
from ..sparql import FollowedStore
from . import main
from .output import GRAPH_OPTION


@main.command()
@GRAPH_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Time limit of one query, in seconds (past it: HTTP 503).")
def serve(graph_dir: str, host: str, port: int, timeout: float) -> None:
    """Serve the graph at http://HOST:PORT/sparql for any SPARQL client (read-only)."""
    import uvicorn  # only this command needs the server

    with tempfile.TemporaryDirectory(prefix="kg-serve-") as directory:
        try:
            store = FollowedStore(graph_dir, directory)
        except (FileNotFoundError, SyntaxError, OSError) as error:
            raise click.ClickException(str(error)) from None
        click.echo(f"kg: {len(store.store)} triples at http://{host}:{port}/sparql (read-only, "
                   f"{timeout:g} s per query; a newer store `kg build` makes is picked up); Ctrl+C stops",
                   err=True)
        uvicorn.run(create_app(store, timeout), host=host, port=port, log_level="info")
