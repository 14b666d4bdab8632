"""RDF export and load: the KnowledgeGraph as triples in the ailaw vocabulary.

Every fact is a direct triple ``entity ailaw:relation entity`` and, for provenance, an
``rdf:Statement`` (RDF reification) linked by ``prov:wasDerivedFrom`` to one
``ailaw:Evidence`` per sentence that states it; an evidence names its sentence,
character offsets, date, news item and source document.
"""
from __future__ import annotations

import datetime
import logging
import os
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, unquote

import pyoxigraph

from . import records, stores, suit_records
from .alternation import alternatives
from .atomic import read_regular, write_atomic
from .graph import KnowledgeGraph, paused_gc
from .model import ENTITY_TYPES, RELATIONS, SYMMETRIC_RELATIONS, Entity, Evidence
from .names import all_names, is_chinese, label_language, labels_by_language
from .script import language_tags
from .stores import GRAPH_FILE, GRAPH_NODE, STORE_LINK, graph_path, stored
from .stores import short_hash as _hash
from .stores import stamp as _stamp
from .stores import store_name as _store_name
from .turtle_blocks import Blocks, Foreign

records.record(suit_records.Event)  # the suits a snapshot and a suit table hold
records.record(suit_records.Suit)

_PREFIX_IRIS = stores.PREFIX_IRIS


class _Namespace:
    """A namespace (``str(ns)``: its IRI) whose terms, ``ns.term`` or ``ns["term"]``, are
    plain strings, as rdflib's Namespace gives them as rdflib terms: the module's own, so
    that a command that reads graph.ttl does not import rdflib (a tenth of a second); the
    rdflib ones (AILAW, DATA, GRAPH_IRI, PREFIXES) are made when first asked for
    (``__getattr__``).  A term read as an attribute is made once (kept on the namespace: not
    again on each of the million reads of a 1M-triple graph read back).  Not a str:
    ``ns.title`` is the term, not str.title."""

    def __init__(self, iri: str) -> None:
        self._iri = iri

    def __str__(self) -> str:
        return self._iri

    def __getitem__(self, local: str) -> str:
        return self._iri + local

    def __getattr__(self, local: str) -> str:
        if local.startswith("__"):
            raise AttributeError(local)
        value = self._iri + local
        setattr(self, local, value)
        return value


_AILAW, _DATA_NS, _RDFS, _SKOS, _PROV, _DCTERMS, _XSD_NS = (
    _Namespace(_PREFIX_IRIS[prefix]) for prefix in ("ailaw", "kgid", "rdfs", "skos", "prov", "dcterms", "xsd"))
_RDF = _Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")


def __getattr__(name: str):
    """AILAW and DATA (rdflib Namespaces), GRAPH_IRI (an rdflib URIRef) and PREFIXES (the
    ontology's prefixes as rdflib Namespaces), made once, when first asked for."""
    if name not in ("AILAW", "DATA", "GRAPH_IRI", "PREFIXES"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rdflib import Namespace, URIRef
    globals().update(AILAW=Namespace(_PREFIX_IRIS["ailaw"]), DATA=Namespace(_PREFIX_IRIS["kgid"]),
                     GRAPH_IRI=URIRef(stores.GRAPH_IRI),
                     PREFIXES={prefix: Namespace(iri) for prefix, iri in _PREFIX_IRIS.items()})
    return globals()[name]

log = logging.getLogger("kg")
#: The largest snapshot read back (compressed: a million triples make about 70 MB).
SNAPSHOT_BYTES = 1 << 30


def load_turtle(store: pyoxigraph.Store, ttl: str | Path) -> None:
    """Bulk-load a graph.ttl into ``store``, in the named graph GRAPH_NODE."""
    store.bulk_load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE, to_graph=GRAPH_NODE)


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ox = pyoxigraph
_XSD = {name: _ox.NamedNode(str(_XSD_NS[name]))
        for name in ("date", "gYearMonth", "gYear", "double", "anyURI", "integer", "boolean")}
_RDF_TYPE, _STATEMENT = _ox.NamedNode(str(_RDF.type)), _ox.NamedNode(str(_RDF.Statement))


@lru_cache(maxsize=1 << 16)  # (immutable: an entity, relation or property named by thousands of triples is made once)
def _iri(namespace: _Namespace, local: str) -> pyoxigraph.NamedNode:
    return _ox.NamedNode(str(namespace) + local)


def _label(text: str, language: str | None = None) -> pyoxigraph.Literal:
    return _ox.Literal(text, language=language or label_language(text))


def _date(value: str) -> pyoxigraph.Literal | None:
    """An ISO date as xsd:date, xsd:gYearMonth or xsd:gYear; anything else is left out."""
    if not _ISO_DATE.match(value):
        return None
    if len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return None  # 2024-02-30: the shape of a date, not a day
    return _ox.Literal(value, datatype=_XSD[{10: "date", 7: "gYearMonth", 4: "gYear"}[len(value)]])


def entity_iri(entity_id: str):
    """The rdflib URIRef of an entity."""
    from rdflib import URIRef
    return URIRef(_DATA_NS[entity_id])


_P = {name: _iri(namespace, local) for name, (namespace, local) in {
    "label": (_RDFS, "label"), "altLabel": (_SKOS, "altLabel"), "identifier": (_DCTERMS, "identifier"),
    "subject": (_RDF, "subject"), "predicate": (_RDF, "predicate"), "object": (_RDF, "object"),
    "confidence": (_AILAW, "confidence"), "wasDerivedFrom": (_PROV, "wasDerivedFrom"), "title": (_DCTERMS, "title"),
    "extractedBy": (_AILAW, "extractedBy"),
    "isPartOf": (_DCTERMS, "isPartOf"), "source": (_DCTERMS, "source"), "link": (_AILAW, "link"),
    "sentence": (_AILAW, "sentence"), "item": (_AILAW, "item"), "document": (_AILAW, "document"),
    "start": (_AILAW, "start"), "end": (_AILAW, "end"), "date": (_DCTERMS, "date"),
    "SourceDocument": (_AILAW, "SourceDocument"), "NewsItem": (_AILAW, "NewsItem"), "Evidence": (_AILAW, "Evidence"),
}.items()}


class Triples:
    """Makes a graph's triples like ``triples`` does, and remembers those of each entity,
    fact, evidence, item and document by their content until the next graph: a graph
    built again after a small change (GraphWriter) reuses nearly all of them."""

    def __init__(self) -> None:
        self.made: dict[tuple, list[pyoxigraph.Triple]] = {}

    def of(self, kg: KnowledgeGraph, suits: list[suit_records.Suit] | None = None) -> list[pyoxigraph.Triple]:
        earlier, self.made = self.made, {}

        def made(key: tuple, make: Callable[..., Iterator[pyoxigraph.Triple]], *args) -> list[pyoxigraph.Triple]:
            found = self.made[key] = earlier.get(key) or self.made.get(key) or list(make(*args))
            return found
        return list(_triples(kg, made, suits))


def triples(kg: KnowledgeGraph, suits: list[suit_records.Suit] | None = None) -> Iterator[pyoxigraph.Triple]:
    """The whole graph as RDF triples (pyoxigraph terms), entities first, one at a time;
    its suits are ``suits`` where the caller has them (kg.cases.suits), else computed."""
    return _triples(kg, lambda key, make, *args: make(*args), suits)


def _triples(kg: KnowledgeGraph, made: Callable, suits: list[suit_records.Suit] | None) -> Iterator[pyoxigraph.Triple]:
    """The triples of each part of the graph, as ``made(key, maker, *arguments)`` gives
    them; ``key`` holds everything the maker reads."""
    for node, data in kg.entities():
        key = ("entity", node, data["type"], data["label"], data.get("label_en"), frozenset(all_names(data)),
               data.get("kb_id"))
        yield from made(key, _entity_triples, node, data)
    seen: set[str] = set()
    iris: dict[str | tuple[str, str], pyoxigraph.NamedNode] = {}  # of each document and (document, item)

    def cited(one: Evidence) -> Iterator[pyoxigraph.Triple]:
        """The triples of one sentence cited, with its document and item, the first time (an equal
        Evidence's IRI is _evidence_iri's kept answer, not hashed again)."""
        node = _evidence_iri(one)
        if node.value in seen:
            return
        seen.add(node.value)
        yield from made(("evidence", one), _evidence_triples, node, one)
        document, item = iris.get(one.document), iris.get((one.document, one.item))
        if document is None:  # (a document's IRI and its items' are hashed once, not once a sentence)
            document = iris[one.document] = _document_iri(one)
        if item is None:
            item = iris[one.document, one.item] = _item_iri(one)
        if document.value not in seen:
            seen.add(document.value)
            yield from made(("document", one.document), _document_triples, document, one)
        if item.value not in seen:
            seen.add(item.value)
            yield from made(("item", one.document, one.item, one.source, one.link), _item_triples, item, document, one)
    for head, relation, tail, data in kg.facts():
        if relation not in RELATIONS:
            continue  # a named case's links to its suit's parties: the suit's triples state them
        evidence = tuple(data["evidence"])
        review = tuple(sorted(data["review"].items())) if data.get("review") else ()
        rules = tuple(sorted(data.get("rules", ())))
        key = ("fact", head, relation, tail, round(float(data["confidence"]), 3), evidence, review, rules)
        yield from made(key, _fact_triples, head, relation, tail, data["confidence"], evidence, dict(review), rules)
        for one in evidence:
            yield from cited(one)
    from . import cases  # (its rules: where suits are made, not where a table is read)
    suits = cases.suits(kg) if suits is None else suits
    for suit in suits:  # a suit's own sentences (a suit of parties the text does not name cites no fact's)
        for one in [*suit.evidence, *suit.court_evidence, *(event.evidence for event in suit.events)]:
            yield from cited(one)
    yield from suit_triples(kg, suits)
    yield from suit_correction_triples(kg)
    if suits:  # what reads the suits only reads it (_suits_stated)
        yield language_triple(kg)


