"""ailaw-kg: AI-law news in, a queryable knowledge graph out.

The stages, in order: ingest -> segment -> nlp -> extract -> resolve -> graph -> rdf,
then query, sparql, server, export and viz over the built graph.

>>> import kg
>>> graph = kg.load_graph("exports")            # doctest: +SKIP
>>> graph.graph                                  # the networkx MultiDiGraph  # doctest: +SKIP
>>> nodes, edges = graph.to_pandas()             # doctest: +SKIP
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

# The English parsing model's matrix products (numpy's OpenBLAS) on one thread: a second thread on
# batches of 32 sentences costs about a sixth more CPU for the same tags, dependencies and entities
# (and a build's --jobs workers already keep the cores busy). Set before numpy is first imported;
# a value the caller set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from . import charsets

if TYPE_CHECKING:
    from pathlib import Path

    from .graph import KnowledgeGraph

__version__ = "0.1.0"
charsets.install()  # before any module of the package compiles its patterns
__all__ = ["KnowledgeGraph", "load_graph"]


def load_graph(graph_dir: str | Path) -> KnowledgeGraph:
    """The KnowledgeGraph built in ``graph_dir`` (the folder of a ``kg build``, holding
    graph.ttl); its ``.graph`` is the networkx MultiDiGraph."""
    from .rdf import load_graph as load
    return load(graph_dir)


def __getattr__(name: str):
    if name == "KnowledgeGraph":  # imported on first use: `kg` on the command line does not need it
        from .graph import KnowledgeGraph
        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
