import os
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg import atomic
from kg.atomic import write_atomic
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence
from kg.ontology import validate
import kg.rdf as rdf_module
from kg.rdf import AILAW, DATA, GRAPH_FILE, load_graph, to_rdf, write_graph

NYT_SUIT = "2023年12月27日，纽约时报在纽约南区联邦地区法院起诉微软和OpenAI，指控其侵犯著作权。"  # dated in its sentence: a report's day dates no filing
NYT_AGAIN = 'The New York Times said OpenAI\'s "fair use" defence fails.\nIt pressed the suit.'
PARTNERSHIP = "微软与OpenAI扩大合作。"
RULING = "纽约南区联邦地区法院驳回OpenAI的部分动议。"

ENTITIES = [
    Entity("nyt", "Company", "纽约时报", {"The New York Times", "NYT"}, kb_id="Q9684"),
    Entity("microsoft", "Company", "微软", {"Microsoft"}),
    Entity("openai", "Company", "OpenAI"),
    Entity("gpt-4o", "AIModel", "GPT-4o"),
    Entity("sdny", "Court", "纽约南区联邦地区法院", {"SDNY"}),
    Entity("us", "Jurisdiction", "美国", {"United States"}),
]
EVIDENCE = {
    ("nyt", "sued", "openai"): [
        Evidence("a.txt", "纽约时报起诉微软和OpenAI", NYT_SUIT, 0, 38, "2023-12-27", "Reuters",
                 "https://www.reuters.com/legal/nyt-sues-openai"),
        Evidence("b.txt", "NYT v. OpenAI", NYT_AGAIN, 12, 70, "2024-04", "The Verge"),
    ],
    ("nyt", "sued", "microsoft"): [
        Evidence("a.txt", "纽约时报起诉微软和OpenAI", NYT_SUIT, 0, 38, "2023-12-27", "Reuters",
                 "https://www.reuters.com/legal/nyt-sues-openai"),
    ],
    ("microsoft", "partnered", "openai"): [Evidence("a.txt", "微软投资OpenAI", PARTNERSHIP, 5, 17, "2023")],
    ("sdny", "adjudicated", "openai"): [Evidence("b.txt", "法院驳回动议", RULING, 0, 21, None)],
    ("sdny", "jurisdiction", "us"): [Evidence("b.txt", "法院驳回动议", RULING, 0, 21, None)],
}
CONFIDENCE = {("nyt", "sued", "openai"): 0.875, ("nyt", "sued", "microsoft"): 0.8}


def build_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for entity in ENTITIES:
        graph.add_entity(entity)
    for (head, relation, tail), evidence in EVIDENCE.items():
        for one in evidence:
            graph.add_fact(head, relation, tail, one, CONFIDENCE.get((head, relation, tail), 0.6))
    graph.add_fact("openai", "released", "gpt-4o")      # stated by no sentence: no provenance
    return graph


@pytest.fixture
def graph() -> KnowledgeGraph:
    return build_graph()


@pytest.fixture
def graph_dir(tmp_path, graph) -> Path:
    write_graph(graph, tmp_path)
    return tmp_path


def _rdflib(graph_dir: Path) -> Graph:
    return Graph().parse(graph_dir / GRAPH_FILE, format="turtle")


# -- round trip -----------------------------------------------------------------
def test_write_graph_writes_graph_ttl(tmp_path, graph):
    assert write_graph(graph, tmp_path / "out") == tmp_path / "out" / GRAPH_FILE
    assert (tmp_path / "out" / GRAPH_FILE).read_text(encoding="utf-8").startswith("@prefix")


def test_load_graph_gives_back_every_entity_with_type_labels_and_kb_id(graph_dir, graph):
    loaded = load_graph(graph_dir)
    assert len(loaded) == len(graph)
    for node, data in graph.entities():
        back = loaded.entity(node)
        assert (back["type"], back["label"], back["labels"], back["kb_id"]) == (
            data["type"], data["label"], data["labels"], data["kb_id"])


def test_load_graph_gives_back_every_fact_with_its_evidence_and_confidence(graph_dir, graph):
    loaded = {(h, r, t): data for h, r, t, data in load_graph(graph_dir).facts()}
    original = {(h, r, t): data for h, r, t, data in graph.facts()}
    assert set(loaded) == set(original)
    for fact, data in original.items():
        assert sorted(loaded[fact]["evidence"], key=repr) == sorted(data["evidence"], key=repr), fact
    assert loaded[("nyt", "sued", "openai")]["confidence"] == 0.875
    assert loaded[("microsoft", "partnered", "openai")]["confidence"] == 0.6


