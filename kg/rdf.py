"""RDF export and load: the KnowledgeGraph as triples in the ailaw vocabulary.

Every fact is a direct triple ``entity ailaw:relation entity`` and, for provenance, an
``rdf:Statement`` (RDF reification) linked by ``prov:wasDerivedFrom`` to one
``ailaw:Evidence`` per sentence that states it; an evidence names its sentence,
character offsets, date, news item and source document.
"""
from __future__ import annotations

import datetime
import hashlib
import re
from pathlib import Path

import pyoxigraph
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .atomic import write_atomic
from .graph import KnowledgeGraph
from .model import ENTITY_TYPES, RELATIONS, Entity, Evidence

AILAW = Namespace("https://w3id.org/ailaw-kg/ontology#")
DATA = Namespace("https://w3id.org/ailaw-kg/id/")
GRAPH_IRI = URIRef("https://w3id.org/ailaw-kg/graph")
PREFIXES = {"ailaw": AILAW, "kgid": DATA, "rdfs": RDFS, "skos": SKOS, "prov": PROV,
            "dcterms": DCTERMS, "xsd": XSD}
FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}
GRAPH_FILE = "graph.ttl"

_CJK = re.compile(r"[\u3400-\u9fff]")


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _label(text: str) -> Literal:
    return Literal(text, lang="zh" if _CJK.search(text) else "en")


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date(value: str) -> Literal | None:
    """An ISO date as xsd:date, xsd:gYearMonth or xsd:gYear; anything else is left out."""
    if not _ISO_DATE.match(value):
        return None
    if len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return None  # 2024-02-30: the shape of a date, not a day
    return Literal(value, datatype={10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)])


def entity_iri(entity_id: str) -> URIRef:
    return DATA[entity_id]


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The whole graph as an rdflib Graph."""
    rdf = Graph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    for node, data in kg.entities():
        subject = entity_iri(node)
        rdf.add((subject, RDF.type, AILAW[data["type"]]))
        rdf.add((subject, RDFS.label, _label(data["label"])))
        for label in sorted(data["labels"] - {data["label"]}):
            rdf.add((subject, SKOS.altLabel, _label(label)))
        if data.get("kb_id"):
            rdf.add((subject, DCTERMS.identifier, Literal(data["kb_id"])))
    documents: dict[str, URIRef] = {}
    for head, relation, tail, data in kg.facts():
        subject, obj = entity_iri(head), entity_iri(tail)
        rdf.add((subject, AILAW[relation], obj))
        if not data["evidence"]:
            continue
        statement = DATA[f"fact/{_hash(head, relation, tail)}"]
        rdf.add((statement, RDF.type, RDF.Statement))
        rdf.add((statement, RDF.subject, subject))
        rdf.add((statement, RDF.predicate, AILAW[relation]))
        rdf.add((statement, RDF.object, obj))
        rdf.add((statement, AILAW.confidence, Literal(round(float(data["confidence"]), 3), datatype=XSD.double)))
        for evidence in data["evidence"]:
            rdf.add((statement, PROV.wasDerivedFrom, _add_evidence(rdf, evidence, documents)))
    return rdf


def _add_evidence(rdf: Graph, evidence: Evidence, documents: dict[str, URIRef]) -> URIRef:
    document = documents.get(evidence.document)
    if document is None:
        document = documents[evidence.document] = DATA[f"doc/{_hash(evidence.document)}"]
        rdf.add((document, RDF.type, AILAW.SourceDocument))
        rdf.add((document, DCTERMS.title, Literal(evidence.document)))
    item = DATA[f"item/{_hash(evidence.document, evidence.item)}"]
    rdf.add((item, RDF.type, AILAW.NewsItem))
    rdf.add((item, DCTERMS.title, Literal(evidence.item)))
    rdf.add((item, DCTERMS.isPartOf, document))
    if evidence.source:
        rdf.add((item, DCTERMS.source, Literal(evidence.source)))
    if evidence.link:
        rdf.add((item, AILAW.link, Literal(evidence.link, datatype=XSD.anyURI)))
    node = DATA[f"evidence/{_hash(evidence.document, evidence.item, evidence.start, evidence.end, evidence.sentence, evidence.date)}"]
    rdf.add((node, RDF.type, AILAW.Evidence))
    rdf.add((node, AILAW.sentence, Literal(evidence.sentence)))
    rdf.add((node, AILAW.item, item))
    rdf.add((node, AILAW.document, document))
    rdf.add((node, AILAW.start, Literal(evidence.start)))
    rdf.add((node, AILAW.end, Literal(evidence.end)))
    date = _date(evidence.date) if evidence.date else None
    if date is not None:
        rdf.add((node, DCTERMS.date, date))
    return node


def write_graph(kg: KnowledgeGraph, out_dir: str | Path) -> Path:
    """Write ``out_dir/graph.ttl`` atomically and return its path."""
    return write_atomic(Path(out_dir) / GRAPH_FILE, to_rdf(kg).serialize(format="turtle"))


def export(graph_dir: str | Path, fmt: str, out: str | Path) -> Path:
    """Convert a built graph.ttl to another RDF format (ttl, nt, nq, jsonld)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    source = graph_path(graph_dir)
    dataset = Dataset()
    named = dataset.graph(GRAPH_IRI)
    named.parse(source, format="turtle")
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    target = dataset if fmt in ("nq",) else named
    return write_atomic(out, target.serialize(format=FORMATS[fmt]))


