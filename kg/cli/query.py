"""`kg query ...`: entity cards, neighbours, paths, lawsuits, rankings, timelines, waves."""
from __future__ import annotations

import functools

import click

from .. import query as library
from ..graph import KnowledgeGraph, paused_gc
from ..dates import is_iso_date
from ..model import ENTITY_TYPES, RELATIONS
from ..rdf import load_fact_table, load_graph, load_suit_table
from ..suit_records import claim_names, event_statuses
from . import main
from .output import COLUMNS_OPTION, FORMAT_OPTION, GRAPH_OPTION, LANG_OPTION, chosen, emit, render

RELATION = click.Choice(RELATIONS)
# The choices of --status and --claim, from the lexicons without compiling their patterns
# (every kg query command loads this module: the event cues' pattern alone is 0.05 s of CPU)
STATUSES = sorted(event_statuses() | {"filed"})
CLAIMS = claim_names()
TYPE = click.Choice(ENTITY_TYPES)


def checked_date(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    """A --from or --to date, checked: one error line for anything but 2024, 2024-06 or 2024-06-27."""
    if value is not None and not is_iso_date(value):
        raise click.ClickException(f"{parameter.opts[0]} {value!r} is not a date: write 2024, 2024-06 or 2024-06-27")
    return value.strip() if value else value


FROM_OPTION = click.option("--from", "date_from", metavar="DATE", callback=checked_date,
                           help="Earliest date (2024, 2024-06 or 2024-06-27).")
FOLLOW_OPTION = click.option("--relation", "relations", multiple=True, type=RELATION,
                             help="Follow only these relations (repeatable).")
TO_OPTION = click.option("--to", "date_to", metavar="DATE", callback=checked_date,
                         help="Latest date (2024, 2024-06 or 2024-06-27).")


def table_options(command):
    """The options every table of kg query takes: --graph, --format, --lang, --columns; the
    command run with the cyclic garbage collector paused (its graph and rows, a million
    objects for a large graph, make no cycle: a collection would walk them for nothing)."""
    @functools.wraps(command)
    def paused(*args, **kwargs):
        with paused_gc():
            return command(*args, **kwargs)
    return GRAPH_OPTION(FORMAT_OPTION(LANG_OPTION(COLUMNS_OPTION(paused))))


def load(graph_dir: str, suits_only: bool = False, facts_of: str | None = None) -> KnowledgeGraph | library.FactTable:
    """The graph (its snapshot kept beside a graph.ttl that comes without one); with
    ``suits_only`` as far as the suit table needs it (kg.rdf.load_suit_table); with
    ``facts_of`` (a relation) the fact table `kg build` keeps, else graph.ttl read as far as
    that relation (kg.rdf.load_fact_table), else the graph."""
    try:
        if suits_only:
            return load_suit_table(graph_dir)
        return (facts_of and load_fact_table(graph_dir, facts_of)) or load_graph(graph_dir, keep=True)
    except (FileNotFoundError, SyntaxError, ValueError) as error:
        raise click.ClickException(str(error)) from None


def answer(function, graph_dir: str, *args, suits_only: bool = False, facts_of: str | None = None, **kwargs):
    """Call a library query on the loaded graph (``suits_only``: a query of the suit table
    that looks no name up; ``facts_of``: one that reads a FactTable of this relation too);
    an unknown or ambiguous name is one error line that lists the candidates."""
    graph = load(graph_dir, suits_only, facts_of)
    if "lang" in kwargs and kwargs["lang"] is None:  # no --lang: the language of the documents built
        kwargs["lang"] = graph.language if isinstance(graph, library.FactTable) else library.reader_language(graph)
    try:
        return function(graph, *args, **kwargs)
    except library.NameLookupError as error:
        raise click.ClickException(str(error)) from None


@main.group()
def query() -> None:
    """Ask the graph: who sued whom, where, when; who is linked to whom."""


@query.command()
@click.argument("name")
@table_options
def entity(name: str, graph_dir: str, fmt: str, lang: str,
        columns: str | None) -> None:
    """The card of one entity: type, labels, jurisdiction and every edge in and out."""
    card = answer(library.entity_card, graph_dir, name, lang=lang)
    if fmt == "json":
        emit(card | {"edges": chosen(card["edges"], columns)}, fmt)  # one object, not a list of rows
    elif fmt == "csv":
        emit(chosen(card["edges"], columns), fmt)
    else:
        facts = [{"field": key, "value": value} for key, value in card.items() if key != "edges"]
        click.echo(render(facts, fmt, card["label"]))
        emit(chosen(card["edges"], columns), fmt, "edges")


@query.command()
@click.argument("name")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6), help="How many edges away.")
@FOLLOW_OPTION
@table_options
def neighbors(name: str, depth: int, relations: tuple[str, ...], graph_dir: str, fmt: str, lang: str,
        columns: str | None) -> None:
    """Entities within DEPTH edges of NAME, in either direction."""
    emit(chosen(answer(library.neighbors, graph_dir, name, depth, relations, lang=lang), columns), fmt,
         f"neighbours of {name}")


