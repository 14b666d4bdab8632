"""The same documents as users have them: plain .txt, a PDF printed by a browser, and
Traditional script, each scored against the same gold, side by side.

    .venv/bin/python bench/variants.py ../shared/seeds --gold ../shared/gold [--out DIR] [--format json]
    .venv/bin/python bench/variants.py --glyph-variants

For every .txt document of the folder it writes, under ``--out`` (a temporary folder unless
told; files already there and newer than their source are reused):

- ``txt/NAME.txt``: the document as it is (UTF-8);
- ``pdf/NAME.pdf``: the text HTML-escaped into one ``<p style="white-space:pre-wrap">`` in
  the font "Noto Serif CJK SC" (Debian's fonts-noto-cjk), printed by headless Chromium
  (``chromium --headless --no-pdf-header-footer --print-to-pdf``) as a browser user would;
- ``trad/NAME.txt``: the text converted to Traditional script by OpenCC ``s2t``.

With ``--gold`` it then builds each file of each form on its own and scores it (``kg
evaluate``: micro-averaged entity and relation precision, recall and F1), and prints the
forms side by side with each form's difference to the .txt.  A gold file ``NAME.txt.json``
scores ``NAME.pdf`` too (kg.evaluate.gold_for).  Without Chromium the PDF form is left out.
With ``--agreement`` instead of gold, each form is scored against what the .txt form of
the same document gives (P, R and F1 of 1.0: the form reads exactly as the .txt does).

``--glyph-variants`` prints every GB2312 ideograph in the Noto CJK SC fonts and lists the
characters the PDF gives back for another (a glyph two code points share): the rows of
data/unicode/pdf_glyph_variants.tsv.
"""
from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from kg.ingest import decode  # noqa: E402

FONT = "Noto Serif CJK SC"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FORMS = ("txt", "pdf", "trad")


def find_chromium() -> str | None:
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


def page_html(text: str, columns: int = 1, font: str = FONT) -> str:
    """The text as a browser shows a plain-text file: one pre-wrapped paragraph; with
    ``columns`` > 1 set in that many CSS columns."""
    column_style = f"column-count:{columns};column-gap:2em;" if columns > 1 else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>"
            f"body{{font-family:\"{font}\";{column_style}}}</style></head><body>"
            f"<p style=\"white-space:pre-wrap\">{html.escape(text)}</p></body></html>\n")


