"""`kg build`, `kg stats`, `kg evaluate`."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from .. import rdf
from ..ingest import InputError, discover, shown
from . import main
from .output import FORMAT_OPTION, GRAPH_OPTION, emit


def _progress() -> Progress:
    """A progress bar on stderr, drawn only on a terminal (its messages are printed anyway)."""
    console = Console(stderr=True)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[current]}"), transient=True, console=console,
                    disable=not console.is_terminal)


def _writable(out_dir: str) -> None:
    """Fail at once, in one line, where the graph could not be written at the end: the
    folder, or the nearest one above it that exists, is a folder we may write in."""
    folder = Path(out_dir).absolute()
    while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise click.ClickException(f"{shown(out_dir)}: cannot write there ({shown(folder)} is not a folder)")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise click.ClickException(f"{shown(out_dir)}: cannot write there (permission denied on {shown(folder)})")


def _inputs(paths: tuple[str, ...]) -> list:
    try:
        return list(discover(list(paths)))
    except InputError as error:
        raise click.ClickException(str(error)) from None


def available_cores() -> int:
    """The processors this process may run on (the default of --jobs)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="exports", show_default=True,
              help="Folder for graph.ttl.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop facts scored below this.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=available_cores(), show_default=True,
              help="Processes to spread documents over (default: the processors available).")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse per-document results of unchanged files (OUT/.kg-cache).")
@click.option("--watch", is_flag=True,
              help="Stay running: rebuild whenever a file under PATHS is added, removed or changed, "
                   "re-extracting only those (the pipeline stays loaded, results stay in memory). Ctrl-C stops.")
@click.option("--interval", type=click.FloatRange(0.05), default=1.0, show_default=True,
              help="With --watch: seconds between looks at the files.")
@click.option("--corrections", "corrections_file", type=click.Path(dir_okay=False),
              help="Analyst corrections (TSV) applied to the graph; default: corrections.tsv in the first input folder.")
@click.option("--analyst", default="analyst", show_default=True,
              help="Who the corrections are attributed to (prov:wasAttributedTo).")
@click.option("--file-timeout", type=click.FloatRange(min=0, min_open=True), default=300.0, show_default=True,
              help="Seconds one file may take; a file still at work after that is skipped with one line.")
def build(paths: tuple[str, ...], out_dir: str, min_confidence: float, jobs: int, cache: bool, watch: bool,
          interval: float, corrections_file: str | None, analyst: str, file_timeout: float) -> None:
    """Build the knowledge graph from documents (files or folders, recursive)."""
    from ..pipeline import CACHE_DIR, Pipeline, ResultCache, changes, pipeline_version
    _writable(out_dir)
    cache_dir = Path(out_dir) / CACHE_DIR if cache else None
    corrections = {"corrections_file": corrections_file, "analyst": analyst}
    if watch:  # a folder still empty may be watched, one that does not exist is a typo
        for path in paths:
            if not Path(path).exists():
                raise click.ClickException(str(InputError(Path(path), "no such file or folder")))
    files = None if watch else _inputs(paths)
    pipeline = Pipeline()
    pipeline.file_seconds = file_timeout
    if not watch:
        _build_once(files, paths, out_dir, min_confidence, jobs, cache_dir=cache_dir, pipeline=pipeline, **corrections)
        return
    results = ResultCache(cache_dir, pipeline_version(pipeline.data_dir))
    writer = rdf.GraphWriter(out_dir, remember=True)
    try:
        for files in changes(list(paths), interval):
            try:
                _build_once(files, paths, out_dir, min_confidence, jobs, writer, cache=results, pipeline=pipeline,
                            **corrections)
            except click.ClickException as error:
                click.echo(f"not rebuilt: {error.message}", err=True)
            except (InputError, OSError) as error:  # a file or folder gone or changed while we read it
                click.echo(f"not rebuilt: {error}", err=True)
            click.echo(f"watching {', '.join(paths)} (Ctrl-C stops)", err=True)
    except KeyboardInterrupt:
        click.echo("stopped watching", err=True)


