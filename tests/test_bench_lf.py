"""bench/lf.py: per rule coverage, overlaps, conflicts and precision from a snapshot, and the
rules that fire in one document only (made-up snapshot lines, no extraction)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def lf():
    spec = importlib.util.spec_from_file_location("kg_bench_lf", REPOSITORY / "bench" / "lf.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


LINES = [
    {"set": "real-dev", "doc": "a.txt", "facts": [
        ["甲", "sued", "乙", ["cue", "litigation/hearing"], True],
        ["甲", "partnered", "乙", ["cue"], False],
        ["丙", "sued", "丁", ["cue"], True]], "missed": []},
    {"set": "real-dev", "doc": "b.txt", "facts": [
        ["丙", "sued", "丁", ["cue"], False]], "missed": []},
    {"set": "dev", "doc": "c.txt", "facts": [["戊", "sued", "己", ["story/plaintiff"], True]], "missed": []},
]


def test_coverage_overlaps_conflicts_and_precision_per_rule(lf):
    rows = {one.rule: one.row() for one in lf.analyse(LINES[:2])}
    cue, hearing = rows["cue"], rows["litigation/hearing"]
    assert (cue["documents"], cue["facts"], cue["right"], cue["precision"]) == (2, 4, 2, 0.5)
    assert (cue["overlaps"], cue["sole"], cue["overlapping"]) == (1, 3, {"litigation/hearing": 1})
    # 甲 sued 乙 (cue, hearing) and 甲 partnered 乙 (cue): the hearing's fact and cue's partnership conflict
    # (cue's own sued fact conflicts with no other rule: a rule never conflicts with itself)
    assert (cue["conflicts"], cue["conflicting"]) == (1, {"litigation/hearing": 1})
    assert (hearing["conflicts"], hearing["conflicting"]) == (1, {"cue": 1})
    assert hearing["only_document"] == "real-dev/a.txt" and cue["only_document"] is None


def test_families_group_rules_as_kg_evaluate_scores_them(lf):
    from kg.model import scored_family
    rules = {one.rule for one in lf.analyse(LINES, scored_family)}
    assert rules == {"cue", "litigation/hearing", "story"}


def test_the_report_reads_the_real_dev_part_by_default_and_lists_single_document_rules(lf, tmp_path, capsys):
    path = tmp_path / "snap.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in LINES) + "\n", encoding="utf-8")
    assert lf.main([str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 documents of real-dev; 2 rules")
    assert "- litigation/hearing in real-dev/a.txt: 1 facts, 1 right" in out and "story" not in out
    assert lf.main([str(path), "--set", "dev", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["single_document"] == {
        "story/plaintiff": [["c.txt", "戊", "sued", "己", True, []]]}


def test_names_count_each_family_by_the_entities_it_found(lf, tmp_path, capsys):
    lines = [{"set": "real-dev", "doc": "a.txt", "facts": [], "entities": [
        ["甲", "Company", ["kb", "suffix"], True], ["乙", "Company", ["suffix"], False], ["丙", "Person", ["person"], True]]},
        {"set": "real-dev", "doc": "b.txt", "facts": [], "entities": [["丁", "Company", ["suffix"], True]]}]
    rows = {one.rule: one.row() for one in lf.analyse_names(lines)}
    assert (rows["suffix"]["documents"], rows["suffix"]["facts"], rows["suffix"]["right"], rows["suffix"]["sole"]) == (2, 3, 2, 2)
    assert rows["kb"]["only_document"] == "real-dev/a.txt" and rows["kb"]["sole"] == 0
    path = tmp_path / "snap.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    assert lf.main([str(path), "--names"]) == 0
    out = capsys.readouterr().out
    assert "- person in real-dev/a.txt: 1 entities, 1 right" in out and "right: 甲 Company (also suffix)" in out


def test_a_line_that_is_no_json_is_named(lf, tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"set": "real-dev"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"broken.jsonl: line 1 is no JSON"):
        lf.main([str(path)])


def test_each_cue_filter_is_scored_by_the_facts_it_stopped_and_gold_has(lf, pipeline, tmp_path):
    text = tmp_path / "denied.txt"
    text.write_text("腾讯否认起诉\n腾讯并未起诉字节跳动。\n", encoding="utf-8")
    gold = tmp_path / "denied.txt.json"
    gold.write_text(json.dumps({"doc": "denied.txt", "entities": [
        {"id": "t", "type": "Company", "names": ["腾讯"]}, {"id": "b", "type": "Company", "names": ["字节跳动"]}],
        "relations": [{"head": "t", "relation": "sued", "tail": "b"}]}, ensure_ascii=False), encoding="utf-8")
    figures = lf.filter_figures([(text, gold)], pipeline)
    assert figures["cue:negated"] == [1, 1, 1]  # one document, one fact stopped, which (this made-up) gold has
    assert pipeline.extractor.trace is None  # the trace is off again
