"""kg.turtle_blocks: a graph.ttl laid out as kg.rdf writes it read by its statements, only
those of the subjects asked for parsed, each subject's objects as a whole parse gives
them; Turtle laid out otherwise is refused (Foreign) and `kg query cases` then parses the
whole file to the same table."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

import kg.rdf as rdf_module
from kg.cli import main
from kg.rdf import _PREFIX_IRIS, AILAW, DATA, _subjects
from kg.turtle_blocks import Blocks, Foreign

N = pyoxigraph.NamedNode
L = pyoxigraph.Literal
RDF_TYPE = N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = N("http://www.w3.org/2000/01/rdf-schema#label")


def _written(path: Path, triples: list[pyoxigraph.Triple]) -> Path:
    """``triples`` written as kg.rdf writes graph.ttl (pyoxigraph's Turtle, its prefixes)."""
    path.write_bytes(pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=_PREFIX_IRIS))
    return path


def _triples() -> list[pyoxigraph.Triple]:
    suit, other = N(f"{DATA}suit/a1"), N(f"{DATA}suit/b2")
    jia, yi = N(f"{DATA}jia"), N(f"{DATA}yi")
    T = pyoxigraph.Triple
    return [T(jia, RDF_TYPE, N(f"{AILAW}Company")), T(jia, LABEL, L("甲公司", language="zh")),
            T(jia, LABEL, L("Jia Ltd. ; a \"quoted\" name .\nnext line", language="en")),
            T(suit, RDF_TYPE, N(f"{AILAW}Suit")), T(suit, N(f"{AILAW}plaintiff"), jia),
            T(yi, RDF_TYPE, N(f"{AILAW}Company")), T(yi, LABEL, L("乙公司", language="zh")),
            T(jia, N(f"{AILAW}sued"), yi),  # jia again, after other subjects
            T(N("http://example.org/x"), LABEL, L("an IRI of no prefix")),
            T(other, RDF_TYPE, N(f"{AILAW}Suit")), T(suit, N(f"{AILAW}defendant"), yi),  # the suit again
            T(yi, N(f"{AILAW}claim"), L("ailaw:Suit in a string"))]


def test_each_subject_reads_as_a_whole_parse_reads_it(tmp_path):
    path = _written(tmp_path / "graph.ttl", _triples())
    whole = _subjects(path)[0]
    blocks = Blocks(path)
    for subject, properties in whole.items():
        assert blocks.get(subject) == properties, subject
        assert blocks[subject] == properties
    assert blocks.get(f"{DATA}nobody", "absent") == "absent"
    with pytest.raises(KeyError):
        blocks[f"{DATA}nobody"]
    # in the order of their first statement, with those whose strings hold it (yi) for the caller to tell
    assert blocks.mentioning(f"{AILAW}Suit") == [f"{DATA}suit/a1", f"{DATA}yi", f"{DATA}suit/b2"]
    assert list(rdf_module._suit_statements(path)[1][f"{AILAW}Suit"]) == [f"{DATA}suit/a1", f"{DATA}suit/b2"]


def test_only_the_subjects_asked_for_are_parsed(tmp_path):
    path = _written(tmp_path / "graph.ttl", _triples())
    blocks = Blocks(path)
    blocks.fetch([f"{DATA}yi"])
    assert [subject for subject, found in blocks.parsed.items() if found] == [f"{DATA}yi"]


def test_first_reads_only_the_first_statement_of_a_subject(tmp_path):
    # an entity's own statement (type, names) comes first; its facts follow, statements of their own
    path = _written(tmp_path / "graph.ttl", _triples())
    whole = _subjects(path)[0]
    blocks = Blocks(path)
    blocks.fetch([f"{DATA}jia", f"{DATA}yi"], first=True)
    assert f"{AILAW}sued" in whole[f"{DATA}jia"]
    assert blocks[f"{DATA}jia"] == {key: value for key, value in whole[f"{DATA}jia"].items() if key != f"{AILAW}sued"}
    assert blocks[f"{DATA}yi"] == {key: value for key, value in whole[f"{DATA}yi"].items() if key != f"{AILAW}claim"}
    # the suit table reads its parties so: their names, not their facts
    blocks = rdf_module._suit_statements(path)[0]
    assert f"{AILAW}sued" not in blocks[f"{DATA}jia"] and blocks[f"{DATA}jia"][str(LABEL.value)]


