"""`kg query top` reads the fact table `kg build` keeps beside graph.ttl (kg.query.FactTable,
kg.rdf.write_fact_table) instead of the graph: the same rows as from the graph, for every
option; a table of another shape, or of another graph.ttl, is never trusted."""
import logging
import pickle

import pytest
from click.testing import CliRunner
from litigation import build_litigation_graph

import kg.cli.query as cli_query  # (imported before any patch: it takes load_fact_table's name)
from kg import records
from kg.cli import main
from kg.query import FactTable, top
from kg.rdf import FACT_TABLE, GraphWriter, _suit_table_path, load_fact_table, load_graph

#: Rankings of every kind: by tail and by head, of a type on the side it is on, in either language.
OPTIONS = [["--relation", "sued"], ["--relation", "sued", "--lang", "en"], ["--relation", "sued", "--role", "head"],
           ["--relation", "sued", "--type", "Company", "--limit", "2"], ["--relation", "investigated"],
           ["--relation", "issued", "--type", "Regulator"], ["--relation", "released", "--lang", "zh"],
           ["--relation", "partnered"], ["--relation", "adjudicated", "--role", "head"]]


def top_csv(folder, options) -> str:
    result = CliRunner().invoke(main, ["query", "top", *options, "--format", "csv", "--graph", str(folder)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def built(tmp_path):
    folder = tmp_path / "built"
    GraphWriter(folder).write(build_litigation_graph())
    return folder


def test_top_answers_the_same_from_the_fact_table_as_from_the_graph(built, monkeypatch):
    table_path = _suit_table_path(built, FACT_TABLE)
    assert table_path.is_file() and load_fact_table(built) is not None
    from_graph = []
    with monkeypatch.context() as patch:  # the table hidden: the graph (its snapshot) answers
        patch.setattr(cli_query, "load_fact_table", lambda graph_dir, relation: None)
        from_graph = [top_csv(built, options) for options in OPTIONS]
    assert "OpenAI" in from_graph[0] and sum(text.count("\n") > 1 for text in from_graph) >= 4
    with monkeypatch.context() as patch:  # the graph never read
        patch.setattr(cli_query, "load_graph", lambda *args, **kwargs: (_ for _ in ()).throw(AssertionError))
        assert [top_csv(built, options) for options in OPTIONS] == from_graph
    graph = load_graph(built)
    table = FactTable.from_data(records.loads(table_path.read_bytes()))
    for relation in ("sued", "issued", "released"):
        for lang in ("zh", "en"):
            assert top(table, relation, lang=lang, limit=None) == top(graph, relation, lang=lang, limit=None)


def test_graph_ttl_alone_is_read_as_far_as_the_relation_ranked(built, monkeypatch):
    expected = [top_csv(built, options) for options in OPTIONS]
    for path in built.glob(".*"):
        if path.is_file():
            path.unlink()
    with monkeypatch.context() as patch:  # no whole parse: only the statements of the relation ranked
        patch.setattr(cli_query, "load_graph", lambda *args, **kwargs: (_ for _ in ()).throw(AssertionError))
        assert [top_csv(built, options) for options in OPTIONS] == expected
    assert not list(built.glob(".facts-*")) and not list(built.glob(".graph-*"))  # nothing of a partial read kept
    ttl = built / "graph.ttl"  # laid out otherwise (kg.turtle_blocks.Foreign): parsed whole, the same rows
    ttl.write_bytes(ttl.read_bytes() + b"@prefix later: <https://example.org/later#> .\n")
    assert [top_csv(built, options) for options in OPTIONS] == expected
    assert list(built.glob(".facts-*"))  # the whole graph read: its snapshot and tables kept


@pytest.mark.parametrize("edit", ["unknown node", "count not int", "list", "pickle", "names missing"])
def test_a_fact_table_of_another_shape_is_ignored_with_one_line(built, edit, caplog, monkeypatch):
    expected = [top_csv(built, options) for options in OPTIONS[:2]]
    path = _suit_table_path(built, FACT_TABLE)
    data = records.loads(path.read_bytes())
    if edit == "unknown node":
        data["facts"]["sued"][0][0] = "nobody"
    elif edit == "count not int":
        data["facts"]["sued"][0][2] = "1"
    elif edit == "list":
        data = [data]
    elif edit == "names missing":
        data["nodes"][data["facts"]["sued"][0][0]] = ["Company"]
    path.write_bytes(pickle.dumps(data) if edit == "pickle" else records.dumps(data))
    with caplog.at_level(logging.WARNING):
        assert load_fact_table(built) is None
    assert f"{path}: not a fact table" in caplog.text
    assert [top_csv(built, options) for options in OPTIONS[:2]] == expected


def test_the_fact_table_of_an_earlier_graph_ttl_is_not_read(built):
    before = top_csv(built, OPTIONS[0])
    old_table = _suit_table_path(built, FACT_TABLE)
    ttl = built / "graph.ttl"
    ttl.write_bytes(ttl.read_bytes().replace("OpenAI".encode(), "OpenBI".encode()))
    assert old_table.exists() and _suit_table_path(built, FACT_TABLE) != old_table
    after = top_csv(built, OPTIONS[0])
    assert "OpenBI" in after and "OpenAI" not in after and after == before.replace("OpenAI", "OpenBI")


def test_graph_ttl_alone_gives_the_table_of_the_whole_graph_fact_for_fact(built):
    """kg.rdf._facts_stated makes the table without a graph of facts (no networkx): the same
    facts in the same order, the same nodes and names as FactTable.of the whole graph parsed
    (a dict of nodes in its own order: looked up, never listed),
    for every relation; a symmetric fact stated both ways, a fact stated twice and a fact of a
    node to itself (an edited graph.ttl) are read as KnowledgeGraph.add_fact reads them."""
    from kg.model import RELATIONS
    from kg.rdf import _facts_stated
    ttl = built / "graph.ttl"
    text = ttl.read_text(encoding="utf-8")
    firms = [line.split()[0] for line in text.splitlines() if line.endswith(" a ailaw:Company ;")][:3]
    assert len(firms) == 3
    added = (f"{firms[0]} ailaw:partnered {firms[1]} .\n{firms[1]} ailaw:partnered {firms[0]} .\n"
             f"{firms[2]} ailaw:partnered {firms[0]} .\n{firms[2]} ailaw:partnered {firms[0]} .\n"
             f"{firms[1]} ailaw:sued {firms[1]} .\n{firms[2]} ailaw:settled {firms[1]} .\n"
             f"{firms[1]} ailaw:settled {firms[2]} .\n")
    ttl.write_text(text + added, encoding="utf-8")
    whole = load_graph(built)
    for relation in RELATIONS:
        expected = FactTable.of(whole, (relation,), "zh")
        table = _facts_stated(ttl, relation)
        assert (table.facts, table.nodes, table.language) == (expected.facts, expected.nodes, expected.language), \
            relation
        for lang in ("zh", "en"):
            assert top(table, relation, lang=lang, limit=None) == top(whole, relation, lang=lang, limit=None)
    assert len(_facts_stated(ttl, "partnered").facts["partnered"]) >= 2
