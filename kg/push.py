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
    path = graph_path(graph_dir)
    with open(path, "rb") as stream:
        triples = sum(1 for _ in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    url = f"{endpoint}{separator}{urllib.parse.urlencode({'graph': named_graph})}"
    headers = {"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(path.stat().st_size)}
    try:
        with open(path, "rb") as stream:
            request = urllib.request.Request(url, data=stream, method="PUT", headers=headers)
            if auth:
                request.add_header("Authorization", _authorization(request, auth, timeout))
            urllib.request.urlopen(request, timeout=timeout).close()
    except urllib.error.HTTPError as error:
        raise PushError(f"{endpoint}: {_describe(error)}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PushError(f"cannot reach {endpoint}: {getattr(reason, 'strerror', None) or reason}") from None
    return triples


def _authorization(request: urllib.request.Request, auth: tuple[str, str], timeout: float) -> str:
    """The Authorization header for ``request``, answering the challenge the server gives a
    body-less HEAD, so that the graph is sent once, already authenticated."""
    user, password = auth
    challenges: list[str] = []
    try:
        urllib.request.urlopen(urllib.request.Request(request.full_url, method="HEAD"), timeout=timeout).close()
    except urllib.error.HTTPError as error:
        if error.code == 401:
            challenges = error.headers.get_all("WWW-Authenticate") or []
    digest = next((c for c in challenges if c.lower().startswith("digest ")), None)
    if digest is None:
        return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    handler = urllib.request.HTTPDigestAuthHandler()
    handler.add_password(None, request.full_url, user, password)
    challenge = urllib.request.parse_keqv_list(urllib.request.parse_http_list(digest[len("digest "):]))
    try:
        answer = handler.get_authorization(request, challenge)
    except ValueError:  # an algorithm other than MD5 or SHA
        answer = None
    if not answer:
        raise PushError(f"{request.full_url}: cannot answer the server's challenge {digest!r}")
    return "Digest " + answer


def _describe(error: urllib.error.HTTPError) -> str:
    if error.code == 401:
        return "401 Unauthorized: wrong or missing user and password"
    body = html.unescape(re.sub(r"<[^>]+>", " ", error.read(2000).decode("utf-8", "replace")))
    detail = " ".join(body.split())
    return f"{error.code} {error.reason}" + (f": {detail[:200]}" if detail else "")
