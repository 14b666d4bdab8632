import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

from kg.cli import main
from kg.model import ENTITY_TYPES
from kg.rdf import AILAW, load_graph

pytestmark = pytest.mark.usefixtures("cli_pipeline")     # commands get the session's spaCy pipeline

REPOSITORY = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"

GENAI_MEASURES = """\
星河律师事务所 · 人工智能法律简报（2023年7月）

一、最新法律与监管动态

1. 国家网信办等七部门发布《生成式人工智能服务管理暂行办法》
发布日期：2023年7月13日
来源：中国网信网
摘要：
2023年7月13日，国家网信办联合国家发展改革委等七部门发布《生成式人工智能服务管理暂行办法》，自2023年8月15日起施行。

2. 意大利数据保护局对OpenAI处以罚款
发布日期：2024年12月20日
来源：Garante
摘要：
2024年12月20日，意大利数据保护局对OpenAI处以1500万欧元罚款，认为ChatGPT处理个人数据缺乏法律依据。
"""

NYT_SUIT = """\
星河律师事务所 · 人工智能法律简报（2023年12月）

一、司法动态

1. 纽约时报起诉微软和OpenAI
发布日期：2023年12月27日
来源：Reuters
摘要：
2023年12月27日，纽约时报在纽约南区联邦地区法院起诉微软和OpenAI，指控两家公司未经许可使用其文章训练模型。

2. OpenAI发布GPT-4o
发布日期：2024年5月13日
来源：OpenAI
摘要：
2024年5月13日，OpenAI发布新一代多模态模型GPT-4o。
"""

EU_AI_ACT_GBK = """\
星河律师事务所 · 人工智能法律简报（2024年5月）

一、监管动态

1. 欧盟理事会批准《人工智能法案》
发布日期：2024年5月21日
来源：欧盟理事会
摘要：
2024年5月21日，欧盟理事会正式批准《人工智能法案》。

2. 美国联邦贸易委员会调查OpenAI
发布日期：2023年7月13日
来源：FTC
摘要：
2023年7月13日，美国联邦贸易委员会对OpenAI展开调查。
"""

NYT_GOLD = {
    "doc": "2023-12-nyt.txt",
    "entities": [
        {"id": "e1", "type": "Company", "names": ["纽约时报", "The New York Times"]},
        {"id": "e2", "type": "Company", "names": ["微软", "Microsoft"]},
        {"id": "e3", "type": "Company", "names": ["OpenAI"]},
        {"id": "e4", "type": "AIModel", "names": ["GPT-4o"]},
        {"id": "e5", "type": "Court", "names": ["纽约南区联邦地区法院"]},
    ],
    "relations": [
        {"head": "e1", "relation": "sued", "tail": "e2"},
        {"head": "e1", "relation": "sued", "tail": "e3"},
        {"head": "e3", "relation": "released", "tail": "e4"},
    ],
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "2023-07-genai.txt").write_text(GENAI_MEASURES, encoding="utf-8")
    (folder / "2023-12-nyt.txt").write_text(NYT_SUIT, encoding="utf-8")
    (folder / "2024-05-eu-gbk.txt").write_bytes(EU_AI_ACT_GBK.encode("gb18030"))
    (folder / "scan.txt").write_bytes(b"%\x00\x01\x02 OpenAI \x00\xff")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def built(cli_pipeline, corpus, tmp_path_factory):
    """`kg build .` run inside the corpus folder (short relative paths in its messages)."""
    out = tmp_path_factory.mktemp("graph")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(corpus)
        return _invoke("build", ".", "--out", str(out)), out


def _fails_with_one_line(result) -> str:
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)      # a ClickException, not a traceback
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    return lines[0]


# -- build ----------------------------------------------------------------------
def test_build_writes_graph_ttl_and_says_what_it_read(built):
    result, out = built
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").is_file()
    assert "3 document(s), 6 item(s)" in result.stdout
    assert "skipped 2 file(s)" in result.stdout


def test_build_names_each_skipped_file_on_one_line(built):
    result, _ = built
    skipped = [line for line in result.output.splitlines() if "skipped" in line and "document(s)" not in line]
    assert skipped == ["skipped empty.txt: empty file", "skipped scan.txt: binary file (NUL bytes), not text"]


