"""The interactive view: a pyvis network rendered through our own template, with the
vis-network library inlined so the file opens offline, from disk or in an iframe.

pyvis's own template links Bootstrap from a CDN and puts node titles into tooltips as
HTML; ours inlines everything, turns physics off (positions come from Python) and
builds the details from text escaped in Python.  Data goes into the page as JSON in
which ``<``, ``>`` and ``&`` are \\u escapes, so no name can close the script.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from .labels import EDGE_LABEL_CAP, EDGE_LABEL_PX, LABEL_CAP, LABEL_PAD, LABEL_PX, LABEL_SHOW, NEVER, VIEWPORT, Label
from .scene import Scene
from .style import ASSETS, darker
from .svg import FONT, legend_glyph

VIS_JS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
TEMPLATE = "view.html.j2"
BIG = 1000   # nodes from which edges hide while dragging or zooming
_environment = Environment(loader=FileSystemLoader(ASSETS), autoescape=select_autoescape(default=True))


SIDEBARS = ("full", "compact", "none")
SIDEBAR_PX, STRIP_PX, CHROME_PX = 240, 56, 80   # the sidebar column, the compact strip, header and panel
_LENGTH = re.compile(r"(\d+(?:\.\d+)?)(px|%|em|rem|vh|vw)?")


@dataclass(frozen=True)
class Frame:
    """How the view sits in its page: its CSS ``width`` and ``height`` (``900px``,
    ``100%``; a bare number is pixels), the ``sidebar`` of legend and filters
    (``full`` column, ``compact`` strip above the graph, ``none``: hidden until its
    button is pressed), and whether the vis-network ``library`` is inlined (a
    fragment without it waits for the page to load the file ``kg viz
    --library-only`` writes)."""
    width: str = "100%"
    height: str | None = None       # None: the window's height for a page, 640px for a fragment
    sidebar: str = "full"
    library: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "width", css_length(self.width, "width"))
        if self.height is not None:
            object.__setattr__(self, "height", css_length(self.height, "height"))
        if self.sidebar not in SIDEBARS:
            raise ValueError(f"unknown sidebar {self.sidebar!r}: choose one of {', '.join(SIDEBARS)}")

    def viewport(self) -> tuple[float, float]:
        """The canvas in pixels, as far as the frame fixes it (VIEWPORT for the rest):
        the width less the sidebar column, the height less header, strip and panel."""
        width, height = VIEWPORT
        if self.width.endswith("px"):
            width = float(self.width[:-2]) - (SIDEBAR_PX if self.sidebar == "full" else 0) - 2
        if self.height is not None and self.height.endswith("px"):
            height = float(self.height[:-2]) - CHROME_PX - (STRIP_PX if self.sidebar == "compact" else 0)
        return max(width, 120.0), max(height, 120.0)


def css_length(value: str | int | float, what: str = "length") -> str:
    """``value`` as a CSS length: ``900`` -> ``900px``; ``100%``, ``40em``, ``80vh`` kept."""
    match = _LENGTH.fullmatch(str(value).strip())
    if not match:
        raise ValueError(f"{what} {value!r} is not a length such as 900, 900px or 100%")
    return match.group(1) + (match.group(2) or "px")


def render_page(scene: Scene, title: str | None = None, frame: Frame = Frame()) -> str:
    """A whole HTML document showing the scene."""
    return _render(scene, title, fragment=False, frame=frame)


def render_fragment(scene: Scene, title: str | None = None, frame: Frame = Frame()) -> str:
    """One div with its style and scripts, to paste into a report page; its ids are
    namespaced by a hash of its content, so several views can share a page, and the
    inlined vis-network runs once however many fragments carry it."""
    return _render(scene, title, fragment=True, frame=frame)


def library() -> str:
    """The vis-network script the page inlines, for ``kg viz --library-only``."""
    return VIS_JS.read_text(encoding="utf-8")


def script_json(value: object) -> Markup:
    """JSON that is safe inside <script>: no ``</script>``, ``<!--`` or ``&`` can form."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return Markup(text)


