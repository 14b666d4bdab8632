"""SPARQL over a built graph, on pyoxigraph.

A graph folder opens as a ``pyoxigraph.Store`` (``kg.rdf.open_store``), which holds the
graph in the named graph ``kg.rdf.GRAPH_IRI``; ``run`` answers from it both as the
default graph and under its name (``GRAPH <https://w3id.org/ailaw-kg/graph>``, ``FROM
<...>``), as a triple store fed by ``kg push`` does.  Queries may use the ontology
prefixes (ailaw, kgid, rdf, rdfs, skos, prov, dcterms, xsd) without declaring them.  The
package ships a library of analyst queries, ``kg/queries/*.rq``, each opening with a
one-line ``#`` description.

Any query is safe to run.  ``check`` refuses, before pyoxigraph parses it, a query longer
than ``MAX_QUERY_BYTES``, nesting brackets deeper than ``MAX_DEPTH``, holding more than
``MAX_ARITHMETIC`` ``+``/``*`` (parsed in quadratic time), or calling another endpoint
(``SERVICE``: pyoxigraph would fetch it).  ``deep`` runs a query on a thread with a stack
of ``STACK_BYTES``, because pyoxigraph parses and evaluates recursively on its caller's
stack.  Measured on the 8 MB stack of a main thread (bench/sparql_stack.py), a level of
nesting costs up to 11 KB (``EXISTS { FILTER(``), 3.7 KB (``{``), 1.8 KB (``(``), and
what nests without brackets at most 1.3 KB a level (``UNION``, ``+``) or 885 bytes a
byte of query (``!!!…``): so 2,200 nested braces or 9,500 ``!`` killed the process,
where 256 MB hold any query under the limits (100,000 ``!``: 88 MB).  Cost that is not
stack (pyoxigraph's planner takes seconds for a few hundred triple patterns or ``+``
paths) is bounded by ``kg serve``'s time limit.

>>> store = open_store("exports")                                     # doctest: +SKIP
>>> columns, rows = table(run(store, named_queries()["most-sued"].text))  # doctest: +SKIP
"""
from __future__ import annotations

import io
import json
import re
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph

from .atomic import open_regular
from .stores import GRAPH_NODE as GRAPH
from .stores import PREFIX_IRIS, graph_path, stored

PREFIXES = {**PREFIX_IRIS, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}

#: The result formats by name: SPARQL results for SELECT and ASK, RDF for CONSTRUCT
#: and DESCRIBE.
SOLUTION_FORMATS = {"json": pyoxigraph.QueryResultsFormat.JSON, "xml": pyoxigraph.QueryResultsFormat.XML,
                    "csv": pyoxigraph.QueryResultsFormat.CSV, "tsv": pyoxigraph.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                 "rdfxml": pyoxigraph.RdfFormat.RDF_XML, "jsonld": pyoxigraph.RdfFormat.JSON_LD}

MAX_QUERY_BYTES = 100_000
#: Seconds a query may run, in `kg serve` and `kg sparql` alike (both kill its worker process past it).
DEFAULT_TIMEOUT = 30.0
MAX_DEPTH = 64
#: pyoxigraph parses a chain of + or * in time quadratic in its length (measured 0.4.x-0.5:
#: 1,000 in 0.1 s, 4,000 in 1.6 s, 8,000 in 8 s), so a 13 KB FILTER would hold a worker for
#: seconds; no hand-written query comes near a thousand.
MAX_ARITHMETIC = 1_000
STACK_BYTES = 256 << 20  # enough for any query within the limits (see the module's docstring)

Results = pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean | pyoxigraph.QueryTriples


