"""Analyst corrections: parsed with line numbers, applied on every build, kept through
rebuilds, stale ones reported, review status and attribution in the RDF; `kg review`."""
from __future__ import annotations

import json

import re

import pytest
from click.testing import CliRunner
from rdflib import Graph, Namespace
from rdflib.namespace import PROV, RDFS

from kg import corrections
from kg.cli import main
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

AILAW = Namespace("https://w3id.org/ailaw-kg/ontology#")

NEWSLETTER = """人工智能法律动态

1. 纽约时报起诉OpenAI和微软
发布日期：2023-12-27
2023年12月27日，纽约时报起诉OpenAI和微软，指控其侵犯版权。

2. 微软与OpenAI扩大合作
发布日期：2024-01-10
2024年1月10日，微软与OpenAI宣布扩大合作。OpenAI发布GPT-4o模型。纽约时报指责OpenAI。

3. 泰勒诉版权局案
发布日期：2023-08-18
2023年8月18日，哥伦比亚特区法院驳回Stephen Thaler的起诉。Thaler此前向美国哥伦比亚特区联邦地区法院起诉美国版权局。

4. 报社起诉人工智能公司
发布日期：2024-04-30
2024年4月30日，八家报社向美国纽约南区联邦地区法院提起诉讼。
"""

NEXT_MONTH = """人工智能法律动态

1. 谷歌发布Gemini模型
发布日期：2024-02-08
2024年2月8日，谷歌发布Gemini模型。
"""

CORRECTIONS = """# analyst corrections for the test corpus
reject\t纽约时报\taccused\tOpenAI\ta remark, not an allegation
confirm\t纽约时报\tsued\tOpenAI\tchecked against the complaint
add\t微软\tinvestedIn\tOpenAI\tsource=https://example.org/msft-openai
retype\t纽约时报\tOrganization
label\t微软\tMicrosoft Corporation
merge\t美国哥伦比亚特区联邦地区法院\tnames\t哥伦比亚特区法院\tone court under two names
court\t纽约时报 v OpenAI\t美国纽约南区联邦地区法院\tfrom the docket
reject\t微软\tsued\t纽约时报\tno such suit: stale
"""


def small_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for entity in (Entity("nyt", "Company", "纽约时报", {"纽约时报", "NYT"}),
                   Entity("openai", "Company", "OpenAI", {"OpenAI"}),
                   Entity("msft", "Company", "微软", {"微软", "Microsoft"}),
                   Entity("openai-inc", "Company", "OpenAI Inc", {"OpenAI Inc"})):
        kg.add_entity(entity)
    kg.add_fact("nyt", "sued", "openai", Evidence("d.txt", "t", "纽约时报起诉OpenAI", 0, 12, "2023-12-27"), 0.8)
    kg.add_fact("nyt", "accused", "openai", Evidence("d.txt", "t", "纽约时报指控OpenAI", 0, 12, "2023-12-27"), 0.4)
    kg.add_fact("msft", "partnered", "openai", Evidence("d.txt", "u", "微软与OpenAI合作", 0, 10, "2024-01-10"), 0.7)
    kg.add_fact("nyt", "sued", "openai-inc", Evidence("d.txt", "t", "NYT sued OpenAI Inc", 0, 19, "2023-12-27"), 0.6)
    return kg


# -- parsing ---------------------------------------------------------------------------

def test_parse_skips_comments_and_blank_lines_and_numbers_lines():
    found = corrections.parse("# header\n\nreject\tA\tsued\tB\tnote\n", "c.tsv")
    assert [(c.action, c.subject, c.value, c.object, c.note, c.line) for c in found] == \
        [("reject", "A", "sued", "B", "note", 3)]


