"""The build: files -> documents -> items -> mentions and facts -> one KnowledgeGraph.

Each document is processed on its own (so documents can be spread over processes and
their results cached); resolution then runs over the whole corpus.

>>> report = build(["data/corpus"], jobs=2)           # doctest: +SKIP
>>> report.documents, report.items, len(report.graph)  # doctest: +SKIP
"""
from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import chain
from pathlib import Path

from . import learn, records, unnamed
from .atomic import read_regular, write_atomic
from .extract import Extractor
from .facts import isolated
from .facts.base import stating
from .graph import KnowledgeGraph, paused_gc
from .ingest import MAX_BYTES, UNICODE_DIR, InputError, discover, read_bytes, read_document, shown
from .kb import DATA_DIR
from .corrections import Correction, Outcome, apply as apply_corrections
from .model import Document, Fact, Item, Mention, family
from .mentions import FINDERS, REFINERS
from .mentions.alias import Aliases
from .mentions.base import component_name
from .mentions.english import EnglishNames
from .mentions.kb import KnowledgeBaseNames
from .mentions.own import OwnCountry
from .mentions.people import EnglishPersons
from .mentions.repeated import RepeatedNames
from .nlp import build_nlp, load_kb
from .parser import parser as english_parser
from .resolve import Resolver, document_names, renames
from .script import Conversion, Reading
from .segment import issues, segment
from .sentences import LONGEST_SENTENCE, Sentences

CACHE_DIR = ".kg-cache"
CACHE_BYTES = 1 << 30  # the largest cache entry read back (a 50 MB document's results are far less)
BATCH = 8  # documents whose items go through each stage together
MIN_SHARE = 16_000  # bytes: with several processes, no batch is cut smaller than this for their sake
PART_CHARS = 8_000  # the most text of one item the stages read at once (an item of 1,500 is long)
#: the name families that read a run with no sentence end (apart()): lookups and 《》, whose cost
#: is the run's length, and the choice among their names
UNBROKEN_NAMES = frozenset({"names_kb", "names_title", "choose_names"})
TITLE_CHARS = 300  # the longest title an item keeps as its title when it is read in parts
FILE_SECONDS = 300.0  # a file still being processed after this long is skipped (kg build --file-timeout)
log = logging.getLogger("kg")


@records.record
@dataclass
class DocumentResult:
    """What one document yields: its items, and per item the mentions and facts; ``cues``: per
    item, what its sentences hold for the unnamed parties' readers (kg.unnamed.cues, read
    by every build that resolves the document: kept with its result; None: made when read);
    ``renamed``: whether resolution reads any of its names or facts as another
    (kg.resolve.document_names), told once with its result, so that a build reading the result
    from the cache passes over its names again only where they change (None: not told)."""
    name: str
    items: list[Item]
    mentions: list[list[Mention]]
    facts: list[Fact]
    cues: list[str] | None = None
    renamed: bool | None = None

    @cached_property
    def names(self) -> list[tuple[Mention, int]]:
        """Each distinct name the document gives (its mentions, its facts' heads and
        tails) once, with how often: what resolution reads, without the positions that
        make every mention distinct."""
        counts: dict[tuple, list] = {}
        for mention in chain(chain.from_iterable(self.mentions),
                             chain.from_iterable((fact.head, fact.tail) for fact in self.facts)):
            key = (mention.text, mention.type, mention.kb_id, mention.aliases, mention.canonical, mention.mechanism)
            if key in counts:
                counts[key][1] += 1
            else:
                counts[key] = [mention, 1]
        return [(mention, times) for mention, times in counts.values()]


@dataclass(frozen=True)
class Without:
    """Rule families a build leaves out (kg evaluate --by-rule measures each family by
    building without it): the spaCy components of the ``names`` families and the
    extraction families of ``facts`` do not run, so the others work as if they did not
    exist (the names of the others are chosen among without theirs, later fact families
    build on the facts of the others only); a fact about a name a left-out family made
    during extraction (美国 from a place prefix) is dropped.  Families are compared by
    the part of a mechanism or rule before "/"."""
    names: frozenset[str] = frozenset()
    facts: frozenset[str] = frozenset()

    def kept(self, facts: list[Fact]) -> list[Fact]:
        return [fact for fact in facts
                if family(fact.head.mechanism) not in self.names and family(fact.tail.mechanism) not in self.names]


