"""What is drawn: every node and edge with its place, look, label and details, built
once from a laid-out graph and shared by the page and the static picture.

Labels never overlap.  Each label shows from a zoom level ``reveal`` on, the least
zoom at which its box clears the boxes of every label ranked before it (nodes with
more edges first, then edges).  vis-network does the showing: it hides text drawn
smaller than ``scaling.label.drawThreshold`` pixels, and a label drawn
``LABEL_PX / reveal`` units high is LABEL_PX pixels at zoom ``reveal``.  Its box in
drawing units is then fixed, so it clears the others at every zoom.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlparse

import numpy as np

from ..graph import KnowledgeGraph, fold
from ..model import ENTITY_TYPES, RELATIONS, SYMMETRIC_RELATIONS
from .layout import Positions, layout
from .style import relation_colour, term_name, type_style, ui_text

LABEL_PX = 14          # node label height on screen when it appears
EDGE_LABEL_PX = 11
LABEL_CAP, EDGE_LABEL_CAP = 1.6, 1.3   # labels grow with zoom up to these times their size
# Where vis-network inks a label, in pixels at its reveal zoom (measured in Chromium):
# a node's from 3 units under the node down to 1.4 font sizes below that, an edge's
# from 0.8 font sizes above its middle to 0.4 below.
NODE_LABEL_SPAN = (0.0, 1.45 * LABEL_PX)
EDGE_LABEL_SPAN = (-0.8 * EDGE_LABEL_PX, 0.4 * EDGE_LABEL_PX)
MAX_ZOOM = 8.0         # vis-network zooms in to 10 at most
NEVER = 12.0           # a reveal zoom never reached
VIEWPORT = (1000, 620)  # the canvas size the default zoom is planned for
MAX_EVIDENCE = 5        # sentences shown per edge; the count of the rest is given
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


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
    reveal: float = MAX_ZOOM

    @property
    def font_size(self) -> float:
        return LABEL_PX / self.reveal


@dataclass
class DrawnEdge:
    id: str
    head: str
    tail: str
    relation: str
    label: str
    colour: str
    details: str
    width: float = 1.0
    arrow: bool = True
    dashed: bool = False
    bend: float = 0.0            # 0 straight; > 0 curves clockwise, to part parallel edges
    reveal: float = MAX_ZOOM

    @property
    def font_size(self) -> float:
        return EDGE_LABEL_PX / self.reveal


@dataclass(frozen=True)
class LegendEntry:
    """One row of the legend: an entity type (with its shape) or a relation."""
    name: str
    title: str          # in the reader's language
    colour: str
    count: int
    shape: str = ""


@dataclass
class Scene:
    lang: str
    nodes: list[DrawnNode]
    edges: list[DrawnEdge]
    types: list[LegendEntry] = field(default_factory=list)
    relations: list[LegendEntry] = field(default_factory=list)
    text: dict[str, str] = field(default_factory=dict)   # the page's own words
    zoom: float = 1.0    # the zoom the page opens at, as planned for VIEWPORT


def build_scene(kg: KnowledgeGraph, positions: Positions | None = None, lang: str = "zh") -> Scene:
    """Everything the view draws for ``kg`` in ``lang`` ("zh" or "en")."""
    text = ui_text(lang)
    positions = positions if positions is not None else layout(kg)
    degree = dict(kg.graph.degree())
    nodes = [_node(node, data, positions[node], degree[node], lang, text) for node, data in kg.entities()]
    by_id = {node.id: node for node in nodes}
    edges = _edges(kg, by_id, lang, text)
    zoom = _planned_zoom(nodes)
    _place_labels(nodes, edges, degree, zoom)
    type_counts = Counter(node.type for node in nodes)
    relation_counts = Counter(edge.relation for edge in edges)
    return Scene(
        lang, nodes, edges,
        types=[LegendEntry(t, term_name(t, lang), type_style(t)["color"], type_counts[t], type_style(t)["shape"])
               for t in _ordered(type_counts, ENTITY_TYPES)],
        relations=[LegendEntry(r, term_name(r, lang), relation_colour(r), relation_counts[r])
                   for r in _ordered(relation_counts, RELATIONS)],
        text=text, zoom=zoom,
    )


def display_label(data: dict, lang: str) -> str:
    """The node's label in the reader's script: 微软 for zh, Microsoft for en, when
    both are labels of the node; the main label otherwise."""
    wanted = lang == "zh"
    if bool(_CJK.search(data["label"])) == wanted:
        return data["label"]
    others = sorted((label for label in data["labels"] if bool(_CJK.search(label)) == wanted),
                    key=lambda label: (len(label), label))
    return others[0] if others else data["label"]


def _node(node: str, data: dict, position: tuple[float, float], degree: int, lang: str,
          text: dict[str, str]) -> DrawnNode:
    style = type_style(data["type"])
    label = display_label(data, lang)
    rows = [(text["type"], term_name(data["type"], lang)),
            (text["labels"], " / ".join(sorted(data["labels"])))]
    place = data.get("jurisdiction_label") or data.get("jurisdiction")
    if place:
        rows.append((text["jurisdiction"], place))
    details = f"<b>{escape(label)}</b>" + "".join(f"<br>{escape(key)}：{escape(value)}" for key, value in rows)
    names = sorted({fold(name) for name in data["labels"] | {label, node}})
    return DrawnNode(node, data["type"], label, position[0], position[1],
                     size=round(min(6 + 2.5 * math.sqrt(degree), 36), 1),
                     colour=style["color"], shape=style["shape"], details=details, names=names)


def _edges(kg: KnowledgeGraph, nodes: dict[str, DrawnNode], lang: str, text: dict[str, str]) -> list[DrawnEdge]:
    parallel: dict[frozenset, int] = Counter(frozenset((h, t)) for h, _, t, _ in kg.facts())
    seen: dict[frozenset, int] = defaultdict(int)
    edges = []
    for index, (head, relation, tail, data) in enumerate(kg.facts()):
        pair = frozenset((head, tail))
        bend = 0.0 if parallel[pair] == 1 else 0.15 + 0.15 * seen[pair]
        seen[pair] += 1
        name = term_name(relation, lang)
        edges.append(DrawnEdge(
            f"e{index}", head, tail, relation, name, relation_colour(relation),
            details=_edge_details(kg, nodes[head], name, nodes[tail], data, text),
            width=round(min(1 + 0.5 * (len(data["evidence"]) - 1), 4), 1) if data["evidence"] else 1.0,
            arrow=relation not in SYMMETRIC_RELATIONS, dashed=relation == "jurisdiction", bend=bend))
    return edges


def _edge_details(kg: KnowledgeGraph, head: DrawnNode, relation: str, tail: DrawnNode, data: dict,
                  text: dict[str, str]) -> str:
    parts = [f"<b>{escape(head.label)} → {escape(relation)} → {escape(tail.label)}</b>"]
    dates = kg.dates(data)
    if dates:
        parts.append(f"<br>{escape(text['date'])}：{escape(', '.join(dates))}")
    parts.append(f"<br>{escape(text['confidence'])}：{data.get('confidence', 0):.2f}")
    evidence = data["evidence"]
    if evidence:
        parts.append(f"<br>{escape(text['evidence'])}：<ol>")
        parts.extend(f"<li>{_evidence_html(item, text)}</li>" for item in evidence[:MAX_EVIDENCE])
        parts.append("</ol>")
        if len(evidence) > MAX_EVIDENCE:
            parts.append(escape(text["more"].format(n=len(evidence) - MAX_EVIDENCE)))
    return "".join(parts)


def _evidence_html(evidence, text: dict[str, str]) -> str:
    where = " · ".join(escape(part) for part in (evidence.date, evidence.item, evidence.document) if part)
    html_text = f"“{escape(evidence.sentence)}”<br><small>{where}"
    if evidence.source:
        html_text += f" · {escape(text['source'])}：{escape(evidence.source)}"
    if evidence.link:
        html_text += " · " + _link(evidence.link)
    return html_text + "</small>"


def _link(url: str) -> str:
    """An <a> only for an http(s) address; anything else (javascript:, data:) as text."""
    if urlparse(url.strip()).scheme.lower() in ("http", "https"):
        return f'<a href="{escape(url.strip())}" target="_blank" rel="noopener noreferrer">{escape(url.strip())}</a>'
    return escape(url)


def _ordered(counts: Counter, known: tuple[str, ...]) -> list[str]:
    return [name for name in known if counts[name]] + sorted(set(counts) - set(known))


def text_width(label: str) -> float:
    """Width of a label in font heights: CJK and full-width characters are square,
    capitals and digits about 0.7 wide, other Latin ones about 0.56."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.7 if ch.isupper() or ch.isdigit() else 0.56
               for ch in label)