@pytest.mark.parametrize("line, problem", [
    ("delete\tA\tsued\tB", "unknown action 'delete'"),
    ("reject\tA\tsues\tB", "needs a relation"),
    ("reject\tA\tsued", "needs an object"),
    ("retype\tA\tCompanyy", "needs a type"),
    ("filed\tA v B\tlast year", "needs a date"),
    ("merge\tA", "needs the other entity"),
    ("merge\tA\tkeep\tB", "merge takes nothing or 'names'"),
])
def test_malformed_line_is_one_error_with_its_line_number(line, problem):
    with pytest.raises(corrections.CorrectionError) as error:
        corrections.parse(f"# ok\nconfirm\tA\tsued\tB\n{line}\n", "my.tsv")
    assert str(error.value).startswith("my.tsv:3: ")
    assert problem in str(error.value)
    assert "\n" not in str(error.value)


# -- applying ----------------------------------------------------------------------------

def test_reject_removes_a_fact_and_confirm_marks_one():
    kg = small_graph()
    outcome = corrections.apply(kg, corrections.parse(
        "reject\t纽约时报\taccused\tOpenAI\nconfirm\tNYT\tsued\tOpenAI\tread the complaint\n", "c.tsv"), "alice")
    assert not kg.graph.has_edge("nyt", "openai", key="accused")
    review = kg.graph.edges["nyt", "openai", "sued"]["review"]
    assert review == {"status": "confirmed", "analyst": "alice", "note": "read the complaint", "where": "c.tsv:2"}
    assert len(outcome.applied) == 2 and not outcome.stale
    assert outcome.reviewed() == {"accused": {"reject": 1}, "sued": {"confirm": 1}}


def test_symmetric_fact_is_found_in_either_direction():
    kg = small_graph()
    corrections.apply(kg, corrections.parse("reject\tOpenAI\tpartnered\t微软\n"))
    assert not kg.graph.has_edge("msft", "openai", key="partnered")


def test_add_makes_an_attributed_fact_with_its_source():
    kg = small_graph()
    corrections.apply(kg, corrections.parse("add\tMicrosoft\tinvestedIn\tOpenAI\tsource=https://x.org/a\n", "c.tsv"),
                      "bob")
    data = kg.graph.edges["msft", "openai", "investedIn"]
    assert data["review"]["status"] == "added" and data["review"]["analyst"] == "bob"
    assert data["evidence"][0].link == "https://x.org/a"
    assert data["evidence"][0].document == "c.tsv"


def test_merge_moves_facts_onto_the_subject_and_leaves_the_wrong_name_behind():
    kg = small_graph()
    corrections.apply(kg, corrections.parse("merge\tOpenAI\t\tOpenAI Inc\n"))
    assert "openai-inc" not in kg.graph
    assert kg.entity("openai")["labels"] == {"OpenAI"} and kg.find("OpenAI Inc") == []
    sued = kg.graph.edges["nyt", "openai", "sued"]["evidence"]
    assert {e.sentence for e in sued} == {"纽约时报起诉OpenAI", "NYT sued OpenAI Inc"}


def test_merge_with_names_keeps_the_merged_entitys_names_as_the_subjects():
    kg = small_graph()
    corrections.apply(kg, corrections.parse("merge\tOpenAI\tnames\tOpenAI Inc\n"))
    assert "openai-inc" not in kg.graph
    assert {"OpenAI", "OpenAI Inc"} <= kg.entity("openai")["labels"]
    sued = kg.graph.edges["nyt", "openai", "sued"]["evidence"]
    assert {e.sentence for e in sued} == {"纽约时报起诉OpenAI", "NYT sued OpenAI Inc"}


def test_split_takes_a_label_and_the_facts_only_it_states():
    kg = small_graph()
    corrections.apply(kg, corrections.parse("split\t纽约时报\t\tNYT\n"))
    new = kg.find("NYT")
    assert len(new) == 1 and new[0] != "nyt"
    assert kg.graph.has_edge(new[0], "openai-inc", key="sued")   # its sentence says NYT only
    assert kg.graph.has_edge("nyt", "openai", key="sued")        # its sentence says 纽约时报
    assert "NYT" not in kg.entity("nyt")["labels"]