_DOCUMENTS = _iri(_DATA_NS, "documents")


def language_triple(kg: KnowledgeGraph) -> pyoxigraph.Triple:
    """The language of the documents built (kg.query.reader_language: the default of the
    tables' names) as ``kgid:documents dcterms:language "zh"`` (the documents built, as
    one resource): `kg query cases` on graph.ttl alone then reads its suits only
    (_suits_stated), not every fact's sentences."""
    from .query import reader_language  # the queries' own reading of the documents' language
    return _ox.Triple(_DOCUMENTS, _ox.NamedNode(str(_DCTERMS.language)), _ox.Literal(reader_language(kg)))


def _entity_triples(node: str, data: dict) -> Iterator[pyoxigraph.Triple]:
    T, subject = _ox.Triple, _iri(_DATA_NS, node)
    yield T(subject, _RDF_TYPE, _iri(_AILAW, data["type"]))
    labels, names = labels_by_language(data), all_names(data)
    scripts = language_tags(names)  # one name in two scripts: 紐約時報 @zh-Hant, 纽约时报 @zh
    for language, label in labels.items():
        yield T(subject, _P["label"], _label(label, scripts.get(label, language)))
    for name in sorted(names - set(labels.values())):
        yield T(subject, _P["altLabel"], _label(name, scripts.get(name)))
    if data.get("kb_id"):
        yield T(subject, _P["identifier"], _ox.Literal(data["kb_id"]))


def _fact_triples(head: str, relation: str, tail: str, confidence: float, evidence: tuple[Evidence, ...],
                  review: dict | None = None, rules: tuple[str, ...] = ()) -> Iterator[pyoxigraph.Triple]:
    T = _ox.Triple
    subject, predicate, obj = _iri(_DATA_NS, head), _iri(_AILAW, relation), _iri(_DATA_NS, tail)
    yield T(subject, predicate, obj)
    if not evidence:
        return
    statement = _iri(_DATA_NS, f"fact/{_hash(head, relation, tail)}")
    yield T(statement, _RDF_TYPE, _STATEMENT)
    yield T(statement, _P["subject"], subject)
    yield T(statement, _P["predicate"], predicate)
    yield T(statement, _P["object"], obj)
    yield T(statement, _P["confidence"], _ox.Literal(repr(round(float(confidence), 3)), datatype=_XSD["double"]))
    for one in evidence:
        yield T(statement, _P["wasDerivedFrom"], _evidence_iri(one))
    for rule in rules:  # the rule families that read it (kg evaluate --by-rule)
        yield T(statement, _P["extractedBy"], _ox.Literal(rule))
    yield from _review_triples(statement, review or {})


#: ailaw:reviewStatus of a fact's statement, by the status kg.corrections gives it.
REVIEW_STATUS = {"extracted": "MachineExtracted", "confirmed": "AnalystConfirmed", "added": "AnalystAdded"}


def _review_triples(statement: pyoxigraph.NamedNode, review: dict) -> Iterator[pyoxigraph.Triple]:
    """Who vouches for a fact: the extractor, or an analyst (prov:wasAttributedTo, with the
    correction's note and its place in the corrections file)."""
    T = _ox.Triple
    yield T(statement, _iri(_AILAW, "reviewStatus"), _iri(_AILAW, REVIEW_STATUS[review.get("status", "extracted")]))
    if review.get("analyst"):
        yield T(statement, _iri(_PROV, "wasAttributedTo"), _analyst_iri(review["analyst"]))
        if review.get("note"):
            yield T(statement, _iri(_AILAW, "reviewNote"), _ox.Literal(review["note"]))
        if review.get("where"):
            yield T(statement, _iri(_AILAW, "correction"), _ox.Literal(review["where"]))


def _analyst_iri(name: str) -> pyoxigraph.NamedNode:
    return _ox.NamedNode(f"https://w3id.org/ailaw-kg/analyst/{quote(name, safe='')}")


@lru_cache(maxsize=1 << 16)  # (an Evidence and its IRI, both immutable: one sentence cited by many facts is hashed once)
def _evidence_iri(evidence: Evidence) -> pyoxigraph.NamedNode:
    return _iri(_DATA_NS, "evidence/" + _hash(evidence.document, evidence.item, evidence.start, evidence.end,
                                         evidence.sentence, evidence.date))


def _document_iri(evidence: Evidence) -> pyoxigraph.NamedNode:
    return _iri(_DATA_NS, f"doc/{_hash(evidence.document)}")


def _item_iri(evidence: Evidence) -> pyoxigraph.NamedNode:
    return _iri(_DATA_NS, f"item/{_hash(evidence.document, evidence.item)}")


def _document_triples(document: pyoxigraph.NamedNode, evidence: Evidence) -> Iterator[pyoxigraph.Triple]:
    yield _ox.Triple(document, _RDF_TYPE, _P["SourceDocument"])
    yield _ox.Triple(document, _P["title"], _ox.Literal(evidence.document))


def _item_triples(item: pyoxigraph.NamedNode, document: pyoxigraph.NamedNode, evidence: Evidence
                  ) -> Iterator[pyoxigraph.Triple]:
    T = _ox.Triple
    yield T(item, _RDF_TYPE, _P["NewsItem"])
    yield T(item, _P["title"], _ox.Literal(evidence.item))
    yield T(item, _P["isPartOf"], document)
    if evidence.source:
        yield T(item, _P["source"], _ox.Literal(evidence.source))
    if evidence.link:
        yield T(item, _P["link"], _ox.Literal(evidence.link, datatype=_XSD["anyURI"]))


def _evidence_triples(node: pyoxigraph.NamedNode, evidence: Evidence) -> Iterator[pyoxigraph.Triple]:
    T = _ox.Triple
    yield T(node, _RDF_TYPE, _P["Evidence"])
    yield T(node, _P["sentence"], _ox.Literal(evidence.sentence))
    yield T(node, _P["item"], _item_iri(evidence))
    yield T(node, _P["document"], _document_iri(evidence))
    yield T(node, _P["start"], _ox.Literal(str(evidence.start), datatype=_XSD["integer"]))
    yield T(node, _P["end"], _ox.Literal(str(evidence.end), datatype=_XSD["integer"]))
    date = _date(evidence.date) if evidence.date else None
    if date is not None:
        yield T(node, _P["date"], date)


