"""How fast is the graph view on a big graph?

    .venv/bin/python bench/viz_bench.py [--nodes 2000] [--out /tmp/viz-bench]

Builds a synthetic AI-law graph (hubs such as 美国 or OpenAI, the SCHEMA.md type and
relation mix, Chinese labels with English aliases, an evidence sentence per fact),
then prints the layout time in Python, the time to build the page, the HTML size,
and the time until the page is interactive in headless Chromium: from navigation
start to the view's first drawn frame (``window.__kgReadyAt``).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.graph import KnowledgeGraph  # noqa: E402
from kg.model import Entity, Evidence  # noqa: E402
from kg.viz import build_scene, layout  # noqa: E402
from kg.viz.page import render_page  # noqa: E402

SHARES = {"Company": 30, "Law": 15, "Regulator": 12, "Organization": 10, "AIModel": 10,
          "Person": 8, "Case": 5, "Court": 4, "Jurisdiction": 3, "Legislature": 3}
CHINESE = {"Company": "公司", "Law": "法规", "Regulator": "监管局", "Organization": "协会",
           "AIModel": "模型", "Person": "人物", "Case": "案", "Court": "法院", "Jurisdiction": "地区",
           "Legislature": "议会"}
# (relation, head types, tail types, how many per node of the graph)
PATTERNS = [
    ("jurisdiction", ("Regulator", "Court", "Legislature", "Law", "Company"), ("Jurisdiction",), 0.5),
    ("issued", ("Regulator", "Legislature"), ("Law",), 0.3),
    ("proposed", ("Regulator", "Legislature"), ("Law",), 0.1),
    ("released", ("Company",), ("AIModel",), 0.25),
    ("sued", ("Company", "Person", "Organization"), ("Company",), 0.2),
    ("adjudicated", ("Court",), ("Company", "Person"), 0.1),
    ("fined", ("Regulator",), ("Company",), 0.1),
    ("investigated", ("Regulator",), ("Company", "AIModel"), 0.1),
    ("partnered", ("Company", "Organization"), ("Company", "Organization"), 0.2),
    ("investedIn", ("Company",), ("Company",), 0.1),
    ("partOf", ("Company", "Regulator"), ("Company", "Regulator"), 0.05),
]


def synthetic_graph(count: int = 2000, seed: int = 7) -> KnowledgeGraph:
    """A graph of ``count`` nodes with power-law popularity, so some nodes are hubs."""
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    by_type: dict[str, list[str]] = {t: [] for t in SHARES}
    weight: dict[str, float] = {}
    types = rng.choices(list(SHARES), weights=list(SHARES.values()), k=count)
    for index, entity_type in enumerate(types):
        node = f"n{index}"
        kg.add_entity(Entity(node, entity_type, f"{CHINESE[entity_type]}{index}",
                             {f"{entity_type} {index}"}))
        by_type[entity_type].append(node)
        weight[node] = 1 / (1 + index) ** 0.8 + 0.002
    for relation, heads, tails, per_node in PATTERNS:
        head_pool = [n for t in heads for n in by_type[t]]
        tail_pool = [n for t in tails for n in by_type[t]]
        for _ in range(int(per_node * count)):
            head = rng.choices(head_pool, weights=[weight[n] for n in head_pool])[0]
            tail = rng.choices(tail_pool, weights=[weight[n] for n in tail_pool])[0]
            date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            sentence = f"{kg.entity(head)['label']} 与 {kg.entity(tail)['label']} 的 {relation} 事实，见报道。"
            kg.add_fact(head, relation, tail, Evidence(
                "bench.txt", f"item {rng.randint(1, 500)}", sentence, 0, len(sentence), date,
                "Synthetic News", f"https://example.org/news/{rng.randint(1, 10**6)}"))
    return kg


def time_in_browser(path: Path) -> float | None:
    """Milliseconds from navigation start to the first drawn frame, or None without
    Playwright and Chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    from kg.viz.svg import BROWSER_FLAGS, find_browser
    browser_path = find_browser()
    if browser_path is None:
        return None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=list(BROWSER_FLAGS))
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(path.as_uri())
        page.wait_for_function("window.__kgReady === true", timeout=120_000)
        ready = page.evaluate("window.__kgReadyAt")
        browser.close()
    return ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/viz-bench"))
    args = parser.parse_args()
    kg = synthetic_graph(args.nodes)
    print(f"graph: {kg.graph.number_of_nodes()} nodes, {kg.graph.number_of_edges()} edges")
    start = time.perf_counter()
    positions = layout(kg)
    print(f"layout in Python: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    html = render_page(build_scene(kg, positions, "zh"))
    print(f"scene + page in Python: {time.perf_counter() - start:.2f} s")
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "bench.html"
    path.write_text(html, encoding="utf-8")
    print(f"HTML size: {len(html.encode('utf-8')) / 1e6:.2f} MB ({path})")
    ready = time_in_browser(path)
    print("interactive in Chromium: " + (f"{ready / 1000:.2f} s after navigation start" if ready is not None
                                         else "not measured (needs playwright and chromium)"))


if __name__ == "__main__":
    main()
