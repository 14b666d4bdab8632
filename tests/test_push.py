"""kg push against a private Virtuoso started on loopback for the session (skipped, with
the reason, where `virtuoso-t` is not installed), and its errors against a refused port."""
from __future__ import annotations

import base64
import contextlib
import http.server
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence
from kg.push import PushError, push
from kg.rdf import GRAPH_IRI, write_graph

SUIT = "纽约时报在纽约南区联邦地区法院起诉微软和OpenAI。"
RELEASE = "阿里云发布开源模型Qwen2。"
VIRTUOSO_INI = """\
[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 2000
MaxDirtyBuffers = 1500
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
"""


def free_ports(count: int) -> list[int]:
    """``count`` distinct free local ports: the probes stay bound until all are chosen, so the
    system cannot hand the same port out twice (Virtuoso's SQL and HTTP ports once collided)."""
    with contextlib.ExitStack() as stack:
        probes = [stack.enter_context(socket.socket()) for _ in range(count)]
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [probe.getsockname()[1] for probe in probes]


def free_port() -> int:
    return free_ports(1)[0]


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory) -> str:
    """The base URL of a fresh Virtuoso (user dba, password dba) with its own database."""
    if shutil.which("virtuoso-t") is None:
        pytest.skip("virtuoso-t not installed (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_ports(2)
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(sql_port=sql_port, http_port=http_port))
    server = subprocess.Popen(["virtuoso-t", "-f", "-c", "virtuoso.ini"], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 90
        while not _answers(f"{base}/sparql?query=ASK%7B%7D"):
            if server.poll() is not None or time.monotonic() > deadline:
                log = (folder / "virtuoso.log").read_text(errors="replace")[-2000:]
                pytest.fail(f"Virtuoso did not start:\n{log}")
            time.sleep(0.5)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2).close()
        return True
    except OSError:
        return False


def select(base: str, query: str) -> list[dict]:
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query, "format": "application/sparql-results+json"})
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)["results"]["bindings"]


def triples_in(base: str, graph: str = str(GRAPH_IRI)) -> int:
    rows = select(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"]["value"])


def labelled(base: str, label: str, graph: str = str(GRAPH_IRI)) -> bool:
    query = f'SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> "{label}"@zh }} }}'
    return bool(select(base, query))


def built(folder: Path, entities: list[Entity], facts: list[tuple[str, str, str, Evidence]]) -> Path:
    graph = KnowledgeGraph()
    for entity in entities:
        graph.add_entity(entity)
    for head, relation, tail, evidence in facts:
        graph.add_fact(head, relation, tail, evidence, 0.8)
    write_graph(graph, folder)
    return folder


@pytest.fixture
def lawsuit_graph(tmp_path) -> Path:
    return built(tmp_path / "lawsuit", [Entity("nyt", "Company", "纽约时报"), Entity("microsoft", "Company", "微软")],
                 [("nyt", "sued", "microsoft", Evidence("a.txt", "纽约时报起诉微软", SUIT, 0, len(SUIT), "2023-12-27"))])


@pytest.fixture
def release_graph(tmp_path) -> Path:
    return built(tmp_path / "release", [Entity("alibaba-cloud", "Company", "阿里云"), Entity("qwen2", "AIModel", "Qwen2")],
                 [("alibaba-cloud", "released", "qwen2", Evidence("b.txt", "阿里云发布Qwen2", RELEASE, 0, 14, "2024-06"))])


def store(base: str) -> str:
    return f"{base}/sparql-graph-crud-auth"


def test_push_loads_every_triple_into_the_named_graph(virtuoso, lawsuit_graph):
    sent = push(lawsuit_graph, store(virtuoso), auth=("dba", "dba"))
    assert sent > 10 and triples_in(virtuoso) == sent
    assert labelled(virtuoso, "纽约时报")


def test_second_push_replaces_the_named_graph_instead_of_adding(virtuoso, lawsuit_graph, release_graph):
    push(lawsuit_graph, store(virtuoso), auth=("dba", "dba"))
    sent = push(release_graph, store(virtuoso), auth=("dba", "dba"))
    assert triples_in(virtuoso) == sent
    assert labelled(virtuoso, "阿里云") and not labelled(virtuoso, "纽约时报")


def test_push_to_another_named_graph_leaves_the_default_one(virtuoso, lawsuit_graph, release_graph):
    push(lawsuit_graph, store(virtuoso), auth=("dba", "dba"))
    push(release_graph, store(virtuoso), "urn:ailaw-kg:test", auth=("dba", "dba"))
    assert labelled(virtuoso, "纽约时报") and labelled(virtuoso, "阿里云", "urn:ailaw-kg:test")


def test_wrong_password_is_a_401_before_the_graph_is_sent(virtuoso, lawsuit_graph):
    with pytest.raises(PushError, match="401 Unauthorized"):
        push(lawsuit_graph, store(virtuoso), auth=("dba", "not-the-password"))


def test_missing_credentials_is_a_401(virtuoso, lawsuit_graph):
    with pytest.raises(PushError, match="401 Unauthorized"):
        push(lawsuit_graph, store(virtuoso))


def test_server_refusal_carries_its_message(virtuoso, lawsuit_graph):
    # The anonymous endpoint: the SPARQL user may not write until granted SPARQL_UPDATE.
    with pytest.raises(PushError, match="403 Forbidden.*Permission denied"):
        push(lawsuit_graph, f"{virtuoso}/sparql-graph-crud")


def test_cli_push_reports_the_triple_count(virtuoso, lawsuit_graph):
    result = CliRunner().invoke(main, ["push", "--graph", str(lawsuit_graph), "--endpoint", store(virtuoso),
                                       "--user", "dba", "--password", "dba"])
    assert result.exit_code == 0, result.output
    assert result.output == f"{triples_in(virtuoso)} triples -> <{GRAPH_IRI}> at {store(virtuoso)}\n"


# -- errors without a server ------------------------------------------------------------
def test_refused_connection_is_a_one_line_push_error(lawsuit_graph):
    endpoint = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(PushError) as error:
        push(lawsuit_graph, endpoint)
    assert str(error.value) == f"cannot reach {endpoint}: Connection refused"


def test_non_http_endpoint_is_refused(lawsuit_graph):
    with pytest.raises(PushError, match="not an http"):
        push(lawsuit_graph, "localhost:8890/sparql-graph-crud")


def test_missing_graph_names_the_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="no built graph"):
        push(tmp_path, "http://127.0.0.1:9/store")