# -- suits ------------------------------------------------------------------------
def suit_triples(kg: KnowledgeGraph, suits: list[suit_records.Suit] | None = None) -> Iterator[pyoxigraph.Triple]:
    """Each suit of kg.cases as an ``ailaw:Suit``: its caption (rdfs:label), parties and
    court (each link reified with the sentences that state it, like a fact), filing
    date, claims, status, whether its court is stated and why not, the Case that names
    it, and one ``ailaw:SuitEvent`` per event (kind, date, sentence); the suit itself is
    prov:wasDerivedFrom every sentence about it."""
    from . import cases
    T = _ox.Triple
    for suit in cases.suits(kg) if suits is None else suits:
        node = _iri(_DATA_NS, f"suit/{suit.id}")
        yield T(node, _RDF_TYPE, _iri(_AILAW, "Suit"))
        yield T(node, _P["label"], _label(suit.caption))
        if suit.case:
            yield T(node, _iri(_AILAW, "case"), _iri(_DATA_NS, suit.case))
        if suit.court and not suit.court_stated:
            yield T(node, _iri(_AILAW, "court"), _iri(_DATA_NS, suit.court))  # inferred: no sentence to cite
        yield T(node, _iri(_AILAW, "courtStated"), _ox.Literal("true" if suit.court_stated else "false",
                                                              datatype=_XSD["boolean"]))
        if not suit.court_stated:
            yield T(node, _iri(_AILAW, "courtReason"), _ox.Literal(suit.court_reason))
        filed = _date(suit.filed) if suit.filed else None
        if filed is not None:
            yield T(node, _iri(_AILAW, "filedOn"), filed)
        yield T(node, _iri(_AILAW, "status"), _ox.Literal(suit.status))
        for claim in suit.claims:
            yield T(node, _iri(_AILAW, "claim"), _ox.Literal(claim))
        for one in suit.evidence:
            yield T(node, _P["wasDerivedFrom"], _evidence_iri(one))
        for event in suit.events:
            event_node = _iri(_DATA_NS, f"suit/{suit.id}/event/{_hash(event.kind, event.date, event.evidence.sentence)}")
            yield T(node, _iri(_AILAW, "event"), event_node)
            yield T(event_node, _RDF_TYPE, _iri(_AILAW, "SuitEvent"))
            yield T(event_node, _iri(_AILAW, "eventKind"), _ox.Literal(event.kind))
            date = _date(event.date) if event.date else None
            if date is not None:
                yield T(event_node, _P["date"], date)
            yield T(event_node, _P["wasDerivedFrom"], _evidence_iri(event.evidence))
        for link, parties in (("plaintiffName", suit.plaintiffs), ("defendantName", suit.defendants)):
            for party in parties:
                if party not in kg.graph:  # a party the text anonymises (李某): its words, no entity
                    yield T(node, _iri(_AILAW, link), _ox.Literal(party))
        weight = cases.confidence(kg, suit)
        for _, link, entity, evidence in cases.links(kg, [suit]):
            yield from _fact_triples(f"suit/{suit.id}", link, entity, weight, tuple(evidence))


def suit_correction_triples(kg: KnowledgeGraph) -> Iterator[pyoxigraph.Triple]:
    """The analysts' corrections of suits (court, filed; kg.corrections) as
    ``ailaw:SuitCorrection`` resources, so a graph read back gives the same litigation table."""
    T = _ox.Triple
    for fix in kg.graph.graph.get("suit_corrections", ()):
        node = _iri(_DATA_NS, f"suit-correction/{_hash(*sorted(fix.items()))}")
        yield T(node, _RDF_TYPE, _iri(_AILAW, "SuitCorrection"))
        yield T(node, _iri(_AILAW, "suitName"), _ox.Literal(fix["suit"]))
        yield T(node, _iri(_AILAW, "correctedField"), _ox.Literal(fix["field"]))
        value = _iri(_DATA_NS, fix["value"]) if fix["field"] == "court" else _date(fix["value"])
        yield T(node, _ox.NamedNode(str(_RDF.value)), value)
        yield T(node, _iri(_PROV, "wasAttributedTo"), _analyst_iri(fix["analyst"]))
        if fix["note"]:
            yield T(node, _iri(_AILAW, "reviewNote"), _ox.Literal(fix["note"]))
        yield T(node, _iri(_AILAW, "correction"), _ox.Literal(fix["where"]))


def _suit_corrections(by_subject: dict[str, dict[str, list]], corrections: Iterable[str]) -> list[dict]:
    """What suit_correction_triples wrote, read back (``corrections``: the subjects of type
    ailaw:SuitCorrection; file order: by the correction's line)."""
    found = []
    for properties in map(by_subject.__getitem__, corrections):
        first = {predicate: values[0].value for predicate, values in properties.items()}
        field = first.get(_AILAW.correctedField)
        found.append({"suit": first.get(_AILAW.suitName, ""), "field": field,
                      "value": _local(first[_RDF.value]) if field == "court" else first.get(_RDF.value),
                      "analyst": unquote(first.get(_PROV.wasAttributedTo, "").rsplit("/", 1)[-1]),
                      "note": first.get(_AILAW.reviewNote, ""), "where": first.get(_AILAW.correction, "")})
    return sorted(found, key=lambda fix: (fix["where"].rsplit(":", 1)[0],
                                         int(fix["where"].rsplit(":", 1)[-1] or 0)))


def turtle(kg: KnowledgeGraph | list[pyoxigraph.Triple], suits: list[suit_records.Suit] | None = None) -> bytes:
    return pyoxigraph.serialize(triples(kg, suits) if isinstance(kg, KnowledgeGraph) else kg,
                                format=pyoxigraph.RdfFormat.TURTLE, prefixes=_PREFIX_IRIS)


def to_rdf(kg: KnowledgeGraph):
    """The whole graph as an rdflib Graph (for validation and rdflib users)."""
    from rdflib import Graph
    rdf = Graph()
    for prefix, namespace in __getattr__("PREFIXES").items():
        rdf.bind(prefix, namespace)
    return rdf.parse(data=turtle(kg), format="turtle")


def write_graph(kg: KnowledgeGraph, out_dir: str | Path, suits: list[suit_records.Suit] | None = None) -> Path:
    """Write ``out_dir/graph.ttl`` atomically and return its path (``suits``: the
    graph's suits, where the caller has them)."""
    return write_atomic(Path(out_dir) / GRAPH_FILE, turtle(kg, suits))


# -- the persistent store ----------------------------------------------------------
def write_store(graph_dir: str | Path, since: tuple[Path, set, set] | None = None) -> Path:
    """Bulk-load ``graph.ttl`` into an on-disk pyoxigraph store beside it, so that
    queries open the graph without parsing Turtle.  The store is built in a fresh
    folder; the ``store`` link is then switched to it in one rename, so readers see the
    old store or the new one, never a half-built one.  The store before is kept until
    the next one, for readers that still have it open.

    ``since`` = (an earlier store folder, the triples to remove from it, those to add):
    the new store is that one copied and brought up to date instead (GraphWriter)."""
    ttl = graph_path(graph_dir)
    folder = Path(graph_dir)
    target = folder / _store_name(ttl)
    building = folder / f".store-building-{os.getpid()}"
    for own in (target, building):
        if own.is_symlink():
            own.unlink()  # a link planted in the folder: never build into, nor serve, a folder elsewhere
    if not target.exists():
        shutil.rmtree(building, ignore_errors=True)
        if since is not None and since[0].is_dir():
            earlier, removed, added = since
            store = _copy_store(earlier, building)
            for triple in removed:
                store.remove(_ox.Quad(triple.subject, triple.predicate, triple.object, GRAPH_NODE))
            store.extend(_ox.Quad(t.subject, t.predicate, t.object, GRAPH_NODE) for t in added)
        else:
            store = pyoxigraph.Store(str(building))
            load_turtle(store, ttl)
            # bulk_load leaves each index as table files side by side; compacted once, as pyoxigraph
            # advises after a bulk load (1.25 M triples: the lawsuits query 3.1 -> 2.5 CPU s, the
            # write 15 -> 19, the folder 199 -> 390 MB; docs/performance.md, round 60)
            store.optimize()
        store.flush()
        del store  # the last reference: the database closes before the folder is renamed
        os.replace(building, target)
    _remove_abandoned(folder)
    link = folder / STORE_LINK
    previous = link.resolve() if link.is_symlink() else None
    temporary = folder / f".{STORE_LINK}-link-{os.getpid()}"
    temporary.unlink(missing_ok=True)
    os.symlink(target.name, temporary)
    os.replace(temporary, link)
    for old in folder.glob(".store-*"):
        if old not in (target, previous) and not old.name.startswith(".store-building-"):
            shutil.rmtree(old, ignore_errors=True)
    return link


_OWNED = re.compile(r"\.(?:store-building|store-link)-(\d+)")


def _remove_abandoned(folder: Path) -> None:
    """Remove the half-built stores and links of builds that were killed (kill -9, a
    power cut): ``.store-building-<pid>`` and ``.store-link-<pid>`` whose process is gone.
    A planted link is unlinked, never followed."""
    for path in folder.glob(".store-*-*"):
        owner = _OWNED.fullmatch(path.name)
        if owner is None or int(owner.group(1)) == os.getpid() or _alive(int(owner.group(1))):
            continue
        if path.is_symlink() or not path.is_dir():
            path.unlink(missing_ok=True)
        else:
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process: not ours to judge
    return True


def _copy_store(source: Path, target: Path) -> pyoxigraph.Store:
    """A writable copy of a closed store: its table files (which RocksDB never changes)
    hard-linked, the few small bookkeeping files copied."""
    target.mkdir()
    for path in source.iterdir():
        if path.suffix == ".sst":
            os.link(path, target / path.name)
        elif path.name != "LOCK":
            shutil.copy2(path, target / path.name)
    return pyoxigraph.Store(str(target))