def _planned_zoom(nodes: list[DrawnNode]) -> float:
    """The zoom vis-network opens at, or a little less: like its fit(), 1.1 times the
    nodes' extent (plus room for labels) in the planned viewport, 1 at most.  Erring
    low keeps labels planned for this zoom from opening half faded."""
    if not nodes:
        return 1.0
    width = max(n.x + n.size for n in nodes) - min(n.x - n.size for n in nodes) + 4 * LABEL_PX
    height = max(n.y + n.size for n in nodes) - min(n.y - n.size for n in nodes) + 4 * LABEL_PX
    return min(1.0, VIEWPORT[0] / (1.1 * width), VIEWPORT[1] / (1.1 * height))


def _place_labels(nodes: list[DrawnNode], edges: list[DrawnEdge], degree: dict[str, int], zoom: float) -> None:
    """Give each node, then each edge, its ``reveal`` zoom, greedily: nodes by degree
    (hubs may show up to LABEL_CAP times larger at the default zoom), then edges whose
    ends show first.  An edge label shows only once both ends' labels do, it fits its
    edge and it clears every node; one that finds no room by MAX_ZOOM never shows
    (hovering tells the relation).
    """
    boxes = _Boxes(2 * len(nodes) + len(edges))
    top_degree = max(degree.values(), default=0) or 1
    for node in sorted(nodes, key=lambda n: (-degree[n.id], n.label, n.id)):
        floor = zoom / (1 + (LABEL_CAP - 1) * math.sqrt(degree[node.id] / top_degree))
        node.reveal = boxes.place(node.x, node.y + node.size + 3, LABEL_PX * text_width(node.label) / 2,
                                  *NODE_LABEL_SPAN, floor)
    for node in nodes:   # edge labels keep off the nodes too
        boxes.block(node.x - node.size, node.x + node.size, node.y - node.size, node.y + node.size)
    where = {node.id: node for node in nodes}
    floors = {}
    for edge in edges:
        head, tail = where[edge.head], where[edge.tail]
        length = math.hypot(head.x - tail.x, head.y - tail.y) - head.size - tail.size
        fits = EDGE_LABEL_PX * text_width(edge.label) / max(0.8 * length, 1e-6)
        floors[edge.id] = max(head.reveal, tail.reveal, fits)
    for edge in sorted(edges, key=lambda e: (floors[e.id], -e.width, e.id)):
        head, tail = where[edge.head], where[edge.tail]
        # a curved edge's middle lies bend/2 of its length to the right of the chord's
        x = (head.x + tail.x) / 2 - (tail.y - head.y) * edge.bend / 2
        y = (head.y + tail.y) / 2 + (tail.x - head.x) * edge.bend / 2
        reveal = boxes.place(x, y, EDGE_LABEL_PX * text_width(edge.label) / 2, *EDGE_LABEL_SPAN, floors[edge.id])
        edge.reveal = reveal if reveal < MAX_ZOOM else NEVER


