"""The second held-out set in bench/unseen/ and its gold: every document has a gold file,
every gold file is well formed and keeps to SCHEMA.md (types, relation names, argument
types), every relation's two ends are entities of its gold, every name and item title
occurs in its document, and the expected suits of the litigation documents have the shape
of `kg query cases --format json` rows and are sued facts of their gold.  No extraction
score is asserted here: the set is scored by hand, once, as bench/unseen/README.md says."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_heldout import assert_case_rows, assert_gold_keeps_to_the_schema

from kg.graph import fold

UNSEEN = Path(__file__).resolve().parent.parent / "bench" / "unseen"
FOLDERS = ("newsletter", "news", "english", "other")
GOLD_FILES = sorted((UNSEEN / "gold").glob("*.json"))
# the documents whose suits bench/unseen/expected.json lists (built together into one graph)
LITIGATION = ("newsletter/nl-2025-09-litigation.txt", "other/en-briefing-ai-litigation.txt")


def _document(name: str) -> Path:
    found = [UNSEEN / folder / name for folder in FOLDERS if (UNSEEN / folder / name).is_file()]
    assert len(found) == 1, f"{name}: expected in exactly one of {FOLDERS}, found {found}"
    return found[0]


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_unseen_document_has_gold_and_every_gold_a_document():
    documents = {p.name for folder in FOLDERS for p in (UNSEEN / folder).glob("*.txt")}
    assert len(documents) >= 20
    assert documents == {p.name.removesuffix(".json") for p in GOLD_FILES}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_is_well_formed_and_every_relation_joins_two_of_its_entities(gold_path: Path):
    assert_gold_keeps_to_the_schema(_gold(gold_path), gold_path)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_name_and_item_title_occurs_in_its_document(gold_path: Path):
    gold = _gold(gold_path)
    text = fold(_document(gold["doc"]).read_text(encoding="utf-8"))
    missing = [name for entity in gold["entities"] for name in entity["names"] if fold(name) not in text]
    missing += [relation["item"] for relation in gold["relations"] if fold(relation["item"]) not in text]
    assert not missing


def test_expected_suits_have_the_shape_of_case_rows_and_name_what_the_documents_name():
    text = "".join(fold((UNSEEN / path).read_text(encoding="utf-8")) for path in LITIGATION)
    rows = json.loads((UNSEEN / "expected.json").read_text(encoding="utf-8"))
    assert len(rows) >= 8
    assert_case_rows(rows, text)


def test_each_expected_suit_is_a_sued_fact_of_the_litigation_gold_and_its_court_a_court():
    entity_of, sued = {}, set()
    for path in LITIGATION:
        gold = _gold(UNSEEN / "gold" / f"{Path(path).name}.json")
        prefix = Path(path).stem
        entity_of.update({fold(name): (prefix, e) for e in gold["entities"] for name in e["names"]})
        sued |= {((prefix, r["head"]), (prefix, r["tail"])) for r in gold["relations"] if r["relation"] == "sued"}
    for row in json.loads((UNSEEN / "expected.json").read_text(encoding="utf-8")):
        key = {name: (entity_of[fold(name)][0], entity_of[fold(name)][1]["id"])
               for name in row["plaintiffs"] + row["defendants"]}
        assert {(key[p], key[d]) for p in row["plaintiffs"] for d in row["defendants"]} <= sued, row["caption"]
        assert entity_of[fold(row["court"])][1]["type"] == "Court", row["court"]
