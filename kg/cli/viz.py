"""`kg viz`: the graph as an interactive HTML page, a report fragment or a picture."""
from __future__ import annotations

from pathlib import Path

import click

from .. import viz
from ..query import reader_language
from ..atomic import write_atomic
from . import main
from .output import GRAPH_OPTION
from .query import FROM_OPTION, RELATION, TO_OPTION, TYPE, load

DEFAULT_NAMES = {"html": "graph.html", "svg": "graph.svg", "png": "graph.png", "library": "vis-network.min.js"}


@main.command("viz")
@GRAPH_OPTION
@click.option("--out", type=click.Path(dir_okay=False), help="File to write [default: DIR/graph.html, .svg or .png].")
@click.option("--focus", metavar="NAME", help="Show only what lies near this node (any of its names).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6), help="Edges away from --focus.")
@click.option("--relation", "relations", multiple=True, type=RELATION, help="Only these relations (repeatable).")
@click.option("--type", "types", multiple=True, type=TYPE, help="Only these entity types (repeatable).")
@FROM_OPTION
@TO_OPTION
@click.option("--view", type=click.Choice(sorted(viz.VIEWS)),
              help="A named view: lawsuits, rulings and penalties; or regulators, legislatures, laws and places.")
@click.option("--lang", default=None, type=click.Choice(["zh", "en"]),
              help="Language of the names and the page [default: the language of the documents built].")
@click.option("--format", "fmt", type=click.Choice(viz.FORMATS),
              help="html (interactive), svg or png (static) [default: from --out, else html].")
@click.option("--isolated", is_flag=True, help="Show nodes without an edge too (left out by default).")
@click.option("--embed", is_flag=True, help="Write an HTML fragment (one div and its script) to paste into a report.")
@click.option("--no-library", is_flag=True,
              help="With --embed: leave vis-network out; the report loads it once (see --library-only).")
@click.option("--library-only", is_flag=True,
              help="Write only the vis-network script [default: DIR/vis-network.min.js], for --no-library fragments.")
@click.option("--width", default="100%", show_default=True, help="Width of the view: 900, 900px, 100% (fluid).")
@click.option("--height", help="Height of the view [default: the window for a page, 640px for --embed].")
@click.option("--sidebar", default="full", show_default=True, type=click.Choice(viz.SIDEBARS),
              help="Legend and filters: a full column, a compact strip, or none (a button shows them).")
@click.option("--title", help="Heading of the page.")
@click.option("--seed", default=0, show_default=True, help="Seed of the layout; the same seed gives the same picture.")
def viz_command(graph_dir: str, out: str | None, focus: str | None, depth: int, relations: tuple[str, ...],
                types: tuple[str, ...], date_from: str | None, date_to: str | None, view: str | None,
                lang: str, fmt: str | None, isolated: bool, embed: bool, no_library: bool, library_only: bool,
                width: str, height: str | None, sidebar: str, title: str | None, seed: int) -> None:
    """Draw the graph (or part of it) as a page that opens offline, or as SVG / PNG.

    Several --embed fragments on one report page run one copy of vis-network: each
    carries it and only the first runs it, or, to keep the page small, write them with
    --no-library and load the file that --library-only writes once, before or after them.
    """
    if library_only:
        path = write_atomic(out or Path(graph_dir) / DEFAULT_NAMES["library"], viz.library())
        click.echo(f"{path}: vis-network")
        return
    suffix = Path(out).suffix.lstrip(".").lower() if out else ""
    fmt = fmt or (suffix if suffix in ("svg", "png") else "html")
    if embed and fmt != "html":
        raise click.ClickException("--embed writes HTML: leave out --format svg/png")
    if no_library and not embed:
        raise click.ClickException("--no-library is for --embed fragments: a page carries its library")
    kg = load(graph_dir)
    lang = lang or reader_language(kg)
    try:
        frame = viz.Frame(width=width, height=height, sidebar=sidebar, library=not no_library)
        shown = viz.select(kg, focus=focus, depth=depth, relations=relations or None, types=types or None,
                           since=date_from, until=date_to, view=view, isolated=isolated)
        if not len(shown):
            raise click.ClickException("nothing to draw: no node is left by these filters")
        path = viz.write_view(shown, out or Path(graph_dir) / DEFAULT_NAMES[fmt], fmt=fmt, lang=lang,
                              embed=embed, title=title, seed=seed, frame=frame)
    except (LookupError, ValueError, RuntimeError, OSError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{path}: {len(shown)} nodes, {shown.graph.number_of_edges()} edges")
