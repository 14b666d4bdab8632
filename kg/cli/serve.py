"""`kg serve`: the graph as a read-only SPARQL 1.1 Protocol endpoint."""
from __future__ import annotations

import click

from ..server import Limits, create_app, uvicorn_options
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
@click.option("--max-connections", "connections", default=DEFAULT.connections, show_default=True,
              type=click.IntRange(8), help="Connections open at once; past it the oldest one still sending its "
                                          "request is closed (or the new one).")
@click.option("--request-timeout", "request_seconds", default=DEFAULT.request_seconds, show_default=True,
              type=click.FloatRange(min=0, min_open=True),
              help="Seconds a client has to send a whole request (line, headers, body); past it the connection "
                   "is closed.")
@click.option("--base-url", help="The endpoint's public URL, as the service description names it (behind a proxy); "
                                 "default: http://ADDRESS:PORT/sparql, the address a request came in on (never "
                                 "its Host header).")
def serve(graph_dir: str, host: str, port: int, timeout: float, workers: int, memory_mb: int, result_mb: int,
          connections: int, request_seconds: float, base_url: str | None) -> None:
    """Serve the graph at http://HOST:PORT/sparql for any SPARQL client (read-only), with
    a query page at http://HOST:PORT/."""
    import uvicorn  # only this command needs the server

    limits = Limits(timeout=timeout, workers=workers, memory_mb=memory_mb, result_bytes=result_mb << 20,
                    connections=connections, request_seconds=request_seconds)
    _check_free(host, port)
    _enough_descriptors(connections + 8 * workers + 64)
    try:
        store = FollowedStore(graph_dir)
        triples = len(store.store)
        store.store = None  # the workers open their own: this process keeps no copy of the graph
    except (FileNotFoundError, SyntaxError, OSError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"kg: {triples} triples at http://{host}:{port}/sparql, query page at "
               f"http://{host}:{port}/ (read-only; {timeout:g} s, {memory_mb} MB per query, {workers} at once; "
               f"a newer store `kg build` makes is picked up); Ctrl+C stops", err=True)
    uvicorn.run(create_app(store.path, limits, base_url), host=host, port=port, log_level="info",
                **uvicorn_options(limits))


def _enough_descriptors(wanted: int) -> None:
    """Raise this process's limit of open files towards ``wanted`` (as far as the hard
    limit allows), so that the connection limit, not the descriptors, is met first."""
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


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