def graph_path(graph_dir: str | Path) -> Path:
    path = Path(graph_dir) / GRAPH_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no built graph here (run `kg build` first)")
    return path


# -- loading back ---------------------------------------------------------------
_TYPE_IRIS = {str(AILAW[t]): t for t in ENTITY_TYPES}
_RELATION_IRIS = {str(AILAW[r]): r for r in RELATIONS}


def _local(iri: str) -> str:
    return iri[len(str(DATA)):] if iri.startswith(str(DATA)) else iri


def load_graph(graph_dir: str | Path) -> KnowledgeGraph:
    """Read ``graph_dir/graph.ttl`` (parsed by pyoxigraph) back into a KnowledgeGraph."""
    path = graph_path(graph_dir)
    by_subject: dict[str, dict[str, list]] = {}
    with open(path, "rb") as stream:
        for triple in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE):
            subject = triple.subject.value
            by_subject.setdefault(subject, {}).setdefault(triple.predicate.value, []).append(triple.object)

    def one(subject: str, predicate, default=None):
        values = by_subject.get(subject, {}).get(str(predicate))
        return values[0].value if values else default

    kg = KnowledgeGraph()
    for subject, properties in by_subject.items():
        types = [_TYPE_IRIS[t.value] for t in properties.get(str(RDF.type), []) if t.value in _TYPE_IRIS]
        if not types:
            continue
        label = one(subject, RDFS.label, _local(subject))
        labels = {label} | {v.value for v in properties.get(str(SKOS.altLabel), [])}
        kg.add_entity(Entity(_local(subject), types[0], label, labels,
                             kb_id=one(subject, DCTERMS.identifier)))
    for subject, properties in by_subject.items():
        for predicate, objects in properties.items():
            relation = _RELATION_IRIS.get(predicate)
            if relation is None:
                continue
            for obj in objects:
                kg.add_fact(_local(subject), relation, _local(obj.value))
    for subject, properties in by_subject.items():
        if str(RDF.Statement) not in {t.value for t in properties.get(str(RDF.type), [])}:
            continue
        head, tail = _local(one(subject, RDF.subject)), _local(one(subject, RDF.object))
        relation = _RELATION_IRIS.get(one(subject, RDF.predicate))
        if relation is None or not kg.graph.has_edge(head, tail, key=relation):
            continue
        data = kg.graph.edges[head, tail, relation]
        data["confidence"] = float(one(subject, AILAW.confidence, 0.5))
        for node in properties.get(str(PROV.wasDerivedFrom), []):
            evidence = node.value
            item = one(evidence, AILAW.item)
            data["evidence"].append(Evidence(
                document=one(one(evidence, AILAW.document), DCTERMS.title, ""),
                item=one(item, DCTERMS.title, ""),
                sentence=one(evidence, AILAW.sentence, ""),
                start=int(one(evidence, AILAW.start, 0)), end=int(one(evidence, AILAW.end, 0)),
                date=one(evidence, DCTERMS.date), source=one(item, DCTERMS.source, ""),
                link=one(item, AILAW.link, ""),
            ))
    for head, tail, key, data in kg.graph.edges(keys=True, data=True):
        data["evidence"].sort(key=lambda e: (e.date or "", e.document, e.start))
        if key == "jurisdiction":
            kg.graph.nodes[head]["jurisdiction"] = kg.graph.nodes[head].get("jurisdiction") or tail
    return kg