def test_the_rule_families_that_read_a_fact_are_exported_and_read_back(tmp_path, graph):
    graph.add_fact("nyt", "sued", "openai", EVIDENCE[("nyt", "sued", "openai")][0], rule="cue/litigation")
    graph.add_fact("nyt", "sued", "openai", EVIDENCE[("nyt", "sued", "openai")][1], rule="inherit")
    write_graph(graph, tmp_path)
    triples = _rdflib(tmp_path)
    statement, = set(triples.subjects(RDF.predicate, AILAW.sued)) & set(triples.subjects(RDF.object, DATA["openai"]))
    assert {str(rule) for rule in triples.objects(statement, AILAW.extractedBy)} == {"cue/litigation", "inherit"}
    loaded = load_graph(tmp_path).graph.edges
    assert loaded["nyt", "openai", "sued"]["rules"] == {"cue/litigation", "inherit"}
    assert loaded["nyt", "microsoft", "sued"]["rules"] == set()


def test_loaded_evidence_is_sorted_oldest_first(graph_dir):
    data = load_graph(graph_dir).graph.edges["nyt", "openai", "sued"]
    assert [evidence.date for evidence in data["evidence"]] == ["2023-12-27", "2024-04"]
    assert data["evidence"][1].sentence == NYT_AGAIN      # quotes and the line break survive


def test_jurisdiction_edge_sets_the_jurisdiction_on_load(graph_dir):
    assert load_graph(graph_dir).entity("sdny")["jurisdiction"] == "us"


def test_fact_without_evidence_survives_as_a_bare_edge(graph_dir):
    [(_, _, _, data)] = list(load_graph(graph_dir).facts("released"))
    assert data["evidence"] == []


def test_load_graph_without_a_built_graph_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match="kg build"):
        load_graph(tmp_path)


# -- the triples ------------------------------------------------------------------
def test_graph_ttl_parses_with_rdflib_and_pyoxigraph_alike(graph_dir):
    triples = _rdflib(graph_dir)
    with open(graph_dir / GRAPH_FILE, "rb") as stream:
        assert len(list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))) == len(triples) > 50


def test_entities_are_typed_and_labelled_once_per_language(graph_dir):
    triples = _rdflib(graph_dir)
    nyt = DATA["nyt"]
    assert (nyt, RDF.type, AILAW.Company) in triples
    assert set(triples.objects(nyt, RDFS.label)) == {Literal("纽约时报", lang="zh"),
                                                     Literal("The New York Times", lang="en")}
    assert set(triples.objects(nyt, SKOS.altLabel)) == {Literal("NYT", lang="en")}
    assert triples.value(nyt, DCTERMS.identifier) == Literal("Q9684")
    assert set(triples.objects(DATA["openai"], RDFS.label)) == {Literal("OpenAI", lang="en")}


def test_every_knowledge_base_name_is_an_alt_label_and_the_kb_english_name_the_en_label(tmp_path):
    graph = KnowledgeGraph()
    graph.add_entity(Entity("microsoft", "Company", "微软", {"微软"}, kb_id="microsoft",
                            kb_names={"微软", "Microsoft", "Microsoft Corporation", "微软公司"}, label_en="Microsoft"))
    triples = to_rdf(graph)
    node = DATA["microsoft"]
    assert set(triples.objects(node, RDFS.label)) == {Literal("微软", lang="zh"), Literal("Microsoft", lang="en")}
    assert set(triples.objects(node, SKOS.altLabel)) == {Literal("Microsoft Corporation", lang="en"),
                                                         Literal("微软公司", lang="zh")}
    assert validate(triples)[0]


def test_loading_back_keeps_the_english_label_and_every_name(tmp_path):
    graph = KnowledgeGraph()
    graph.add_entity(Entity("microsoft", "Company", "微软", {"微软"}, kb_names={"Microsoft Corporation"},
                            label_en="Microsoft"))
    write_graph(graph, tmp_path)
    node = load_graph(tmp_path).entity("microsoft")
    assert (node["label"], node["label_en"]) == ("微软", "Microsoft")
    assert node["labels"] == {"微软", "Microsoft", "Microsoft Corporation"}