def network(scene: Scene) -> Network:
    """The scene as a pyvis Network: nodes at fixed positions, one vis group per type.
    Labels are not vis-network's: the page draws them where the scene placed them
    (``lab``: anchor and box, ``reveal``; ``lines``: a node's label as wrapped)."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    # appended as they are: pyvis's add_node would label a node by its id, and its
    # add_edge looks both ends up in a list, quadratic on thousands of edges
    for node in scene.nodes:
        net.nodes.append({"id": node.id, "shape": node.shape, "group": node.type, "x": node.x, "y": node.y,
                          "size": node.size, "type": node.type, "name": node.label, "names": node.names,
                          "details": node.details, "reveal": node.reveal, "lab": _caption(node.caption),
                          "suits": node.suits, "lines": node.caption.lines or [node.label]})
    for edge in scene.edges:
        options = {"id": edge.id, "name": edge.label, "color": edge.colour, "width": edge.width, "relation": edge.relation,
                   "heading": edge.heading, "body": edge.body, "dates": edge.dates, "status": edge.status,
                   "fix": edge.correction, "reveal": edge.reveal, "lab": _caption(edge.caption)}
        if not edge.arrow:
            options["arrows"] = {"to": {"enabled": False}}
        if edge.dashed:
            options["dashes"] = True
        if edge.bend:
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": edge.bend}
        if edge.status != "extracted":   # an analyst's fact: a green glow
            options["shadow"] = {"enabled": True, "color": "rgba(47,158,68,0.7)", "size": 7, "x": 0, "y": 0}
        net.edges.append(dict(options, **{"from": edge.head, "to": edge.tail}))
    net.options = _options(scene)
    return net


def _caption(label: Label) -> list[float] | None:
    """[anchor x, anchor y, box left, right, top, bottom]; None for a label never shown."""
    if label.reveal >= NEVER:
        return None
    return [round(value, 2) for value in (label.x, label.y, *label.box)]


def _options(scene: Scene) -> dict:
    big = len(scene.nodes) >= BIG
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "keyboard": False},
        "nodes": {"borderWidth": 1},
        "edges": {"smooth": False, "color": {"inherit": False}, "selectionWidth": 2,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
        "groups": {item.name: {"shape": item.shape, "color": {
            "background": item.colour, "border": darker(item.colour),
            "highlight": {"background": item.colour, "border": "#212529"},
            "hover": {"background": item.colour, "border": "#212529"}}} for item in scene.types},
    }


def _render(scene: Scene, title: str | None, fragment: bool, frame: Frame) -> str:
    net = network(scene)
    nodes, edges, _, _, _, options = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "text": scene.text,
            "labels": {"node": {"px": LABEL_PX, "cap": LABEL_CAP, "kind": "node"},
                       "edge": {"px": EDGE_LABEL_PX, "cap": EDGE_LABEL_CAP, "kind": "edge"},
                       "font": FONT, "show": LABEL_SHOW, "pad": LABEL_PAD},
            "roles": [[role.relation, role.side, role.title] for role in scene.roles],
            "start": {"x": scene.centre[0], "y": scene.centre[1], "zoom": round(scene.zoom, 5),
                      "viewport": list(scene.viewport)},
            "typeNames": {item.name: item.title for item in scene.types}}
    payload = script_json(data)
    prefix = "kgv-" + hashlib.sha1((payload + repr(frame)).encode("utf-8")).hexdigest()[:10]
    height = frame.height or ("640px" if fragment else "100%")
    return _environment.get_template(TEMPLATE).render(
        fragment=fragment, lang=scene.lang, title=title or scene.text["title"], width=frame.width,
        height=height, sidebar=frame.sidebar, library=frame.library,
        scene=scene, text=scene.text, prefix=prefix, data=payload,
        options=script_json(json.loads(options)),
        glyphs={item.name: Markup(legend_glyph(item.shape, item.colour)) for item in scene.types},
        css=Markup((ASSETS / "view.css").read_text(encoding="utf-8")),
        view_js=Markup((ASSETS / "view.js").read_text(encoding="utf-8")),
        vis_js=Markup(library()) if frame.library else "",
    )