class QueryError(ValueError):
    """A query that does not parse or cannot be run; the message is one line."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """The shipped analyst queries by name (the file name without ``.rq``)."""
    queries = {}
    for entry in sorted(resources.files("kg").joinpath("queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            first = text.lstrip().splitlines()[0] if text.strip() else ""
            description = first.lstrip("#").strip() if first.startswith("#") else ""
            queries[entry.name[:-3]] = NamedQuery(entry.name[:-3], description, text)
    return queries


# -- stores -----------------------------------------------------------------------
def is_read_only(store: pyoxigraph.Store) -> bool:
    """Whether the store refuses writes (flushing, a no-op in memory, is refused too)."""
    try:
        store.flush()
    except (OSError, RuntimeError):
        return True
    return False


def open_for_query(path: str | Path) -> pyoxigraph.Store:
    """The store a query process answers from: the on-disk store in the folder ``path``
    (``stored``) opened read-only, its files read once (``_read_only``: a damaged one is
    one line now, not a failed query later; 0.17 s of CPU at 1.26 M triples), or, where
    ``path`` is a graph.ttl with no store built from it (copied alone, or its store
    removed), the file loaded into a store in memory (1.26 M triples: about 3 s of CPU,
    nearly all of it the store's indexes, where writing the on-disk store takes 11 s); a
    planted graph.ttl that is no regular file is refused (NotRegular), not read.  The load
    is lenient (IRIs and language tags are not validated: 8 % less CPU): the store is read
    only, and a malformed IRI in an edited graph.ttl is then queried as written."""
    if Path(path).is_dir():
        return _read_only(Path(path))
    store = pyoxigraph.Store()
    with open_regular(path) as stream:
        try:
            store.load(stream, format=pyoxigraph.RdfFormat.TURTLE, to_graph=GRAPH, lenient=True)
        except SyntaxError as error:
            raise OSError(f"{path}: not Turtle kg can read ({one_line(error, 200)})") from None
    return store


def _read_only(folder: Path) -> pyoxigraph.Store:
    """The store in ``folder`` opened read-only; OSError in one line where it is damaged
    (pyoxigraph raises RuntimeError "Corruption: …")."""
    try:
        store = pyoxigraph.Store.read_only(str(folder))
        len(store)  # reads its files: a damaged one shows now, not in the first query
    except RuntimeError as error:
        raise OSError(f"{folder}: the store is damaged ({one_line(error, 200)}); run `kg build` again") from None
    return store


class FollowedStore:
    """The graph of a folder for a long-running reader (``kg serve``): ``path()`` gives
    what its query processes open (``open_for_query``, as `kg sparql`'s worker does): the
    folder of the newest store ``kg build`` (or ``kg build --watch``) finished beside
    graph.ttl, queries already running finishing on the store they began on.  A graph.ttl
    that comes without its store gets it once, at the start, beside it, as `kg build` would
    have left it (kg.rdf.write_store: named after graph.ttl's checksum, switched to in one
    rename), so the workers share one store on disk; only where the folder may not be
    written does each worker load graph.ttl into its memory.  ``store`` is the graph as the
    workers open it (its size is shown)."""

    def __init__(self, graph_dir: str | Path) -> None:
        self.graph_dir = graph_dir
        self.folder = stored(graph_dir)
        if self.folder is None:
            from .rdf import write_store  # the builder's module, for this one store
            try:
                write_store(graph_dir)
            except OSError:
                pass  # a folder it may not write: graph.ttl in each worker's memory
        self.store = open_for_query(self.path())  # path() finds the store just written

    def path(self) -> Path:
        try:
            folder = stored(self.graph_dir)
        except OSError:  # graph.ttl is being replaced: the last store until it is done
            folder = None
        if folder is not None:
            self.folder = folder
        return self.folder or graph_path(self.graph_dir)


# -- running ------------------------------------------------------------------------
def one_line(error: Exception, limit: int = 300) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


_TOKENS = re.compile(r"""
      (?P<skip>[^'"<\#()\[\]{}FfSs+*\\]+)               # nothing that matters here
    | \\[_~.\-!$&'()*+,;=/?\#@%]                         # an escape in a prefixed name (ex:a\#): no comment, string or bracket
    | '{3}(?:[^'\\]|\\.?|'(?!''))*(?:'{3}|\Z)            # long string, three single quotes
    | "{3}(?:[^"\\]|\\.?|"(?!""))*(?:"{3}|\Z)            # long string, three double quotes
    | '(?:[^'\\\n\r]|\\.?)*(?:'|(?=[\n\r])|\Z)           # 'string'
    | "(?:[^"\\\n\r]|\\.?)*(?:"|(?=[\n\r])|\Z)           # "string"
    | <(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>  # <IRI>, \u escapes too (not a < comparison)
    | \#[^\n\r]*                                         # comment
    | (?P<open>[(\[{]) | (?P<close>[)\]}])
    | (?P<dataset>(?<![\w:?$-])FROM(?![\w:-]))           # FROM, FROM NAMED (not ?from, ex:from)
    | (?P<service>(?<![\w:?$-])SERVICE(?![\w:-]))        # SERVICE <url>: a federated query
    | (?P<arithmetic>[+*])
    | .""", re.VERBOSE | re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Shape:
    """What a look at a query's text finds, outside its strings, IRIs and comments (a
    string left open runs to the end of its line, or of the query: the scan stays linear)."""
    depth: int            # how deep its brackets, braces and parentheses nest
    dataset: bool         # whether it names its own dataset (FROM, FROM NAMED)
    service: bool = False  # whether it calls another endpoint (SERVICE)
    arithmetic: int = 0   # how many + and * it holds (operators, or path modifiers, or SELECT *)


def shape(query: str) -> Shape:
    depth = deepest = arithmetic = 0
    dataset = service = False
    for token in _TOKENS.finditer(query):
        kind = token.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "dataset":
            dataset = True
        elif kind == "service":
            service = True
        elif kind == "arithmetic":
            arithmetic += 1
    return Shape(deepest, dataset, service, arithmetic)


def check(query: str, max_bytes: int = MAX_QUERY_BYTES, max_depth: int = MAX_DEPTH) -> Shape:
    """The query's shape; QueryError when it is longer or nests deeper than the limits,
    chains more ``+`` or ``*`` than MAX_ARITHMETIC, or calls another endpoint (SERVICE:
    a query over this graph never makes the machine send a request elsewhere)."""
    size = len(query.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise QueryError(f"the query is {size:,} bytes long; the limit is {max_bytes:,}")
    found = shape(query)
    if found.depth > max_depth:
        raise QueryError(f"the query nests brackets {found.depth} deep; the limit is {max_depth}")
    if found.arithmetic > MAX_ARITHMETIC:
        raise QueryError(f"the query holds {found.arithmetic:,} + and * operators; the limit is {MAX_ARITHMETIC:,}")
    if found.service:
        raise QueryError("SERVICE is not allowed: queries answer from this graph and never call another endpoint")
    return found


def run(store: pyoxigraph.Store, query: str, default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None) -> Results:
    """Run a SPARQL query (never an update) with the ontology prefixes predeclared, once it
    passes ``check``.  Its default graph is the graph (GRAPH) unless the query names its
    own dataset (FROM, FROM NAMED) or the SPARQL protocol's ``default-graph-uri`` and
    ``named-graph-uri`` are given (``default_graphs``, ``named_graphs``; they win over the
    query's).  SELECT results are evaluated lazily, as they are read: read them inside
    ``deep`` too."""
    own_dataset = check(query).dataset
    try:
        if default_graphs is not None or named_graphs is not None:
            dataset = {"default_graph": [pyoxigraph.NamedNode(iri) for iri in default_graphs or []],
                       "named_graphs": [pyoxigraph.NamedNode(iri) for iri in named_graphs or []]}
        else:
            dataset = {} if own_dataset else {"default_graph": [GRAPH]}
        return store.query(query, prefixes=PREFIXES, **dataset)
    except SyntaxError as error:
        raise QueryError(explained(query, one_line(error))) from None
    except (OSError, RuntimeError, ValueError) as error:  # ValueError: a graph IRI that is none
        raise QueryError(one_line(error)) from None


_QUOTED_OR_IRI = re.compile(r"""'{3}.*?(?:'{3}|\Z)|"{3}.*?(?:"{3}|\Z)|'(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?"""
                            r"""|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*""", re.DOTALL)
