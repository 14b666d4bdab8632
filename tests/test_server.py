import contextlib
import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import rdflib
import uvicorn
from litigation import graph_dir  # noqa: F401  (fixture)
from test_viz import browser, needs_browser  # noqa: F401  (fixture)
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TURTLE, XML, SPARQLWrapper

from kg.server import ConnectionGuard, Limits, create_app, forbid_network, negotiate, uvicorn_options

ROOT = Path(__file__).resolve().parent.parent
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def kg_serve(folder, *options: str):
    """`kg serve` on a free local port, as a user starts it; yields (its /sparql URL, its
    process, the file its log goes to); stopped at the end."""
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    log = tempfile.TemporaryFile()
    server = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--graph", str(folder),
         "--host", "127.0.0.1", "--port", str(port), "--timeout", "20", *options],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=log)
    url = f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                httpx.get(url, params={"query": "ASK {}"}, timeout=10)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"kg serve did not start: {log.read().decode()}")
                time.sleep(0.1)
        yield url, server, log
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def served(graph_dir):  # noqa: F811
    with kg_serve(graph_dir) as serving:
        yield serving


@pytest.fixture(scope="module")
def endpoint(served):
    return served[0]


def tree(pid: int) -> list[int]:
    """A process and its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo.extend(children.get(found[-1], []))
    return found


def rss_mb(pids: list[int]) -> float:
    """Resident memory of these processes, in MB (those gone count 0)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total / 1024


def client(url: str, query: str, fmt=JSON, method=None) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(url)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    if method:
        wrapper.setMethod(method)
    return wrapper


def triple_count(url: str) -> int:
    return int(client(url, COUNT).queryAndConvert()["results"]["bindings"][0]["n"]["value"])


def test_select_over_get_as_json(endpoint):
    results = client(endpoint, "SELECT ?d WHERE { kgid:nyt ailaw:sued ?d } ORDER BY ?d").queryAndConvert()
    assert [b["d"]["value"] for b in results["results"]["bindings"]] == [
        "https://w3id.org/ailaw-kg/id/microsoft", "https://w3id.org/ailaw-kg/id/openai"]


def test_select_over_post_as_xml_and_csv(endpoint):
    query = "SELECT ?name WHERE { kgid:microsoft rdfs:label|skos:altLabel ?name } ORDER BY ?name"
    document = client(endpoint, query, XML, POST).queryAndConvert()
    assert [node.firstChild.data for node in document.getElementsByTagName("literal")] == ["Microsoft", "微软"]
    table = client(endpoint, query, CSV, POST).queryAndConvert().decode("utf-8")
    assert table.split() == ["name", "Microsoft", "微软"]


def test_ask_and_construct(endpoint):
    assert client(endpoint, "ASK { kgid:authors-guild ailaw:sued kgid:openai }").queryAndConvert()["boolean"] is True
    turtle = client(endpoint, "CONSTRUCT WHERE { ?court ailaw:adjudicated ?party }", TURTLE).queryAndConvert()
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(graph) == 2


def test_sparql_query_body_tsv_and_ntriples_by_accept(endpoint):
    headers = {"Content-Type": "application/sparql-query", "Accept": "text/tab-separated-values"}
    tsv = httpx.post(endpoint, content="SELECT ?s WHERE { ?s a ailaw:Court } ORDER BY ?s", headers=headers)
    assert tsv.status_code == 200 and tsv.headers["content-type"].startswith("text/tab-separated-values")
    assert tsv.text.split() == ["?s", "<https://w3id.org/ailaw-kg/id/bjinternetcourt>", "<https://w3id.org/ailaw-kg/id/sdny>"]
    ntriples = httpx.get(endpoint, params={"query": "DESCRIBE kgid:gpt-4o"}, headers={"Accept": "application/n-triples"})
    assert ntriples.headers["content-type"] == "application/n-triples"
    assert len(rdflib.Graph().parse(data=ntriples.text, format="nt")) == 2


def test_default_answer_is_sparql_json(endpoint):
    response = httpx.get(endpoint, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "*/*"})
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert json.loads(response.text) == {"head": {}, "boolean": True}


