"""A case's name read as its two sides (纽约时报诉微软和OpenAI案, Getty Images v. Stability AI),
and the case names of the graph's Case entities (_case_names).

>>> case_sides("纽约时报诉微软和OpenAI案")
(('纽约时报',), ('微软', 'OpenAI'))
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from ..graph import KnowledgeGraph, fold
from ..later import later
from ..punctuation import PARTY_SEPARATOR
from .words import CASE_PARTIES, TRAILING_LATIN, context_cues, context_words
from .names import _kept


@dataclass(frozen=True)
class _CaseName:
    """A name of a Case entity and the sides it names (A诉B案, A v. B), as written."""
    node: str
    name: str
    plaintiffs: tuple[str, ...]
    defendants: tuple[str, ...]


@functools.lru_cache(maxsize=1 << 14)  # (a name's sides, asked by five families of each case name: read once)
def case_sides(name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The plaintiffs and the defendants a case's name lists, each side split at 、和与及
    and commas, None for a name of no sides (a case number).

    >>> case_sides("纽约时报诉微软和OpenAI案")
    (('纽约时报',), ('微软', 'OpenAI'))
    >>> case_sides("甲公司诉乙公司著作权侵权纠纷一案")  # the dispute a court's case name ends with is no party
    (('甲公司',), ('乙公司',))
    """
    match = CASE_PARTIES.match(name)
    if match is None:
        return None
    plaintiffs, defendants = (_with_legal_forms(part.strip().removesuffix("等公司").removesuffix("等").strip()
                                                for part in PARTY_SEPARATOR.split(match.group(group)) if part.strip())
                              for group in ("plaintiffs", "defendants"))
    if defendants:  # A诉B著作权侵权纠纷一案, A诉B不正当竞争案: the dispute is no party
        last = defendants[-1]
        dispute = context_words("dispute_word").search(last)
        if dispute is not None and dispute.start() >= 2 and (
                last.endswith("纠纷") or _DISPUTE_ONLY.fullmatch(last, dispute.start())):
            defendants = (*defendants[:-1], last[:dispute.start()])
    return plaintiffs, defendants


def _with_legal_forms(parts: Iterable[str]) -> tuple[str, ...]:
    """A side's parts with a legal form split off at its comma joined back to the name it
    closes: Taylor v. Vexor Technologies, Inc. has one defendant, Vexor Technologies, Inc."""
    joined: list[str] = []
    for part in parts:
        if joined and part in _LEGAL_FORMS:
            joined[-1] += ", " + part
        else:
            joined.append(part)
    return tuple(joined)


_LEGAL_FORMS = frozenset(word for word in context_cues("legal_form") if word.isascii())


# a case name's end made of dispute words only (不正当竞争, 著作权侵权): its cause, no party
_DISPUTE_ONLY = later(rf"(?:{context_words('dispute_word').pattern})+")


def _case_names(graph: KnowledgeGraph) -> list[_CaseName]:
    """Every name of every Case, its main label first, with its sides (case_sides); read once per
    ``suits`` call (_reading: its steps ask it three times; the list is shared, read, never changed)."""
    kept = _kept(graph)
    if kept is not None:
        if "case names" not in kept:
            kept["case names"] = _read_case_names(graph)
        return kept["case names"]
    return _read_case_names(graph)


def _read_case_names(graph: KnowledgeGraph) -> list[_CaseName]:
    found = []
    for node, data in graph.entities("Case"):
        for name in sorted(data["labels"], key=lambda label: (label != data["label"], label)):
            found.append(_CaseName(node, name, *(case_sides(name) or ((), ()))))
    return found


def _side_label(graph: KnowledgeGraph, parts: tuple[str, ...], nodes: set[str], leading: bool) -> str | None:
    """Where a side of a case name names one of ``nodes``, as written: the whole label, a
    surname (Andersen for Sarah Andersen), a short form (Ross for ROSS Intelligence), or
    the label after words the name began with (英国高等法院裁定Getty Images诉…); None if none."""
    trailing = [m.group() for part in parts if leading for m in [TRAILING_LATIN.search(part)] if m and m.group() != part]
    for part in (*parts, *trailing):  # 法院裁定Andersen: Andersen too
        key = fold(part)
        for node in nodes:
            for label in sorted(graph.entity(node)["labels"], key=len, reverse=True):
                folded = fold(label)
                if len(folded) < 2:
                    continue
                if key == folded or (len(key) >= 3 and (folded.endswith(key) or folded.startswith(key))):
                    return part
                if leading and key.endswith(folded):
                    return label
    return None
