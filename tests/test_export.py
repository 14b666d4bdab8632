"""Each export format read back by the library its users would open it with: networkx
for GraphML and GEXF, pandas for the neo4j CSV folder, rdflib for JSON-LD, RDF/XML and
the ontology, owlready2 for the ontology as Protégé would load it."""
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, SKOS

from kg.cli import main
from kg.export import (CONTEXT_FILE, EDGE_HEADERS, FORMATS, NODE_HEADERS, context, export, export_ontology,
                       format_for)
from kg.graph import KnowledgeGraph
from kg.model import RELATIONS, Entity, Evidence
from kg.ontology import ONTOLOGY_FILE
from kg.rdf import AILAW, DATA, GRAPH_FILE, GRAPH_IRI, write_graph

SUIT = "纽约时报在纽约南区联邦地区法院起诉微软和OpenAI，指控其侵犯著作权。"
AGAIN = 'The New York Times said OpenAI\'s "fair use" defence fails;\nit pressed the suit.'
HOSTILE = 'Acme <b>&"Co"</b>'


def _graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_entity(Entity("nyt", "Company", "纽约时报", {"纽约时报", "NYT"}, kb_id="nyt",
                            kb_names={"The New York Times", "纽约时报", "New York Times Company"},
                            label_en="The New York Times"))
    graph.add_entity(Entity("openai", "Company", "OpenAI", jurisdiction="us"))
    graph.add_entity(Entity("us", "Jurisdiction", "美国", {"United States"}))
    graph.add_entity(Entity("acme", "Company", HOSTILE))
    graph.add_fact("nyt", "sued", "openai", Evidence("a.txt", "纽约时报起诉OpenAI", SUIT, 0, 36, "2023-12-27", "Reuters",
                                                     "https://example.org/nyt?a=1&b=2"), 0.875)
    graph.add_fact("nyt", "sued", "openai", Evidence("b.txt", "NYT v. OpenAI", AGAIN, 3, 80, "2024-04", "The Verge"))
    graph.add_fact("nyt", "accused", "openai", Evidence("b.txt", "NYT v. OpenAI", AGAIN, 3, 80, "2024-04"))
    graph.add_fact("openai", "jurisdiction", "us")
    return graph


@pytest.fixture
def graph_dir(tmp_path) -> Path:
    write_graph(_graph(), tmp_path / "built")
    return tmp_path / "built"


def _turtle(graph_dir: Path) -> Graph:
    return Graph().parse(graph_dir / GRAPH_FILE, format="turtle")


def _facts(graph: KnowledgeGraph) -> set[tuple[str, str, str]]:
    return {(head, relation, tail) for head, relation, tail, _ in graph.facts()}


# -- property graphs ---------------------------------------------------------------
def test_graphml_reads_back_in_networkx_with_every_node_fact_and_flat_attribute(graph_dir, tmp_path):
    read = nx.read_graphml(export(graph_dir, "graphml", tmp_path / "graph.graphml"), force_multigraph=True)
    assert set(read.nodes) == {"nyt", "openai", "us", "acme"}
    assert {(head, data["relation"], tail) for head, tail, data in read.edges(data=True)} == _facts(_graph())
    nyt = read.nodes["nyt"]
    assert (nyt["label_zh"], nyt["label_en"], nyt["type"]) == ("纽约时报", "The New York Times", "Company")
    assert set(nyt["names"].split(";")) == {"纽约时报", "NYT", "The New York Times", "New York Times Company"}
    assert read.nodes["acme"]["label"] == HOSTILE
    suit = read.edges["nyt", "openai", "sued"]
    assert suit["evidence"].splitlines() == [SUIT, " ".join(AGAIN.split())]
    assert suit["confidence"] == 0.875 and suit["evidence_count"] == 2
    assert suit["dates"] == "2023-12-27;2024-04" and suit["links"] == "https://example.org/nyt?a=1&b=2"


def test_gexf_reads_back_in_networkx_with_labels_for_gephi(graph_dir, tmp_path):
    read = nx.read_gexf(export(graph_dir, "gexf", tmp_path / "graph.gexf", lang="zh"))
    assert {data["label"] for _, data in read.nodes(data=True)} == {"纽约时报", "OpenAI", "美国", HOSTILE}
    english = nx.read_gexf(export(graph_dir, "gexf", tmp_path / "english.gexf"))  # its sentences are English
    assert english.nodes["nyt"]["label"] == "The New York Times" and english.nodes["acme"]["label"] == HOSTILE
    assert read.nodes["nyt"]["label_en"] == "The New York Times"
    edges = {(head, data["relation"], tail): data for head, tail, data in read.edges(data=True)}
    assert set(edges) == _facts(_graph())
    assert edges["nyt", "sued", "openai"]["label"] == "sued"
    assert edges["nyt", "sued", "openai"]["weight"] == 2.0
    assert SUIT in edges["nyt", "sued", "openai"]["evidence"]


