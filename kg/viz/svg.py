"""The static picture of a view, for print: SVG written from the laid-out scene (shapes,
lines, labels, legend), and PNG from that SVG through headless Chromium."""
from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from .labels import EDGE_LABEL_CAP, LABEL_CAP, LABEL_HEIGHT, LABEL_SHOW, Label, text_width
from .scene import Scene
from .style import darker

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars")
LEGEND_WIDTH = 230
MAX_SCALE = 1.5     # a small graph is not blown up past this
MARGIN = 30
FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"


def glyph(shape: str, x: float, y: float, radius: float, colour: str) -> str:
    """An SVG element drawing a vis-network node shape centred on (x, y)."""
    style = f'fill="{escape(colour)}" stroke="{escape(darker(colour))}" stroke-width="1"'
    if shape == "dot":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" {style}/>'
    if shape == "square":
        return (f'<rect x="{x - radius:.1f}" y="{y - radius:.1f}" width="{2 * radius:.1f}" '
                f'height="{2 * radius:.1f}" {style}/>')
    corners = {
        "triangle": [(0, -1.15), (1, 0.58), (-1, 0.58)],
        "triangleDown": [(0, 1.15), (1, -0.58), (-1, -0.58)],
        "diamond": [(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)],
        "hexagon": [(math.cos(a), math.sin(a)) for a in (i * math.pi / 3 for i in range(6))],
        "star": [(r * math.sin(a), -r * math.cos(a))
                 for i in range(10) for a, r in [(i * math.pi / 5, 1.2 if i % 2 == 0 else 0.5)]],
    }.get(shape)
    if corners is None:
        return glyph("dot", x, y, radius, colour)
    points = " ".join(f"{x + dx * radius:.1f},{y + dy * radius:.1f}" for dx, dy in corners)
    return f'<polygon points="{points}" {style}/>'


def legend_glyph(shape: str, colour: str) -> str:
    """A 14-pixel inline SVG of a type's shape, for the page's legend."""
    return f'<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">{glyph(shape, 7, 7, 5, colour)}</svg>'


def render_svg(scene: Scene, width: int = 1600) -> str:
    """The scene as a standalone SVG document about ``width`` pixels wide.

    Drawn at the zoom the page opens at, or closer when that leaves the picture
    narrower than ``width``: labels show as they would at that zoom in the page, so
    they do not overlap either, and are kept to print size (shrinking a label keeps it
    inside the box it was placed with).
    """
    xs = [n.x for n in scene.nodes] or [0.0]
    scale = max(scene.zoom, min((width - LEGEND_WIDTH) / max(max(xs) - min(xs), 1.0), MAX_SCALE))
    where = {node.id: (node, node.x * scale, node.y * scale) for node in scene.nodes}
    extent = _Extent()
    shapes, texts = [], []
    for edge in scene.edges:
        (_, x1, y1), (tail, x2, y2) = where[edge.head], where[edge.tail]
        shapes.append(_edge_path(edge, x1, y1, x2, y2, tail.size * scale, scale))
        texts.append(_caption(edge.caption, scale, EDGE_LABEL_CAP, "#495057", extent))
    for node, x, y in where.values():
        radius = max(node.size * scale, 2.0)
        shapes.append(glyph(node.shape, x, y, radius, node.colour))
        extent.add(x - radius, y - radius, x + radius, y + radius)
        texts.append(_caption(node.caption, scale, LABEL_CAP, "#212529", extent))
    if not scene.nodes:
        extent.add(0, 0, 200, 200)
    left, top = extent.left - MARGIN, extent.top - MARGIN
    legend, legend_bottom = _legend(scene, extent.right + MARGIN, top + MARGIN)
    right = extent.right + MARGIN + LEGEND_WIDTH
    bottom = max(extent.bottom, legend_bottom) + MARGIN
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{right - left:.0f}" height="{bottom - top:.0f}" '
        f'viewBox="{left:.0f} {top:.0f} {right - left:.0f} {bottom - top:.0f}" font-family="{escape(FONT)}">',
        f'<title>{escape(scene.text["title"])}</title>',
        f'<rect x="{left:.0f}" y="{top:.0f}" width="100%" height="100%" fill="#ffffff"/>',
        _markers(scene), *shapes, *filter(None, texts), legend, "</svg>"])


def render_png(scene: Scene, path: str | Path, width: int = 1600) -> Path:
    """Write the scene's SVG as a PNG screenshot taken by headless Chromium."""
    browser = find_browser()
    if browser is None:
        raise RuntimeError("PNG needs Chromium (apt-get install chromium); write --format svg instead")
    svg = render_svg(scene, width)
    width, height = (int(svg.split(f'{side}="', 1)[1].split('"', 1)[0]) for side in ("width", "height"))
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "view.svg"
        source.write_text(svg, encoding="utf-8")
        shot = Path(folder) / "view.png"
        try:
            subprocess.run([browser, *BROWSER_FLAGS, f"--user-data-dir={folder}/profile",
                            f"--window-size={width},{height}", f"--screenshot={shot}", source.as_uri()],
                           check=True, capture_output=True, timeout=120)
        except subprocess.SubprocessError as error:
            raise RuntimeError(f"Chromium could not draw the PNG ({error}); write --format svg instead") from None
        if not shot.is_file():
            raise RuntimeError("Chromium wrote no PNG; write --format svg instead")
        shutil.move(shot, path)
    return path