class GraphWriter:
    """Writes a built graph into its folder: graph.ttl, the store beside it and the
    snapshot ``kg query`` opens.  With ``remember`` (``kg build --watch``, build after
    build into one folder) each store after the first is the last one plus the triples
    that changed, a copy made in milliseconds instead of a bulk load of every triple; the
    last graph's triples stay in memory for that."""

    def __init__(self, out_dir: str | Path, remember: bool = False) -> None:
        self.folder = Path(out_dir)
        self.triples = Triples() if remember else None
        self.last: tuple[Path, set] | None = None  # the last store written and its triples

    def write(self, kg: KnowledgeGraph) -> Path:
        from . import cases
        suits = cases.suits(kg)  # the litigation table, computed once for graph.ttl and the snapshot
        if self.triples is None:
            text = turtle(kg, suits)
            earlier = _stored_triples(self.folder, text)  # (read before graph.ttl is replaced)
            path = write_atomic(self.folder / GRAPH_FILE, text)
            write_store(self.folder, since=_changed_since(earlier, text))
        else:
            ordered = self.triples.of(kg, suits)
            path = write_atomic(self.folder / GRAPH_FILE, turtle(ordered))
            now = set(ordered)
            link = write_store(self.folder, since=(self.last[0], self.last[1] - now, now - self.last[1])
                               if self.last else None)
            self.last = (link.resolve(), now)
        write_snapshot(kg, self.folder, suits)
        return path


def _stored_triples(folder: Path, text: bytes) -> tuple[Path, bytes] | None:
    """The store of the graph.ttl in ``folder`` and that graph.ttl, where it is not ``text``
    (the next graph.ttl), so that the next store is a copy of that one brought up to date
    (write_store's ``since``: a one-file rebuild of the demo corpus x16 changes a few hundred
    of its 109,000 triples, whose bulk load takes 1 to 2 s of CPU); None where there is none."""
    try:
        folder_of_store = stored(folder)
        if folder_of_store is None:
            return None
        data = read_regular(graph_path(folder), MAX_UPDATED_BYTES)
        return None if data == text else (folder_of_store, data)
    except (OSError, ValueError):
        return None


def _changed_since(earlier: tuple[Path, bytes] | None, text: bytes) -> tuple[Path, set, set] | None:
    """write_store's ``since``: the earlier store, the triples of its graph.ttl that ``text``
    (the next graph.ttl) does not state and those ``text`` states that it may not
    (_difference), where few changed and no blank node (whose name changes at each reading)
    is among them; else None: a bulk load."""
    if earlier is None or len(text) > MAX_UPDATED_BYTES:
        return None
    try:
        changed = _difference(earlier[1], text)
    except (SyntaxError, ValueError):  # (Foreign, UnicodeError: Turtle of another layout, read whole)
        changed = _whole_difference(earlier[1], text)
    if changed is None:
        return None
    removed, added = changed
    if any(isinstance(term, pyoxigraph.BlankNode) for triple in (*removed, *added)
           for term in (triple.subject, triple.object)):
        return None
    return (earlier[0], removed, added)


def _difference(before: bytes, after: bytes) -> tuple[set, set] | None:
    """The triples ``before`` states and ``after`` does not, and the triples of the
    statements of ``after`` that ``before`` does not hold word for word (a superset of
    those it does not state: adding a triple a store holds changes nothing), read from
    those statements alone (kg.turtle_blocks: two graph.ttl written by kg.rdf with the same
    prefixes, a few of their statements apart after a one-file rebuild); None where more
    than a quarter of the statements changed.  A triple of a statement gone that a statement
    kept states too is kept: the statements of its subject in ``after`` are read to tell."""
    old, new = Blocks(before), Blocks(after)
    if old.header != new.header:
        raise Foreign("other prefixes")
    was, now = old.statements(), new.statements()
    kept = set(was).intersection(now)
    gone = [statement for statement in was if statement not in kept]
    came = [statement for statement in now if statement not in kept]
    if len(gone) + len(came) > len(now) // 4:
        return None
    added = set(new.parse(came))
    removed = set(old.parse(gone)) - added
    # (a blank node's statements are not looked for: _changed_since bulk-loads where one changed)
    subjects = {triple.subject.value for triple in removed if isinstance(triple.subject, pyoxigraph.NamedNode)}
    stated = [now[number] for subject in subjects for number in new.statements_about(subject)]
    removed.difference_update(new.parse(statement for statement in stated if statement in kept))
    return removed, added


def _whole_difference(before: bytes, after: bytes) -> tuple[set, set] | None:
    """_difference of Turtle laid out otherwise: both read whole."""
    try:
        was, now = _parsed(before), _parsed(after)
    except (SyntaxError, ValueError):
        return None
    if len(was ^ now) > len(now) // 4:
        return None
    return was - now, now - was


MAX_UPDATED_BYTES = 32 << 20  # a larger graph.ttl is bulk-loaded (its triples as Python objects: 100s of MB)


def _parsed(data: bytes) -> set:
    return set(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))


# -- the snapshot ------------------------------------------------------------------
#: The modules whose records the snapshot holds (kg/cases/: every module of the suit table).
SNAPSHOT_CODE = ("graph.py", "model.py", "records.py",
                 *sorted(f"cases/{path.name}" for path in (Path(__file__).parent / "cases").glob("*.py")),
                 "suit_records.py", "rdf.py")


def _snapshot_path(graph_dir: str | Path, kind: str = "graph", code: tuple[str, ...] = SNAPSHOT_CODE) -> Path:
    """The snapshot (or a table, ``kind``) of this very graph.ttl made by this very code
    (``code``: the modules whose records it holds)."""
    return Path(graph_dir) / f".{kind}-{_hash(_stamp(graph_path(graph_dir)), _code_hash(code))}{records.SUFFIX}"


@lru_cache(maxsize=2)
def _code_hash(names: tuple[str, ...]) -> str:
    return _hash(*((Path(__file__).parent / name).read_bytes() for name in names))


@paused_gc()  # records made and read, none garbage: no collection walks them again
def write_snapshot(kg: KnowledgeGraph, graph_dir: str | Path, suits: list[suit_records.Suit] | None = None) -> Path:
    """The graph as ``load_graph`` gives it, as data (kg.records: compressed JSON, which
    reading cannot make run code) beside graph.ttl under a name that only the current
    graph.ttl matches: ``kg query``, ``kg stats`` and ``kg viz`` open it instead of
    parsing the Turtle again (1.3 s against 20 s for a million triples).  Beside it, the
    suit table (``write_suit_table``): its suits computed once, here."""
    kg = settle(kg, suits)
    suits = kg.known_suits
    snapshot = {"graph": dict(kg.graph.graph), "nodes": [[node, data] for node, data in kg.graph.nodes(data=True)],
                "edges": [[head, tail, key, data] for head, tail, key, data in kg.graph.edges(keys=True, data=True)],
                "suits": suits}
    path = _write_beside(_snapshot_path(graph_dir), records.dumps(snapshot), "graph snapshot")
    from .query import reader_language
    language = reader_language(kg)
    write_suit_table(kg, graph_dir, suits, language)
    write_fact_table(kg, graph_dir, language)
    for old in Path(graph_dir).glob(".graph-*"):
        if old != path and not old.is_dir():
            old.unlink(missing_ok=True)  # older snapshots, .pickle ones of earlier versions too
    return path


def _write_beside(path: Path, data: bytes, what: str) -> Path:
    """Write a data file beside graph.ttl atomically; where a folder stands at its name
    (planted: a file named after graph.ttl's checksum is named so again for the same graph),
    it is left as it is, with one line, and readers read graph.ttl instead."""
    if path.is_dir() and not path.is_symlink():
        log.warning("%s: a folder where the %s goes, left as it is; the %s is not written", path, what, what)
        return path
    return write_atomic(path, data)


def _may_write(graph_dir: str | Path) -> bool:
    """Whether this process may make files in ``graph_dir``: where it may not (a read-only
    folder or mount), a table or snapshot for the next reader is not made at all, instead
    of made (a third of a second at a million triples) and then refused."""
    return os.access(graph_dir, os.W_OK | os.X_OK)


def _open_snapshot(graph_dir: str | Path) -> KnowledgeGraph | None:
    """The graph from the snapshot of the current graph.ttl; None when there is none or it
    does not hold a graph of this version (then said in one line)."""
    path = _snapshot_path(graph_dir)
    snapshot = _read_records(path, "a graph snapshot")
    if snapshot is None:
        return None
    try:
        problem = _snapshot_problem(snapshot)
        if problem:
            raise records.RecordError(problem)
        kg = KnowledgeGraph()
        kg.graph.graph.update(snapshot.get("graph", {}))
        kg.graph.add_nodes_from(snapshot["nodes"])
        kg.graph.add_edges_from(snapshot["edges"])
    except (records.RecordError, KeyError, TypeError, ValueError, _networkx_error()) as error:
        log.warning("%s: not a graph snapshot, ignored (%s); reading graph.ttl instead", path, error)
        return None
    kg.known_suits = snapshot.get("suits")
    return kg