PROVENANCE = """
ASK {{
    <{head}> <{relation}> <{tail}> .
    ?statement a rdf:Statement ; rdf:subject <{head}> ; rdf:predicate <{relation}> ; rdf:object <{tail}> ;
               prov:wasDerivedFrom ?evidence .
    ?evidence a ailaw:Evidence ; ailaw:sentence ?sentence ; ailaw:start ?start ; ailaw:end ?end ;
              ailaw:item ?item ; ailaw:document ?document .
    ?item a ailaw:NewsItem ; dcterms:isPartOf ?document .
    ?document a ailaw:SourceDocument .
}}"""
NAMESPACES = {"rdf": RDF, "prov": PROV, "ailaw": AILAW, "dcterms": DCTERMS}


@pytest.mark.parametrize("head, relation, tail", list(EVIDENCE))
def test_every_fact_is_a_triple_and_a_statement_derived_from_evidence(graph_dir, head, relation, tail):
    query = PROVENANCE.format(head=DATA[head], relation=AILAW[relation], tail=DATA[tail])
    assert _rdflib(graph_dir).query(query, initNs=NAMESPACES).askAnswer


def test_fact_without_evidence_has_no_statement(graph_dir):
    triples = _rdflib(graph_dir)
    assert (DATA["openai"], AILAW.released, DATA["gpt-4o"]) in triples
    assert not list(triples.subjects(RDF.predicate, AILAW.released))
    facts = [s for s in triples.subjects(RDF.type, RDF.Statement) if not str(triples.value(s, RDF.subject)).startswith(
        str(DATA["suit/"]))]  # a suit's parties are reified too (test_suits_...)
    assert len(facts) == len(EVIDENCE)


def test_evidence_of_each_sentence_is_counted_once(graph_dir):
    # NYT_SUIT states two facts; its one evidence node serves both statements
    triples = _rdflib(graph_dir)
    assert len([s for s in triples.subjects(AILAW.sentence, Literal(NYT_SUIT))]) == 1
    assert len(list(triples.subjects(RDF.type, AILAW.Evidence))) == 4


def test_dates_are_typed_by_precision(graph_dir):
    dates = {literal.datatype for literal in _rdflib(graph_dir).objects(None, DCTERMS.date)}
    assert dates == {rdflib.XSD.date, rdflib.XSD.gYearMonth, rdflib.XSD.gYear}


def _one_suit(date: str) -> rdflib.Graph:
    """纽约时报 sued OpenAI, stated by one sentence dated ``date``, as RDF."""
    graph = KnowledgeGraph()
    graph.add_entity(Entity("nyt", "Company", "纽约时报"))
    graph.add_entity(Entity("openai", "Company", "OpenAI"))
    graph.add_fact("nyt", "sued", "openai", Evidence("a.txt", "起诉", "纽约时报起诉OpenAI。", 0, 11, date))
    return to_rdf(graph)


def test_non_iso_date_is_left_out():
    triples = _one_suit("2024年5月")
    assert list(triples.subjects(RDF.type, AILAW.Evidence))
    assert list(triples.objects(None, DCTERMS.date)) == []


def test_impossible_calendar_date_is_left_out():
    triples = _one_suit("2024-02-30")
    assert list(triples.objects(None, DCTERMS.date)) == []
    assert validate(triples)[0]


def test_exported_graph_conforms_to_the_shapes(graph_dir):
    conforms, report = validate(_rdflib(graph_dir))
    assert conforms, report


# -- atomic writes ----------------------------------------------------------------
# -- suits ---------------------------------------------------------------------------
SUIT = """
ASK {
  ?suit a ailaw:Suit ; rdfs:label ?caption ; ailaw:plaintiff kgid:nyt ; ailaw:defendant kgid:openai , kgid:microsoft ;
        ailaw:court kgid:sdny ; ailaw:courtStated true ; ailaw:filedOn "2023-12-27"^^xsd:date ;
        ailaw:status "ruled" ; ailaw:claim "copyright" ; ailaw:event ?event ; prov:wasDerivedFrom ?evidence .
  ?event a ailaw:SuitEvent ; ailaw:eventKind "ruling" ; prov:wasDerivedFrom ?ruling .
  ?ruling ailaw:sentence ?said . FILTER(CONTAINS(?said, "驳回"))
  ?court rdf:subject ?suit ; rdf:predicate ailaw:court ; rdf:object kgid:sdny ; prov:wasDerivedFrom ?named .
  ?named ailaw:sentence ?where . FILTER(CONTAINS(?where, "纽约南区联邦地区法院"))
}"""


