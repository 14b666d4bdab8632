"""`kg viz`: the graph as an interactive HTML page, a report fragment or a picture."""
from __future__ import annotations

from pathlib import Path

import click

from .. import viz
from . import main
from .output import GRAPH_OPTION
from .query import FROM_OPTION, RELATION, TO_OPTION, TYPE, load

DEFAULT_NAMES = {"html": "graph.html", "svg": "graph.svg", "png": "graph.png"}


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
@click.option("--lang", default="zh", show_default=True, type=click.Choice(["zh", "en"]),
              help="Language of the names and the page.")
@click.option("--format", "fmt", type=click.Choice(viz.FORMATS),
              help="html (interactive), svg or png (static) [default: from --out, else html].")
@click.option("--embed", is_flag=True, help="Write an HTML fragment (one div and its script) to paste into a report.")
@click.option("--title", help="Heading of the page.")
@click.option("--seed", default=0, show_default=True, help="Seed of the layout; the same seed gives the same picture.")
def viz_command(graph_dir: str, out: str | None, focus: str | None, depth: int, relations: tuple[str, ...],
                types: tuple[str, ...], date_from: str | None, date_to: str | None, view: str | None,
                lang: str, fmt: str | None, embed: bool, title: str | None, seed: int) -> None:
    """Draw the graph (or part of it) as a page that opens offline, or as SVG / PNG."""
    suffix = Path(out).suffix.lstrip(".").lower() if out else ""
    fmt = fmt or (suffix if suffix in ("svg", "png") else "html")
    if embed and fmt != "html":
        raise click.ClickException("--embed writes HTML: leave out --format svg/png")
    kg = load(graph_dir)
    try:
        shown = viz.select(kg, focus=focus, depth=depth, relations=relations or None, types=types or None,
                           since=date_from, until=date_to, view=view)
        if not len(shown):
            raise click.ClickException("nothing to draw: no node is left by these filters")
        path = viz.write_view(shown, out or Path(graph_dir) / DEFAULT_NAMES[fmt], fmt=fmt, lang=lang,
                              embed=embed, title=title, seed=seed)
    except (LookupError, ValueError, RuntimeError, OSError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{path}: {len(shown)} nodes, {shown.graph.number_of_edges()} edges")
