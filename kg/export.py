"""A built graph in the formats of the tools its users already have.

- RDF, converted from ``graph.ttl``: ``ttl``, ``nt``, ``nq`` (every triple in the named
  graph ``GRAPH_IRI``, the one ``kg push`` fills), ``jsonld`` (compacted with the context
  of ``ontology/context.jsonld``: short keys, labels as language maps, entity links as
  plain ids) and ``rdfxml`` (``owl`` is the same: RDF/XML is the syntax Protégé and
  owlready2 read).
- property graphs, from the KnowledgeGraph's flat rows (``KnowledgeGraph.node_rows`` and
  ``edge_rows``: every attribute a string or a number, the evidence as text):
  ``graphml`` (Cytoscape, yEd, networkx), ``gexf`` (Gephi) and ``csv``, a folder holding
  ``nodes.csv`` and ``edges.csv`` whose headers ``neo4j-admin database import`` reads as
  they are (``id:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE``, typed columns).
- the ontology itself (``export_ontology``) in any of the RDF formats.

``owl`` is RDF/XML with an ontology header: the graph is the ontology
``https://w3id.org/ailaw-kg/graph`` that imports the vocabulary (``owl:imports
<https://w3id.org/ailaw-kg/ontology>``), so that Protégé and owlready2 read its classes
and properties as such (keep ``kg export --ontology --out ontology.owl`` beside it where
the IRI cannot be fetched).

Every file is written atomically.

>>> format_for("graph.gexf"), format_for("ailaw.owl"), format_for("neo4j/")
('gexf', 'owl', None)
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pyoxigraph

from .atomic import write_atomic
from .graph import KnowledgeGraph
from .ontology import ONTOLOGY_DIR, ONTOLOGY_FILE
from .rdf import GRAPH_IRI, graph_path, load_graph
from .stores import PREFIX_IRIS as _PREFIX_IRIS

CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
_RDF_SYNTAX = {"ttl": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
               "nq": pyoxigraph.RdfFormat.N_QUADS, "rdfxml": pyoxigraph.RdfFormat.RDF_XML}
RDF_FORMATS = ("ttl", "nt", "nq", "jsonld", "rdfxml", "owl")
GRAPH_FORMATS = ("graphml", "gexf", "csv")
FORMATS = RDF_FORMATS + GRAPH_FORMATS
_ALIASES = {"owl": "rdfxml"}
_SUFFIXES = {".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "rdfxml",
             ".xml": "rdfxml", ".owl": "owl", ".graphml": "graphml", ".gexf": "gexf"}


SUFFIXES = tuple(_SUFFIXES)
#: What `kg export` says it wrote, per format.
FORMAT_NAMES = {"ttl": "Turtle", "nt": "N-Triples", "nq": "N-Quads", "jsonld": "JSON-LD", "rdfxml": "RDF/XML",
                "owl": "OWL in RDF/XML", "graphml": "GraphML", "gexf": "GEXF", "csv": "CSV for neo4j-admin"}


def format_for(out: str | Path) -> str | None:
    """The format a file name asks for by its suffix (None for a folder or an unknown one)."""
    return _SUFFIXES.get(Path(out).suffix.lower())


def export(graph_dir: str | Path, fmt: str, out: str | Path, lang: str | None = None) -> Path:
    """Write the graph built in ``graph_dir`` to ``out`` in ``fmt`` (one of FORMATS;
    for ``csv``, ``out`` is a folder) and return the path written.  ``lang``: the language
    of a property graph's node labels (default: the language of the documents built); RDF
    keeps every label with its language tag."""
    fmt = _checked(fmt)
    if fmt in GRAPH_FORMATS:
        from .query import reader_language
        kg = load_graph(graph_dir)
        return _GRAPH_WRITERS[fmt](kg, Path(out), lang or reader_language(kg))
    with open(graph_path(graph_dir), "rb") as stream:
        triples = list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
    if fmt == "owl":
        triples = ontology_header() + triples
    return write_atomic(out, rdf_bytes(triples, fmt, prefixes={**_PREFIX_IRIS, "owl": _OWL} if fmt == "owl" else None))


ONTOLOGY_IRI = "https://w3id.org/ailaw-kg/ontology"
_OWL = "http://www.w3.org/2002/07/owl#"


def ontology_header() -> list[pyoxigraph.Triple]:
    """The triples that make an exported graph an OWL ontology importing the vocabulary."""
    graph, owl = pyoxigraph.NamedNode(str(GRAPH_IRI)), lambda name: pyoxigraph.NamedNode(_OWL + name)
    return [pyoxigraph.Triple(graph, pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                              owl("Ontology")),
            pyoxigraph.Triple(graph, owl("imports"), pyoxigraph.NamedNode(ONTOLOGY_IRI)),
            pyoxigraph.Triple(graph, pyoxigraph.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                              pyoxigraph.Literal("AI-law knowledge graph", language="en"))]


def export_ontology(fmt: str, out: str | Path) -> Path:
    """Write the ontology (``ontology/ailaw.ttl``) in an RDF format: ``owl`` (RDF/XML)
    for Protégé and owlready2."""
    fmt = _checked(fmt)
    if fmt not in RDF_FORMATS:
        raise ValueError(f"the ontology is RDF: choose one of {', '.join(RDF_FORMATS)}, not {fmt}")
    with open(ONTOLOGY_FILE, "rb") as stream:
        triples = list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
    return write_atomic(out, rdf_bytes(triples, fmt, prefixes=_ontology_prefixes()))


def _checked(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return fmt


def _ontology_prefixes() -> dict[str, str]:
    return {**_PREFIX_IRIS, "owl": "http://www.w3.org/2002/07/owl#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}


# -- RDF ----------------------------------------------------------------------------
def rdf_bytes(triples: list[pyoxigraph.Triple], fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples serialised in one of the RDF formats (``owl`` and ``rdfxml`` alike)."""
    fmt = _ALIASES.get(fmt, fmt)
    if fmt == "jsonld":
        return compact_jsonld(triples)
    if fmt == "nq":
        graph = pyoxigraph.NamedNode(str(GRAPH_IRI))
        triples = [pyoxigraph.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
    named = prefixes or _PREFIX_IRIS
    return pyoxigraph.serialize(triples, format=_RDF_SYNTAX[fmt], prefixes=named if fmt in ("ttl", "rdfxml") else None)


def context() -> dict:
    """The JSON-LD context of the export (ontology/context.jsonld), as a dict."""
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]


