import json
import os
import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from litigation import build_litigation_graph, graph_dir  # noqa: F401  (fixture)

from kg.cli import main
from kg.rdf import open_store, write_graph, write_store
from kg.sparql import (PREFIXES, FollowedStore, QueryError, TooLarge, check, comparable, is_read_only,
                       named_queries, open_for_query, run, serialize, shape, table)

ANALYST_QUERIES = ["lawsuits", "most-sued", "court-rulings", "regulator-issued", "eu-instruments", "enforcement",
                   "model-releases", "entity-types", "relation-counts", "suits-by-month", "documents",
                   "names", "nyt-microsoft-links", "cases"]


@pytest.fixture(scope="module")
def store(graph_dir):  # noqa: F811
    return open_store(graph_dir)


@pytest.fixture(scope="module")
def rdflib_graph(graph_dir):  # noqa: F811
    graph = rdflib.Graph()
    graph.parse(f"{graph_dir}/graph.ttl")
    return graph


def test_the_library_ships_at_least_ten_described_queries():
    queries = named_queries()
    assert len(queries) >= 10
    assert set(ANALYST_QUERIES) <= set(queries)
    assert all(query.description and not query.description.startswith("#") for query in queries.values())


@pytest.mark.parametrize("name", ANALYST_QUERIES)
def test_named_query_gives_the_same_results_on_pyoxigraph_and_rdflib(name, store, rdflib_graph):
    text = named_queries()[name].text
    oxigraph = comparable(serialize(run(store, text), "json"))
    reference = comparable(rdflib_graph.query(text, initNs=PREFIXES).serialize(format="json"))
    assert oxigraph[1], f"{name} found nothing, so the comparison would prove nothing"
    assert oxigraph == reference


def test_most_sued_counts_distinct_plaintiffs(store):
    _, rows = table(run(store, named_queries()["most-sued"].text))
    assert rows[0] == {"defendant": "OpenAI", "type": "ailaw:Company", "plaintiffs": "2"}


def test_links_query_finds_the_suit_and_the_partner_between_nyt_and_microsoft(store):
    _, rows = table(run(store, named_queries()["nyt-microsoft-links"].text))
    assert {(row["first"], row["via"], row["second"]) for row in rows} == {
        ("sued →", "", ""), ("sued →", "OpenAI", "← partnered")}


def test_prefixes_need_no_declaration_but_a_declared_one_wins(store):
    assert len(list(run(store, "SELECT ?d WHERE { kgid:nyt ailaw:sued ?d }"))) == 2
    redeclared = "PREFIX ailaw: <http://example.org/other#> SELECT ?d WHERE { kgid:nyt ailaw:sued ?d }"
    assert list(run(store, redeclared)) == []


def test_malformed_query_is_a_one_line_query_error(store):
    with pytest.raises(QueryError) as raised:
        run(store, "SELECT ?x WHERE { ?x nope:p ?y }")
    assert "\n" not in str(raised.value)


GRAPH = "https://w3id.org/ailaw-kg/graph"
SUED = "SELECT ?d WHERE { kgid:nyt ailaw:sued ?d } ORDER BY ?d"


@pytest.mark.parametrize("query", [
    f"SELECT ?d FROM <{GRAPH}> WHERE {{ kgid:nyt ailaw:sued ?d }} ORDER BY ?d",
    f"SELECT ?d WHERE {{ GRAPH <{GRAPH}> {{ kgid:nyt ailaw:sued ?d }} }} ORDER BY ?d",
    f"SELECT ?d FROM NAMED <{GRAPH}> WHERE {{ GRAPH ?g {{ kgid:nyt ailaw:sued ?d }} }} ORDER BY ?d",
])
def test_the_named_graph_gives_the_rows_of_the_default_graph(store, query):
    assert len(list(run(store, SUED))) == 2
    assert [row["d"] for row in run(store, query)] == [row["d"] for row in run(store, SUED)]


