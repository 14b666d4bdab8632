"""Parts of a graph.ttl read without parsing the whole file.

kg.rdf writes graph.ttl with pyoxigraph's Turtle serializer: the prefixes, then its
statements, each opening with its subject on an unindented line and going on on indented
ones, no string over more than one line.  ``Blocks`` finds the statements of each subject
by that layout (one pass of a regular expression over the bytes, no term made) and parses
only those of the subjects asked for (pyoxigraph), so that `kg query cases` on graph.ttl
alone reads its suits and what they name and cite (a quarter of the triples of the
synthetic graph of bench/query_bench.py), not every triple.

Turtle laid out otherwise (a string over several lines, a prefix declared after the first
statement, a line opening with a term glued to the next, a statement that opens on an
indented line, runs past its lines or holds a triple about another subject) raises
``Foreign``; the caller then parses the whole file.  Nothing in it runs code: the file is
read as bytes and its parts parsed as Turtle.
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph

from .alternation import alternation

# An unindented line: a statement's first, its subject the first term (an IRI or prefixed name);
# found after the line break before it (4x faster than a search for ^ in MULTILINE mode).
_STATEMENT = re.compile(rb"\n([^ \t\r\n]+)")
_TERM = re.compile(rb"[^ \t\r\n]+")
_PREFIX = re.compile(rb"@prefix ([A-Za-z][\w.-]*)?: <([^<>\"{}|^`\\\x00-\x20]*)> \.")
# What a file laid out otherwise holds (each search opening with a literal, skipping ahead
# between its matches): a prefix or base after the first statement, an unindented line
# whose first term is no IRI or prefixed name standing alone (an escape in an IRI, a term
# glued to the next), a statement beginning on an indented line.
_LATER = re.compile(rb"\n(?:@prefix|@base|(?i:prefix|base)[ \t]|<[^>\s]*(?:\\|>\S)|[^\s<#][^\s]*?[<>\"'(){}\[\],;])")
# The same of the statements' first terms, one a line (read after the split that finds them).
_LATER_SUBJECT = re.compile(rb"\n(?:@prefix|@base|(?i:prefix|base)(?![^\n])|<[^>\s]*(?:\\|>\S)|[^\s<#][^\s]*?[<>\"'(){}\[\],;])")
_PLAIN = b"\n:_-./\\" + bytes(range(48, 58)) + bytes(range(65, 91)) + bytes(range(97, 123))
_DECLARING = {"".join(cased).encode() for word in ("prefix", "base")  # each casing of the two words
              for cased in itertools.product(*((letter, letter.upper()) for letter in word))}
_INDENTED = re.compile(rb"\.[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]+[^\s#]")
# The subject of the line that follows each statement fetch parses (no graph.ttl holds it),
# written with a prefix of its own (Blocks.end: a third of the bytes and of the time to parse).
_END_IRI = "urn:x-kg-turtle-blocks:end"
_NAME_CHARACTER = re.compile(rb"[\w.:%\\-]")


# A string over several lines opening or closing (a search in `re`: twice as fast as ``in`` here)
_LONG_STRING = (re.compile(rb'"""'), re.compile(rb"'''"))
_PREFIXED_NAME = re.compile(rb"(?:[A-Za-z][\w.-]*)?:[\w\\/.%-]*")


class Foreign(ValueError):
    """A graph.ttl not laid out as kg.rdf writes it: parse it whole."""


