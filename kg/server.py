"""A read-only SPARQL 1.1 Protocol endpoint over a pyoxigraph store (Starlette app).

``/sparql`` answers ``GET ?query=``, ``POST`` form-encoded ``query=`` and ``POST``
``application/sparql-query``.  SELECT and ASK results are negotiated on ``Accept``
(SPARQL JSON by default, XML, CSV, TSV); CONSTRUCT and DESCRIBE give Turtle by
default, N-Triples or RDF/XML on request.  Every response allows any origin (CORS).

Read-only: the app only ever calls ``store.query``, whose parser accepts queries and
no updates, so an update sent as a query is a 400 syntax error; an ``update=`` form
field or an ``application/sparql-update`` body is refused with 403.  ``kg serve``
also opens the store itself read-only (``kg.sparql.open_read_only``).

Time limit: each query is parsed, evaluated and serialized in a thread of its own
(pyoxigraph releases the GIL while it evaluates, so the event loop keeps serving), at
most ``WORKERS`` at once.  The request waits for a free slot and for its thread under
one ``asyncio.timeout`` of ``timeout`` seconds, and gets 503 when it runs out.  Python
cannot kill a thread, so an abandoned evaluation runs on to its end and only then frees
its slot; while every slot is held that way, new queries get 503 too, and the server
stays responsive.  The threads are daemons, so a runaway query never delays the
process's exit.

>>> app = create_app(open_store("exports"), timeout=30)                   # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)                          # doctest: +SKIP
"""
from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from urllib.parse import parse_qs

import pyoxigraph
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from .sparql import QueryError, run, serialize

#: Media types offered, best first (the first is the default), and the format each is.
SOLUTION_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
}
WORKERS = 4


class Refused(Exception):
    """A request answered with an HTTP error status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header likes best (exact type over type/*
    over */*, then the offer's order), None when it accepts none of them."""
    if not accept or not accept.strip():
        return offered[0]
    preferences = {}
    for part in accept.split(","):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        preferences[media.lower()] = quality
    best, best_quality = None, 0.0
    for media in offered:
        for pattern in (media, media.split("/")[0] + "/*", "*/*"):
            if pattern in preferences:
                if preferences[pattern] > best_quality:
                    best, best_quality = media, preferences[pattern]
                break
    return best


def answer(store: pyoxigraph.Store, query: str, accept: str | None) -> tuple[bytes, str]:
    """Run the query and serialize the results as the client prefers: (body, type)."""
    try:
        results = run(store, query)
    except QueryError as error:
        raise Refused(400, f"query error: {error}") from None
    offered = GRAPH_TYPES if isinstance(results, pyoxigraph.QueryTriples) else SOLUTION_TYPES
    media = negotiate(accept, list(offered))
    if media is None:
        raise Refused(406, f"cannot answer in {accept}; offered: {', '.join(offered)}")
    try:
        return serialize(results, offered[media]), media
    except QueryError as error:
        raise Refused(400, f"query error: {error}") from None


async def read_query(request: Request) -> str:
    """The query text of a protocol request; updates and other bodies are refused."""
    if request.method == "GET":
        fields = {key: request.query_params.getlist(key) for key in request.query_params}
    else:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "the request body is not UTF-8") from None
        if media == "application/sparql-update":
            raise Refused(403, "this endpoint is read-only: updates are not accepted")
        if media == "application/sparql-query":
            return text
        if media != "application/x-www-form-urlencoded":
            raise Refused(415, "POST application/sparql-query or application/x-www-form-urlencoded")
        fields = parse_qs(text, keep_blank_values=True)
    if "update" in fields:
        raise Refused(403, "this endpoint is read-only: updates are not accepted")
    queries = fields.get("query", [])
    if len(queries) != 1:
        raise Refused(400, "give exactly one query parameter")
    return queries[0]


def create_app(store: pyoxigraph.Store | Callable[[], pyoxigraph.Store], timeout: float = 30.0) -> Starlette:
    """The endpoint app over ``store`` (or over the store a callable gives at each query,
    such as kg.sparql.FollowedStore): ``/sparql`` with a ``timeout``-second limit per
    query (see the module's docstring for how it is enforced)."""
    slots = asyncio.Semaphore(WORKERS)
    current = store if callable(store) else lambda: store

    async def evaluate(query: str, accept: str | None) -> tuple[bytes, str]:
        loop = asyncio.get_running_loop()
        store = current()
        done = loop.create_future()

        def finish(result, error) -> None:
            slots.release()
            if done.done():  # the request has timed out already
                return
            if error is None:
                done.set_result(result)
            else:
                done.set_exception(error)

        def work() -> None:
            try:
                outcome = (answer(store, query, accept), None)
            except Exception as error:  # handed to the request, which answers 400, 406 or 500
                outcome = (None, error)
            with contextlib.suppress(RuntimeError):  # the loop is gone: the server stopped
                loop.call_soon_threadsafe(finish, *outcome)

        async with asyncio.timeout(timeout):
            await slots.acquire()
            threading.Thread(target=work, name="sparql-query", daemon=True).start()
            return await done

    async def sparql(request: Request) -> Response:
        if request.method == "OPTIONS":
            return Response(status_code=204, headers={"Allow": "GET, POST, OPTIONS"})
        try:
            query = await read_query(request)
            try:
                body, media = await evaluate(query, request.headers.get("accept"))
            except TimeoutError:
                raise Refused(503, f"the query ran past the time limit of {timeout:g} s") from None
        except Refused as refusal:
            return PlainTextResponse(f"{refusal}\n", status_code=refusal.status)
        return Response(body, media_type=media)

    return Starlette(
        routes=[Route("/sparql", sparql, methods=["GET", "POST", "OPTIONS"])],
        middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                               allow_headers=["*"], max_age=3600)],
    )