@pytest.mark.parametrize("declared", [["e"], ["e", "ee"]])
def test_the_line_after_each_statement_takes_a_prefix_the_file_does_not_declare(tmp_path, declared):
    prefixes = {**_PREFIX_IRIS, **{name: f"http://example.org/{name}#" for name in declared}}
    subject = N(f"http://example.org/{declared[-1]}#a")
    triples = [*_triples(), pyoxigraph.Triple(subject, LABEL, L("e: e: e: .")),
               pyoxigraph.Triple(subject, N(f"http://example.org/{declared[0]}#p"), N(f"http://example.org/{declared[0]}#"))]
    path = tmp_path / "graph.ttl"
    path.write_bytes(pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes))
    assert f"\n{declared[-1]}:a ".encode() in path.read_bytes()
    blocks = Blocks(path)
    assert blocks.end == b"\n" + b" ".join([b"e" * (len(declared) + 1) + b":"] * 3) + b" .\n"
    whole = _subjects(path)[0]
    blocks.fetch(list(whole))
    for subject, properties in whole.items():
        assert blocks[subject] == properties, subject


@pytest.mark.parametrize("turtle", [
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:a <http://p> """two\nlines""" .\n',
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:a <http://p> "x" .\n@prefix kgid: <http://other/> .\n',
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:a <http://p> "x" .\nPREFIX kgid: <http://other/>\n',
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\n<https://w3id.org/ailaw-kg/id/\\u0061> <http://p> "x" .\n',
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\n<https://w3id.org/ailaw-kg/id/a><http://p> "x" .\n',  # glued
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:b <http://p> "x" .\n  kgid:a <http://p> "y" .\n',
    'PREFIX kgid: <https://w3id.org/ailaw-kg/id/>\nkgid:a <http://p> "x" .\n',  # no @prefix line before
    # after statements whose first terms hold only the characters of kg.rdf's prefixed names
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:a <http://p> "x" .\nbAsE <http://other/>\nkgid:b <http://p> "y" .\n',
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:a <http://p> "x" .\n@base <http://other/> .\n',
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:a <http://p> "x" .\nkgid:b(<http://p> "y") .\n',
])
def test_turtle_whose_terms_may_mean_otherwise_is_refused_when_opened(tmp_path, turtle):
    (tmp_path / "graph.ttl").write_text(turtle, encoding="utf-8")
    with pytest.raises(Foreign):
        Blocks(tmp_path / "graph.ttl")


@pytest.mark.parametrize("turtle", [
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:a <http://p> "x" ;\n<http://q> "y" .\n',  # unindented
    '@prefix kgid: <https://w3id.org/ailaw-kg/id/> .\nkgid:a <http://p> [ <http://q> "y" ] .\n',  # a blank node
])
def test_a_statement_not_laid_out_as_kg_rdf_writes_it_is_refused_when_read(tmp_path, turtle):
    (tmp_path / "graph.ttl").write_text(turtle, encoding="utf-8")
    with pytest.raises(Foreign):
        Blocks(tmp_path / "graph.ttl").get(f"{DATA}a")


SUIT = f"""@prefix ailaw: <https://w3id.org/ailaw-kg/ontology#> .
@prefix kgid: <{DATA}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kgid:jia a ailaw:Company ; rdfs:label "甲公司"@zh .
kgid:yi a ailaw:Company ; rdfs:label "乙公司"@zh .
<{DATA}suit/x> a ailaw:Suit ; ailaw:plaintiff kgid:jia ;
    ailaw:defendant kgid:yi ; rdfs:label "甲公司诉乙公司"@zh .
kgid:documents <http://purl.org/dc/terms/language> "zh" .
"""