def test_each_suit_is_a_node_with_its_parties_court_filing_events_and_provenance(graph_dir):
    namespaces = {**NAMESPACES, "kgid": DATA, "rdfs": RDFS, "xsd": rdflib.XSD}
    assert _rdflib(graph_dir).query(SUIT, initNs=namespaces).askAnswer
    assert len(set(_rdflib(graph_dir).subjects(RDF.type, AILAW.Suit))) == 1  # two reports, one suit


def test_a_named_case_is_linked_to_its_suit_and_loads_linked_to_the_parties(tmp_path, graph):
    graph.add_entity(Entity("nyt-case", "Case", "纽约时报诉微软和OpenAI案"))
    write_graph(graph, tmp_path)
    assert (None, AILAW.case, DATA["nyt-case"]) in _rdflib(tmp_path)
    assert (DATA["nyt-case"], AILAW.plaintiff, DATA.nyt) not in _rdflib(tmp_path)  # the suit states it, not the case
    loaded = load_graph(tmp_path)
    links = {(relation, tail) for head, relation, tail, _ in loaded.facts() if head == "nyt-case"}
    assert links == {("plaintiff", "nyt"), ("defendant", "openai"), ("defendant", "microsoft"), ("court", "sdny")}
    assert {e.sentence for e in loaded.graph.edges["nyt-case", "sdny", "court"]["evidence"]} == {NYT_SUIT, RULING}


def test_write_atomic_replaces_the_content(tmp_path):
    path = write_atomic(tmp_path / "sub" / "graph.ttl", "新内容")
    assert path.read_bytes() == "新内容".encode("utf-8")
    write_atomic(path, b"bytes")
    assert path.read_bytes() == b"bytes"
    assert os.listdir(path.parent) == ["graph.ttl"]


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_write_leaves_the_previous_graph_and_no_temporary_file(graph_dir, monkeypatch, failing):
    previous = (graph_dir / GRAPH_FILE).read_bytes()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(atomic.os, failing, fail)
    smaller = KnowledgeGraph()
    smaller.add_entity(Entity("openai", "Company", "OpenAI"))
    with pytest.raises(OSError, match="No space"):
        write_graph(smaller, graph_dir)
    assert (graph_dir / GRAPH_FILE).read_bytes() == previous
    assert os.listdir(graph_dir) == [GRAPH_FILE]


def test_failed_serialisation_leaves_the_previous_graph(graph_dir, monkeypatch):
    previous = (graph_dir / GRAPH_FILE).read_bytes()

    def fail(*args, **kwargs):
        raise RuntimeError("serialiser broke")
    monkeypatch.setattr(rdf_module.pyoxigraph, "serialize", fail)
    with pytest.raises(RuntimeError):
        write_graph(build_graph(), graph_dir)
    assert (graph_dir / GRAPH_FILE).read_bytes() == previous
    assert os.listdir(graph_dir) == [GRAPH_FILE]


def test_store_beside_the_graph_opens_read_only_with_the_same_triples(graph_dir):
    from kg.rdf import STORE_LINK, open_store, write_store
    write_store(graph_dir)
    assert (graph_dir / STORE_LINK).is_symlink()
    store = open_store(graph_dir)
    with open(graph_dir / GRAPH_FILE, "rb") as stream:
        assert len(store) == len(list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE)))
    with pytest.raises((OSError, RuntimeError)):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("http://x/s"), pyoxigraph.NamedNode("http://x/p"),
                                  pyoxigraph.Literal("o")))


def test_a_bulk_loaded_store_is_compacted_before_it_is_served(graph_dir, monkeypatch):
    from kg.rdf import open_store, write_store
    done, made = [], pyoxigraph.Store

    class Recorded:  # the store write_store makes, its calls noted (pyoxigraph's class takes no subclass)
        def __init__(self, path):
            self.store = made(path)

        def __getattr__(self, name):
            done.append(name)
            return getattr(self.store, name)
    monkeypatch.setattr(rdf_module.pyoxigraph, "Store", Recorded)
    write_store(graph_dir)
    monkeypatch.undo()
    assert done.index("bulk_load") < done.index("optimize") < done.index("flush")
    with open(graph_dir / GRAPH_FILE, "rb") as stream:
        assert len(open_store(graph_dir)) == len(list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE)))