def test_csv_folder_has_neo4j_import_headers_and_reads_back_in_pandas(graph_dir, tmp_path):
    pandas = pytest.importorskip("pandas")
    folder = export(graph_dir, "csv", tmp_path / "neo4j")
    nodes = pandas.read_csv(folder / "nodes.csv", keep_default_na=False)
    edges = pandas.read_csv(folder / "edges.csv", keep_default_na=False)
    assert list(nodes.columns) == [header for header, _ in NODE_HEADERS]
    assert list(edges.columns) == [header for header, _ in EDGE_HEADERS]
    assert nodes.columns[0] == "id:ID" and ":LABEL" in nodes.columns
    assert list(edges.columns[:3]) == [":START_ID", ":END_ID", ":TYPE"]
    assert nodes["id:ID"].is_unique and set(edges[":START_ID"]) | set(edges[":END_ID"]) <= set(nodes["id:ID"])
    assert dict(zip(nodes["id:ID"], nodes[":LABEL"])) == {"nyt": "Company", "openai": "Company",
                                                          "us": "Jurisdiction", "acme": "Company"}
    suit = edges[(edges[":TYPE"] == "sued")].iloc[0]
    assert suit["confidence:float"] == 0.875 and suit["evidence_count:int"] == 2
    assert suit["dates:string[]"].split(";") == ["2023-12-27", "2024-04"]
    assert suit["evidence"].splitlines()[0] == SUIT
    assert nodes.set_index("id:ID").loc["acme", "label"] == HOSTILE


def test_csv_headers_cover_every_flat_column():
    from kg.graph import EDGE_COLUMNS, NODE_COLUMNS
    assert [key for _, key in NODE_HEADERS] == list(NODE_COLUMNS)
    assert {key for _, key in EDGE_HEADERS} == set(EDGE_COLUMNS) - {"head_label", "tail_label"}


# -- RDF ---------------------------------------------------------------------------
def _triples(graph: Graph) -> set:
    return set(graph)


def test_jsonld_is_compacted_with_a_context_and_holds_the_same_triples(graph_dir, tmp_path):
    out = export(graph_dir, "jsonld", tmp_path / "graph.jsonld")
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["@context"]["label"] == {"@id": "rdfs:label", "@container": "@language"}
    nyt = next(node for node in document["@graph"] if node["@id"] == "kgid:nyt")
    assert nyt["@type"] == "Company" and nyt["label"] == {"zh": "纽约时报", "en": "The New York Times"}
    assert nyt["sued"] == "kgid:openai"
    assert _triples(Graph().parse(out, format="json-ld")) == _triples(_turtle(graph_dir))


def test_the_context_types_every_relation_as_a_link():
    terms = context()
    assert all(terms[relation] == {"@id": f"ailaw:{relation}", "@type": "@id"} for relation in RELATIONS)
    assert json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"] == terms


def test_rdfxml_holds_the_same_triples(graph_dir, tmp_path):
    out = export(graph_dir, "rdfxml", tmp_path / "graph.rdf")
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    assert _triples(Graph().parse(out, format="xml")) == _triples(_turtle(graph_dir))


def test_owl_is_the_same_triples_under_an_ontology_header_importing_the_vocabulary(graph_dir, tmp_path):
    parsed = Graph().parse(export(graph_dir, "owl", tmp_path / "graph.owl"), format="xml")
    header = URIRef(str(GRAPH_IRI))
    assert (header, RDF.type, OWL.Ontology) in parsed
    assert (header, OWL.imports, URIRef("https://w3id.org/ailaw-kg/ontology")) in parsed
    assert _triples(parsed) - _triples(_turtle(graph_dir)) == {t for t in _triples(parsed) if t[0] == header}
    assert _triples(_turtle(graph_dir)) <= _triples(parsed)


