"""SPARQL benchmark: pyoxigraph against rdflib on a synthetic graph of a million triples.

    .venv/bin/python bench/sparql_bench.py [--triples 1000000] [--runs 5] [--rdflib-cap 45]

1. Writes a synthetic graph in the layout of kg/rdf.py (entities with Chinese and
   English labels, direct fact triples, rdf:Statement reification, ailaw:Evidence with
   sentence, offsets, date, news item and document) as N-Triples, which is also Turtle,
   so the file serves as a graph folder's graph.ttl.
2. Runs five named queries on a pyoxigraph Store and on rdflib's in-memory Graph over
   the same triples: the median of --runs runs each (query plus serialization to SPARQL
   JSON), the rdflib / pyoxigraph ratio, and whether both engines gave the same results.
   rdflib is slow at this size: each of its queries runs in a forked child that is
   stopped after --rdflib-cap seconds, so a query reports fewer runs or none.
3. Times the cold start of `kg sparql` (a new process: imports, opening the graph, one
   query) on the demo corpus graph (built with `kg build data/corpus`) and on the
   synthetic graph, once parsing graph.ttl and once opening the on-disk store that
   `kg build` keeps beside it; then the cold start of `kg query`, once parsing graph.ttl
   and once opening the snapshot `kg build` keeps beside it.

It prints figures; it is not a test.
"""
from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph  # noqa: E402
import rdflib  # noqa: E402

from kg.rdf import AILAW, DATA, GRAPH_NODE, load_graph, stored, write_snapshot, write_store  # noqa: E402
from kg.sparql import PREFIXES, comparable, named_queries, run, serialize  # noqa: E402

QUERIES = ["lawsuits", "most-sued", "eu-instruments", "regulator-issued", "relation-counts"]
KG = [sys.executable, "-c", "from kg.cli import main; main()"]

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
TITLE, PART_OF, SOURCE, DATE = (f"<http://purl.org/dc/terms/{name}>" for name in ("title", "isPartOf", "source", "date"))
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
TYPE, STATEMENT = f"<{RDF_NS}type>", f"<{RDF_NS}Statement>"
XSD = "http://www.w3.org/2001/XMLSchema#"

#: How many entities of each type, per 1,000 entities.
TYPE_SHARES = {"Company": 300, "Organization": 120, "Person": 120, "Regulator": 120, "Legislature": 30,
               "Court": 40, "Law": 150, "AIModel": 100, "Jurisdiction": 10, "Case": 10}
#: relation: (share per 1,000 facts, head types, tail types, Chinese cue for the sentence)
RELATIONS = {
    "sued": (160, ("Company", "Organization", "Person"), ("Company",), "起诉"),
    "issued": (110, ("Regulator", "Legislature"), ("Law",), "发布"),
    "proposed": (50, ("Regulator", "Legislature"), ("Law",), "提出"),
    "released": (140, ("Company",), ("AIModel",), "推出"),
    "partnered": (90, ("Company", "Organization"), ("Company",), "合作"),
    "jurisdiction": (160, ("Regulator", "Legislature", "Court", "Law", "Company"), ("Jurisdiction",), "隶属"),
    "adjudicated": (50, ("Court",), ("Company", "Person"), "审理"),
    "fined": (40, ("Regulator",), ("Company",), "罚款"),
    "investigated": (60, ("Regulator",), ("Company", "AIModel"), "调查"),
    "banned": (30, ("Regulator",), ("Company", "AIModel"), "禁止"),
    "acquired": (30, ("Company",), ("Company",), "收购"),
    "investedIn": (40, ("Company", "Organization"), ("Company",), "投资"),
    "accused": (40, ("Organization", "Person", "Company"), ("Company",), "指控"),
}


def iri(local: str) -> str:
    return f"<{DATA}{local}>"


def ailaw(local: str) -> str:
    return f"<{AILAW}{local}>"


def literal(text: str, language: str | None = None, datatype: str | None = None) -> str:
    suffix = f"@{language}" if language else f"^^<{XSD}{datatype}>" if datatype else ""
    return f'"{text}"{suffix}'