def test_a_dataset_of_other_graphs_is_empty_and_protocol_graphs_win_over_the_query(store):
    assert list(run(store, "SELECT * FROM <http://example.org/other> WHERE { ?s ?p ?o }")) == []
    assert list(run(store, SUED, default_graphs=["http://example.org/other"])) == []
    assert len(list(run(store, "SELECT ?d FROM <http://example.org/other> WHERE { kgid:nyt ailaw:sued ?d }",
                        default_graphs=[GRAPH]))) == 2
    assert list(run(store, f"SELECT * WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}", named_graphs=[])) == []


@pytest.mark.parametrize("query, depth, dataset", [
    ('SELECT * WHERE { ?s ?p "{{{" # {{{ ((( \n FILTER((1)) }', 3, False),
    ("SELECT * WHERE { ?s ?p '''a ' }}} { '' b''' }", 1, False),
    ('SELECT * WHERE { ?s ?p "a \\" {{{ " }', 1, False),
    ("SELECT * FROM <http://x/{> WHERE { ?s ex:from ?from }", 2, True),
    ("SELECT * FROM <http://x/> WHERE { ?s ex:from ?from }", 1, True),
    ("SELECT * WHERE { FILTER(?a<?b && ?c>?d) }", 2, False),
    ("SELECT * WHERE { ?s ?p 'left open {{{ \n ?s ?p ?o }", 1, False),
])
def test_shape_counts_brackets_and_from_outside_strings_iris_and_comments(query, depth, dataset):
    found = shape(query)
    assert (found.depth, found.dataset) == (depth, dataset)


@pytest.mark.parametrize("query, service, arithmetic", [
    ("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }", True, 1),
    ("select ?s where { ?s ?p ?o . service silent <http://x/> { ?s ?p 1 } }", True, 0),
    ("SELECT ?s WHERE { ?s ?p ?o .SERVICE <http://x/> {} }", True, 0),
    ('SELECT ?service WHERE { ?service ex:SERVICE "SERVICE + * " # SERVICE +\n }', False, 0),
    ("SELECT ?s WHERE { ?s <http://x/SERVICE+*> ?o ; ex:a-SERVICE ?x }", False, 0),
    ("ASK { ?s ailaw:sued+/ailaw:sued* ?o FILTER(1 + 2 * 3 > 1e+5) }", False, 5),
])
def test_shape_finds_service_calls_and_counts_arithmetic_outside_strings_iris_and_names(query, service,
                                                                                      arithmetic):
    found = shape(query)
    assert (found.service, found.arithmetic) == (service, arithmetic)


@pytest.mark.parametrize("hiding", ["ex:a\\#", "ex:a\\'", "<http://e/\\u0041#>", "ex:a\\(ex:b"])
def test_shape_reads_escapes_in_names_and_iris_as_sparql_does(hiding, store):
    # an escaped # or ' in a prefixed name, or a \u escape in an IRI, starts no comment or string
    query = ("PREFIX ex: <http://e/> SELECT * WHERE { VALUES ?v { " + hiding + " } "
             "SERVICE <http://127.0.0.1:9/x> { ?x ?y ?z } }")
    assert shape(query).service and shape(query).depth == 2
    assert shape("PREFIX ex: <http://e/> ASK { VALUES ?v { " + hiding + " } " + "{" * 20_000 + "}" * 20_000 + " }"
                 ).depth == 20_001
    assert list(run(store, query.replace("SERVICE <http://127.0.0.1:9/x> { ?x ?y ?z }", "")))  # a value to pyoxigraph


