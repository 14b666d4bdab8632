"""Where labels go: every label of a scene placed so that none overlaps another label
or a node, at any zoom, the most important shown when the view opens.

A label shows from a zoom level ``reveal`` on, the least zoom at which its box clears
every node and the box of every label ranked before it (parties to lawsuits first,
then nodes with more edges, then edges); a node's label goes below, above, beside or
at a corner of it, wherever it shows soonest.  A label revealed at zoom ``reveal`` is
drawn LABEL_PX / reveal drawing units high (LABEL_PX pixels at that zoom) and keeps
that size in drawing units, so its box clears the others at every zoom; the page
draws it no larger than that box.

Before that, crowded nodes are moved apart (make_room) until the labels that matter
most have room at the zoom the view opens at, and a party whose label still finds no
room is moved to the nearest free spot within the view at the least zoom its label
needs (relocate), so that the moves never make the view open too far out to show it.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from .layout import remove_overlaps

if TYPE_CHECKING:
    from .scene import DrawnEdge, DrawnNode

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
MAX_WIDEN = 1.6         # a drawing narrower than the screen is stretched sideways up to this
FEW_PLACES_FROM = 1000  # nodes from which labels are tried below, above and beside only (not at corners)
PARTY_LIMIT = 150       # nodes up to which every party is meant to be labelled at the default zoom
WRAP_WIDTH = 10.0       # font heights past which a label is wrapped, onto WRAP_LINES lines at most
WRAP_LINES = 3
# how far vis-network draws a shape from its centre, in node sizes, where it is not 1
SHAPE_REACH = {"triangle": 1.15, "triangleDown": 1.15, "star": 1.07}


@dataclass
class Label:
    """A label's text and where it is drawn: anchored at (x, y) in drawing units, its
    box ``box`` = (left, right, top, bottom) pixels around the anchor at zoom
    ``reveal``, where its font is ``px`` pixels high, on as many ``lines`` (a node's
    label wrapped) as the box holds.  From ``reveal`` on the box is fixed in drawing
    units (``box / reveal``); the page shrinks the font past
    LABEL_CAP times its size, towards the anchor, so the text stays inside."""
    text: str
    x: float = 0.0
    y: float = 0.0
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    px: float = LABEL_PX
    reveal: float = NEVER
    place: str = "below"
    lines: list[str] = field(default_factory=list)   # [] for an edge's, drawn on one line

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


def label_scene(ranked: list[DrawnNode], edges: list[DrawnEdge], degree: dict[str, int],
                viewport: tuple[float, float], parties: set[str]) -> tuple[float, tuple[float, float]]:
    """Place every label of ``ranked`` nodes (most important first) and ``edges`` for
    a canvas of ``viewport`` pixels, moving nodes where they crowd; returns the zoom
    the view opens at and the point it opens on."""
    sized_for = make_room(ranked, viewport, degree)
    moved: set[str] = set()
    for round in range(PARTY_ROUNDS):
        zoom, centre = plan_labels(ranked, edges, degree, viewport, parties, sized_for, moved)
        unlabelled = [n for n in ranked if n.id in parties and not n.caption.shown(zoom / LABEL_SHOW)]
        # the last round only plans: labels are never left where the nodes stood before a move
        if round == PARTY_ROUNDS - 1 or not unlabelled or len(ranked) > PARTY_LIMIT:
            break
        # a label placed at its least reveal (the zoom labels are sized for) shows from
        # LABEL_SHOW of that zoom on: the drawing may grow to fit that zoom, no further
        needed = LABEL_SHOW * max(_planned_zoom(ranked, viewport), sized_for or 0.0)
        if not relocate(unlabelled, ranked, needed, _frame(centre, viewport, needed)):
            break
        moved |= {n.id for n in unlabelled}  # labelled first next time: the spot they were moved to is theirs
    return zoom, centre


def text_width(label: str) -> float:
    """Width of a label in font heights: CJK and full-width characters are square,
    capitals and digits about 0.7 wide, other Latin ones about 0.56 (the page
    shrinks a label whose font runs wider, so this is a plan, not a risk)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.7 if ch.isupper() or ch.isdigit() else 0.56
               for ch in label)


def wrap(label: str) -> list[str]:
    """A label's lines: one up to WRAP_WIDTH font heights wide, else two or three of
    about equal width, broken between words (Authors Guild / of America) or, in text
    without spaces, between characters (美国加利福尼亚州 / 北区联邦地区法院).  A long
    label on one line is wide enough to push the view open past the zoom at which
    labels show, and takes room beside its node that a compact one leaves free."""
    width = text_width(label)
    if width <= WRAP_WIDTH:
        return [label]
    count = min(WRAP_LINES, math.ceil(width / WRAP_WIDTH))
    spaced = " " in label.strip()
    joiner = " " if spaced else ""
    pieces = label.split(" ") if spaced else list(label)
    lines: list[str] = []
    line: list[str] = []
    for index, piece in enumerate(pieces):
        line.append(piece)
        done, rest = text_width(joiner.join(line)), text_width(joiner.join(pieces[index + 1:]))
        # a line ends once it holds about its share of what the lines still to come hold
        if len(lines) < count - 1 and rest and done + text_width(piece) / 2 >= (done + rest) / (count - len(lines)):
            lines.append(joiner.join(line))
            line = []
    if line:
        lines.append(joiner.join(line))
    return lines


def label_size(label: str) -> tuple[float, int]:
    """(width in font heights of the widest line, number of lines) of a label."""
    lines = wrap(label)
    return max(text_width(line) for line in lines), len(lines)