class _Boxes:
    """Label boxes placed so far, in drawing units.

    A label revealed at zoom z is drawn LABEL_PX / z units high (so LABEL_PX pixels
    at z): its box spans x ± half_width / z and y + low / z .. y + high / z.  It
    clears a placed box to the side or above/below from some least z on, solved for
    every placed box at once; the label's reveal is the largest of those.
    """

    def __init__(self, size: int) -> None:
        self.boxes = np.empty((size, 4))   # left, right, top, bottom
        self.count = 0

    def place(self, x: float, y: float, half_width: float, low: float, high: float, floor: float) -> float:
        reveal = floor
        if self.count:
            left, right, top, bottom = self.boxes[:self.count].T
            with np.errstate(divide="ignore", invalid="ignore"):
                side = np.where(x > right, half_width / (x - right),
                                np.where(x < left, half_width / (left - x), np.inf))
                below = np.where(y > bottom, -low / (y - bottom), np.inf)
                above = np.where(y < top, high / (top - y), np.inf)
            reveal = max(floor, float(np.minimum(side, np.minimum(below, above)).max()))
        if reveal > MAX_ZOOM:
            return MAX_ZOOM   # shows only fully zoomed in, and may overlap there; not a box
        reveal = math.ceil(reveal * 1e4) / 1e4
        self.block(x - half_width / reveal, x + half_width / reveal, y + low / reveal, y + high / reveal)
        return reveal

    def block(self, left: float, right: float, top: float, bottom: float) -> None:
        self.boxes[self.count] = (left, right, top, bottom)
        self.count += 1
