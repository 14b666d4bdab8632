"""The plain records that pass between pipeline stages.

ingest -> Document, segment -> Item, nlp/extract -> Mention and Fact with Evidence,
resolve -> Entity.  Nothing here knows about spaCy, networkx or RDF.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

ENTITY_TYPES = (
    "Regulator", "Legislature", "Court", "Law", "Company",
    "Organization", "AIModel", "Person", "Jurisdiction", "Case",
)
RELATIONS = (
    "issued", "proposed", "repealed", "sued", "adjudicated", "settled",
    "partnered", "banned", "fined", "investigated", "accused", "released",
    "investedIn", "acquired", "partOf", "jurisdiction",
)
SYMMETRIC_RELATIONS = frozenset({"settled", "partnered"})
AGENTS = {"Regulator", "Legislature", "Court", "Company", "Organization", "Person", "Jurisdiction"}
BODIES = {"Regulator", "Legislature", "Court", "Company", "Organization"}
# relation -> (head types, tail types), from SCHEMA.md
SIGNATURES: dict[str, tuple[set[str], set[str]]] = {
    "issued": (AGENTS, {"Law"}),
    "proposed": (AGENTS, {"Law"}),
    "repealed": (AGENTS, {"Law"}),
    "sued": (AGENTS - {"Court"}, AGENTS - {"Court"}),  # the court where a suit is filed is no party
    "adjudicated": ({"Court"}, AGENTS - {"Court", "Jurisdiction"}),
    "settled": (AGENTS, AGENTS),
    "partnered": (AGENTS, AGENTS),
    "banned": (AGENTS, AGENTS - {"Court"} | {"AIModel"}),
    "fined": (AGENTS - {"Jurisdiction"}, AGENTS - {"Court", "Jurisdiction"} | {"AIModel"}),
    "investigated": (AGENTS - {"Jurisdiction"}, AGENTS - {"Court", "Jurisdiction"} | {"AIModel"}),
    "accused": (AGENTS - {"Court"}, AGENTS - {"Court", "Jurisdiction"} | {"AIModel"}),
    "released": (BODIES | {"Person"}, {"AIModel"}),
    "investedIn": (AGENTS, {"Company", "Organization", "AIModel"}),
    "acquired": (BODIES | {"Person"}, {"Company", "Organization", "AIModel"}),  # 马斯克收购推特
    "partOf": (BODIES, BODIES),
    "jurisdiction": (BODIES | {"Law"}, {"Jurisdiction"}),
}
# heads a relation's signature lets the families read but the graph does not take (kg.resolve.admits): a
# court or a legislature that rules on or regulates a model makes none (the real dev gold: 329 released
# heads, a Company or a Person; a government agency does build one: Taiwan's TAIDE, the FDA's Elsa); a
# firm's demand on another (a cease-and-desist letter) is an accusation and a court's inquiry its ruling
# (134 investigated heads, a Regulator, a Person or a state acting itself).  Left in the signatures, a cue
# still stops at the name nearest its word and reads no actor further off.
UNFIT_HEADS: dict[str, frozenset[str]] = {
    "released": frozenset({"Legislature", "Court"}),
    "investigated": frozenset({"Company", "Organization", "Court"}),
}
# a head the graph admits beyond its relation's signature, which only a family reading it under
# conditions of its own gives: a state or bloc fining or looking into a target itself where no body
# of it is named (欧盟宣布对X罚款: kg.facts.cue.Cues.actor_types)
STATE_ACTED = {"fined": "Jurisdiction", "investigated": "Jurisdiction"}
GOVERNING_BODIES = frozenset({"Regulator", "Legislature"})  # the bodies that issue a state's rules and have heads in office


# modules of kg.facts whose rules are each a family of their own (kg evaluate --by-rule scores
# litigation/hearing and litigation/referred apart)
FAMILIES_BY_RULE = frozenset({"litigation"})


def family(name: str) -> str:
    """The module a mechanism or a rule comes from: the part before "/" (cue/litigation: cue)."""
    return name.partition("/")[0]


def scored_family(name: str) -> str:
    """The rule family ``kg evaluate --by-rule`` scores a mechanism or rule under: its module
    (``family``), or ``module/rule`` in a module of FAMILIES_BY_RULE (litigation/hearing)."""
    module, _, rest = name.partition("/")
    return f"{module}/{rest.partition('/')[0]}" if module in FAMILIES_BY_RULE and rest else module


@dataclass(frozen=True)
class Document:
    """One input file, decoded and repaired into plain text."""
    path: str
    name: str
    text: str
    sha256: str
    encoding: str = "utf-8"
    date: str | None = None  # the page's own date, where only its markup tells it (kg.ingest.page_date)


@dataclass
class Item:
    """One news item (or one section of a report) of a document."""
    document: str
    index: int
    title: str
    body: str
    section: str = ""
    date: str | None = None
    source: str = ""
    links: list[str] = field(default_factory=list)
    commentary: str = ""
    credits: list[str] = field(default_factory=list)  # an article's bylines: 新华社记者：王晓明、刘静
    continues: bool = False  # a later part of the one story the item before tells (an article cut at its sub-heads)

    @property
    def key(self) -> str:
        return f"{self.document}#{self.index}"

    @property
    def text(self) -> str:
        """What extraction reads: title, source line, credit lines, body and commentary, one
        per line (commentary often recalls the earlier events a story builds on)."""
        return "\n".join(line for part in self._parts() for line in part)

    @property
    def credit_span(self) -> tuple[int, int]:
        """Where the source and credit lines stand in ``text``: names there state no facts."""
        head, credits, _ = self._parts()
        start = len(self.title) + 1 if head else 0
        return start, start + len("\n".join(credits)) if credits else start

    def _parts(self) -> tuple[list[str], list[str], list[str]]:
        """The non-empty lines of ``text``: the title, the source and credit lines, the rest."""
        credits = ([f"来源：{self.source}"] if self.source else []) + self.credits
        return ([self.title] if self.title else [], [c for c in credits if c],
                [p for p in (self.body, self.commentary) if p])


@dataclass(frozen=True)
class Mention:
    """A typed name found in an item's text, with character offsets in that text."""
    text: str
    type: str
    start: int
    end: int
    kb_id: str | None = None
    aliases: tuple[str, ...] = ()   # other names the text gives it: 国家信息与自由委员会（CNIL）
    canonical: str | None = None    # the full name a short form stands for: 《规定》 (以下简称)
    mechanism: str = "kb"           # the name family that found it (kg.mentions): kb, title, latin/model…
    confidence: float = 0.9
    parent: Mention | None = None   # the body it is a unit of, named at its start: 美国卫生与公众服务部 in …民权办公室


