"""Load a built graph into a SPARQL 1.1 Graph Store Protocol server (Virtuoso, Fuseki,
GraphDB, Oxigraph …).

One HTTP PUT of the whole graph.ttl to ``endpoint?graph=IRI``: the protocol defines PUT as
"replace the named graph", so readers see the old graph or the new one, and a graph
pushed twice is not doubled.

Credentials are sent only to answer the server's own 401 challenge (Digest, or Basic
when that is all it offers), never before it and never to another address: a redirect
is not followed (the message names where it points).  A password is not sent over plain
http to another machine unless ``insecure`` says so (Basic shows it to anyone on the way;
loopback is fine).  The whole upload (connections, the graph, the answers) has ``timeout``
seconds: past them every connection is shut, however the server drips its answer.

>>> push("exports", "http://localhost:8890/sparql-graph-crud-auth",
...      auth=("dba", "dba"))                                       # doctest: +SKIP
10010
"""
from __future__ import annotations

import base64
import html
import http.client
import ipaddress
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pyoxigraph

from .rdf import GRAPH_IRI, graph_path

DEFAULT_TIMEOUT = 60.0


class PushError(Exception):
    """The server could not be reached or refused the graph; the message is one line."""


def push(graph_dir: str | Path, endpoint: str, named_graph: str = str(GRAPH_IRI),
         auth: tuple[str, str] | None = None, timeout: float = DEFAULT_TIMEOUT, insecure: bool = False) -> int:
    """Replace ``named_graph`` on the graph store at ``endpoint`` with ``graph_dir/graph.ttl``;
    return the number of triples sent.  ``auth`` is (user, password), sent only when the
    server asks for it; ``timeout`` bounds the whole upload, in seconds."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"{endpoint}: not an http(s) URL")
    if auth and parts.scheme == "http" and not insecure and not _loopback(parts.hostname):
        raise PushError(f"{endpoint}: a password is not sent over plain http to another machine: "
                        f"use https (or --insecure, if the network between is yours)")
    path = graph_path(graph_dir)
    triples = _count(path)
    separator = "&" if parts.query else "?"
    url = f"{endpoint}{separator}{urllib.parse.urlencode({'graph': named_graph})}"
    deadline = Deadline(timeout)
    send = deadline.sender()
    try:
        sign = _authorizer(url, auth, send)
        try:
            _put(url, path, sign, send)
        except urllib.error.HTTPError as error:  # a server that asks for credentials only on PUT
            if error.code != 401 or not auth or sign is not _unsigned:
                raise
            _put(url, path, _signer(url, auth, error.headers.get_all("WWW-Authenticate") or []), send)
    except urllib.error.HTTPError as error:
        if deadline.expired:
            raise PushError(f"{endpoint}: no answer within {timeout:g} s (--timeout, for the whole upload)") from None
        raise PushError(f"{endpoint}: {_describe(error)}") from None
    except (TimeoutError, urllib.error.URLError, OSError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", error)
        if deadline.expired or isinstance(reason, TimeoutError):
            raise PushError(f"{endpoint}: no answer within {timeout:g} s (--timeout, for the whole upload)") from None
        if isinstance(reason, http.client.HTTPException):  # a status line or headers that are not HTTP
            detail = " ".join(f"{type(reason).__name__} {reason}".split())[:160]
            raise PushError(f"{endpoint}: the server's answer is not HTTP ({detail})") from None
        raise PushError(f"cannot reach {endpoint}: {getattr(reason, 'strerror', None) or reason}") from None
    finally:
        deadline.cancel()
    return triples


class Deadline:
    """One time limit for every connection of an upload: each connects within what is left
    of it, and when it runs out every socket still open is shut (a read blocked on a
    server that drips one header line a second returns at once)."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + seconds
        self.expired = False
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True
        self.timer.start()

    def left(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0 or self.expired:
            self.expired = True
            raise TimeoutError
        return left

    def watch(self, connection: socket.socket) -> None:
        with self.lock:
            self.sockets.append(connection)
            if not self.expired:
                return
        self._shut(connection)

    def _expire(self) -> None:
        with self.lock:
            self.expired = True
            sockets = list(self.sockets)
        for connection in sockets:
            self._shut(connection)

    @staticmethod
    def _shut(connection: socket.socket) -> None:
        try:
            connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # closed already

    def cancel(self) -> None:
        self.timer.cancel()

    def sender(self) -> Callable[[urllib.request.Request], None]:
        """A function that sends a request (no redirect followed) within the deadline."""
        deadline = self

        class Connection(http.client.HTTPConnection):
            def connect(self) -> None:
                self.timeout = deadline.left()
                super().connect()
                deadline.watch(self.sock)

        class SecureConnection(http.client.HTTPSConnection):
            def connect(self) -> None:
                self.timeout = deadline.left()
                super().connect()
                deadline.watch(self.sock)

        class Handler(urllib.request.HTTPHandler):
            def http_open(self, request):
                return self.do_open(Connection, request)

        class SecureHandler(urllib.request.HTTPSHandler):
            def https_open(self, request):
                return self.do_open(SecureConnection, request, context=self._context)

        opener = urllib.request.build_opener(_NoRedirect, Handler, SecureHandler)

        def send(request: urllib.request.Request) -> None:
            opener.open(request, timeout=deadline.left()).close()
        return send


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _count(path: Path) -> int:
    """The triples of graph.ttl; PushError naming the file when it is not Turtle."""
    try:
        with open(path, "rb") as stream:
            return sum(1 for _ in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as error:  # ValueError: pyoxigraph's UTF-8 errors
        raise PushError(f"{path}: not a graph kg push can send ({' '.join(str(error).split())[:200]}); "
                        f"run `kg build` again") from None
    except OSError as error:
        raise PushError(f"{path}: cannot read it ({error.strerror or error})") from None


Signer = Callable[[urllib.request.Request], urllib.request.Request]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as the error it is here: following it could carry the
    credentials, or the graph, to another address."""

    def redirect_request(self, request, stream, code, message, headers, new_url):
        return None


Sender = Callable[[urllib.request.Request], None]


def _put(url: str, path: Path, sign: Signer, send: Sender) -> None:
    headers = {"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(path.stat().st_size)}
    with open(path, "rb") as stream:
        send(sign(urllib.request.Request(url, data=stream, method="PUT", headers=headers)))


def _unsigned(request: urllib.request.Request) -> urllib.request.Request:
    return request


def _authorizer(url: str, auth: tuple[str, str] | None, send: Sender) -> Signer:
    """A function that adds to a request for ``url`` the Authorization the server asks
    for: a body-less HEAD without credentials shows whether it asks (a 401 and its
    challenge); if it does, a second HEAD tries the answer, so missing or wrong credentials
    show as a 401 before the graph is sent (a server refusing them mid-upload just drops
    the connection).  A server that does not ask gets no credentials."""
    try:
        send(urllib.request.Request(url, method="HEAD"))
        return _unsigned
    except urllib.error.HTTPError as error:
        if error.code != 401:
            return _unsigned  # HEAD not allowed, or the like: the PUT will tell
        if not auth:
            raise
        sign = _signer(url, auth, error.headers.get_all("WWW-Authenticate") or [])
    try:
        send(sign(urllib.request.Request(url, method="HEAD")))
    except urllib.error.HTTPError as error:
        if error.code == 401:
            raise
    return sign


def _signer(url: str, auth: tuple[str, str], challenges: list[str]) -> Signer:
    """Answer one of the server's challenges: Digest if it offers it, else Basic."""
    user, password = auth
    by_scheme = {challenge.split(None, 1)[0].lower(): challenge for challenge in challenges if challenge.strip()}
    if "digest" in by_scheme:
        digest = by_scheme["digest"]
        handler = urllib.request.HTTPDigestAuthHandler(urllib.request.HTTPPasswordMgrWithDefaultRealm())
        handler.add_password(None, url, user, password)
        challenge = urllib.request.parse_keqv_list(urllib.request.parse_http_list(digest[len("digest "):]))

        def sign(request: urllib.request.Request) -> urllib.request.Request:
            try:
                answer = handler.get_authorization(request, challenge)
            except ValueError:  # an algorithm other than MD5 or SHA
                answer = None
            if not answer:
                raise PushError(f"{url}: cannot answer the server's challenge {digest!r}")
            request.add_unredirected_header("Authorization", f"Digest {answer}")
            return request
        return sign
    if "basic" in by_scheme:
        basic = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

        def sign(request: urllib.request.Request) -> urllib.request.Request:
            request.add_unredirected_header("Authorization", basic)
            return request
        return sign
    offered = ", ".join(by_scheme) or "none"
    raise PushError(f"{url}: the server asks for authentication kg push cannot give (offered: {offered})")


def _describe(error: urllib.error.HTTPError) -> str:
    if error.code == 401:
        return "401 Unauthorized: wrong or missing user and password"
    if 300 <= error.code < 400:
        location = error.headers.get("Location", "?")
        return (f"{error.code} {error.reason}: the server redirects to {location}; give that as --endpoint "
                f"if you trust it (kg push follows no redirect)")
    body = html.unescape(re.sub(r"<[^>]+>", " ", error.read(2000).decode("utf-8", "replace")))
    detail = " ".join(body.split())
    return f"{error.code} {error.reason}" + (f": {detail[:200]}" if detail else "")
