"""Facts from one item, with evidence: the relation rule families of kg.facts
assembled (this module keeps the name the pipeline and its users import)."""
from __future__ import annotations

from .facts import SIGNATURES, Extractor

__all__ = ["SIGNATURES", "Extractor"]
