"""Redraw docs/graph.png, the picture of the demo graph in the README.

    make demo && .venv/bin/python docs/make_graph_png.py [--graph exports] [--out docs/graph.png]

Opens the page `make demo` writes (exports/graph.html) in headless Chromium at
1440×900, searches for OpenAI as a reader would (which selects it, zooms to it and
opens its panel) and takes the screenshot.  Needs playwright and Chromium.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.viz.svg import BROWSER_FLAGS, find_browser  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=Path("exports"))
    parser.add_argument("--out", type=Path, default=Path("docs/graph.png"))
    parser.add_argument("--search", default="OpenAI")
    arguments = parser.parse_args()
    page_path = arguments.graph / "graph.html"
    if not page_path.is_file():
        sys.exit(f"{page_path}: no such page; run `make demo` first")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_browser(), args=list(BROWSER_FLAGS))
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.__kgReady === true", timeout=60_000)
        page.fill("[data-role=search]", arguments.search)
        page.press("[data-role=search]", "Enter")
        page.wait_for_timeout(800)   # the zoom animation
        page.screenshot(path=str(arguments.out))
        browser.close()
    print(f"{arguments.out}: {arguments.search} selected in {page_path}")


if __name__ == "__main__":
    main()
