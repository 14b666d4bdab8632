"""The files a graph folder holds for its readers, named without parsing anything: where
graph.ttl is, what names the files made from its very bytes (its checksum), and the
on-disk pyoxigraph store `kg build` keeps beside it.

Kept apart from kg.rdf so that what opens a store (`kg sparql`, `kg serve`'s workers)
imports pyoxigraph and the standard library only, not rdflib, networkx or the suit
table's lexicons (kg.rdf imports kg.cases: 0.35 s of CPU before a query could start).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyoxigraph

from .atomic import NotRegular, open_regular

GRAPH_FILE = "graph.ttl"
#: The named graph a store holds the graph in (kg.sparql answers from it as the default
#: graph too), as in the triple stores `kg push` feeds.
GRAPH_IRI = "https://w3id.org/ailaw-kg/graph"
GRAPH_NODE = pyoxigraph.NamedNode(GRAPH_IRI)
#: The ontology prefixes, as plain IRIs (kg.rdf.PREFIXES as rdflib namespaces; a test keeps
#: the two equal): queries may use them undeclared, and Turtle is written with them.
PREFIX_IRIS = {"ailaw": "https://w3id.org/ailaw-kg/ontology#", "kgid": "https://w3id.org/ailaw-kg/id/",
               "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "skos": "http://www.w3.org/2004/02/skos/core#",
               "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
               "xsd": "http://www.w3.org/2001/XMLSchema#"}
#: The link to the store `kg build` made from the current graph.ttl.
STORE_LINK = "store"

#: The checksums of the graph.ttl files read, by (device, inode, size, modification and
#: change times: a file written in place, its modification time set back, has a new change time).
_CHECKSUMS: dict[tuple[int, ...], str] = {}


def short_hash(*parts: object) -> str:
    """16 hex digits naming ``parts`` (joined by a unit separator)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def graph_path(graph_dir: str | Path) -> Path:
    path = Path(graph_dir) / GRAPH_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no built graph here (run `kg build` first)")
    return path


def stamp(ttl: Path) -> str:
    """What names the files made from this very graph.ttl (its snapshot, suit table and
    store): a checksum of its bytes, so that a copy of the folder, whose modification times
    change, keeps them, and a graph.ttl of other content never opens them.  Each version is
    hashed once per process (kg serve asks for every query; 0.03 s for 60 MB); a graph.ttl
    that is no regular file is refused (NotRegular, one line), never read."""
    try:
        stream = open_regular(ttl)
    except NotRegular as error:
        raise NotRegular(f"{ttl}: {error}") from None
    with stream:
        status = os.fstat(stream.fileno())
        key = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
        if key not in _CHECKSUMS:
            if len(_CHECKSUMS) > 64:
                _CHECKSUMS.clear()
            _CHECKSUMS[key] = hashlib.file_digest(stream, "sha256").hexdigest()[:32]
    return _CHECKSUMS[key]


def store_name(ttl: Path) -> str:
    return f".store-{short_hash(stamp(ttl), 'in', GRAPH_IRI)}"  # a store of the layout before (default graph) is not used


def stored(graph_dir: str | Path) -> Path | None:
    """The on-disk store folder built from the current graph.ttl, if there is one."""
    link = Path(graph_dir) / STORE_LINK
    if link.is_symlink() and os.readlink(link) == store_name(graph_path(graph_dir)) and link.resolve().is_dir():
        return link.resolve()
    return None
