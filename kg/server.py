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
  is read), a URL over ``url_bytes`` 414, a request line and headers over ``head_bytes``
  414 or 431, a request that is not UTF-8 or not percent-encoded right 400;
- a client gets ``request_seconds`` to send a whole request, and ``connections`` may be
  open at once (past it the oldest one still sending its request is closed): a thousand
  connections dripping their headers leave it answering (``guarded_protocol``), and what
  is refused or closed is logged in one line per burst, not a traceback each;
- queries run in worker processes (``Limits.workers`` of them), each with its address
  space capped at ``Limits.memory_mb``: a query past ``Limits.timeout`` seconds (waiting
  for a worker included) gets 503 and its worker is killed and replaced, which frees its
  CPU and memory at once (a thread cannot be stopped; a process can); a worker that dies
  (out of memory, a crash) is replaced and its request gets 500; results longer than
  ``Limits.result_bytes`` get 413;
- while every worker runs a long query, a short one is answered within about
  ``Limits.quick_seconds`` on one more worker kept for them (``QuickLane``).

No answer echoes the request's Host header: a redirect is relative, and the service
description names the endpoint by ``base_url`` or the address the server listens on.

>>> app = create_app(FollowedStore("exports").path, Limits(timeout=30))   # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000, **uvicorn_options(Limits(timeout=30)))  # doctest: +SKIP
"""
from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import json
import logging
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

from .stores import GRAPH_NODE, stored
from .sparql import (DEFAULT_TIMEOUT, GRAPH_FORMATS, MAX_QUERY_BYTES, PREFIXES, STACK_BYTES, QueryError, TooLarge, check, deep,
                     open_for_query, run, serialize)

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
    memory_mb: int = 2048                 # address space of a worker process beyond its query stack (a query past it dies: 500)
    result_bytes: int = 64 << 20          # serialized results (413 past it)
    body_bytes: int = 1 << 20             # a POST body (413 past it)
    url_bytes: int = 3 * MAX_QUERY_BYTES + 4096  # a GET's query string: a query at its limit, percent-encoded (414)
    head_bytes: int = 3 * MAX_QUERY_BYTES + 36_864  # a request's line and headers (414, or 431, past it)
    request_seconds: float = 10.0         # to send a whole request (line, headers, body), from the connection
                                          # or the answer before (the connection is closed past it)
    connections: int = 500                # open at once: past it the oldest still sending its request is
                                          # closed, or the new one when none is
    quick_seconds: float = 0.5            # while every worker is busy, a query is tried this long on a worker
                                          # kept for short queries (shortest text first), then waits for one


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
    if memory_bytes:  # and the query thread's stack (kg.sparql.deep), which is reserved, not used: without
        # it, a worker loaded near the cap could not start the thread, and failed every query with 500
        limit = memory_bytes + STACK_BYTES
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
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
                opened = (job["folder"], open_for_query(job["folder"]))  # a store, or a graph.ttl
            body, media = deep(answer, opened[1], job)
            head = {"status": 200, "media": media}
        except Refused as refusal:
            head, body = {"status": refusal.status, "media": "text/plain"}, f"{refusal}\n".encode()
        except (OSError, RuntimeError, MemoryError) as error:  # the store cannot be opened or read (RuntimeError:
            # pyoxigraph's "Corruption: …"); memory ran out
            head = {"status": 500, "media": "text/plain"}
            body = f"the query failed: {' '.join(str(error).split())[:300]}\n".encode()
        except Exception as error:  # anything else pyoxigraph raises: one line, and the worker lives on
            head = {"status": 500, "media": "text/plain"}
            body = f"the query failed ({type(error).__name__}): {' '.join(str(error).split())[:300]}\n".encode()
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
    its time or dies is killed and replaced.  While every one is busy, a query is first
    tried on one more worker kept for short queries (``QuickLane``)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(["kg.server"])  # a new worker is a fork of a loaded process
        self.threads = ThreadPoolExecutor(max_workers=2 * limits.workers + 4, thread_name_prefix="kg-sparql")
        self.idle: asyncio.Queue[Worker] | None = None
        self.workers: set[Worker] = set()
        self.starting: set[asyncio.Future] = set()
        self.quick = QuickLane(self, limits.quick_seconds) if limits.quick_seconds > 0 else None
        self.queued = 0  # queries waiting for a worker

    def _spawn(self) -> Worker:
        worker = Worker(self.context, self.limits.memory_mb << 20)
        self.workers.add(worker)
        return worker

    def _spawn_quick(self) -> Worker:
        return Worker(self.context, self.limits.memory_mb << 20)

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
        # a free worker is one no query already waits for (one just put back may be promised to a waiting query)
        if self.quick is not None and self.idle.qsize() <= self.queued:
            answered = await self.quick.ask(job, deadline)
            if answered is not None:
                return answered
        self.queued += 1
        try:
            worker = await asyncio.wait_for(self.idle.get(), max(deadline - loop.time(), 0))
        except TimeoutError:
            raise Refused(503, f"every query worker stayed busy for the time limit of {timeout:g} s") from None
        finally:
            self.queued -= 1
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
        if self.quick is not None:
            self.quick.stop()
        self.threads.shutdown(wait=False, cancel_futures=True)


class QuickLane:
    """One more worker process, for the queries that come while every worker is busy: they
    take turns on it, the shortest query text first, each for at most ``seconds`` (a worker
    past it is killed; a new one starts in 20 ms).  A short query is answered within about
    ``seconds`` however many runaway queries hold the workers (ASK {} waited 7.5 s behind
    30 s ones); one that needs longer waits for a worker with the time it has left."""

    def __init__(self, workers: Workers, seconds: float) -> None:
        self.workers, self.seconds = workers, seconds
        self.worker: Worker | None = None
        self.spawning: asyncio.Future | None = None  # the next worker, starting
        self.busy = False
        self.waiting: list[tuple[int, int, asyncio.Future]] = []  # a heap: (query length, arrival, turn)
        self.arrivals = itertools.count()

    def _next(self) -> None:
        while not self.busy and self.waiting:
            turn = heapq.heappop(self.waiting)[2]
            if not turn.done():
                self.busy = True
                turn.set_result(None)

    async def ask(self, job: dict, deadline: float) -> tuple[dict, bytes] | None:
        """The job's answer when it comes within the lane's time; None when the job's turn
        did not come before ``deadline`` or it ran past ``seconds`` (then it was stopped)."""
        loop = asyncio.get_running_loop()
        turn = loop.create_future()
        heapq.heappush(self.waiting, (len(job.get("query", "")), next(self.arrivals), turn))
        self._next()
        try:
            await asyncio.wait_for(turn, max(deadline - loop.time(), 0))
        except BaseException as error:  # out of time, or the request cancelled while it waited
            if turn.done() and not turn.cancelled():  # its turn had come: pass it on
                self.busy = False
                self._next()
            turn.cancel()  # still in the heap: _next skips it
            if isinstance(error, TimeoutError):
                return None
            raise
        kept, worker = False, None
        try:
            worker, self.worker = self.worker, None
            if worker is None:
                spawning, self.spawning = self.spawning, None
                worker = await (spawning or loop.run_in_executor(self.workers.threads, self.workers._spawn_quick))
            limit = min(self.seconds, deadline - loop.time())
            try:
                answered = await loop.run_in_executor(self.workers.threads, worker.ask, json.dumps(job).encode(), limit)
            except TimeoutError:
                return None
            except (EOFError, OSError):
                raise Refused(500, f"the query stopped its worker process ({worker.stop()}: out of memory, "
                                   f"or a crash); a new worker took its place") from None
            self.worker, kept = worker, True
            return answered
        finally:
            if not kept and worker is not None:
                worker.process.kill()  # stopped at once; reaped on a thread, so that nothing here waits
                loop.run_in_executor(self.workers.threads, worker.stop)
                # the next one starts now, while the next query is on its way
                self.spawning = loop.run_in_executor(self.workers.threads, self.workers._spawn_quick)
            self.busy = False
            self._next()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        if self.spawning is not None and self.spawning.done() and not self.spawning.cancelled() \
                and self.spawning.exception() is None:
            self.spawning.result().stop()
        self.spawning = None


# -- connections ---------------------------------------------------------------------------
class ConnectionGuard:
    """What the connections of one server share: those still sending their request, oldest
    first, and the count of what was refused or closed, logged in one line per burst (a
    flood of 1,100 connections logged 284,586 tracebacks in 30 s)."""

    BURST_SECONDS = 10.0  # what happens within this long is told in one line

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.sending: dict[object, None] = {}  # connections still sending their request, oldest first
        self.counts: dict[str, int] = {}
        self.flushing: asyncio.TimerHandle | None = None
        self.logger = logging.getLogger("uvicorn.error")
        self.loops: set[int] = set()

    def note(self, loop: asyncio.AbstractEventLoop, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1
        if self.flushing is None:
            self.flushing = loop.call_later(self.BURST_SECONDS, self.flush)

    def admit(self, connection, open_now: int) -> bool:
        """Whether a new ``connection`` may stay, with ``open_now`` open: past the limit the
        oldest one still sending its request is closed to make room, else the new one."""
        if open_now <= self.limits.connections:
            return True
        oldest = next((other for other in self.sending if other is not connection), None)
        if oldest is None:
            connection.refused = True
            self.note(connection.loop, "refused")
            connection.transport.abort()
            return False
        self.note(connection.loop, "evicted")
        oldest.close_now()
        return True

    def answer_and_close(self, connection, status: int, reason: str, message: str) -> None:
        """Answer ``connection`` and close it after what the client still sends (for a while):
        closing with its data unread would reset it before the client reads the answer."""
        connection.request_read()
        connection.refused = True  # what comes now is dropped
        connection.transport.write(_refusal(status, reason, message))
        if connection.transport.can_write_eof():
            connection.transport.write_eof()
        connection.loop.call_later(self.limits.request_seconds, connection.transport.abort)

    def flush(self) -> None:
        self.flushing = None
        said = {"refused": f"refused over the limit of {self.limits.connections} open connections",
                "evicted": "closed to make room, still sending their request",
                "late": f"closed for not sending a whole request within {self.limits.request_seconds:g} s",
                "large": f"answered 414/431 for a request line and headers over {self.limits.head_bytes:,} bytes",
                "descriptors": "accepts failed for want of file descriptors"}
        parts = [f"{count:,} {said[what]}" for what, count in self.counts.items() if count]
        self.counts = {}
        if parts:
            self.logger.warning("kg serve: in the last %g s: %s", self.BURST_SECONDS, "; ".join(parts))

    def watch_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Count the loop's failed accepts (EMFILE) in the burst's line, not a traceback each."""
        if id(loop) in self.loops:
            return
        self.loops.add(id(loop))
        previous = loop.get_exception_handler()

        def handler(loop: asyncio.AbstractEventLoop, context: dict) -> None:
            if "out of system resource" in str(context.get("message", "")):
                self.note(loop, "descriptors")
            elif previous is not None:
                previous(loop, context)
            else:
                loop.default_exception_handler(context)
        loop.set_exception_handler(handler)