def test_the_store_holds_the_graph_in_its_named_graph(graph_dir):
    from kg.rdf import GRAPH_IRI, open_store, write_store
    write_store(graph_dir)
    graphs = {quad.graph_name for quad in open_store(graph_dir)}
    assert graphs == {pyoxigraph.NamedNode(str(GRAPH_IRI))}


def test_store_is_not_used_once_the_graph_changed(graph_dir):
    from kg.rdf import open_store, write_store
    write_store(graph_dir)
    write_graph(KnowledgeGraph(), graph_dir)  # an empty graph replaces the old one
    assert len(open_store(graph_dir)) == 0


def test_rebuilt_store_replaces_the_old_one_and_keeps_one_before_it(graph_dir, graph):
    from kg.rdf import STORE_LINK, open_store, write_store
    write_store(graph_dir)
    oldest = (graph_dir / STORE_LINK).resolve()
    write_graph(KnowledgeGraph(), graph_dir)
    write_store(graph_dir)
    previous = (graph_dir / STORE_LINK).resolve()
    graph.add_fact("microsoft", "acquired", "openai")  # a graph.ttl of new content (stores are named after it)
    write_graph(graph, graph_dir)
    write_store(graph_dir)
    stores = {p for p in graph_dir.iterdir() if p.name.startswith(".store-")}
    assert stores == {previous, (graph_dir / STORE_LINK).resolve()} and oldest not in stores
    assert len(open_store(graph_dir)) > 0


def _bulk_loaded(graph_dir: Path) -> set:
    from kg.rdf import load_turtle
    store = pyoxigraph.Store()
    load_turtle(store, graph_dir / GRAPH_FILE)
    return set(store)


def test_graph_writer_brings_the_last_store_up_to_date(tmp_path, graph):
    from kg.rdf import STORE_LINK, GraphWriter, open_store
    from kg.sparql import is_read_only
    writer = GraphWriter(tmp_path, remember=True)
    writer.write(graph)
    first = (tmp_path / STORE_LINK).resolve()
    before = _bulk_loaded(tmp_path)
    graph.add_fact("openai", "partnered", "microsoft",
                   Evidence("d.txt", "合作", "OpenAI与微软合作。", 0, 10, "2024-01-02"), 0.7)
    graph.graph.remove_edge("openai", "gpt-4o", "released")
    writer.write(graph)
    second = (tmp_path / STORE_LINK).resolve()
    assert second != first and first.is_dir()  # a new store; the one before stays for its readers
    store = open_store(tmp_path)
    assert is_read_only(store) and set(store) == _bulk_loaded(tmp_path) != before
    assert len(pyoxigraph.Store.read_only(str(first))) == len(before)  # the store before is untouched



def test_a_new_build_brings_the_store_of_the_graph_before_up_to_date(tmp_path, graph, monkeypatch):
    """`kg build` again after a file changed (a new process, a new GraphWriter): the store of
    the graph.ttl before, copied and brought up to date, not every triple bulk-loaded again."""
    import kg.rdf
    from kg.rdf import STORE_LINK, GraphWriter, open_store
    GraphWriter(tmp_path).write(graph)
    first = (tmp_path / STORE_LINK).resolve()
    before = _bulk_loaded(tmp_path)
    graph.add_fact("openai", "partnered", "microsoft",
                   Evidence("d.txt", "合作", "OpenAI与微软合作。", 0, 10, "2024-01-02"), 0.7)
    graph.graph.remove_edge("openai", "gpt-4o", "released")
    with monkeypatch.context() as patched:
        patched.setattr(kg.rdf, "load_turtle", lambda *args: pytest.fail("bulk-loaded again"))
        GraphWriter(tmp_path).write(graph)
    assert (tmp_path / STORE_LINK).resolve() != first
    assert set(open_store(tmp_path)) == _bulk_loaded(tmp_path) != before
    assert len(pyoxigraph.Store.read_only(str(first))) == len(before)  # the store before is untouched
    GraphWriter(tmp_path).write(KnowledgeGraph())  # most triples changed: bulk-loaded (here: none)
    assert len(open_store(tmp_path)) == 0


