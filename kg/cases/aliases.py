"""One party under two names: a label and the same with a legal form (X Corporation: X; 魔珐公司:
魔珐), a person named in part (Bartz of Andrea Bartz, 卡雷鲁 of 约翰·卡雷鲁), one foreign name
transliterated twice (理查德·卡德里, 理查德·卡德雷); and the keys that find a party's longer or
shorter names across the table's rows (_longer_name_keys, _shorter_name_keys).

For example, rows naming "Acme Corporation" and "Acme" name one party (_named_as).
"""
from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict

from ..alternation import alternatives
from ..graph import KnowledgeGraph, all_names, fold
from ..later import later
from ..punctuation import NAME_DOTS
from ..resolve import family_name
from ..suit_records import Suit
from .words import _simplified, context_cues
from .names import _party_label, _read_once
from .folding import HOUSES


@_read_once
def _names_of(graph: KnowledgeGraph, party: str) -> set[str]:
    return {fold(name) for name in all_names(graph.entity(party))} if party in graph.graph else {fold(party)}


def _named_as(graph: KnowledgeGraph, party: str, other: str) -> bool:
    """Whether ``other``'s label is one of ``party``'s names, or ``party``'s is it and a legal
    form (X Corporation: X; 魔珐公司: 魔珐)."""
    short, long = _party_label(graph, other), _party_label(graph, party)
    if fold(short) in _names_of(graph, party):
        return True
    rest = long[len(short):] if len(short) >= 1 and long.startswith(short) else ""
    if bool(rest) and _forms_after().fullmatch(rest) is not None and (short.isascii() == (rest[:1] in ", ")):
        return True
    return _title_short(graph, party, other)


@_read_once
def _title_words(graph: KnowledgeGraph, party: str) -> set[tuple[str, ...]]:
    """The words of a company's names in Latin letters, lower-cased, without a leading "the"."""
    if party not in graph.graph or graph.entity(party)["type"] not in HOUSES:
        return set()
    return {tuple(words[1:] if words[:1] == ["the"] else words)
            for name in all_names(graph.entity(party)) if name.isascii() and (words := name.lower().split())}


def _title_short(graph: KnowledgeGraph, party: str, other: str) -> bool:
    """Whether ``other`` is a paper's name cut to its last word (the Times, told after The New York
    Times; the Post after The Washington Post), which a reading took for another paper of that
    name (The Times of London): one name of ``other`` in Latin letters is one word, the last of a
    name of ``party`` of three words at least. Asked of two rows of one document only (_one_party_two_names)."""
    short = {words for words in _title_words(graph, other) if len(words) == 1}
    return bool(short) and any(len(words) >= 3 and (words[-1],) in short for words in _title_words(graph, party))


@functools.cache
def _forms_after() -> re.Pattern:
    """One legal form or more after a name (X Corporation, Acme, Inc., 魔珐公司): context.tsv legal_form."""
    form = alternatives(context_cues("legal_form"))
    return re.compile(rf"(?:,?\s*(?:{form}))+")


@functools.cache
def _form_openings() -> frozenset[str]:
    """The characters a match of _forms_after can open with: a comma, or a legal form's first
    (white space aside), so that a label's other places are not tried (_longer_name_keys)."""
    return frozenset({","} | {form[0] for form in context_cues("legal_form")})


def _counterparts(graph: KnowledgeGraph, fewer: list[str], more: list[str]) -> dict[str, str] | None:
    """Each party of ``fewer`` -> the party of ``more`` it is (the same entity, or one of whose
    names is the other's label: X, X Corporation), where every one has one; else None."""
    found = {}
    for party in fewer:
        same = next((other for other in more if other == party), None) or \
            next((other for other in more if _named_as(graph, party, other) or _named_as(graph, other, party)), None)
        if same is None:
            return None
        found[party] = same
    return found


