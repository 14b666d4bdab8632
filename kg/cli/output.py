"""Print rows as a table, JSON or CSV: the one output path of every listing command."""
from __future__ import annotations

import csv
import io
import json
import shutil

import click

FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                             default="table", show_default=True, help="Output format.")
GRAPH_OPTION = click.option("--graph", "graph_dir", type=click.Path(file_okay=False), default="exports",
                            show_default=True, help="Folder of a built graph (holds graph.ttl).")


LANG_OPTION = click.option("--lang", default=None, type=click.Choice(["zh", "en"]),
                           help="Language of the names: zh, or en (English names where known, the Chinese "
                                "otherwise); default: the language of the documents built.")
COLUMNS_OPTION = click.option("--columns", metavar="NAME,NAME,...",
                              help="Only these columns, in this order (every column: --format json).")
#: The narrowest a column of a table is let be where its text is longer: a table whose
#: columns cannot all have this much (11 columns in 160 characters) is printed as one
#: record per row instead, never with its sentences squeezed to a dozen characters.
MIN_COLUMN = 30


def render(rows: list[dict], fmt: str, title: str | None = None) -> str:
    """Rows (dicts sharing keys) as text in ``fmt``: a table where its columns fit the
    terminal (fits), else one record (column: value lines) per row."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)  # (a DictWriter checks each row's keys again: twice the time)
        writer.writerow(columns)
        writer.writerows([_cell(row.get(column)) for column in columns] for row in rows)
        return buffer.getvalue()
    from rich.cells import cell_len
    from rich.console import Console  # (a table's only: JSON and CSV are printed without it)
    from rich.markup import escape
    from rich.table import Table
    width = table_width()
    console = Console(width=width, record=True, file=io.StringIO())
    if fits(rows, columns, width):
        # a table at least as wide as its title, so that the title stands on one line: a narrow
        # table wrapped "errors in" apart from its long document name, and a reader of the
        # lines took the document's errors for the document above's
        table = Table(title=title, show_lines=False, min_width=min(cell_len(title or ""), width))
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(escape(_cell(row.get(c))) for c in columns))  # a cell's [brackets] are text, not markup
        console.print(table)
    else:
        for number, row in enumerate(rows, 1):
            console.rule(escape(f"{title or 'row'} {number} of {len(rows)}"), style="none")
            record = Table.grid(padding=(0, 2))
            record.add_column(no_wrap=True)
            record.add_column(overflow="fold")
            for column in columns:
                record.add_row(escape(column), escape(_cell(row.get(column))))
            console.print(record)
        return "".join(line.rstrip() + "\n" for line in console.export_text().splitlines())
    return console.export_text()


def fits(rows: list[dict], columns: list[str], width: int) -> bool:
    """Whether a table of ``rows`` fits ``width`` characters with every column at least
    as wide as its widest cell or MIN_COLUMN, whichever is less (borders counted)."""
    from rich.cells import cell_len
    needed = 3 * len(columns) + 1
    for column in columns:
        lines = [line for row in rows for line in _cell(row.get(column)).splitlines()]
        widest = max(map(cell_len, [column, *lines]))
        needed += min(widest, MIN_COLUMN)
    return needed <= width


def chosen(rows: list[dict], columns: str | None) -> list[dict]:
    """The rows with only the ``columns`` named (comma-separated), in that order; one
    error line for a name that is no column."""
    if not columns or not rows:
        return rows
    wanted = [name.strip() for name in columns.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in rows[0]]
    if unknown:
        raise click.ClickException(f"no column {', '.join(map(repr, unknown))}: choose from {', '.join(rows[0])}")
    return [{name: row.get(name) for name in wanted} for row in rows]


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