def test_retype_label_and_unlabel():
    kg = small_graph()
    corrections.apply(kg, corrections.parse(
        "retype\t纽约时报\tOrganization\nlabel\t微软\tMicrosoft Corporation\nunlabel\t纽约时报\tNYT\n"))
    assert kg.entity("nyt")["type"] == "Organization"
    assert "Microsoft Corporation" in kg.entity("msft")["labels"]
    assert "NYT" not in kg.entity("nyt")["labels"]


def test_corrections_that_match_nothing_are_reported_stale_with_a_reason():
    kg = small_graph()
    outcome = corrections.apply(kg, corrections.parse(
        "reject\t微软\tsued\t纽约时报\nconfirm\tNobody\tsued\tOpenAI\nmerge\tOpenAI\t\tOpenAI\n"
        "retype\tOpenAI\tCompany\n", "c.tsv"))
    reasons = [(c.line, reason) for c, reason in outcome.stale]
    assert reasons == [(1, "no such fact in this build"), (2, "no entity named 'Nobody'"),
                       (3, "already one entity"), (4, "already a Company")]
    assert not outcome.applied


def test_a_correction_that_would_break_a_relations_signature_is_stale_with_its_reason():
    kg = small_graph()
    outcome = corrections.apply(kg, corrections.parse(
        "retype\tOpenAI\tAIModel\nadd\t纽约时报\treleased\t微软\n", "c.tsv"))
    assert [(c.line, reason) for c, reason in outcome.stale] == [
        (1, "a sued tail is no AIModel: reject 纽约时报 sued OpenAI first"),
        (2, "a released tail is no Company (retype it first)")]
    assert kg.entity("openai")["type"] == "Company" and not kg.graph.has_edge("nyt", "msft", key="released")


def test_entities_are_named_by_iri_too():
    kg = small_graph()
    corrections.apply(kg, corrections.parse(
        "reject\thttps://w3id.org/ailaw-kg/id/nyt\taccused\thttps://w3id.org/ailaw-kg/id/openai\n"))
    assert not kg.graph.has_edge("nyt", "openai", key="accused")


def test_pending_lists_unreviewed_facts_lowest_confidence_first():
    kg = small_graph()
    corrections.apply(kg, corrections.parse("confirm\t纽约时报\tsued\tOpenAI\n"))
    facts = corrections.pending(kg)
    assert [(f.relation, f.confidence) for f in facts] == [("accused", 0.4), ("sued", 0.6), ("partnered", 0.7)]
    assert [f.tail_label for f in corrections.pending(kg, relation="sued")] == ["OpenAI Inc"]
    assert [f.relation for f in corrections.pending(kg, since="2024-01")] == ["partnered"]
    assert {f.relation for f in corrections.pending(kg, entity="Microsoft")} == {"partnered"}


# -- through the build -------------------------------------------------------------------

@pytest.fixture
def corpus(tmp_path, write_doc):
    write_doc("in/2023-12.txt", NEWSLETTER)
    (tmp_path / "in" / "corrections.tsv").write_text(CORRECTIONS, encoding="utf-8")
    return tmp_path


def _build(corpus, *extra):
    return CliRunner().invoke(
        main, ["build", str(corpus / "in"), "--out", str(corpus / "out"), "--analyst", "alice", *extra])


def _facts(graph_dir):
    from kg.rdf import load_graph
    kg = load_graph(graph_dir)
    return kg, {(kg.entity(h)["label"], r, kg.entity(t)["label"]): d for h, r, t, d in kg.facts()}


