"""ailaw-kg: AI-law news in, a queryable knowledge graph out.

The stages, in order: ingest -> segment -> nlp -> extract -> resolve -> graph -> rdf,
then query, sparql, server and viz over the built graph.
"""
__version__ = "0.1.0"