def _networkx_error() -> type[Exception]:
    from networkx import NetworkXError  # (imported where a snapshot is read: the suit table needs no networkx)
    return NetworkXError


def _read_records(path: Path, what: str):
    """The records of a data file beside graph.ttl, or None where there is none or it is
    no such file (said in one line: a pipe, a link to a device, damaged, of another version)."""
    try:
        return records.loads(read_regular(path, SNAPSHOT_BYTES))
    except FileNotFoundError:
        return None
    except OSError as error:  # a pipe, a link to a device, a folder, too large
        log.warning("%s: not %s, ignored (%s); reading graph.ttl instead", path, what, error.strerror or error)
    except records.RecordError as error:
        log.warning("%s: not %s, ignored (%s); reading graph.ttl instead", path, what, error)
    return None


# -- the suit table ------------------------------------------------------------------
SUIT_TABLE = "suits"


def _suit_table_path(graph_dir: str | Path, kind: str = SUIT_TABLE) -> Path:
    """Named, as the snapshot is, after the current graph.ttl and the code that makes it
    (``kind``: the suit table, or FACT_TABLE; the snapshot's modules and kg.query, whose
    FactTable and reader_language make the tables)."""
    return _snapshot_path(graph_dir, kind, (*SNAPSHOT_CODE, "query.py"))


@paused_gc()  # records made and read, none garbage: no collection walks them again
def write_suit_table(kg: KnowledgeGraph, graph_dir: str | Path, suits: list[suit_records.Suit],
                     language: str | None = None) -> Path:
    """The suits of a settled graph, the nodes they name and the language of its
    documents (``language``, else read from the graph), as data beside graph.ttl: ``kg
    query cases``, ``sued`` and ``waves`` open this (a few per cent of the snapshot)
    instead of the whole graph."""
    from .query import reader_language
    named = {node for suit in suits for node in (*suit.plaintiffs, *suit.defendants, suit.court, suit.case)}
    table = {"suits": suits, "language": language or reader_language(kg),
             "nodes": [[node, data] for node, data in kg.graph.nodes(data=True) if node in named]}
    return _write_table(graph_dir, SUIT_TABLE, table, "suit table")


def _write_table(graph_dir: str | Path, kind: str, table: dict, what: str) -> Path:
    """A table beside graph.ttl (kg.records), those of earlier graph.ttl files removed."""
    path = _write_beside(_suit_table_path(graph_dir, kind), records.dumps(table), what)
    for old in Path(graph_dir).glob(f".{kind}-*"):
        if old != path and not old.is_dir():
            old.unlink(missing_ok=True)  # of an earlier graph.ttl
    return path


FACT_TABLE = "facts"


def write_fact_table(kg: KnowledgeGraph, graph_dir: str | Path, language: str) -> Path:
    """What `kg query top` reads (kg.query.FactTable: each relation's facts and their
    entities' types and names), beside graph.ttl, named as the suit table is."""
    from .query import FactTable
    return _write_table(graph_dir, FACT_TABLE, FactTable.of(kg, language=language).data(), "fact table")


@paused_gc()
def load_fact_table(graph_dir: str | Path, relation: str | None = None):
    """The FactTable `kg build` keeps beside the current graph.ttl; where there is none or
    it is of another shape (then said in one line), with ``relation``, graph.ttl read as far
    as that relation (_facts_stated); else None: the caller reads the graph."""
    from .query import FactTable
    path = _suit_table_path(graph_dir, FACT_TABLE)
    data = _read_records(path, "a fact table")
    if data is not None:
        try:
            return FactTable.from_data(data)
        except ValueError as error:
            log.warning("%s: not a fact table, ignored (%s); reading graph.ttl instead", path, error)
    if relation is None:
        return None
    try:
        return _facts_stated(graph_path(graph_dir), relation)
    except (Foreign, UnicodeError, KeyError) as error:  # (KeyError: a fact of an untyped node, said by the whole read)
        log.debug("%s: %s; parsed whole", graph_dir, error)
        return None



def _first_value(by_subject) -> Callable:
    """``one(subject, predicate, default)``: the first value graph.ttl states for it (by_subject:
    a dict of the subjects' statements or kg.turtle_blocks.Blocks)."""
    def one(subject: str, predicate, default=None):
        values = by_subject.get(subject, {}).get(str(predicate))
        return values[0].value if values else default
    return one

def _facts_stated(path: Path, relation: str):
    """graph.ttl read as far as `kg query top` ranks ``relation`` (kg.turtle_blocks): the
    subjects stating it (its facts, in file order as _parse_graph adds them, and its
    rdf:Statements, their sentences counted, not read), the entities they name and the
    documents' language graph.ttl states; no other fact, no suit.  None where it states no
    language (read it whole); Foreign for Turtle not laid out as kg.rdf writes it."""
    from .query import LANGUAGES, FactTable, label
    blocks, iri = Blocks(path), str(_AILAW[relation])
    one = _first_value(blocks)
    language = one(_DOCUMENTS.value, _DCTERMS.language)
    if language not in ("zh", "en"):
        return None
    subjects = blocks.mentioning(iri)
    blocks.fetch({value.value for subject in subjects for value in blocks[subject].get(iri, ())
                  if isinstance(value, _ox.NamedNode)})
    kg, counts = KnowledgeGraph(nodes_only=True), Counter()  # (its entities: no networkx imported)
    for subject in subjects:
        for node in (subject, *(value.value for value in blocks[subject].get(iri, ()))):
            if _local(node) not in kg.graph:
                _add_entity(kg, node, blocks.get(node, {}), one)
    tails = _fact_edges(kg, relation, ((_local(subject), _local(tail.value)) for subject in subjects
                                       for tail in blocks[subject].get(iri, ())))
    for subject in subjects:
        properties = blocks[subject]
        if any(kind.value == _RDF.Statement for kind in properties.get(_RDF.type, ())) \
                and one(subject, _RDF.predicate) == iri:
            head, tail = _local(one(subject, _RDF.subject)), _local(one(subject, _RDF.object))
            if tail in tails.get(head, ()):
                counts[head, tail] += len(properties.get(_PROV.wasDerivedFrom, ()))
    rows = [[head, tail, counts[head, tail]] for head in kg.graph for tail in tails.get(head, ())]
    named = {node for row in rows for node in row[:2]}
    nodes = {node: [kg.entity(node)["type"], *(label(kg, node, lang) for lang in LANGUAGES)]
             for node in kg.graph if node in named}
    return FactTable({relation: rows} if rows else {}, nodes, language)


def _fact_edges(kg: KnowledgeGraph, relation: str, pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, None]]:
    """The edges of ``relation`` that KnowledgeGraph.add_fact would make of the (head, tail)
    ``pairs`` on the entities of ``kg``, as each head's tails in the order networkx's
    MultiDiGraph keeps them (FactTable.of lists the facts so: heads in the order of the
    nodes, each head's tails in the order first added): none from a node to itself, one of
    a symmetric relation kept in the direction first stated, KeyError for a node it does
    not hold."""
    tails: dict[str, dict[str, None]] = {}
    for head, tail in pairs:
        if head == tail:
            continue
        for node in (head, tail):
            if node not in kg.graph:
                raise KeyError(f"no entity {node!r} in the graph: add it before its facts")
        if relation in SYMMETRIC_RELATIONS and head in tails.get(tail, ()):
            head, tail = tail, head
        tails.setdefault(head, {})[tail] = None
    return tails


@paused_gc()  # records made and read, none garbage: no collection walks them again
def load_suit_table(graph_dir: str | Path) -> KnowledgeGraph:
    """The graph as far as the suit table needs it (its suits, the nodes they name, the
    documents' language in the graph attribute ``reader_language``), from the table `kg
    build` keeps beside graph.ttl; else the whole graph (``load_graph``), the table then
    written for the next reader."""
    path = _suit_table_path(graph_dir)
    table = _read_records(path, "a suit table")
    problem = "not a dict of suits, language and nodes" if not isinstance(table, dict) or \
        table.get("language") not in ("zh", "en") or not isinstance(table.get("suits"), list) or \
        not all(isinstance(suit, suit_records.Suit) for suit in table["suits"]) else \
        _snapshot_problem({"nodes": table.get("nodes"), "edges": []})
    if table is None or problem:
        if table is not None:
            log.warning("%s: not a suit table, ignored (%s); reading graph.ttl instead", path, problem)
        kg = _load_for_suits(graph_dir)
        if _suit_table_path(graph_dir) == path and kg.known_suits is not None and _may_write(graph_dir):
            try:  # (graph.ttl unchanged while read)
                write_suit_table(kg, graph_dir, kg.known_suits)  # for the next reader
            except OSError:
                pass  # a folder the reader may not write: the whole graph is read every time
        return kg
    kg = KnowledgeGraph(nodes_only=True)
    kg.graph.add_nodes_from(table["nodes"])
    kg.graph.graph["reader_language"] = table["language"]
    kg.known_suits = table["suits"]
    return kg