class _NamedAs:
    """The kept rows of _one_party_two_names by their parties, for each side, under keys such that
    ``_named_as(graph, party, other)`` holds only where a key of ``party``'s long ones is one of
    ``other``'s short ones: the keys of ``_longer_name_keys`` / ``_shorter_name_keys`` that
    ``_named_as`` alone shares (NAMED: one of its names and the other's label folded; its label
    less a run of legal forms ending it and the other's label, X Corporation: X; a last word of a
    paper's name of three words or more and the other's name of one word, the Times), not those
    of the same party or of a person's name in part (``_same_party``'s others).  A row whose party
    has such a key in common with another party on its side of an earlier row (the pairs of
    parties ``_counterparts`` may tell one) tries that row; rows sharing only one party under one
    name are one suit told twice by no party's other name, and are not tried.  The keys of each
    party are read once."""

    SIDES = ("plaintiffs", "defendants")
    NAMED = frozenset({"name", "prefix", "title"})

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        # (side, "long" or "short", key) -> party -> the kept rows (their places) naming it on that side
        self.rows: dict[tuple, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._keys: dict[str, tuple[set, set]] = {}

    def keys(self, party: str) -> tuple[set, set]:
        """(the keys of ``party`` as the one named longer, as the one named shorter: see the class)."""
        if party not in self._keys:
            self._keys[party] = tuple({key for key in keys if key[0] in self.NAMED} for keys in
                                      (_longer_name_keys(self.graph, party), _shorter_name_keys(self.graph, party)))
        return self._keys[party]

    def add(self, suit: Suit, place: int) -> None:
        for side in self.SIDES:
            for party in getattr(suit, side):
                long, short = self.keys(party)
                for role, keys in (("long", long), ("short", short)):
                    for key in keys:
                        self.rows[(side, role, key)][party].add(place)

    def related(self, suit: Suit) -> set[int]:
        """The kept rows with a party on one side that a party of ``suit`` on that side may be
        named as, or be named as it (``_named_as`` either way), not being it."""
        places: set[int] = set()
        for side in self.SIDES:
            for party in getattr(suit, side):
                long, short = self.keys(party)
                for role, keys in (("short", long), ("long", short)):
                    for key in keys:
                        for other, rows in self.rows.get((side, role, key), {}).items():
                            if other != party:
                                places |= rows
        return places


def _cut_name(graph: KnowledgeGraph, short: str, long: str) -> bool:
    """Whether a person ``short`` is ``long`` named in part: the first words of one of its
    names (Kirk Wallace of Kirk Wallace Johnson) or its last (Bartz of Andrea Bartz), whole
    words in Latin letters; or the family name of a transliterated name, whatever dot it is
    written with (卡雷鲁 of 约翰·卡雷鲁 or 约翰‧卡雷鲁: kg.resolve.family_name)."""
    if short not in graph.graph or long not in graph.graph or short == long \
            or not graph.entity(short)["type"] == graph.entity(long)["type"] == "Person":
        return False
    label = graph.entity(short)["label"]
    for name in all_names(graph.entity(long)):
        if label.isascii() and name.isascii() and " " in name:
            words, cut = name.lower().split(), label.lower().split()
            if len(cut) < len(words) and cut in (words[:len(cut)], words[-len(cut):]):
                return True
        elif not label.isascii() and label == family_name(name):
            return True
    return False


def _same_party(graph: KnowledgeGraph, short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` under a shorter name: the same entity, one of its names
    (or it with a legal form: X, X Corporation), or a person's name in part (``_cut_name``)."""
    return short == long or _named_as(graph, long, short) or _cut_name(graph, short, long)


def _one_transliteration(graph: KnowledgeGraph, parties: list[str]) -> list[str]:
    """A side without a person it names twice under two transliterations of one foreign name
    (理查德·卡德里 and 理查德·卡德雷, 塔-奈希西·科茨 and 塔-內希西·科茨, read from two outlets): of
    two such people the one with a name in Latin letters (else the first) stays
    (``_transliterations``)."""
    people = [party for party in parties if party in graph.graph and graph.entity(party)["type"] == "Person"]
    if len(people) < 2:
        return parties
    dropped = set()
    for one, other in itertools.combinations(people, 2):
        if one in dropped or other in dropped or not _transliterations(graph, one, other):
            continue
        latin = [party for party in (one, other) if any(name.isascii() for name in all_names(graph.entity(party)))]
        dropped.add(other if latin[:1] != [other] else one)
    return [party for party in parties if party not in dropped]


_NAME_DOT = later(rf"[{NAME_DOTS}]")


def _transliterations(graph: KnowledgeGraph, one: str, other: str) -> bool:
    """Whether two people are one foreign name transliterated twice: labels in Chinese characters
    of as many parts between name dots (理查德·卡德里, 理查德·卡德雷), of the same lengths, one
    part the same and one other differing by one character only, in a part of three characters
    or more (not 约翰·史密 and 约翰·史蒂: a short part is a name of its own); never two people with
    different names in Latin letters (Richard Kadrey and Richard Cadre)."""
    def parts(node: str) -> list[str]:
        return _NAME_DOT.split(_simplified(graph.entity(node)["label"]))
    first, second = parts(one), parts(other)
    if len(first) < 2 or len(first) != len(second) or any(a.isascii() or len(a) != len(b) for a, b in zip(first, second)):
        return False
    differing = [(a, b) for a, b in zip(first, second) if a != b]
    if len(differing) != 1 or len(differing[0][0]) < 3 \
            or sum(x != y for x, y in zip(*differing[0])) != 1:
        return False
    latin = [{fold(name) for name in all_names(graph.entity(node)) if name.isascii()} for node in (one, other)]
    return not (latin[0] and latin[1] and not latin[0] & latin[1])


def _longer_names_index(graph: KnowledgeGraph, records: list[Suit]) -> dict[str, dict[tuple, set[int]]]:
    """For each side, each key a shorter name of a party may have (``_longer_name_keys``) -> the
    rows (their places in ``records``) naming such a party on that side: the rows a row told in
    part may be (``_told_in_part``), found without testing every pair."""
    index = {"plaintiffs": {}, "defendants": {}}
    for row, suit in enumerate(records):
        for side, keys in index.items():
            for party in getattr(suit, side):
                for key in _longer_name_keys(graph, party):
                    keys.setdefault(key, set()).add(row)
    return index


@_read_once
def _longer_name_keys(graph: KnowledgeGraph, long: str) -> set[tuple]:
    """The keys under which ``long`` is found by any ``short`` that ``_same_party`` holds is it
    (a superset: each pair found is tested again): itself, each of its names, its label less legal
    forms (X of X Corporation: ``_named_as``), the last word of a paper's name of three words or
    more (the Times of The New York Times: ``_title_short``), a person's first or last words of a
    Latin name and the family name of any (``_cut_name``)."""
    keys = {("party", long)} | {("name", name) for name in _names_of(graph, long)}
    label = _party_label(graph, long)
    opens = _form_openings()  # (a cut no legal form, comma or space opens is no run of legal forms)
    keys |= {("prefix", label[:cut]) for cut in range(1, len(label))
             if (label[cut] in opens or label[cut].isspace()) and _forms_after().fullmatch(label[cut:])}
    keys |= {("title", words[-1]) for words in _title_words(graph, long) if len(words) >= 3}
    if long in graph.graph and graph.entity(long)["type"] == "Person":
        for name in all_names(graph.entity(long)):
            words = name.lower().split()
            if name.isascii() and " " in name:
                keys |= {("cut", tuple(part)) for size in range(len(words)) for part in (words[:size], words[len(words) - size:])}
            keys.add(("family", family_name(name)))
    return keys


@_read_once
def _shorter_name_keys(graph: KnowledgeGraph, short: str) -> set[tuple]:
    """The keys ``short`` looks a longer party up by (``_longer_name_keys``)."""
    label = _party_label(graph, short)
    keys = {("party", short), ("name", fold(label)), ("prefix", label)}
    keys |= {("title", words[0]) for words in _title_words(graph, short) if len(words) == 1}
    return keys | {("cut", tuple(label.lower().split())) if label.isascii() else ("family", label)}