def test_skip_of_a_file_with_a_long_path_is_still_one_line(tmp_path):
    folder = tmp_path.joinpath("人工智能法律简报" * 4, "2024" * 30)
    folder.mkdir(parents=True)
    (folder / "2023-12-nyt.txt").write_text(NYT_SUIT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    result = _invoke("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert f"skipped {folder / 'empty.txt'}: empty file" in result.output.splitlines()


def test_built_graph_parses_and_holds_the_fixture_entities(built):
    _, out = built
    triples = Graph().parse(out / "graph.ttl", format="turtle")
    with open(out / "graph.ttl", "rb") as stream:
        assert len(list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))) == len(triples)
    labels = {str(label) for label in triples.objects(None, None) if getattr(label, "language", None)}
    assert {"OpenAI", "GPT-4o"} <= labels
    assert any("生成式人工智能服务管理暂行办法" in label for label in labels)
    assert any("人工智能法案" in label for label in labels)        # read from the GB18030 file


def test_build_writes_to_exports_by_default(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _invoke("build", str(corpus / "2023-12-nyt.txt"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "exports" / "graph.ttl").is_file()
    assert "skipped" not in result.output


def test_build_of_only_unreadable_files_fails_and_keeps_the_previous_graph(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"@prefix ailaw: <https://w3id.org/ailaw-kg/ontology#> .\n")
    previous = (out / "graph.ttl").read_bytes()
    result = _invoke("build", str(corpus / "scan.txt"), str(corpus / "empty.txt"), "--out", str(out))
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()    # each skipped file, then the error
    assert [line.split(":")[0] for line in lines] == [f"skipped {corpus / 'scan.txt'}",
                                                      f"skipped {corpus / 'empty.txt'}", "Error"]
    assert "no readable document among 2 file(s)" in lines[-1]
    assert (out / "graph.ttl").read_bytes() == previous
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_build_watch_rebuilds_what_changed_and_stops_on_ctrl_c(tmp_path, monkeypatch):
    from kg import pipeline as pipeline_module
    source = tmp_path / "in"
    source.mkdir()
    (source / "nyt.txt").write_text(NYT_SUIT, encoding="utf-8")
    (source / "genai.txt").write_text(GENAI_MEASURES, encoding="utf-8")

    def two_rounds(paths, interval):  # what the polling sees: the files, one changed, then Ctrl-C
        files = sorted(source.iterdir())
        yield files
        (source / "nyt.txt").write_text(NYT_SUIT.replace("纽约时报", "芝加哥论坛报"), encoding="utf-8")
        yield files
        (source / "empty.txt").write_bytes(b"")
        yield [*files, source / "empty.txt"]
        raise KeyboardInterrupt
    monkeypatch.setattr(pipeline_module, "changes", two_rounds)
    result = _invoke("build", str(source), "--out", str(tmp_path / "out"), "--watch", "--no-cache")
    assert result.exit_code == 0, result.output
    builds = [line for line in result.stdout.splitlines() if "document(s)" in line]
    assert len(builds) == 3
    assert "from cache" not in builds[0] and "1 from cache" in builds[1] and "2 from cache" in builds[2]
    assert f"skipped {source / 'empty.txt'}: empty file" in result.output.splitlines()
    assert "stopped watching" in result.stderr
    labels = {label for _, data in load_graph(tmp_path / "out").entities() for label in data["labels"]}
    assert "芝加哥论坛报" in labels and "纽约时报" not in labels


def test_build_watch_of_a_folder_that_does_not_exist_is_the_error_of_a_build(tmp_path):
    missing = tmp_path / "missing"
    once = _invoke("build", f"{missing}/", "--out", str(tmp_path / "out"))
    watched = _invoke("build", f"{missing}/", "--out", str(tmp_path / "out"), "--watch")
    assert watched.exit_code == once.exit_code == 1
    assert watched.output == once.output == f"Error: {missing}: no such file or folder\n"


def test_build_skips_a_bom_file_with_a_stray_byte(tmp_path):
    (tmp_path / "nyt.txt").write_text(NYT_SUIT, encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes("\ufeff欧盟理事会批准《人工智能法案》".encode("utf-8") + b" caf\xe9")
    result = _invoke("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "skipped 1 file(s)" in result.output


def test_build_of_a_missing_path_fails_with_one_line(tmp_path):
    line = _fails_with_one_line(_invoke("build", str(tmp_path / "nowhere"), "--out", str(tmp_path)))
    assert "nowhere" in line and "no such file" in line


def test_build_of_a_folder_without_documents_fails_with_one_line(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK")
    assert "no .txt" in _fails_with_one_line(_invoke("build", str(tmp_path), "--out", str(tmp_path / "out")))
    assert not (tmp_path / "out").exists()


def _written(out: Path) -> dict[str, bytes]:
    """The files a build wrote, by name, but its store (the database's own files); the
    snapshot and the suit table under one name each (their names carry graph.ttl's time)."""
    written = {}
    for path in sorted(out.rglob("*")):
        name = path.relative_to(out).as_posix()
        if path.is_file() and not path.is_symlink() and not name.startswith(".store-"):
            written[re.sub(r"^\.(graph|suits)-[0-9a-f]+", r".\1", name)] = path.read_bytes()
    return written


#: Run after a build, under the build's hash seed: every export of the graph folder OUT
#: (into OUT/exported) and the tables of `kg query` from it and from its graph.ttl alone.
_READ_BACK = """
import contextlib, shutil, sys
from pathlib import Path
from kg.cli import main
out = Path(sys.argv[1])
exported, bare = out / "exported", out / "exported" / "bare"
bare.mkdir(parents=True)
shutil.copy(out / "graph.ttl", bare / "graph.ttl")
for fmt in ("ttl", "nt", "nq", "jsonld", "rdfxml", "graphml", "gexf", "csv"):
    main(["export", "--graph", str(out), "--format", fmt, "--out", str(exported / f"graph-{fmt}")], standalone_mode=False)
for name, graph in (("whole", out), ("bare", bare)):
    for table in (["cases"], ["sued"], ["waves"], ["timeline"], ["top", "--relation", "sued"]):
        with open(exported / f"{name}-{table[0]}.json", "w", encoding="utf-8") as stream, \\
                contextlib.redirect_stdout(stream):
            main(["query", *table, "--format", "json", "--graph", str(graph)], standalone_mode=False)
"""


def test_build_writes_the_same_files_whatever_the_hash_seed(tmp_path):
    # string hashing, and so the order of a set of strings, changes with PYTHONHASHSEED: a choice taken
    # by that order (of two numberings as long, of the item a court is credited to) changes the graph;
    # the exports and query tables of the graph (rdflib's JSON-LD took its nodes from a set) and of its
    # graph.ttl read alone do not change either
    written = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "kg", "build", str(FIXTURES / "determinism"), str(FIXTURES / "news"),
                               "--out", str(out)], cwd=REPOSITORY, env=environment,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        done = subprocess.run([sys.executable, "-c", _READ_BACK, str(out)], cwd=REPOSITORY, env=environment,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        written.append({name: data for name, data in _written(out).items() if not name.startswith("exported/bare/.")})
    assert {"graph.ttl", ".graph.json.z", ".suits.json.z", "exported/graph-jsonld", "exported/bare-cases.json"} \
        <= set(written[0])
    assert json.loads(written[0]["exported/bare-cases.json"])  # suits, read from graph.ttl alone
    assert written[0] == written[1]


# -- stats and export -----------------------------------------------------------
def test_stats_as_json_lists_types_and_relations(built):
    _, out = built
    result = _invoke("stats", "--graph", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    types = {row["name"]: row["count"] for row in rows if row["kind"] == "type"}
    relations = {row["name"]: row["count"] for row in rows if row["kind"] == "relation"}
    assert {"Company", "Law", "AIModel"} <= set(types)
    assert "sued" in relations and "issued" in relations
    assert all(count > 0 for count in [*types.values(), *relations.values()])
    triples = Graph().parse(out / "graph.ttl", format="turtle")
    typed = {node for name in ENTITY_TYPES for node in triples.subjects(RDF.type, AILAW[name])}
    assert sum(types.values()) == len(typed)


@pytest.mark.parametrize("fmt, first", [("csv", "kind,name,count"), ("table", "")])
def test_stats_in_other_formats(built, fmt, first):
    _, out = built
    result = _invoke("stats", "--graph", str(out), "--format", fmt)
    assert result.exit_code == 0
    assert result.stdout.startswith(first) and "Company" in result.stdout


def test_export_as_ntriples_writes_a_parseable_file(built, tmp_path):
    _, out = built
    target = tmp_path / "graph.nt"
    result = _invoke("export", "--graph", str(out), "--format", "nt", "--out", str(target))
    assert result.exit_code == 0, result.output
    assert str(target) in result.stdout
    assert len(Graph().parse(target, format="nt")) == len(Graph().parse(out / "graph.ttl", format="turtle"))


@pytest.mark.parametrize("command", [["stats"], ["export", "--format", "nt", "--out", "x.nt"]])
def test_command_reading_a_missing_graph_fails_with_one_line(tmp_path, command):
    result = _invoke(command[0], "--graph", str(tmp_path / "nothing"), *command[1:])
    assert "no built graph" in _fails_with_one_line(result)


# -- evaluate -------------------------------------------------------------------
@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gold")
    (folder / "2023-12-nyt.txt.json").write_text(json.dumps(NYT_GOLD, ensure_ascii=False), encoding="utf-8")
    return folder


def test_evaluate_prints_the_overall_table(corpus, gold_dir):
    result = _invoke("evaluate", str(corpus / "2023-12-nyt.txt"), "--gold", str(gold_dir))
    assert result.exit_code == 0, result.output
    assert "overall (micro-averaged)" in result.stdout
    assert "per relation" in result.stdout and "2023-12-nyt.txt" in result.stdout
    table = result.stdout.split("per relation")[0]
    assert "entities" in table and "relations" in table and "precision" in table


def test_evaluate_as_json_with_errors(corpus, gold_dir):
    result = _invoke("evaluate", str(corpus), "--gold", str(gold_dir), "--format", "json", "--errors")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert {"entities", "relations", "per_relation", "errors"} <= set(scores)
    assert (scores["entities"]["gold"], scores["relations"]["gold"]) == (5, 3)   # only the one gold document
    assert set(scores["errors"]) == {"2023-12-nyt.txt"}
    assert {"missed", "spurious"} <= set(scores["errors"]["2023-12-nyt.txt"])
    assert {"sued", "released"} <= set(scores["per_relation"])


def test_evaluate_by_rule_gives_each_family_its_figures_and_f1_change(corpus, gold_dir):
    result = _invoke("evaluate", str(corpus), "--gold", str(gold_dir), "--format", "json", "--by-rule")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    rows = scores["by_rule"]
    assert {"names", "facts"} == {row["stage"] for row in rows}
    for stage, measure in (("names", "entities"), ("facts", "relations")):
        stage_rows = [row for row in rows if row["stage"] == stage]
        # every prediction has a family; one made by one family alone is counted there once
        assert sum(row["produced"] for row in stage_rows) >= scores[measure]["predicted"]
        assert sum(row["sole"] for row in stage_rows) <= scores[measure]["predicted"]
        assert sum(row["right"] for row in stage_rows) >= round(scores[measure]["precision"] * scores[measure]["predicted"])
    kb = next(row for row in rows if (row["stage"], row["family"]) == ("names", "kb"))
    assert kb["entity_f1_change"] < 0 and kb["relation_f1_change"] < 0   # the knowledge base names most of them


def test_evaluate_tables_of_rule_families_and_error_kinds(corpus, gold_dir):
    result = _invoke("evaluate", str(corpus / "2023-12-nyt.txt"), "--gold", str(gold_dir), "--by-rule", "--errors")
    assert result.exit_code == 0, result.output
    assert "per rule family" in result.stdout and "relation_f1_change" in result.stdout
    kinds = result.stdout.split("most frequent error kinds")[1]
    assert "example" in kinds and "2023-12-nyt.txt: " in kinds
    assert "errors in 2023-12-nyt.txt" in kinds  # then each error of each document, with its kind


def test_evaluate_by_rule_needs_gold_and_is_no_csv(corpus, gold_dir, tmp_path):
    corrections = tmp_path / "corrections.tsv"
    corrections.write_text("", encoding="utf-8")
    assert _invoke("evaluate", str(corpus), "--corrections", str(corrections), "--by-rule").exit_code == 2
    line = _fails_with_one_line(_invoke("evaluate", str(corpus), "--gold", str(gold_dir), "--by-rule",
                                        "--format", "csv"))
    assert "--format csv" in line


def test_table_cells_keep_square_brackets_as_text():
    from kg.cli.output import render
    assert "OpenAI sued 纽约时报 [cue]" in render([{"example": "OpenAI sued 纽约时报 [cue]"}], "table")


def test_a_narrow_table_keeps_its_long_title_on_one_line():
    # a document's errors under its own name: a wrapped title set "errors in" apart from the name
    from kg.cli.output import render
    title = "errors in zzx-example-outlet-a-rather-long-document-name-about-sora.txt"
    text = render([{"kind": "false fact by kb", "what": "OpenAI released Sora [kb]"}], "table", title)
    assert text.splitlines()[0].strip() == title


@pytest.mark.parametrize("module", ["kg.cli.query", "kg.cli.sparql"])
def test_the_commands_that_print_csv_or_json_import_no_table_printer(module):
    """rich is imported where a table is printed, not at the start of every kg query and kg sparql."""
    loaded = subprocess.run([sys.executable, "-c", f"import sys, {module}; print(' '.join(sorted(sys.modules)))"],
                            cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=120,
                            check=True).stdout.split()
    assert module in loaded and not [name for name in loaded if name == "rich" or name.startswith("rich.")]


def test_evaluate_without_any_gold_file_fails_with_one_line(corpus, tmp_path):
    line = _fails_with_one_line(_invoke("evaluate", str(corpus / "2023-07-genai.txt"), "--gold", str(tmp_path)))
    assert "no document" in line and "gold" in line


# -- conventions ----------------------------------------------------------------
def test_tables_follow_the_terminal_width(built):
    _, out = built
    result = CliRunner(env={"COLUMNS": "50"}).invoke(main, ["query", "timeline", "--graph", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() and max(len(line) for line in result.stdout.splitlines()) <= 50


@pytest.mark.parametrize("fmt, stdout", [("table", ""), ("json", "[]\n"), ("csv", "")])
def test_an_empty_result_says_so_on_stderr_and_keeps_its_format_on_stdout(built, fmt, stdout):
    _, out = built
    result = _invoke("query", "sued", "--from", "2099", "--graph", str(out), "--format", fmt)
    assert result.exit_code == 0
    assert result.stdout == stdout
    assert result.stderr == "kg: nothing found (lawsuits)\n"


@pytest.mark.parametrize("option, value", [("--from", "yesterday"), ("--to", "2024-13"), ("--from", "2024-02-30")])
def test_a_date_option_that_is_no_date_is_one_error_line(built, option, value):
    _, out = built
    line = _fails_with_one_line(_invoke("query", "timeline", option, value, "--graph", str(out)))
    assert option in line and value in line


def test_top_with_a_type_ranks_the_side_where_that_type_is(built):
    _, out = built
    result = _invoke("query", "top", "--relation", "issued", "--type", "Regulator", "--graph", str(out),
                     "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(row["type"] == "Regulator" for row in rows)


def test_build_reports_skipped_files_on_stderr(built):
    result, _ = built
    assert "skipped" in result.stderr and "skipped ./scan.txt" not in result.stdout


def test_evaluate_as_csv_gives_one_row_per_score(corpus, gold_dir):
    result = _invoke("evaluate", str(corpus / "2023-12-nyt.txt"), "--gold", str(gold_dir), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(row["scope"], row["measure"]) for row in rows[:2]] == [("overall", "entities"), ("overall", "relations")]
    assert {row["scope"] for row in rows} == {"overall", "relation", "document"}
    assert all(0 <= float(row["f1"]) <= 1 for row in rows)


def test_python_dash_m_kg_is_the_kg_command():
    result = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("Usage: kg ")


def test_csv_rows_are_written_as_a_dict_writer_writes_them():
    import csv as csv_module
    from kg.cli.output import _cell, render
    rows = [{"a": "x, y", "b": ["one", 'two "2"'], "c": None}, {"a": "line\nbreak", "b": [], "c": 3}]
    buffer = io.StringIO()
    writer = csv_module.DictWriter(buffer, fieldnames=["a", "b", "c"])
    writer.writeheader()
    writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    assert render(rows, "csv") == buffer.getvalue()