#: The attributes of a snapshot's nodes and edges and their types, as kg.graph makes them.
NODE_ATTRIBUTES = {"type": str, "label": str, "labels": set[str], "kb_names": set[str], "label_en": str | None,
                   "jurisdiction": str | None, "kb_id": str | None, "mechanisms": set[str]}
EDGE_ATTRIBUTES = {"relation": str, "evidence": list[Evidence], "confidence": float, "rules": set[str]}


def _snapshot_problem(snapshot) -> str | None:
    """What makes ``snapshot`` no graph of this version (a node or edge of another shape, an
    attribute of another type, an edge between nodes it does not hold), or None."""
    if not isinstance(snapshot, dict) or not isinstance(snapshot.get("nodes"), list) \
            or not isinstance(snapshot.get("edges"), list) or not isinstance(snapshot.get("graph", {}), dict) \
            or not all(isinstance(suit, suit_records.Suit) for suit in snapshot.get("suits", [])):
        return "not a dict of graph, nodes and edges"
    nodes = set()
    for node in snapshot["nodes"]:
        if not (isinstance(node, list) and len(node) == 2 and isinstance(node[0], str) and isinstance(node[1], dict)):
            return "a node that is not [id, attributes]"
        for name, hint in NODE_ATTRIBUTES.items():
            if name in node[1] and not records.fits(node[1][name], hint):
                return f"node {node[0][:80]!r}: its {name} is {type(node[1][name]).__name__}"
        if "label" not in node[1] or "type" not in node[1]:
            return f"node {node[0][:80]!r} without a label or a type"
        nodes.add(node[0])
    for edge in snapshot["edges"]:
        if not (isinstance(edge, list) and len(edge) == 4 and all(isinstance(part, str) for part in edge[:3])
                and isinstance(edge[3], dict)):
            return "an edge that is not [head, tail, relation, attributes]"
        if edge[0] not in nodes or edge[1] not in nodes:
            return f"an edge from or to a node it does not hold ({edge[0][:80]!r} -> {edge[1][:80]!r})"
        for name, hint in EDGE_ATTRIBUTES.items():
            if name in edge[3] and not records.fits(edge[3][name], hint):
                return f"an edge's {name} is {type(edge[3][name]).__name__}"
    return None


def open_store(graph_dir: str | Path) -> pyoxigraph.Store:
    """The graph as a pyoxigraph store (in the named graph GRAPH_NODE: query it through
    kg.sparql.run): the on-disk store read-only when it was built from the current
    graph.ttl, else an in-memory store loaded from graph.ttl."""
    folder = stored(graph_dir)
    if folder is not None:
        return pyoxigraph.Store.read_only(str(folder))
    store = pyoxigraph.Store()
    load_turtle(store, graph_path(graph_dir))
    return store


# -- loading back ---------------------------------------------------------------
_TYPE_IRIS = {str(_AILAW[t]): t for t in ENTITY_TYPES}
_RELATION_IRIS = {str(_AILAW[r]): r for r in RELATIONS}


_DATA = str(_DATA_NS)


def _local(iri: str) -> str:
    return iri[len(_DATA):] if iri.startswith(_DATA) else iri


def load_graph(graph_dir: str | Path, keep: bool = False) -> KnowledgeGraph:
    """Read ``graph_dir/graph.ttl`` back into a KnowledgeGraph: from the snapshot `kg
    build` keeps beside it when that is of the current graph.ttl, else parsed (pyoxigraph);
    with ``keep`` (`kg query`), a graph parsed is written as that snapshot for the next
    reader (1 M triples: 1.3 s once, then 1.2 s a query instead of 5 s), where the folder
    may be written."""
    path = graph_path(graph_dir)
    with paused_gc():  # millions of objects read, none garbage: no collection walks them again
        snapshot = _open_snapshot(graph_dir)
        if snapshot is not None:
            return snapshot
        named = _snapshot_path(graph_dir)
        kg = _parse_graph(path)
    if keep and _snapshot_path(graph_dir) == named and _may_write(graph_dir):  # graph.ttl unchanged while it was read
        try:
            write_snapshot(kg, graph_dir, kg.known_suits)
        except OSError:
            pass  # a folder the reader may not write: graph.ttl is parsed every time
    return kg


def _subjects(path: Path) -> tuple[dict[str, dict[str, list]], dict[str, dict[str, None]], Callable]:
    """graph.ttl parsed (pyoxigraph): each subject's objects by predicate (file order), the
    subjects of each rdf:type, and ``one(subject, predicate, default)``, its first value."""
    by_subject: dict[str, dict[str, list]] = {}
    with open(path, "rb") as stream:
        for triple in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE):
            subject = triple.subject.value
            by_subject.setdefault(subject, {}).setdefault(triple.predicate.value, []).append(triple.object)
    typed: dict[str, dict[str, None]] = defaultdict(dict)  # the subjects of each rdf:type, in file order, once
    for subject, properties in by_subject.items():
        for kind in properties.get(_RDF.type, ()):
            typed[kind.value][subject] = None

    return by_subject, typed, _first_value(by_subject)


def _add_entity(kg: KnowledgeGraph, subject: str, properties: dict[str, list], one: Callable) -> None:
    """An entity of graph.ttl (a subject of an ailaw entity type) read back into ``kg``."""
    types = [_TYPE_IRIS[t.value] for t in properties.get(_RDF.type, []) if t.value in _TYPE_IRIS]
    if not types:
        return
    main = {label.language or "": label.value for label in properties.get(_RDFS.label, [])}
    label = next((main[language] for language in main if is_chinese(language)),
                 next(iter(main.values()), _local(subject)))
    labels = {label, *main.values()} | {v.value for v in properties.get(_SKOS.altLabel, [])}
    kg.add_entity(Entity(_local(subject), types[0], label, labels, kb_id=one(subject, _DCTERMS.identifier),
                         label_en=main.get("en")))


def _parse_graph(path: Path, parsed: tuple | None = None) -> KnowledgeGraph:
    """graph.ttl parsed (pyoxigraph; ``parsed``: as _subjects parsed it already) into a
    settled KnowledgeGraph, with the suits it states (_stated_suits) where it states them."""
    by_subject, typed, one = parsed or _subjects(path)
    evidence_of = _evidence_reader(by_subject)
    kg = KnowledgeGraph()
    for subject, properties in by_subject.items():
        _add_entity(kg, subject, properties, one)
    for subject, properties in by_subject.items():
        for predicate, objects in properties.items():
            relation = _RELATION_IRIS.get(predicate)
            if relation is None:
                continue
            for obj in objects:
                kg.add_fact(_local(subject), relation, _local(obj.value))
    for subject in typed[_RDF.Statement]:
        properties = by_subject[subject]
        head, tail = _local(one(subject, _RDF.subject)), _local(one(subject, _RDF.object))
        relation = _RELATION_IRIS.get(one(subject, _RDF.predicate))
        if relation is None or not kg.graph.has_edge(head, tail, key=relation):
            continue
        data = kg.graph.edges[head, tail, relation]
        data["confidence"] = float(one(subject, _AILAW.confidence, 0.5))
        data["rules"] = {rule.value for rule in properties.get(_AILAW.extractedBy, [])}
        status = _local_name(one(subject, _AILAW.reviewStatus, ""))
        if status in _REVIEW_STATUSES and _REVIEW_STATUSES[status] != "extracted":
            analyst = one(subject, _PROV.wasAttributedTo, "")
            data["review"] = {"status": _REVIEW_STATUSES[status], "analyst": unquote(analyst.rsplit("/", 1)[-1]),
                              "note": one(subject, _AILAW.reviewNote, ""), "where": one(subject, _AILAW.correction, "")}
        data["evidence"] += [evidence_of(node.value) for node in properties.get(_PROV.wasDerivedFrom, [])]
    fixes = _suit_corrections(by_subject, typed[_AILAW.SuitCorrection])
    if fixes:
        kg.graph.graph["suit_corrections"] = fixes
    told = _unnamed_suits(kg, by_subject, typed[_AILAW.Suit], one, evidence_of)
    if told:
        kg.graph.graph["unnamed_suits"] = told
    return settle(kg, _stated_suits(kg, by_subject, typed[_AILAW.Suit], one, evidence_of, fixes))


