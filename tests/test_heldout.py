"""The held-out documents in bench/heldout/ and their gold: every gold file is well formed
and keeps to SCHEMA.md (types, relation names, argument types), every name and item title
it gives occurs in its document, and the litigation brief's expected suits have the shape
of `kg query cases --format json` rows; bench/heldout/score_cases.py matches suits by any
name of their parties.  No extraction score is asserted here."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from kg.cases import Event, Suit
from kg.graph import KnowledgeGraph, fold
from kg.model import ENTITY_TYPES, RELATIONS, SYMMETRIC_RELATIONS, Entity

HELDOUT = Path(__file__).resolve().parent.parent / "bench" / "heldout"
GOLD_FILES = sorted((HELDOUT / "gold").glob("*.json"))
DOCUMENT_FOLDERS = ("newsletter", "news", "english", "litigation")

ACTORS = {"Regulator", "Legislature", "Court", "Company", "Organization", "Person", "Jurisdiction"}
BODIES = {"Regulator", "Legislature", "Court", "Company", "Organization"}
TARGETS = ACTORS | {"AIModel"}
# head and tail types each relation of SCHEMA.md's table admits
ARGUMENTS: dict[str, tuple[set[str], set[str]]] = {
    "issued": (ACTORS, {"Law"}),
    "proposed": (ACTORS, {"Law"}),
    "repealed": (ACTORS, {"Law"}),
    "sued": (ACTORS, ACTORS),
    "adjudicated": ({"Court"}, ACTORS),
    "settled": (ACTORS, ACTORS),
    "partnered": (ACTORS, ACTORS),
    "banned": (ACTORS, TARGETS),
    "fined": (ACTORS, TARGETS),
    "investigated": (ACTORS, TARGETS),
    "accused": (ACTORS, TARGETS),
    "released": (ACTORS, {"AIModel"}),
    "investedIn": (ACTORS, {"Company", "Organization", "AIModel"}),
    "acquired": (ACTORS, {"Company"}),
    "partOf": (BODIES, BODIES),
    "jurisdiction": (BODIES | {"Law"}, {"Jurisdiction"}),
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# the first words of each document's closing disclaimer
DISCLAIMERS = ("特此声明", "This briefing is for general information", "This publication is provided for")
CASE_KINDS = {"ruling", "dismissal", "appeal", "injunction", "settlement", "verdict", "withdrawal"}
CASE_STATUSES = {"filed", "ruled", "settled", "dismissed", "on appeal", "withdrawn"}


def _document(name: str) -> Path:
    found = [HELDOUT / folder / name for folder in DOCUMENT_FOLDERS if (HELDOUT / folder / name).is_file()]
    assert len(found) == 1, f"{name}: expected in exactly one of {DOCUMENT_FOLDERS}, found {found}"
    return found[0]


def _text(path: Path) -> str:
    return fold(path.read_text(encoding="utf-8"))


def test_every_heldout_document_has_gold():
    documents = {p.name for folder in DOCUMENT_FOLDERS for p in (HELDOUT / folder).glob("*.txt")}
    assert documents == {p.name.removesuffix(".json") for p in GOLD_FILES}


def test_the_type_table_covers_every_relation_of_the_schema():
    assert set(ARGUMENTS) == set(RELATIONS)


def assert_gold_keeps_to_the_schema(gold: dict, gold_path: Path) -> None:
    """A gold file's shape, types, names and relations keep to SCHEMA.md (used by test_unseen too)."""
    assert set(gold) == {"doc", "entities", "relations"}
    assert gold["doc"] == gold_path.name.removesuffix(".json")
    ids = [e["id"] for e in gold["entities"]]
    assert len(ids) == len(set(ids)), "entity ids repeat"
    types = {e["id"]: e["type"] for e in gold["entities"]}
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
        assert relation["item"], relation
        fact = (min(head, tail), name, max(head, tail)) if name in SYMMETRIC_RELATIONS else (head, name, tail)
        assert fact not in facts, f"fact given twice: {relation}"
        facts.add(fact)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_is_well_formed_and_keeps_to_the_schema(gold_path: Path):
    assert_gold_keeps_to_the_schema(json.loads(gold_path.read_text(encoding="utf-8")), gold_path)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_name_and_item_title_occurs_in_its_document(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = _text(_document(gold["doc"]))
    missing = [name for entity in gold["entities"] for name in entity["names"] if fold(name) not in text]
    missing += [relation["item"] for relation in gold["relations"] if fold(relation["item"]) not in text]
    assert not missing


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_entity_is_named_outside_the_closing_disclaimer(gold_path: Path):
    """Annotations come from the content: each name occurs before the disclaimer starts."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = _document(gold["doc"]).read_text(encoding="utf-8")
    starts = [raw.rfind(mark) for mark in DISCLAIMERS]
    content = fold(raw[:max(starts)] if max(starts) > 0 else raw)
    assert [e["names"][0] for e in gold["entities"] if not any(fold(n) in content for n in e["names"])] == []


def assert_case_rows(rows: list[dict], text: str) -> None:
    """Expected suits have the shape of `kg query cases` rows and name what ``text`` names."""
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


def test_litigation_expectations_have_the_shape_of_case_rows():
    brief = HELDOUT / "litigation"
    text = _text(next(brief.glob("*.txt")))
    rows = json.loads((brief / "expected.json").read_text(encoding="utf-8"))
    assert len(rows) >= 8
    assert_case_rows(rows, text)


def test_each_expected_suit_is_a_sued_fact_of_the_brief_gold_and_its_court_a_court():
    gold = json.loads((HELDOUT / "gold" / "brief.txt.json").read_text(encoding="utf-8"))
    entity_of = {fold(name): e for e in gold["entities"] for name in e["names"]}
    sued = {(r["head"], r["tail"]) for r in gold["relations"] if r["relation"] == "sued"}
    rows = json.loads((HELDOUT / "litigation" / "expected.json").read_text(encoding="utf-8"))
    for row in rows:
        pairs = {(entity_of[fold(p)]["id"], entity_of[fold(d)]["id"])
                 for p in row["plaintiffs"] for d in row["defendants"]}
        assert pairs <= sued, row["caption"]
        assert entity_of[fold(row["court"])]["type"] == "Court", row["court"]


def _score_cases_module():
    spec = importlib.util.spec_from_file_location("score_cases", HELDOUT / "score_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_score_cases_matches_suits_by_any_name_and_reports_wrong_fields_and_missing_suits(monkeypatch):
    score_cases = _score_cases_module()
    graph = KnowledgeGraph()
    for entity in (Entity("getty", "Company", "盖蒂图片社", {"Getty Images"}), Entity("stability", "Company", "Stability AI"),
                   Entity("ded", "Court", "美国特拉华州联邦地区法院"), Entity("reddit", "Company", "Reddit"),
                   Entity("anthropic", "Company", "Anthropic")):
        graph.add_entity(entity)
    table = [Suit("s1", "Getty Images 诉 Stability AI 案", ["getty"], ["stability"], "ded", True, "", "2023-02-03",
                  [Event("withdrawal", "2025-08", None)], [], "withdrawn"),
             Suit("s2", "Reddit v. Anthropic", ["reddit"], ["anthropic"], None, False, "", "2025-06", [], [], "filed")]
    monkeypatch.setattr(score_cases, "suits", lambda graph: table)
    expected = [
        {"caption": "Getty", "plaintiffs": ["Getty Images"], "defendants": ["Stability AI"],
         "court": "美国特拉华州联邦地区法院", "filed": "2023-02-03",
         "events": [{"kind": "withdrawal", "date": "2025-08"}], "status": "withdrawn"},
        {"caption": "Reddit", "plaintiffs": ["Reddit"], "defendants": ["Anthropic"],
         "court": "美国特拉华州联邦地区法院", "filed": "2025-06-04", "events": [], "status": "filed"},
        {"caption": "Anthropic settles", "plaintiffs": ["Anthropic"], "defendants": ["Reddit"],
         "court": None, "filed": "2025-06", "events": [], "status": "filed"},
    ]
    results, unmatched = score_cases.score(graph, expected)
    assert [r["agrees"] for r in results] == [{"filed": True, "events": True, "status": True}, None, None]
    assert unmatched == 1  # the Reddit suit: its court differs, its parties are the other way round
