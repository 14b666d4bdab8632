"""A read-only SPARQL 1.1 Protocol endpoint over a pyoxigraph store (Starlette app).

``/sparql`` answers ``GET``/``HEAD ?query=``, ``POST`` form-encoded ``query=`` and
``POST`` ``application/sparql-query``, with the protocol's ``default-graph-uri`` and
``named-graph-uri``.  SELECT and ASK results are negotiated on ``Accept`` (SPARQL JSON
by default, XML, CSV, TSV); CONSTRUCT and DESCRIBE give Turtle by default, N-Triples,
RDF/XML or JSON-LD on request.  Without a query, ``/sparql`` gives its SPARQL 1.1
Service Description (Turtle by default, or any of those RDF formats; a browser is sent
to the query page).  ``/`` is a query page (YASGUI, served from the package: no network).

Every response allows any origin (CORS ``*``, without credentials), so that any SPARQL
client in a browser can use the endpoint, because no request can make it do anything
but read this graph: updates are refused, the stores are opened read-only, a query
never leaves the machine (``SERVICE`` is refused, and the worker processes cannot open a
socket at all: ``forbid_network``), and no request can take more than its time, memory
and size limits.  What CORS opens is reading: a web page the user visits can read the
graph from ``kg serve`` on the user's machine, as any SPARQL client can: a graph of
documents that must stay private is not to be served while untrusted pages are open,
or is to be put behind a proxy that sets its own policy.

Read-only: queries are run with ``store.query``, whose parser accepts queries and no
updates, so an update sent as a query is a 400 syntax error; an ``update=`` field or an
``application/sparql-update`` body is refused with 403.  The stores are opened read-only.

Any request leaves the server answering:

- a query longer than ``kg.sparql.MAX_QUERY_BYTES``, nesting brackets deeper than
  ``MAX_DEPTH``, or refused by ``kg.sparql.check`` otherwise (SERVICE, a thousand ``+``)
  gets 400
  before anything parses it (pyoxigraph's parser recurses on the stack and would die on
  2,200 nested braces), a body over ``body_bytes`` 413 as soon as it is known (before it
  is read), a URL over ``url_bytes`` 414 (uvicorn reads up to 4 MB of request head:
  ``UVICORN_OPTIONS``), a request that is not UTF-8 or not percent-encoded right 400;
- queries run in worker processes (``Limits.workers`` of them), each with its address
  space capped at ``Limits.memory_mb``: a query past ``Limits.timeout`` seconds (waiting
  for a worker included) gets 503 and its worker is killed and replaced, which frees its
  CPU and memory at once (a thread cannot be stopped; a process can); a worker that dies
  (out of memory, a crash) is replaced and its request gets 500; results longer than
  ``Limits.result_bytes`` get 413.

>>> app = create_app(FollowedStore("exports", scratch).path, Limits(timeout=30))   # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)                            # doctest: +SKIP
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import os
import re
import resource
import signal
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes

import pyoxigraph
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .rdf import GRAPH_NODE, stored
from .sparql import DEFAULT_TIMEOUT, GRAPH_FORMATS, MAX_QUERY_BYTES, PREFIXES, QueryError, TooLarge, check, deep, run, serialize

#: Media types offered, best first (the first is the default), and the format each is.
SOLUTION_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml", "application/ld+json": "jsonld",
}

#: The query page and what it loads: YASGUI (MIT), bundled, so the page needs no network.
ASSETS = Path(__file__).with_name("server_assets")
#: The query page may load and ask nothing but this server.
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
               "connect-src 'self'; frame-ancestors *")


@dataclass(frozen=True)
class Limits:
    """What one request may take."""
    timeout: float = DEFAULT_TIMEOUT      # seconds, from arrival to answer (503 past it)
    workers: int = 4                      # queries evaluated at once, each in its own process
    memory_mb: int = 2048                 # address space of a worker process (its query dies past it: 500)
    result_bytes: int = 64 << 20          # serialized results (413 past it)
    body_bytes: int = 1 << 20             # a POST body (413 past it)
    url_bytes: int = 3 * MAX_QUERY_BYTES + 4096  # a GET's query string: a query at its limit, percent-encoded (414)


#: How uvicorn is to run the app: with h11 (whose limits are known, where httptools may be
#: installed too), reading a request's line and headers up to 4 MB, so that a URL too long
#: is read whole and answered 414 by the app instead of a 400 and a reset connection.
UVICORN_OPTIONS = {"http": "h11", "h11_max_incomplete_event_size": 4 << 20}


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


# -- in a worker process ---------------------------------------------------------------
#: seccomp's name for each architecture (AUDIT_ARCH_*) and its numbers of the system calls
#: socket and connect: what a worker is refused, so that nothing it runs can reach the
#: network, whatever the query (pyoxigraph fetches SERVICE <url> itself, and offers no
#: setting to stop it).
_NETWORK_CALLS = {"x86_64": (0xC000003E, (41, 42)), "aarch64": (0xC00000B7, (198, 203))}


def forbid_network() -> bool:
    """Refuse this process and the threads it starts from now on (never its parent) every
    new socket and connection, with a seccomp filter (Linux on x86-64 or ARM64); False
    where that cannot be done.  The pipes and sockets it holds already keep working."""
    import ctypes
    import platform
    if platform.system() != "Linux" or platform.machine() not in _NETWORK_CALLS:
        return False
    architecture, calls = _NETWORK_CALLS[platform.machine()]

    class Instruction(ctypes.Structure):
        _fields_ = [("code", ctypes.c_uint16), ("jump_true", ctypes.c_uint8), ("jump_false", ctypes.c_uint8),
                    ("k", ctypes.c_uint32)]

    class Program(ctypes.Structure):
        _fields_ = [("length", ctypes.c_uint16), ("instructions", ctypes.POINTER(Instruction))]

    load, equal, at_least, give = 0x20, 0x15, 0x35, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_JMP|JGE|K, BPF_RET|K
    allow, refuse = 0x7FFF0000, 0x00050000 | 1  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EPERM
    count = len(calls)
    filter_ = [(load, 0, 0, 4),                              # the architecture
               (equal, 0, count + 2, architecture),          # another one (32-bit calls): allowed as it is
               (load, 0, 0, 0),                              # the system call's number
               (at_least, count + 1, 0, 0x40000000),         # x32 numbering: refused
               *((equal, count - i, 0, call) for i, call in enumerate(calls)),
               (give, 0, 0, allow), (give, 0, 0, refuse)]
    instructions = (Instruction * len(filter_))(*(Instruction(*line) for line in filter_))
    libc = ctypes.CDLL(None, use_errno=True)
    no_new_privileges, set_seccomp, filter_mode = 38, 22, 2
    if libc.prctl(no_new_privileges, 1, 0, 0, 0) != 0:
        return False
    program = Program(len(filter_), instructions)
    return libc.prctl(set_seccomp, filter_mode, ctypes.byref(program), 0, 0) == 0


def answer(store: pyoxigraph.Store, job: dict) -> tuple[bytes, str]:
    """Run one job's query and serialize its results as the client prefers: (body, type).
    Call it inside kg.sparql.deep: SELECT results are evaluated as they are serialized."""
    try:
        results = run(store, job["query"], job.get("default_graphs"), job.get("named_graphs"))
        offered = GRAPH_TYPES if isinstance(results, pyoxigraph.QueryTriples) else SOLUTION_TYPES
        media = negotiate(job.get("accept"), list(offered))
        if media is None:
            raise Refused(406, f"cannot answer in {job.get('accept')}; offered: {', '.join(offered)}")
        return serialize(results, offered[media], job.get("result_bytes")), media
    except TooLarge as error:
        raise Refused(413, str(error)) from None
    except QueryError as error:
        raise Refused(400, f"query error: {error}") from None


def _serve_jobs(connection, memory_bytes: int) -> None:
    """A worker process: answers the jobs that come down ``connection`` one at a time,
    each as a JSON head ({"status", "media"}) and a body.  Everything it is sent and sends
    is JSON or bytes, so neither side unpickles what the other wrote."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    os.environ["RUST_BACKTRACE"] = "0"  # a query out of memory aborts with one line, not a backtrace
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    forbid_network()  # where it cannot, SERVICE is still refused before a query runs (kg.sparql.check)
    opened: tuple[str, pyoxigraph.Store] | None = None
    while True:
        try:
            job = json.loads(connection.recv_bytes())
        except (EOFError, OSError):  # the server is gone
            return
        try:
            if opened is None or opened[0] != job["folder"]:
                opened = None  # the store before is closed first
                opened = (job["folder"], pyoxigraph.Store.read_only(job["folder"]))
            body, media = deep(answer, opened[1], job)
            head = {"status": 200, "media": media}
        except Refused as refusal:
            head, body = {"status": refusal.status, "media": "text/plain"}, f"{refusal}\n".encode()
        except (OSError, MemoryError) as error:  # the store cannot be opened or read; memory ran out
            head = {"status": 500, "media": "text/plain"}
            body = f"the query failed: {' '.join(str(error).split())[:300]}\n".encode()
        connection.send_bytes(json.dumps(head).encode())
        connection.send_bytes(body)