def _refusal(status: int, reason: str, message: str) -> bytes:
    body = (message + "\n").encode()
    return (f"HTTP/1.1 {status} {reason}\r\ncontent-type: text/plain; charset=utf-8\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n").encode() + body


def _too_large(head: bytes, limit: int) -> tuple[int, str, str]:
    """The answer to a request whose line and headers, ``head`` so far, are over ``limit``
    bytes: 414 when the line alone is, else 431."""
    if b"\r\n" in head[:limit]:
        return 431, "Request Header Fields Too Large", f"the request's headers are over the limit of {limit:,} bytes"
    return 414, "URI Too Long", f"the URL is over the limit of {limit:,} bytes: POST a long query"


def guarded_protocol(limits: Limits) -> type:
    """uvicorn's h11 protocol with the limits a slow or huge request meets: its line,
    headers and body within ``limits.request_seconds`` of the connection (or of the answer
    before, on a kept-alive connection), its line and headers within ``limits.head_bytes``
    (414 when the line alone is longer, else 431), and ``limits.connections`` open at once
    (past it the oldest connection still sending its request is closed, else the new one).
    What these close is told in one log line per burst (ConnectionGuard)."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    guard = ConnectionGuard(limits)

    class Guarded(H11Protocol):
        def connection_made(self, transport) -> None:
            self.deadline: asyncio.TimerHandle | None = None
            self.current = None   # the request being read or answered (uvicorn's cycle)
            self.reading = False  # whether its body is still coming
            self.refused = False
            super().connection_made(transport)
            guard.watch_loop(self.loop)
            if guard.admit(self, len(self.connections)):
                self.await_request()

        def await_request(self) -> None:
            guard.sending[self] = None
            if self.deadline is not None:
                self.deadline.cancel()
            self.deadline = self.loop.call_later(limits.request_seconds, self.late)

        def request_read(self) -> None:
            guard.sending.pop(self, None)
            if self.deadline is not None:
                self.deadline.cancel()
                self.deadline = None

        def late(self) -> None:
            self.deadline = None
            if self in guard.sending and not self.transport.is_closing():
                guard.note(self.loop, "late")
                self.close_now()

        def close_now(self) -> None:
            self.request_read()
            self.transport.abort()

        def data_received(self, data: bytes) -> None:
            if self.refused:
                return
            super().data_received(data)
            if self in guard.sending and len(self.conn.trailing_data[0]) > limits.head_bytes:  # its head, too long
                guard.note(self.loop, "large")
                guard.answer_and_close(self, *_too_large(self.conn.trailing_data[0], limits.head_bytes))

        def handle_events(self) -> None:
            super().handle_events()
            if self.cycle is not None and self.cycle is not self.current:  # a new request's head is read
                self.current, self.reading = self.cycle, True
                guard.sending.pop(self, None)
            if self.reading and not self.current.more_body:  # and its body
                self.reading = False
                self.request_read()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.conn.their_state is not h11.MUST_CLOSE:
                self.await_request()  # a kept-alive connection: the next request has its own time

        def connection_lost(self, exc) -> None:
            self.request_read()
            super().connection_lost(exc)

    Guarded.guard = guard
    return Guarded


def uvicorn_options(limits: Limits = Limits()) -> dict:
    """The keyword arguments of ``uvicorn.run`` / ``uvicorn.Config`` that apply ``limits``
    to connections (guarded_protocol; h11's own cap on a request's head stays above ours,
    as a backstop, by a read's most)."""
    return {"http": guarded_protocol(limits), "h11_max_incomplete_event_size": limits.head_bytes + (256 << 10) + 1}


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
def create_app(source: Callable[[], Path] | str | Path, limits: Limits = Limits(), base_url: str | None = None
               ) -> Starlette:
    """The endpoint app over the store `kg build` keeps in the graph folder ``source``, or
    over the store folder a callable gives at each query (kg.sparql.FollowedStore.path,
    which follows the newer stores `kg build` makes, and stands in for a missing one):
    ``/sparql`` within ``limits``; ``/`` the query page.  ``base_url`` is the URL the
    service description names the endpoint by (``kg serve --base-url``, behind a proxy);
    without it, the address the server listens on: never a request's Host header, which
    anyone can set (a redirect is relative for the same reason).  Run it with
    ``uvicorn_options(limits)``."""
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
            return RedirectResponse("./", status_code=303)  # the query page, beside /sparql
        if media is None:
            raise Refused(406, f"the service description is offered in {', '.join(DESCRIPTION_TYPES)}")
        endpoint = base_url or listening(request.scope)
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
    app.state.limits = limits
    return app


def listening(scope: dict) -> str:
    """The endpoint's URL from the address its server listens on (the socket's own, as
    uvicorn gives it in the ASGI scope)."""
    host, port = scope.get("server") or ("127.0.0.1", 80)
    host = f"[{host}]" if ":" in str(host) else host
    scheme = scope.get("scheme", "http")
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}{'' if port in (None, default) else f':{port}'}/sparql"