def test_check_refuses_a_service_call_and_a_long_chain_of_arithmetic_in_one_line():
    with pytest.raises(QueryError, match="SERVICE is not allowed"):
        check("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="holds 1,001 \\+ and \\* operators; the limit is 1,000"):
        check("ASK { FILTER(1" + "+1" * 1_001 + ") }")
    assert check("ASK { FILTER(1" + "+1" * 999 + ") }").arithmetic == 999


def test_pyoxigraph_reads_no_escaped_keyword_the_check_would_miss(store):
    # SPARQL allows \u escapes before parsing; pyoxigraph does not, so \u0053ERVICE cannot hide SERVICE
    for hidden in ("SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
                   "SELECT * WHERE \\u007B ?s ?p ?o \\u007D"):
        with pytest.raises(QueryError, match=r"^line 1, column \d+"):
            run(store, hidden)


@pytest.mark.parametrize("text", ["'\\" * 50_000, '"\\' * 50_000, "'''\\" * 25_000, "<a" * 50_000, "'\r" * 50_000])
def test_shape_reads_a_hostile_query_in_one_pass(text):
    assert shape(text).depth == 0  # each of these took minutes with a backtracking scan


def test_check_refuses_a_query_too_long_or_too_deep_in_one_line():
    with pytest.raises(QueryError, match="nests brackets 65 deep; the limit is 64"):
        check("SELECT * WHERE " + "{" * 65 + "}" * 65)
    with pytest.raises(QueryError, match="the limit is 100,000"):
        check("#" * 100_001)
    assert check("SELECT * WHERE " + "{" * 64 + "}" * 64).depth == 64


def test_serialize_stops_at_the_size_asked_for(store):
    assert len(serialize(run(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "json", limit=2000)) < 2000
    with pytest.raises(TooLarge, match="over the limit of 2,000 bytes"):
        serialize(run(store, "SELECT * WHERE { ?s ?p ?o }"), "json", limit=2000)


def test_read_only_store_refuses_updates(tmp_path):
    write_graph(build_litigation_graph(), tmp_path / "graph")
    writable = open_store(tmp_path / "graph")  # graph.ttl in memory
    store = FollowedStore(tmp_path / "graph").store
    size = len(store)
    assert is_read_only(store) and not is_read_only(writable)
    with pytest.raises((RuntimeError, OSError)):
        store.update("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")
    assert len(store) == size > 100


def test_kg_serve_opens_the_store_kg_build_keeps_and_keeps_one_beside_graph_ttl_alone(tmp_path):
    from kg.stores import stored
    write_graph(build_litigation_graph(), tmp_path / "graph")
    write_store(tmp_path / "graph")
    kept = stored(tmp_path / "graph")
    followed = FollowedStore(tmp_path / "graph")
    assert followed.path() == kept and is_read_only(followed.store) and len(followed.store) > 100
    write_graph(build_litigation_graph(), tmp_path / "alone")
    followed = FollowedStore(tmp_path / "alone")  # the store kg build would have left, written once
    assert followed.path() == stored(tmp_path / "alone") is not None
    assert len(followed.store) == len(open_for_query(kept))


def test_kg_serve_on_a_folder_it_may_not_write_has_each_worker_load_graph_ttl(tmp_path, monkeypatch):
    import kg.rdf

    def refused(graph_dir, since=None):  # as a folder of another user refuses (root writes any folder)
        raise PermissionError(13, "Permission denied", str(graph_dir))
    folder = tmp_path / "readonly"
    write_graph(build_litigation_graph(), folder)
    monkeypatch.setattr(kg.rdf, "write_store", refused)
    followed = FollowedStore(folder)
    assert followed.path() == folder / "graph.ttl" and len(followed.store) > 100
    assert sorted(path.name for path in folder.iterdir()) == ["graph.ttl"]


# -- command line -------------------------------------------------------------------------
def invoke(*args):
    return CliRunner().invoke(main, ["sparql", *args])


def test_cli_json_is_the_sparql_results_format(graph_dir):  # noqa: F811
    result = invoke("--named", "most-sued", "--graph", graph_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["head"]["vars"] == ["defendant", "type", "plaintiffs"]
    first = document["results"]["bindings"][0]
    assert first["defendant"] == {"type": "literal", "value": "OpenAI", "xml:lang": "en"}
    assert first["plaintiffs"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_cli_answers_from_graph_ttl_alone_as_from_its_store_and_writes_nothing_beside_it(tmp_path):
    from kg.rdf import stored
    folder = tmp_path / "graph"
    write_graph(build_litigation_graph(), folder)
    alone = invoke("--named", "most-sued", "--graph", str(folder), "--format", "csv")
    assert alone.exit_code == 0, alone.output
    assert sorted(path.name for path in folder.iterdir()) == ["graph.ttl"] and stored(folder) is None
    write_store(folder)  # as kg build leaves the folder
    kept = invoke("--named", "most-sued", "--graph", str(folder), "--format", "csv")
    assert kept.exit_code == 0 and stored(folder) is not None
    assert alone.stdout == kept.stdout and "OpenAI" in alone.stdout
    readonly = tmp_path / "readonly"
    write_graph(build_litigation_graph(), readonly)
    readonly.chmod(0o555)
    try:
        result = invoke("--named", "most-sued", "--graph", str(readonly), "--format", "csv")
        assert result.exit_code == 0, result.output
        assert result.stdout == alone.stdout
    finally:
        readonly.chmod(0o755)


def test_cli_on_a_graph_ttl_that_is_no_turtle_or_no_file_is_one_line(tmp_path):
    folder = tmp_path / "graph"
    folder.mkdir()
    (folder / "graph.ttl").write_text("kgid:a kgid:b\n", encoding="utf-8")
    result = invoke("--named", "most-sued", "--graph", str(folder))
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "graph.ttl: not Turtle kg can read" in result.stderr
    for planted in ("fifo", "zero"):
        (folder / "graph.ttl").unlink()
        if planted == "fifo" and hasattr(os, "mkfifo"):
            os.mkfifo(folder / "graph.ttl")  # opened, it would wait for a writer for ever
        elif Path("/dev/zero").exists():
            os.symlink("/dev/zero", folder / "graph.ttl")  # read, it would fill the memory
        else:
            continue
        result = invoke("--named", "most-sued", "--graph", str(folder))
        assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "graph.ttl" in result.stderr


def test_cli_csv_and_table(graph_dir):  # noqa: F811
    csv_result = invoke("SELECT ?name WHERE { kgid:nyt rdfs:label|skos:altLabel ?name } ORDER BY ?name",
                        "--graph", graph_dir, "--format", "csv")
    assert csv_result.stdout.split() == ["name", "NYT", "The", "New", "York", "Times", "纽约时报"]
    table_result = invoke("--named", "lawsuits", "--graph", graph_dir)
    assert "美国作家协会" in table_result.stdout and "2024-01-05" in table_result.stdout


def test_cli_reads_a_query_file_and_answers_ask(graph_dir, tmp_path):  # noqa: F811
    query = tmp_path / "ask.rq"
    query.write_text("ASK { kgid:yin ailaw:sued kgid:minimax }", encoding="utf-8")
    result = invoke("--file", str(query), "--graph", graph_dir)
    assert result.exit_code == 0 and "true" in result.stdout


def test_cli_construct_prints_turtle(graph_dir):  # noqa: F811
    result = invoke("CONSTRUCT WHERE { kgid:nyt ailaw:sued ?d }", "--graph", graph_dir)
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert len(graph) == 2


def test_cli_lists_the_named_queries_with_descriptions():
    result = invoke("--list", "--format", "csv")
    assert result.exit_code == 0
    assert "most-sued,Most-sued defendants: how many distinct plaintiffs sued each." in result.stdout.splitlines()


def test_cli_malformed_query_prints_one_query_error_line(graph_dir):  # noqa: F811
    result = invoke("SELECT ?x WHERE {", "--graph", graph_dir)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: query error: ")
    assert result.stderr.count("\n") == 1


def test_cli_says_which_word_opens_a_query_that_is_no_query_form(graph_dir):  # noqa: F811
    result = invoke("SELEC ?x WHERE { ?x ?p ?o }", "--graph", graph_dir)
    assert result.exit_code == 1
    assert result.stderr == ("Error: query error: line 1, column 1: expected SELECT, CONSTRUCT, ASK or DESCRIBE, "
                             "found 'SELEC'\n")


def test_cli_names_an_unknown_prefix_and_where_it_is(graph_dir):  # noqa: F811
    result = invoke("SELECT ?x WHERE {\n  ?x foo:bar ?o # ex:in a comment\n  FILTER(?o != \"ex:in a string\")\n}",
                    "--graph", graph_dir)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: query error: line 2, column 6: unknown prefix foo: (declared for you: ailaw:,")
    assert "[" not in result.stderr  # no character classes of the parser


def test_cli_says_nothing_found_on_stderr_as_every_listing_does(graph_dir):  # noqa: F811
    result = invoke('SELECT ?x WHERE { ?x rdfs:label "no such name"@zh }', "--graph", graph_dir)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "kg: nothing found (?x)\n"


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_cli_says_nothing_found_on_stderr_and_keeps_the_results_format_on_stdout(graph_dir, fmt):  # noqa: F811
    result = invoke('SELECT ?x WHERE { ?x rdfs:label "no such name"@zh }', "--graph", graph_dir, "--format", fmt)
    assert result.exit_code == 0 and result.stderr == "kg: nothing found (?x)\n"
    if fmt == "json":
        assert json.loads(result.stdout) == {"head": {"vars": ["x"]}, "results": {"bindings": []}}
    else:
        assert result.stdout.split() == ["x"]
    found = invoke('SELECT ?x WHERE { ?x rdfs:label "纽约时报"@zh }', "--graph", graph_dir, "--format", fmt)
    assert found.stderr == ""


def test_cli_prints_fact_ids_a_query_accepts_pasted(graph_dir):  # noqa: F811
    result = invoke("SELECT ?s WHERE { ?s rdf:subject kgid:nyt } LIMIT 1", "--graph", graph_dir, "--format", "csv")
    table_result = invoke("SELECT ?s WHERE { ?s rdf:subject kgid:nyt } LIMIT 1", "--graph", graph_dir)
    printed = re.search(r"<https://w3id\.org/ailaw-kg/id/fact/[0-9a-f]+>", table_result.stdout).group()
    assert printed == f"<{result.stdout.split()[-1]}>"
    pasted = invoke(f"ASK {{ {printed} rdf:predicate ailaw:sued }}", "--graph", graph_dir)
    assert pasted.exit_code == 0 and "true" in pasted.stdout


def test_cli_refuses_an_over_deep_query_in_one_line(graph_dir):  # noqa: F811
    result = invoke("SELECT * WHERE " + "{" * 100_000 + "}" * 100_000, "--graph", graph_dir)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: query error: the query ") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("query, refusal", [
    ("SELECT * WHERE " + "{" * 2_200 + "}" * 2_200, "the query nests brackets 2200 deep"),
    ("ASK { FILTER(1" + " + 1" * 10_000 + ") }", "the query holds 10,000 + and * operators"),
    ("ASK { ?s ?p " + "( " * 3_000 + "1" + " )" * 3_000 + " }", "the query nests brackets 3001 deep"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE is not allowed"),
])
def test_cli_refuses_the_queries_that_killed_it_in_one_line(graph_dir, query, refusal):  # noqa: F811
    result = invoke(query, "--graph", graph_dir)
    assert result.exit_code == 1
    assert result.stderr == f"Error: query error: {result.stderr.removeprefix('Error: query error: ')}"
    assert refusal in result.stderr and result.stderr.count("\n") == 1


def test_cli_reaches_no_address_whatever_hides_service(graph_dir):  # noqa: F811
    import socket
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        for hiding in ("ex:a\\#", "ex:a\\'"):
            result = invoke(f"PREFIX ex: <http://e/> SELECT * WHERE {{ VALUES ?v {{ {hiding} }} "
                            f"SERVICE <http://127.0.0.1:{port}/x> {{ ?x ?y ?z }} }}", "--graph", graph_dir)
            assert result.exit_code == 1 and "SERVICE is not allowed" in result.stderr, result.output
        with pytest.raises(TimeoutError):
            listener.accept()


def test_cli_refuses_braces_hidden_behind_an_escape_in_one_line(graph_dir):  # noqa: F811
    result = invoke("PREFIX ex: <http://e/> ASK { VALUES ?v { ex:a\\# } " + "{" * 20_000 + "}" * 20_000 + " }",
                    "--graph", graph_dir)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "the query nests brackets 20001 deep" in result.stderr


def test_cli_runs_every_query_in_a_worker_with_the_server_time_limit(graph_dir):  # noqa: F811
    import time
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?x ?h . ?i ?j ?k . ?l ?m ?n }"
    started = time.monotonic()
    result = invoke(runaway, "--graph", graph_dir, "--timeout", "1.5")
    assert time.monotonic() - started < 15 and result.exit_code == 1
    from kg.cli.sparql import sparql as command
    assert next(p for p in command.params if p.name == "timeout").default == 30.0


def test_cli_answers_a_long_flat_query_without_dying(graph_dir):  # noqa: F811
    import subprocess
    import sys
    # 20,000 negations overflow the 8 MB stack of a main thread: run in a process of its own
    done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "sparql",
                           "ASK { FILTER(" + "!" * 20_000 + "true) }", "--graph", graph_dir, "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["boolean"] is True


def test_cli_needs_exactly_one_query(graph_dir):  # noqa: F811
    result = invoke("ASK {}", "--named", "lawsuits", "--graph", graph_dir)
    assert result.exit_code == 2 and "give one of" in result.stderr


@pytest.mark.parametrize("name, column, chinese", [("lawsuits", "plaintiff", "纽约时报"),
                                                   ("most-sued", "defendant", "微软"),
                                                   ("court-rulings", "court", "纽约南区联邦地区法院")])
def test_named_queries_name_each_entity_once_chinese_first(store, name, column, chinese):
    _, rows = table(run(store, named_queries()[name].text))
    names = [row[column] for row in rows]
    assert chinese in names and "OpenAI" in {row.get("defendant", row.get("party")) for row in rows}
    assert not set(names) & {"The New York Times", "Microsoft", "SDNY"}    # their English labels are not repeated
    if name == "most-sued":
        assert len(names) == len(set(names))


# -- --timeout: the query in a worker process, killed at the limit ---------------------------
@pytest.mark.parametrize("query, fmt", [
    ("--named", "lawsuits"), ("--named", "most-sued"),
])
def test_cli_with_a_timeout_prints_what_it_prints_without_one(graph_dir, query, fmt):  # noqa: F811
    for form in ("table", "json", "csv"):
        plain = invoke(query, fmt, "--graph", graph_dir, "--format", form)
        timed = invoke(query, fmt, "--graph", graph_dir, "--format", form, "--timeout", "60")
        assert timed.exit_code == 0, timed.output
        assert timed.stdout == plain.stdout and plain.stdout


def test_cli_with_a_timeout_answers_ask_and_construct_as_without_one(graph_dir):  # noqa: F811
    for query in ("ASK { kgid:yin ailaw:sued kgid:minimax }", "CONSTRUCT WHERE { kgid:nyt ailaw:sued ?d }"):
        for form in ("table", "json", "csv"):
            timed = invoke(query, "--graph", graph_dir, "--format", form, "--timeout", "60")
            assert timed.exit_code == 0, timed.output
            assert timed.stdout == invoke(query, "--graph", graph_dir, "--format", form).stdout


def test_cli_with_a_timeout_reads_the_store_kg_build_keeps(tmp_path):
    from kg.rdf import write_store
    write_graph(build_litigation_graph(), tmp_path)
    write_store(tmp_path)
    result = invoke("SELECT (COUNT(*) AS ?n) WHERE { ?s ailaw:sued ?o }", "--graph", str(tmp_path),
                    "--format", "csv", "--timeout", "60")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["n", "4"]


def test_cli_query_past_its_timeout_is_stopped_with_one_line(graph_dir):  # noqa: F811
    import time
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?x ?h . ?i ?j ?k }"
    started = time.monotonic()
    result = invoke(runaway, "--graph", graph_dir, "--timeout", "1")
    assert time.monotonic() - started < 15  # without the limit it runs for hours
    assert result.exit_code == 1
    assert result.stderr == "Error: the query ran past the time limit of 1 s and was stopped\n"


def test_cli_with_a_timeout_reports_query_errors_in_one_line(graph_dir):  # noqa: F811
    result = invoke("SELECT ?x WHERE {", "--graph", graph_dir, "--timeout", "60")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: query error: ") and result.stderr.count("\n") == 1
    assert invoke("ASK {}", "--graph", graph_dir, "--timeout", "0").exit_code == 2  # not a time limit
