"""The third held-out set in bench/fresh/ and its gold, checked as bench/unseen/ is: every
document has a gold file, every gold file keeps to SCHEMA.md, every relation joins two of
its entities, every name and item title occurs in its document, and the expected suits of
the documents that tell of lawsuits have the shape of `kg query cases --format json` rows
and are sued facts of their gold.  No extraction score is asserted here: the set is scored
once, by hand, as bench/fresh/README.md says."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_heldout import assert_case_rows, assert_gold_keeps_to_the_schema

from kg.graph import fold

FRESH = Path(__file__).resolve().parent.parent / "bench" / "fresh"
FOLDERS = ("newsletter", "news", "english", "other")
GOLD_FILES = sorted((FRESH / "gold").glob("*.json"))
# the documents whose suits bench/fresh/expected.json lists (built together into one graph)
LITIGATION = ("newsletter/nl-2025-11-litigation.txt", "newsletter/nl-2025-summer-digest.txt",
              "news/zh-news-japan-papers-perplexity.txt", "news/zh-news-canada-publishers-openai.txt",
              "english/en-news-apple-authors-suit.txt", "other/en-release-ftc-rite-aid.txt")


def _document(name: str) -> Path:
    found = [FRESH / folder / name for folder in FOLDERS if (FRESH / folder / name).is_file()]
    assert len(found) == 1, f"{name}: expected in exactly one of {FOLDERS}, found {found}"
    return found[0]


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_fresh_document_has_gold_and_every_gold_a_document():
    documents = {p.name for folder in FOLDERS for p in (FRESH / folder).glob("*.txt")}
    assert len(documents) == 18
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
    text = "".join(fold((FRESH / path).read_text(encoding="utf-8")) for path in LITIGATION)
    rows = json.loads((FRESH / "expected.json").read_text(encoding="utf-8"))
    assert len(rows) >= 10
    assert_case_rows(rows, text)


def test_each_expected_suit_is_a_sued_fact_of_one_litigation_gold_and_its_court_a_court_there():
    golds = {Path(path).name: _gold(FRESH / "gold" / f"{Path(path).name}.json") for path in LITIGATION}
    for row in json.loads((FRESH / "expected.json").read_text(encoding="utf-8")):
        homes = []
        for gold in golds.values():
            entity_of = {fold(name): e for e in gold["entities"] for name in e["names"]}
            names = row["plaintiffs"] + row["defendants"] + [row["court"]]
            if not all(fold(name) in entity_of for name in names):
                continue
            sued = {(r["head"], r["tail"]) for r in gold["relations"] if r["relation"] == "sued"}
            pairs = {(entity_of[fold(p)]["id"], entity_of[fold(d)]["id"])
                     for p in row["plaintiffs"] for d in row["defendants"]}
            if pairs <= sued and entity_of[fold(row["court"])]["type"] == "Court":
                homes.append(gold["doc"])
        assert len(homes) == 1, (row["caption"], homes)
