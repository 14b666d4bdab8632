"""What is drawn: every node and edge with its place, look, label and details, built
once from a laid-out graph and shared by the page and the static picture.

Labels never overlap each other or a node.  Each label shows from a zoom level
``reveal`` on, the least zoom at which its box clears every node and the box of every
label ranked before it (parties to lawsuits first, then nodes with more edges, then
edges); a node's label goes below, above, right or left of it, wherever it shows
soonest.  A label revealed at zoom ``reveal`` is drawn LABEL_PX / reveal drawing
units high (LABEL_PX pixels at that zoom) and keeps that size in drawing units, so
its box clears the others at every zoom; the page draws it no larger than that box.
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
from ..names import all_names, labels_by_language
from .layout import Positions, layout, remove_overlaps
from .select import CASE_LINKS
from .style import STYLE, relation_colour, term_name, type_style, ui_text

LABEL_PX = 14          # node label height on screen when it appears
EDGE_LABEL_PX = 11
LABEL_CAP, EDGE_LABEL_CAP = 1.6, 1.3   # labels grow with zoom up to these times their size
LABEL_SHOW = 0.75      # and show from this fraction of it (10.5 pixels for a node's)
LABEL_HEIGHT = 1.3     # a label's box is this many font sizes high (its ink and halo)
LABEL_PAD = 2.0        # pixels of room kept on each side of a label's text
LABEL_GAP = 3.0        # drawing units between a node's rim and its label
MAX_ZOOM = 8.0         # vis-network zooms in to 10 at most
NEVER = 12.0           # a reveal zoom never reached
VIEWPORT = (1000, 620)  # the canvas size the default zoom is planned for
MARGIN = 1.06           # the view opens with this much room around what it shows
LABEL_SHARE = 0.3       # of the viewport that labels given room may cover
ROOM_LIMIT = 800        # nodes up to which crowded ones are moved apart
ROOM_ROUNDS, ROOM_STEPS = 30, 20   # rounds of shrinking to fit and pushing apart, steps per round
ROOM_ZOOM = 0.8        # labels get room for their planned size, the drawing fits at this much less zoom
PARTY_ROUNDS = 3        # times labels are placed, after moving parties whose label found no room
MAX_WIDEN = 1.6
FEW_PLACES_FROM = 1000  # nodes from which labels are tried below, above and beside only (not at corners)
RELOCATE_ANGLES = 16    # directions looked in for a free spot
PARTY_LIMIT = 150       # nodes up to which every party is meant to be labelled at the default zoom
MAX_EVIDENCE = 5        # sentences shown per edge; the count of the rest is given
PARTY_RELATIONS = frozenset(STYLE["label_first"])   # whose ends are labelled first
REVIEW_STATUSES = ("extracted", "confirmed", "added")   # as kg.corrections records them
# how far vis-network draws a shape from its centre, in node sizes, where it is not 1
SHAPE_REACH = {"triangle": 1.15, "triangleDown": 1.15, "star": 1.07}


@dataclass
class Label:
    """A label's text and where it is drawn: anchored at (x, y) in drawing units, its
    box ``box`` = (left, right, top, bottom) pixels around the anchor at zoom
    ``reveal``, where its font is ``px`` pixels high.  From ``reveal`` on the box is
    fixed in drawing units (``box / reveal``); the page shrinks the font past
    LABEL_CAP times its size, towards the anchor, so the text stays inside."""
    text: str
    x: float = 0.0
    y: float = 0.0
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    px: float = LABEL_PX
    reveal: float = NEVER
    place: str = "below"

    @property
    def font_size(self) -> float:
        """Font height in drawing units once shown."""
        return self.px / self.reveal

    def extent(self) -> tuple[float, float, float, float]:
        """(left, right, top, bottom) of the box in drawing units."""
        left, right, top, bottom = self.box
        return (self.x + left / self.reveal, self.x + right / self.reveal,
                self.y + top / self.reveal, self.y + bottom / self.reveal)

    def shown(self, zoom: float) -> bool:
        return self.reveal <= zoom * (1 + 1e-9)


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
    nodes = [_node(node, data, positions[node], degree[node], lang, text) for node, data in kg.entities()]
    for node in nodes:
        node.suits = suit_rows(kg, kg.graph.nodes[node.id], lang, text)
    by_id = {node.id: node for node in nodes}
    edges = _edges(kg, by_id, lang, text)
    parties = {end for edge in edges if edge.relation in PARTY_RELATIONS for end in (edge.head, edge.tail)}
    ranked = sorted(nodes, key=lambda n: (n.id not in parties, -degree[n.id], n.label, n.id))
    sized_for = make_room(ranked, viewport, degree)
    for _ in range(PARTY_ROUNDS):
        zoom, centre = plan_labels(ranked, edges, degree, viewport, parties, sized_for)
        unlabelled = [n for n in ranked if n.id in parties and not n.caption.shown(zoom / LABEL_SHOW)]
        if not unlabelled or len(ranked) > PARTY_LIMIT or not relocate(unlabelled, ranked, edges, zoom):
            break
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


def display_label(data: dict, lang: str) -> str:
    """The node's label in the reader's language: 微软 for zh, Microsoft for en (its
    English label, from the knowledge base where it has one); its main label where it
    has none in that language."""
    return labels_by_language(data).get(lang) or data["label"]


def _node(node: str, data: dict, position: tuple[float, float], degree: int, lang: str,
          text: dict[str, str]) -> DrawnNode:
    style = type_style(data["type"])
    label = display_label(data, lang)
    rows = [(text["type"], term_name(data["type"], lang)),
            (text["labels"], " / ".join(sorted(all_names(data))))]
    place = data.get("jurisdiction_label") or data.get("jurisdiction")
    if place:
        rows.append((text["jurisdiction"], place))
    details = f"<b>{escape(label)}</b>" + "".join(f"<br>{escape(key)}：{escape(value)}" for key, value in rows)
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
        rows.append({"caption": suit.caption, "role": text["role_" + role], "filed": suit.filed or "",
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
    parts = []
    dates = kg.dates(data)
    if dates:
        parts.append(f"<br>{escape(text['date'])}：{escape(', '.join(dates))}")
    if data.get("confidence") is not None:   # a Case node's link to a party is a suit's, not a scored fact
        parts.append(f"<br>{escape(text['confidence'])}：{data['confidence']:.2f}")
    parts.append(f"<br>{escape(text['review'])}：{escape(text['status_' + status])}")
    for key in ("analyst", "note"):
        if review.get(key):
            parts.append(f" · {escape(text[key])}：{escape(review[key])}")
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
    capitals and digits about 0.7 wide, other Latin ones about 0.56 (the page
    shrinks a label whose font runs wider, so this is a plan, not a risk)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.7 if ch.isupper() or ch.isdigit() else 0.56
               for ch in label)


def _planned_zoom(nodes: list[DrawnNode], viewport: tuple[float, float]) -> float:
    """The zoom at which the nodes fill the viewport (with a margin), 1 at most."""
    if not nodes:
        return 1.0
    left, right, top, bottom = _extent([(n.x - n.reach, n.x + n.reach, n.y - n.reach, n.y + n.reach) for n in nodes])
    return min(1.0, viewport[0] / (MARGIN * (right - left)), viewport[1] / (MARGIN * (bottom - top)))


def _extent(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    lefts, rights, tops, bottoms = zip(*boxes)
    return min(lefts), max(rights), min(tops), max(bottoms)


def make_room(ranked: list[DrawnNode], viewport: tuple[float, float], degree: dict[str, int]) -> float | None:
    """Move nodes apart where they crowd, so that the first ones in ``ranked`` have
    room below them for their labels at the zoom the view opens at, and the whole
    still fits the viewport at that zoom.

    Pushing boxes apart makes the drawing larger, which would lower the zoom that
    fits it and make the labels larger in drawing units than the room made: so the
    drawing is shrunk back to fit between rounds of pushing, until nothing overlaps
    (or the rounds run out).  Only as many labels as fill LABEL_SHARE of the viewport
    get room, and only graphs up to ROOM_LIMIT nodes are moved.  Returns the zoom
    the labels were given room for (None where nothing moved)."""
    if not 1 < len(ranked) <= ROOM_LIMIT:
        return None
    _widen(ranked, viewport)
    zoom = _planned_zoom(ranked, viewport)
    # the viewport in drawing units at a zoom where labels given room for LABEL_PX are
    # still ROOM_ZOOM of that high, above LABEL_SHOW: some slack keeps the packing loose
    width, height = (side / (ROOM_ZOOM * zoom) / MARGIN for side in viewport)
    top_degree = max(degree.values(), default=0) or 1
    sizes = np.array([(LABEL_PX * text_width(n.label) + 2 * LABEL_PAD, LABEL_HEIGHT * LABEL_PX) for n in ranked])
    sizes *= np.array([_growth(degree[n.id], top_degree) for n in ranked])[:, None]
    room = np.cumsum(sizes[:, 0] * sizes[:, 1]) <= LABEL_SHARE * viewport[0] * viewport[1]
    sizes[~room] = 0.0
    reach = np.array([n.reach for n in ranked])
    # a labelled node's box holds its shape and, below it, its label at that zoom
    below = np.where(room, LABEL_GAP + sizes[:, 1] / zoom, 0.0)
    halves = np.stack([np.maximum(reach, sizes[:, 0] / zoom / 2), reach + below / 2], axis=1)
    centres = np.array([(n.x, n.y) for n in ranked]) + np.stack([np.zeros_like(below), below / 2], axis=1)
    for _ in range(ROOM_ROUNDS):
        low, high = (centres - halves).min(axis=0), (centres + halves).max(axis=0)
        shrink = min(1.0, width / max(high[0] - low[0], 1e-6), height / max(high[1] - low[1], 1e-6))
        centres = (centres - (low + high) / 2) * shrink
        centres, moved = remove_overlaps(centres, halves, active=int(room.sum()), aspect=width / height,
                                         iterations=ROOM_STEPS), centres
        if np.allclose(centres, moved):
            break
    for node, (x, y), drop in zip(ranked, centres, below):
        node.x, node.y = round(float(x), 1), round(float(y - drop / 2), 1)
    return zoom


def _widen(nodes: list[DrawnNode], viewport: tuple[float, float]) -> None:
    """Stretch a drawing narrower than the viewport sideways (up to MAX_WIDEN times),
    so that it fills a wide screen and its labels, which are wide, get room."""
    left, right, top, bottom = _extent([(n.x, n.x, n.y, n.y) for n in nodes])
    width, height = right - left, bottom - top
    if width <= 0 or height <= 0:
        return
    stretch = min(MAX_WIDEN, (viewport[0] / viewport[1]) / (width / height))
    if stretch > 1:
        for node in nodes:
            node.x = round(left + (node.x - left) * stretch, 1)


def relocate(movers: list[DrawnNode], nodes: list[DrawnNode], edges: list[DrawnEdge], zoom: float) -> bool:
    """Move each of ``movers`` (nodes whose label found no room) to the free spot
    nearest to it, inside the drawing, where its shape and its label below it at
    ``zoom`` clear every other node and every label shown at that zoom; a last resort
    for the labels that must show (parties to lawsuits).  True if any moved."""
    shown = [n for n in nodes if n.caption.shown(zoom / LABEL_SHOW)]
    left, right, top, bottom = _extent([(n.x - n.reach, n.x + n.reach, n.y - n.reach, n.y + n.reach) for n in nodes])
    taken: list[tuple[float, float, float, float]] = []   # the boxes of those moved so far
    for mover in movers:
        obstacles = np.array([(n.x - n.reach, n.x + n.reach, n.y - n.reach, n.y + n.reach)
                              for n in nodes if n is not mover]
                             + [n.caption.extent() for n in shown if n is not mover] + taken)
        half = max(mover.reach, (LABEL_PX * text_width(mover.label) / 2 + LABEL_PAD) / zoom)
        drop = mover.reach + LABEL_GAP + LABEL_HEIGHT * LABEL_PX / zoom
        step = 2 * mover.reach + LABEL_GAP
        rings = np.arange(1, int(max(right - left, bottom - top) / step) + 2) * step
        angles = np.linspace(0, 2 * np.pi, RELOCATE_ANGLES, endpoint=False)
        xs = (mover.x + np.outer(rings, np.cos(angles))).ravel()
        ys = (mover.y + np.outer(rings, np.sin(angles))).ravel()
        inside = (xs - half >= left) & (xs + half <= right) & (ys - mover.reach >= top) & (ys + drop <= bottom)
        clear = ((xs[:, None] + half <= obstacles[:, 0]) | (xs[:, None] - half >= obstacles[:, 1])
                 | (ys[:, None] + drop <= obstacles[:, 2]) | (ys[:, None] - mover.reach >= obstacles[:, 3])).all(axis=1)
        found = np.flatnonzero(inside & clear)
        if len(found):
            mover.x, mover.y = round(float(xs[found[0]]), 1), round(float(ys[found[0]]), 1)
            taken.append((mover.x - half, mover.x + half, mover.y - mover.reach, mover.y + drop))
    return bool(taken)


def plan_labels(ranked: list[DrawnNode], edges: list[DrawnEdge], degree: dict[str, int],
                viewport: tuple[float, float], first: set[str],
                sized_for: float | None = None) -> tuple[float, tuple[float, float]]:
    """Place the labels, sized for the zoom ``sized_for`` (the one make_room made room
    for; by default the one at which the nodes fill the viewport), and find the zoom
    at which the nodes and the labels shown with them fill the viewport; returns that
    zoom and the centre of that view."""
    zoom = _planned_zoom(ranked, viewport)
    place_labels(ranked, edges, degree, max(zoom, sized_for or 0.0), first)
    left = right = top = bottom = 0.0
    for _ in range(4):
        boxes = [(n.x - n.reach, n.x + n.reach, n.y - n.reach, n.y + n.reach) for n in ranked]
        boxes += [item.caption.extent() for item in [*ranked, *edges] if item.caption.shown(zoom / LABEL_SHOW)]
        left, right, top, bottom = _extent(boxes) if boxes else (0.0, 0.0, 0.0, 0.0)
        fitted = min(1.0, viewport[0] / (MARGIN * max(right - left, 1e-6)),
                     viewport[1] / (MARGIN * max(bottom - top, 1e-6)))
        if fitted >= 0.99 * zoom:
            break
        zoom = fitted
    return zoom, (round((left + right) / 2, 1), round((top + bottom) / 2, 1))


def _node_places(node: DrawnNode) -> list[tuple[str, float, float, tuple[float, float, float, float]]]:
    """Where a node's label may go, best first: (name, anchor x, anchor y, box in
    pixels around the anchor at the label's reveal zoom): below, above, right, left,
    then the four corners."""
    width = LABEL_PX * text_width(node.label) + 2 * LABEL_PAD
    height = LABEL_HEIGHT * LABEL_PX
    rim = node.reach + LABEL_GAP
    corner = rim * 0.75   # a label at a corner starts past the shape's diagonal
    return [("below", node.x, node.y + rim, (-width / 2, width / 2, 0.0, height)),
            ("above", node.x, node.y - rim, (-width / 2, width / 2, -height, 0.0)),
            ("right", node.x + rim, node.y, (0.0, width, -height / 2, height / 2)),
            ("left", node.x - rim, node.y, (-width, 0.0, -height / 2, height / 2)),
            ("below right", node.x + corner, node.y + corner, (0.0, width, 0.0, height)),
            ("below left", node.x - corner, node.y + corner, (-width, 0.0, 0.0, height)),
            ("above right", node.x + corner, node.y - corner, (0.0, width, -height, 0.0)),
            ("above left", node.x - corner, node.y - corner, (-width, 0.0, -height, 0.0))]


def place_labels(nodes: list[DrawnNode], edges: list[DrawnEdge], degree: dict[str, int], zoom: float,
                 first: set[str] = frozenset()) -> None:
    """Give each node's label, then each edge's, its place and ``reveal`` zoom,
    greedily by rank: the nodes in ``first`` (parties to lawsuits), then nodes by
    degree (hubs may show up to LABEL_CAP times larger at the default zoom), then
    edges whose ends show first.  Every node's shape is an obstacle from the start.
    An edge label shows only once both ends' labels do and it fits its edge; a label
    that finds no room by MAX_ZOOM never shows (hovering tells the name).
    """
    boxes = _Boxes(2 * len(nodes) + len(edges))
    for node in nodes:
        boxes.block(node.x - node.reach, node.x + node.reach, node.y - node.reach, node.y + node.reach)
    top_degree = max(degree.values(), default=0) or 1
    for node in sorted(nodes, key=lambda n: (n.id not in first, -degree[n.id], n.label, n.id)):
        floor = zoom / _growth(degree[node.id], top_degree)
        places = _node_places(node)[:4 if len(nodes) > FEW_PLACES_FROM else None]
        reveals = boxes.clearing([p[1] for p in places], [p[2] for p in places], [p[3] for p in places], floor)
        best = int(np.argmin(reveals))   # the first of the soonest shown
        place, x, y, box = places[best]
        node.caption = Label(node.label, x, y, box, LABEL_PX, place=place)
        _settle(node.caption, float(reveals[best]), boxes)
    where = {node.id: node for node in nodes}
    floors = {}
    for edge in edges:
        head, tail = where[edge.head], where[edge.tail]
        length = math.hypot(head.x - tail.x, head.y - tail.y) - head.size - tail.size
        fits = EDGE_LABEL_PX * text_width(edge.label) / max(0.8 * length, 1e-6)
        floors[edge.id] = max(head.reveal, tail.reveal, fits)
    for edge in sorted(edges, key=lambda e: (floors[e.id], -e.width, e.id)):
        if floors[edge.id] > MAX_ZOOM:   # an end's label never shows, or the edge is too short
            edge.caption = Label(edge.label, px=EDGE_LABEL_PX, place="middle")
            continue
        head, tail = where[edge.head], where[edge.tail]
        # a curved edge's middle lies bend/2 of its length to the right of the chord's
        x = (head.x + tail.x) / 2 - (tail.y - head.y) * edge.bend / 2
        y = (head.y + tail.y) / 2 + (tail.x - head.x) * edge.bend / 2
        half_width = EDGE_LABEL_PX * text_width(edge.label) / 2 + LABEL_PAD
        half_height = LABEL_HEIGHT * EDGE_LABEL_PX / 2
        box = (-half_width, half_width, -half_height, half_height)
        edge.caption = Label(edge.label, x, y, box, EDGE_LABEL_PX, place="middle")
        _settle(edge.caption, float(boxes.clearing(x, y, box, floors[edge.id])[0]), boxes)


def _growth(degree: int, top_degree: int) -> float:
    """How much larger than LABEL_PX a node's label may open: up to LABEL_CAP for the
    node with the most edges."""
    return 1 + (LABEL_CAP - 1) * math.sqrt(degree / top_degree)


def _settle(label: Label, reveal: float, boxes: _Boxes) -> None:
    """Fix the label's reveal (NEVER past MAX_ZOOM) and make its box an obstacle."""
    if reveal > MAX_ZOOM:
        label.reveal = NEVER
        return
    label.reveal = math.ceil(reveal * 1e4) / 1e4
    boxes.block(*label.extent())


