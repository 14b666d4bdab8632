"""What is drawn: every node and edge with its place, look, label and details, built
once from a laid-out graph and shared by the page and the static picture.  Where the
labels go is kg.viz.labels's work.
"""
from __future__ import annotations

import math
import re
import shlex
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlparse

from ..graph import KnowledgeGraph, fold
from ..model import ENTITY_TYPES, RELATIONS, SYMMETRIC_RELATIONS
from ..names import all_names, labels_by_language
from ..suit_records import caption_in
from .labels import EDGE_LABEL_PX, SHAPE_REACH, VIEWPORT, Label, label_scene
from .layout import Positions, layout
from .select import CASE_LINKS
from .style import STYLE, relation_colour, term_name, type_style, ui_text

MAX_EVIDENCE = 5        # sentences shown per edge; the count of the rest is given
PARTY_RELATIONS = frozenset(STYLE["label_first"])   # whose ends are labelled first
REVIEW_STATUSES = ("extracted", "confirmed", "added")   # as kg.corrections records them


@dataclass
class DrawnNode:
    id: str
    type: str
    label: str
    x: float
    y: float
    size: float
    colour: str
    shape: str
    details: str                 # HTML, every text escaped
    names: list[str]             # folded labels, for the search box
    name: str = ""               # the graph's own label, for correction lines
    caption: Label = field(default_factory=lambda: Label(""))
    suits: list[dict[str, str]] = field(default_factory=list)   # see suit_rows

    @property
    def reveal(self) -> float:
        return self.caption.reveal

    @property
    def reach(self) -> float:
        """Half the width of the square the node's shape is drawn in, drawing units."""
        return self.size * SHAPE_REACH.get(self.shape, 1.0)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """The square the node's shape is drawn in: left, right, top, bottom."""
        reach = self.reach
        return self.x - reach, self.x + reach, self.y - reach, self.y + reach


@dataclass
class DrawnEdge:
    id: str
    head: str
    tail: str
    relation: str
    label: str
    colour: str
    heading: str                 # HTML: head → relation → tail
    body: str                    # HTML: dates, review status, evidence
    dates: list[str] = field(default_factory=list)
    width: float = 1.0
    arrow: bool = True
    dashed: bool = False
    bend: float = 0.0            # 0 straight; > 0 curves clockwise, to part parallel edges
    status: str = "extracted"    # review status: extracted (by the machine), confirmed or added
    correction: str = ""         # the corrections-file line that rejects this fact
    caption: Label = field(default_factory=lambda: Label("", px=EDGE_LABEL_PX))

    @property
    def details(self) -> str:
        return self.heading + self.body

    @property
    def reveal(self) -> float:
        return self.caption.reveal


@dataclass(frozen=True)
class LegendEntry:
    """One row of the legend: an entity type (with its shape) or a relation."""
    name: str
    title: str          # in the reader's language
    colour: str
    count: int
    shape: str = ""


@dataclass(frozen=True)
class Role:
    """One group of a node's panel: its edges of ``relation`` in which it is the head
    (``side`` "head"), the tail ("tail") or either end of a symmetric relation ("both")."""
    relation: str
    side: str
    title: str


@dataclass
class Scene:
    lang: str
    nodes: list[DrawnNode]
    edges: list[DrawnEdge]
    types: list[LegendEntry] = field(default_factory=list)
    relations: list[LegendEntry] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)     # the node panel's groups, in order
    text: dict[str, str] = field(default_factory=dict)   # the page's own words
    zoom: float = 1.0    # the zoom the page opens at, as planned for ``viewport``
    centre: tuple[float, float] = (0.0, 0.0)   # the point it opens on: nodes and shown labels
    viewport: tuple[float, float] = VIEWPORT


def build_scene(kg: KnowledgeGraph, positions: Positions | None = None, lang: str = "zh",
                viewport: tuple[float, float] = VIEWPORT) -> Scene:
    """Everything the view draws for ``kg`` in ``lang`` ("zh" or "en"), planned for a
    canvas of ``viewport`` pixels."""
    text = ui_text(lang)
    positions = positions if positions is not None else layout(kg)
    degree = dict(kg.graph.degree())
    nodes = [_node(kg, node, data, positions[node], degree[node], lang, text) for node, data in kg.entities()]
    for node in nodes:
        node.suits = suit_rows(kg, kg.graph.nodes[node.id], lang, text)
    by_id = {node.id: node for node in nodes}
    edges = _edges(kg, by_id, lang, text)
    parties = {end for edge in edges if edge.relation in PARTY_RELATIONS for end in (edge.head, edge.tail)}
    ranked = sorted(nodes, key=lambda n: (n.id not in parties, -degree[n.id], n.label, n.id))
    zoom, centre = label_scene(ranked, edges, degree, viewport, parties)
    type_counts = Counter(node.type for node in nodes)
    relation_counts = Counter(edge.relation for edge in edges)
    return Scene(
        lang, nodes, edges,
        types=[LegendEntry(t, term_name(t, lang), type_style(t)["color"], type_counts[t], type_style(t)["shape"])
               for t in _ordered(type_counts, ENTITY_TYPES)],
        relations=[LegendEntry(r, term_name(r, lang), relation_colour(r), relation_counts[r])
                   for r in _ordered(relation_counts, RELATIONS)],
        roles=roles(lang), text=text, zoom=zoom, centre=centre, viewport=viewport,
    )