def test_updates_are_refused_and_the_data_stays(endpoint):
    before = triple_count(endpoint)
    insert = "INSERT DATA { kgid:x ailaw:sued kgid:y }"
    with pytest.raises(urllib.error.HTTPError) as refused:
        client(endpoint, insert, method=POST).query()
    assert refused.value.code == 403
    assert httpx.post(endpoint, data={"update": insert}).status_code == 403
    assert httpx.post(endpoint, content=insert, headers={"Content-Type": "application/sparql-update"}).status_code == 403
    assert httpx.get(endpoint, params={"update": insert}).status_code == 403
    assert httpx.get(endpoint, params={"query": insert}).status_code == 400
    assert httpx.get(endpoint, params={"query": "DELETE WHERE { ?s ?p ?o }"}).status_code == 400
    assert triple_count(endpoint) == before > 100


def test_cors_preflight_and_simple_requests_allow_any_origin(endpoint):
    preflight = httpx.options(endpoint, headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "POST" in preflight.headers["access-control-allow-methods"]
    simple = httpx.get(endpoint, params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"})
    assert simple.headers["access-control-allow-origin"] == "*"
    # any origin may read, none with the user's credentials, and none may write
    assert "access-control-allow-credentials" not in {**preflight.headers, **simple.headers}
    assert httpx.post(endpoint, data={"update": "DROP ALL"}, headers={"Origin": "https://any.example"}).status_code == 403


def test_bad_requests_get_4xx_with_one_line(endpoint):
    malformed = httpx.get(endpoint, params={"query": "SELECT ?x WHERE {"})
    assert malformed.status_code == 400 and malformed.text.startswith("query error: ")
    assert malformed.text.count("\n") == 1
    assert httpx.post(endpoint, data={"other": "1"}).status_code == 400  # a GET without a query is the description
    assert httpx.get(endpoint, params={"query": "ASK {}"}, headers={"Accept": "image/png"}).status_code == 406
    assert httpx.post(endpoint, content="ASK {}", headers={"Content-Type": "text/plain"}).status_code == 415


@contextlib.contextmanager
def serving(app):
    """The app under uvicorn in a thread on a free local port; yields its /sparql URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           **uvicorn_options(app.state.limits)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, graph_dir):  # noqa: F811
    """The litigation graph with the store `kg build` keeps beside it."""
    import shutil
    from kg.rdf import write_store
    folder = tmp_path_factory.mktemp("served")
    shutil.copy(Path(graph_dir) / "graph.ttl", folder / "graph.ttl")
    write_store(folder)
    return folder


def worker_pids(app) -> set[int]:
    return {worker.process.pid for worker in app.state.workers.workers}


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def answers_again(url: str, within: float = 30) -> bool:
    """Whether a small query is answered (200) within ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=within).status_code == 200:
            return True
        time.sleep(0.1)
    return False


# (a few hundred triples)³: tens of millions of solutions to count, seconds of CPU, far past a 1 s
# limit (a worker past its limit is killed, however long the query would run).
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?x ?h }"


def test_a_query_past_the_time_limit_gets_503_its_worker_is_killed_and_the_server_keeps_answering(store_dir):
    app = create_app(store_dir, Limits(timeout=1, workers=1))
    with serving(app) as url:
        assert answers_again(url)
        (before,) = worker_pids(app)
        started = time.monotonic()
        response = httpx.get(url, params={"query": SLOW}, timeout=30)
        assert response.status_code == 503 and "time limit" in response.text and response.text.count("\n") == 1
        assert time.monotonic() - started < 1 + 1
        assert gone(before)  # its CPU and memory are free at once
        assert answers_again(url)
        assert worker_pids(app) and before not in worker_pids(app)


def test_twenty_slow_queries_at_once_do_not_wedge_the_server(store_dir):
    app = create_app(store_dir, Limits(timeout=1, workers=2))
    with serving(app) as url:
        assert answers_again(url)
        with ThreadPoolExecutor(20) as pool:
            statuses = list(pool.map(lambda _: httpx.get(url, params={"query": SLOW}, timeout=60).status_code,
                                     range(20)))
        assert statuses == [503] * 20
        assert answers_again(url, within=10)
        assert len(worker_pids(app)) == 2