class _Boxes:
    """Boxes placed so far (node shapes and labels), in drawing units.

    A label anchored at (x, y) whose box is (left, right, top, bottom) pixels around
    the anchor at zoom z spans x + left / z .. x + right / z and y + top / z ..
    y + bottom / z in drawing units.  It clears a placed box to one side, above or
    below from some least z on; the least z that clears every placed box is solved
    for all of them at once.
    """

    def __init__(self, size: int) -> None:
        self.boxes = np.empty((size, 4))   # left, right, top, bottom
        self.count = 0

    def clearing(self, x, y, box, floor: float) -> np.ndarray:
        """The least zoom, not below ``floor``, from which a label clears every box:
        for each of several labels at once (``x``, ``y``: k anchors; ``box``: k×4).

        A label's box only shrinks towards its anchor as the zoom grows, so only the
        boxes it meets at a zoom can hold it back from there on.  A big label (a low
        floor) meets many: the answer is first sought among the few met at a higher
        probe zoom, and is exact wherever it lies at or above that probe.  The boxes
        met are found with numpy, a handful among thousands, then solved one by one."""
        xs, ys = np.atleast_1d(x).tolist(), np.atleast_1d(y).tolist()
        boxes = np.atleast_2d(np.asarray(box, dtype=float)).tolist()
        found: list[float | None] = [None] * len(boxes)
        for probe in (floor * 16, floor * 4, floor):
            pending = [index for index, value in enumerate(found) if value is None]
            near = self._near([xs[i] for i in pending], [ys[i] for i in pending], [boxes[i] for i in pending], probe)
            for index in pending:
                zoom = _clear_zoom(xs[index], ys[index], boxes[index], probe, near)
                if zoom >= probe or probe <= floor:
                    found[index] = max(floor, zoom)
            if None not in found:
                break
        return np.array(found, dtype=float)

    def _near(self, xs: list[float], ys: list[float], boxes: list[list[float]], zoom: float) -> list[list[float]]:
        """The placed boxes that meet the box around all these labels at ``zoom``."""
        if not self.count:
            return []
        left = min(x + box[0] / zoom for x, box in zip(xs, boxes))
        right = max(x + box[1] / zoom for x, box in zip(xs, boxes))
        top = min(y + box[2] / zoom for y, box in zip(ys, boxes))
        bottom = max(y + box[3] / zoom for y, box in zip(ys, boxes))
        placed = self.boxes[:self.count]
        return placed[(placed[:, 0] < right) & (placed[:, 1] > left)
                      & (placed[:, 2] < bottom) & (placed[:, 3] > top)].tolist()

    def block(self, left: float, right: float, top: float, bottom: float) -> None:
        self.boxes[self.count] = (left, right, top, bottom)
        self.count += 1


def _clear_zoom(x: float, y: float, box: list[float], floor: float, placed: list[list[float]]) -> float:
    """The least zoom from which a label anchored at (x, y), its box ``box`` pixels
    around the anchor, clears each of the ``placed`` boxes it meets at ``floor``."""
    left, right, top, bottom = box
    worst = 0.0
    for other_left, other_right, other_top, other_bottom in placed:
        if (x + left / floor >= other_right or x + right / floor <= other_left
                or y + top / floor >= other_bottom or y + bottom / floor <= other_top):
            continue   # clear already at the floor
        # clear to the right of the box: -left / z <= x - other_right, and so on per side
        clear = min(_zoom_from(-left, x - other_right), _zoom_from(right, other_left - x),
                    _zoom_from(-top, y - other_bottom), _zoom_from(bottom, other_top - y))
        worst = max(worst, clear)
    return worst


def _zoom_from(reach: float, gap: float) -> float:
    """The least zoom z > 0 from which ``reach / z <= gap`` holds for good (inf if
    never): a label reaching ``reach`` pixels out from its anchor towards a box
    ``gap`` drawing units away."""
    if reach <= 0:
        return 0.0 if gap >= 0 else math.inf
    return reach / gap if gap > 0 else math.inf