def roles(lang: str) -> list[Role]:
    """The groups of a node's panel in order: suits as plaintiff and as defendant
    first (the order and the words are in ``assets/style.json``), then every other
    relation, as head and as tail."""
    named = STYLE["roles"][lang]
    listed = [Role(relation, side, title) for relation, side, title in named]
    seen = {(role.relation, role.side) for role in listed}
    for relation in (*RELATIONS, *CASE_LINKS):
        sides = ("both",) if relation in SYMMETRIC_RELATIONS else ("head", "tail")
        for side in sides:
            if (relation, side) not in seen:
                name = term_name(relation, lang)
                title = name if side != "tail" else ui_text(lang)["by"].format(relation=name)
                listed.append(Role(relation, side, title))
    return listed


def display_label(data: dict, lang: str, known: dict[str, dict] | None = None) -> str:
    """The node's label in the reader's language: 微软 for zh, Microsoft for en (its
    English label, from the knowledge base where it has one); in English, a Case with no
    English name is its suit's caption made of its parties' names (Kadrey诉Meta案:
    Kadrey v. Meta; ``known``: the node data of the parties, the view's ``names``); its
    main label where it has none in that language."""
    label = labels_by_language(data).get(lang)
    if label is None and lang == "en" and data.get("type") == "Case":
        suit = next((suit for role, suit in data.get("suits", ()) if role == "case"), None)
        label = caption_in(suit, lang, known or {}) if suit is not None else None
    return label or data["label"]


def _node(kg: KnowledgeGraph, node: str, data: dict, position: tuple[float, float], degree: int, lang: str,
          text: dict[str, str]) -> DrawnNode:
    style = type_style(data["type"])
    label = display_label(data, lang, kg.graph.graph.get("names", {}))
    rows = [(text["type"], term_name(data["type"], lang)),
            (text["labels"], " / ".join(sorted(all_names(data))))]
    place = data.get("jurisdiction")
    if place:
        place_data = kg.graph.nodes[place] if place in kg.graph else data.get("jurisdiction_names")
        rows.append((text["jurisdiction"], display_label(place_data, lang) if place_data else
                     data.get("jurisdiction_label") or place))
    colon = text.get("colon", "：")
    details = f"<b>{escape(label)}</b>" + "".join(f"<br>{escape(key)}{colon}{escape(value)}" for key, value in rows)
    names = sorted({fold(name) for name in all_names(data) | {label, node}})
    return DrawnNode(node, data["type"], label, position[0], position[1],
                     size=round(min(6 + 2.5 * math.sqrt(degree), 36), 1),
                     colour=style["color"], shape=style["shape"], details=details, names=names,
                     name=data["label"], caption=Label(label))


def suit_rows(kg: KnowledgeGraph, data: dict, lang: str, text: dict[str, str]) -> list[dict[str, str]]:
    """The suits a node takes part in (``suits`` of kg.viz.select), as the panel lists
    them: caption, the node's role, filing date, status, court (marked where only
    inferred) and events with their dates; plain text, the page escapes it."""
    known = kg.graph.graph.get("names", {})

    def name(node: str | None) -> str:
        return display_label(known[node], lang) if node in known else node or ""
    rows = []
    for role, suit in data.get("suits", []):
        court = name(suit.court) + ("" if suit.court_stated or not suit.court else text["court_inferred"])
        rows.append({"caption": caption_in(suit, lang, known), "role": text["role_" + role], "filed": suit.filed or "",
                     "status": text.get("status_" + suit.status, suit.status), "court": court,
                     "events": "; ".join(f"{text.get('event_' + e.kind, e.kind)} {e.date or ''}".strip()
                                         for e in suit.events)})
    return sorted(rows, key=lambda row: (row["filed"] or "9999", row["caption"]))