def test_a_query_over_the_memory_cap_ends_its_worker_with_500_and_a_new_worker_answers(store_dir):
    hungry = "SELECT (GROUP_CONCAT(CONCAT(STR(?a), STR(?d), STR(?g))) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?x ?h }"
    # the query's memory grows as fast as it gets CPU: on a loaded machine (a whole-suite run beside other
    # work) it took 60 s to reach the cap and a new worker more than 30 s to answer, hence the margins
    app = create_app(store_dir, Limits(timeout=180, workers=1, memory_mb=768))
    with serving(app) as url:
        assert answers_again(url)
        response = httpx.get(url, params={"query": hungry}, timeout=200)
        assert response.status_code == 500 and "worker" in response.text and response.text.count("\n") == 1
        assert answers_again(url, within=90)


def test_results_over_the_size_limit_get_413(store_dir):
    with serving(create_app(store_dir, Limits(result_bytes=2000, workers=1))) as url:
        response = httpx.get(url, params={"query": "SELECT * WHERE { ?s ?p ?o }"}, timeout=30)
        assert response.status_code == 413 and "2,000 bytes" in response.text
        assert httpx.get(url, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 2"}, timeout=30).status_code == 200


KILLERS = {
    "2,200 nested braces (a 13 KB GET)": "SELECT * WHERE " + "{" * 2_200 + "}" * 2_200,
    "a FILTER of 10,000 + terms": "ASK { FILTER(1" + " + 1" * 10_000 + ") }",
    "a path of 2,000 + modifiers": "ASK { ?s " + "ailaw:sued+/" * 2_000 + "ailaw:sued ?o }",
    "nested blank nodes": "ASK { ?s ?p " + "[ ?p " * 3_000 + "1" + " ]" * 3_000 + " }",
    "nested collections": "ASK { ?s ?p " + "( " * 3_000 + "1" + " )" * 3_000 + " }",
    "nested sub-SELECTs": "SELECT * " + "{ SELECT * " * 3_000 + "{}" + "}" * 3_000,
    "nested negated paths": "ASK { ?s " + "!(" * 3_000 + "ailaw:sued" + ")" * 3_000 + " ?o }",
    "nested UNION": "ASK { " + "{ ?s ?p ?o } UNION {" * 3_000 + "}" * 3_000 + " }",
    "nested braces": "SELECT * WHERE " + "{" * 100_000 + "}" * 100_000,
    "nested parentheses": "SELECT * WHERE { FILTER(" + "(" * 60_000 + "1" + ")" * 60_000 + ") }",
    "nested OPTIONAL": "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * 3000 + "}" * 3000 + " }",
    "over-long": "SELECT * WHERE { " + "?s ?p ?o . " * 20_000 + "}",
}


@pytest.mark.parametrize("name", KILLERS)
def test_a_query_that_would_overflow_the_parser_gets_400_and_the_server_lives_on(endpoint, name):
    query = KILLERS[name]
    if len(query) < 30_000:  # sent as a GET, as the issue did
        response = httpx.get(endpoint, params={"query": query}, timeout=30)
    else:
        response = httpx.post(endpoint, data={"query": query}, timeout=30)
    assert response.status_code == 400 and response.text.startswith("query refused: ")
    assert response.text.count("\n") == 1
    assert triple_count(endpoint) > 100


def test_a_long_flat_query_runs_on_a_stack_deep_enough(endpoint):
    # 20,000 negations nest no bracket, yet overflow the 8 MB stack of a main thread
    query = "ASK { FILTER(" + "!" * 20_000 + "true) }"
    response = httpx.post(endpoint, data={"query": query}, headers={"Accept": "application/sparql-results+json"},
                          timeout=30)
    assert response.status_code == 200 and json.loads(response.text)["boolean"] is True


