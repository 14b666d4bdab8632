"""Suits a text tells by their settlement only (kg.cases _settled_only): a government or
regulator's settlement with a party is the government's suit against that party, whether or not
its news item tells of a suit or a court (a consent order, a settlement resolving an agency's
allegations: bench/real/README.md, suit rows pass); two companies settling make no row.  A suit one text tells by the kin of a person it
names and another by the kin's names is one row (kg.cases _kin_as_named).  Invented
sentences, English, Simplified, Traditional."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import suits
from kg.ingest import read_document

S2T = opencc.OpenCC("s2t")


def _table(pipeline, tmp_path, text: str, chinese: bool = False) -> list[tuple[list[str], list[str], list[str]]]:
    path = tmp_path / "s.txt"
    head = "测试新闻\n2025年6月24日\n\n" if chinese else "Test news\nJune 24, 2025\n\n"
    path.write_text(f"{head}{text}\n", encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    label = lambda node: graph.entity(node)["label"] if node in graph.graph else node  # noqa: E731
    return sorted((sorted(label(p) for p in row.plaintiffs), sorted(label(d) for d in row.defendants),
                   [event.kind for event in row.events]) for row in suits(graph))


def test_an_agency_settlement_told_with_a_court_is_its_suit(pipeline, tmp_path):
    text = "The Federal Trade Commission reached a settlement with Quillmark Inc. in federal court on Monday."
    rows = _table(pipeline, tmp_path, text)
    assert len(rows) == 1 and rows[0][1] == ["Quillmark Inc."] and rows[0][2] == ["settlement"]
    assert rows[0][0] != ["Quillmark Inc."]  # the agency brought it


SETTLED_OUT_OF_COURT = {
    "en": "Quillmark Inc. agreed to settle with the Federal Trade Commission over its AI writing tool's claims.",
    "zh": "Quillmark公司已就其人工智能写作工具的宣传与美国联邦贸易委员会达成和解。",
}


@pytest.mark.parametrize("text,chinese", [(SETTLED_OUT_OF_COURT["en"], False), (SETTLED_OUT_OF_COURT["zh"], True),
                                          (S2T.convert(SETTLED_OUT_OF_COURT["zh"]), True)])
def test_an_agency_settlement_told_with_no_suit_or_court_is_its_suit(pipeline, tmp_path, text, chinese):
    """A consent order or a settlement resolving an agency's allegations is the agency's suit, in court or not."""
    rows = _table(pipeline, tmp_path, text, chinese)
    assert len(rows) == 1 and rows[0][1] == ["Quillmark公司" if chinese else "Quillmark Inc."]
    assert rows[0][2] == ["settlement"] and rows[0][0] != rows[0][1]  # the agency brought it


def test_two_companies_settling_make_no_row(pipeline, tmp_path):
    text = "Quillmark Inc. reached a settlement with Vantor Labs in federal court on Monday."
    assert _table(pipeline, tmp_path, text) == []



# -- a suit told by the kin of a person it names, and by the kin's names (kg.cases _kin_as_named) --
def _two_documents(pipeline, tmp_path, first: str, second: str) -> list[tuple[list[str], list[str]]]:
    paths = []
    for name, text in (("a.txt", first), ("b.txt", second)):
        path = tmp_path / name
        path.write_text(f"Test news\nJune 24, 2025\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    graph = pipeline.graph(pipeline.process_documents([read_document(path) for path in paths]))
    label = lambda node: graph.entity(node)["label"] if node in graph.graph else node  # noqa: E731
    return sorted((sorted(label(p) for p in row.plaintiffs), sorted(label(d) for d in row.defendants)) for row in suits(graph))


NAMED = "Nora Quillfeather and Peter Quillfeather sued Vantor Labs and Max Ardent, its chief executive, on Monday."


def test_the_kin_of_a_named_person_are_the_named_plaintiffs(pipeline, tmp_path):
    described = "The parents of a 16-year-old boy, Tobias Quillfeather, have filed a lawsuit against Vantor Labs."
    assert _two_documents(pipeline, tmp_path, NAMED, described) == [
        (["Nora Quillfeather", "Peter Quillfeather"], ["Max Ardent", "Vantor Labs"])]


def test_the_kin_of_a_person_of_another_family_stay_apart(pipeline, tmp_path):
    described = "The parents of a 16-year-old boy, Tobias Brightwater, have filed a lawsuit against Vantor Labs."
    assert len(_two_documents(pipeline, tmp_path, NAMED, described)) == 2


def test_the_kin_a_described_party_names_after_its_filing_are_the_named_plaintiffs(pipeline, tmp_path):
    """kg.cases _kin_named_after: their son Tobias Quillfeather, after the filing, names the family."""
    described = "Last year, Oregon parents sued Vantor Labs after their son Tobias Quillfeather died."
    assert _two_documents(pipeline, tmp_path, NAMED, described) == [
        (["Nora Quillfeather", "Peter Quillfeather"], ["Max Ardent", "Vantor Labs"])]
    other = "Last year, Oregon parents sued Vantor Labs after their son Tobias Brightwater died."
    assert len(_two_documents(pipeline, tmp_path, NAMED, other)) == 2


@pytest.mark.parametrize("text, chinese", [
    ("2024年6月，华纳唱片和索尼音乐起诉Suno。2025年11月，华纳音乐集团与Suno达成和解。", True),
    (S2T.convert("2024年6月，华纳唱片和索尼音乐起诉Suno。2025年11月，华纳音乐集团与Suno达成和解。"), True),
    ("Warner Records and Sony Music sued Suno in June 2024. In November 2025, Warner Music Group settled with Suno.", False),
])
def test_a_settlement_by_a_plaintiffs_corporate_parent_is_the_event_of_its_suit(pipeline, tmp_path, text, chinese):
    rows = _table(pipeline, tmp_path, text, chinese)
    suno = [row for row in rows if row[1] == ["Suno"] and ("Warner Records" in row[0] or "华纳唱片" in row[0])]
    assert suno and "settlement" in suno[0][2]
