"""Resolution's passes over one document's names (kg.resolve.document_names: a later family
name read as the person, a short form as the full name) are told once with its result
(DocumentResult.renamed): a build reading the result back from the cache resolves the same
graph as one that passes over every document's names again.  All sentences and names invented."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg import records
from kg.ingest import read_document
from kg.model import Evidence, Fact, Mention
from kg.resolve import document_names, renames

# a court written in full, then by its short form (courts_by_short_form: one court)
RENAMED = ("测试新闻\n2025年5月2日\n\n法院受理起诉\n"
           "2025年4月1日，星河科技向湖北省黄石市青岩区人民法院起诉蓝湾数据。青岩法院已受理此案。\n")
PLAIN = ("Test News\nMay 2, 2025\n\nA new rule\n"
         "The Harbor Trade Board published a rule on chatbots on Monday.\n")


def _mention(text: str, type_: str = "Company", **extra) -> Mention:
    return Mention(text, type_, 0, len(text), **extra)


def _graph(pipeline, results) -> tuple:
    graph = pipeline.graph(results)
    return (sorted((node, data["type"], sorted(data["labels"])) for node, data in graph.entities()),
            sorted((head, relation, tail) for head, relation, tail, _ in graph.facts()))


def test_renames_tells_whether_a_pass_changes_a_name_or_a_fact(pipeline):
    evidence = Evidence("a.txt", "t", "The board later sued Vantrell as well.", 0, 38)
    full, alone = _mention("Odile Vantrell", "Person"), _mention("Vantrell", "Company", mechanism="latin")
    board = _mention("Harbor Trade Board", "Regulator")
    names, facts = [(full, 1), (alone, 1), (board, 1)], [Fact(board, "sued", alone, evidence)]
    assert renames(names, facts, pipeline.kb)
    renamed, _ = document_names(names, facts, pipeline.kb)
    assert renamed[1][0].type == "Person"
    # the family name of two persons, or a document with no short form: nothing changes
    two = [(full, 1), (_mention("Marc Vantrell", "Person"), 1), (alone, 1)]
    assert not renames(two, [], pipeline.kb)
    assert not renames([(board, 1)], [Fact(board, "sued", full, evidence)], pipeline.kb)


@pytest.mark.parametrize("text, renamed", [(RENAMED, True), (PLAIN, False)])
def test_a_cached_result_resolves_as_one_passed_over_again(pipeline, tmp_path, text, renamed):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = pipeline.process_documents([read_document(path)])[0]
    assert result.renamed is renamed
    again = records.loads(records.dumps(result))  # as a cached result is read back
    assert again.renamed is renamed
    assert _graph(pipeline, [again]) == _graph(pipeline, [replace(again, renamed=None)])
    if renamed:  # (read: told no change, the build leaves the short form a court of its own)
        courts = [labels for _, kind, labels in _graph(pipeline, [replace(again, renamed=False)])[0] if kind == "Court"]
        assert len(courts) == 2 and len([labels for _, kind, labels in _graph(pipeline, [again])[0]
                                         if kind == "Court"]) == 1


def test_a_cached_result_whose_renamed_is_no_bool_is_refused(pipeline, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PLAIN, encoding="utf-8")
    result = pipeline.process_documents([read_document(path)])[0]
    for bad in ("no", 0, [False]):
        with pytest.raises(records.RecordError):
            records.loads(records.dumps(replace(result, renamed=bad)))
