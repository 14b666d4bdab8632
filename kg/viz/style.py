"""How the view looks and speaks: colours, shapes, named views and page text live in
``assets/style.json``; the names of types and relations come from the ontology."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

ASSETS = Path(__file__).resolve().parent / "assets"
STYLE = json.loads((ASSETS / "style.json").read_text(encoding="utf-8"))
LANGUAGES = tuple(STYLE["ui"])


def type_style(entity_type: str) -> dict[str, str]:
    """``{"color": ..., "shape": ...}`` of an entity type (a grey dot if unknown)."""
    return STYLE["types"].get(entity_type, STYLE["default_type"])


def relation_colour(relation: str) -> str:
    return STYLE["relations"].get(relation, STYLE["default_relation"])


def darker(colour: str) -> str:
    """The colour of a shape's outline: its fill a quarter darker."""
    if len(colour) != 7 or not colour.startswith("#"):
        return colour
    red, green, blue = (int(colour[i:i + 2], 16) * 3 // 4 for i in (1, 3, 5))
    return f"#{red:02x}{green:02x}{blue:02x}"


def ui_text(lang: str) -> dict[str, str]:
    """The page's own words (search box, legend titles, ...) in ``lang``."""
    if lang not in STYLE["ui"]:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return STYLE["ui"][lang]


@cache
def term_names(lang: str) -> dict[str, str]:
    """Class and relation local name -> its rdfs:label in ``lang`` from the ontology;
    empty (names shown as they are) where the ontology cannot be read."""
    try:
        from ..ontology import labels
        return dict(labels(lang))
    except (ImportError, OSError, SyntaxError, ValueError):
        return {}


def term_name(term: str, lang: str) -> str:
    """A class or relation's name in ``lang``: the ontology's, else the view's own
    (``terms`` in style.json: the links it draws from a Case node), else the term."""
    return term_names(lang).get(term) or STYLE["terms"].get(lang, {}).get(term, term)