def find_browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def _edge_path(edge, x1: float, y1: float, x2: float, y2: float, tail_radius: float, scale: float) -> str:
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    if edge.arrow:   # stop at the tail's rim so the arrow head shows
        x2, y2 = x2 - (x2 - x1) * tail_radius / length, y2 - (y2 - y1) * tail_radius / length
    stroke = (f'stroke="{escape(edge.colour)}" stroke-width="{max(edge.width * min(scale, 1.5), 0.6):.1f}" fill="none"'
              + (' stroke-dasharray="4 3"' if edge.dashed else "")
              + (f' marker-end="url(#arrow-{edge.colour.lstrip("#")})"' if edge.arrow else ""))
    if edge.bend:
        # the control point sits to the right of head -> tail, like vis-network's curvedCW
        cx = (x1 + x2) / 2 - (y2 - y1) * edge.bend
        cy = (y1 + y2) / 2 + (x2 - x1) * edge.bend
        return f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" {stroke}/>'
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" {stroke}/>'


def _markers(scene: Scene) -> str:
    colours = sorted({edge.colour for edge in scene.edges if edge.arrow})
    return "<defs>" + "".join(
        f'<marker id="arrow-{escape(colour.lstrip("#"))}" viewBox="0 0 10 10" refX="9" refY="5" '
        f'markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{escape(colour)}"/></marker>' for colour in colours) + "</defs>"


def _caption(label: Label, scale: float, cap: float, colour: str, extent: _Extent) -> str:
    """A label as the page draws it at zoom ``scale``: in its box, no larger than
    ``cap`` times its planned size; nothing if it does not show at that zoom."""
    if label.reveal * LABEL_SHOW > scale:
        return ""
    size = min(label.px * scale / label.reveal, cap * label.px)
    shrink = size / label.px
    left, right, top, bottom = (value * shrink for value in label.box)
    x, y = label.x * scale, label.y * scale
    return _text(label.lines or [label.text], x + (left + right) / 2, y + (top + bottom) / 2, size, colour, extent)


def _text(lines: list[str], x: float, y: float, size: float, colour: str, extent: _Extent) -> str:
    """A label's lines centred on (x, y), one below another, with a white halo, as the
    page draws them."""
    half = size * max(text_width(line) for line in lines) / 2
    step = LABEL_HEIGHT * size   # each line has the height the label's box gives it
    first = y - step * (len(lines) - 1) / 2
    extent.add(x - half, first - 0.6 * size, x + half, first + step * (len(lines) - 1) + 0.6 * size)
    spans = escape(lines[0]) if len(lines) == 1 else "".join(
        f'<tspan x="{x:.1f}" y="{first + index * step:.1f}">{escape(line)}</tspan>' for index, line in enumerate(lines))
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:.1f}" fill="{colour}" text-anchor="middle" '
            f'dominant-baseline="central" stroke="#ffffff" stroke-width="3" paint-order="stroke">'
            f'{spans}</text>')


def _legend(scene: Scene, x: float, y: float) -> tuple[str, float]:
    """The legend's SVG, its top left at (x, y), and the y it ends at."""
    rows = [f'<g font-size="13"><text x="{x:.0f}" y="{y:.0f}" font-weight="600">{escape(scene.text["types"])}</text>']
    y += 22
    for item in scene.types:
        rows.append(glyph(item.shape, x + 7, y - 4, 6, item.colour))
        rows.append(f'<text x="{x + 20:.0f}" y="{y:.0f}">{escape(item.title)} ({item.count})</text>')
        y += 20
    rows.append(f'<text x="{x:.0f}" y="{y + 12:.0f}" font-weight="600">{escape(scene.text["relations"])}</text>')
    y += 34
    for item in scene.relations:
        rows.append(f'<line x1="{x:.0f}" y1="{y - 4:.0f}" x2="{x + 16:.0f}" y2="{y - 4:.0f}" '
                    f'stroke="{escape(item.colour)}" stroke-width="3"/>')
        rows.append(f'<text x="{x + 20:.0f}" y="{y:.0f}">{escape(item.title)} ({item.count})</text>')
        y += 20
    return "".join(rows) + "</g>", y


class _Extent:
    """The smallest box holding everything drawn so far."""

    def __init__(self) -> None:
        self.left = self.top = math.inf
        self.right = self.bottom = -math.inf

    def add(self, left: float, top: float, right: float, bottom: float) -> None:
        self.left, self.top = min(self.left, left), min(self.top, top)
        self.right, self.bottom = max(self.right, right), max(self.bottom, bottom)
