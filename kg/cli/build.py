"""`kg build`, `kg stats`, `kg export`, `kg evaluate`."""
from __future__ import annotations

import json
import time
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from .. import rdf
from ..ingest import InputError, discover
from . import main
from .output import FORMAT_OPTION, GRAPH_OPTION, emit


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[current]}"), transient=True)


def _inputs(paths: tuple[str, ...]) -> list:
    try:
        return list(discover(list(paths)))
    except InputError as error:
        raise click.ClickException(str(error)) from None


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="exports", show_default=True,
              help="Folder for graph.ttl.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop facts scored below this.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes to spread documents over.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse per-document results of unchanged files (OUT/.kg-cache).")
@click.option("--watch", is_flag=True,
              help="Stay running: rebuild whenever a file under PATHS is added, removed or changed, "
                   "re-extracting only those (the pipeline stays loaded, results stay in memory). Ctrl-C stops.")
@click.option("--interval", type=click.FloatRange(0.05), default=1.0, show_default=True,
              help="With --watch: seconds between looks at the files.")
def build(paths: tuple[str, ...], out_dir: str, min_confidence: float, jobs: int, cache: bool, watch: bool,
          interval: float) -> None:
    """Build the knowledge graph from documents (files or folders, recursive)."""
    from ..pipeline import CACHE_DIR, Pipeline, ResultCache, changes, pipeline_version
    cache_dir = Path(out_dir) / CACHE_DIR if cache else None
    if not watch:
        _build_once(_inputs(paths), paths, out_dir, min_confidence, jobs, cache_dir=cache_dir)
        return
    pipeline = Pipeline()
    results = ResultCache(cache_dir, pipeline_version(pipeline.data_dir))
    writer = rdf.GraphWriter(out_dir, remember=True)
    try:
        for files in changes(list(paths), interval):
            try:
                _build_once(files, paths, out_dir, min_confidence, jobs, writer, cache=results, pipeline=pipeline)
            except click.ClickException as error:
                click.echo(f"not rebuilt: {error.message}", err=True)
            click.echo(f"watching {', '.join(paths)} (Ctrl-C stops)", err=True)
    except KeyboardInterrupt:
        click.echo("stopped watching", err=True)


def _build_once(files: list, paths: tuple[str, ...], out_dir: str, min_confidence: float, jobs: int,
                writer: rdf.GraphWriter | None = None, **options) -> None:
    """Build ``files``, write graph.ttl and its store (through ``writer`` when watching),
    print one summary line."""
    from ..pipeline import build as build_graph
    from ..pipeline import paused_gc
    if not files:
        raise click.ClickException(f"no .txt, .md, .pdf or .html files under {', '.join(paths)}")
    started = time.perf_counter()
    with _progress() as progress:
        task = progress.add_task("extracting", total=len(files), current="")

        def advance(path: str, error: str | None) -> None:
            if error:
                progress.console.print(f"skipped {error}", style="yellow", markup=False, highlight=False,
                                       soft_wrap=True)
            progress.update(task, advance=1, current=path.rsplit("/", 1)[-1])

        report = build_graph(files, min_confidence, jobs, on_document=advance, **options)
    if not report.documents:
        raise click.ClickException(f"no readable document among {len(files)} file(s); nothing written")
    with paused_gc():
        path = (writer or rdf.GraphWriter(out_dir)).write(report.graph)
    stats = report.graph.stats()
    click.echo(f"{report.documents} document(s), {report.items} item(s), {len(report.graph)} entities, "
               f"{sum(stats['relations'].values())} facts -> {path}"
               + (f"; {report.cached} from cache" if report.cached else "")
               + (f"; skipped {len(report.skipped)} file(s)" if report.skipped else "")
               + f" ({time.perf_counter() - started:.2f} s)")


@main.command()
@GRAPH_OPTION
@FORMAT_OPTION
def stats(graph_dir: str, fmt: str) -> None:
    """Counts of entities per type and facts per relation."""
    graph = _load(graph_dir)
    counts = graph.stats()
    rows = [{"kind": "type", "name": name, "count": count} for name, count in counts["types"].most_common()]
    rows += [{"kind": "relation", "name": name, "count": count} for name, count in counts["relations"].most_common()]
    emit(rows, fmt)


@main.command("export")
@GRAPH_OPTION
@click.option("--format", "fmt", type=click.Choice(sorted(rdf.FORMATS)), default="ttl", show_default=True)
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True)
def export_command(graph_dir: str, fmt: str, out: str) -> None:
    """Write the built graph in another RDF format."""
    try:
        path = rdf.export(graph_dir, fmt, out)
    except FileNotFoundError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"wrote {path}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False), required=True,
              help="Folder of gold annotations (<document>.json).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", is_flag=True, help="List missed and spurious facts.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
def evaluate(paths: tuple[str, ...], gold_dir: str, fmt: str, errors: bool, min_confidence: float) -> None:
    """Build each document on its own and score it against its gold annotation."""
    from ..evaluate import Evaluation, gold_for, load_gold, score_document
    from ..pipeline import Pipeline
    pipeline = Pipeline()
    scores = []
    for path in _inputs(paths):
        gold = gold_for(path, gold_dir)
        if gold is None:
            continue
        try:
            graph = pipeline.graph([pipeline.process(path)], min_confidence)
        except InputError as error:
            raise click.ClickException(str(error)) from None
        scores.append(score_document(graph, load_gold(gold)))
    if not scores:
        raise click.ClickException(f"no document under {', '.join(paths)} has a gold file in {gold_dir}")
    result = Evaluation(scores)
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(errors), ensure_ascii=False, indent=2))
        return
    summary = [{"measure": name, **getattr(result, "total")(name).row()} for name in ("entities", "relations")]
    emit(summary, "table", "overall (micro-averaged)")
    emit([{"relation": r, **s.row()} for r, s in result.per_relation().items()], "table", "per relation")
    emit([{"document": d.document, "entity_f1": round(d.entities.f1, 3), "relation_f1": round(d.relations.f1, 3)}
          for d in scores], "table", "per document")
    if errors:
        emit([{"error": kind, "count": count} for kind, count in result.error_kinds().most_common(10)],
             "table", "most frequent error kinds")
        for document in scores:
            emit([{"kind": "missed", "head": h, "relation": r, "tail": t} for h, r, t in document.missed]
                 + [{"kind": "spurious", "head": h, "relation": r, "tail": t} for h, r, t in document.spurious],
                 "table", f"errors in {document.document}")


def _load(graph_dir: str):
    try:
        return rdf.load_graph(graph_dir)
    except FileNotFoundError as error:
        raise click.ClickException(str(error)) from None
