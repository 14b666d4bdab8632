import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from litigation import build_litigation_graph
from rdflib.namespace import DCTERMS, PROV, SH

from kg import rdf as kg_rdf
from kg.cases import SUIT_LINKS, event_lexicon
from kg.graph import KnowledgeGraph
from kg.model import ENTITY_TYPES, RELATIONS, SYMMETRIC_RELATIONS, Entity, Evidence
from kg.ontology import AILAW, ONTOLOGY_DIR, ONTOLOGY_FILE, SHAPES_FILE, labels, load_ontology, validate
from kg.rdf import DATA, to_rdf

AGENT_TYPES = {"Regulator", "Legislature", "Court", "Company", "Organization", "Person", "Jurisdiction"}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def _classes(ontology: Graph, node) -> set:
    """A named class, or the members of an owl:unionOf class expression."""
    union = ontology.value(node, OWL.unionOf)
    return set(Collection(ontology, union)) if union is not None else {node}


def _local_names(ontology: Graph, kind) -> set[str]:
    return {str(term)[len(str(AILAW)):] for term in ontology.subjects(RDF.type, kind)
            if str(term).startswith(str(AILAW))}


# -- the files --------------------------------------------------------------------------
def test_ontology_dir_is_the_repository_ontology_folder():
    assert ONTOLOGY_DIR.name == "ontology" and ONTOLOGY_FILE.is_file() and SHAPES_FILE.is_file()


def test_namespace_is_the_one_the_export_uses():
    assert str(AILAW) == str(kg_rdf.AILAW)


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, SHAPES_FILE], ids=["ailaw.ttl", "shapes.ttl"])
def test_turtle_parses_with_rdflib_and_pyoxigraph(path):
    assert len(Graph().parse(path, format="turtle")) > 100
    with open(path, "rb") as stream:
        assert len(list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))) > 100


def test_ontology_header_has_title_version_and_comment(ontology):
    header = next(ontology.subjects(RDF.type, OWL.Ontology))
    assert ontology.value(header, DCTERMS.title)
    assert ontology.value(header, OWL.versionInfo)
    assert "rdf:Statement" in str(ontology.value(header, RDFS.comment))


# -- classes and relations ---------------------------------------------------------------
def test_declares_exactly_the_ten_entity_classes_under_entity(ontology):
    entity_classes = {str(c)[len(str(AILAW)):] for c in ontology.transitive_subjects(RDFS.subClassOf, AILAW.Entity)}
    assert entity_classes - {"Entity", "Agent"} == set(ENTITY_TYPES)
    assert {str(c)[len(str(AILAW)):] for c in ontology.subjects(RDFS.subClassOf, AILAW.Agent)} == AGENT_TYPES


def test_declares_exactly_the_sixteen_relations(ontology):
    provenance = {"item", "document", "reviewStatus"}
    suits = set(SUIT_LINKS) | {"case", "event"}
    assert _local_names(ontology, OWL.ObjectProperty) - provenance - suits == set(RELATIONS)


@pytest.mark.parametrize("name", ["Suit", "SuitEvent", *SUIT_LINKS, "case", "event", "filedOn", "courtStated",
                                  "courtReason", "status", "claim", "eventKind"])
def test_each_suit_term_has_labels_in_english_and_chinese_and_a_comment(ontology, name):
    term = AILAW[name]
    assert {"en", "zh"} <= {label.language for label in ontology.objects(term, RDFS.label)}
    assert ontology.value(term, RDFS.comment)


def test_suit_shapes_allow_exactly_the_statuses_and_event_kinds_of_the_lexicon():
    shapes = Graph().parse(SHAPES_FILE, format="turtle")

    def allowed(path) -> set[str]:
        for shape in shapes.subjects(SH.path, path):
            listed = shapes.value(shape, SH["in"])
            if listed is not None:
                return {str(value) for value in Collection(shapes, listed)}
        return set()
    _, kinds, statuses = event_lexicon()
    assert allowed(AILAW.status) == set(statuses.values()) | {"filed"}
    assert allowed(AILAW.eventKind) == set(statuses) - {"filing"}


@pytest.mark.parametrize("name", ENTITY_TYPES + RELATIONS)
def test_each_class_and_relation_has_labels_in_english_and_chinese_and_a_comment(ontology, name):
    term = AILAW[name]
    languages = {label.language for label in ontology.objects(term, RDFS.label)}
    assert {"en", "zh"} <= languages
    assert ontology.value(term, RDFS.comment)


@pytest.mark.parametrize("relation", RELATIONS)
def test_each_relation_has_a_domain_and_range_of_entity_classes(ontology, relation):
    known = {AILAW[t] for t in ENTITY_TYPES} | {AILAW.Agent}
    domain = ontology.value(AILAW[relation], RDFS.domain)
    range_ = ontology.value(AILAW[relation], RDFS.range)
    assert domain is not None and range_ is not None
    assert _classes(ontology, domain) <= known and _classes(ontology, range_) <= known