NOTHING_LEFT_OUT = Without()


@dataclass
class BuildReport:
    graph: KnowledgeGraph
    documents: int = 0
    items: int = 0
    skipped: list[str] = field(default_factory=list)
    cached: int = 0
    corrections: Outcome | None = None  # what the analyst's corrections file did to the graph


_WARM_UP = ("2024年1月2日，美国纽约南区联邦地区法院审理纽约时报诉OpenAI案（以下简称“该案”）。"
            "微软与OpenAI宣布合作，发布《人工智能法》及 GPT-4o 模型；法官 Sidney H. Stein 表示，"
            "Getty Images 向 Stability AI 提起诉讼。")


class Pipeline:
    """Holds the loaded knowledge base and spaCy pipeline; processes documents."""

    def __init__(self, data_dir: str | Path = DATA_DIR, file_seconds: float = FILE_SECONDS) -> None:
        self.data_dir = str(data_dir)
        with paused_gc():  # (loading makes no cyclic garbage: the collector would walk it for nothing)
            self.kb = load_kb(self.data_dir)
            self.extractor = Extractor(self.kb)
        self.file_seconds = file_seconds

    @cached_property
    def nlp(self):
        """The spaCy pipeline, loaded on first use: a build served from the cache needs none.
        What it loads (jieba's dictionary, the KB, spaCy's tables: millions of objects that
        live as long as the process) is moved out of the garbage collector's sight, which
        would otherwise walk it over and over while the documents are processed, and while
        they are loaded (it finds no cyclic garbage there: 0.6 of 2 CPU s of loading).
        What only a text needs (jieba's tagger, the patterns a family compiles at its first
        sentence) waits for the first document that needs it: a rebuild of one English file
        never loads what Chinese text alone asks for (warmed: before workers fork)."""
        with paused_gc():
            nlp = build_nlp(self.data_dir)
        gc.freeze()
        return nlp

    @cached_property
    def warmed(self):
        """The spaCy pipeline (nlp) with one made-up item run through it, which compiles the
        patterns and builds the knowledge base's indexes that the first document would
        otherwise wait for, and loads jieba's tagger: done once before --jobs workers fork
        (process_all), so that each worker does not do it again."""
        nlp = self.nlp
        with paused_gc():
            warm_up = Item("warm-up", 1, _WARM_UP.split("。")[0], _WARM_UP)
            self.extractor.facts(warm_up, warm_up.text, nlp(warm_up.text).user_data["mentions"])
        gc.freeze()
        return nlp

    @cached_property
    def conversion(self) -> Conversion:
        """How a Traditional-script document is read: in Simplified, Taiwan's words made
        Mainland, except in the knowledge base's names (数位发展部)."""
        return Conversion(self.kb.regional_words, keep=(name for entry in self.kb.entries.values() for name in entry.names))

    @staticmethod
    def left_out_components(without: Without) -> set[str]:
        """The spaCy components of the name families ``without`` leaves out: they do not run,
        so the other families' candidates are chosen among as if the family did not exist."""
        return {component_name(finder) for finder in FINDERS + REFINERS if finder.family in without.names}

    def process(self, path: str | Path, without: Without = NOTHING_LEFT_OUT) -> DocumentResult:
        """One file (an unreadable one raises InputError)."""
        return self.process_documents([read_document(path)], without)[0]

    def process_documents(self, documents: list[Document], without: Without = NOTHING_LEFT_OUT
                          ) -> list[DocumentResult]:
        """Each document's result (process_each); the first that fails raises InputError."""
        results = self.process_each(documents, without)
        for result in results:
            if isinstance(result, InputError):
                raise result
        return results

    def process_each(self, documents: list[Document], without: Without = NOTHING_LEFT_OUT
                     ) -> list[DocumentResult | InputError]:
        """Documents stage by stage over all their items (jieba cuts every item, then the
        KB names are matched in every item, and so on): each stage's tables stay in the
        processor's caches, which item by item they would not (12% of the time of a
        build, measured with batches of BATCH documents against one item at a time).
        A Traditional-script document is read in Simplified and its results are given
        back in its own characters (kg.script).  ``without`` leaves rule families out.

        A document the stages fail on, or still at work after ``file_seconds`` (looked at
        between items: an item is at most PART_CHARS long), gives an InputError in place
        of its result; the other documents of the batch are not held up."""
        clock = _Clock(len(documents), self.file_seconds)
        readings, work, unbroken = {}, [], set()  # unbroken: id() of the parts that are runs (apart())
        for number, document in enumerate(documents):
            with clock(number, document):
                readings[number] = reading = Reading.of(document, self.conversion)
                items = [item for issue in issues(reading.analysed, self.data_dir)
                         for item in segment(issue, self.data_dir)]
                read = [piece for index, item in enumerate(items, 1) for part in parts(replace(item, index=index))
                        for piece in apart(part, self.extractor.shared.sentences, unbroken)]
                work += [(number, part, part.text) for part in read]
                if run := sum(len(part.body) for part in read if id(part) in unbroken):
                    log.warning("%s: %d characters in runs of over %d with no sentence end, read for known names "
                                "and 《titles》 only: no other name, no fact there", shown(document.path), run,
                                LONGEST_SENTENCE)
        work = _each(work, lambda item, text: self.nlp.make_doc(text), clock)
        left_out = self.left_out_components(without)
        for name, component in self.nlp.pipeline:
            if name not in left_out:
                work = _each(work, lambda item, doc, component=component, name=name: doc if id(item) in unbroken
                             and name not in UNBROKEN_NAMES else component(doc), clock, name)
        for family in (EnglishNames, EnglishPersons, RepeatedNames, Aliases, OwnCountry, KnowledgeBaseNames):
            if component_name(family) not in left_out:
                self.carry(family, documents, [one for one in work if id(one[1]) not in unbroken], clock)
        extractor = self.extractor.without(without.facts) if without.facts else self.extractor

        def extract(item: Item, read) -> tuple[list[Mention], list[Fact]]:
            doc, earlier = read
            mentions = doc.user_data["mentions"]
            if id(item) in unbroken:
                return mentions, []
            if extractor.trace is not None:
                extractor.trace.names(item, doc.user_data.get("candidates", []), mentions)
            return mentions, without.kept(extractor.facts(item, item.text, mentions, earlier))
        work = _each([(number, item, (doc, earlier)) for (number, item, doc), earlier in zip(work, story_parts(work))],
                     extract, clock)
        results: list[DocumentResult | InputError] = []
        for number, document in enumerate(documents):
            found = [(item, mentions, facts) for n, item, (mentions, facts) in work if n == number]
            result = None
            if number not in clock.failed:
                with clock(number, document):
                    facts = [fact for _, _, item_facts in found for fact in item_facts]
                    facts += without.kept(extractor.document_facts([(item, item.text, mentions)
                                                                    for item, mentions, _ in found
                                                                    if id(item) not in unbroken], facts))
                    facts = extractor.screened(facts, [item for item, _, _ in found])
                    if extractor.trace is not None:
                        extractor.trace.reading = readings[number]
                    items, mentions, facts = readings[number].restore([item for item, _, _ in found],
                                                                      [mentions for _, mentions, _ in found], facts)
                    result = DocumentResult(document.name, items, mentions, facts,
                                            unnamed.cues(items, self.extractor.shared.dated_sentences))
                    result.renamed = renames(result.names, facts, self.kb)
            results.append(clock.failed.get(number) or result)
        return results

    def carry(self, family: type, documents: list[Document], work: list[tuple[int, Item, object]], clock: _Clock) -> None:
        """What a family finds in a document's items carried to its later items, document by
        document: a country a nationality word alone tells is dropped where no other name of the
        document names it (kg.mentions.english EnglishNames.carry), a person named in full is the
        family name alone later (kg.mentions.people EnglishPersons.carry), a name context found is
        that name again later in its story (kg.mentions.repeated RepeatedNames.carry), a declared
        short form is its full name later in the document (kg.mentions.alias Aliases.carry), 我国 the
        writer's country where the document names it (kg.mentions.own OwnCountry.carry), 教育部
        Taiwan's ministry where the document's known names are Taiwan's (kg.mentions.kb
        KnowledgeBaseNames.carry)."""
        finder = self.nlp.get_pipe(component_name(family))
        for number in dict.fromkeys(number for number, _, _ in work):
            if number not in clock.failed:
                with clock(number, documents[number]):
                    finder.carry([(item, doc) for n, item, doc in work if n == number])

    def graph(self, results, min_confidence: float = 0.0) -> KnowledgeGraph:
        resolver = Resolver(self.kb)
        facts: list[Fact] = []
        for result in results:
            names, found = (result.names, result.facts) if result.renamed is False \
                else document_names(result.names, result.facts, self.kb)
            for mention, times in names:
                resolver.add(mention, times)
            facts += found
        graph = resolver.graph(facts, min_confidence)
        # suits whose parties the text anonymises (李某诉刘某): no entities, kept for the litigation table
        told_cues = {id(item): marks for result in results if result.cues is not None
                     and len(result.cues) == len(result.items) for item, marks in zip(result.items, result.cues)}
        found = unnamed.scan((item for result in results for item in result.items), graph,
                             self.extractor.shared.dated_sentences, told_cues)
        if found:
            graph.graph.graph["unnamed_suits"] = found
        # the news items with no date line of their own: a year their sentences borrow from the story
        # (成立于2022年… 12月6日起诉) dates no suit (kg.cases)
        graph.graph.graph["undated_items"] = sorted({f"{item.document}\t{item.title}" for result in results
                                                    for item in result.items if not item.date})
        return graph


