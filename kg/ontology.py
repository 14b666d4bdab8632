"""The ontology and SHACL shapes of ``ontology/``: loading, validating an export, labels.

The vocabulary itself (classes, relations, their Chinese and English names) is data in
``ontology/ailaw.ttl``; the checks on an exported graph are data in
``ontology/shapes.ttl``.  This module only applies them.

>>> labels("zh")["sued"]
'起诉'
"""
from __future__ import annotations

from pathlib import Path

from rdflib import RDFS, Graph, Namespace

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "ailaw.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
AILAW = Namespace("https://w3id.org/ailaw-kg/ontology#")


def load_ontology() -> Graph:
    """The OWL ontology as a fresh rdflib Graph."""
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def load_shapes() -> Graph:
    """The SHACL shapes as a fresh rdflib Graph."""
    return Graph().parse(SHAPES_FILE, format="turtle")


def validate(data: Graph) -> tuple[bool, str]:
    """Check an exported graph against the shapes: ``(conforms, report text)``.

    No inference is run: the shapes name every class they allow, so a node is checked
    by the classes the export gives it, not by what a reasoner could derive.
    """
    from pyshacl import validate as shacl_validate   # a test dependency, needed here only

    conforms, _, text = shacl_validate(
        data, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="none",
    )
    return bool(conforms), text


def labels(lang: str) -> dict[str, str]:
    """Local name -> rdfs:label in ``lang`` ("en" or "zh") for every class and property
    of the ontology that has one, e.g. ``{"sued": "起诉", "Court": "法院", ...}``."""
    names: dict[str, str] = {}
    for term, label in load_ontology().subject_objects(RDFS.label):
        if str(term).startswith(str(AILAW)) and getattr(label, "language", None) == lang:
            names[str(term)[len(str(AILAW)):]] = str(label)
    return names