def test_cli_push_error_is_one_line(lawsuit_graph):
    result = CliRunner().invoke(main, ["push", "--graph", str(lawsuit_graph),
                                       "--endpoint", f"http://127.0.0.1:{free_port()}/store"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach ") and result.output.count("\n") == 1


# -- credentials, redirects, timeouts: small servers on loopback ---------------------------
BASIC = {"WWW-Authenticate": 'Basic realm="store"'}


@contextlib.contextmanager
def graph_store(answer):
    """A graph store on loopback that answers each request as ``answer(method, headers)``
    says (status, extra headers) and records (method, Authorization) for every request;
    yields (its URL, the records)."""
    seen: list[tuple[str, str | None]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def handle_one(self) -> None:
            seen.append((self.command, self.headers.get("Authorization")))
            if self.command == "PUT":
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
            status, headers = answer(self.command, self.headers)
            self.send_response(status)
            for name, value in {**headers, "Content-Length": "0"}.items():
                self.send_header(name, value)
            self.end_headers()

        do_HEAD = do_PUT = handle_one

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store", seen
    finally:
        server.shutdown()
        server.server_close()


def basic_store(method, headers):
    expected = "Basic " + base64.b64encode(b"dba:secret").decode()
    return (201, {}) if headers.get("Authorization") == expected else (401, BASIC)


def test_credentials_are_sent_only_after_the_servers_challenge(lawsuit_graph):
    with graph_store(basic_store) as (url, seen):
        assert push(lawsuit_graph, url, auth=("dba", "secret")) > 10
    assert seen[0] == ("HEAD", None)
    assert [method for method, authorization in seen if authorization] == ["HEAD", "PUT"]


def test_a_server_that_does_not_ask_gets_no_credentials(lawsuit_graph):
    with graph_store(lambda method, headers: (201, {})) as (url, seen):
        push(lawsuit_graph, url, auth=("dba", "secret"))
    assert [method for method, _ in seen] == ["HEAD", "PUT"] and all(auth is None for _, auth in seen)


def test_a_server_that_asks_only_on_put_gets_them_then(lawsuit_graph):
    def answer(method, headers):
        return (200, {}) if method == "HEAD" else basic_store(method, headers)
    with graph_store(answer) as (url, seen):
        push(lawsuit_graph, url, auth=("dba", "secret"))
    assert [(method, auth is not None) for method, auth in seen] == [("HEAD", False), ("PUT", False), ("PUT", True)]


def test_a_password_is_not_sent_over_plain_http_to_another_machine(lawsuit_graph):
    # 192.0.2.1 is reserved for documentation: refused before anything is sent
    with pytest.raises(PushError, match="not sent over plain http .* --insecure"):
        push(lawsuit_graph, "http://192.0.2.1:8890/store", auth=("dba", "secret"))
    with pytest.raises(PushError, match="cannot reach|no answer within 0.5 s"):  # --insecure tries to connect
        push(lawsuit_graph, "http://192.0.2.1:8890/store", auth=("dba", "secret"), timeout=0.5, insecure=True)


@pytest.mark.parametrize("when", ["at once", "after the challenge"])
def test_a_redirect_is_not_followed_so_credentials_never_reach_another_host(lawsuit_graph, when):
    with graph_store(lambda method, headers: (201, {})) as (elsewhere, reached):
        def answer(method, headers):
            if when == "after the challenge" and not headers.get("Authorization"):
                return 401, BASIC
            return 307, {"Location": elsewhere}
        with graph_store(answer) as (url, seen), pytest.raises(PushError) as refused:
            push(lawsuit_graph, url, auth=("dba", "secret"))
    assert reached == []
    assert f"redirects to {elsewhere}" in str(refused.value) and "\n" not in str(refused.value)


def test_a_server_that_never_answers_gives_one_line_within_the_timeout(lawsuit_graph):
    silent = socket.create_server(("127.0.0.1", 0))  # accepts (the backlog does), never answers
    try:
        started = time.monotonic()
        result = CliRunner().invoke(main, ["push", "--graph", str(lawsuit_graph), "--timeout", "1",
                                           "--endpoint", f"http://127.0.0.1:{silent.getsockname()[1]}/store"])
        assert time.monotonic() - started < 10
    finally:
        silent.close()
    assert result.exit_code == 1
    assert "no answer within 1 s" in result.output and result.output.count("\n") == 1


@pytest.mark.parametrize("damage", [b"<not turtle at all", b"\xff\xfe\x00garbage", "cut"])
def test_a_corrupt_graph_gives_one_line_naming_the_file(lawsuit_graph, damage):
    path = lawsuit_graph / "graph.ttl"
    path.write_bytes(path.read_bytes()[:-7] if damage == "cut" else damage)
    with graph_store(lambda method, headers: (201, {})) as (url, seen):
        result = CliRunner().invoke(main, ["push", "--graph", str(lawsuit_graph), "--endpoint", url])
    assert result.exit_code == 1 and seen == []
    assert result.output.startswith(f"Error: {path}: ") and result.output.count("\n") == 1


@contextlib.contextmanager
def raw_server(answer):
    """A server on loopback that reads a request's head and calls ``answer(connection, stop)``;
    stops (and closes every connection) at the end."""
    listening = socket.create_server(("127.0.0.1", 0))
    listening.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listening.accept()
            except OSError:
                continue
            threading.Thread(target=one, args=(connection,), daemon=True).start()

    def one(connection: socket.socket) -> None:
        with connection:
            connection.settimeout(0.5)
            with contextlib.suppress(OSError):
                connection.recv(65536)
                answer(connection, stop)
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listening.getsockname()[1]}/store"
    finally:
        stop.set()
        thread.join()
        listening.close()


def test_a_server_dripping_its_answer_is_stopped_at_the_timeout_for_the_whole_upload(lawsuit_graph):
    def drip(connection, stop) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        while not stop.wait(0.3):  # a header line every 0.3 s, for ever: each read gets something in time
            connection.sendall(b"X-Drip: 1\r\n")
    with raw_server(drip) as url:
        started = time.monotonic()
        result = CliRunner().invoke(main, ["push", "--graph", str(lawsuit_graph), "--timeout", "2", "--endpoint", url])
        took = time.monotonic() - started
    assert took < 5, took  # held 101.8 s with --timeout 5 when the limit was per read
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "no answer within 2 s (--timeout, for the whole upload)" in result.output


def test_a_garbled_status_line_is_one_error_line(lawsuit_graph):
    def garble(connection, stop) -> None:
        connection.sendall(b"\x00\xffnot http at all\r\n\r\n")
    with raw_server(garble) as url:
        result = CliRunner().invoke(main, ["push", "--graph", str(lawsuit_graph), "--timeout", "10", "--endpoint", url])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "Traceback" not in result.output
    assert "the server's answer is not HTTP (BadStatusLine" in result.output, result.output
