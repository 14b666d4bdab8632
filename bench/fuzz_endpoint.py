"""Fuzz `kg serve`: random malformed and hostile requests against a running endpoint.

    .venv/bin/python bench/fuzz_endpoint.py [--cases 2000] [--seed 1] [--timeout 3] [--graph DIR]

Starts `kg serve` (on DIR, or on a small graph written to a temporary folder) with a
query time limit of --timeout seconds, then sends --cases requests, each built by one
of the generators below at random: hostile queries (deep nesting of every bracket,
long chains of operators and paths, SERVICE calls, mutations of the shipped analyst
queries, random bytes), bad headers (Accept, Content-Type, Content-Length), bad bodies
and encodings, other methods, and malformed HTTP written to a raw socket.  After each
it checks that the server process is alive; at the end, that it still answers ASK {}.

Queries hide SERVICE and deep nesting behind escapes too (``ex:a\\#``, ``ex:a\\'``, a
``\\u`` escape in an IRI), calling a listener of this script's own on loopback: any
connection it receives is a query that left the server.  Some requests carry ``Host:
evil.example``: an answer that repeats it is counted.

Then ``--load-seconds`` of load (``load()``): ``--dripping`` connections sending a header
line every half second, a few sending megabytes of one unfinished header, and
``--runaway`` queries that would run for hours, while a trivial ``ASK {}`` is asked every
half second on a fresh connection.  Prints the slowest trivial answer (the target: 2 s)
and how many runaway queries were held past the time limit (plus 2 s of slack).

Prints the cases tried, the answers by status, the 5xx count (503 is a query past the
time limit, 500 a worker that died), crashes (the server process gone: it is started
again), hangs (no answer within the time limit plus 10 s), the connections queries made
to the listener, the Host headers echoed, and the tracebacks in the server's log.
`fuzz()` is the same loop, for a test with a small --cases.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.sparql import named_queries  # noqa: E402

NEST = [("{", "}"), ("(", ")"), ("[ ?p ", " ]"), ("( ", " )"), ("{ SELECT * ", "}"), ("OPTIONAL { ?s ?p ?o ", "}"),
        ("{ ?s ?p ?o } UNION {", "}"), ("!(", ")"), ("EXISTS { FILTER(", ") }"), ("STR(", ")"), ('"', ""),
        ("<", ""), ("'''", "")]
CHAINS = ["+1", "*1", "-1", "/1", "||true", "&&true", "!", "/ailaw:sued", "|ailaw:sued", "/ailaw:sued+", " UNION {}",
          " ?s ?p ?o .", ",1", " ;ailaw:sued 1", " OPTIONAL {}", " BIND(1 AS ?x)"]
ACCEPTS = ["*/*", "image/png", "", "text/*;q=0", "application/sparql-results+json;q=abc", ",,,;;;", "x/x;q=1e999",
           "text/csv, application/ld+json;q=0.5", "a" * 5000, "*/*;q=-1"]
TYPES = ["application/sparql-query", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data",
         "application/sparql-update", "", "application/sparql-query; charset=latin-1"]


#: Where the SERVICE calls of hostile queries point: a listener of fuzz()'s own (set there).
SERVICE_TARGET = ["http://127.0.0.1:9/sparql"]
#: What makes the textual check read a comment, a string or nothing where SPARQL reads a name.
HIDING = ["ex:a\\#", "ex:a\\'", "<http://e/\\u0041#>", "ex:a\\(ex:b", "'\\''", '"\\""', "ex:a\\%"]


def _query(rng: random.Random) -> str:
    """A hostile query: nesting, a chain, a service call, a mutated analyst query, noise, or
    a service call or nesting hidden behind an escape."""
    kind = rng.randrange(7)
    if kind == 6:
        hidden = (f"SERVICE <{SERVICE_TARGET[0]}> {{ ?x ?y ?z }}" if rng.random() < 0.5 else
                  "{" * rng.choice([65, 2_200, 20_000]) + "}" * 20_000)
        return f"PREFIX ex: <http://e/> SELECT * WHERE {{ VALUES ?v {{ {rng.choice(HIDING)} }} {hidden} }}"
    if kind == 0:
        opening, closing = rng.choice(NEST)
        depth = rng.choice([10, 63, 64, 65, 500, 2_200, 20_000])
        return f"SELECT * WHERE {{ ?s ?p ?o . {opening * depth}1{closing * depth} }}"
    if kind == 1:
        return f"ASK {{ ?s ?p ?o FILTER(1{rng.choice(CHAINS) * rng.choice([10, 999, 1_001, 10_000, 30_000])}) }}"
    if kind == 2:
        keyword = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in "service")
        return f"SELECT * WHERE {{ {keyword} {rng.choice(['', 'SILENT'])} <{SERVICE_TARGET[0]}> {{ ?s ?p ?o }} }}"
    if kind == 3:
        text = list(rng.choice(list(named_queries().values())).text)
        for _ in range(rng.randrange(1, 8)):
            position = rng.randrange(len(text))
            action = rng.randrange(3)
            if action == 0:
                del text[position]
            elif action == 1:
                text.insert(position, rng.choice("{}()[]<>\"'#?.;,*+!|/^\\ \n\x00SERVICE"))
            else:
                text[position] = chr(rng.randrange(1, 0x3000))
        return "".join(text)
    if kind == 4:
        return "".join(chr(rng.choice([rng.randrange(1, 0xD800), rng.randrange(0xE000, 0x110000)]))
                       for _ in range(rng.randrange(1, 400)))  # any character but a surrogate
    return rng.choice(["", " ", "ASK", "ASK {", "SELECT", "#", "ASK {} " * 1000, "DESCRIBE <>",
                       "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5", "INSERT DATA { <a> <b> <c> }", "LOAD <http://x/>",
                       "SELECT * WHERE { ?s ?p ?o } LIMIT 5 OFFSET 99999999999999999999"])


@dataclass
class Case:
    """One request: through the HTTP client (method, params, headers, body) or raw bytes."""
    name: str
    method: str = "GET"
    params: dict | None = None
    headers: dict = field(default_factory=dict)
    body: bytes | None = None
    raw: bytes | None = None


def _case(rng: random.Random) -> Case:
    kind = rng.randrange(8)
    if kind <= 2:  # hostile queries, by each way of sending one
        query = _query(rng)
        way = rng.randrange(3)
        accept = {"Accept": rng.choice(ACCEPTS)} if rng.random() < 0.3 else {}
        if way == 0 and len(query) < 20_000:  # the HTTP client sends no longer URL (raw cases do)
            return Case("query GET", params={"query": query}, headers=accept)
        if way <= 1:
            return Case("query POST form", "POST", headers={**accept, "Content-Type": TYPES[1]},
                        body=urllib.parse.urlencode({"query": query}).encode())
        return Case("query POST body", "POST", headers={**accept, "Content-Type": TYPES[0]},
                    body=query.encode("utf-8", "surrogatepass"))
    if kind == 3:  # headers
        return Case("headers", rng.choice(["GET", "POST", "HEAD"]), params={"query": "ASK {}"},
                    headers={"Accept": rng.choice(ACCEPTS), "Content-Type": rng.choice(TYPES)},
                    body=b"ASK {}" if rng.random() < 0.5 else None)
    if kind == 4:  # bodies and encodings
        body = rng.choice([bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))), b"query=%ZZ",
                           b"query=%FF%FE", b"query=" + b"%7B" * 5000, b"&" * 10_000, b"query=ASK+{}&query=ASK+{}",
                           b"update=DROP+ALL", b"default-graph-uri=%00&query=ASK+{}",
                           b"query=ASK+{}&named-graph-uri=not+an+iri"])
        return Case("body", "POST", headers={"Content-Type": rng.choice(TYPES[:3])}, body=body)
    if kind == 5 and rng.random() < 0.3:  # a Host header of another site: never repeated in an answer
        return Case("host", rng.choice(["GET", "HEAD"]), headers={"Host": "evil.example",
                                                                  "Accept": rng.choice(["text/html", "text/turtle", "*/*"])})
    if kind == 5:  # methods and paths
        return Case("method", rng.choice(["PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT"]),
                    params={"query": "ASK {}"}, headers={"Origin": "https://attacker.example",
                                                          "Access-Control-Request-Method": "PUT"})
    if kind == 6:  # a long URL, or a wrong Content-Length
        if rng.random() < 0.5:
            return Case("long URL", raw=b"GET /sparql?query=" + b"%23" * rng.choice([1_000, 120_000, 400_000]) +
                        b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        length = rng.choice([b"-1", b"abc", b"99999999999999999999", b"10", b"1, 2"])
        return Case("content length", raw=b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query"
                    b"\r\nConnection: close\r\nContent-Length: " + length + b"\r\n\r\nASK {}")
    return Case("malformed HTTP", raw=rng.choice([
        b"GET\r\n\r\n", b"GET /sparql HTTP/9.9\r\n\r\n", b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03",
        b"GET /sparql?query=ASK%20{} HTTP/1.1\r\nHost: x\r\n" + b"X: y\r\n" * 2_000 + b"\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
        b"GET /" + bytes(rng.randrange(32, 127) for _ in range(200)) + b" HTTP/1.1\r\n\r\n",
        bytes(rng.randrange(256) for _ in range(rng.randrange(1, 500)))]))


ECHOED = [0]  # answers that repeated a request's Host header


def _send(url: str, case: Case, wait: float) -> int | None:
    """The status answered, 0 for a connection the server closed without an answer (for
    malformed HTTP that is a fine answer), None when nothing came within ``wait`` seconds."""
    import httpx
    if case.raw is not None:
        host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
        with socket.create_connection((host, port), timeout=wait) as connection:
            try:
                connection.sendall(case.raw)
                connection.shutdown(socket.SHUT_WR)
                answer = connection.recv(100)
            except TimeoutError:
                return None
            except OSError:
                return 0
        return int(answer.split()[1]) if answer.startswith(b"HTTP/1.1 ") else 0
    try:
        response = httpx.request(case.method, url, params=case.params, headers=case.headers, content=case.body,
                                 timeout=wait)
    except httpx.TimeoutException:
        return None
    except httpx.TransportError:
        return 0
    if "evil.example" in case.headers.get("Host", "") and \
            ("evil.example" in response.headers.get("location", "") or "evil.example" in response.text):
        ECHOED[0] += 1
    return response.status_code


@dataclass
class Report:
    cases: int = 0
    statuses: collections.Counter = field(default_factory=collections.Counter)
    crashes: int = 0
    hangs: int = 0
    tracebacks: int = 0
    reached: int = 0  # connections queries made to the SERVICE listener
    echoed: int = 0
    alive_at_end: bool = False
    examples: dict = field(default_factory=dict)  # a case for each kind of failure

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status and status >= 500)

    def lines(self) -> list[str]:
        statuses = ", ".join(f"{status or 'closed'}: {count}" for status, count in sorted(self.statuses.items()))
        return [f"cases tried: {self.cases}", f"answers by status: {statuses}",
                f"5xx: {self.server_errors} (500: {self.statuses[500]}, 503: {self.statuses[503]})",
                f"crashes: {self.crashes}", f"hangs: {self.hangs}", f"tracebacks in the log: {self.tracebacks}",
                f"connections queries made to another address: {self.reached}",
                f"answers repeating a Host header: {self.echoed}",
                f"answers ASK {{}} at the end: {'yes' if self.alive_at_end else 'NO'}",
                *(f"example {kind}: {case}"[:300] for kind, case in self.examples.items())]


def fuzz(url: str, cases: int, seed: int, time_limit: float, alive: Callable[[], bool],
         restart: Callable[[], str] | None = None) -> Report:
    """Send ``cases`` random cases to the endpoint at ``url`` (queries limited to
    ``time_limit`` s); ``alive()`` tells whether the server process runs, ``restart()``
    starts it again and gives its new URL (without it, a crash ends the run)."""
    rng, report = random.Random(seed), Report()
    target = socket.create_server(("127.0.0.1", 0))  # what a SERVICE call would reach
    target.setblocking(False)
    SERVICE_TARGET[0] = f"http://127.0.0.1:{target.getsockname()[1]}/sparql"
    ECHOED[0] = 0
    try:
        url = _fuzz(url, cases, rng, report, time_limit, alive, restart)
    finally:
        while True:
            try:
                target.accept()[0].close()
                report.reached += 1
            except OSError:
                break
        target.close()
    report.echoed = ECHOED[0]
    if url is not None:
        report.alive_at_end = _send(url, Case("ASK", params={"query": "ASK {}"}), time_limit + 10) == 200
    return report


def _fuzz(url, cases, rng, report, time_limit, alive, restart) -> str | None:
    for _ in range(cases):
        case = _case(rng)
        status = _send(url, case, time_limit + 10)
        report.cases += 1
        report.statuses[status] += 1
        if status is None:
            report.hangs += 1
            report.examples.setdefault("hang", case)
        elif status >= 500:
            report.examples.setdefault(str(status), case)
        if not alive():
            report.crashes += 1
            report.examples.setdefault("crash", case)
            if restart is None:
                return None
            url = restart()
    return url


# -- load: slow and huge requests and runaway queries, with a trivial query asked throughout ---
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?x ?h . ?i ?j ?k . ?l ?m ?o }"


def load(url: str, seconds: float, dripping: int, runaway: int, time_limit: float) -> dict:
    """``seconds`` of ``dripping`` connections sending a header line every half second, five
    sending 4 MB of one header, and ``runaway`` queries asked again as each is stopped,
    while ``ASK {}`` is asked every half second: the slowest trivial answer, how many
    trivial ones failed, and the runaway answers held past the time limit (plus 2 s)."""
    import threading

    import httpx
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    stop = threading.Event()
    held, answered = [0], [0]

    def run_away() -> None:
        while not stop.is_set():
            started = time.monotonic()
            with contextlib.suppress(httpx.HTTPError):
                httpx.get(url, params={"query": RUNAWAY}, timeout=time_limit + 30)
            answered[0] += 1
            held[0] += time.monotonic() - started > time_limit + 2

    def huge() -> None:
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=10) as connection:
            connection.sendall(b"GET /sparql HTTP/1.1\r\nHost: x\r\nX-Big: ")
            for _ in range(64):
                if stop.is_set():
                    break
                connection.sendall(b"a" * 65536)

    threads = [threading.Thread(target=run_away, daemon=True) for _ in range(runaway)]
    threads += [threading.Thread(target=huge, daemon=True) for _ in range(5)]
    for thread in threads:
        thread.start()
    connections = []
    for _ in range(dripping):
        with contextlib.suppress(OSError):
            connection = socket.create_connection((host, port), timeout=2)
            connection.setblocking(False)
            connection.send(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: x\r\n")
            connections.append(connection)
    waits, failed = [], 0
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.send(b"X-Slow: 1\r\n")
        started = time.monotonic()
        try:
            ok = httpx.get(url, params={"query": "ASK {}"}, timeout=30).status_code == 200
        except httpx.HTTPError:
            ok = False
        waits.append(time.monotonic() - started)
        failed += not ok
        time.sleep(0.5)
    stop.set()
    for connection in connections:
        connection.close()
    for thread in threads:
        thread.join(timeout=time_limit + 35)
    return {"trivial": len(waits), "slowest trivial": max(waits, default=0.0), "trivial failed": failed,
            "median trivial": sorted(waits)[len(waits) // 2] if waits else 0.0,
            "runaway answered": answered[0], "held past the limit": held[0], "dripping": len(connections)}


# -- running kg serve ---------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(graph_dir: str | Path, time_limit: float, log) -> tuple[subprocess.Popen, str]:
    """`kg serve` on a free loopback port, its log to ``log``; (the process, its URL) once it answers."""
    import httpx
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    server = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", "--graph",
                               str(graph_dir), "--port", str(port), "--timeout", str(time_limit)],
                              cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=log)
    url = f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 120
    while True:
        with contextlib.suppress(httpx.TransportError):
            httpx.get(url, params={"query": "ASK {}"}, timeout=10)
            return server, url
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("kg serve did not start")
        time.sleep(0.1)


def small_graph(folder: Path) -> Path:
    """A few entities and facts, with the store `kg build` keeps beside graph.ttl."""
    from kg.graph import KnowledgeGraph
    from kg.model import Entity, Evidence
    from kg.rdf import write_graph, write_store
    graph = KnowledgeGraph()
    for identifier, kind, name in [("nyt", "Company", "纽约时报"), ("openai", "Company", "OpenAI"),
                                   ("microsoft", "Company", "微软"), ("sdny", "Court", "纽约南区联邦地区法院")]:
        graph.add_entity(Entity(identifier, kind, name))
    sentence = "纽约时报在纽约南区联邦地区法院起诉OpenAI和微软。"
    for defendant in ("openai", "microsoft"):
        graph.add_fact("nyt", "sued", defendant, Evidence("a.txt", sentence, sentence, 0, len(sentence), "2023-12-27"),
                       0.8)
    write_graph(graph, folder)
    write_store(folder)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3.0, help="the server's query time limit, in seconds")
    parser.add_argument("--show-log", action="store_true", help="print the server's log at the end")
    parser.add_argument("--graph", help="a built graph folder (default: a small graph in a temporary folder)")
    parser.add_argument("--load-seconds", type=float, default=20.0, help="seconds of slow-request and runaway load (0: none)")
    parser.add_argument("--dripping", type=int, default=600, help="connections dripping their headers under load")
    parser.add_argument("--runaway", type=int, default=8, help="runaway queries at once under load")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as scratch, \
            tempfile.TemporaryFile() as log:
        graph = options.graph or small_graph(Path(scratch) / "graph")
        state = {}
        state["server"], url = start_server(graph, options.timeout, log)

        def restart() -> str:
            state["server"], state["url"] = start_server(graph, options.timeout, log)
            return state["url"]
        started = time.monotonic()
        try:
            report = fuzz(url, options.cases, options.seed, options.timeout,
                          lambda: state["server"].poll() is None, restart)
            if options.load_seconds > 0 and state["server"].poll() is None:
                if url != state.get("url", url):
                    url = state["url"]
                under_load = load(url, options.load_seconds, options.dripping, options.runaway, options.timeout)
                alive_after_load = state["server"].poll() is None
        finally:
            state["server"].terminate()
            state["server"].wait(timeout=30)
        log.seek(0)
        written = log.read()
        report.tracebacks = written.count(b"Traceback")
        if options.show_log:
            print(written.decode("utf-8", "replace"))
    for line in report.lines():
        print(line)
    if options.load_seconds > 0:
        print(f"under load ({options.load_seconds:g} s, {under_load['dripping']} connections dripping headers, 5 sending "
              f"4 MB of one header, {options.runaway} runaway queries): trivial query answered {under_load['trivial']} "
              f"times, median {under_load['median trivial']:.2f} s, slowest {under_load['slowest trivial']:.2f} s, failed {under_load['trivial failed']}; runaway "
              f"queries answered {under_load['runaway answered']}, held past the time limit {under_load['held past the limit']}; "
              f"server alive after: {'yes' if alive_after_load else 'NO'}")
    print(f"time: {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
