"""Suits whose plaintiffs the text describes, told the other way round (kg/unnamed.py: a lawsuit
filed by a group of authors against X; the 13 authors who sued X; 三名作家对X提起诉讼; 一名用户将X
告上法庭), and filings whose defendant only the plea names (彭某某诉至法院，请求判令X…).
Invented sentences, in English, Simplified and Traditional (OpenCC s2t)."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import suits
from kg.ingest import read_document
from test_suits_prosecution import _rows  # a Chinese text's rows, as labels

S2T = opencc.OpenCC("s2t")


def _english(pipeline, tmp_path, text: str) -> list[tuple[list[str], list[str], str | None]]:
    path = tmp_path / "e.txt"
    path.write_text(f"Test news\nJune 24, 2025\n\n{text}\n", encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    label = lambda node: graph.entity(node)["label"] if node in graph.graph else node  # noqa: E731
    return sorted((sorted(label(p) for p in row.plaintiffs), sorted(label(d) for d in row.defendants), row.filed)
                  for row in suits(graph))


@pytest.mark.parametrize("text, plaintiffs", [
    ("A federal judge dismissed a copyright lawsuit brought by a group of authors against Vantor Labs on Tuesday.",
     ["a group of authors"]),
    ("Judge Ada Reyes said the 13 authors who sued Vantor Labs had made the wrong arguments.", ["the 13 authors"]),
    ("In January, three visual artists filed a class-action copyright lawsuit against Vantor Labs, the startup "
     "that created Quill.", ["three visual artists"]),
    # the people the party is said to include, where the text names them
    ("A lawsuit filed by a group of writers including Paul Quillon and Nadia Brightwater against Vantor Labs was "
     "largely dismissed.", ["Nadia Brightwater", "Paul Quillon"]),
])
def test_a_described_party_told_by_its_suit(pipeline, tmp_path, text, plaintiffs):
    assert [(p, d) for p, d, _ in _english(pipeline, tmp_path, text)] == [(plaintiffs, ["Vantor Labs"])]


def test_the_defendants_a_kind_gives_examples_of(pipeline, tmp_path):
    text = "The settlement of a class action filed by artists against image firms, including Vantor Labs and " \
           "Quillmark Inc, was approved on Monday."
    assert [(p, d) for p, d, _ in _english(pipeline, tmp_path, text)] == [(["artists"], ["Quillmark Inc", "Vantor Labs"])]


@pytest.mark.parametrize("text", [
    "Copyright cases brought by news outlets, authors and others against Vantor Labs keep piling up.",  # no one party
    "One case highlighted in a recent article by The Test Times involves a Florida mother who sued Vantor Labs.",
    "A lawsuit brought by a group of authors was dismissed on Tuesday.",  # against no one the text names
])
def test_no_described_suit_without_one_party_and_a_defendant(pipeline, tmp_path, text):
    assert _english(pipeline, tmp_path, text) == []


@pytest.mark.parametrize("text, plaintiffs, defendants", [
    ("Google and startup Vantor Labs have settled lawsuits filed by families accusing chatbots of harming teenagers.",
     ["families"], ["Vantor Labs", "谷歌"]),
    # an apposition between the two sued (X, maker of an app called Y, and Z)
    ("Vantor Labs Inc., maker of a chatbot app called Quill, and Google LLC agreed to settle multiple lawsuits from "
     "families who said their children were harmed.", ["families"], ["Vantor Labs Inc.", "谷歌"]),
    ("Vantor Labs faces two lawsuits from parents who allege its chatbots harmed their children.", ["parents"], ["Vantor Labs"]),
])
def test_the_sued_settle_or_face_the_suits_of_a_described_party(pipeline, tmp_path, text, plaintiffs, defendants):
    assert [(p, d) for p, d, _ in _english(pipeline, tmp_path, text)] == [(plaintiffs, defendants)]


def test_no_sued_subject_where_the_sentence_opens_with_no_party(pipeline, tmp_path):
    text = "Last week a federal judge in Test County said the companies had settled lawsuits filed by families."
    assert _english(pipeline, tmp_path, text) == []


def test_one_of_the_described_party_is_its_own_suit(pipeline, tmp_path):
    text = "Universal Music Group has settled its copyright lawsuit against Vantor Labs. The world's largest music " \
           "company was one of the record labels that sued Vantor Labs in June 2024."
    assert [(p, d) for p, d, _ in _english(pipeline, tmp_path, text)] == [(["环球音乐集团"], ["Vantor Labs"])]


def test_a_suit_told_by_its_noun_is_dated_by_no_filing_and_joins_its_named_row(pipeline, tmp_path):
    told = "On Thursday, a judge approved the settlement of a class action brought by a group of authors against Vantor Labs."
    assert _english(pipeline, tmp_path, told) == [(["a group of authors"], ["Vantor Labs"], None)]
    named = "In 2024, authors Paul Quillon, Nadia Brightwater and Omar Castellane filed a class action lawsuit against " \
            "Vantor Labs. " + told
    assert _english(pipeline, tmp_path, named) == [
        (["Nadia Brightwater", "Omar Castellane", "Paul Quillon"], ["Vantor Labs"], "2024")]


@pytest.mark.parametrize("text, party", [
    ("三名作家对星河科技提起诉讼，指控其使用盗版书籍训练模型。", "三名作家"),
    ("一名用户将星河科技告上法庭，要求赔偿9999元。", "一名用户"),
    ("近日，多名家长对星河科技提起集体诉讼。", "多名家长"),
])
@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_a_chinese_described_party_with_its_defendant_before_the_filing(pipeline, tmp_path, text, party, convert):
    assert _rows(pipeline, tmp_path, convert(text)) == [([convert(party)], [convert("星河科技")])]


def test_a_chinese_described_party_files_nothing_against_no_one_named(pipeline, tmp_path):
    assert _rows(pipeline, tmp_path, "三名作家对此提起诉讼。") == []


@pytest.mark.parametrize("text, plaintiff, defendant", [
    ("彭某某认为其肖像权受到侵害。彭某某诉至法院，请求判令某软件运营公司赔礼道歉、赔偿损失共计5万余元。", "彭某某", "某软件运营公司"),
    ("吴某认为，某科技公司的行为侵害了其肖像权，故诉至青川市白沙区法院，要求某科技公司立即删除侵权内容。", "吴某", "某科技公司"),
    ("星河科技诉称，杭州某网络公司的行为构成不正当竞争，故诉至法院，要求杭州某网络公司赔偿损失50万元。", "星河科技", "杭州某网络公司"),
])
@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_the_defendant_the_plea_names(pipeline, tmp_path, text, plaintiff, defendant, convert):
    assert _rows(pipeline, tmp_path, convert(text)) == [([convert(plaintiff)], [convert(defendant)])]


def test_a_plea_naming_no_party_tells_no_suit(pipeline, tmp_path):
    assert _rows(pipeline, tmp_path, "李某诉至法院，要求撤销该决定。") == []