def test_build_applies_corrections_keeps_them_through_a_rebuild_and_reports_the_stale(corpus, cli_pipeline, write_doc):
    from kg import cases
    result = _build(corpus)
    assert result.exit_code == 0, result.output + result.stderr
    stale = [line for line in result.stderr.splitlines() if line.startswith("stale correction")]
    assert len(stale) == 1 and "corrections.tsv:9" in stale[0] and "no such fact" in stale[0]
    assert "7 correction(s) applied, 1 stale" in result.stderr
    write_doc("in/2024-02.txt", NEXT_MONTH)
    result = _build(corpus)
    assert result.exit_code == 0, result.stderr
    assert "7 correction(s) applied, 1 stale" in result.stderr
    kg, facts = _facts(corpus / "out")
    assert any(label in ("谷歌", "Google") for label, _, _ in facts)  # the new document is in
    assert ("纽约时报", "accused", "OpenAI") not in facts
    assert facts[("纽约时报", "sued", "OpenAI")]["review"]["status"] == "confirmed"
    assert facts[("微软", "investedIn", "OpenAI")]["review"]["analyst"] == "alice"
    assert kg.entity(kg.find("纽约时报")[0])["type"] == "Organization"
    assert kg.find("Microsoft Corporation") == kg.find("微软")
    court, = kg.find("哥伦比亚特区法院")
    assert kg.find("美国哥伦比亚特区联邦地区法院") == [court]
    assert any(r == "adjudicated" for h, r, _, _ in kg.facts() if h == court)  # the ruling moved with the merge
    suit, = [s for s in cases.suits(kg) if kg.find("OpenAI")[0] in s.defendants]
    assert kg.find("美国纽约南区联邦地区法院") == [suit.court]
    assert suit.court_reason.startswith("set by analyst alice (") and suit.court_reason.endswith(":8)")


def test_rdf_carries_review_status_attribution_and_note(corpus, cli_pipeline):
    assert _build(corpus).exit_code == 0
    graph = Graph().parse(corpus / "out" / "graph.ttl")
    rows = {(str(status).rsplit("#")[-1], str(agent), str(note)) for status, agent, note in graph.query("""
        SELECT ?status ?agent ?note WHERE {
          ?s ailaw:reviewStatus ?status .
          OPTIONAL { ?s prov:wasAttributedTo ?agent } OPTIONAL { ?s ailaw:reviewNote ?note } }""",
        initNs={"ailaw": AILAW, "prov": PROV})}
    assert ("AnalystConfirmed", "https://w3id.org/ailaw-kg/analyst/alice", "checked against the complaint") in rows
    assert ("AnalystAdded", "https://w3id.org/ailaw-kg/analyst/alice", "source=https://example.org/msft-openai") in rows
    assert any(status == "MachineExtracted" for status, _, _ in rows)
    rejected = graph.query('ASK { ?h ailaw:accused ?t . ?t rdfs:label ?l FILTER(str(?l) = "OpenAI") }',
                           initNs={"ailaw": AILAW, "rdfs": RDFS})
    assert not rejected.askAnswer


def test_rdf_names_the_corrections_file_relative_to_the_corpus_not_where_it_was_built(corpus, cli_pipeline):
    assert _build(corpus).exit_code == 0
    text = (corpus / "out" / "graph.ttl").read_text(encoding="utf-8")
    graph = Graph().parse(data=text, format="turtle")
    places = {str(place) for place in graph.objects(None, AILAW.correction)}
    assert places and all(re.fullmatch(r"corrections\.tsv:\d+", place) for place in places)
    assert str(corpus) not in text


def test_malformed_corrections_keep_the_last_good_graph(corpus, cli_pipeline):
    assert _build(corpus).exit_code == 0
    before = (corpus / "out" / "graph.ttl").read_bytes()
    (corpus / "in" / "corrections.tsv").write_text(CORRECTIONS + "reject\tA\tsues\tB\n", encoding="utf-8")
    result = _build(corpus)
    assert result.exit_code == 1
    assert "corrections.tsv:10: reject needs a relation" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (corpus / "out" / "graph.ttl").read_bytes() == before


def test_explicit_corrections_file_overrides_the_default(corpus, cli_pipeline, tmp_path):
    other = tmp_path / "mine.tsv"
    other.write_text("reject\t微软\tpartnered\tOpenAI\n", encoding="utf-8")
    assert _build(corpus, "--corrections", str(other)).exit_code == 0
    _, facts = _facts(corpus / "out")
    assert ("纽约时报", "accused", "OpenAI") in facts          # the default file was not read
    assert not any(r == "partnered" for _, r, _ in facts)


# -- kg review ------------------------------------------------------------------------------

