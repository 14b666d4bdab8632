"""Print rows as a table, JSON or CSV: the one output path of every listing command."""
from __future__ import annotations

import csv
import io
import json
import shutil

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                             default="table", show_default=True, help="Output format.")
GRAPH_OPTION = click.option("--graph", "graph_dir", type=click.Path(file_okay=False), default="exports",
                            show_default=True, help="Folder of a built graph (holds graph.ttl).")


def render(rows: list[dict], fmt: str, title: str | None = None) -> str:
    """Rows (dicts sharing keys) as text in ``fmt``."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        return buffer.getvalue()
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(escape(_cell(row.get(c))) for c in columns))  # a cell's [brackets] are text, not markup
    console = Console(width=table_width(), record=True, file=io.StringIO())
    console.print(table)
    return console.export_text()


def table_width() -> int:
    """The terminal's width (COLUMNS where set), 160 columns when the output is no terminal."""
    return shutil.get_terminal_size(fallback=(160, 24)).columns


def emit(rows: list[dict], fmt: str, title: str | None = None) -> None:
    """Print rows on stdout; no rows is said on stderr, with [] on stdout for JSON (and
    nothing for a table or CSV), so that a script reading stdout still gets its format."""
    if not rows:
        click.echo(f"kg: nothing found{f' ({title})' if title else ''}", err=True)
        if fmt != "json":
            return
    click.echo(render(rows, fmt, title), nl=fmt != "table")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(map(str, value))
    return str(value)