def _load_for_suits(graph_dir: str | Path) -> KnowledgeGraph:
    """The graph as far as the suit table needs it: the snapshot `kg build` keeps beside
    graph.ttl when it is of the current graph.ttl, else graph.ttl parsed once and read as
    far as it states its suits (_suits_stated), else whole (_parse_graph)."""
    path = graph_path(graph_dir)
    with paused_gc():  # millions of objects read, none garbage: no collection walks them again
        snapshot = _open_snapshot(graph_dir)
        if snapshot is not None:
            return snapshot
        try:
            stated = _suits_stated(*_suit_statements(path))
        except (Foreign, UnicodeError) as error:  # (the whole parse says where a byte is no UTF-8)
            log.debug("%s: %s; parsed whole", path, error)
            stated = None
        if stated is not None:
            return stated
        parsed = _subjects(path)
        return _suits_stated(*parsed) or _parse_graph(path, parsed)


#: What the suit table reads beyond a suit's own statements: the evidence it cites, and
#: the news item and document of each (an event's evidence, two steps from the suit).
_CITED = (_PROV.wasDerivedFrom, _AILAW.item, _AILAW.document)
#: A suit's entities: those _suits_stated reads (_add_entity).
_SIDES = (_AILAW.plaintiff, _AILAW.defendant, _AILAW.court, _AILAW.case)


class _Cited:
    """The sentences graph.ttl cites (ailaw:Evidence), with their news items and documents,
    read from their statements by the layout kg.rdf writes them in (one statement each,
    as pyoxigraph's Turtle writes _evidence_triples, _item_triples and _document_triples,
    no escape in a string: one regular expression a statement, no term made); ``of``
    gives None for any other, which the caller parses (kg.turtle_blocks.Blocks.fetch)."""

    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        self.read: dict[str, Evidence | None] = {}
        self.parts: dict[bytes, tuple[str, ...] | None] = {}

        def term(*iris: str) -> bytes:  # any form of any of the IRIs, as a group
            forms = [form.decode() for iri in iris for form in ([b"a"] if iri == _RDF.type else []) + blocks.forms(iri)]
            return b"(?:" + alternatives(forms).encode() + b")"

        def line(predicate: str, value: bytes) -> bytes:
            return b" ;\n\t" + term(predicate) + b" " + value
        text, name = rb'"([^"\\\r\n]*+)"', rb"((?:[A-Za-z][\w.-]*+(?<!\.))?:\w(?:[\w-]++|\\/)*+)"
        dated = term(*(str(_XSD_NS[kind]) for kind in ("date", "gYearMonth", "gYear")))
        opening, ending = rb"[^ \t\r\n]+ " + term(_RDF.type) + b" ", rb" \.\n?"
        self.evidence = re.compile(
            opening + term(_AILAW.Evidence) + line(_AILAW.sentence, text) + line(_AILAW.item, name)
            + line(_AILAW.document, name) + line(_AILAW.start, rb"(\d+)") + line(_AILAW.end, rb"(\d+)")
            + b"(?:" + line(_DCTERMS.date, text + rb"\^\^" + dated) + b")?" + ending)
        self.item = re.compile(
            opening + term(_AILAW.NewsItem) + line(_DCTERMS.title, text) + line(_DCTERMS.isPartOf, name)
            + b"(?:" + line(_DCTERMS.source, text) + b")?"
            + b"(?:" + line(_AILAW.link, text + rb"\^\^" + term(str(_XSD_NS.anyURI))) + b")?" + ending)
        self.document = re.compile(opening + term(_AILAW.SourceDocument) + line(_DCTERMS.title, text) + ending)

    def of(self, node: str) -> Evidence | None:
        """The sentence ``node`` names as _evidence_reader reads it, where it and its item and
        document are laid out so; else None."""
        if node in self.read:
            return self.read[node]
        statement = self.blocks.only_statement(node)
        found = statement and self.evidence.fullmatch(statement)
        evidence = None
        if found:
            sentence, item, document, start, end, date = found.groups()
            item, document = self._part(item, self.item), self._part(document, self.document, ())
            if item is not None and document is not None:
                evidence = Evidence(document=document[0], item=item[0], sentence=sentence.decode("utf-8"),
                                    start=int(start), end=int(end), date=None if date is None else date.decode("utf-8"),
                                    source=item[1], link=item[2])
        self.read[node] = evidence
        return evidence

    def _part(self, token: bytes, pattern: re.Pattern, fields: tuple[int, ...] = (3, 4)) -> tuple[str, ...] | None:
        """An item's title, source and link, or a document's title (``fields``: no source,
        no link: (), the same table), as _evidence_reader's ``part`` reads them."""
        if token not in self.parts:
            try:
                statement = self.blocks.only_statement(token)
            except Foreign:  # (a prefix the file does not declare: the parse says so)
                statement = None
            found = statement and pattern.fullmatch(statement)
            self.parts[token] = found and tuple((found.group(field) or b"").decode("utf-8") for field in (1, *fields))
        return self.parts[token]


def _suit_statements(path: Path) -> tuple[Blocks, dict[str, dict[str, None]], Callable, _Cited]:
    """graph.ttl read as _subjects reads it, but only the statements the suit table needs
    (kg.turtle_blocks: the suits', the corrections', and those of what they name and cite,
    each parsed in one pass a step, the sentences cited read by their layout (_Cited) where
    it is kg.rdf's; any other parsed when asked for); Foreign for Turtle not laid out as
    kg.rdf writes it."""
    blocks = Blocks(path)
    cited = _Cited(blocks)
    typed: dict[str, dict[str, None]] = defaultdict(dict)
    for kind in (_AILAW.Suit, _AILAW.SuitCorrection):
        for subject in blocks.mentioning(kind):
            if any(value.value == kind for value in blocks[subject].get(_RDF.type, ())):
                typed[kind][subject] = None
    nodes = [*typed[_AILAW.Suit], *typed[_AILAW.SuitCorrection], _DOCUMENTS.value]
    # the parties, court and case of each suit: only the entity's own statement, its type and
    # names (_add_entity), not its facts (Blocks.fetch ``first``: a third of what is parsed
    # for the parties of the synthetic graph of bench/query_bench.py)
    blocks.fetch({value.value for suit in typed[_AILAW.Suit] for predicate in _SIDES
                  for value in blocks[suit].get(predicate, ()) if isinstance(value, _ox.NamedNode)}, first=True)
    for followed in (None, _CITED, _CITED):
        named = {(predicate, value.value) for node in nodes for predicate, values in blocks.get(node, {}).items()
                 if followed is None or predicate in followed for value in values
                 if isinstance(value, _ox.NamedNode)}
        # (the sentences cited, read by their layout where it is kg.rdf's: not parsed)
        nodes = {node for predicate, node in named if predicate != _PROV.wasDerivedFrom or cited.of(node) is None}
        blocks.fetch(nodes)

    return blocks, typed, _first_value(blocks), cited


def _suits_stated(by_subject: dict[str, dict[str, list]], typed: dict[str, dict[str, None]],
                  one: Callable, cited: _Cited | None = None) -> KnowledgeGraph | None:
    """graph.ttl read as far as the suit table needs it: the suits it states (ailaw:Suit),
    the entities they name and the documents' language it states (language_triple), in
    the attribute ``reader_language``; no fact, so no networkx graph of a million triples.
    None where graph.ttl states no language or no suit (a graph.ttl of an earlier version,
    or made by other means), or an analyst's filing date (_stated_suits): read it whole."""
    language = one(_DOCUMENTS.value, _DCTERMS.language)
    if language not in ("zh", "en") or not typed[_AILAW.Suit]:
        return None
    kg = KnowledgeGraph(nodes_only=True)
    for subject in typed[_AILAW.Suit]:
        for side in ("plaintiff", "defendant", "court", "case"):
            for node in by_subject[subject].get(getattr(_AILAW, side), ()):
                if isinstance(node, _ox.NamedNode) and _local(node.value) not in kg.graph:
                    _add_entity(kg, node.value, by_subject.get(node.value, {}), one)
    fixes = _suit_corrections(by_subject, typed[_AILAW.SuitCorrection])
    suits = _stated_suits(kg, by_subject, typed[_AILAW.Suit], one, _evidence_reader(by_subject, cited), fixes)
    if suits is None:
        return None
    kg.known_suits, kg.graph.graph["reader_language"] = suits, language
    return kg