def generate(path: Path, target: int, seed: int = 7) -> int:
    """Write about ``target`` triples to ``path``; return the exact count."""
    rng = random.Random(seed)
    lines: list[str] = []
    entities = max(1000, target // 50)
    by_type: dict[str, list[str]] = {}
    for entity_type, share in TYPE_SHARES.items():
        for number in range(entities * share // 1000):
            node = iri(f"{entity_type.lower()}-{number}")
            by_type.setdefault(entity_type, []).append(node)
            lines += [f"{node} {TYPE} {ailaw(entity_type)} .",
                      f"{node} {RDFS_LABEL} {literal(f'{entity_type}机构{number}', 'zh')} .",
                      f"{node} {ALT_LABEL} {literal(f'{entity_type} {number}', 'en')} ."]
    lines += [f"{by_type['Jurisdiction'][0]} {RDFS_LABEL} {literal('欧盟', 'zh')} .",
              f"{by_type['Jurisdiction'][0]} {ALT_LABEL} {literal('European Union', 'en')} ."]
    documents = [iri(f"doc/{number}") for number in range(200)]
    for number, document in enumerate(documents):
        lines += [f"{document} {TYPE} {ailaw('SourceDocument')} .",
                  f"{document} {TITLE} {literal(f'newsletter-{number:03d}.txt')} ."]
    items = [iri(f"item/{number}") for number in range(max(100, target // 60))]
    for number, item in enumerate(items):
        lines += [f"{item} {TYPE} {ailaw('NewsItem')} .", f"{item} {TITLE} {literal(f'新闻条目 {number}')} .",
                  f"{item} {PART_OF} {documents[number % len(documents)]} .",
                  f"{item} {SOURCE} {literal(rng.choice(['Reuters 官网', 'The Verge 官网', '新华网']))} ."]
    relations, weights = list(RELATIONS), [spec[0] for spec in RELATIONS.values()]
    fact = evidence = 0
    seen: set[tuple[str, str, str]] = set()
    count = len(lines)
    with open(path, "w", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
        while count < target:
            relation = rng.choices(relations, weights)[0]
            _, heads, tails, cue = RELATIONS[relation]
            head = rng.choice(by_type[rng.choice(heads)])
            tail = rng.choice(by_type[rng.choice(tails)])
            if (head, relation, tail) in seen:
                continue  # one statement per fact, as kg/rdf.py writes them
            seen.add((head, relation, tail))
            statement = iri(f"fact/{fact}")
            fact += 1
            block = [f"{head} {ailaw(relation)} {tail} .", f"{statement} {TYPE} {STATEMENT} .",
                     f"{statement} <{RDF_NS}subject> {head} .", f"{statement} <{RDF_NS}predicate> {ailaw(relation)} .",
                     f"{statement} <{RDF_NS}object> {tail} .",
                     f"{statement} {ailaw('confidence')} {literal('5.0E-1', datatype='double')} ."]
            for _ in range(rng.choice((1, 1, 1, 2))):
                node = iri(f"evidence/{evidence}")
                evidence += 1
                item = rng.randrange(len(items))
                day = f"{rng.choice((2023, 2024, 2025))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                block += [f"{statement} {DERIVED} {node} .", f"{node} {TYPE} {ailaw('Evidence')} .",
                          f"{node} {ailaw('sentence')} {literal(f'第{evidence}句：甲方{cue}乙方。')} .",
                          f"{node} {ailaw('item')} {items[item]} .",
                          f"{node} {ailaw('document')} {documents[item % len(documents)]} .",
                          f"{node} {ailaw('start')} {literal(str(rng.randint(0, 400)), datatype='integer')} .",
                          f"{node} {ailaw('end')} {literal(str(rng.randint(401, 800)), datatype='integer')} .",
                          f"{node} {DATE} {literal(day, datatype='date')} ."]
            stream.write("\n".join(block) + "\n")
            count += len(block)
    return count


# -- timing -----------------------------------------------------------------------------
def timed(function, *args):
    started = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - started, value


def digest(json_results: bytes | str) -> tuple[int, str]:
    """Row count and a fingerprint of results as comparable() reduces them."""
    _, rows = comparable(json_results)
    return len(rows), hashlib.sha1(repr(rows).encode("utf-8")).hexdigest()[:12]


def oxigraph_runs(store: pyoxigraph.Store, text: str, runs: int) -> tuple[list[float], tuple[int, str]]:
    times, output = [], b""
    for _ in range(runs):
        seconds, output = timed(lambda: serialize(run(store, text), "json"))
        times.append(seconds)
    return times, digest(output)


def _rdflib_child(graph: rdflib.Graph, text: str, runs: int, pipe) -> None:
    for number in range(runs):
        seconds, output = timed(lambda: graph.query(text, initNs=PREFIXES).serialize(format="json"))
        pipe.send((seconds, digest(output) if number == 0 else None))
    pipe.close()


def rdflib_runs(graph: rdflib.Graph, text: str, runs: int, cap: float) -> tuple[list[float], tuple | None]:
    """Up to ``runs`` runs in a forked child (which shares the parsed graph), stopped
    once ``cap`` seconds have passed."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_rdflib_child, args=(graph, text, runs, sender))
    child.start()
    sender.close()
    deadline = time.monotonic() + cap
    times, result = [], None
    while len(times) < runs and receiver.poll(max(0.0, deadline - time.monotonic())):
        try:
            seconds, fingerprint = receiver.recv()
        except EOFError:
            break
        times.append(seconds)
        result = result or fingerprint
    if child.is_alive():
        child.kill()
    child.join()
    return times, result


SPARQL_MOST_SUED = ["sparql", "--named", "most-sued", "--format", "csv"]
QUERY_TOP = ["query", "top", "--relation", "sued", "--role", "tail", "--format", "csv"]


def cold_start(graph_dir: Path, command: list[str] = SPARQL_MOST_SUED, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        seconds, _ = timed(lambda: subprocess.run([*KG, *command, "--graph", str(graph_dir)],
                                                  cwd=ROOT, capture_output=True, check=True))
        times.append(seconds)
    return statistics.median(times)


def build_demo(out: Path) -> Path | None:
    corpus = ROOT / "data" / "corpus"
    if not corpus.is_dir():
        return None
    done = subprocess.run([*KG, "build", str(corpus), "--out", str(out)], cwd=ROOT, capture_output=True, text=True)
    return out if done.returncode == 0 and (out / "graph.ttl").is_file() else None


def median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:10.1f} ms" if times else "         —   "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rdflib-cap", type=float, default=45.0, help="Seconds for all runs of one rdflib query.")
    options = parser.parse_args()
    queries = named_queries()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        synthetic = Path(folder) / "synthetic"
        synthetic.mkdir()
        seconds, count = timed(generate, synthetic / "graph.ttl", options.triples)
        print(f"synthetic graph: {count:,} triples written in {seconds:.1f} s")

        store = pyoxigraph.Store()
        seconds, _ = timed(lambda: store.bulk_load(path=str(synthetic / "graph.ttl"), format=pyoxigraph.RdfFormat.N_TRIPLES,
                                                  to_graph=GRAPH_NODE))
        print(f"pyoxigraph: loaded in {seconds:.1f} s")
        graph = rdflib.Graph()
        seconds, _ = timed(lambda: graph.parse(synthetic / "graph.ttl", format="nt"))
        print(f"rdflib:     parsed in {seconds:.1f} s ({len(graph):,} triples)")
        print(f"\nmedian of {options.runs} runs per query (query + SPARQL JSON serialization); "
              f"rdflib runs stop after {options.rdflib_cap:g} s per query")
        print(f"{'query':18} {'rows':>7} {'pyoxigraph':>13} {'rdflib':>13} {'runs':>5} {'ratio':>8}  same")
        for name in QUERIES:
            text = queries[name].text
            fast, (rows, fingerprint) = oxigraph_runs(store, text, options.runs)
            slow, reference = rdflib_runs(graph, text, options.runs, options.rdflib_cap)
            ratio = f"{statistics.median(slow) / statistics.median(fast):7.1f}×" if slow else "  capped"
            same = "—" if reference is None else "yes" if reference == (rows, fingerprint) else "NO"
            print(f"{name:18} {rows:7d} {median_ms(fast)} {median_ms(slow)} {len(slow):5d} {ratio}  {same}")
        print(f"(runs: rdflib runs done within the cap, the median is theirs; capped: none finished in "
              f"{options.rdflib_cap:g} s; same: both engines gave the same result set)")
        del graph, store

        print("\ncold start of `kg sparql --named most-sued` (new process, median of 3):")
        demo = build_demo(Path(folder) / "demo")
        if demo is None:
            print("  demo corpus graph (kg build data/corpus):   not built (no data/corpus, or `kg build` failed)")
        else:
            print(f"  demo corpus graph (kg build data/corpus):   {cold_start(demo):.2f} s")
        print(f"  synthetic graph, graph.ttl parsed:          {cold_start(synthetic):.2f} s")
        seconds, _ = timed(write_store, synthetic)
        print(f"  synthetic graph, on-disk store (as kg build keeps one, written in {seconds:.1f} s): "
              f"{cold_start(synthetic):.2f} s")
        seconds, _ = timed(lambda: subprocess.run([sys.executable, "-c", "import kg.cli"], cwd=ROOT, check=True))
        print(f"  of which importing kg.cli:                  {seconds:.2f} s")
        seconds, _ = timed(lambda: pyoxigraph.Store.read_only(str(stored(synthetic))))
        print(f"  opening the on-disk store alone:            {seconds:.3f} s")

        print("\ncold start of `kg query top --relation sued --role tail` (new process, median of 3):")
        print(f"  synthetic graph, graph.ttl parsed:          {cold_start(synthetic, QUERY_TOP):.2f} s")
        seconds, graph = timed(load_graph, synthetic)
        write_snapshot(graph, synthetic)
        print(f"  synthetic graph, snapshot (as kg build keeps one): {cold_start(synthetic, QUERY_TOP):.2f} s "
              f"(parsing it in the process: {seconds:.1f} s)")


if __name__ == "__main__":
    main()