# -- in the server -------------------------------------------------------------------------
class Worker:
    """One worker process and the pipe to it."""

    def __init__(self, context, memory_bytes: int) -> None:
        here, there = context.Pipe()
        self.process = context.Process(target=_serve_jobs, args=(there, memory_bytes), name="kg-sparql-worker",
                                       daemon=True)
        self.process.start()
        there.close()
        self.connection = here

    def ask(self, job: bytes, timeout: float) -> tuple[dict, bytes]:
        """Send a job and wait for its answer (blocking: run it on a thread);
        TimeoutError past ``timeout`` seconds, EOFError or OSError when the worker died."""
        self.connection.send_bytes(job)
        if not self.connection.poll(max(timeout, 0)):
            raise TimeoutError
        head = json.loads(self.connection.recv_bytes())
        return head, self.connection.recv_bytes()

    def stop(self) -> str:
        """Kill the process (if it still runs); how it ended, for a message."""
        self.process.kill()
        self.process.join()
        self.connection.close()
        code = self.process.exitcode
        if code is not None and code < 0:
            with contextlib.suppress(ValueError):
                return f"signal {signal.Signals(-code).name}"
        return f"exit code {code}"


def ask_once(folder: str | Path, query: str, accept: str, timeout: float) -> tuple[dict, bytes]:
    """One query on the store in ``folder`` in a worker process of its own, as ``kg
    serve`` runs them (``kg sparql --timeout``): its answer (head, body) negotiated on
    ``accept``; TimeoutError past ``timeout`` seconds, the worker being killed at once
    (its CPU and memory are freed: a thread could not be stopped), EOFError or OSError
    when it died."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.server"])
    worker = Worker(context, 0)
    try:
        return worker.ask(json.dumps({"query": query, "accept": accept, "folder": str(folder)}).encode(), timeout)
    finally:
        worker.stop()


class Workers:
    """The pool of worker processes: each answers one query at a time; one that runs past
    its time or dies is killed and replaced."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(["kg.server"])  # a new worker is a fork of a loaded process
        self.threads = ThreadPoolExecutor(max_workers=2 * limits.workers + 2, thread_name_prefix="kg-sparql")
        self.idle: asyncio.Queue[Worker] | None = None
        self.workers: set[Worker] = set()
        self.starting: set[asyncio.Future] = set()

    def _spawn(self) -> Worker:
        worker = Worker(self.context, self.limits.memory_mb << 20)
        self.workers.add(worker)
        return worker

    async def start(self) -> None:
        if self.idle is not None:
            return
        self.idle = asyncio.Queue()
        loop = asyncio.get_running_loop()
        for worker in await asyncio.gather(*(loop.run_in_executor(self.threads, self._spawn)
                                             for _ in range(self.limits.workers))):
            self.idle.put_nowait(worker)

    def _replace(self, worker: Worker) -> str:
        """Stop ``worker`` and start another in its place (in the background); how it ended."""
        self.workers.discard(worker)
        ended = worker.stop()
        loop = asyncio.get_running_loop()
        starting = loop.run_in_executor(self.threads, self._spawn)
        self.starting.add(starting)

        def started(future: asyncio.Future) -> None:
            self.starting.discard(future)
            if not future.cancelled() and future.exception() is None and self.idle is not None:
                self.idle.put_nowait(future.result())
        starting.add_done_callback(started)
        return ended

    async def ask(self, job: dict, timeout: float) -> tuple[dict, bytes]:
        """A job's answer (head, body) within ``timeout`` seconds, waiting for a free
        worker included; Refused (503 or 500) otherwise."""
        await self.start()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            worker = await asyncio.wait_for(self.idle.get(), timeout)
        except TimeoutError:
            raise Refused(503, f"every query worker stayed busy for the time limit of {timeout:g} s") from None
        finished = False
        try:
            head, body = await loop.run_in_executor(self.threads, worker.ask, json.dumps(job).encode(),
                                                    deadline - loop.time())
            finished = True
        except TimeoutError:
            raise Refused(503, f"the query ran past the time limit of {timeout:g} s and was stopped") from None
        except (EOFError, OSError):
            ended = self._replace(worker)
            worker = None
            raise Refused(500, f"the query stopped its worker process ({ended}: out of memory, "
                               f"or a crash); a new worker took its place") from None
        finally:
            if worker is not None:
                if finished:
                    self.idle.put_nowait(worker)
                else:  # timed out, or the request was cancelled while the query ran
                    self._replace(worker)
        return head, body

    def stop(self) -> None:
        for worker in list(self.workers):
            worker.stop()
        self.workers.clear()
        self.threads.shutdown(wait=False, cancel_futures=True)