@query.command()
@click.argument("source")
@click.argument("target")
@FOLLOW_OPTION
@table_options
def path(source: str, target: str, relations: tuple[str, ...], graph_dir: str, fmt: str, lang: str,
        columns: str | None) -> None:
    """The shortest paths from SOURCE to TARGET with the relations along them."""
    emit(chosen(answer(library.paths, graph_dir, source, target, relations, lang=lang), columns), fmt,
         f"{source} … {target}")


@query.command()
@click.option("--party", help="Only suits with this entity on either side.")
@click.option("--court", help="Only suits in this court.")
@FROM_OPTION
@TO_OPTION
@click.option("--status", type=click.Choice(STATUSES), help="Only suits in this state.")
@click.option("--claim", type=click.Choice(CLAIMS), help="Only suits making this claim.")
@click.option("--court-stated", is_flag=True, help="Only suits whose court the text names (no inferred courts).")
@table_options
def cases(party, court, date_from, date_to, status, claim, court_stated, graph_dir: str, fmt: str, lang: str,
        columns: str | None) -> None:
    """The litigation table: one row per suit, with its court, filing date, events, claims and status."""
    rows = answer(library.cases, graph_dir, party, court, date_from, date_to, status, claim, court_stated, lang=lang,
                  suits_only=not (party or court))
    emit(chosen(rows if fmt == "json" else [_flat(row, everything=fmt == "csv") for row in rows], columns), fmt, "suits")


def _flat(row: dict, everything: bool) -> dict:
    """A suit row for CSV (every field, events as "kind date", evidence as its sentences)
    or for a table (the caption, an inferred court marked so, dates, events, claims, status)."""
    events = [" ".join(filter(None, (e["kind"], e["date"]))) for e in row["events"]]
    if everything:
        return {**row, "events": events, "evidence": [e["sentence"] for e in row["evidence"]]}
    court = row["court"] if row["court_stated"] or not row["court"] else f"{row['court']} (inferred)"
    return {"caption": row["caption"], "court": court, "filed": row["filed"], "events": events,
            "claims": row["claims"], "status": row["status"], "sources": len(row["evidence"])}


@query.command()
@click.option("--plaintiff", help="Only suits brought by this entity.")
@click.option("--defendant", help="Only suits against this entity.")
@click.option("--court", help="Only suits placed in this court.")
@FROM_OPTION
@TO_OPTION
@table_options
def sued(plaintiff, defendant, court, date_from, date_to, graph_dir: str, fmt: str, lang: str,
        columns: str | None) -> None:
    """Who sued whom: one row per plaintiff and defendant of each suit, dated by its filing."""
    emit(chosen(answer(library.sued, graph_dir, plaintiff, defendant, court, date_from, date_to, lang=lang,
                       suits_only=not (plaintiff or defendant or court)), columns), fmt, "lawsuits")


@query.command()
@click.option("--relation", required=True, type=RELATION, help="The relation to count.")
@click.option("--role", type=click.Choice(["head", "tail"]),
              help="Rank tails (most sued) or heads (most active) [default: tail; with --type, the side "
                   "where entities of that type are].")
@click.option("--type", "entity_type", type=TYPE, help="Rank only entities of this type.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="How many rows.")
@table_options
def top(relation: str, role: str | None, entity_type: str | None, limit: int, graph_dir: str, fmt: str, lang: str,
        columns: str | None) -> None:
    """Entities ranked by their number of RELATION counterparts."""
    emit(chosen(answer(library.top, graph_dir, relation, role, entity_type, limit, lang=lang, facts_of=relation),
                columns), fmt, f"top {entity_type or 'entities'} by {relation}")


@query.command()
@click.option("--type", "entity_type", type=TYPE, help="Only facts with an entity of this type.")
@click.option("--relation", type=RELATION, help="Only facts of this relation.")
@FROM_OPTION
@TO_OPTION
@table_options
def timeline(entity_type, relation, date_from, date_to, graph_dir: str, fmt: str, lang: str,
        columns: str | None) -> None:
    """Dated facts in date order."""
    emit(chosen(answer(library.timeline, graph_dir, entity_type, relation, date_from, date_to, lang=lang), columns),
         fmt, "timeline")


@query.command()
@click.option("--window", default=30, show_default=True, type=click.IntRange(0), help="Days from a wave's first suit.")
@click.option("--min", "min_plaintiffs", default=2, show_default=True, type=click.IntRange(1),
              help="Fewest distinct plaintiffs in a wave.")
@table_options
def waves(window: int, min_plaintiffs: int, graph_dir: str, fmt: str, lang: str,
        columns: str | None) -> None:
    """Waves of suits against one defendant within WINDOW days (coordinated litigation)."""
    emit(chosen(answer(library.waves, graph_dir, window, min_plaintiffs, lang=lang, suits_only=True), columns), fmt,
         "litigation waves")