_PROLOGUE = re.compile(r"(?:\s*(?:PREFIX\s+(?:[A-Za-z][\w.-]*)?:|BASE)\s*)*\s*", re.IGNORECASE)
_PREFIXED = re.compile(r"(?<![\w?$.:-])([A-Za-z][\w.-]*)?:")
_DECLARED = re.compile(r"PREFIX\s+((?:[A-Za-z][\w.-]*)?):", re.IGNORECASE)
_AT = re.compile(r"^error at (\d+):(\d+): ")
FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")


def explained(query: str, message: str) -> str:
    """A parser's message made one a person can act on: where (line and column) and what
    was found there; an unknown prefix named with the ones declared for you; a query that
    does not open with a query form says which word it opens with instead.

    >>> explained("SELEC ?x WHERE { ?x ?p ?o }", "error at 1:10: expected CONSTRUCT")
    "line 1, column 1: expected SELECT, CONSTRUCT, ASK or DESCRIBE, found 'SELEC'"
    >>> explained("SELECT ?x WHERE { ?x foo:bar ?o }", "error at 1:29: expected one of Prefix not found, ['%']")[:48]
    'line 1, column 22: unknown prefix foo: (declared'
    """
    blank = _QUOTED_OR_IRI.sub(lambda match: re.sub(r"\S", " ", match.group()), query)  # offsets kept
    declared = set(_DECLARED.findall(blank)) | set(PREFIXES)
    for used in _PREFIXED.finditer(blank):
        if (used.group(1) or "") not in declared:
            return (f"{_where(query, used.start())}: unknown prefix {used.group()} (declared for you: "
                    f"{', '.join(p + ':' for p in PREFIXES)}; declare others with PREFIX {used.group()} <…>)")
    opening = _PROLOGUE.match(blank).end()
    word = re.match(r"[^\s{(]*", blank[opening:]).group()
    if word.upper() not in FORMS:
        found = f"found {word!r}" if word else "found nothing"
        return f"{_where(query, opening)}: expected {', '.join(FORMS[:-1])} or {FORMS[-1]}, {found}"
    at = _AT.match(message)
    if not at:
        return message
    line, column = int(at.group(1)), int(at.group(2))
    lines = query.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    near = text[max(column - 1, 0):][:20].strip()
    what = message[at.end():]
    what = what if len(what) <= 120 else what[:119] + "…"
    return f"line {line}, column {column}{f' (at {near!r})' if near else ''}: {what}"


