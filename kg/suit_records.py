"""The litigation table's records and what reads them back: a suit (``Suit``) and its
events (``Event``), the order kg.cases gives their parts, the claims and statuses its
lexicons name, and a suit's caption in the reader's language; kg.cases makes the suits
from a graph's facts, kg.rdf writes and reads them, kg.query prints them.

Kept apart from kg.cases (four thousand lines of rules and their patterns) so that what
only reads a suit table (`kg query cases`, `sued`, `waves`, graph.ttl's stated suits)
loads none of those rules.

>>> told_caption(["纽约时报"], ["微软", "OpenAI"])
'纽约时报诉微软、OpenAI'
>>> claim_names()[:1]
['copyright']
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .kb import DATA_DIR, tsv_rows
from .model import Evidence
from .names import label_language, labels_by_language

LEXICON = DATA_DIR / "lexicon"


@dataclass(frozen=True)
class Event:
    """Something that happened to a suit after its filing: kind (ruling, dismissal,
    appeal, injunction, settlement, verdict, withdrawal, hearing, motion), date, sentence."""
    kind: str
    date: str | None
    evidence: Evidence


@dataclass
class Suit:
    """One lawsuit: parties and court are entity ids; every part has its evidence."""
    id: str
    caption: str
    plaintiffs: list[str]
    defendants: list[str]
    court: str | None
    court_stated: bool
    court_reason: str
    filed: str | None
    events: list[Event]
    claims: list[str]
    status: str
    case: str | None = None  # the Case entity that names it, where the text names one
    evidence: list[Evidence] = field(default_factory=list)
    court_evidence: list[Evidence] = field(default_factory=list)

    @property
    def parties(self) -> set[str]:
        return set(self.plaintiffs) | set(self.defendants)


#: The reason of a court a sentence about the suit names (the others are inferred).
STATED_COURT_REASON = "named in a sentence about the suit"


def told_caption(plaintiffs: list[str], defendants: list[str]) -> str:
    """A suit's caption from its sides' names in order: A and B v. C where every plaintiff is
    written in Latin letters, A、B诉C otherwise, C案 where no prosecutor or plaintiff is named."""
    if not plaintiffs:
        return "、".join(defendants) + "案"
    latin = all(name.isascii() for name in plaintiffs)  # the parents of a boy v. X
    return (" v. " if latin else "诉").join((" and " if latin else "、").join(side) for side in (plaintiffs, defendants))


def event_order(event: Event) -> tuple:
    """A suit's events in the table's order: by date, then their sentences' date, document and place."""
    return event.date or "", event.evidence.date or "", event.evidence.document, event.evidence.start


def oldest_first(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Sentences once each, in the table's order: by date, document, news item and place
    (then by every other field, so that two sentences at one place keep one order whatever
    the order of the set: the hash seed's)."""
    return sorted(set(evidence), key=lambda e: (e.date or "", e.document, e.item, e.start, e.end, e.sentence,
                                                e.source, e.link))


def claim_names(path: Path = LEXICON / "claims.tsv") -> list[str]:
    """The claims of the lexicon in its order (claim_patterns' order, no pattern compiled:
    what --claim offers and the table sorts a suit's claims by)."""
    return [row["claim"] for row in tsv_rows(path)]


def event_statuses(path: Path = LEXICON / "events.tsv") -> set[str]:
    """The statuses an event may give a suit (event_lexicon's, no pattern compiled)."""
    return {row["status"] for row in tsv_rows(path)}


def caption_in(suit: Suit, lang: str, nodes) -> str:
    """A suit's caption in the reader's language: as the text wrote it, or in English
    ("en") where it holds Chinese, "A v. B" of its first plaintiff's and first defendant's
    English names ("et al." for more: Kadrey诉Meta案, Kadrey v. Meta), where both have
    one.  ``nodes``: node id -> node data (a graph's nodes, or a view's names)."""
    if lang != "en" or label_language(suit.caption) == "en":
        return suit.caption

    def side(parties: list[str]) -> str | None:
        first = labels_by_language(nodes[parties[0]]).get("en") if parties and parties[0] in nodes else None
        return first + (" et al." if len(parties) > 1 else "") if first else None
    plaintiffs, defendants = side(suit.plaintiffs), side(suit.defendants)
    return f"{plaintiffs} v. {defendants}" if plaintiffs and defendants else suit.caption
