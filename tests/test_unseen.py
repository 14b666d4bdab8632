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
from test_heldout import ARGUMENTS, CASE_KINDS, CASE_STATUSES, DATE

from kg.graph import fold
from kg.model import ENTITY_TYPES, SYMMETRIC_RELATIONS

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
    gold = _gold(gold_path)
    assert set(gold) == {"doc", "entities", "relations"}
    assert gold["doc"] == gold_path.name.removesuffix(".json")
    types = {e["id"]: e["type"] for e in gold["entities"]}
    assert len(types) == len(gold["entities"]), "entity ids repeat"
    assert set(types.values()) <= set(ENTITY_TYPES)
    owner: dict[str, str] = {}
    for entity in gold["entities"]:
        assert entity["names"], entity
        for name in entity["names"]:
            assert owner.setdefault(fold(name), entity["id"]) == entity["id"], f"{name!r} names two entities"
    facts = set()
    for relation in gold["relations"]:
        head, name, tail = relation["head"], relation["relation"], relation["tail"]
        assert head in types and tail in types and head != tail, relation
        heads, tails = ARGUMENTS[name]
        assert types[head] in heads and types[tail] in tails, (relation, types[head], types[tail])
        assert DATE.match(relation.get("date", "2000")), relation
        fact = (min(head, tail), name, max(head, tail)) if name in SYMMETRIC_RELATIONS else (head, name, tail)
        assert fact not in facts, f"fact given twice: {relation}"
        facts.add(fact)


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
    for row in rows:
        assert set(row) == {"caption", "plaintiffs", "defendants", "court", "filed", "events", "status"}, row
        assert row["plaintiffs"] and row["defendants"], row
        for name in row["plaintiffs"] + row["defendants"] + ([row["court"]] if row["court"] else []):
            assert fold(name) in text, name
        assert DATE.match(row["filed"]), row
        assert all(set(e) == {"kind", "date"} and e["kind"] in CASE_KINDS and DATE.match(e["date"])
                   for e in row["events"]), row
        assert [e["date"] for e in row["events"]] == sorted(e["date"] for e in row["events"]), row
        assert all(e["date"] >= row["filed"] for e in row["events"]), row
        assert row["status"] in CASE_STATUSES, row


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
