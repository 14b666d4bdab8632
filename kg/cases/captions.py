"""A suit's caption and id: the case name the text gives the suit (A诉B案, A v. B: its sides name
the suit's parties), found among the graph's case names that may name both sides (_CaseIndex), else
one made from the parties (_caption); and the id hashed from its parts (_hash).

For example, a suit of 甲公司 against 乙公司 that one of its sentences calls 甲公司诉乙公司案 takes that
caption; one no case name names is captioned 甲公司 v. 乙公司.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from ..graph import KnowledgeGraph, fold
from ..model import Evidence
from .words import TRAILING_LATIN
from .case_names import _CaseName, _side_label
from .drafts import _Draft


class _Written:
    """Which of many names a sentence writes (``name in sentence`` for each), found in one walk
    of the sentence, the names in one character trie walked from each place, once per sentence:
    what every suit asks of its sentences, in time of the sentence, not of how many names the
    graph holds (nor of how many share an opening: Acme Inc v. Kalo LLC, Acme Inc v. Mire LLC…)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(names)
        self.trie: dict = {}  # character -> branch; None -> the numbers of the names ending there
        self.short: list[int] = []  # the names of fewer than three characters, looked for one by one
        for number, name in enumerate(self.names):
            if len(name) < 3:
                self.short.append(number)
                continue
            branch = self.trie
            for character in name:
                branch = branch.setdefault(character, {})
            branch.setdefault(None, []).append(number)
        self.found: dict[str, frozenset[int]] = {}

    def __call__(self, sentence: str) -> frozenset[int]:
        """The numbers of the names the sentence writes."""
        if sentence not in self.found:
            found = {number for number in self.short if self.names[number] in sentence}
            trie, length = self.trie, len(sentence)
            for at in range(length - 2):
                branch, end, here = trie.get(sentence[at]), at + 1, []
                while branch is not None:
                    if None in branch:
                        here += branch[None]
                    branch = branch.get(sentence[end]) if end < length else None
                    end += 1
                found.update(sorted(here))  # by number, as the names were tried: a set's order follows its insertions
            self.found[sentence] = frozenset(found)
        return self.found[sentence]


class _CaseIndex:
    """The case names of a graph by how each side's names, folded, open and end: a side of
    a case name names a party (_side_label) only where one of its names and one of the
    party's labels (two characters or more) are the same, or one opens or ends the other
    (three characters or more; a leading side's name may end with the label), so they
    share their first two characters or their last three (a plaintiff's: two).  _caption
    reads the few case names that may caption a suit, not every one for every suit."""

    ENDS = {"plaintiffs": 2, "defendants": 3}  # how many last characters a side's match shares at least

    def __init__(self, cases: list[_CaseName]) -> None:
        self.cases = cases
        self.ends: dict[tuple[str, str], set[int]] = defaultdict(set)  # (side, "^" opening or "$" end) -> cases
        self.keys: list[dict[str, set[str]]] = []  # of each case, its sides' openings and ends
        self.sideless = frozenset(number for number, case in enumerate(cases) if not (case.plaintiffs or case.defendants))
        self.written = _Written(case.name for case in cases)  # which case names a sentence holds
        for number, case in enumerate(cases):
            self.keys.append({"plaintiffs": set(), "defendants": set()})
            for side, parts in (("plaintiffs", case.plaintiffs), ("defendants", case.defendants)):
                trailing = [m.group() for part in parts if side == "plaintiffs"
                            for m in [TRAILING_LATIN.search(part)] if m and m.group() != part]
                for key in map(fold, (*parts, *trailing)):
                    if len(key) >= 2:
                        for end in self._ends(side, key):
                            self.ends[(side, end)].add(number)
                            self.keys[number][side].add(end)

    @classmethod
    def _ends(cls, side: str, name: str) -> tuple[str, str]:
        return "^" + name[:2], "$" + name[-cls.ENDS[side]:]

    def _draft_ends(self, graph: KnowledgeGraph, draft: _Draft) -> dict[str, set[str]]:
        """The openings and ends of the labels of the draft's parties, by side."""
        return {side: {end for node in nodes for folded in map(fold, graph.entity(node)["labels"]) if len(folded) >= 2
                       for end in self._ends(side, folded)}
                for side, nodes in (("plaintiffs", draft.plaintiffs), ("defendants", draft.defendants))}

    def may_name(self, graph: KnowledgeGraph, draft: _Draft, among: Iterable[int] | None = None,
                 ends: dict[str, set[str]] | None = None) -> list[int]:
        """The case names whose both sides may name the draft's parties, in their order (of
        ``among`` only, where given: those asked of, without reading every case name); ``ends``:
        the draft's (_draft_ends), where already read."""
        ends = self._draft_ends(graph, draft) if ends is None else ends
        if among is not None:
            return sorted(number for number in among
                          if all(self.keys[number][side] & ends[side] for side in ("plaintiffs", "defendants")))
        found = None
        for side in ("plaintiffs", "defendants"):
            numbers = set().union(*(self.ends.get((side, end), ()) for end in ends[side]))
            found = numbers if found is None else found & numbers
        return sorted(found)


def _caption(graph: KnowledgeGraph, draft: _Draft, index: _CaseIndex, evidence: list[Evidence]
             ) -> tuple[str | None, str]:
    """The case name the text gives the suit (A诉B案, A v. B: its sides name the suit's
    parties; a case number in one of its sentences), else one made from the parties.
    Among the case names that may name both sides (``index``, made once per table), those
    one of its sentences gives come first."""
    cases = index.cases
    named = frozenset().union(*(index.written(e.sentence) for e in evidence))  # the case names its sentences give

    def fitting(numbers: list[int]) -> tuple[str, str] | None:
        for number in numbers:
            case = cases[number]
            plaintiff = _side_label(graph, case.plaintiffs, draft.plaintiffs, leading=True)
            if plaintiff and _side_label(graph, case.defendants, draft.defendants, leading=False):
                start = case.name.lower().find(plaintiff.lower())
                return case.node, case.name[start:] if start > 0 else case.name  # 裁定Getty Images诉…: from the party on
        return None
    ends = index._draft_ends(graph, draft)  # (read once for both askings)
    found = fitting(index.may_name(graph, draft, named, ends)) or \
        fitting([number for number in index.may_name(graph, draft, ends=ends) if number not in named])  # (only where none given fits)
    if found:
        return found
    number = min(named & index.sideless, default=None)  # the first case number its sentences give
    if number is not None:
        return cases[number].node, cases[number].name
    sides = ["、".join(sorted(graph.entity(n)["label"] for n in side)) for side in (draft.plaintiffs, draft.defendants)]
    return None, " v. ".join(sides)


def _hash(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:12]