class _Clock:
    """The time each document of a batch has taken, stage after stage; a document over
    its limit, or one a document-wide stage failed on, is marked failed (with the
    InputError that says so) and the stages leave its other items alone."""

    def __init__(self, documents: int, limit: float) -> None:
        self.spent = [0.0] * documents
        self.limit = limit
        self.failed: dict[int, InputError] = {}

    @contextmanager
    def __call__(self, number: int, document: Document | str) -> Iterator[None]:
        """Time a step of document ``number``; an error in it fails the document."""
        started = time.perf_counter()
        try:
            yield
        except Exception as error:
            if number not in self.failed:
                self.failed[number] = InputError(_path(document), f"not processed ({type(error).__name__}: {error})"[:300])
        finally:
            self.charge(number, document, time.perf_counter() - started)

    def charge(self, number: int, document: Document | str, seconds: float) -> None:
        self.spent[number] += seconds
        if self.spent[number] > self.limit and number not in self.failed:
            self.failed[number] = InputError(_path(document), f"still being processed after {self.limit:g} s "
                                             "(the per-file time limit), skipped")


def _path(document: Document | str) -> str:
    return document.path if isinstance(document, Document) else document


def _each(work: list[tuple[int, Item, object]], step: Callable, clock: _Clock | None = None,
          component: str | None = None) -> list[tuple[int, Item, object]]:
    """(document number, item, step(item, value)) for each (document number, item, value);
    an item the rules trip over is dropped with one warning line, the rest of its
    document is kept.  A ``component`` (a name family) that trips over an item is left out
    for that item alone (one warning line per document): the item goes on with the names
    the other families find (KG_STRICT=1, the tests, drops the item as any other error does).  Items
    of a document the clock has failed are left alone."""
    out, said = [], set()
    for number, item, value in work:
        if clock is not None and number in clock.failed:
            continue
        started = time.perf_counter()
        try:
            out.append((number, item, step(item, value)))
        except Exception as error:
            if component is not None and isolated(said, number, "%s: item %d: %s skipped (%s: %s)", item.document,
                                                  item.index, component, type(error).__name__, str(error)[:200]):
                out.append((number, item, value))  # (one line for the document)
            else:
                log.warning("%s: item %d skipped (%s: %s)", item.document, item.index, type(error).__name__, error)
        if clock is not None:
            clock.charge(number, item.document, time.perf_counter() - started)
    return out