def test_bad_encodings_and_big_bodies_get_4xx_with_one_line(endpoint):
    assert httpx.get(f"{endpoint}?query=ASK%20%7B%7D%ZZ").status_code == 400
    not_utf8 = httpx.get(f"{endpoint}?query=ASK%20%7B%7D%FF")
    assert not_utf8.status_code == 400 and "UTF-8" in not_utf8.text
    assert httpx.post(endpoint, content=b"ASK {} \xff", headers={"Content-Type": "application/sparql-query"}
                      ).status_code == 400
    big = httpx.post(endpoint, content=b"#" * (2 << 20), headers={"Content-Type": "application/sparql-query"})
    assert big.status_code == 413 and big.text.count("\n") == 1
    assert triple_count(endpoint) > 100


def test_head_is_answered_with_the_headers_of_get(endpoint):
    response = httpx.head(endpoint, params={"query": "ASK {}"})
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-type"] == "application/sparql-results+json"


def test_negotiation_prefers_quality_then_specificity():
    offered = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"]
    assert negotiate(None, offered) == "application/sparql-results+json"
    assert negotiate("text/csv;q=0.9, application/sparql-results+xml", offered) == "application/sparql-results+xml"
    assert negotiate("text/*, */*;q=0.1", offered) == "text/csv"
    assert negotiate("application/*;q=0, text/csv;q=0.2", offered) == "text/csv"
    assert negotiate("image/png", offered) is None


def test_kg_serve_answers_from_the_newest_store_a_build_makes(tmp_path):
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    from kg.rdf import write_graph, write_store
    graph = KnowledgeGraph()
    graph.add_entity(Entity("openai", "Company", "OpenAI"))
    write_graph(graph, tmp_path)
    write_store(tmp_path)
    with kg_serve(tmp_path) as (url, _, _):
        before = triple_count(url)
        graph.add_entity(Entity("microsoft", "Company", "微软"))
        write_graph(graph, tmp_path)  # what kg build does: graph.ttl, then the store and its link
        assert triple_count(url) == before  # the graph changed; its store is not there yet
        write_store(tmp_path)
        assert triple_count(url) == before + 2


# -- the standard endpoint ---------------------------------------------------------------------
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
GRAPH = "https://w3id.org/ailaw-kg/graph"