def test_review_takes_decisions_from_the_keyboard(corpus, cli_pipeline, tmp_path):
    (corpus / "in" / "corrections.tsv").unlink()
    assert _build(corpus).exit_code == 0
    target = tmp_path / "decisions.tsv"
    result = CliRunner().invoke(
        main, ["review", "--graph", str(corpus / "out"), "--corrections", str(target), "--relation", "sued",
                     "--entity", "纽约时报"], input="a\nr\n")
    assert result.exit_code == 0, result.stderr
    lines = [c for c in corrections.read(target)]
    assert [c.action for c in lines] == ["confirm", "reject"]
    assert all(c.value == "sued" and c.subject == "纽约时报" for c in lines)
    assert "2 decision(s) written" in result.stderr
    assert "“" in result.output  # the evidence sentence is shown


def test_review_retype_and_quit(corpus, cli_pipeline, tmp_path):
    (corpus / "in" / "corrections.tsv").unlink()
    assert _build(corpus).exit_code == 0
    target = tmp_path / "decisions.tsv"
    result = CliRunner().invoke(
        main, ["review", "--graph", str(corpus / "out"), "--corrections", str(target), "--relation", "released"],
        input="t\ntail\nCompany\nq\n")
    assert result.exit_code == 0, result.stderr
    assert [(c.action, c.subject, c.value) for c in corrections.read(target)] == [("retype", "GPT-4o", "Company")]


def test_review_list_as_csv_reads_back_as_corrections(corpus, cli_pipeline, tmp_path):
    (corpus / "in" / "corrections.tsv").unlink()
    assert _build(corpus).exit_code == 0
    runner = CliRunner()
    listed = runner.invoke(main, ["review", "--graph", str(corpus / "out"), "--list", "--format", "csv"])
    assert listed.exit_code == 0
    import csv
    rows = list(csv.DictReader(listed.output.splitlines()))
    assert rows and {"head", "relation", "tail", "sentence", "decision"} <= set(rows[0])
    for row in rows:
        row["decision"] = "reject" if row["relation"] == "accused" else "accept"
    reviewed = tmp_path / "reviewed.json"
    reviewed.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    target = corpus / "in" / "corrections.tsv"
    result = runner.invoke(main, ["review", "--read", str(reviewed), "--corrections", str(target)])
    assert result.exit_code == 0, result.stderr
    assert _build(corpus).exit_code == 0
    _, facts = _facts(corpus / "out")
    assert not any(r == "accused" for _, r, _ in facts)
    assert all(d.get("review", {}).get("status") == "confirmed" for d in facts.values())
    evaluation = runner.invoke(main, ["evaluate", str(corpus / "in"), "--corrections", str(target), "--format", "json"])
    assert evaluation.exit_code == 0, evaluation.stderr
    shares = {row["relation"]: row["share_confirmed"] for row in json.loads(evaluation.output)["analyst_review"]}
    assert shares["accused"] == 0.0 and shares["sued"] == 1.0


def test_review_read_rejects_an_unknown_decision_with_its_row(tmp_path):
    reviewed = tmp_path / "r.csv"
    reviewed.write_text("head,relation,tail,decision\nA,sued,B,maybe\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "--read", str(reviewed),
                                                       "--corrections", str(tmp_path / "c.tsv")])
    assert result.exit_code == 1
    assert "r.csv:2: decision 'maybe'" in result.stderr
    assert not (tmp_path / "c.tsv").exists()


def test_graph_with_analyst_facts_conforms_to_the_shapes():
    from kg.ontology import validate
    from kg.rdf import to_rdf
    kg = small_graph()
    corrections.apply(kg, corrections.parse(
        "confirm\t纽约时报\tsued\tOpenAI\tok\nadd\t微软\tinvestedIn\tOpenAI\tsource=https://x.org/a\n", "c.tsv"), "alice")
    conforms, report = validate(to_rdf(kg))
    assert conforms, report


# -- suits: court and filed -----------------------------------------------------------------

