"""The suit table's parties as the text names them (kg/cases/, kg/unnamed.py): one party
under a short and a long name is one party of one row; a section heading tells no suit;
placeholder companies (甲公司诉乙公司) are a document's own parties.  Invented sentences,
in Simplified, in Traditional (OpenCC s2t) and in English."""
from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.ingest import read_document
from kg.model import Entity, Evidence
from kg.unnamed import ANONYMISED, placeholder

S2T = opencc.OpenCC("s2t")


def _graph(entities: list[tuple[str, str, str]], facts: list[tuple[str, str, str, str]]) -> KnowledgeGraph:
    """Entities (id, type, label); sued facts (plaintiff, defendant, sentence, document)."""
    graph = KnowledgeGraph()
    for node, kind, label in entities:
        graph.add_entity(Entity(node, kind, label))
    starts: dict[str, int] = {}
    for head, tail, sentence, document in facts:
        start = starts.setdefault(sentence, 300 * len(starts))
        graph.add_fact(head, "sued", tail, Evidence(document, "t", sentence, start, start + len(sentence), "2025-04-25"))
    return graph


ENTITIES = [("x", "Company", "Vantor"), ("xc", "Company", "Vantor Corporation"), ("mn", "Jurisdiction", "Ostland"),
            ("ke", "Person", "Mara Quill"), ("mf", "Company", "星川"), ("mfc", "Company", "星川公司"),
            ("sh", "Company", "海岚网络")]


@pytest.mark.parametrize("first, second, plaintiff", [
    ("Vantor Corporation filed a lawsuit against Ostland this week.",
     "Vantor is suing Ostland and its attorney general Mara Quill over the law.", "xc"),
    ("Vantor sued Ostland and Mara Quill on Monday.", "The complaint, filed by Vantor Corporation against Ostland, "
     "says the law is vague.", "xc"),
])
def test_one_party_under_a_short_and_a_long_name_is_one_row(first, second, plaintiff):
    def named(sentence: str) -> str:
        return "xc" if "Vantor Corporation" in sentence else "x"
    facts = [(named(first), "mn", first, "a.txt")] + [(named(second), d, second, "a.txt") for d in ("mn", "ke")]
    (row,) = suits(_graph(ENTITIES, facts))
    assert (row.plaintiffs, sorted(row.defendants)) == ([plaintiff], ["ke", "mn"])
    assert len(row.evidence) == 2


@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_a_chinese_name_and_the_same_with_its_legal_form_are_one_party(convert):
    first, second = convert("星川公司向法院起诉海岚网络。"), convert("星川称，海岚网络未经许可使用其数字人形象，并起诉海岚网络。")
    (row,) = suits(_graph(ENTITIES, [("mfc", "sh", first, "b.txt"), ("mf", "sh", second, "b.txt")]))
    assert row.plaintiffs == ["mfc"]


def test_short_and_long_names_in_two_documents_or_of_other_names_stay_apart():
    apart = [("xc", "mn", "Vantor Corporation filed a lawsuit against Ostland.", "a.txt"),
             ("x", "mn", "Vantor sued Ostland over the law.", "b.txt")]
    assert len(suits(_graph(ENTITIES, apart))) == 2  # two documents: maybe two suits
    other = [("xc", "mn", "Vantor Corporation filed a lawsuit against Ostland.", "a.txt"),
             ("mfc", "mn", "星川公司起诉了Ostland。", "a.txt")]
    assert len(suits(_graph(ENTITIES, other))) == 2  # no name of one is the other's


@pytest.mark.parametrize("heading, rows", [
    ("Harbor Publishers Sue Tidewire Over Archive", 0),  # a section's heading, no closing mark
    ("Harbor Publishers sued Tidewire over its archive.", 1),  # a sentence
    ("3. Writers Take Tidewire to Court", 0),
])
def test_a_section_heading_inside_an_article_is_no_suit_s_evidence(heading, rows):
    graph = _graph([("hp", "Company", "Harbor Publishers"), ("tw", "Company", "Tidewire")],
                   [("hp", "tw", heading, "c.txt")])
    graph.graph.graph["undated_items"] = []
    found = suits(graph)
    assert len(found) == rows