def _where(query: str, offset: int) -> str:
    """"line L, column C" of an offset into the query (both counted from 1)."""
    before = query[:offset]
    return f"line {before.count(chr(10)) + 1}, column {offset - (before.rfind(chr(10)) + 1) + 1}"


_stack_size = threading.Lock()


def _drop_locals(error: BaseException) -> None:
    """Clear the local variables of the frames an exception (and those it was raised from)
    went through, on the thread that ran them: pyoxigraph's results may only be dropped on
    their own thread, and one dropped on another is leaked with a traceback printed."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        traceback.clear_frames(error.__traceback__)
        error = error.__cause__ or error.__context__


def deep(function: Callable, *args):
    """``function(*args)`` on a thread with a stack of STACK_BYTES: its result, or the
    exception it raised."""
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = function(*args)
        except BaseException as error:  # handed to the caller
            _drop_locals(error)
            outcome["error"] = error

    with _stack_size:  # the size is a setting of the threading module: set it for this thread only
        previous = threading.stack_size(STACK_BYTES)
        try:
            thread = threading.Thread(target=target, name="kg-deep-query", daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class TooLarge(QueryError):
    """Results longer than the size asked for."""


class _Capped(io.BytesIO):
    def __init__(self, limit: int | None) -> None:
        super().__init__()
        self.limit = limit

    def write(self, data) -> int:
        if self.limit is not None and self.tell() + len(data) > self.limit:
            raise TooLarge(f"the results are over the limit of {self.limit:,} bytes: ask for fewer (LIMIT)")
        return super().write(data)


def serialize(results: Results, fmt: str, limit: int | None = None) -> bytes:
    """Results in one of SOLUTION_FORMATS (SELECT, ASK) or GRAPH_FORMATS (CONSTRUCT,
    DESCRIBE) by name; TooLarge when they would be longer than ``limit`` bytes."""
    formats = GRAPH_FORMATS if isinstance(results, pyoxigraph.QueryTriples) else SOLUTION_FORMATS
    if fmt not in formats:
        raise QueryError(f"{fmt} is not a format for these results: choose one of {', '.join(formats)}")
    output = _Capped(limit)
    try:
        if formats is GRAPH_FORMATS:
            pyoxigraph.serialize(results, output, format=formats[fmt], prefixes=PREFIXES)
        else:
            results.serialize(output, format=formats[fmt])
    except (OSError, RuntimeError, ValueError) as error:
        if isinstance(error, QueryError):
            raise
        raise QueryError(one_line(error)) from None
    return output.getvalue()


# The local names printed after a prefix: what SPARQL's PN_LOCAL takes without escapes.
# kgid:fact/82cb… is no prefixed name (a query stops at its "/"): such an IRI is printed whole.
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_]+(?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")


def compact(term) -> str:
    """A term as a person reads it and a query takes it pasted: an IRI as a prefixed name
    where its local part is one (kgid:microsoft, ailaw:sued), else whole in <…>; bare
    literal values.

    >>> compact(pyoxigraph.NamedNode("https://w3id.org/ailaw-kg/id/fact/82cb"))
    '<https://w3id.org/ailaw-kg/id/fact/82cb>'
    >>> compact(pyoxigraph.NamedNode("https://w3id.org/ailaw-kg/id/microsoft"))
    'kgid:microsoft'
    """
    if isinstance(term, pyoxigraph.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and _LOCAL_NAME.fullmatch(term.value[len(namespace):]):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, pyoxigraph.Literal):
        return term.value
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    return "" if term is None else str(term)


def table(results: Results) -> tuple[list[str], list[dict]]:
    """Any results as (columns, rows of compact strings): the variables for SELECT,
    ``ask`` for ASK, subject/predicate/object for CONSTRUCT and DESCRIBE."""
    if isinstance(results, pyoxigraph.QueryBoolean):
        return ["ask"], [{"ask": "true" if bool(results) else "false"}]
    if isinstance(results, pyoxigraph.QueryTriples):
        columns = ["subject", "predicate", "object"]
        return columns, [dict(zip(columns, map(compact, (t.subject, t.predicate, t.object)))) for t in results]
    columns = [variable.value for variable in results.variables]
    return columns, [{column: compact(solution[column]) for column in columns} for solution in results]


def table_of(json_results: bytes) -> tuple[list[str], list[dict]]:
    """``table`` of SELECT or ASK results serialized as SPARQL JSON (as a worker process
    gives them)."""
    return table(pyoxigraph.parse_query_results(json_results, format=pyoxigraph.QueryResultsFormat.JSON))


def comparable(json_results: str | bytes) -> tuple[list[str], list]:
    """SPARQL JSON results reduced to (variables, sorted bindings) so that the results of
    two engines can be compared: each binding a sorted tuple of (variable, type, value,
    datatype, language), "typed-literal" read as "literal"."""
    document = json.loads(json_results)
    if "boolean" in document:
        return [], [document["boolean"]]
    rows = []
    for binding in document["results"]["bindings"]:
        rows.append(tuple(sorted(
            (variable, "literal" if term["type"] == "typed-literal" else term["type"], term["value"],
             term.get("datatype", ""), term.get("xml:lang", "").lower())
            for variable, term in binding.items())))
    return document["head"].get("vars", []), sorted(rows)