def test_the_endpoint_url_without_a_query_gives_its_service_description(endpoint):
    response = httpx.get(endpoint)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    description = rdflib.Graph().parse(data=response.text, format="turtle")
    service = rdflib.URIRef(endpoint)
    assert (service, rdflib.RDF.type, SD.Service) in description
    assert (service, SD.endpoint, service) in description
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in description
    assert (None, SD.name, rdflib.URIRef(GRAPH)) in description
    sizes = set(description.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#triples")))
    assert {int(size) for size in sizes} == {triple_count(endpoint)}
    as_jsonld = httpx.get(endpoint, headers={"Accept": "application/ld+json"})
    assert as_jsonld.headers["content-type"] == "application/ld+json"
    assert len(rdflib.Graph().parse(data=as_jsonld.text, format="json-ld")) == len(description)
    head = httpx.head(endpoint)
    assert head.status_code == 200 and head.headers["content-type"].startswith("text/turtle") and head.content == b""


def test_a_browser_at_the_endpoint_url_is_sent_to_the_query_page(endpoint):
    response = httpx.get(endpoint, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 303 and response.headers["location"] == "./"
    assert str(response.next_request.url) == endpoint.removesuffix("sparql")


def test_no_answer_echoes_the_host_header(endpoint):
    evil = {"Host": "evil.example"}
    redirect = httpx.get(endpoint, headers={**evil, "Accept": "text/html"})
    assert redirect.status_code == 303 and "evil" not in redirect.headers["location"]
    description = httpx.get(endpoint, headers=evil)
    assert description.status_code == 200 and "evil" not in description.text
    assert f"<{endpoint}>" in description.text  # named by the address it listens on


def test_the_service_description_names_the_configured_base_url(store_dir):
    with serving(create_app(store_dir, Limits(workers=1), base_url="https://kg.example.org/sparql")) as url:
        description = httpx.get(url, headers={"Host": "evil.example"}).text
    assert "<https://kg.example.org/sparql>" in description and "evil" not in description


def test_construct_and_describe_as_jsonld_through_sparqlwrapper(endpoint):
    graph = client(endpoint, "CONSTRUCT WHERE { ?court ailaw:adjudicated ?party }", JSONLD).queryAndConvert()
    assert len(graph) == 2
    described = client(endpoint, "DESCRIBE kgid:gpt-4o", JSONLD).queryAndConvert()
    assert (rdflib.URIRef("https://w3id.org/ailaw-kg/id/gpt-4o"), None, None) in described


SUED = "SELECT ?d WHERE { kgid:nyt ailaw:sued ?d } ORDER BY ?d"


def defendants(wrapper: SPARQLWrapper) -> list[str]:
    return [b["d"]["value"] for b in wrapper.queryAndConvert()["results"]["bindings"]]


@pytest.mark.parametrize("query", [
    f"SELECT ?d FROM <{GRAPH}> WHERE {{ kgid:nyt ailaw:sued ?d }} ORDER BY ?d",
    f"SELECT ?d WHERE {{ GRAPH <{GRAPH}> {{ kgid:nyt ailaw:sued ?d }} }} ORDER BY ?d",
])
def test_the_named_graph_answers_as_the_default_graph_does(endpoint, query):
    assert defendants(client(endpoint, query)) == defendants(client(endpoint, SUED)) != []


def test_default_and_named_graph_uri_parameters_are_honoured(endpoint):
    named = client(endpoint, SUED)
    named.addDefaultGraph(GRAPH)
    assert defendants(named) == defendants(client(endpoint, SUED)) != []
    other = client(endpoint, SUED, method=POST)
    other.addDefaultGraph("http://example.org/other")
    assert defendants(other) == []
    only_named = client(endpoint, f"SELECT ?d WHERE {{ GRAPH <{GRAPH}> {{ kgid:nyt ailaw:sued ?d }} }}")
    only_named.addNamedGraph(GRAPH)
    assert len(defendants(only_named)) == 2


@needs_browser
def test_the_query_page_runs_a_query_in_chromium_without_the_network(endpoint, browser):
    home = endpoint.removesuffix("sparql")
    page = browser.new_page()
    requested, problems = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    try:
        page.goto(home)
        page.wait_for_selector(".yasqe .CodeMirror", timeout=30_000)
        assert page.inner_text("#endpoint") == endpoint
        page.click(".yasqe_queryButton")
        page.wait_for_selector(".yasr table tbody tr", timeout=30_000)
        cells = page.inner_text(".yasr table tbody")
        assert "OpenAI" in cells and "纽约时报" in cells
    finally:
        page.close()
    assert requested and all(url.startswith(home) for url in requested), requested
    assert any(url == endpoint for url in requested)  # the query went to this endpoint
    assert problems == []


def test_kg_serve_on_a_busy_port_fails_with_one_error_line(store_dir):
    from click.testing import CliRunner

    from kg.cli import main
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--graph", str(store_dir), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port}: ")
    assert len(result.stderr.strip().splitlines()) == 1


needs_proc = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads process memory from /proc")


@needs_proc
def test_five_hundred_unacceptable_accepts_leak_neither_memory_nor_tracebacks(served):
    url, server, log = served
    query = {"query": "SELECT * WHERE { ?s ?p ?o }"}
    unacceptable = httpx.Client(headers={"Accept": "image/png"})
    for _ in range(50):  # the workers' memory settles first
        unacceptable.get(url, params=query)
    before = rss_mb(tree(server.pid))
    written = log.seek(0, os.SEEK_END)
    for _ in range(500):
        response = unacceptable.get(url, params=query)
        assert response.status_code == 406 and response.text.count("\n") == 1
    grown = rss_mb(tree(server.pid)) - before
    assert grown < 3, f"{grown:.1f} MB more after 500 requests"  # 12.5 KB a request would be 6 MB
    log.seek(written)
    assert b"Traceback" not in log.read()


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time these processes used so far (those gone count 0)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


@needs_proc
def test_five_runaway_queries_are_stopped_and_the_server_is_idle_again(store_dir):
    select_all = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?x ?h }"  # keeps serialising rows until stopped
    limit = 2
    app = create_app(store_dir, Limits(timeout=limit, workers=4, result_bytes=1 << 30))
    with serving(app) as url:
        assert answers_again(url)
        processes = tree(os.getpid())
        settled_rss = rss_mb(processes)
        runaways = worker_pids(app)
        started = time.monotonic()
        with ThreadPoolExecutor(5) as pool:
            answers = list(pool.map(lambda query: httpx.get(url, params={"query": query}, timeout=60),
                                    [SLOW, SLOW, SLOW, SLOW, select_all]))
            ask = httpx.get(url, params={"query": "ASK {}"}, timeout=60)
        assert [answer.status_code for answer in answers] == [503] * 5
        assert all(answer.text.count("\n") == 1 for answer in answers)
        # stopped at the limit, not run out: slack only for respawning workers on a loaded machine
        assert ask.status_code == 200 and time.monotonic() - started < limit + 6
        assert all(gone(pid) for pid in runaways) and len(worker_pids(app)) == 4
        assert goes_quiet(), "the server kept burning CPU after its queries were stopped"
        assert rss_mb(tree(os.getpid())) < settled_rss + 50