def _planned_zoom(nodes: list[DrawnNode], viewport: tuple[float, float]) -> float:
    """The zoom at which the nodes fill the viewport (with a margin), 1 at most."""
    if not nodes:
        return 1.0
    left, right, top, bottom = _extent([n.box for n in nodes])
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
    sizes = np.array([(LABEL_PX * widest + 2 * LABEL_PAD, LABEL_HEIGHT * LABEL_PX * lines)
                      for widest, lines in (label_size(n.label) for n in ranked)])
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


def _frame(centre: tuple[float, float], viewport: tuple[float, float],
           zoom: float) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) of what the view opening on ``centre`` at ``zoom``
    shows (less the margin), in drawing units."""
    half_width, half_height = (side / (2 * MARGIN * zoom) for side in viewport)
    return centre[0] - half_width, centre[0] + half_width, centre[1] - half_height, centre[1] + half_height


def relocate(movers: list[DrawnNode], nodes: list[DrawnNode], zoom: float,
             frame: tuple[float, float, float, float]) -> bool:
    """Move each of ``movers`` (nodes whose label found no room) to the free spot
    nearest to it inside ``frame`` (the view at the least zoom at which the labels
    show), where its shape and its label below it at ``zoom`` clear every other node
    and every label shown at that zoom; a last resort for the labels that must show
    (parties to lawsuits).  A mover with no such spot stays: a spot past the frame
    would make the view open at a zoom too small for every label.  True if any moved."""
    shown = [n for n in nodes if n.caption.shown(zoom / LABEL_SHOW)]
    left, right, top, bottom = frame
    taken: list[tuple[float, float, float, float]] = []   # the boxes of those moved so far
    for mover in movers:
        obstacles = np.array([n.box for n in nodes if n is not mover]
                             + [n.caption.extent() for n in shown if n is not mover] + taken)
        width, lines = label_size(mover.label)
        half = max(mover.reach, (LABEL_PX * width / 2 + LABEL_PAD) / zoom)
        drop = mover.reach + LABEL_GAP + LABEL_HEIGHT * LABEL_PX * lines / zoom
        # every spot of a grid over the frame, nearest first
        step = mover.reach + LABEL_GAP
        xs, ys = (grid.ravel() for grid in np.meshgrid(np.arange(left + half, right - half, step),
                                                       np.arange(top + mover.reach, bottom - drop, step)))
        order = np.argsort(np.hypot(xs - mover.x, ys - mover.y), kind="stable")
        xs, ys = xs[order], ys[order]
        clear = ((xs[:, None] + half <= obstacles[:, 0]) | (xs[:, None] - half >= obstacles[:, 1])
                 | (ys[:, None] + drop <= obstacles[:, 2]) | (ys[:, None] - mover.reach >= obstacles[:, 3])).all(axis=1)
        found = np.flatnonzero(clear)
        if len(found):
            mover.x, mover.y = round(float(xs[found[0]]), 1), round(float(ys[found[0]]), 1)
            taken.append((mover.x - half, mover.x + half, mover.y - mover.reach, mover.y + drop))
    return bool(taken)


def plan_labels(ranked: list[DrawnNode], edges: list[DrawnEdge], degree: dict[str, int],
                viewport: tuple[float, float], first: set[str],
                sized_for: float | None = None, foremost: set[str] = frozenset()) -> tuple[float, tuple[float, float]]:
    """Place the labels, sized for the zoom ``sized_for`` (the one make_room made room
    for; by default the one at which the nodes fill the viewport), and find the zoom
    at which the nodes and the labels shown with them fill the viewport; returns that
    zoom and the centre of that view."""
    zoom = _planned_zoom(ranked, viewport)
    place_labels(ranked, edges, degree, max(zoom, sized_for or 0.0), first, foremost)
    left = right = top = bottom = 0.0
    for _ in range(4):
        boxes = [n.box for n in ranked]
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
    width, lines = label_size(node.label)
    width = LABEL_PX * width + 2 * LABEL_PAD
    height = LABEL_HEIGHT * LABEL_PX * lines
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
                 first: set[str] = frozenset(), foremost: set[str] = frozenset()) -> None:
    """Give each node's label, then each edge's, its place and ``reveal`` zoom,
    greedily by rank: the nodes in ``first`` (parties to lawsuits), then nodes by
    degree (hubs may show up to LABEL_CAP times larger at the default zoom), then
    edges whose ends show first.  Every node's shape is an obstacle from the start.
    An edge label shows only once both ends' labels do and it fits its edge; a label
    that finds no room by MAX_ZOOM never shows (hovering tells the name).
    """
    boxes = _Boxes(2 * len(nodes) + len(edges))
    for node in nodes:
        boxes.block(*node.box)
    top_degree = max(degree.values(), default=0) or 1
    for node in sorted(nodes, key=lambda n: (n.id not in foremost, n.id not in first, -degree[n.id], n.label, n.id)):
        floor = zoom / _growth(degree[node.id], top_degree)
        places = _node_places(node)[:4 if len(nodes) > FEW_PLACES_FROM else None]
        reveals = boxes.clearing([p[1] for p in places], [p[2] for p in places], [p[3] for p in places], floor)
        best = int(np.argmin(reveals))   # the first of the soonest shown
        place, x, y, box = places[best]
        node.caption = Label(node.label, x, y, box, LABEL_PX, place=place, lines=wrap(node.label))
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