LITIGATION = """人工智能诉讼动态

1. 纽约时报起诉OpenAI和微软
发布日期：2023-12-27
2023年12月27日，纽约时报起诉OpenAI和微软，指控其侵犯版权。
"""


def test_court_and_filed_corrections_set_the_suit_and_survive_reading_back(tmp_path, write_doc, cli_pipeline):
    from kg import cases
    from kg.rdf import load_graph
    write_doc("lit/a.txt", LITIGATION)
    (tmp_path / "lit" / "corrections.tsv").write_text(
        "court\t纽约时报 v OpenAI\t纽约南区联邦地区法院\tfrom the docket\n"
        "filed\t纽约时报 v OpenAI、微软\t2023-12-26\n"
        "court\t纽约时报 v 谷歌\t纽约南区联邦地区法院\n", encoding="utf-8")
    (tmp_path / "lit" / "b.txt").write_text(
        "人工智能诉讼动态\n\n1. 美国纽约南区联邦地区法院审理一起案件\n发布日期：2024-04-01\n"
        "2024年4月1日，美国纽约南区联邦地区法院审理谷歌诉某公司案。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "lit"), "--out", str(tmp_path / "out"),
                                       "--analyst", "carol", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert "2 correction(s) applied, 1 stale" in result.stderr
    assert "no suit '纽约时报 v 谷歌'" in result.stderr
    for graph in (load_graph(tmp_path / "out"), _reparsed(tmp_path / "out")):
        suit, = [s for s in cases.suits(graph) if "openai" in s.defendants]
        assert graph.entity(suit.court)["type"] == "Court"
        assert "纽约南区联邦地区法院" in graph.entity(suit.court)["labels"] or \
            "美国纽约南区联邦地区法院" in graph.entity(suit.court)["labels"]
        assert suit.court_stated is False
        assert suit.court_reason == "set by analyst carol (corrections.tsv:1)"  # relative to the corpus
        assert suit.filed == "2023-12-26"


def _reparsed(graph_dir):
    """The graph read from graph.ttl, not from the snapshot."""
    from kg.rdf import load_graph
    for snapshot in graph_dir.glob(".graph-*"):
        snapshot.unlink()
    return load_graph(graph_dir)


def test_suit_corrections_make_the_litigation_table_once_however_many(monkeypatch):
    from kg import cases
    made = []
    real = cases.suits
    monkeypatch.setattr(cases, "suits", lambda graph: made.append(1) or real(graph))
    kg = small_graph()
    kg.add_entity(Entity("sdny", "Court", "纽约南区联邦地区法院"))
    lines = "".join(f"filed\t纽约时报 v OpenAI\t2023-12-{day:02d}\n" for day in range(1, 21))
    outcome = corrections.apply(kg, corrections.parse(lines + "court\t纽约时报 v OpenAI\t纽约南区联邦地区法院\n"))
    assert len(made) == 1
    assert len(outcome.applied) == 21 and not outcome.stale
    suit, = [s for s in real(kg) if set(s.defendants) & {"openai", "openai-inc"}]  # OpenAI, OpenAI Inc: one party, one row
    assert (suit.filed, suit.court) == ("2023-12-20", "sdny")  # the last of the file's dates wins


def test_a_suit_correction_is_checked_against_the_graph_the_other_corrections_leave(monkeypatch):
    kg = small_graph()
    kg.add_entity(Entity("sdny", "Court", "纽约南区联邦地区法院"))
    # the suit is named before the fact that makes it is added: it still applies, and stale
    # corrections are reported in the file's order
    text = ("filed\t纽约时报 v 微软\t2024-01\n"
            "filed\t纽约时报 v 谷歌\t2024-01\n"
            "add\t纽约时报\tsued\t微软\n"
            "reject\t纽约时报\tfined\tOpenAI\n")
    outcome = corrections.apply(kg, corrections.parse(text))
    assert [c.line for c in outcome.applied] == [1, 3]
    assert [(c.line, reason) for c, reason in outcome.stale] == [
        (2, "no suit '纽约时报 v 谷歌' in this build"), (4, outcome.stale[1][1])]