def goes_quiet(within: float = 15, window: float = 1, most: float = 0.3) -> bool:
    """Whether this process tree, fresh workers included, spends under ``most`` CPU seconds in
    some ``window`` within ``within`` seconds: a runaway query would keep a core busy in every
    window, a worker still starting up only in the first few."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        processes = tree(os.getpid())
        used = cpu_seconds(processes)
        time.sleep(window)
        if cpu_seconds(processes) - used < most:
            return True
    return False


@contextlib.contextmanager
def listener():
    """A TCP server on loopback that records every connection made to it; yields (its
    URL, the list of what each connection sent)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    received: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:  # a timeout: look at stop again
                continue
            with connection:
                connection.settimeout(1)
                with contextlib.suppress(OSError):
                    received.append(connection.recv(4096))
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/sparql", received
    finally:
        stop.set()
        thread.join()
        server.close()


@pytest.mark.parametrize("service", ["SERVICE", "service SILENT", "SeRvIcE"])
def test_a_query_calling_another_endpoint_is_refused_and_nothing_leaves_the_machine(endpoint, service):
    with listener() as (elsewhere, received):
        query = f"SELECT * WHERE {{ ?s ?p ?o . {service} <{elsewhere}> {{ ?s ?p ?x }} }} LIMIT 1"
        response = httpx.get(endpoint, params={"query": query}, headers={"Origin": "https://any.example"})
        assert response.status_code == 400 and response.text.count("\n") == 1 and "SERVICE" in response.text
        time.sleep(0.3)
    assert received == []


@needs_proc
def test_the_query_workers_cannot_open_a_connection(served):
    url, server, _ = served
    workers = [pid for pid in tree(server.pid) if pid != server.pid]
    filtered = [pid for pid in workers if "Seccomp:\t2" in Path(f"/proc/{pid}/status").read_text()]
    assert len(filtered) >= 4  # the default four workers (not the forkserver they come from)


def test_a_process_forbidden_the_network_cannot_fetch_a_service_even_unchecked():
    with listener() as (elsewhere, received):
        script = ("import pyoxigraph, socket; from kg.server import forbid_network\n"
                  "left, right = socket.socketpair()\n"
                  "assert forbid_network(), 'no seccomp'\n"
                  "left.sendall(b'x'); assert right.recv(1) == b'x'  # what it holds still works\n"
                  f"try: list(pyoxigraph.Store().query('SELECT * WHERE {{ SERVICE <{elsewhere}> {{ ?s ?p ?o }} }}'))\n"
                  "except OSError as error: print(type(error).__name__)")
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
        time.sleep(0.3)
    if "no seccomp" in done.stderr:
        pytest.skip("seccomp filters are not available here")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "PermissionError"
    assert received == []