@pytest.mark.parametrize("text, found", [
    ("上诉人某甲公司因与被上诉人某乙公司、张某侵害技术秘密纠纷一案", ["某甲公司", "某乙公司", "张某"]),
    ("甲公司以不正当竞争为由起诉乙公司、丙公司", ["甲公司", "乙公司", "丙公司"]),
    ("原告甲公司与被告乙集团", ["甲公司", "乙集团"]),
    ("甲骨文公司起诉华乙公司", []),  # names, not placeholders
])
def test_placeholder_companies_are_anonymised_parties(text, found):
    for written in (text, S2T.convert(text)):
        assert [m.group() for m in ANONYMISED.finditer(written)] == [S2T.convert(f) if written != text else f for f in found]


def _built(pipeline, tmp_path: Path, texts: dict[str, str]) -> KnowledgeGraph:
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(read_document(path))
    return pipeline.graph(pipeline.process_documents(paths))


APPEAL = "测试法院公报\n2025年3月1日\n\n上诉人甲公司因与被上诉人乙公司、王某侵害技术秘密纠纷一案，不服一审判决，向本院提起上诉。\n"
SUED = "测试新闻\n2025年4月2日\n\n2024年5月，甲公司以不正当竞争为由起诉乙公司、丙公司。\n"


@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_placeholder_companies_are_a_row_of_their_own_document(pipeline, tmp_path, convert):
    graph = _built(pipeline, tmp_path, {"a.txt": convert(APPEAL), "b.txt": convert(SUED)})
    rows = sorted((row.plaintiffs, sorted(row.defendants)) for row in suits(graph))
    first, second = (convert(words) for words in ("乙公司", "王某")), [convert("乙公司"), convert("丙公司")]
    assert rows == sorted([([convert("甲公司")], sorted(first)), ([convert("甲公司")], sorted(second))])
    assert placeholder("某甲公司") and not placeholder("甲骨文公司")


def _described(pipeline, tmp_path: Path, text: str) -> list[tuple[list[str], list[str]]]:
    graph = _built(pipeline, tmp_path, {"d.txt": f"测试新闻\n2025年6月24日\n\n{text}\n"})
    label = lambda node: graph.entity(node)["label"] if node in graph.graph else node  # noqa: E731
    return sorted(([label(p) for p in row.plaintiffs], [label(d) for d in row.defendants]) for row in suits(graph))


@pytest.mark.parametrize("text, rows", [
    # an auxiliary before the filing; lawsuits (plural) against two: a suit against each
    ("A group of record companies has filed lawsuits against Suno and Udio over the training of their models.",
     [(["a group of record companies"], ["Suno"]), (["a group of record companies"], ["Udio"])]),
    ("Three newspapers have sued Suno in federal court.", [(["three newspapers"], ["Suno"])]),
    ("三家唱片公司分别起诉Suno和Udio。", [(["三家唱片公司"], ["Suno"]), (["三家唱片公司"], ["Udio"])]),
    ("四位画师联合起诉Suno。", [(["四位画师"], ["Suno"])]),
    # a descriptor before the defendant (AI startup X, a place's X, 美国人工智能公司X)
    ("Three authors sued AI startup Suno in federal court.", [(["three authors"], ["Suno"])]),
    ("A Florida mother is suing Menlo Park's Suno, accusing its chatbot of harm.", [(["a Florida mother"], ["Suno"])]),
    ("三名作家起诉美国人工智能公司Suno。", [(["三名作家"], ["Suno"])]),
    ("Three authors sued over the use of Suno songs.", []),  # no defendant after the filing: no row
])
def test_described_plaintiffs_are_a_row_as_the_text_words_them(pipeline, tmp_path, text, rows):
    for written in ((text, S2T.convert(text)) if not text.isascii() else (text,)):
        expected = [([S2T.convert(p) if written != text else p for p in ps], ds) for ps, ds in rows]
        assert _described(pipeline, tmp_path, written) == expected


def test_described_companies_are_the_row_their_document_names(pipeline, tmp_path):
    text = ("A group of news outlets filed a suit against OpenAI last November in an Ontario court. "
            "The publishers include Torstar, Postmedia and The Globe and Mail.")
    rows = _described(pipeline, tmp_path, text)
    assert rows and not any(p[0].startswith("a group") for p, _ in rows)  # one row: the named
