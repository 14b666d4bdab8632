"""`kg query cases` (and sued, waves) on a graph folder as `kg build` leaves it, and on its
graph.ttl alone: the suits graph.ttl states (ailaw:Suit, kg.rdf._stated_suits) read back
instead of computed again give the table of the build, row for row, in every format and
language; computing them again from graph.ttl's facts gives it too."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

import kg.rdf as rdf_module
from kg import cases
from kg.cli import main
from kg.pipeline import build
from kg.rdf import DATA, GraphWriter, load_graph

REPOSITORY = Path(__file__).resolve().parents[1]
# invented: one suit against two companies the court anonymises, named in the text's order
# (not the order of their names), and one of named parties with a ruling
ANONYMISED = ("原告林某诉被告杭州某技术公司、常熟某房地产公司著作权侵权纠纷一案，杭州互联网法院于2024年3月5日立案。\n"
              "2024年9月10日，杭州互联网法院判决被告杭州某技术公司、常熟某房地产公司赔偿原告林某经济损失。\n")
TABLES = [(command, fmt, lang) for command in ("cases", "sued", "waves")
          for fmt in ("json", "csv", "table") for lang in ("zh", "en")]


@pytest.fixture(scope="module")
def folder(pipeline, tmp_path_factory) -> Path:
    documents = tmp_path_factory.mktemp("documents")
    (documents / "2024-09-hangzhou-ruling.txt").write_text("杭州法院判决两公司侵权\n\n" + ANONYMISED, encoding="utf-8")
    graph = build([REPOSITORY / "data" / "corpus", documents], pipeline=pipeline).graph
    out = tmp_path_factory.mktemp("graph")
    GraphWriter(out).write(graph)
    return out


def _tables(folder: Path, alone: bool) -> dict[tuple[str, str, str], str]:
    """Each table as printed; ``alone``: from graph.ttl alone (the suit table and snapshot
    the build keeps beside it removed before each command)."""
    printed = {}
    for command, fmt, lang in TABLES:
        if alone:
            for kept in [*folder.glob(".suits-*"), *folder.glob(".graph-*")]:
                kept.unlink()
        result = CliRunner().invoke(main, ["query", command, "--graph", str(folder), "--format", fmt, "--lang", lang])
        assert result.exit_code == 0, result.output
        printed[command, fmt, lang] = result.output
    return printed


def test_graph_ttl_alone_gives_the_table_the_build_computed(folder):
    built = _tables(folder, alone=False)
    assert built["cases", "csv", "zh"].count("\n") > 5  # the demo corpus's suits, and the invented one
    assert "杭州某技术公司" in built["cases", "json", "zh"]
    assert _tables(folder, alone=True) == built


def test_the_suits_graph_ttl_states_are_those_computed_again_from_its_facts(folder, monkeypatch):
    built = _tables(folder, alone=False)
    monkeypatch.setattr(rdf_module, "_stated_suits", lambda *args: None)
    assert _tables(folder, alone=True) == built


def test_an_anonymised_side_keeps_the_order_its_caption_names_it_in(folder):
    for kept in [*folder.glob(".suits-*"), *folder.glob(".graph-*")]:
        kept.unlink()
    suit = next(suit for suit in load_graph(folder).known_suits if "杭州某技术公司" in suit.caption)
    assert suit.defendants == ["杭州某技术公司", "常熟某房地产公司"]  # not sorted: 常 before 杭
    assert suit.plaintiffs == ["林某"]


def test_a_graph_ttl_that_states_no_suit_has_its_suits_computed_from_its_facts(folder, tmp_path):
    """A graph.ttl of an earlier version, or made by other means, without ailaw:Suit."""
    with open(folder / "graph.ttl", "rb") as stream:
        kept = [triple for triple in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE)
                if not triple.subject.value.startswith(f"{DATA}suit/")]
    (tmp_path / "graph.ttl").write_bytes(pyoxigraph.serialize(kept, format=pyoxigraph.RdfFormat.TURTLE))
    graph = load_graph(tmp_path)
    assert graph.known_suits and graph.known_suits == cases.suits(graph)


def test_a_suit_graph_ttl_states_in_part_is_read_as_far_as_it_goes(tmp_path):
    """A hand-made or damaged graph.ttl: a suit without caption, court, dates or sentences,
    an event without its sentence, are rows with those fields empty, not a traceback; a
    party written as a literal where an entity belongs (ailaw:defendant "乙公司") is left out."""
    (tmp_path / "graph.ttl").write_text(f"""
@prefix ailaw: <https://w3id.org/ailaw-kg/ontology#> .
@prefix kgid: <{DATA}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kgid:jia a ailaw:Company ; rdfs:label "甲公司"@zh .
kgid:yi a ailaw:Company ; rdfs:label "乙公司"@zh .
<{DATA}suit/x> a ailaw:Suit ; ailaw:plaintiff kgid:jia ; ailaw:defendant kgid:yi, "乙公司" ;
    ailaw:defendantName "丙某" ; ailaw:claim "copyright" ; ailaw:event <{DATA}suit/x/event/1> .
<{DATA}suit/x/event/1> ailaw:eventKind "ruling" .
""", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", "cases", "--graph", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    row, = json.loads(result.output)
    assert (row["plaintiffs"], row["defendants"], row["claims"]) == (["甲公司"], ["乙公司", "丙某"], ["copyright"])
    assert [event["kind"] for event in row["events"]] == ["ruling"] and row["evidence"] == []