def test_a_store_is_bulk_loaded_where_a_blank_node_changed(tmp_path):
    from kg.rdf import _changed_since, _stored_triples, write_store
    lines = b"".join(b"<urn:a%d> <urn:p> <urn:b> .\n" % number for number in range(20))
    (tmp_path / GRAPH_FILE).write_bytes(lines)
    write_store(tmp_path)
    text = lines + b"<urn:e> <urn:p> <urn:f> .\n_:x <urn:p> <urn:b> .\n"
    earlier = _stored_triples(tmp_path, text)
    assert earlier is not None and earlier[1] == lines
    assert _changed_since(earlier, text) is None  # (a blank node: named anew at each reading)
    assert _changed_since(earlier, text.replace(b"_:x", b"<urn:x>")) is not None
    assert _stored_triples(tmp_path, (tmp_path / GRAPH_FILE).read_bytes()) is None  # graph.ttl unchanged: nothing read


def test_remembered_triples_are_those_of_the_graph_after_it_changed(graph):
    from kg.rdf import Triples, triples
    maker = Triples()
    assert sorted(map(str, maker.of(graph))) == sorted(map(str, triples(graph)))
    graph.add_fact("openai", "partnered", "microsoft",
                   Evidence("d.txt", "合作", "OpenAI与微软合作。", 0, 10, "2024-01-02"), 0.7)
    graph.graph.nodes["openai"]["labels"].add("Open AI")
    again = maker.of(graph)
    assert sorted(map(str, again)) == sorted(map(str, triples(graph)))
    assert any("Open AI" in str(triple) for triple in again)


def _same_graph(a: KnowledgeGraph, b: KnowledgeGraph) -> bool:
    return (dict(a.graph.nodes(data=True)) == dict(b.graph.nodes(data=True))
            and {(h, t, k): d for h, t, k, d in a.graph.edges(keys=True, data=True)}
            == {(h, t, k): d for h, t, k, d in b.graph.edges(keys=True, data=True)})


def test_snapshot_opens_as_the_parsed_graph_and_only_for_its_own_graph_ttl(tmp_path, graph, monkeypatch):
    from kg.rdf import GraphWriter
    GraphWriter(tmp_path).write(graph)
    snapshots = list(tmp_path.glob(".graph-*"))
    assert len(snapshots) == 1
    opened = load_graph(tmp_path)
    with monkeypatch.context() as patch:  # no snapshot to be had: graph.ttl is parsed
        patch.setattr(rdf_module, "_open_snapshot", lambda graph_dir: None)
        parsed = load_graph(tmp_path)
    assert _same_graph(opened, parsed) and len(opened) == len(graph)
    write_graph(KnowledgeGraph(), tmp_path)  # graph.ttl replaced by hand: its old snapshot is not used
    assert len(load_graph(tmp_path)) == 0


def test_a_broken_snapshot_falls_back_to_parsing_with_one_line(tmp_path, graph, caplog):
    from kg.rdf import GraphWriter
    GraphWriter(tmp_path).write(graph)
    snapshot = next(tmp_path.glob(".graph-*"))
    snapshot.write_bytes(b"not a snapshot")
    assert len(load_graph(tmp_path)) == len(graph)
    assert [record.getMessage().count("\n") for record in caplog.records] == [0]
    assert f"{snapshot}: not a graph snapshot" in caplog.text


def test_a_hostile_pickle_under_the_snapshot_name_is_not_run(tmp_path, graph):
    from hostile import hostile_payloads
    from kg.rdf import GraphWriter
    GraphWriter(tmp_path).write(graph)
    snapshot = next(tmp_path.glob(".graph-*"))
    planted = tmp_path / "planted"
    for payload in hostile_payloads(planted):
        snapshot.write_bytes(payload)
        (tmp_path / snapshot.name.replace(".json.z", ".pickle")).write_bytes(payload)  # the name pickles had
        assert len(load_graph(tmp_path)) == len(graph)
    assert not planted.exists()


def test_snapshot_replaces_the_snapshots_of_earlier_graphs_and_versions(tmp_path, graph):
    from kg.rdf import GraphWriter
    (tmp_path / ".graph-0123456789abcdef.pickle").write_bytes(b"from an earlier version")
    GraphWriter(tmp_path).write(graph)
    first = {p.name for p in tmp_path.glob(".graph-*")}
    GraphWriter(tmp_path).write(KnowledgeGraph())
    second = {p.name for p in tmp_path.glob(".graph-*")}
    assert len(first) == len(second) == 1 and first != second