def _build_once(files: list, paths: tuple[str, ...], out_dir: str, min_confidence: float, jobs: int,
                writer: rdf.GraphWriter | None = None, corrections_file: str | None = None,
                analyst: str = "analyst", **options) -> None:
    """Build ``files``, apply the analyst's corrections, write graph.ttl and its store
    (through ``writer`` when watching), print one summary line.  A malformed corrections
    file stops the build before anything is written: the last good graph stays."""
    from .. import corrections as analyst_corrections
    from ..pipeline import build as build_graph
    from ..pipeline import paused_gc
    if not files:
        raise click.ClickException(f"no .txt, .md, .pdf or .html files under {', '.join(paths)}")
    corrections_path = Path(corrections_file) if corrections_file else analyst_corrections.locate(list(paths))
    try:
        options["corrections"] = analyst_corrections.read(corrections_path, paths[0]) if corrections_path else None
    except analyst_corrections.CorrectionError as error:
        raise click.ClickException(f"{error}; nothing written, the last graph is kept") from None
    options["analyst"] = analyst
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
    try:
        with paused_gc():
            path = (writer or rdf.GraphWriter(out_dir)).write(report.graph)
    except OSError as error:
        raise click.ClickException(f"{shown(out_dir)}: cannot write the graph ({error.strerror or error})") from None
    stats = report.graph.stats()
    for line in report.graph.graph.graph.get("typing", ()):  # what the relations' signatures changed
        click.echo(f"typing: {line}", err=True)
    if report.corrections is not None:
        for correction, reason in report.corrections.stale:
            click.echo(f"stale correction {correction.where}: {correction.as_line()!r}: {reason}", err=True)
        click.echo(f"{corrections_path}: {len(report.corrections.applied)} correction(s) applied, "
                   f"{len(report.corrections.stale)} stale", err=True)
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


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder of gold annotations (<document>.json).")
@click.option("--corrections", "corrections_file", type=click.Path(exists=True, dir_okay=False),
              help="Also measure precision on real use: the share of analyst-reviewed facts confirmed, per relation.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="csv: one row per score (overall, per relation, per document).")
@click.option("--errors", is_flag=True,
              help="The ten most frequent error kinds (entity never found, wrong boundary or type; fact with an end "
                   "never found, both ends found and no rule, wrong way round, false fact by rule family...) with an "
                   "example each, and every missed and spurious fact.")
@click.option("--by-rule", is_flag=True,
              help="Per rule family (the mechanism of a mention, the rule of a fact, before any '/'): entities or "
                   "facts it produced, how many gold has, precision, how many it alone produced, and the change of "
                   "entity and relation F1 when every document is built again without it (the family does not run; "
                   "one more build per family).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
def evaluate(paths: tuple[str, ...], gold_dir: str | None, corrections_file: str | None, fmt: str, errors: bool,
             by_rule: bool, min_confidence: float) -> None:
    """Build each document on its own and score it against its gold annotation; with
    --corrections, also the analysts' verdicts on the facts of the whole corpus."""
    from .. import corrections as analyst_corrections
    from ..evaluate import Evaluation, by_rule as rule_rows, gold_for, load_gold, score_document
    from ..pipeline import Pipeline
    if not gold_dir and not corrections_file:
        raise click.UsageError("give --gold, --corrections or both")
    if by_rule and not gold_dir:
        raise click.UsageError("--by-rule needs --gold")
    if fmt == "csv" and (errors or by_rule or corrections_file or not gold_dir):
        raise click.ClickException("--format csv prints the scores against --gold only: list errors, rule "
                                   "families and reviews as a table or JSON")
    pipeline = Pipeline()
    scores, results, scored = [], [], []
    for path in _inputs(paths):
        gold = gold_for(path, gold_dir) if gold_dir else None
        if gold is None and not corrections_file:
            continue
        try:
            result = pipeline.process(path)
        except InputError as error:
            raise click.ClickException(str(error)) from None
        results.append(result)
        if gold is not None:
            scored.append((path, load_gold(gold)))
            scores.append(score_document(pipeline.graph([result], min_confidence), scored[-1][1]))
    review = None
    if corrections_file:
        try:
            outcome = analyst_corrections.apply(pipeline.graph(results, min_confidence),
                                                analyst_corrections.read(corrections_file, paths[0]))
        except analyst_corrections.CorrectionError as error:
            raise click.ClickException(str(error)) from None
        review = [{"relation": relation, "confirmed": counts["confirm"], "rejected": counts["reject"],
                   "share_confirmed": round(counts["confirm"] / (counts["confirm"] + counts["reject"]), 3)}
                  for relation, counts in outcome.reviewed().items()]
    if gold_dir and not scores:
        raise click.ClickException(f"no document under {', '.join(paths)} has a gold file in {gold_dir}")
    if not scores:
        _print_review(review, fmt)
        return
    result = Evaluation(scores)
    rules = rule_rows(pipeline, scored, min_confidence, result) if by_rule else None
    if fmt == "csv":
        emit(result.rows(), "csv")
        return
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(errors) | ({"by_rule": rules} if rules is not None else {})
                              | ({"analyst_review": review} if review is not None else {}),
                              ensure_ascii=False, indent=2))
        return
    summary = [{"measure": name, **getattr(result, "total")(name).row()} for name in ("entities", "relations")]
    emit(summary, "table", "overall (micro-averaged)")
    emit([{"relation": r, **s.row()} for r, s in result.per_relation().items()], "table", "per relation")
    emit([{"document": d.document, "entity_f1": round(d.entities.f1, 3), "relation_f1": round(d.relations.f1, 3)}
          for d in scores], "table", "per document")
    if rules is not None:
        emit(rules, "table", "per rule family (F1 change: every document built again without the family)")
    if errors:
        emit(result.error_rows(), "table", "most frequent error kinds")
        for document in scores:
            emit([{"kind": error.kind, "what": error.example} for error in document.errors],
                 "table", f"errors in {document.document}")
    if review is not None:
        _print_review(review, fmt)


def _print_review(review: list[dict], fmt: str) -> None:
    """The analysts' verdicts: of the reviewed facts of each relation, the share confirmed."""
    if fmt == "json":
        click.echo(json.dumps({"analyst_review": review}, ensure_ascii=False, indent=2))
    elif review:
        emit(review, "table", "analyst review (share of reviewed facts confirmed)")
    else:
        click.echo("analyst review: no fact of this corpus has been confirmed or rejected yet", err=True)


def _load(graph_dir: str):
    try:
        return rdf.load_graph(graph_dir)
    except FileNotFoundError as error:
        raise click.ClickException(str(error)) from None
