"""`kg export`: the built graph, or the ontology, in another format."""
from __future__ import annotations

from pathlib import Path

import click

from .. import export as library
from . import main
from .output import GRAPH_OPTION, LANG_OPTION


@main.command("export")
@GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(library.FORMATS),
              help="RDF: ttl, nt, nq, jsonld, rdfxml (owl is RDF/XML too); property graphs: graphml, gexf, "
                   "csv (a folder of nodes.csv and edges.csv for neo4j-admin import) "
                   "[default: from the suffix of --out; an unknown suffix is refused].")
@click.option("--out", "out", type=click.Path(), required=True, help="File to write (a folder for csv).")
@click.option("--ontology", is_flag=True, help="Write the ontology instead of the graph (e.g. ailaw.owl for Protégé).")
@LANG_OPTION
def export_command(graph_dir: str, fmt: str | None, out: str, ontology: bool, lang: str | None) -> None:
    """Write the built graph (or the ontology) in another format."""
    fmt = fmt or library.format_for(out)
    if fmt is None:
        suffix = Path(out).suffix
        raise click.ClickException(
            (f"{out}: the suffix {suffix} names no format" if suffix else f"{out}: no suffix to tell the format by")
            + f"; give --format ({', '.join(library.FORMATS)}) or a suffix ({', '.join(library.SUFFIXES)})")
    try:
        path = library.export_ontology(fmt, out) if ontology else library.export(graph_dir, fmt, out, lang)
    except (FileNotFoundError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"{out}: {error.strerror or error}") from None
    click.echo(f"wrote {path} ({library.FORMAT_NAMES[fmt]})")