class Blocks:
    """graph.ttl's statements by subject, each parsed when asked for.

    ``get(iri, default)`` and ``[iri]`` give a subject's objects by predicate (in file
    order, as kg.rdf._subjects gives them), ``fetch(iris)`` parses the statements of many
    subjects at once, ``mentioning(iri)`` names the subjects whose statements may hold a
    term, in file order."""

    def __init__(self, path: str | Path | bytes) -> None:
        """``path``: graph.ttl, or its bytes."""
        self.data = data = path if isinstance(path, bytes) else Path(path).read_bytes()
        if _LONG_STRING[0].search(data) or _LONG_STRING[1].search(data):
            raise Foreign("a string over several lines")
        self.header, self.namespaces = self._prefixes(data)
        if not self.header and _TERM.match(data):
            data = self.data = b"\n" + data  # (a file without prefixes opening with a statement)
        # one split in C: [the first line, subject 2, its statement's rest, subject 3, ...], the
        # prefix lines after the first (each a line of its own) left out
        parts = _STATEMENT.split(data)
        prefixes = max(self.header.count(b"\n") - 1, 0)
        subjects = parts[1 + 2 * prefixes::2]
        # where each statement begins: after its line break, the statements before it and their breaks
        lengths = map(operator.add, map(len, parts[1::2]), map(len, parts[2::2]))
        starts = map(operator.add, itertools.accumulate(lengths, initial=len(parts[0]) + 1), itertools.count())
        self.starts: list[int] = list(starts)[prefixes:prefixes + len(subjects)]
        # a subject as written (escapes removed): its statement's number, or numbers where it has several
        joined = b"\n".join(subjects).replace(b"\\", b"")
        keys = joined.split(b"\n") if subjects else []
        # whether a statement opens with an IRI written whole (<...>): else none is looked up so
        self.bracketed = joined.startswith(b"<") or b"\n<" in joined
        # whether a namespace declared begins another (an IRI of both then has two prefixed forms)
        self.declared = set(self.namespaces.values())
        self.nested = any(one != other and other.startswith(one) for one in self.namespaces for other in self.namespaces)
        # where an IRI has one written form (no statement opens with <...>, no namespace begins
        # another): the namespace it begins with, found in one step (statements_about)
        self.single = None if self.bracketed or self.nested or not self.namespaces else \
            alternation(self.namespaces)
        self.spans: dict[bytes, int | list[int]] = dict(zip(keys, range(len(keys))))
        if len(self.spans) < len(keys):  # a subject of several statements (an entity and its facts)
            # each statement that is not its subject's last (the dict kept the last number): in C, no count
            several: dict[bytes, list[int]] = {}
            for number in itertools.compress(itertools.count(), map(operator.ne, map(self.spans.__getitem__, keys),
                                                                     itertools.count())):
                several.setdefault(keys[number], []).append(number)
            for key, numbers in several.items():
                numbers.append(self.spans[key])
            self.spans.update(several)
        if self.header:
            self._refuse_later(subjects)
        # the prefixes for fetch, with one of a name the file does not declare for the line
        # that follows each statement: ``e: e: e: .`` (not the IRI three times, 3x as long)
        end = b"e"
        while end + b":" in self.namespaces.values():
            end += b"e"
        self.head = self.header + b"@prefix " + end + b": <" + _END_IRI.encode() + b"> .\n"
        self.end = b"\n" + b" ".join([end + b":"] * 3) + b" .\n"
        self.parsed: dict[str, dict[str, list] | None] = {}  # None: no statement about it

    def _refuse_later(self, subjects: list[bytes]) -> None:
        """Foreign where a statement's first term is a prefix or base declaration or no IRI
        or prefixed name standing alone (_LATER); looked for only where a term holds a
        character other than those of the prefixed names kg.rdf writes, or is a bare word."""
        joined = b"\n" + b"\n".join(subjects)
        if joined.translate(None, _PLAIN) or any(word in self.spans for word in _DECLARING):
            if _LATER_SUBJECT.search(joined):
                raise Foreign("a prefix after the first statement, or a line opening with a term of another form")

    @staticmethod
    def _prefixes(data: bytes) -> tuple[bytes, dict[str, bytes]]:
        """The prefix lines that open the file, and each prefix's namespace."""
        namespaces, end = {}, 0
        while data.startswith(b"@prefix", end):
            line_end = data.find(b"\n", end) + 1 or len(data)
            found = _PREFIX.fullmatch(data, end, line_end - 1)
            if found is None:
                raise Foreign("a prefix line of another form")
            namespaces[found.group(2).decode("utf-8")] = (found.group(1) or b"") + b":"
            end = line_end
        later = None if end else _LATER.match(b"\n" + data[:200])  # the first line (later ones: __init__)
        if later or _INDENTED.search(data, end):
            raise Foreign("a prefix after the first statement, a line opening with a term of another form, "
                          "or a statement beginning on an indented line")
        return data[:end], namespaces

    def _keys(self, iri: str, bracketed: bool = True) -> list[bytes]:
        """The ways a subject IRI may be written (backslash escapes removed; ``bracketed``:
        whole, <...>, too)."""
        keys = [b"<" + iri.encode("utf-8") + b">"] if bracketed else []
        for namespace, prefix in self.namespaces.items():
            if iri.startswith(namespace):
                keys.append(prefix + iri[len(namespace):].encode("utf-8"))
        return keys

    def forms(self, iri: str) -> list[bytes]:
        """The ways ``iri`` (one whose local part needs no escape) may be written as a term."""
        return self._keys(iri)

    def only_statement(self, iri: str | bytes) -> bytes | None:
        """The one statement about ``iri`` (or a term as written: b"kgid:item\\/1") as
        written (with its line break), or None where there are none or several."""
        if type(iri) is bytes:
            if self.bracketed or self.nested or not _PREFIXED_NAME.fullmatch(iri) \
                    or iri[:iri.index(b":") + 1] not in self.declared:
                iri = self.iri(iri)  # (its other written forms looked for too)
            else:  # a prefixed name, the only form of its IRI: no other opens a statement
                number = self.spans.get(iri.replace(b"\\", b""))
                return self.data[self.starts[number]:self._end(number)] if type(number) is int else None
        numbers = self.statements_about(iri)
        return self.data[self.starts[numbers[0]]:self._end(numbers[0])] if len(numbers) == 1 else None

    def statements_about(self, iri: str) -> list[int]:
        """The numbers of the statements whose subject is ``iri`` (in any of its written forms), in file order."""
        if self.single is not None:  # its one written form: no statement opens with <...>, no namespace in another
            found = self.single.match(iri)
            found = found and self.spans.get(self.namespaces[found.group()] + iri[found.end():].encode("utf-8"))
            return [found] if type(found) is int else list(found or ())
        numbers: list[int] = []
        for key in self._keys(iri, self.bracketed):
            found = self.spans.get(key)
            if type(found) is int:
                numbers.append(found)
            elif found:
                numbers += found
        if len(numbers) > 1:
            numbers.sort()
        return numbers

    def fetch(self, iris: Iterable[str], first: bool = False) -> None:
        """Parse the statements of these subjects (those not parsed yet), in one pass: each
        statement followed by a line of its own (Blocks.end), so that a triple about another
        subject than the line that opens its statement is told, and a statement that does
        not end before the next unindented line is a syntax error.  With ``first``, only
        the first statement of each (kg.rdf writes an entity's own triples, its type and
        names, as one statement before any other: its facts follow, one statement each)."""
        wanted = {iri: self.statements_about(iri) for iri in iris if iri not in self.parsed}
        if first:
            wanted = {iri: numbers[:1] for iri, numbers in wanted.items()}
        order = sorted((number, iri) for iri, numbers in wanted.items() for number in numbers)
        for iri, found in wanted.items():
            self.parsed[iri] = {} if found else None
        if not order:
            return
        end = self.end
        text = self.head + b"".join(self.data[self.starts[number]:self._end(number)] + end for number, _ in order)
        subjects = iter(iri for _, iri in order)
        subject = next(subjects)
        properties = self.parsed[subject]
        try:
            for triple in pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.TURTLE):
                found = triple.subject.value  # (a blank node's is no IRI: never the subject's)
                if found == subject:
                    properties.setdefault(triple.predicate.value, []).append(triple.object)
                elif found == _END_IRI:
                    subject = next(subjects, None)
                    properties = self.parsed.get(subject)
                else:
                    raise Foreign(f"a statement about {found[:80]!r} where one about {subject!r:.80} begins")
        except SyntaxError as error:
            raise Foreign(f"a statement that does not end before the next unindented line ({error})") from None

    def statements(self) -> list[bytes]:
        """Each statement as written (its lines up to the next statement's), in file order."""
        data, starts = self.data, self.starts
        return [data[start:end] for start, end in zip(starts, [*starts[1:], len(data)])]

    def parse(self, statements: Iterable[bytes]) -> Iterator[pyoxigraph.Triple]:
        """The triples of these statements (of this file, or of one written with the same
        prefixes), each parsed as fetch parses them: one that does not end before its next
        statement would (a statement cut by the layout this reading assumes) is Foreign."""
        text = self.head + b"".join(statement + self.end for statement in statements)
        try:
            for triple in pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.TURTLE):
                if triple.subject.value != _END_IRI:
                    yield triple
        except SyntaxError as error:
            raise Foreign(f"a statement that does not end before the next unindented line ({error})") from None

    def _end(self, number: int) -> int:
        return self.starts[number + 1] if number + 1 < len(self.starts) else len(self.data)

    def get(self, iri: str, default=None):
        if iri not in self.parsed:
            self.fetch([iri])
        found = self.parsed[iri]
        return default if found is None else found

    def __getitem__(self, iri: str) -> dict[str, list]:
        found = self.get(iri)
        if found is None:
            raise KeyError(iri)
        return found

    def mentioning(self, iri: str) -> list[str]:
        """The subjects (IRIs) of the statements that hold ``iri`` (one that needs no
        escape) written as a term, or inside a string (the caller reads their statements,
        parsed now, to tell), in the order of their first statement."""
        numbers = set()
        data = self.data
        for key in self._keys(iri):
            start = data.find(key, len(self.header))
            while start >= 0:
                end = start + len(key)
                if data[end:end + 1] in b" \t\r\n;,." and not _NAME_CHARACTER.match(data, start - 1):
                    numbers.add(bisect.bisect_right(self.starts, start) - 1)
                start = data.find(key, end)  # (past the match, as a search for the next one goes on)
        numbers.discard(-1)
        iris = {self._iri(self._subject_token(number)): None for number in sorted(numbers)}
        self.fetch(iris)
        return sorted(iris, key=lambda iri: self.statements_about(iri)[0])

    def _subject_token(self, number: int) -> bytes:
        start = self.starts[number]
        return _TERM.match(self.data, start).group()

    def iri(self, token: bytes) -> str:
        """The IRI a subject or object term as written names (Foreign where its prefix is not declared)."""
        return self._iri(token)

    def _iri(self, token: bytes) -> str:
        if token.startswith(b"<") and token.endswith(b">") and b"\\" not in token:
            return token[1:-1].decode("utf-8")
        prefix, colon, local = token.partition(b":")
        for namespace, declared in self.namespaces.items():
            if declared == prefix + colon:
                return namespace + local.replace(b"\\", b"").decode("utf-8")
        raise Foreign(f"a subject {token[:80]!r} of no declared prefix")