def print_pdf(text: str, out: Path, columns: int = 1, header_footer: bool = False, font: str = FONT,
              chromium: str | None = None, timeout: float = 120) -> Path:
    """Print ``text`` to the PDF ``out`` with headless Chromium (``header_footer``: with the
    date, title, address and page numbers Chromium prints by default); raises RuntimeError
    when Chromium is missing or fails."""
    chromium = chromium or find_chromium()
    if chromium is None:
        raise RuntimeError("no chromium on PATH")
    with tempfile.TemporaryDirectory(prefix="kg-print-") as scratch:
        page = Path(scratch) / "page.html"
        page.write_text(page_html(text, columns, font), encoding="utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        command = [chromium, "--headless", *([] if header_footer else ["--no-pdf-header-footer"]), f"--print-to-pdf={out}",
                   "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                   f"--user-data-dir={Path(scratch) / 'profile'}", page.as_uri()]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0 or not out.is_file():
            raise RuntimeError(f"chromium could not print {out.name}: {done.stderr.strip()[-300:]}")
    return out


def _fresh(target: Path, source: Path) -> bool:
    return target.is_file() and target.stat().st_mtime >= source.stat().st_mtime


def make_variants(documents: Path, out: Path, forms: tuple[str, ...] = FORMS) -> dict[str, list[Path]]:
    """Write the forms of every .txt under ``documents`` into ``out/<form>/``."""
    written: dict[str, list[Path]] = {form: [] for form in forms}
    converter = None
    chromium = find_chromium()
    if "pdf" in forms and chromium is None:
        print("no chromium on PATH: the PDF form is left out", file=sys.stderr)
    for source in sorted(Path(documents).glob("*.txt")):
        text, _ = decode(source, source.read_bytes())
        if "txt" in forms:
            target = out / "txt" / source.name
            if not _fresh(target, source):
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            written["txt"].append(target)
        if "pdf" in forms and chromium:
            target = out / "pdf" / f"{source.stem}.pdf"
            if not _fresh(target, source):
                print_pdf(text, target, chromium=chromium)
            written["pdf"].append(target)
        if "trad" in forms:
            target = out / "trad" / source.name
            if not _fresh(target, source):
                if converter is None:
                    import opencc
                    converter = opencc.OpenCC("s2t")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(converter.convert(text), encoding="utf-8")
            written["trad"].append(target)
    return written


def score_forms(variants: dict[str, list[Path]], gold: Path) -> dict[str, dict]:
    """``kg evaluate`` of each form: {form: {"entities": row, "relations": row}}."""
    from kg.evaluate import evaluate_documents
    from kg.pipeline import Pipeline
    pipeline = Pipeline()
    scores = {}
    for form, paths in variants.items():
        if paths:
            result = evaluate_documents(pipeline, paths, gold)
            scores[form] = {"documents": len(result.documents), "entities": result.total("entities").row(),
                            "relations": result.total("relations").row()}
    return scores


def graph_as_gold(graph) -> dict:
    """A built graph in the gold format (SCHEMA.md), to score another graph against it."""
    return {"entities": [{"id": node, "names": sorted(data["labels"]), "type": data["type"]}
                         for node, data in graph.entities()],
            "relations": [{"head": head, "relation": relation, "tail": tail}
                          for head, relation, tail, _ in graph.facts()]}


def agreement_forms(variants: dict[str, list[Path]]) -> dict[str, dict]:
    """Without gold: each form scored against what the .txt form of the same document
    gives (1.0 everywhere: the form reads as the .txt does)."""
    from kg.evaluate import Evaluation, score_document
    from kg.pipeline import Pipeline
    pipeline = Pipeline()
    reference = {path.stem: graph_as_gold(pipeline.graph([pipeline.process(path)])) for path in variants.get("txt", [])}
    scores = {}
    for form, paths in variants.items():
        documents = [score_document(pipeline.graph([pipeline.process(path)]), reference[path.stem])
                     for path in paths if form != "txt" and path.stem in reference]
        if documents:
            result = Evaluation(documents)
            scores[form] = {"documents": len(documents), "entities": result.total("entities").row(),
                            "relations": result.total("relations").row()}
    return scores


def side_by_side(scores: dict[str, dict]) -> str:
    header = f"{'form':<6}{'docs':>5}   {'entity P':>8}{'R':>7}{'F1':>7}{'ΔF1':>7}   {'relation P':>10}{'R':>7}{'F1':>7}{'ΔF1':>7}"
    lines = [header, "-" * len(header)]
    base = scores.get("txt")
    for form, score in scores.items():
        cells = [f"{form:<6}{score['documents']:>5}   "]
        for measure, width in (("entities", 8), ("relations", 10)):
            row = score[measure]
            delta = f"{row['f1'] - base[measure]['f1']:+.3f}" if base and form != "txt" else ""
            cells.append(f"{row['precision']:>{width}.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}{delta:>7}   ")
        lines.append("".join(cells).rstrip())
    return "\n".join(lines)


def glyph_variants(fonts: tuple[str, ...] = ("Noto Serif CJK SC", "Noto Sans CJK SC")) -> dict[str, str]:
    """Every GB2312 ideograph printed in each font and read back by kg.ingest's PDF reader
    (before its glyph-variant table): {character read: character printed} where they differ."""
    from kg.ingest import fold_characters, pdf_layout, pdf_page
    from pypdf import PdfReader
    ideographs = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                ideographs.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    rows = ["".join(ideographs[at:at + 40]) for at in range(0, len(ideographs), 40)]
    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="kg-glyphs-") as scratch:
        for font in fonts:
            path = print_pdf("\n".join(rows), Path(scratch) / "glyphs.pdf", font=font)
            read = fold_characters(pdf_layout([pdf_page(page) for page in PdfReader(path).pages]))
            for printed, back in zip(rows, [line for line in read.split("\n") if line.strip()]):
                back = "".join(back.split())
                if len(back) == len(printed):
                    found.update((b, p) for p, b in zip(printed, back) if p != b)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", type=Path, nargs="?", help="folder of .txt documents")
    parser.add_argument("--glyph-variants", action="store_true",
                        help="print the rows of data/unicode/pdf_glyph_variants.tsv for the Noto CJK SC fonts")
    parser.add_argument("--gold", type=Path, help="folder of gold annotations (NAME.txt.json)")
    parser.add_argument("--out", type=Path, help="where the forms are written (default: a temporary folder)")
    parser.add_argument("--forms", default=",".join(FORMS), help=f"comma-separated, of {', '.join(FORMS)}")
    parser.add_argument("--agreement", action="store_true",
                        help="without gold: score the PDF and Traditional forms against what the .txt gives")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args()
    if args.glyph_variants:
        print("read\tmeant")
        for read, meant in sorted(glyph_variants().items()):
            print(f"{read}\t{meant}")
        return
    if args.documents is None:
        parser.error("give a folder of documents")
    forms = tuple(form for form in args.forms.split(",") if form)
    if unknown := set(forms) - set(FORMS):
        parser.error(f"unknown forms: {', '.join(sorted(unknown))}")
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-variants-"))
    variants = make_variants(args.documents, out, forms)
    print(f"forms written under {out}", file=sys.stderr)
    if args.gold is None and not args.agreement:
        return
    scores = score_forms(variants, args.gold) if args.gold else agreement_forms(variants)
    if args.format == "json":
        print(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        print(side_by_side(scores))


if __name__ == "__main__":
    main()