_PART_END = re.compile(r"(?<=[\n。！？；!?;])|(?<=\. )")


def story_parts(work: list[tuple[int, Item, object]]) -> list[tuple[tuple[str, list[Mention]], ...]]:
    """For each (document number, item, spaCy Doc) of ``work``: the text and stating names of
    the parts of its story before it, the latest first, where the item goes on the story the
    item before tells (Item.continues: an article cut at its sub-heads); nothing for an item
    that opens a story or stands on its own (a newsletter's items are separate news)."""
    out, told, previous = [], (), None
    for number, item, doc in work:
        if not (item.continues and number == previous):
            told = ()
        out.append(told)
        told = ((item.text, stating(doc.user_data["mentions"])),) + told
        previous = number
    return out


def parts(item: Item, limit: int = PART_CHARS) -> list[Item]:
    """The item, or where its text is longer than ``limit``, the item in parts of at most
    about ``limit`` characters, cut after a line or a sentence, each with the item's
    title, date and source: what spaCy's ``max_length`` would refuse and what the rules,
    whose cost grows with an item's names, would read for hours is read a part at a time
    and nothing of it is lost."""
    if len(item.text) <= limit:
        return [item]
    title, rest = item.title, ""
    if len(title) > TITLE_CHARS:  # a title that is a page of text: its start is the title, the rest is read
        title, rest = _title(item.title), item.title[len(_title(item.title)):]
    pieces = [piece for text in (rest, item.body, item.commentary) if text
              for piece in _pieces(text, limit - len(title) - 1)]
    return [replace(item, title=title, body=piece, commentary="", credits=item.credits if index == 0 else [],
                    continues=item.continues or index > 0)
            for index, piece in enumerate(pieces)] or [replace(item, title=title)]


