"""`kg serve`: the graph as a read-only SPARQL 1.1 Protocol endpoint."""
from __future__ import annotations

import tempfile

import click

from ..server import UVICORN_OPTIONS, Limits, create_app
from ..sparql import FollowedStore
from . import main
from .output import GRAPH_OPTION

DEFAULT = Limits()


@main.command()
@GRAPH_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--timeout", default=DEFAULT.timeout, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Time limit of one query, in seconds (past it: HTTP 503, and the query is stopped).")
@click.option("--workers", default=DEFAULT.workers, show_default=True, type=click.IntRange(1, 64),
              help="Queries evaluated at once, each in a worker process of its own.")
@click.option("--memory", "memory_mb", default=DEFAULT.memory_mb, show_default=True, type=click.IntRange(256),
              help="Memory (address space) of a worker process, in MB: a query that needs more fails with HTTP 500.")
@click.option("--max-results", "result_mb", default=DEFAULT.result_bytes >> 20, show_default=True,
              type=click.IntRange(1), help="Size of the results of one query, in MB (past it: HTTP 413).")
def serve(graph_dir: str, host: str, port: int, timeout: float, workers: int, memory_mb: int, result_mb: int) -> None:
    """Serve the graph at http://HOST:PORT/sparql for any SPARQL client (read-only), with
    a query page at http://HOST:PORT/."""
    import uvicorn  # only this command needs the server

    limits = Limits(timeout=timeout, workers=workers, memory_mb=memory_mb, result_bytes=result_mb << 20)
    _check_free(host, port)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as directory:
        try:
            store = FollowedStore(graph_dir, directory)
        except (FileNotFoundError, SyntaxError, OSError) as error:
            raise click.ClickException(str(error)) from None
        click.echo(f"kg: {len(store.store)} triples at http://{host}:{port}/sparql, query page at "
                   f"http://{host}:{port}/ (read-only; {timeout:g} s, {memory_mb} MB per query, {workers} at once; "
                   f"a newer store `kg build` makes is picked up); Ctrl+C stops", err=True)
        uvicorn.run(create_app(store.path, limits), host=host, port=port, log_level="info", **UVICORN_OPTIONS)


def _check_free(host: str, port: int) -> None:
    """One `Error:` line for a port another program holds, instead of uvicorn's log of it."""
    import socket
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
