"""Fixtures shared by the test modules: the spaCy pipeline (loaded once) and a writer of
small input files."""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

# a rule that raises fails its test (kg.facts.tripped, kg.pipeline._each): a build leaves such a
# family out of the item and goes on
os.environ.setdefault("KG_STRICT", "1")


@pytest.fixture(scope="session")
def pipeline():
    """The knowledge base and spaCy pipeline, built once per test session (~2 s)."""
    from kg.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def names(pipeline):
    """``names(text)``: the mentions the pipeline finds in ``text``, by their text."""
    def find(text: str) -> dict:
        return {mention.text: mention for mention in pipeline.nlp(text).user_data["mentions"]}
    return find


@pytest.fixture(scope="module")
def cli_pipeline(pipeline):
    """Commands build their own Pipeline; in a test module that asks for this fixture they get
    a copy of the session's one, made with their arguments (a file time limit of their own:
    what a command sets on its copy does not reach the next test), instead of loading spaCy
    again; a Pipeline of other data is built for real."""
    import copy

    from kg.pipeline import DATA_DIR, FILE_SECONDS, Pipeline
    pipeline.nlp  # loaded once, shared by the copies

    def made(data_dir=DATA_DIR, file_seconds=FILE_SECONDS):
        if str(data_dir) != pipeline.data_dir:
            return Pipeline(data_dir, file_seconds)
        twin = copy.copy(pipeline)
        twin.file_seconds = file_seconds
        return twin
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kg.pipeline.Pipeline", made)
        yield pipeline


@pytest.fixture
def write_doc(tmp_path: Path) -> Callable[..., Path]:
    """``write_doc(name, text, encoding="utf-8")`` writes ``tmp_path/name`` and returns its
    path; ``text`` may also be raw bytes, written as they are."""
    def write(name: str, text: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
        return path
    return write


def _load_variants():
    """bench/variants.py, which prints documents to PDF the way the benchmark does."""
    import importlib.util
    path = Path(__file__).resolve().parent.parent / "bench" / "variants.py"
    spec = importlib.util.spec_from_file_location("kg_bench_variants", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def print_pdf():
    """``print_pdf(text, out, columns=1, header_footer=False)`` prints ``text`` with headless
    Chromium in Noto Serif CJK SC, as bench/variants.py does; skips the test where Chromium
    or the font is missing."""
    import shutil
    import subprocess
    variants = _load_variants()
    if variants.find_chromium() is None:
        pytest.skip("no chromium on PATH")
    if shutil.which("fc-list") is None or not subprocess.run(
            ["fc-list", f":family={variants.FONT}"], capture_output=True, text=True).stdout.strip():
        pytest.skip(f"font {variants.FONT} not installed")
    return variants.print_pdf


@pytest.fixture(scope="session")
def as_read():
    """``as_read(text)``: the text as the pipeline analyses it (a Traditional document is read
    in Simplified, kg.script); a Simplified text as it is."""
    from kg.model import Document
    from kg.script import Reading

    def read(text: str) -> str:
        return Reading.of(Document("fixture.txt", "fixture.txt", text, "0")).analysed.text
    return read


@pytest.fixture(scope="session")
def read_facts(pipeline):
    """The facts the extractor reads in one item (its sentence and document rules):
    ``read_facts(text)`` as (head, relation, tail) names, ``read_facts(text, objects=True)``
    as Fact objects; ``people`` are persons marked by hand (as the name families would find
    them)."""
    from kg.model import Item, Mention

    def read(text: str, title: str = "测试条目", date: str | None = "2024-06-01", objects: bool = False,
             section: str = "", people: tuple[str, ...] = ()):
        item = Item("fixture.txt", 1, title, text, date=date, section=section)
        found = pipeline.nlp(item.text).user_data["mentions"]
        for name in sorted(people, key=len, reverse=True):  # persons marked by hand, where no other name stands
            for at in re.finditer(rf"\b{re.escape(name)}\b", item.text):
                if not any(m.start < at.end() and at.start() < m.end for m in found):
                    found.append(Mention(name, "Person", at.start(), at.end(), mechanism="english"))
        found.sort(key=lambda m: m.start)
        result = pipeline.extractor.facts(item, item.text, found)
        result += pipeline.extractor.document_facts([(item, item.text, found)], result)
        if objects:
            return result
        return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text) for f in result}
    return read
