"""Finding the graph's parties in a sentence: an entity's labels as words of their own (US not
in "its users"), a person named in Latin letters also by the surname (Mata's claim names Roberto
Mata), many entities at once in one walk of the sentence (NameFinder); and what one ``suits`` call
keeps of these readings (_reading, _read_once), so that a table asks each sentence and party once.

For example, ``NameFinder(graph, {"openai", "person-roberto-mata"})("Mata's claim against OpenAI")``
is ``{"openai", "person-roberto-mata"}``.
"""
from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Callable, Iterable

from ..graph import KnowledgeGraph
from ..later import later

_READING = threading.local()  # the graph suits() reads and what was read of its parties (_read_once)


def _read_once(reader: Callable) -> Callable:
    """``reader(graph, party)`` kept per party while ``suits`` reads one graph (which it does not
    change): the rows' steps ask the same party's names and keys again for each row and side;
    outside a ``suits`` call (or for another graph) read as before."""
    @functools.wraps(reader)
    def read(graph: KnowledgeGraph, party):
        reading = getattr(_READING, "kept", None)  # (_kept, inline: asked some 80,000 times a table)
        if reading is None or reading[0] is not graph:
            return reader(graph, party)
        kept, key = reading[1], (reader, party)
        try:
            return kept[key]
        except KeyError:
            kept[key] = found = reader(graph, party)
            return found
    return read


def _kept(graph: KnowledgeGraph) -> dict | None:
    """What the ``suits`` call reading ``graph`` keeps of its readings (_reading); None outside
    one (or while it reads another graph)."""
    kept = getattr(_READING, "kept", None)
    return kept[1] if kept is not None and kept[0] is graph else None


def _everyone(graph: KnowledgeGraph) -> NameFinder:
    """A NameFinder of every entity of the graph: one per ``suits`` call (_reading), else a new one."""
    kept = _kept(graph)
    if kept is None:
        return NameFinder(graph, (node for node, _ in graph.entities()))
    if "everyone" not in kept:
        kept["everyone"] = NameFinder(graph, (node for node, _ in graph.entities()))
    return kept["everyone"]


def _finder_of(graph: KnowledgeGraph, nodes: Iterable[str]) -> Callable[[str], set[str]]:
    """``NameFinder(graph, nodes)``; while ``suits`` reads the graph, the finder of every entity
    (_everyone: each sentence walked once, not once per row naming it) cut to ``nodes``: what a
    NameFinder finds of a node hangs on that node's own labels only, so the same sets."""
    if _kept(graph) is None:
        return NameFinder(graph, nodes)
    everyone, wanted = _everyone(graph), set(nodes)
    return lambda sentence: everyone(sentence) & wanted


def _reading(suits_of: Callable) -> Callable:
    """``suits_of(graph)`` with the graph's party readings kept for the call (_read_once)."""
    @functools.wraps(suits_of)
    def reading(graph: KnowledgeGraph):
        outer = getattr(_READING, "kept", None)
        _READING.kept = (graph, {})
        try:
            return suits_of(graph)
        finally:
            _READING.kept = outer
    return reading


def _labels_in(graph: KnowledgeGraph, node: str, lowered: str) -> list[re.Match]:
    """Where a sentence (lower-cased) names a node by any of its labels: each mention once, by
    its longest label (路透 inside 路透社, Reuters inside Reuters News: one mention, not two)."""
    return _labels_found(frozenset(graph.entity(node)["labels"]), lowered)


@functools.lru_cache(maxsize=1 << 16)
def _labels_found(labels: frozenset[str], lowered: str) -> "list[_Found]":
    """_labels_in's matches, found once for a node's labels and a sentence: the suits ask for
    them again and again, step after step (42,000 times on the demo corpus x16, 5,000 sentences).
    The list is shared: read, never changed."""
    found = [match for label in labels if (key := label.lower()) in lowered
             for match in _Found.every(key, lowered) if _whole(lowered, match.start(), match.end())]
    return _outermost(found)


def _whole(lowered: str, start: int, end: int) -> bool:
    """Whether a Latin label found stands as words of its own, not inside a longer word (US in
    "its users", AI in "said"); a Chinese one stands anywhere."""
    return not (start > 0 and _LATIN_WORD(lowered[start - 1]) and _LATIN_WORD(lowered[start])
                or end < len(lowered) and _LATIN_WORD(lowered[end]) and _LATIN_WORD(lowered[end - 1]))


def _LATIN_WORD(character: str) -> bool:  # a letter or digit of a Latin word
    return character.isascii() and character.isalnum()


class _Found:
    """Where a label stands in a sentence, as ``re.Match`` tells it (start, end, span, group),
    found by ``str.find``: what ``re.compile(re.escape(key)).finditer`` finds (each match after
    the one before, an empty label at every position) without compiling a pattern per label
    (a large graph's labels overflow re's cache of 512: 9,000 compiles, 14 % of the suits' CPU
    at 2,000 synthetic suits)."""
    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    @classmethod
    def every(cls, key: str, text: str) -> "list[_Found]":
        found, at, step = [], text.find(key), max(len(key), 1)
        while at >= 0:
            found.append(cls(text, at, at + len(key)))
            at = text.find(key, at + step) if at + step <= len(text) else -1
        return found

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self.string[self._start:self._end]