def test_a_link_planted_in_the_folder_does_not_make_the_build_write_elsewhere(tmp_path, graph):
    from kg.rdf import GraphWriter, stored
    folder, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine")
    os.symlink(elsewhere, folder / f".store-building-{os.getpid()}")
    os.symlink(elsewhere / "keep.txt", folder / GRAPH_FILE)
    GraphWriter(folder).write(graph)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]
    assert (elsewhere / "keep.txt").read_text() == "mine"
    assert not (folder / GRAPH_FILE).is_symlink() and stored(folder).parent == folder.resolve()


def test_a_build_makes_its_litigation_table_once_for_graph_ttl_and_the_snapshot(tmp_path, graph, monkeypatch):
    from kg import cases
    from kg.rdf import GraphWriter
    made = []
    real = cases.suits
    monkeypatch.setattr(cases, "suits", lambda kg: made.append(1) or real(kg))
    for remember in (False, True):
        made.clear()
        GraphWriter(tmp_path / str(remember), remember=remember).write(graph)
        assert len(made) == 1
        written = Graph().parse(tmp_path / str(remember) / GRAPH_FILE, format="turtle")
        assert len(set(written.subjects(RDF.type, AILAW.Suit))) == len(real(graph))  # the table is in graph.ttl


def test_the_suit_table_holds_the_suits_of_the_whole_graph_and_is_made_again_when_missing(tmp_path, graph,
                                                                                          monkeypatch):
    from kg import cases
    from kg.rdf import GraphWriter, load_suit_table
    GraphWriter(tmp_path).write(graph)
    with monkeypatch.context() as patch:  # the suits computed from graph.ttl parsed
        patch.setattr(rdf_module, "_open_snapshot", lambda graph_dir: None)
        patch.setattr(rdf_module, "write_suit_table", lambda *args: None)
        expected = cases.suits(load_graph(tmp_path))
    assert expected
    table = load_suit_table(tmp_path)
    assert table.known_suits == expected and table.graph.graph["reader_language"] == "zh"
    assert {n for suit in expected for n in (*suit.plaintiffs, *suit.defendants, suit.court) if n in graph.graph} \
        <= set(table.graph.nodes) < set(graph.graph.nodes)
    for path in tmp_path.glob(".suits-*"):
        path.unlink()  # gone: the whole graph is read, and the table written again for the next reader
    assert load_suit_table(tmp_path).known_suits == expected
    assert len(list(tmp_path.glob(".suits-*"))) == 1
    assert load_suit_table(tmp_path).graph.graph["reader_language"] == "zh"


def test_a_folder_the_reader_may_not_write_gets_no_suit_table_or_snapshot_made(tmp_path, graph, monkeypatch):
    # neither made and then refused: not made at all (records.dumps never called); the same answer
    from kg import records
    from kg.rdf import GraphWriter, load_suit_table
    GraphWriter(tmp_path).write(graph)
    expected, nodes = load_suit_table(tmp_path).known_suits, sorted(load_graph(tmp_path).graph.nodes)
    for path in (*tmp_path.glob(".suits-*"), *tmp_path.glob(".graph-*")):
        path.unlink()
    monkeypatch.setattr(rdf_module, "_may_write", lambda graph_dir: False)
    monkeypatch.setattr(records, "dumps", lambda value: pytest.fail("a table made for a folder not written"))
    assert load_suit_table(tmp_path).known_suits == expected
    assert sorted(load_graph(tmp_path, keep=True).graph.nodes) == nodes
    assert not list(tmp_path.glob(".suits-*")) and not list(tmp_path.glob(".graph-*"))


def test_a_suit_table_of_another_shape_or_a_pipe_falls_back_to_the_graph_with_one_line(tmp_path, graph, caplog):
    from kg import records
    from kg.rdf import GraphWriter, load_suit_table
    GraphWriter(tmp_path).write(graph)
    table = next(tmp_path.glob(".suits-*"))
    expected = load_suit_table(tmp_path).known_suits
    for planted in (records.dumps({"suits": ["not a suit"], "language": "zh", "nodes": []}),
                    records.dumps({"suits": [], "language": "zh", "nodes": [["x", {"label": None, "type": 3}]]}),
                    b"not records", None):
        table.unlink()
        if planted is None:
            os.mkfifo(table)  # a pipe: never opened for reading (it would wait for a writer)
        else:
            table.write_bytes(planted)
        caplog.clear()
        assert load_suit_table(tmp_path).known_suits == expected
        assert [record.getMessage().count("\n") for record in caplog.records] == [0]
        assert f"{table}: not a suit table" in caplog.text


