"""`kg review`: walk the facts an analyst has still to check, and keep the decisions in the
corrections file that every `kg build` applies."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import click

from .. import corrections as library
from ..model import ENTITY_TYPES, RELATIONS
from . import main
from .output import GRAPH_OPTION, emit
from .query import checked_date, load

KEYS = {"a": "accept", "r": "reject", "t": "retype", "s": "skip", "q": "quit"}


@main.command()
@GRAPH_OPTION
@click.option("--corrections", "corrections_file", type=click.Path(dir_okay=False), default="corrections.tsv",
              show_default=True, help="The corrections file decisions are written to (the one `kg build` reads).")
@click.option("--relation", type=click.Choice(RELATIONS), help="Only facts of this relation.")
@click.option("--entity", help="Only facts touching this entity (any label).")
@click.option("--since", metavar="DATE", callback=checked_date, help="Only facts stated on or after DATE (what a new month's news added).")
@click.option("--limit", type=click.IntRange(1), help="At most this many facts.")
@click.option("--list", "as_list", is_flag=True, help="List the facts instead of asking, to review in a spreadsheet.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="With --list: output format (add a decision per row, then read it back with --read).")
@click.option("--read", "reviewed", type=click.Path(exists=True, dir_okay=False),
              help="Read the decisions of a reviewed --list file (CSV or JSON) into the corrections file.")
@click.option("--analyst", default="analyst", show_default=True, help="Written in the note of each decision.")
def review(graph_dir: str, corrections_file: str, relation: str | None, entity: str | None, since: str | None,
           limit: int | None, as_list: bool, fmt: str, reviewed: str | None, analyst: str) -> None:
    """Review extracted facts, lowest confidence first: accept, reject, retype or skip each.

    Decisions go to the corrections file as they are taken; `kg build` applies them on
    every rebuild."""
    if reviewed:
        _read_decisions(reviewed, corrections_file)
        return
    try:
        facts = library.pending(load(graph_dir), relation, entity, since)
    except library.CorrectionError as error:
        raise click.ClickException(str(error)) from None
    facts = facts[:limit] if limit else facts
    if as_list:
        emit([fact.row() for fact in facts], fmt)
        return
    if not facts:
        click.echo("nothing to review", err=True)
        return
    taken = _ask(facts, corrections_file, analyst)
    click.echo(f"{taken} decision(s) written to {corrections_file}", err=True)


def _ask(facts: list[library.Pending], corrections_file: str, analyst: str) -> int:
    taken = 0
    for number, fact in enumerate(facts, start=1):
        click.echo(f"\n[{number}/{len(facts)}] {fact.head_label} —{fact.relation}→ {fact.tail_label}"
                   f"   (confidence {fact.confidence})")
        for evidence in fact.evidence[:3]:
            click.echo(f"  {evidence.date or 'undated'}  {evidence.document} · {evidence.item}")
            click.echo(f"    “{evidence.sentence}”")
        key = click.prompt("a accept · r reject · t retype · s skip · q quit", type=click.Choice(list(KEYS)),
                           show_choices=False)
        action = KEYS[key]
        if action == "quit":
            break
        if action == "skip":
            continue
        note = f"kg review by {analyst}"
        if action == "retype":
            side = click.prompt("retype which", type=click.Choice(["head", "tail"]))
            new_type = click.prompt("new type", type=click.Choice(ENTITY_TYPES))
            correction = library.Correction("retype", fact.head_label if side == "head" else fact.tail_label,
                                            new_type, "", note)
        else:
            correction = library.Correction("confirm" if action == "accept" else "reject",
                                            fact.head_label, fact.relation, fact.tail_label, note)
        library.append(corrections_file, [correction])
        taken += 1
    return taken


def _read_decisions(reviewed: str, corrections_file: str) -> None:
    path = Path(reviewed)
    try:
        text = path.read_text(encoding="utf-8-sig")
        rows = json.loads(text) if path.suffix.lower() == ".json" else list(csv.DictReader(text.splitlines()))
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise ValueError("expected a list of rows")
        found = library.decisions(rows, str(path))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise click.ClickException(f"{path}: {error}") from None
    if found:
        library.append(corrections_file, found)
    click.echo(f"{len(found)} decision(s) from {path} written to {corrections_file}", err=True)
