"""Load a built graph into a SPARQL 1.1 Graph Store Protocol server (Virtuoso, Fuseki,
GraphDB, Oxigraph …).

One HTTP PUT of the whole graph.ttl to ``endpoint?graph=IRI``: the protocol defines PUT as
"replace the named graph", so readers see the old graph or the new one, and a graph
pushed twice is not doubled.

>>> push("exports", "http://localhost:8890/sparql-graph-crud-auth",
...      auth=("dba", "dba"))                                       # doctest: +SKIP
10010
"""
from __future__ import annotations

import base64
import html
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pyoxigraph

from .rdf import GRAPH_IRI, graph_path


class PushError(Exception):
    """The server could not be reached or refused the graph."""


def push(graph_dir: str | Path, endpoint: str, named_graph: str = str(GRAPH_IRI),
         auth: tuple[str, str] | None = None, timeout: float = 600) -> int:
    """Replace ``named_graph`` on the graph store at ``endpoint`` with ``graph_dir/graph.ttl``;
    return the number of triples sent.  ``auth`` is (user, password), sent as HTTP Digest
    when the server asks for it, else as Basic."""
    if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushError(f"{endpoint}: not an http(s) URL")
    path = graph_path(graph_dir)
    with open(path, "rb") as stream:
        triples = sum(1 for _ in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    url = f"{endpoint}{separator}{urllib.parse.urlencode({'graph': named_graph})}"
    headers = {"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(path.stat().st_size)}
    try:
        sign = _authorizer(url, auth, timeout)
        with open(path, "rb") as stream:
            _send(sign(urllib.request.Request(url, data=stream, method="PUT", headers=headers)), timeout)
    except urllib.error.HTTPError as error:
        raise PushError(f"{endpoint}: {_describe(error)}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PushError(f"cannot reach {endpoint}: {getattr(reason, 'strerror', None) or reason}") from None
    return triples


Signer = Callable[[urllib.request.Request], urllib.request.Request]


def _send(request: urllib.request.Request, timeout: float) -> None:
    urllib.request.urlopen(request, timeout=timeout).close()


def _authorizer(url: str, auth: tuple[str, str] | None, timeout: float) -> Signer:
    """A function that adds an Authorization header to a request for ``url``: HTTP Digest
    answering the challenge the server gives a body-less HEAD, else Basic.  A second HEAD
    tries the answer, so missing or wrong credentials show as a 401 before the graph is sent
    (a server refusing them mid-upload just drops the connection)."""
    challenges: list[str] = []
    try:
        _send(urllib.request.Request(url, method="HEAD"), timeout)
    except urllib.error.HTTPError as error:
        if error.code == 401 and not auth:
            raise
        if error.code == 401:
            challenges = error.headers.get_all("WWW-Authenticate") or []
    if not auth:
        return lambda request: request
    user, password = auth
    digest = next((c for c in challenges if c.lower().startswith("digest ")), None)
    if digest is None:
        basic = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

        def sign(request: urllib.request.Request) -> urllib.request.Request:
            request.add_header("Authorization", basic)
            return request
    else:
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
            request.add_header("Authorization", f"Digest {answer}")
            return request
    try:
        _send(sign(urllib.request.Request(url, method="HEAD")), timeout)
    except urllib.error.HTTPError as error:
        if error.code == 401:
            raise
    return sign


def _describe(error: urllib.error.HTTPError) -> str:
    if error.code == 401:
        return "401 Unauthorized: wrong or missing user and password"
    body = html.unescape(re.sub(r"<[^>]+>", " ", error.read(2000).decode("utf-8", "replace")))
    detail = " ".join(body.split())
    return f"{error.code} {error.reason}" + (f": {detail[:200]}" if detail else "")
