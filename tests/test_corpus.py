"""The bundled demo corpus (data/corpus) and, where present, the shared seed documents
build into a graph that uses most of the ontology."""
import re
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

from kg.cli import main
from kg.ingest import discover, read_document
from kg.model import ENTITY_TYPES, RELATIONS
from kg.pipeline import build
from kg.rdf import AILAW
from kg.segment import segment

REPOSITORY = Path(__file__).resolve().parent.parent
CORPUS = REPOSITORY / "data" / "corpus"
SEEDS = REPOSITORY.parent / "shared" / "seeds"
_CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def documents():
    return [read_document(path) for path in discover([CORPUS])]


@pytest.fixture(scope="module")
def corpus_graph(pipeline):
    return build([CORPUS], pipeline=pipeline)


def test_corpus_has_documents_in_every_supported_shape(documents):
    assert len(documents) >= 8
    assert "README.md" not in {document.name for document in documents}
    assert any(document.name.endswith(".md") for document in documents)
    assert any(document.name.endswith(".html") for document in documents)
    assert any(document.encoding == "gb18030" for document in documents)
    assert any(len(_CJK.findall(document.text)) < 0.05 * len(document.text) for document in documents)  # English


def test_corpus_segments_into_dated_items(documents):
    items = [item for document in documents for item in segment(document)]
    assert len(items) >= 60
    assert sum(1 for item in items if item.date) >= 0.9 * len(items)
    assert all(item.title for item in items)


def test_every_newsletter_item_has_its_section_source_and_date(documents):
    for document in documents:
        if document.name.startswith(("newsletter", "briefing")):
            for item in segment(document):
                if not item.body:
                    continue  # the cover line's own item (its publisher): no news, no section, source or date
                assert item.section and item.source and item.date, (document.name, item.title)


def test_corpus_builds_a_graph_of_most_types_and_relations(corpus_graph):
    stats = corpus_graph.graph.stats()
    assert corpus_graph.skipped == [] and corpus_graph.documents >= 8
    assert len(set(stats["types"]) & set(ENTITY_TYPES)) >= 8
    assert len(set(stats["relations"]) & set(RELATIONS)) >= 7


@pytest.mark.skipif(not SEEDS.exists(), reason="no ../shared/seeds beside the repository")
def test_seed_documents_build_with_the_command_line(cli_pipeline, tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    path = tmp_path / "graph.ttl"
    triples = Graph().parse(path, format="turtle")
    with open(path, "rb") as stream:
        assert len(list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))) == len(triples)
    typed = {name: set(triples.subjects(RDF.type, AILAW[name])) for name in ENTITY_TYPES}
    assert sum(1 for nodes in typed.values() if nodes) >= 8
    assert sum(len(nodes) for nodes in typed.values()) > 100
    relations = {name for name in RELATIONS if next(triples.triples((None, AILAW[name], None)), None)}
    assert len(relations) >= 7


def test_news_articles_are_one_item_each_with_their_credits(documents):
    articles = [document for document in documents if document.name.startswith("news-")]
    assert len(articles) == 2
    for document in articles:
        (item,) = segment(document)
        assert item.date and item.source or item.credits
        assert item.credits and all(line in item.text for line in item.credits)
        assert "转载" not in item.text and "All rights reserved" not in item.text


@pytest.fixture(scope="module")
def corpus_export(corpus_graph, tmp_path_factory):
    """The demo corpus's graph.ttl, as `make demo` writes it."""
    from kg.rdf import write_graph
    return write_graph(corpus_graph.graph, tmp_path_factory.mktemp("demo"))


def test_demo_graph_conforms_to_its_shapes(corpus_export):
    from kg.ontology import validate
    conforms, report = validate(Graph().parse(corpus_export, format="turtle"))
    assert conforms, report


def test_demo_build_fits_types_to_the_relations_signatures(corpus_graph):
    typing = corpus_graph.graph.graph.graph["typing"]
    assert "Lovo: typed Company, not AIModel (a sued tail is no AIModel)" in typing
    (lovo,) = corpus_graph.graph.find("Lovo")
    assert corpus_graph.graph.entity(lovo)["type"] == "Company"


def test_demo_labels_of_simplified_names_are_zh_and_found_by_the_readme_query(corpus_export):
    text = corpus_export.read_text(encoding="utf-8")
    assert "@zh-hans" not in text.lower() and "@zh-hant" in text.lower()  # the demo has a Traditional document
    result = CliRunner().invoke(main, ["sparql", 'SELECT ?x WHERE { ?x rdfs:label "微软"@zh }',
                                       "--graph", str(corpus_export.parent), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "https://w3id.org/ailaw-kg/id/microsoft" in result.stdout


def test_demo_export_names_no_path_of_the_machine_that_built_it(corpus_export):
    text = corpus_export.read_text(encoding="utf-8")
    for place in {str(REPOSITORY), str(CORPUS), str(corpus_export.parent)}:
        assert place not in text
    assert not re.search(r'"/|<file:', text)  # no literal that is an absolute path, no file: IRI
