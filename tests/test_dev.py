"""The development set in bench/dev/ and its gold: every document has a gold file, and every
gold file keeps to SCHEMA.md (types, relation names, argument types, each relation joining
two of its entities, no fact twice).  No score is asserted: the set is scored with
`kg evaluate --gold bench/dev/gold bench/dev`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_heldout import assert_gold_keeps_to_the_schema

DEV = Path(__file__).resolve().parent.parent / "bench" / "dev"
GOLD_FILES = sorted((DEV / "gold").glob("*.json"))


def test_every_dev_document_has_gold_and_every_gold_a_document():
    documents = {path.name for path in DEV.glob("*.txt")}
    assert documents == {path.name.removesuffix(".json") for path in GOLD_FILES}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_dev_gold_keeps_to_the_schema(gold_path: Path):
    assert_gold_keeps_to_the_schema(json.loads(gold_path.read_text(encoding="utf-8")), gold_path)