@pytest.mark.parametrize("layout", [
    SUIT,
    SUIT.replace("\n    ailaw:defendant", "\nailaw:defendant"),  # a statement's line unindented
    SUIT + 'kgid:yi rdfs:comment """over\ntwo lines""" .\n',
])
def test_a_graph_ttl_laid_out_otherwise_gives_the_same_table_read_whole(tmp_path, monkeypatch, layout):
    (tmp_path / "graph.ttl").write_text(layout, encoding="utf-8")
    refused = []
    statements = rdf_module._suit_statements
    monkeypatch.setattr(rdf_module, "_suit_statements", lambda path: _noted(statements, path, refused))
    result = CliRunner().invoke(main, ["query", "cases", "--graph", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    row, = json.loads(result.output)
    assert (row["plaintiffs"], row["defendants"]) == (["甲公司"], ["乙公司"])
    assert refused == ([] if layout == SUIT else ["refused"])


def _noted(function, path, refused):
    try:
        return function(path)
    except Foreign:
        refused.append("refused")
        raise


def _cited(document: str = "a.txt", item: str = "标题", sentence: str = "甲公司起诉乙公司。", date: str | None = "2024-06-27",
           source: str = "", link: str = ""):
    from kg.model import Evidence
    return Evidence(document, item, sentence, 3, 12, date, source, link)


CITED = [_cited(), _cited(date="2024-06"), _cited(date="2024"), _cited(date=None), _cited(sentence=""),
         _cited(item="Second item", source="Reuters", link="https://example.org/a?b=1&c=2"),
         _cited(item="Third item", source="新华网"), _cited(document="b.txt", item="Fourth", link="https://example.org/b"),
         # strings with an escape: read by the parser
         _cited(sentence='He said "we sue".'), _cited(sentence="a\\b"), _cited(item='A "quoted" item')]


def test_the_sentences_cited_read_by_their_layout_are_those_the_parser_reads(tmp_path):
    """kg.rdf._Cited reads an ailaw:Evidence, its item and document from their statements
    as kg.rdf writes them, without the parser: the very Evidence the parser's reading gives;
    one whose strings hold an escape is left to the parser (None)."""
    triples = []
    for evidence in CITED:
        node, document, item = rdf_module._evidence_iri(evidence), rdf_module._document_iri(evidence), \
            rdf_module._item_iri(evidence)
        triples += [*rdf_module._evidence_triples(node, evidence), *rdf_module._document_triples(document, evidence),
                    *rdf_module._item_triples(item, document, evidence)]
    path = _written(tmp_path / "graph.ttl", list(dict.fromkeys(triples)))
    parsed = rdf_module._evidence_reader(_subjects(path)[0])
    cited = rdf_module._Cited(Blocks(path))
    for evidence in CITED:
        node = rdf_module._evidence_iri(evidence).value
        assert parsed(node) == evidence
        escaped = "\\" in evidence.sentence or '"' in evidence.sentence + evidence.item
        assert cited.of(node) == (None if escaped else evidence), evidence
        assert rdf_module._evidence_reader(Blocks(path), cited)(node) == evidence  # either way, the same
    assert cited.of(f"{DATA}jia") is None  # no sentence


def test_reading_the_suit_table_from_graph_ttl_imports_no_rdflib(tmp_path):
    """kg.rdf's own namespaces are plain strings: rdflib (a tenth of a second) is imported
    only where one of its terms is asked for (kg.rdf.AILAW, DATA, GRAPH_IRI, PREFIXES, to_rdf)."""
    import subprocess
    import sys
    (tmp_path / "graph.ttl").write_text(SUIT, encoding="utf-8")
    script = ("import sys\nfrom kg.cli import main\ntry:\n    main(['query', 'cases', '--format', 'csv', '--graph', sys.argv[1]])\n"
              "except SystemExit:\n    pass\nassert 'rdflib' not in sys.modules, 'rdflib imported'\n"
              "import kg.rdf\nassert type(kg.rdf.AILAW).__module__.startswith('rdflib') and 'rdflib' in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert "甲公司诉乙公司" in done.stdout
