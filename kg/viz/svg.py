"""The static picture of a view, for print: SVG written from the laid-out scene (shapes,
lines, labels, legend), and PNG from that SVG through headless Chromium."""
from __future__ import annotations

from html import escape
import math
import shutil
import subprocess
import tempfile
from pathlib import Path

from .scene import EDGE_LABEL_PX, LABEL_PX, Scene
from .style import darker

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars")
LEGEND_WIDTH = 230
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
    """The scene as a standalone SVG document ``width`` pixels wide; labels show as at
    the same zoom in the page, so they do not overlap either."""
    left, top, right, bottom = scene.bounds
    area = width - LEGEND_WIDTH - 2 * MARGIN
    scale = area / max(right - left, 1.0)
    height = min(max((bottom - top) * scale + 2 * MARGIN, 560), 2400)
    scale = min(scale, (height - 2 * MARGIN) / max(bottom - top, 1.0))

    def place(x: float, y: float) -> tuple[float, float]:
        return MARGIN + (x - left) * scale, MARGIN + (y - top) * scale

    where = {node.id: (node, *place(node.x, node.y)) for node in scene.nodes}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
             f'viewBox="0 0 {width} {height:.0f}" font-family="{escape(FONT)}">',
             f'<title>{escape(scene.text.get("title", ""))}</title>',
             '<rect width="100%" height="100%" fill="#ffffff"/>', _markers(scene)]
    for edge in scene.edges:
        (head, x1, y1), (tail, x2, y2) = where[edge.head], where[edge.tail]
        parts.append(_edge_path(edge, x1, y1, x2, y2, tail.size * scale, scale))
    for node, x, y in where.values():
        parts.append(glyph(node.shape, x, y, max(node.size * scale, 2.0), node.colour))
    for edge in scene.edges:
        if edge.reveal <= scale:
            (_, x1, y1), (_, x2, y2) = where[edge.head], where[edge.tail]
            parts.append(_text(edge.label, (x1 + x2) / 2, (y1 + y2) / 2, EDGE_LABEL_PX * scale / edge.reveal,
                               "#495057", "middle"))
    for node, x, y in where.values():
        if node.reveal <= scale:
            parts.append(_text(node.label, x, y + node.size * scale + 3, LABEL_PX * scale / node.reveal,
                               "#212529", "hanging"))
    parts.append(_legend(scene, width - LEGEND_WIDTH + 10))
    parts.append("</svg>")
    return "\n".join(parts)


def render_png(scene: Scene, path: str | Path, width: int = 1600) -> Path:
    """Write the scene's SVG as a PNG screenshot taken by headless Chromium."""
    browser = find_browser()
    if browser is None:
        raise RuntimeError("PNG needs Chromium (apt-get install chromium); write --format svg instead")
    svg = render_svg(scene, width)
    height = int(svg.split('height="', 1)[1].split('"', 1)[0])
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "view.svg"
        source.write_text(svg, encoding="utf-8")
        shot = Path(folder) / "view.png"
        subprocess.run([browser, *BROWSER_FLAGS, f"--user-data-dir={folder}/profile",
                        f"--window-size={width},{height}", f"--screenshot={shot}", source.as_uri()],
                       check=True, capture_output=True, timeout=120)
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


def _text(label: str, x: float, y: float, size: float, colour: str, baseline: str) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:.1f}" fill="{colour}" text-anchor="middle" '
            f'dominant-baseline="{baseline}" stroke="#ffffff" stroke-width="3" paint-order="stroke">'
            f'{escape(label)}</text>')


def _legend(scene: Scene, x: float) -> str:
    rows = [f'<g font-size="13"><text x="{x}" y="{MARGIN}" font-weight="600">{escape(scene.text["types"])}</text>']
    y = MARGIN + 22
    for item in scene.types:
        rows.append(glyph(item["shape"], x + 7, y - 4, 6, item["colour"]))
        rows.append(f'<text x="{x + 20}" y="{y}">{escape(item["title"])} ({item["count"]})</text>')
        y += 20
    rows.append(f'<text x="{x}" y="{y + 12}" font-weight="600">{escape(scene.text["relations"])}</text>')
    y += 34
    for item in scene.relations:
        rows.append(f'<line x1="{x}" y1="{y - 4}" x2="{x + 16}" y2="{y - 4}" stroke="{escape(item["colour"])}" stroke-width="3"/>')
        rows.append(f'<text x="{x + 20}" y="{y}">{escape(item["title"])} ({item["count"]})</text>')
        y += 20
    return "".join(rows) + "</g>"