def _evidence_reader(by_subject: dict[str, dict[str, list]], cited: _Cited | None = None
                     ) -> Callable[[str], Evidence]:
    """Reads a cited sentence back (an ailaw:Evidence, its news item and document), each
    read once however many facts and suits cite it (``cited``: those read by their layout)."""
    read: dict[str, Evidence] = {}
    titled: dict[str | None, tuple] = {}

    def first(properties: dict[str, list], predicate: str, default=None):
        values = properties.get(predicate)
        return values[0].value if values else default

    def part(node: str | None) -> tuple:  # an item's or a document's title, source and link
        found = titled.get(node)
        if found is None:
            properties = by_subject.get(node, {})
            found = titled[node] = (first(properties, _DCTERMS.title, ""), first(properties, _DCTERMS.source, ""),
                                    first(properties, _AILAW.link, ""))
        return found

    def evidence_of(node: str) -> Evidence:
        found = read.get(node) or (cited and cited.of(node))
        if found is None:
            properties = by_subject.get(node, {})
            item, document = part(first(properties, _AILAW.item)), part(first(properties, _AILAW.document))
            found = read[node] = Evidence(
                document=document[0], item=item[0], sentence=first(properties, _AILAW.sentence, ""),
                start=int(first(properties, _AILAW.start, 0)), end=int(first(properties, _AILAW.end, 0)),
                date=first(properties, _DCTERMS.date), source=item[1], link=item[2])
        return found
    return evidence_of


def _unnamed_suits(kg: KnowledgeGraph, by_subject: dict[str, dict[str, list]], suits: Iterable[str], one: Callable,
                   evidence_of: Callable[[str], Evidence]) -> list[dict]:
    """The suits with a party the text anonymises (ailaw:plaintiffName, ailaw:defendantName,
    or an entity labelled so) as a build found them (kg.unnamed.retold), so that the table of a graph read back from
    graph.ttl has their rows: no sued fact carries them."""
    from . import unnamed  # (read only where a suit names such a party: a graph's reader imports it no sooner)
    found, readers = [], unnamed.Readers(kg)
    for subject in suits:  # retold keeps the suits with a party anonymised (李某, or an entity read from 周某某)
        properties = by_subject[subject]
        names = {side: [value.value for value in properties.get(getattr(_AILAW, f"{side}Name"), [])]
                 for side in ("plaintiff", "defendant")}
        sides = {side: names[side] + [_local(node.value) for node in properties.get(getattr(_AILAW, side), [])]
                 for side in ("plaintiff", "defendant")}
        evidence = sorted((evidence_of(node.value) for node in properties.get(_PROV.wasDerivedFrom, [])),
                          key=lambda e: (e.date or "", e.document, e.start))
        stated = one(subject, _AILAW.courtStated) == "true"
        court = next((_local(node.value) for node in properties.get(_AILAW.court, [])), None) if stated else None
        found += unnamed.retold(kg, sides["plaintiff"], sides["defendant"], evidence, court, readers)
    return found


def _stated_suits(kg: KnowledgeGraph, by_subject: dict[str, dict[str, list]], suits: Iterable[str], one: Callable,
                  evidence_of: Callable[[str], Evidence], fixes: list[dict]) -> list[suit_records.Suit] | None:
    """The suits graph.ttl states (``ailaw:Suit``, as suit_triples wrote them) read back, in
    the table's order (oldest filing first, then caption and id, as kg.cases sorts them):
    the table of the build, not computed again from the facts.  None where it states no
    suit (a graph.ttl of an earlier version, or made by other means: its suits are computed
    then), or where an analyst set a filing date (kg.cases keeps such a suit in the place of
    the date before the correction, which graph.ttl does not state)."""
    if any(fix["field"] == "filed" for fix in fixes):
        return None
    # (the claims' order as kg.cases.claim_patterns gives them: its lexicon's, patterns not compiled)
    order = {claim: number for number, claim in enumerate(suit_records.claim_names())}
    found = [_stated_suit(subject, by_subject[subject], one, evidence_of, by_subject, order) for subject in suits]
    for suit in found:
        suit.plaintiffs, suit.defendants = _as_captioned(kg, suit)
    found.sort(key=lambda suit: (suit.filed or "", suit.caption, suit.id))
    return found or None


#: The predicates _stated_suit reads, as strings (looked up once, not per suit).
_SUIT_PREDICATES = {name: str(getattr(_AILAW, name)) for name in (
    "court", "case", "plaintiff", "defendant", "plaintiffName", "defendantName", "event", "eventKind",
    "courtStated", "courtReason", "filedOn", "claim", "status")}


def _stated_suit(subject: str, properties: dict[str, list], one: Callable, evidence_of: Callable[[str], Evidence],
                 by_subject: dict[str, dict[str, list]], order: dict[str, int]) -> suit_records.Suit:
    """One ``ailaw:Suit`` of graph.ttl read back (its lists in kg.cases's order: parties by
    id, events and sentences oldest first, claims in the order of the claim lexicon)."""
    P, empty = _SUIT_PREDICATES, ()

    def first(predicate: str, default=None):  # one(subject, predicate, default): ``properties`` are the subject's
        values = properties.get(predicate)
        return values[0].value if values else default

    def nodes(name: str) -> list[str]:
        return [_local(node.value) for node in properties.get(P[name], empty) if isinstance(node, _ox.NamedNode)]

    def cited(node: str) -> list[Evidence]:
        return suit_records.oldest_first(evidence_of(e.value)
                                         for e in by_subject.get(node, {}).get(_PROV.wasDerivedFrom, empty))
    suit_id = _local(subject).removeprefix("suit/")
    stated = first(P["courtStated"]) == "true"
    court = next(iter(nodes("court")), None)
    sides = {side: sorted([name.value for name in properties.get(P[f"{side}Name"], empty)] + nodes(side))
             for side in ("plaintiff", "defendant")}
    events = [suit_records.Event(one(node.value, P["eventKind"], ""), one(node.value, _DCTERMS.date),
                          evidence_of(one(node.value, _PROV.wasDerivedFrom)))
              for node in properties.get(P["event"], empty)]
    events.sort(key=suit_records.event_order)
    court_statement = f"{_DATA}fact/{_hash(f'suit/{suit_id}', 'court', court)}" if stated and court else None
    claims = properties.get(P["claim"])
    return suit_records.Suit(
        id=suit_id, caption=first(_RDFS.label, ""), plaintiffs=sides["plaintiff"],
        defendants=sides["defendant"], court=court, court_stated=stated,
        court_reason=suit_records.STATED_COURT_REASON if stated else first(P["courtReason"], ""),
        filed=first(P["filedOn"]), events=events,
        claims=sorted((claim.value for claim in claims), key=lambda c: order.get(c, len(order))) if claims else [],
        status=first(P["status"], ""), case=next(iter(nodes("case")), None), evidence=cited(subject),
        court_evidence=cited(court_statement) if court_statement else [])


def _as_captioned(kg: KnowledgeGraph, suit: suit_records.Suit) -> tuple[list[str], list[str]]:
    """The suit's sides in the order its caption names them where kg.cases made the caption
    from an anonymised telling's parties in the text's order (林某诉杭州某技术公司、常熟某房地产公司;
    A and B v. C; 张某、李某案 of a sentence naming no prosecutor), else as read (by id)."""
    if len(suit.plaintiffs) < 2 and len(suit.defendants) < 2:
        return suit.plaintiffs, suit.defendants  # (one order of each side: either answer is it)

    def name(party: str) -> str:
        return kg.entity(party)["label"] if party in kg.graph else party
    sides = [sorted(side, key=lambda party: (suit.caption.find(name(party)), party))
             for side in (suit.plaintiffs, suit.defendants)]
    told = suit_records.told_caption([name(party) for party in sides[0]], [name(party) for party in sides[1]])
    return (sides[0], sides[1]) if told == suit.caption else (suit.plaintiffs, suit.defendants)


_REVIEW_STATUSES = {local: status for status, local in REVIEW_STATUS.items()}


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def settle(kg: KnowledgeGraph, suits: list[suit_records.Suit] | None = None) -> KnowledgeGraph:
    """What a graph read back from RDF holds beyond its triples: evidence oldest first,
    an entity's jurisdiction as an attribute too, each named Case linked to its suit's
    parties and court (kg.cases.link_cases; ``suits``: the suits, where the caller has
    them)."""
    for head, tail, key, data in kg.graph.edges(keys=True, data=True):
        data["evidence"].sort(key=lambda e: (e.date or "", e.document, e.start))
        if key == "jurisdiction":
            kg.graph.nodes[head]["jurisdiction"] = kg.graph.nodes[head].get("jurisdiction") or tail
    from . import cases
    suits = cases.suits(kg) if suits is None else suits
    cases.link_cases(kg, suits)  # it changes no suit: they are kept (kg.query's suits_of reads them)
    kg.known_suits = suits
    return kg
