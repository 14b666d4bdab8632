"""What is drawn: every node and edge with its place, look, label and details, built
once from a laid-out graph and shared by the page and the static picture.

Labels keep a constant size on screen when they appear and never overlap: each node's
label shows from a zoom level ``reveal`` on, the least zoom at which its box clears the
boxes of every node ranked before it (more edges first).  The page gets this for free
from vis-network, which hides text drawn smaller than ``scaling.label.drawThreshold``
pixels: a label drawn at ``LABEL_PX / reveal`` units is exactly LABEL_PX pixels high at
zoom ``reveal`` and hidden below it.
"""
from __future__ import annotations

from html import escape
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlparse

import numpy as np

from ..graph import KnowledgeGraph, fold
from ..model import ENTITY_TYPES, RELATIONS, SYMMETRIC_RELATIONS
from .layout import Positions, layout
from .style import relation_colour, term_name, type_style, ui_text

LABEL_PX = 14          # node label height on screen when it appears
EDGE_LABEL_PX = 11
MAX_ZOOM = 8.0         # vis-network zooms in to 10 at most
VIEWPORT = (1000, 650)  # the size the default zoom is planned for
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


@dataclass
class Scene:
    lang: str
    nodes: list[DrawnNode]
    edges: list[DrawnEdge]
    types: list[dict] = field(default_factory=list)      # legend: name, title, colour, shape, count
    relations: list[dict] = field(default_factory=list)  # legend: name, title, colour, count
    text: dict[str, str] = field(default_factory=dict)   # the page's own words

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the nodes, with room for a label below."""
        if not self.nodes:
            return (-100.0, -100.0, 100.0, 100.0)
        return (min(n.x - n.size for n in self.nodes), min(n.y - n.size for n in self.nodes),
                max(n.x + n.size for n in self.nodes), max(n.y + n.size for n in self.nodes) + 2 * LABEL_PX)

    def default_zoom(self, width: float = VIEWPORT[0], height: float = VIEWPORT[1]) -> float:
        """The zoom at which the whole drawing fits a width × height pixel box."""
        left, top, right, bottom = self.bounds
        return min(width / max(right - left, 1.0), height / max(bottom - top, 1.0))


def build_scene(kg: KnowledgeGraph, positions: Positions | None = None, lang: str = "zh") -> Scene:
    """Everything the view draws for ``kg`` in ``lang`` ("zh" or "en")."""
    text = ui_text(lang)
    positions = positions if positions is not None else layout(kg)
    degree = dict(kg.graph.degree())
    nodes = [_node(node, data, positions[node], degree[node], lang, text) for node, data in kg.entities()]
    by_id = {node.id: node for node in nodes}
    edges = _edges(kg, by_id, lang, text)
    _place_labels(nodes, degree, _planned_zoom(nodes))
    for edge in edges:
        head, tail = by_id[edge.head], by_id[edge.tail]
        length = math.hypot(head.x - tail.x, head.y - tail.y) - head.size - tail.size
        fits = EDGE_LABEL_PX * _text_width(edge.label) / max(0.8 * length, 1e-6)
        edge.reveal = min(max(head.reveal, tail.reveal, fits), MAX_ZOOM)
    type_counts = Counter(node.type for node in nodes)
    relation_counts = Counter(edge.relation for edge in edges)
    return Scene(
        lang, nodes, edges,
        types=[dict(name=t, title=term_name(t, lang), colour=type_style(t)["color"],
                    shape=type_style(t)["shape"], count=type_counts[t])
               for t in _ordered(type_counts, ENTITY_TYPES)],
        relations=[dict(name=r, title=term_name(r, lang), colour=relation_colour(r), count=relation_counts[r])
                   for r in _ordered(relation_counts, RELATIONS)],
        text=text,
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


def _text_width(label: str) -> float:
    """Width of a label in font heights: CJK and full-width characters are square,
    Latin ones about 0.6 wide."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.6 for ch in label)


def _planned_zoom(nodes: list[DrawnNode]) -> float:
    """The zoom at which the nodes fit the planned viewport, before labels exist."""
    if not nodes:
        return 1.0
    xs = [n.x for n in nodes]
    ys = [n.y for n in nodes]
    return min(VIEWPORT[0] / max(max(xs) - min(xs) + 80, 1.0), VIEWPORT[1] / max(max(ys) - min(ys) + 80, 1.0))


def _place_labels(nodes: list[DrawnNode], degree: dict[str, int], zoom: float) -> None:
    """Give each node its ``reveal`` zoom, greedily in order of degree.

    A label revealed at zoom z is drawn LABEL_PX / z units high and its text width
    times that wide, centred under the node; it clears an earlier box to its side
    or below it from some z on, which is solved for every earlier box at once.
    Hubs may show at the default zoom and somewhat larger (up to 1.5×).
    """
    if not nodes:
        return
    top_degree = max(degree.values()) or 1
    order = sorted(nodes, key=lambda n: (-degree[n.id], n.label, n.id))
    boxes = np.empty((len(nodes), 4))   # left, right, top, bottom of placed labels
    placed = 0
    for node in order:
        half_width = LABEL_PX * _text_width(node.label) / 2
        height = LABEL_PX * 1.2
        top = node.y + node.size + 3
        floor = zoom / (1 + 0.5 * math.sqrt(degree[node.id] / top_degree))
        reveal = floor
        if placed:
            left, right, box_top, bottom = boxes[:placed].T
            with np.errstate(divide="ignore"):
                side = np.where(node.x > right, half_width / (node.x - right),
                                np.where(node.x < left, half_width / (left - node.x), np.inf))
                below = np.where(top >= bottom, 0.0,
                                 np.where(top < box_top, height / (box_top - top), np.inf))
            reveal = max(floor, float(np.minimum(side, below).max()))
        if reveal > MAX_ZOOM:
            node.reveal = MAX_ZOOM   # shows only fully zoomed in, and may overlap there
            continue
        node.reveal = math.ceil(reveal * 1e4) / 1e4   # rounded up: the box only shrinks
        boxes[placed] = (node.x - half_width / reveal, node.x + half_width / reveal,
                         top, top + height / reveal)
        placed += 1
