import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
from pathlib import Path

import httpx
import pytest
import rdflib
import uvicorn
from litigation import graph_dir  # noqa: F401  (fixture)
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from kg.server import create_app, negotiate
from kg.rdf import open_store

ROOT = Path(__file__).resolve().parent.parent
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def kg_serve(folder):
    """`kg serve` on a free local port, as a user starts it; stopped at the end."""
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    server = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--graph", str(folder),
         "--host", "127.0.0.1", "--port", str(port), "--timeout", "20"],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                httpx.get(url, params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"kg serve did not start: {server.stderr.read().decode()}")
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def endpoint(graph_dir):  # noqa: F811
    with kg_serve(graph_dir) as url:
        yield url


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


def test_bad_requests_get_4xx_with_one_line(endpoint):
    malformed = httpx.get(endpoint, params={"query": "SELECT ?x WHERE {"})
    assert malformed.status_code == 400 and malformed.text.startswith("query error: ")
    assert malformed.text.count("\n") == 1
    assert httpx.get(endpoint).status_code == 400
    assert httpx.get(endpoint, params={"query": "ASK {}"}, headers={"Accept": "image/png"}).status_code == 406
    assert httpx.post(endpoint, content="ASK {}", headers={"Content-Type": "text/plain"}).status_code == 415


@contextlib.contextmanager
def serving(app):
    """The app under uvicorn in a thread on a free local port; yields its /sparql URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# (about 240 triples)³ ≈ 14 million solutions to count: over a second, far past a 0.1 s limit.
# seconds, not minutes: the cube of every triple grew past the 60 s a test waits as the graph grew
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?x ?h FILTER(?b = ?e) }"


def test_a_query_past_the_time_limit_gets_503_and_the_server_keeps_answering(graph_dir):  # noqa: F811
    with serving(create_app(open_store(graph_dir), timeout=0.1)) as url:
        started = time.monotonic()
        response = httpx.get(url, params={"query": SLOW}, timeout=10)
        assert response.status_code == 503 and "time limit" in response.text
        assert time.monotonic() - started < 0.8
        assert httpx.get(url, params={"query": "ASK {}"}).status_code == 200


def test_queries_wait_for_a_free_worker_and_get_503_while_none_frees(graph_dir, monkeypatch):  # noqa: F811
    monkeypatch.setattr("kg.server.WORKERS", 1)
    with serving(create_app(open_store(graph_dir), timeout=0.1)) as url:
        assert httpx.get(url, params={"query": SLOW}, timeout=10).status_code == 503
        assert httpx.get(url, params={"query": "ASK {}"}).status_code == 503  # the one worker still counts
        deadline = time.monotonic() + 60
        while httpx.get(url, params={"query": "ASK {}"}).status_code != 200:
            assert time.monotonic() < deadline, "the worker was never freed"
            time.sleep(0.2)


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
    with kg_serve(tmp_path) as url:
        before = triple_count(url)
        graph.add_entity(Entity("microsoft", "Company", "微软"))
        write_graph(graph, tmp_path)  # what kg build does: graph.ttl, then the store and its link
        assert triple_count(url) == before  # the graph changed; its store is not there yet
        write_store(tmp_path)
        assert triple_count(url) == before + 2
