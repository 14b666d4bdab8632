"""The graph view people open, explore and embed in reports.

select (which part of the graph) -> layout (positions, in Python) -> scene (look and
details) with labels (where each label goes) -> page (interactive HTML, or a fragment)
or svg (SVG, PNG).

>>> view = select(kg, focus="OpenAI", depth=1)                     # doctest: +SKIP
>>> html = render_html(view, lang="en")                            # doctest: +SKIP
>>> write_view(view, "exports/openai.svg", fmt="svg")              # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

from ..atomic import write_atomic
from ..graph import KnowledgeGraph
from . import page, svg
from .layout import Positions, layout
from .page import SIDEBARS, Frame, library
from .scene import Scene, build_scene
from .select import VIEWS, select

__all__ = ["FORMATS", "SIDEBARS", "VIEWS", "Frame", "Scene", "build_scene", "layout", "library",
           "render_fragment", "render_html", "render_png", "render_svg", "select", "write_view"]
FORMATS = ("html", "svg", "png")


def render_html(kg: KnowledgeGraph, lang: str = "zh", title: str | None = None,
                positions: Positions | None = None, frame: Frame = Frame()) -> str:
    """A self-contained HTML page showing ``kg`` (laid out here unless ``positions``)."""
    return page.render_page(build_scene(kg, positions, lang, frame.viewport()), title, frame)


def render_fragment(kg: KnowledgeGraph, lang: str = "zh", title: str | None = None,
                    positions: Positions | None = None, frame: Frame = Frame()) -> str:
    """One div and its scripts, to paste into a report page: self-contained, or
    without vis-network (``Frame(library=False)``) for a page that loads it once."""
    return page.render_fragment(build_scene(kg, positions, lang, frame.viewport()), title, frame)


def render_svg(kg: KnowledgeGraph, lang: str = "zh", positions: Positions | None = None) -> str:
    """The same view as a static SVG picture with its legend."""
    return svg.render_svg(build_scene(kg, positions, lang))


def render_png(kg: KnowledgeGraph, path: str | Path, lang: str = "zh",
               positions: Positions | None = None) -> Path:
    """The SVG picture as PNG, drawn by headless Chromium (RuntimeError without it)."""
    return svg.render_png(build_scene(kg, positions, lang), path)


def write_view(kg: KnowledgeGraph, out: str | Path, fmt: str = "html", lang: str = "zh",
               embed: bool = False, title: str | None = None, seed: int = 0, frame: Frame = Frame()) -> Path:
    """Lay out ``kg`` and write it to ``out`` as an HTML page (or fragment with
    ``embed``) in ``frame``, an SVG or a PNG; returns the path written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    scene = build_scene(kg, layout(kg, seed=seed), lang, frame.viewport())
    if fmt == "png":
        return svg.render_png(scene, out)
    if fmt == "svg":
        return write_atomic(out, svg.render_svg(scene))
    render = page.render_fragment if embed else page.render_page
    return write_atomic(out, render(scene, title, frame))