def inside_any(position: int, mentions: Iterable[Mention]) -> bool:
    """Whether the character at ``position`` is part of one of ``mentions``: 诉 in
    微软诉OpenAI案 is part of a name, no cue of its own.

    >>> inside_any(2, [Mention("微软诉OpenAI案", "Case", 0, 11)])
    True
    """
    return any(mention.start <= position < mention.end for mention in mentions)


def overlaps_any(start: int, end: int, mentions: Iterable[Mention]) -> bool:
    """Whether text[start:end] shares a character with one of ``mentions``: a pattern's
    match that runs into a name (the Blacklist Foundation) is no match of its own."""
    return any(mention.start < end and start < mention.end for mention in mentions)


class Overlapping:
    """Mentions (fixed once made), in order: those sharing a character with text[start:end],
    as ``overlaps_any`` asks, looking only at those starting at most the longest one's length
    before ``start`` (not at every name of a long sentence)."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        first = bisect_right(self.starts, start - self.longest)
        return [m for m in self.mentions[first:bisect_left(self.starts, end, first)] if m.start < end and start < m.end]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: document, item, the sentence and its offsets, the date."""
    document: str
    item: str
    sentence: str
    start: int
    end: int
    date: str | None = None
    source: str = ""
    link: str = ""


@dataclass
class Fact:
    """head --relation--> tail, read from one sentence; heads and tails are mentions
    until resolve maps them to entity ids."""
    head: Mention
    relation: str
    tail: Mention
    evidence: Evidence
    confidence: float = 0.5
    rule: str = ""                  # the rule family that read it (kg evaluate --by-rule)


@dataclass
class Entity:
    """One real thing: the node of the graph."""
    id: str
    type: str
    label: str
    labels: set[str] = field(default_factory=set)
    jurisdiction: str | None = None
    kb_id: str | None = None
    parent: str | None = None
    kb_names: set[str] = field(default_factory=set)   # every name the knowledge base gives it
    label_en: str | None = None                       # its English name, where known
    mechanisms: set[str] = field(default_factory=set)  # the rule families that found its mentions
