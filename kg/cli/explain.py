"""`kg explain`: why a sentence gives the names and facts it gives."""
from __future__ import annotations

import json

import click

from ..ingest import InputError
from . import main
from .output import render


@main.command()
@click.argument("sentence", required=False)
@click.option("--file", "path", type=click.Path(dir_okay=False), help="Explain a document (as kg build reads it).")
@click.option("--find", "focus", metavar="TEXT", help="With --file: only the sentences holding TEXT.")
@click.option("--offset", type=int, help="With --file: only the sentence holding this character of the text as read.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
def explain(sentence: str | None, path: str | None, focus: str | None, offset: int | None, fmt: str) -> None:
    """Show, for a SENTENCE (or a document's sentence), the names each name family found and
    whether they were kept or overruled, the facts each fact family read, suppressed or
    refined, and the edges that reached the graph, each with its rule.

    \b
      kg explain "2023年12月，纽约时报起诉OpenAI和微软。"
      kg explain --file data/corpus/newsletter-2024-05.txt --find 起诉
    """
    if (sentence is None) == (path is None):
        raise click.ClickException("give a SENTENCE or --file, not both or neither")
    if path is None and (focus or offset is not None):
        raise click.ClickException("--find and --offset go with --file")
    if focus and offset is not None:
        raise click.ClickException("give --find or --offset, not both")
    from ..explain import explain_file, explain_text
    from ..pipeline import Pipeline
    pipeline = Pipeline()
    try:
        rows = explain_text(pipeline, sentence) if path is None else explain_file(pipeline, path, focus, offset)
    except (InputError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    titles = {"names": "names: what each name family found", "facts": "facts: what each fact family did",
              "graph": "the graph's edges"}
    for part, title in titles.items():
        shown = [{k: v for k, v in row.items() if k not in ("item", "sentence")} for row in rows[part]]
        click.echo(render(shown, "table", title) if shown else f"{title}: none\n")