def apart(part: Item, sentences: Sentences, unbroken: set[int]) -> list[Item]:
    """The part, or where its body holds runs longer than LONGEST_SENTENCE with no sentence
    end (Sentences.runs: a list or a table run together, a hostile file; no sentence of a real
    text is half as long), the part cut before and after each run, the runs' ids added to
    ``unbroken``: a run is not read as a sentence but for its names of UNBROKEN_NAMES alone (the
    knowledge base's names, titles in 《》), and no fact is read in it, nor by the document's
    families, which do not see it; the cost of the rest, which grows with the names of a
    sentence and their pairs, is not paid for a text no reader wrote as one (process_each says
    so in one line naming the file)."""
    runs = sentences.runs(part.body)
    if not runs:
        return [part]
    cuts = [0] + [cut for run in runs for cut in run] + [len(part.body)]
    pieces = []
    for index, (start, end) in enumerate(zip(cuts, cuts[1:])):
        if part.body[start:end].strip():
            piece = replace(part, body=part.body[start:end], credits=part.credits if not pieces else [],
                            commentary=part.commentary if end == len(part.body) else "",
                            continues=part.continues or bool(pieces))
            if index % 2:
                unbroken.add(id(piece))
            pieces.append(piece)
    return pieces


def _title(text: str) -> str:
    """The first sentence of ``text``, at most TITLE_CHARS long."""
    end = _PART_END.search(text, 1, TITLE_CHARS)
    return text[:end.start() if end else TITLE_CHARS]