# -- requests ------------------------------------------------------------------------------
_BAD_PERCENT = re.compile(rb"%(?![0-9A-Fa-f]{2})")


def parse_form(raw: bytes) -> dict[str, list[str]]:
    """The fields of an application/x-www-form-urlencoded string (a URL's query or a POST
    body), strictly: a % not followed by two hex digits, or bytes that are not UTF-8
    once decoded, are refused with 400."""
    if _BAD_PERCENT.search(raw):
        raise Refused(400, "the request is not percent-encoded right (a % without two hex digits)")
    fields: dict[str, list[str]] = {}
    for pair in raw.split(b"&"):
        if not pair:
            continue
        name, _, value = pair.partition(b"=")
        try:
            name, value = (unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8") for part in (name, value))
        except UnicodeDecodeError:
            raise Refused(400, "the request is not UTF-8 once percent-decoded") from None
        fields.setdefault(name, []).append(value)
    return fields


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Refused(413, f"the request body is over the limit of {limit:,} bytes")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Refused(413, f"the request body is over the limit of {limit:,} bytes")
            chunks.append(chunk)
    except ClientDisconnect:  # the answer goes nowhere; the log keeps no traceback
        raise Refused(400, "the connection closed before the end of the request body") from None
    return b"".join(chunks)


async def read_fields(request: Request, limits: Limits) -> dict[str, list[str]]:
    """The protocol fields of a request (query, default-graph-uri, named-graph-uri, and
    any other); the query of an application/sparql-query body under "query"."""
    url_query = request.scope.get("query_string", b"")
    if len(url_query) > limits.url_bytes:
        raise Refused(414, f"the URL is over the limit of {limits.url_bytes:,} bytes: POST a long query")
    fields = parse_form(url_query)
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise Refused(403, "this endpoint is read-only: updates are not accepted")
        body = await read_body(request, limits.body_bytes)
        if media == "application/sparql-query":
            try:
                fields["query"] = fields.get("query", []) + [body.decode("utf-8")]
            except UnicodeDecodeError:
                raise Refused(400, "the request body is not UTF-8") from None
        elif media == "application/x-www-form-urlencoded":
            for name, values in parse_form(body).items():
                fields.setdefault(name, []).extend(values)
        else:
            raise Refused(415, "POST application/sparql-query or application/x-www-form-urlencoded")
    if "update" in fields:
        raise Refused(403, "this endpoint is read-only: updates are not accepted")
    return fields


def job_of(fields: dict[str, list[str]], accept: str | None, limits: Limits) -> dict:
    """The job a worker runs for a request with a query (refused here if over the limits)."""
    queries = fields["query"]
    if len(queries) != 1:
        raise Refused(400, "give exactly one query parameter")
    try:
        check(queries[0])  # the limits kg.sparql.run checks again in the worker
    except QueryError as error:
        raise Refused(400, f"query refused: {error}") from None
    job = {"query": queries[0], "accept": accept, "result_bytes": limits.result_bytes}
    if "default-graph-uri" in fields or "named-graph-uri" in fields:
        job["default_graphs"] = fields.get("default-graph-uri", [])
        job["named_graphs"] = fields.get("named-graph-uri", [])
    return job


# -- the service description ---------------------------------------------------------------
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "RDF_XML", "JSON-LD")
DESCRIPTION_PREFIXES = {"sd": SD, "formats": FORMATS, "void": "http://rdfs.org/ns/void#",
                        "dcterms": PREFIXES["dcterms"]}