def test_symmetric_relations_are_owl_symmetric_and_part_of_is_not_transitive(ontology):
    assert _local_names(ontology, OWL.SymmetricProperty) == set(SYMMETRIC_RELATIONS)
    assert (AILAW.partOf, RDF.type, OWL.TransitiveProperty) not in ontology


def test_domains_and_ranges_follow_the_schema(ontology):
    def range_of(relation):
        return _classes(ontology, ontology.value(AILAW[relation], RDFS.range))

    assert range_of("issued") == {AILAW.Law}
    assert range_of("released") == {AILAW.AIModel}
    assert range_of("jurisdiction") == {AILAW.Jurisdiction}
    assert ontology.value(AILAW.adjudicated, RDFS.domain) == AILAW.Court
    assert AILAW.Law in _classes(ontology, ontology.value(AILAW.jurisdiction, RDFS.domain))


def test_provenance_vocabulary_is_declared(ontology):
    assert (AILAW.Evidence, RDFS.subClassOf, PROV.Entity) in ontology
    for name in ("Evidence", "NewsItem", "SourceDocument", "sentence", "item", "document",
                 "start", "end", "confidence", "link", "extractedBy"):
        assert ontology.value(AILAW[name], RDFS.label) is not None, name
        assert ontology.value(AILAW[name], RDFS.comment) is not None, name
    assert ontology.value(AILAW.start, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#integer")


# -- labels ---------------------------------------------------------------------------------
def test_chinese_labels_name_relations_in_chinese():
    chinese = labels("zh")
    assert chinese["sued"] == "起诉"
    assert all("\u4e00" <= ch <= "\u9fff" for ch in chinese["jurisdiction"])
    assert set(RELATIONS) | set(ENTITY_TYPES) <= chinese.keys()


def test_english_labels_cover_every_class_and_relation():
    english = labels("en")
    assert english["investedIn"] == "invested in"
    assert set(RELATIONS) | set(ENTITY_TYPES) <= english.keys()


# -- validation of the export ------------------------------------------------------------------
def _small_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for entity in (
        Entity("openai", "Company", "OpenAI", {"OpenAI", "开放人工智能"}, kb_id="Q21708200"),
        Entity("microsoft", "Company", "微软", {"微软", "Microsoft"}),
        Entity("nyt", "Company", "纽约时报", {"纽约时报", "The New York Times"}),
        Entity("gpt-4o", "AIModel", "GPT-4o"),
        Entity("garante", "Regulator", "意大利数据保护局", {"Garante"}),
        Entity("italy", "Jurisdiction", "意大利"),
        Entity("eu", "Jurisdiction", "欧盟"),
        Entity("ai-act", "Law", "《人工智能法案》", {"AI Act"}),
        Entity("eu-parliament", "Legislature", "欧洲议会"),
        Entity("bj-court", "Court", "北京互联网法院"),
        Entity("zhang", "Person", "张某"),
        Entity("case-1", "Case", "（2024）京0491民初1号"),
    ):
        kg.add_entity(entity)
    item = "纽约时报起诉 OpenAI 和微软"
    facts = [
        ("nyt", "sued", "openai", "纽约时报起诉 OpenAI 和微软侵犯版权。", "2023-12-27"),
        ("nyt", "sued", "microsoft", "纽约时报起诉 OpenAI 和微软侵犯版权。", "2023-12-27"),
        ("microsoft", "investedIn", "openai", "微软向 OpenAI 投资 100 亿美元。", "2023-01"),
        ("openai", "released", "gpt-4o", "OpenAI 发布 GPT-4o。", "2024-05-13"),
        ("garante", "fined", "openai", "意大利数据保护局对 OpenAI 罚款 1500 万欧元。", "2024"),
        ("garante", "investigated", "gpt-4o", "意大利数据保护局调查 GPT-4o。", None),
        ("garante", "jurisdiction", "italy", "意大利数据保护局对 OpenAI 罚款 1500 万欧元。", "2024"),
        ("eu-parliament", "issued", "ai-act", "欧洲议会通过《人工智能法案》。", "2024-03-13"),
        ("ai-act", "jurisdiction", "eu", "欧洲议会通过《人工智能法案》。", "2024-03-13"),
        ("bj-court", "adjudicated", "zhang", "北京互联网法院审理张某案。", "2024-06-20"),
        ("openai", "partnered", "microsoft", "OpenAI 与微软合作。", "2024-01-02"),
        ("microsoft", "partnered", "openai", "微软与 OpenAI 深化合作。", "2024-02-03"),
    ]
    for head, relation, tail, sentence, date in facts:
        evidence = Evidence("001_weekly.txt", item, sentence, 0, len(sentence), date,
                            source="路透社", link="https://example.org/news/1")
        kg.add_fact(head, relation, tail, evidence, confidence=0.8, rule="cue/" + relation)
    return kg


def test_exported_small_graph_conforms_to_the_shapes():
    conforms, report = validate(to_rdf(_small_graph()))
    assert conforms, report


def test_exported_suits_conform_to_the_shapes():
    graph = to_rdf(build_litigation_graph())
    assert len(set(graph.subjects(RDF.type, AILAW.Suit))) == 3
    conforms, report = validate(graph)
    assert conforms, report


def _suit_with(*changes) -> Graph:
    """The litigation graph's export with the stated court suit changed by hand."""
    graph = to_rdf(build_litigation_graph())
    stated = next(s for s in graph.subjects(AILAW.courtStated, Literal(True)))
    for predicate, value in changes:
        graph.remove((stated, predicate, None))
        if value is not None:
            graph.add((stated, predicate, value))
    return graph


def test_suit_with_a_stated_court_but_no_court_fails_validation():
    conforms, report = validate(_suit_with((AILAW.court, None)))
    assert not conforms and "court is stated" in report


def test_suit_with_an_unknown_status_or_no_plaintiff_fails_validation():
    assert not validate(_suit_with((AILAW.status, Literal("pending"))))[0]
    assert not validate(_suit_with((AILAW.plaintiff, None)))[0]


def _wrong_graph(*triples) -> Graph:
    """A conforming export with a few triples added by hand."""
    graph = to_rdf(_small_graph())
    for triple in triples:
        graph.add(triple)
    return graph


def test_sued_to_a_law_fails_validation():
    conforms, report = validate(_wrong_graph((DATA.nyt, AILAW.sued, DATA["ai-act"])))
    assert not conforms
    assert "defendant must be an actor" in report


def test_relation_from_a_wrong_head_class_fails_validation():
    conforms, report = validate(_wrong_graph((DATA["ai-act"], AILAW.sued, DATA.openai)))
    assert not conforms
    assert "plaintiff must be an actor" in report


def test_tail_without_a_class_fails_validation():
    conforms, _ = validate(_wrong_graph((DATA.openai, AILAW.released, DATA["no-such-model"])))
    assert not conforms


def test_evidence_without_sentence_fails_validation():
    graph = to_rdf(_small_graph())
    evidence = next(graph.subjects(RDF.type, AILAW.Evidence))
    graph.remove((evidence, AILAW.sentence, None))
    conforms, report = validate(graph)
    assert not conforms
    assert "ailaw:sentence" in report


def test_statement_without_evidence_fails_validation():
    statement = DATA["fact/handmade"]
    conforms, report = validate(_wrong_graph(
        (DATA.openai, AILAW.released, DATA["gpt-4o"]),
        (statement, RDF.type, RDF.Statement),
        (statement, RDF.subject, DATA.openai),
        (statement, RDF.predicate, AILAW.released),
        (statement, RDF.object, DATA["gpt-4o"]),
    ))
    assert not conforms
    assert "wasDerivedFrom" in report


def test_statement_of_an_unasserted_triple_fails_validation():
    graph = to_rdf(_small_graph())
    graph.remove((DATA.openai, AILAW.released, DATA["gpt-4o"]))
    conforms, report = validate(graph)
    assert not conforms
    assert "not asserted" in report


def test_entity_with_two_labels_fails_validation():
    conforms, _ = validate(_wrong_graph((DATA.openai, RDFS.label, Literal("Open AI", lang="en"))))
    assert not conforms


@pytest.mark.parametrize("value", [Literal(1.5), Literal("high"), Literal(-0.1)])
def test_confidence_outside_zero_to_one_or_not_a_number_fails_validation(value):
    graph = to_rdf(_small_graph())
    statement = next(graph.subjects(RDF.type, RDF.Statement))
    graph.set((statement, AILAW.confidence, value))
    assert not validate(graph)[0]


def test_evidence_date_must_be_a_date_a_month_or_a_year():
    graph = to_rdf(_small_graph())
    evidence = next(graph.subjects(DCTERMS.date, None))
    graph.set((evidence, DCTERMS.date, Literal("2024年5月")))
    assert not validate(graph)[0]


def test_evidence_start_after_end_fails_validation():
    graph = to_rdf(_small_graph())
    evidence = next(graph.subjects(RDF.type, AILAW.Evidence))
    graph.set((evidence, AILAW.start, Literal(10_000)))
    assert not validate(graph)[0]


def test_entity_with_two_classes_fails_validation():
    conforms, _ = validate(_wrong_graph((DATA.openai, RDF.type, AILAW.Organization)))
    assert not conforms


def test_shapes_do_not_rely_on_the_agent_superclass():
    # Without inference a shape naming ailaw:Agent would match no node of the export.
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    assert not any(obj in (AILAW.Agent, AILAW.Entity) for obj in shapes.objects())