def _pieces(text: str, limit: int) -> Iterator[str]:
    """``text`` in consecutive pieces of at most ``limit`` characters, each ending at a
    line or sentence end where one is in its second half."""
    limit = max(limit, 1000)
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        ends = [match.start() for match in _PART_END.finditer(window, limit // 2)]
        end = start + (ends[-1] if ends and ends[-1] > 0 else limit)
        yield text[start:end]
        start = end
    if start < len(text):
        yield text[start:]


@lru_cache(maxsize=4)
def pipeline_version(data_dir: str = str(DATA_DIR)) -> str:
    """Changes whenever the code or the knowledge (KB, lexicons) changes: cached results
    made by another version are never reused."""
    digest = hashlib.sha256()
    for stage in ("ingest", "script", "segment", "sentences", "dates", "nlp", "extract", "kb", "model", "pipeline",
                  "unnamed", "alternation", "resolve", "graph", "names", "punctuation"):
        # (unnamed: the cues a result keeps; resolve and what its passes over a document read: its renamed)
        digest.update((Path(__file__).parent / f"{stage}.py").read_bytes())
    # the name and fact families (and their subpackages: mentions/english); cases: the suit table's cue lists
    for package in ("mentions", "facts", "cases"):
        for family in sorted((Path(__file__).parent / package).rglob("*.py")):
            digest.update(family.read_bytes())
    digest.update(Path(records.__file__).read_bytes())  # how the results are written
    for table in sorted(UNICODE_DIR.glob("*.tsv")):  # ingest's character foldings (⼈ -> 人)
        digest.update(table.name.encode())
        digest.update(table.read_bytes())
    digest.update(load_kb(data_dir).version().encode())
    digest.update(learn.version().encode())  # the relation model and its switch (kg.facts.learned)
    return digest.hexdigest()[:16]


class ResultCache:
    """Per-document results keyed by the file's content hash and the pipeline version:
    in memory for the life of the object (a resident ``kg build --watch``) and on disk
    under ``directory`` when one is given, as data (kg.records), so that a cache folder
    cannot make a build run code; a file there that holds no result is ignored with one
    line and its document processed again."""

    def __init__(self, directory: str | Path | None, version: str) -> None:
        self.directory, self.version = (Path(directory) if directory else None), version
        if self.directory is not None and self.directory.is_symlink():
            log.warning("%s: a symbolic link, not used as the cache (results would be written where it points)",
                        self.directory)
            self.directory = None
        self.memory: dict[str, DocumentResult] = {}
        self.used: set[str] = set()

    def key(self, path: Path) -> str | None:
        """The file's key; None where it cannot be read now (read_document then says why)."""
        # the file name is part of the key: results cite their document by name
        try:
            content = hashlib.sha256(read_bytes(path, MAX_BYTES) + b"\0" + os.fsencode(path.name)).hexdigest()
        except InputError:
            return None
        return f"{content[:32]}-{self.version}{records.SUFFIX}"

    def get(self, key: str | None) -> DocumentResult | None:
        if key is None:
            return None
        self.used.add(key)
        if key in self.memory or self.directory is None:
            return self.memory.get(key)
        path = self.directory / key
        try:
            result = records.loads(read_regular(path, CACHE_BYTES))
        except FileNotFoundError:
            return None
        except (OSError, records.RecordError) as error:  # a pipe, a link to a device, a folder, damage
            log.warning("%s: not a cached result, ignored and made again (%s)", shown(path),
                        error.strerror if isinstance(error, OSError) and error.strerror else error)
            return None
        if not isinstance(result, DocumentResult):
            log.warning("%s: not a cached result, ignored (it holds %s)", path, type(result).__name__)
            return None
        self.memory[key] = result
        return result

    def put(self, key: str | None, result: DocumentResult) -> None:
        if key is None:
            return
        self.used.add(key)
        self.memory[key] = result
        if self.directory is not None:
            try:
                write_atomic(self.directory / key, records.dumps(result))
            except OSError as error:
                log.warning("%s: cannot write the cache (%s); results kept in memory only",
                            shown(self.directory), error.strerror or error)
                self.directory = None

    def forget_unused(self) -> None:
        """Keep in memory only the results the last build asked for."""
        self.memory = {key: result for key, result in self.memory.items() if key in self.used}
        self.used = set()


# -- parallel processing: one Pipeline per worker process ----------------------------------
_worker: Pipeline | None = None


def _init_worker(data_dir: str, parent: int | None = None) -> None:
    global _worker
    if parent is not None:
        _die_with(parent)
    _worker = _worker or Pipeline(data_dir)


def _die_with(parent: int) -> None:
    """End this worker when the build process ``parent`` ends, even by kill -9 (then
    nothing tells the workers to stop): on Linux the kernel sends SIGKILL when the parent
    dies (prctl PR_SET_PDEATHSIG); elsewhere a thread looks for a new parent every second."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
                if os.getppid() != parent:  # it died before prctl was in place
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)
    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _process(pipeline: Pipeline, paths: list[Path]) -> list[tuple[Path, DocumentResult | None, str | None]]:
    """(path, result, error) per file of one batch."""
    documents, errors = {}, {}
    for path in paths:
        started = time.perf_counter()
        try:
            documents[path] = read_document(path)
        except InputError as error:
            errors[path] = str(error)
        except Exception as error:  # a reader's bug on a strange file: that file is skipped, not the batch
            errors[path] = str(InputError(path, f"cannot be read ({type(error).__name__}: {error})"[:300]))
        if time.perf_counter() - started > pipeline.file_seconds:
            documents.pop(path, None)
            errors[path] = str(InputError(path, f"took longer than {pipeline.file_seconds:g} s to read "
                                                "(the per-file time limit), skipped"))
    results = dict(zip(documents, pipeline.process_each(list(documents.values()))))
    for path, result in list(results.items()):
        if isinstance(result, InputError):
            errors[path], results[path] = str(result), None
    return [(path, results.get(path), errors.get(path)) for path in paths]


def _process_in_worker(paths: list[Path]) -> list[tuple[Path, DocumentResult | None, str | None]]:
    return _process(_worker, paths)


def process_all(pipeline: Pipeline, paths: list[Path], jobs: int = 1
                ) -> Iterator[tuple[Path, DocumentResult | None, str | None]]:
    """(path, result, error) per file, in order, processed in batches (batches()); ``jobs``
    > 1 spreads the batches over this process and ``jobs`` - 1 processes forked once the
    pipeline is loaded (jieba's dictionary, the knowledge base, spaCy, the English parsing
    model, the patterns the warm-up compiles), so that no worker loads them again: the
    workers take the biggest batches first, this process the smallest first, as long as a
    worker has not taken them (_share), so that none is left with a long one at the end and
    no core waits on the one that hands out the work."""
    batches = _batches(paths, jobs)
    if jobs <= 1 or len(batches) < 2:
        for batch in batches:
            yield from _process(pipeline, batch)
        return
    global _worker
    pipeline.warmed  # noqa: B018  loaded and warmed up here, once, for every worker
    with paused_gc():
        english_parser()  # the English model too: checked and loaded once, not in each worker
    gc.freeze()
    _worker = pipeline  # forked workers inherit the loaded pipeline instead of building their own
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(min(jobs - 1, len(batches) - 1), mp_context=context, initializer=_init_worker,
                             initargs=(pipeline.data_dir, os.getpid())) as pool:
        biggest_first = sorted(range(len(batches)), key=lambda index: -batches[index].weight)
        futures = {index: pool.submit(_process_in_worker, list(batches[index])) for index in biggest_first}
        done = _share(pipeline, batches, futures, biggest_first[::-1])
        for index in range(len(batches)):
            yield from done.pop(index) if index in done else futures.pop(index).result()


def _share(pipeline: Pipeline, batches: list[_Batch], futures: dict, order: list[int]) -> dict[int, list]:
    """The results of the batches this process takes, in ``order``, while no worker has
    taken them (a batch a worker has not begun is called off there: Future.cancel)."""
    done = {}
    for index in order:
        if not futures[index].cancel():
            break  # a worker has it, and the bigger ones before it
        done[index] = _process(pipeline, batches[index])
    return done


class _Batch(list):
    """Paths processed together, with their bytes (``weight``)."""
    weight: int = 0


def _batches(paths: list[Path], jobs: int = 1) -> list[_Batch]:
    """The paths cut into batches of at most BATCH files in their order; with ``jobs`` > 1,
    a batch also ends where it would pass a share of the bytes (a quarter of a worker's),
    so that the batches are of similar sizes and a worker never waits on one big batch."""
    sizes = []
    for path in paths:
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)  # read_document says why it cannot be read
    share = max(sum(sizes) / (4 * jobs), MIN_SHARE) if jobs > 1 else float("inf")
    batches: list[_Batch] = []
    current = _Batch()
    for path, size in zip(paths, sizes):
        if current and (len(current) >= BATCH or current.weight + size > share):
            batches.append(current)
            current = _Batch()
        current.append(path)
        current.weight += size
    if current:
        batches.append(current)
    return batches


def build(paths: list[str | Path], min_confidence: float = 0.0, jobs: int = 1,
          cache_dir: str | Path | None = None, pipeline: Pipeline | None = None,
          on_document: Callable[[str, str | None], None] | None = None,
          cache: ResultCache | None = None, corrections: list[Correction] | None = None,
          analyst: str = "analyst") -> BuildReport:
    """Process every file under ``paths`` into one graph.  Unreadable files are skipped
    and reported; ``on_document(path, error_or_None)`` is called once per file.  Results
    of unchanged files come from ``cache``, or from a ResultCache on ``cache_dir``.
    ``corrections`` (kg.corrections) are applied to the resolved graph, in file order."""
    with paused_gc():
        report = _build(paths, min_confidence, jobs, cache_dir, pipeline, on_document, cache)
    if corrections is not None:
        report.corrections = apply_corrections(report.graph, corrections, analyst)
    return report


def _build(paths, min_confidence, jobs, cache_dir, pipeline, on_document, cache) -> BuildReport:
    pipeline = pipeline or Pipeline()
    skipped: list[str] = []
    files = []
    for path in paths:
        try:
            files += discover([path])
        except InputError as error:  # gone since it was listed (kg build --watch)
            skipped.append(str(error))
            if on_document:
                on_document(shown(path), str(error))
    if cache is None and cache_dir:
        cache = ResultCache(cache_dir, pipeline_version(pipeline.data_dir))
    results: dict[Path, DocumentResult] = {}
    todo: dict[Path, str | None] = {}  # path -> its cache key
    for path in files:
        key = cache.key(path) if cache else None
        cached = cache.get(key) if cache else None
        if cached is not None:
            results[path] = cached
            if on_document:
                on_document(shown(path), None)
        else:
            todo[path] = key
    for path, result, error in process_all(pipeline, list(todo), jobs):
        if result is not None:
            results[path] = result
            if cache:
                cache.put(todo[path], result)
        else:
            skipped.append(error)
        if on_document:
            on_document(shown(path), error)
    if cache:
        cache.forget_unused()
    ordered = [results[path] for path in files if path in results]
    graph = pipeline.graph(ordered, min_confidence)
    return BuildReport(graph, len(ordered), sum(len(r.items) for r in ordered), skipped,
                       cached=len(files) - len(todo))


def changes(paths: list[str | Path], interval: float = 1.0) -> Iterator[list[Path]]:
    """The files under ``paths`` at once, then again whenever one is added, removed or
    rewritten (looked for every ``interval`` seconds); a missing folder counts as empty."""
    last = None
    while True:
        state: dict[Path, tuple[int, int]] = {}
        try:
            for path in discover(paths):
                try:
                    status = path.stat()
                except FileNotFoundError:
                    continue  # gone while we looked: the next look sees it gone
                state[path] = (status.st_mtime_ns, status.st_size)
        except InputError:
            state = {}
        if state != last:
            last = state
            yield list(state)
        time.sleep(interval)
