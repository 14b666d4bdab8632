"""The generated documentation is in step with the code and data (bench/docs.py).

Each generated file is made again in memory and compared with the committed one; no
extraction runs (the families' precision is read from docs/accuracy.json, which
bench/accuracy.py writes).  A failure names the file: run `python bench/docs.py`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "bench"))

import docs  # noqa: E402  (bench/docs.py)


@pytest.mark.parametrize("path", list(docs.OUTPUTS), ids=lambda path: str(path.relative_to(REPOSITORY)))
def test_generated_doc_is_in_step_with_the_code(path):
    assert path.is_file(), f"{path.relative_to(REPOSITORY)} is missing: run python bench/docs.py"
    assert path.read_text(encoding="utf-8") == docs.OUTPUTS[path](), \
        f"{path.relative_to(REPOSITORY)} is out of step with the code: run python bench/docs.py"


def test_every_lexicon_file_is_described():
    files = {path.name for path in docs.LEXICON.iterdir() if path.is_file() and path.name != "README.md"}
    assert files == set(docs.LEXICON_FILES)


def test_every_registered_family_has_a_row_in_rules_md():
    import kg.facts as facts
    import kg.mentions as mentions
    text = (REPOSITORY / "docs" / "rules.md").read_text(encoding="utf-8")
    for family in (*mentions.FINDERS, *mentions.REFINERS, *facts.REFERENCE, *facts.SENTENCE, *facts.ITEM,
                   *facts.DOCUMENT):
        assert f"| `{family.family}` | `{family.__name__}` |" in text


def test_a_family_reads_the_lexicon_file_it_names_or_loads_through_the_knowledge_base():
    assert docs.reads('rows = tsv_rows(DATA / "coref.tsv")', "coref.tsv")
    assert docs.reads("self.cues = words.kb.triggers", "triggers.tsv")
    assert docs.reads("alternatives(shared.words['round_part'])", "context.tsv")  # one of its kinds
    assert docs.context_kinds("alternatives(shared.words['round_part'])") == ["round_part"]
    assert not docs.reads("self.context = context", "context.tsv")


def test_accuracy_md_is_rendered_from_its_data():
    data = json.loads(docs.ACCURACY_DATA.read_text(encoding="utf-8"))
    text = (REPOSITORY / "docs" / "accuracy.md").read_text(encoding="utf-8")
    assert data["command"] in text and data["scores"][0]["documents"] in text