def _edges(kg: KnowledgeGraph, nodes: dict[str, DrawnNode], lang: str, text: dict[str, str]) -> list[DrawnEdge]:
    parallel: dict[frozenset, int] = Counter(frozenset((h, t)) for h, _, t, _ in kg.facts())
    seen: dict[frozenset, int] = defaultdict(int)
    edges = []
    for index, (head, relation, tail, data) in enumerate(kg.facts()):
        pair = frozenset((head, tail))
        bend = 0.0 if parallel[pair] == 1 else 0.15 + 0.15 * seen[pair]
        seen[pair] += 1
        name = term_name(relation, lang)
        review = data.get("review") or {}
        status = review.get("status") if review.get("status") in REVIEW_STATUSES else "extracted"
        heading = f"<b>{escape(nodes[head].label)} → {escape(name)} → {escape(nodes[tail].label)}</b>"
        edges.append(DrawnEdge(
            f"e{index}", head, tail, relation, name, relation_colour(relation),
            heading=heading, body=_edge_body(kg, data, review, status, text), dates=kg.dates(data),
            width=_width(data, status), arrow=relation not in SYMMETRIC_RELATIONS,
            dashed=relation == "jurisdiction", bend=bend, status=status,
            correction="" if relation in CASE_LINKS else correction_line(nodes[head].name, relation, nodes[tail].name),
            caption=Label(name, px=EDGE_LABEL_PX)))
    return edges


def correction_line(head: str, relation: str, tail: str, action: str = "reject") -> str:
    """The line of a corrections file that ``action``s the fact: tab-separated
    action, subject, relation, object and an empty note for the analyst to fill."""
    clean = [re.sub(r"[\t\r\n]+", " ", part) for part in (action, head, relation, tail)]
    return "\t".join(clean) + "\t"


def _width(data: dict, status: str) -> float:
    """Thicker with more evidence; an analyst's confirmed or added fact one unit more."""
    width = min(1 + 0.5 * (len(data["evidence"]) - 1), 4) if data["evidence"] else 1.0
    return round(width + (1.0 if status != "extracted" else 0.0), 1)


def _edge_body(kg: KnowledgeGraph, data: dict, review: dict, status: str, text: dict[str, str]) -> str:
    parts, colon = [], text.get("colon", "：")
    dates = kg.dates(data)
    if dates:
        parts.append(f"<br>{escape(text['date'])}{colon}{escape(', '.join(dates))}")
    if data.get("confidence") is not None:   # a Case node's link to a party is a suit's, not a scored fact
        parts.append(f"<br>{escape(text['confidence'])}{colon}{data['confidence']:.2f}")
    parts.append(f"<br>{escape(text['review'])}{colon}{escape(text['status_' + status])}")
    for key in ("analyst", "note"):
        if review.get(key):
            parts.append(f" · {escape(text[key])}{colon}{escape(review[key])}")
    evidence = data["evidence"]
    if evidence:
        parts.append(f"<br>{escape(text['evidence'])}{colon}<ol>")
        parts.extend(f"<li>{_evidence_html(item, text)}</li>" for item in evidence[:MAX_EVIDENCE])
        parts.append("</ol>")
        if len(evidence) > MAX_EVIDENCE:
            parts.append(escape(text["more"].format(n=len(evidence) - MAX_EVIDENCE)))
    return "".join(parts)


def _evidence_html(evidence, text: dict[str, str]) -> str:
    where = " · ".join(escape(part) for part in (evidence.date, evidence.item, evidence.document) if part)
    html_text = f"“{escape(evidence.sentence)}”<br><small>{where}"
    if evidence.source:
        html_text += f" · {escape(text['source'])}{text.get('colon', '：')}{escape(evidence.source)}"
    if evidence.link:
        html_text += " · " + _link(evidence.link)
    return html_text + f"<br>{escape(text.get('why', 'Why'))}{text.get('colon', '：')}<code>{escape(explain_command(evidence))}</code></small>"


def explain_command(evidence) -> str:
    """The `kg explain` line that shows which rules read this sentence (run beside the corpus)."""
    piece = " ".join(evidence.sentence.split())[:24]
    return f"kg explain --file {shlex.quote(evidence.document)} --find {shlex.quote(piece)}"


def _link(url: str) -> str:
    """An <a> only for an http(s) address; anything else (javascript:, data:) as text."""
    if urlparse(url.strip()).scheme.lower() in ("http", "https"):
        return f'<a href="{escape(url.strip())}" target="_blank" rel="noopener noreferrer">{escape(url.strip())}</a>'
    return escape(url)


def _ordered(counts: Counter, known: tuple[str, ...]) -> list[str]:
    return [name for name in known if counts[name]] + sorted(set(counts) - set(known))