def test_the_difference_of_two_graph_files_is_read_from_the_statements_that_differ(monkeypatch):
    """A new `kg build` reads the triples the store before must lose and gain from the
    statements of graph.ttl that changed, not from both files parsed whole: the store then
    holds what a bulk load of the new graph.ttl holds, a triple that a statement gone and a
    statement kept both state is kept, and Turtle of another layout is read whole."""
    import kg.rdf
    from kg.rdf import _changed_since, _difference, _parsed
    N, T = pyoxigraph.NamedNode, pyoxigraph.Triple
    a, b, p, q = (N(f"https://w3id.org/ailaw-kg/id/{name}") for name in ("a", "b", "p", "q"))
    lit = pyoxigraph.Literal
    many = [T(N(f"https://w3id.org/ailaw-kg/id/n{number}"), p, lit(f"v{number}")) for number in range(40)]
    before = [*many, T(a, p, b), T(a, q, lit("x")), T(b, p, lit("y"))]
    after = [*many, T(a, p, b), T(b, p, lit("z")), T(b, q, a)]  # a q "x" gone, b p "y" -> "z", b q a new
    write = lambda triples: pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE,  # noqa: E731
                                                 prefixes=kg.rdf._PREFIX_IRIS)
    old, new = write(before), write(after)
    with monkeypatch.context() as patched:
        patched.setattr(kg.rdf, "_parsed", lambda data: pytest.fail("parsed whole"))
        removed, added = _difference(old, new)
    was, now = _parsed(old), _parsed(new)
    assert (was - removed) | added == now and removed == was - now and added >= now - was
    assert len(added) < len(now) // 4  # the statements that changed, not the whole file
    # a triple of a statement gone that a statement kept states too (written twice): kept
    twice = write([*many, T(a, p, b), T(a, q, lit("x"))]) + b"kgid:a kgid:q \"x\" .\n"
    removed, added = _difference(twice, write([*many, T(a, p, b)]) + b"kgid:a kgid:q \"x\" .\n")
    assert T(a, q, lit("x")) not in {T(t.subject, t.predicate, t.object) for t in removed}
    # Turtle laid out otherwise (a prefix after the first statement): both read whole, the same sets
    later = old + b"@prefix ex: <urn:ex:> .\nex:c ex:d ex:e .\n"
    earlier, removed, added = _changed_since((Path("store"), later), new)
    assert (_parsed(later) - removed) | added == now
    # most statements changed: a bulk load
    assert _changed_since((Path("store"), old), write([T(b, q, lit(str(n))) for n in range(50)])) is None


def test_a_sentence_cited_again_is_stated_once_and_its_first_citation_tells_its_item():
    # equal evidence read from two cache entries is two objects: one node, stated once; a citation of the
    # same sentence with another source (its IRI the same) adds nothing: the first one cited tells its item
    first = Evidence("a.txt", "起诉", "纽约时报起诉OpenAI。", 0, 11, "2024-05-02", "Reuters")
    again = Evidence("a.txt", "起诉", "纽约时报起诉OpenAI。", 0, 11, "2024-05-02", "Reuters")
    elsewhere = Evidence("a.txt", "起诉", "纽约时报起诉OpenAI。", 0, 11, "2024-05-02", "AP")
    graphs = []
    for cited in ([first, again, elsewhere], [first, first, elsewhere]):
        graph = KnowledgeGraph()
        graph.add_entity(Entity("nyt", "Company", "纽约时报"))
        graph.add_entity(Entity("openai", "Company", "OpenAI"))
        graph.add_entity(Entity("microsoft", "Company", "微软"))
        graph.add_fact("nyt", "sued", "openai", cited[0], 0.8)
        graph.add_fact("nyt", "sued", "microsoft", cited[1], 0.8)
        graph.add_fact("microsoft", "partnered", "openai", cited[2], 0.6)
        graphs.append(graph)
    text = rdf_module.turtle(graphs[0])
    assert text == rdf_module.turtle(graphs[1])
    assert text == pyoxigraph.serialize(rdf_module.Triples().of(graphs[0]), format=pyoxigraph.RdfFormat.TURTLE,
                                        prefixes=rdf_module._PREFIX_IRIS)
    triples = Graph().parse(data=text, format="turtle")
    assert len(list(triples.subjects(RDF.type, AILAW.Evidence))) == 1
    assert [str(source) for source in triples.objects(None, DCTERMS.source)] == ["Reuters"]