def test_graph_owl_loads_in_owlready2_with_the_ontology_it_imports(graph_dir, tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    export_ontology("owl", tmp_path / "ontology.owl")  # where owlready2 looks for the import, offline
    out = export(graph_dir, "owl", tmp_path / "graph.owl")
    owlready2.onto_path.insert(0, str(tmp_path))
    try:
        world = owlready2.World()
        graph = world.get_ontology(out.as_uri()).load()
    finally:
        owlready2.onto_path.remove(str(tmp_path))
    assert [imported.base_iri for imported in graph.imported_ontologies] == ["https://w3id.org/ailaw-kg/ontology#"]
    company = world["https://w3id.org/ailaw-kg/ontology#Company"]
    assert world["https://w3id.org/ailaw-kg/id/openai"] in list(company.instances())


@pytest.mark.parametrize("fmt, parser", [("nt", "nt"), ("ttl", "turtle")])
def test_export_writes_the_same_triples_in_another_format(graph_dir, tmp_path, fmt, parser):
    out = export(graph_dir, fmt, tmp_path / "exported" / f"graph.{fmt}")
    assert _triples(Graph().parse(out, format=parser)) == _triples(_turtle(graph_dir))


def test_export_to_nquads_puts_every_triple_in_the_named_graph(graph_dir, tmp_path):
    out = export(graph_dir, "nq", tmp_path / "graph.nq")
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    assert len(dataset.graph(URIRef(str(GRAPH_IRI)))) == len(_turtle(graph_dir))
    assert all(line.rstrip().endswith(f"<{GRAPH_IRI}> .")
               for line in out.read_text(encoding="utf-8").splitlines() if line.strip())


def test_kb_names_reach_every_format_as_alt_labels(graph_dir, tmp_path):
    triples = Graph().parse(export(graph_dir, "rdfxml", tmp_path / "graph.rdf"), format="xml")
    assert Literal("New York Times Company", lang="en") in set(triples.objects(DATA["nyt"], SKOS.altLabel))
    assert Literal("The New York Times", lang="en") in set(triples.objects(DATA["nyt"], RDFS.label))


# -- the ontology ------------------------------------------------------------------
def test_ontology_as_owl_is_rdfxml_of_the_same_triples(tmp_path):
    out = export_ontology("owl", tmp_path / "ailaw.owl")
    parsed = Graph().parse(out, format="xml")
    assert isomorphic(parsed, Graph().parse(ONTOLOGY_FILE, format="turtle"))  # its lists are blank nodes
    assert (AILAW.sued, RDF.type, OWL.ObjectProperty) in parsed


def test_ontology_as_owl_loads_in_owlready2(tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    out = export_ontology("owl", tmp_path / "ailaw.owl")
    world = owlready2.World()
    ontology = world.get_ontology(out.as_uri()).load()
    classes = {entity.name for entity in ontology.classes()}
    assert {"Court", "Company", "Regulator", "Law", "Case"} <= classes
    assert {"sued", "adjudicated", "partOf"} <= {prop.name for prop in ontology.object_properties()}


def test_ontology_is_not_a_property_graph(tmp_path):
    with pytest.raises(ValueError, match="the ontology is RDF"):
        export_ontology("graphml", tmp_path / "ailaw.graphml")


# -- choosing and refusing -----------------------------------------------------------
@pytest.mark.parametrize("name, fmt", [("g.graphml", "graphml"), ("g.GEXF", "gexf"), ("a.owl", "owl"),
                                       ("g.rdf", "rdfxml"), ("g.jsonld", "jsonld"), ("g.nq", "nq"),
                                       ("neo4j", None), ("g.docx", None)])
def test_format_for_reads_the_suffix(name, fmt):
    assert format_for(name) == fmt


def test_export_refuses_an_unknown_format(graph_dir, tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        export(graph_dir, "docx", tmp_path / "graph.docx")
    assert not (tmp_path / "graph.docx").exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_without_a_built_graph_is_file_not_found(tmp_path, fmt):
    with pytest.raises(FileNotFoundError, match="no built graph"):
        export(tmp_path / "empty", fmt, tmp_path / "out")


# -- the command -------------------------------------------------------------------
def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_kg_export_takes_the_format_from_the_suffix_of_out(graph_dir, tmp_path):
    result = _invoke("export", "--graph", str(graph_dir), "--out", str(tmp_path / "graph.gexf"))
    assert result.exit_code == 0, result.output
    assert "graph.gexf" in result.stdout
    assert set(nx.read_gexf(tmp_path / "graph.gexf").nodes) == {"nyt", "openai", "us", "acme"}


@pytest.mark.parametrize("out, problem", [("graph.xyz", "the suffix .xyz names no format"),
                                          ("graph", "no suffix to tell the format by")])
def test_kg_export_refuses_a_file_name_that_names_no_format(graph_dir, tmp_path, out, problem):
    result = _invoke("export", "--graph", str(graph_dir), "--out", str(tmp_path / out))
    assert result.exit_code == 1 and not (tmp_path / out).exists()
    assert result.output.count("\n") == 1 and problem in result.output and "give --format" in result.output


def test_kg_export_says_the_format_it_wrote(graph_dir, tmp_path):
    result = _invoke("export", "--graph", str(graph_dir), "--out", str(tmp_path / "graph.nt"))
    assert result.exit_code == 0 and result.stdout == f"wrote {tmp_path / 'graph.nt'} (N-Triples)\n"


def test_kg_export_csv_writes_a_folder(graph_dir, tmp_path):
    result = _invoke("export", "--graph", str(graph_dir), "--format", "csv", "--out", str(tmp_path / "neo4j"))
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in (tmp_path / "neo4j").iterdir()) == ["edges.csv", "nodes.csv"]


def test_kg_export_ontology_needs_no_graph(tmp_path):
    result = _invoke("export", "--ontology", "--graph", str(tmp_path / "nothing"), "--out", str(tmp_path / "a.owl"))
    assert result.exit_code == 0, result.output
    assert (AILAW.Court, RDF.type, OWL.Class) in Graph().parse(tmp_path / "a.owl", format="xml")


def test_kg_export_of_a_missing_graph_is_one_error_line(tmp_path):
    result = _invoke("export", "--graph", str(tmp_path / "nothing"), "--out", str(tmp_path / "g.graphml"))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("Error:") and "no built graph" in result.output