def compact_jsonld(triples: list[pyoxigraph.Triple]) -> bytes:
    """Triples as compacted JSON-LD: the context inline, one object per node in
    ``@graph``, short keys, labels as language maps, links as ``kgid:`` ids."""
    from rdflib import Graph  # rdflib's JSON-LD serialiser compacts with a context; pyoxigraph's does not
    graph = Graph()
    graph.parse(data=pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES), format="nt")
    text = graph.serialize(format="json-ld", context=context(), auto_compact=True, ensure_ascii=False)
    return _nodes_in_order(text).encode("utf-8")


def _nodes_in_order(text: str) -> str:
    """rdflib's JSON-LD with its ``@graph`` nodes sorted by ``@id``: rdflib takes them from
    a set of subjects, whose order follows the hash seed (each node's own values keep the
    order they are given in); written back as rdflib writes it (two spaces of indent,
    keys sorted, no ASCII escapes)."""
    document = json.loads(text)
    nodes = document.get("@graph") if isinstance(document, dict) else None
    if not isinstance(nodes, list):
        return text  # one node or none: no order to fix
    nodes.sort(key=lambda node: str(node.get("@id", "")) if isinstance(node, dict) else "")
    return json.dumps(document, indent=2, separators=(",", ": "), sort_keys=True, ensure_ascii=False)


# -- property graphs ----------------------------------------------------------------
def _rows_in(kg: KnowledgeGraph, lang: str) -> list[dict]:
    """``node_rows``, each ``label`` in ``lang`` where the entity has a name in it."""
    rows = kg.node_rows()
    for row in rows:
        row["label"] = (row["label_en"] if lang == "en" else row["label_zh"]) or row["label"]
    return rows


def flat_graph(kg: KnowledgeGraph, lang: str = "zh") -> nx.MultiDiGraph:
    """The graph with flat attributes only: each node its ``node_rows`` row (its label in
    ``lang``), each edge (keyed by relation) its ``edge_rows`` row."""
    flat = nx.MultiDiGraph()
    for row in _rows_in(kg, lang):
        flat.add_node(row["id"], **{key: value for key, value in row.items() if key != "id"})
    for row in kg.edge_rows():
        flat.add_edge(row["head"], row["tail"], key=row["relation"],
                      **{key: value for key, value in row.items() if key not in ("head", "tail")})
    return flat


def write_graphml(kg: KnowledgeGraph, out: Path, lang: str = "zh") -> Path:
    return write_atomic(out, "\n".join(nx.generate_graphml(flat_graph(kg, lang), prettyprint=True)) + "\n")


def write_gexf(kg: KnowledgeGraph, out: Path, lang: str = "zh") -> Path:
    """GEXF for Gephi: the node's main label and the edge's relation as the labels
    Gephi draws, the number of evidence sentences as the edge weight."""
    flat = flat_graph(kg, lang)
    for _, _, data in flat.edges(data=True):
        data["label"] = data["relation"]
        data["weight"] = float(max(1, data["evidence_count"]))
    return write_atomic(out, "\n".join(nx.generate_gexf(flat, prettyprint=True)) + "\n")


#: neo4j-admin import headers: (header, row key).  ``:LABEL`` takes the type, arrays
#: (``string[]``) are split at neo4j-admin's default array delimiter ";".
NODE_HEADERS = (("id:ID", "id"), (":LABEL", "type"), ("label", "label"), ("label_zh", "label_zh"),
                ("label_en", "label_en"), ("names:string[]", "names"), ("kb_id", "kb_id"),
                ("jurisdiction", "jurisdiction"))
EDGE_HEADERS = ((":START_ID", "head"), (":END_ID", "tail"), (":TYPE", "relation"), ("confidence:float", "confidence"),
                ("evidence_count:int", "evidence_count"), ("first_date", "first_date"), ("last_date", "last_date"),
                ("dates:string[]", "dates"), ("evidence", "evidence"), ("documents:string[]", "documents"),
                ("sources:string[]", "sources"), ("links:string[]", "links"))


def write_csv(kg: KnowledgeGraph, out: Path, lang: str = "zh") -> Path:
    """The folder ``out`` with nodes.csv and edges.csv for ``neo4j-admin database import
    full --nodes=nodes.csv --relationships=edges.csv --multiline-fields=true`` (evidence
    holds one sentence per line)."""
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "nodes.csv", _csv(NODE_HEADERS, _rows_in(kg, lang)))
    write_atomic(out / "edges.csv", _csv(EDGE_HEADERS, kg.edge_rows()))
    return out


def _csv(headers: tuple[tuple[str, str], ...], rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header for header, _ in headers)
    writer.writerows([row[key] for _, key in headers] for row in rows)
    return buffer.getvalue()


_GRAPH_WRITERS: dict[str, Callable[[KnowledgeGraph, Path, str], Path]] = {
    "graphml": write_graphml, "gexf": write_gexf, "csv": write_csv}