def _outermost(found: list[re.Match]) -> list[re.Match]:
    """The matches no longer match contains, in order of their start: one sweep, longest first
    at each start, a match kept where it reaches past every other span before it (the same span
    found twice, by two labels, is kept twice)."""
    kept, reach = [], -1
    for (_, end), same in itertools.groupby(sorted(found, key=lambda m: (m.start(), -m.end())), key=lambda m: m.span()):
        if end > reach:
            kept.extend(same)
        reach = max(reach, end)
    return kept


def _named(graph: KnowledgeGraph, sentence: str, nodes: Iterable[str]) -> set[str]:
    """The entities of ``nodes`` that a sentence names (any label, any case; a person
    named in Latin letters also by the surname, as a word: Mata's claim names Roberto Mata)."""
    lowered = sentence.lower()
    return {node for node in nodes if any(name.lower() in lowered for name in graph.entity(node)["labels"])
            or graph.entity(node)["type"] == "Person" and any(_surname_in(lowered, name) for name in graph.entity(node)["labels"])}


def _surname_in(lowered: str, name: str) -> bool:
    surname = _surname(name)
    return surname is not None and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", lowered) is not None


def _surname(name: str) -> str | None:
    """The last word of a name in Latin letters, in lower case, by which a sentence may name
    the person (Mata for Roberto Mata); None where the name gives none."""
    words = name.split()
    return words[-1].lower() if len(words) > 1 and name.isascii() and len(words[-1]) > 2 else None


_WORD_CHARACTER = later(r"[\w-]")


class NameFinder:
    """The entities of ``nodes`` that a sentence names, as _named tells, for many entities
    at once: every label (and a person's surname) in lower case in one character trie, walked
    from each position of the sentence, so that the cost grows with the sentence, not with
    the number of entities (_named over every party of every suit is quadratic in suits).

    >>> # NameFinder(graph, {"openai", "person-roberto-mata"})("Mata's claim against OpenAI")
    >>> # -> {"openai", "person-roberto-mata"}
    """
    LABEL, SURNAME = "\0label", "\0surname"  # keys no character is

    def __init__(self, graph: KnowledgeGraph, nodes: Iterable[str]) -> None:
        self.trie: dict = {}
        self.everywhere: set[str] = set()  # an empty label: in every sentence
        for node in nodes:
            data = graph.entity(node)
            for name in data["labels"]:
                self._add(name.lower(), self.LABEL, node)
                if data["type"] == "Person" and (surname := _surname(name)) is not None:
                    self._add(surname, self.SURNAME, node)
        self.found: dict[str, set[str]] = {}
        self._places: dict[str, list[tuple[int, int, set[str]]]] = {}  # lowered sentence -> written()'s answer

    def _add(self, text: str, kind: str, node: str) -> None:
        if not text:
            if kind == self.LABEL:
                self.everywhere.add(node)
            return
        branch = self.trie
        for character in text:
            branch = branch.setdefault(character, {})
        branch.setdefault(kind, set()).add(node)

    def __call__(self, sentence: str) -> set[str]:
        if sentence not in self.found:
            self.found[sentence] = self._walk(sentence.lower())
        return set(self.found[sentence])

    def written(self, lowered: str) -> list[tuple[int, int, set[str]]]:
        """(start, end, nodes) of each place a sentence in lower case writes a label (in lower
        case) of ``nodes``, wherever it stands (inside a word too, as _labels_in finds them);
        read once per sentence (the list is shared: read, never changed)."""
        if lowered not in self._places:
            self._walk(lowered)
        return self._places[lowered]

    def _walk(self, lowered: str) -> set[str]:
        """One walk of a sentence in lower case through the labels: the nodes it names (kept by
        the caller) and where it writes each label (kept here for ``written``: the suits ask both)."""
        found, places = set(self.everywhere), []
        for start in range(len(lowered)):
            branch = self.trie.get(lowered[start])
            end = start + 1
            while branch is not None:
                if self.LABEL in branch:
                    found |= branch[self.LABEL]
                    places.append((start, end, branch[self.LABEL]))
                if self.SURNAME in branch and self._word(lowered, start, end):
                    found |= branch[self.SURNAME]
                branch = branch.get(lowered[end]) if end < len(lowered) else None
                end += 1
        self._places[lowered] = places
        return found

    def labelled(self, lowered: str) -> set[str]:
        """The nodes one of whose labels, in lower case, is ``lowered`` (not empty)."""
        branch = self.trie
        for character in lowered:
            branch = branch.get(character)
            if branch is None:
                return set()
        return branch.get(self.LABEL, set())

    @staticmethod
    def _word(lowered: str, start: int, end: int) -> bool:
        """No word character or hyphen right before or after (_surname_in's lookarounds)."""
        return not (start and _WORD_CHARACTER.match(lowered, start - 1)) and \
            not (end < len(lowered) and _WORD_CHARACTER.match(lowered, end))


def _position(graph: KnowledgeGraph, sentence: str, nodes: Iterable[str]) -> int:
    """Where the first of some entities is named in a sentence (its length if nowhere)."""
    lowered = sentence.lower()
    found = [lowered.find(name.lower()) for node in nodes for name in graph.entity(node)["labels"]]
    return min((position for position in found if position >= 0), default=len(sentence))


def _party_label(graph: KnowledgeGraph, party: str) -> str:
    """A party's label: its entity's, else the text's words (李某, 北京某科技公司)."""
    return graph.entity(party)["label"] if party in graph.graph else party