def test_a_one_megabyte_get_is_answered_414_on_a_clean_connection(endpoint):
    host, port = endpoint.removeprefix("http://").split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(b"GET /sparql?query=" + b"%23" * ((1 << 20) // 3) +
                           b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := connection.recv(65536):  # a reset connection would raise here
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 414 ") and body.count(b"\n") == 1 and b"POST" in body


def test_a_300_megabyte_post_is_refused_413_before_it_is_read(endpoint):
    import select
    host, port = endpoint.removeprefix("http://").split("/")[0].split(":")
    megabyte = b"#" * (1 << 20)
    for framing, chunk in ((b"Content-Length: %d" % (300 << 20), megabyte),
                           (b"Transfer-Encoding: chunked", b"100000\r\n" + megabyte + b"\r\n")):
        with socket.create_connection((host, int(port)), timeout=30) as connection:
            connection.sendall(b"POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                               b"Content-Type: application/sparql-query\r\n" + framing + b"\r\n\r\n")
            sent, answer = 0, b""
            while sent < 300 and not answer:  # sends the body as long as no answer comes
                readable, writable, _ = select.select([connection], [connection], [], 30)
                if readable:
                    answer = connection.recv(65536)
                elif writable:
                    connection.sendall(chunk)
                    sent += 1
            while b"\n" not in answer.partition(b"\r\n\r\n")[2]:
                answer += connection.recv(65536)
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 413 ") and body.count(b"\n") == 1
        assert sent < 30, f"{sent} MB sent before the answer"  # the limit is 1 MB; the rest is socket buffers
    assert triple_count(endpoint) > 100


def test_a_bounded_fuzz_of_the_endpoint_finds_no_crash_hang_500_or_traceback(served):
    import importlib.util
    spec = importlib.util.spec_from_file_location("kg_bench_fuzz_endpoint", ROOT / "bench" / "fuzz_endpoint.py")
    fuzzing = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = fuzzing  # its dataclasses look their module up there
    spec.loader.exec_module(fuzzing)
    url, server, log = served
    written = log.seek(0, os.SEEK_END)
    report = fuzzing.fuzz(url, cases=80, seed=7, time_limit=20, alive=lambda: server.poll() is None)
    log.seek(written)
    assert report.cases == 80 and len(report.statuses) > 5  # the cases reached many kinds of answer
    assert (report.crashes, report.hangs, report.statuses[500]) == (0, 0, 0), report.lines()
    assert report.alive_at_end and b"Traceback" not in log.read()


def test_a_client_closing_in_the_middle_of_its_body_leaves_no_traceback(served):
    url, server, log = served
    written = log.seek(0, os.SEEK_END)
    host, port = url.removeprefix("http://").split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                           b"Content-Length: 100\r\n\r\nASK {")
    assert triple_count(url) > 100
    time.sleep(0.5)
    log.seek(written)
    assert b"Traceback" not in log.read()


# -- slow and huge requests, runaway queries: a trivial query is still answered in 2 s ------
class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage() + ("\n" + "traceback" if record.exc_info else ""))


@contextlib.contextmanager
def server_log():
    records = Records()
    logger = logging.getLogger("uvicorn.error")
    logger.addHandler(records)
    try:
        yield records.lines
    finally:
        logger.removeHandler(records)


def trivial_answer_seconds(url: str) -> float:
    started = time.monotonic()
    response = httpx.get(url, params={"query": "ASK {}"}, timeout=30)
    assert response.status_code == 200, response.text
    return time.monotonic() - started


def test_connections_dripping_their_headers_are_closed_and_a_trivial_query_is_answered_in_2_s(store_dir):
    app = create_app(store_dir, Limits(workers=1, request_seconds=2, connections=64))
    with serving(app) as url, server_log() as lines:  # uvicorn sets its loggers up as it starts
        host, port = url.removeprefix("http://").split("/")[0].split(":")
        dripping = []
        for _ in range(200):  # over the limit of 64: the oldest still sending are closed to make room
            with contextlib.suppress(OSError):
                connection = socket.create_connection((host, int(port)), timeout=5)
                connection.sendall(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: x\r\n")
                dripping.append(connection)
        waits = []
        for _ in range(8):  # 4 s of a header line every half second on every connection
            for connection in dripping:
                with contextlib.suppress(OSError):
                    connection.send(b"X-Slow: 1\r\n")
            waits.append(trivial_answer_seconds(url))
            time.sleep(0.5)
        closed = 0
        for connection in dripping:
            connection.settimeout(0.5)
            try:
                closed += connection.recv(1024) == b""
            except ConnectionResetError:
                closed += 1
            except OSError:
                pass
            connection.close()
        time.sleep(ConnectionGuard.BURST_SECONDS + 0.5)  # the burst's line is written after it
    assert max(waits) < 2, waits
    assert closed == len(dripping)  # all of them: past the limit, or past their 2 s
    told = [line for line in lines if line.startswith("kg serve: in the last")]
    assert 1 <= len(told) <= 2 and not any("traceback" in line for line in lines), lines
    assert "closed to make room" in told[0] or "refused" in told[0]


def test_huge_unfinished_headers_are_answered_431_and_closed(store_dir):
    app = create_app(store_dir, Limits(workers=1))
    with serving(app) as url:
        host, port = url.removeprefix("http://").split("/")[0].split(":")
        answers = []
        for _ in range(5):
            with socket.create_connection((host, int(port)), timeout=10) as connection:
                connection.sendall(b"GET /sparql HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (1 << 20))
                answer = b""
                with contextlib.suppress(OSError):
                    while chunk := connection.recv(65536):
                        answer += chunk
                answers.append(answer)
        assert trivial_answer_seconds(url) < 2
    assert all(answer.startswith(b"HTTP/1.1 431 ") and answer.partition(b"\r\n\r\n")[2].count(b"\n") == 1
               for answer in answers), answers[0]


def test_a_trivial_query_is_answered_while_runaway_queries_hold_every_worker(store_dir):
    """Cheap queries do not wait behind runaway ones: every trivial answer comes back while
    the runaway queries are still held (before the first of them is stopped at the time
    limit). How fast (the issue's 2 s) is measured by bench/fuzz_endpoint.py, not here: a
    timed unit test fails on a loaded machine."""
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?x ?h . ?i ?j ?k }"  # hours
    app = create_app(store_dir, Limits(timeout=15, workers=2))  # (long enough for a loaded machine's answers)
    with serving(app) as url:
        assert answers_again(url)
        with ThreadPoolExecutor(6) as pool:
            held = [pool.submit(httpx.get, url, params={"query": runaway}, timeout=60) for _ in range(6)]
            stopped = []
            for future in held:
                future.add_done_callback(lambda _: stopped.append(time.monotonic()))
            time.sleep(1.5)  # the workers busy, the queries over two tried on the quick worker
            answered = []
            for _ in range(3):
                trivial_answer_seconds(url)
                answered.append(time.monotonic())
                time.sleep(0.3)
            statuses = [future.result().status_code for future in held]
    assert max(answered) < min(stopped), (answered, stopped)
    assert statuses == [503] * 6


def test_a_damaged_store_is_one_line_for_kg_serve_and_kg_sparql(store_dir, tmp_path):
    import shutil
    from click.testing import CliRunner
    from kg.cli import main
    from kg.rdf import stored
    damaged = tmp_path / "damaged"
    shutil.copytree(store_dir, damaged, symlinks=True)
    current = stored(damaged) / "CURRENT"
    current.write_bytes(current.read_bytes()[:-1] + b"x")  # "Corruption: CURRENT file does not end with newline"
    served = CliRunner().invoke(main, ["serve", "--graph", str(damaged), "--port", str(free_port())])
    assert served.exit_code == 1 and served.stderr.startswith("Error: ") and served.stderr.count("\n") == 1
    assert "the store is damaged" in served.stderr and "Traceback" not in served.output
    # in a process of its own: this one's forkserver may have been started where another test's
    # working folder put another copy of kg first on the path
    queried = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "sparql", "ASK {}",
                              "--graph", str(damaged)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert queried.returncode == 1 and queried.stderr.count("\n") == 1, queried.stderr
    assert "Corruption" in queried.stderr and "Traceback" not in queried.stderr