#: The RDF formats the description is offered in, then the page a browser is sent to.
DESCRIPTION_TYPES = {media: fmt for media, fmt in GRAPH_TYPES.items() if media != "text/plain"}


def service_description(endpoint: str, triples: int | None) -> list[pyoxigraph.Triple]:
    """The SPARQL 1.1 Service Description of the endpoint at ``endpoint``: SPARQL 1.1
    Query (no update), the result formats, and the dataset: the graph as the default
    graph and as the named graph GRAPH_NODE (with its size, when known)."""
    ox = pyoxigraph
    sd, void = (lambda name: ox.NamedNode(SD + name)), (lambda name: ox.NamedNode("http://rdfs.org/ns/void#" + name))
    a = ox.NamedNode(PREFIXES["rdf"] + "type")
    service, dataset, default, named, graph = (ox.NamedNode(endpoint), ox.BlankNode("dataset"),
                                               ox.BlankNode("default"), ox.BlankNode("named"), ox.BlankNode("graph"))
    description = [
        (service, a, sd("Service")), (service, sd("endpoint"), service),
        (service, sd("supportedLanguage"), sd("SPARQL11Query")),
        (service, ox.NamedNode(PREFIXES["dcterms"] + "title"), ox.Literal("ailaw-kg: AI-law knowledge graph (read-only)")),
        *((service, sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in RESULT_FORMATS),
        (service, sd("defaultDataset"), dataset), (dataset, a, sd("Dataset")),
        (dataset, sd("defaultGraph"), default), (default, a, sd("Graph")),
        (dataset, sd("namedGraph"), named), (named, a, sd("NamedGraph")), (named, sd("name"), GRAPH_NODE),
        (named, sd("graph"), graph), (graph, a, sd("Graph")),
    ]
    if triples is not None:
        size = ox.Literal(str(triples), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
        description += [(default, void("triples"), size), (graph, void("triples"), size)]
    return [ox.Triple(*triple) for triple in description]


# -- the app -------------------------------------------------------------------------------
def create_app(source: Callable[[], Path] | str | Path, limits: Limits = Limits()) -> Starlette:
    """The endpoint app over the store `kg build` keeps in the graph folder ``source``, or
    over the store folder a callable gives at each query (kg.sparql.FollowedStore.path,
    which follows the newer stores `kg build` makes, and stands in for a missing one):
    ``/sparql`` within ``limits``; ``/`` the query page."""
    if callable(source):
        folder = source
    else:
        found = stored(source)
        if found is None:
            raise FileNotFoundError(f"{source}: no store beside graph.ttl (run `kg build`)")
        folder = lambda: found  # noqa: E731
    workers = Workers(limits)
    sizes: dict[str, int] = {}  # triples per store folder, for the description

    async def size(store: str) -> int | None:
        if store not in sizes:
            job = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "folder": store,
                   "accept": "application/sparql-results+json"}
            try:
                head, body = await workers.ask(job, limits.timeout)
                sizes[store] = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
            except (Refused, ValueError, KeyError, IndexError):
                return None  # described without its size this time
        return sizes[store]

    async def describe(request: Request) -> Response:
        media = negotiate(request.headers.get("accept"), [*DESCRIPTION_TYPES, "text/html"])
        if media == "text/html":
            return RedirectResponse(request.url_for("page"), status_code=303)
        if media is None:
            raise Refused(406, f"the service description is offered in {', '.join(DESCRIPTION_TYPES)}")
        endpoint = str(request.url.replace(query=""))
        body = pyoxigraph.serialize(service_description(endpoint, await size(str(folder()))),
                                    format=GRAPH_FORMATS[DESCRIPTION_TYPES[media]], prefixes=DESCRIPTION_PREFIXES)
        return Response(body, media_type=media)

    async def sparql(request: Request) -> Response:
        if request.method == "OPTIONS":
            return Response(status_code=204, headers={"Allow": "GET, HEAD, POST, OPTIONS"})
        try:
            fields = await read_fields(request, limits)
            if "query" not in fields:
                if request.method == "POST":
                    raise Refused(400, "give exactly one query parameter")
                return await describe(request)
            job = {**job_of(fields, request.headers.get("accept"), limits), "folder": str(folder())}
            head, body = await workers.ask(job, limits.timeout)
        except Refused as refusal:
            return PlainTextResponse(f"{refusal}\n", status_code=refusal.status)
        return Response(body, status_code=head["status"], media_type=head["media"])

    async def page(request: Request) -> Response:
        return FileResponse(ASSETS / "query.html", headers={"Content-Security-Policy": PAGE_POLICY})

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await workers.start()
        try:
            yield
        finally:
            workers.stop()

    methods = ["GET", "HEAD", "POST", "OPTIONS"]
    app = Starlette(
        routes=[Route("/sparql", sparql, methods=methods), Route("/", page, name="page"),
                Mount("/static", StaticFiles(directory=ASSETS), name="static")],
        middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=methods, allow_headers=["*"],
                               max_age=3600)],
        lifespan=lifespan,
    )
    app.state.workers = workers
    return app
