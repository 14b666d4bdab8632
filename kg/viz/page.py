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
from pathlib import Path

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from .scene import EDGE_LABEL_CAP, EDGE_LABEL_PX, LABEL_CAP, LABEL_PX, Scene
from .style import ASSETS, darker
from .svg import legend_glyph

VIS_JS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
TEMPLATE = "view.html.j2"
BIG = 1000   # nodes from which edges hide while dragging or zooming
_environment = Environment(loader=FileSystemLoader(ASSETS), autoescape=select_autoescape(default=True))


def render_page(scene: Scene, title: str | None = None) -> str:
    """A whole HTML document showing the scene."""
    return _render(scene, title, fragment=False)


def render_fragment(scene: Scene, title: str | None = None, height: str = "640px") -> str:
    """One div with its style and scripts, to paste into a report page; its ids are
    namespaced by a hash of its content, so two views can share a page."""
    return _render(scene, title, fragment=True, height=height)


def script_json(value: object) -> Markup:
    """JSON that is safe inside <script>: no ``</script>``, ``<!--`` or ``&`` can form."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return Markup(text)


def network(scene: Scene) -> Network:
    """The scene as a pyvis Network: nodes at fixed positions, one vis group per type."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for node in scene.nodes:
        net.add_node(node.id, label=node.label, shape=node.shape, group=node.type, x=node.x, y=node.y,
                     size=node.size, font={"size": round(node.font_size, 3)}, type=node.type,
                     names=node.names, details=node.details, reveal=node.reveal)
    for edge in scene.edges:
        options = {"id": edge.id, "label": edge.label, "color": edge.colour, "width": edge.width,
                   "font": {"size": round(edge.font_size, 3)}, "relation": edge.relation,
                   "details": edge.details}
        if not edge.arrow:
            options["arrows"] = {"to": {"enabled": False}}
        if edge.dashed:
            options["dashes"] = True
        if edge.bend:
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": edge.bend}
        # pyvis's add_edge looks both ends up in a list, quadratic on thousands of edges
        net.edges.append(dict(options, **{"from": edge.head, "to": edge.tail}))
    net.options = _options(scene)
    return net


def _options(scene: Scene) -> dict:
    big = len(scene.nodes) >= BIG
    label_font = {"color": "#212529", "strokeWidth": 3, "strokeColor": "#ffffff",
                  "face": "system-ui, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"}
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "keyboard": False},
        "nodes": {"borderWidth": 1, "font": label_font,
                  "scaling": {"label": {"drawThreshold": LABEL_PX}}},
        "edges": {"smooth": False, "color": {"inherit": False}, "selectionWidth": 2,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": dict(label_font, color="#495057", align="horizontal"),
                  "scaling": {"label": {"drawThreshold": EDGE_LABEL_PX}}},
        "groups": {item.name: {"shape": item.shape, "color": {
            "background": item.colour, "border": darker(item.colour),
            "highlight": {"background": item.colour, "border": "#212529"},
            "hover": {"background": item.colour, "border": "#212529"}}} for item in scene.types},
    }


def _render(scene: Scene, title: str | None, fragment: bool, height: str = "640px") -> str:
    net = network(scene)
    nodes, edges, _, _, _, options = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "text": scene.text,
            "labels": {"node": {"px": LABEL_PX, "cap": LABEL_CAP},
                       "edge": {"px": EDGE_LABEL_PX, "cap": EDGE_LABEL_CAP}},
            "typeNames": {item.name: item.title for item in scene.types}}
    payload = script_json(data)
    prefix = "kgv-" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:10]
    return _environment.get_template(TEMPLATE).render(
        fragment=fragment, lang=scene.lang, title=title or scene.text["title"], height=height,
        scene=scene, text=scene.text, prefix=prefix, data=payload,
        options=script_json(json.loads(options)),
        glyphs={item.name: Markup(legend_glyph(item.shape, item.colour)) for item in scene.types},
        css=Markup((ASSETS / "view.css").read_text(encoding="utf-8")),
        view_js=Markup((ASSETS / "view.js").read_text(encoding="utf-8")),
        vis_js=Markup(VIS_JS.read_text(encoding="utf-8")),
    )
