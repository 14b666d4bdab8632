import csv
import io
import json

import pytest
from click.testing import CliRunner
from litigation import NYT_SUIT, graph_dir, litigation_graph  # noqa: F401  (fixtures)

from kg.cli import main
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence
from kg.query import (NameLookupError, cases, entity_card, in_range, neighbors, paths, resolve, sued,
                      timeline, top, waves)


# -- names --------------------------------------------------------------------------
def test_resolve_finds_an_entity_by_any_alias_in_any_case(litigation_graph):
    assert resolve(litigation_graph, "纽约时报") == "nyt"
    assert resolve(litigation_graph, "the NEW york times") == "nyt"
    assert resolve(litigation_graph, "microsoft") == "microsoft"


def test_resolve_falls_back_to_a_label_that_contains_the_name(litigation_graph):
    assert resolve(litigation_graph, "作家协会") == "authors-guild"
    assert resolve(litigation_graph, "New York Times") == "nyt"


def test_resolve_takes_a_name_in_traditional_characters(litigation_graph):
    assert resolve(litigation_graph, "紐約時報") == "nyt"
    assert resolve(litigation_graph, "作家協會") == "authors-guild"   # a part of a label


def test_ambiguous_name_lists_its_candidates(litigation_graph):
    with pytest.raises(NameLookupError) as raised:
        resolve(litigation_graph, "纽约")
    assert "nyt (纽约时报, Company)" in str(raised.value)
    assert "sdny (纽约南区联邦地区法院, Court)" in str(raised.value)


def test_unknown_name_is_an_error(litigation_graph):
    with pytest.raises(NameLookupError, match="no entity"):
        resolve(litigation_graph, "Anthropic")


# -- one entity ---------------------------------------------------------------------
def test_entity_card_shows_edges_in_and_out_with_dates_and_sources(litigation_graph):
    card = entity_card(litigation_graph, "Microsoft")
    assert (card["type"], card["label"]) == ("Company", "微软")
    assert card["labels"] == ["Microsoft", "微软"]
    edges = {(e["direction"], e["relation"], e["entity"], e["date"], e["source"]) for e in card["edges"]}
    assert edges == {
        ("in", "sued", "纽约时报", "2023-12-27", "Reuters"),
        ("in", "sued", "纽约时报", "2024-04-30", "The Verge"),
        ("out", "partnered", "OpenAI", "2023-01-23", ""),
    }


def test_entity_card_names_the_jurisdiction(litigation_graph):
    litigation_graph.graph.nodes["sdny"]["jurisdiction"] = "us"
    assert entity_card(litigation_graph, "SDNY")["jurisdiction"] == "美国"


def test_neighbors_grow_with_depth_and_follow_only_chosen_relations(litigation_graph):
    near = {row["entity"] for row in neighbors(litigation_graph, "NYT")}
    assert near == {"微软", "OpenAI"}
    two_steps = {row["entity"]: row["distance"] for row in neighbors(litigation_graph, "NYT", depth=2)}
    assert two_steps["GPT-4o"] == 2 and two_steps["OpenAI"] == 1
    suits_only = {row["entity"] for row in neighbors(litigation_graph, "NYT", depth=2, relations=["sued"])}
    assert suits_only == {"微软", "OpenAI", "美国作家协会"}


def test_path_gives_the_relations_along_the_shortest_path(litigation_graph):
    steps = paths(litigation_graph, "The New York Times", "GPT-4o")
    assert [(s["step"], s["head"], s["relation"], s["tail"]) for s in steps] == [
        (1, "纽约时报", "sued", "OpenAI"), (2, "OpenAI", "released", "GPT-4o")]


def test_path_is_empty_between_unconnected_entities(litigation_graph):
    assert paths(litigation_graph, "殷某", "纽约时报") == []


# -- litigation -----------------------------------------------------------------------
def test_sued_lists_each_suit_once_dated_by_its_filing(litigation_graph):
    rows = sued(litigation_graph, defendant="OpenAI")
    assert [(r["plaintiff"], r["date"]) for r in rows] == [("纽约时报", "2023-12-27"), ("美国作家协会", "2024-01-05")]
    assert all(r["claims"] == ["copyright"] for r in rows)
    assert rows[0]["source"] == "Reuters" and rows[0]["document"] == "a.txt"


def test_sued_marks_a_court_no_sentence_about_the_suit_names(litigation_graph):
    rows = {r["plaintiff"]: r for r in sued(litigation_graph, defendant="OpenAI")}
    assert (rows["纽约时报"]["court"], rows["纽约时报"]["court_stated"]) == ("纽约南区联邦地区法院", True)
    # the court's ruling on OpenAI is told in b.txt, which tells the Times's suit: that ruling is that suit's,
    # no ground to place the guild's suit (told elsewhere) in that court
    assert (rows["美国作家协会"]["court"], rows["美国作家协会"]["court_stated"]) == (None, False)
    aside = "纽约南区联邦地区法院位于曼哈顿。"  # the only court the guild's news item names: inferred, not stated
    litigation_graph.add_fact("sdny", "jurisdiction", "us", Evidence("a.txt", "作家协会起诉 OpenAI", aside, 0, len(aside), "2024-01-05"))
    rows = {r["plaintiff"]: r for r in sued(litigation_graph, defendant="OpenAI")}
    assert (rows["美国作家协会"]["court"], rows["美国作家协会"]["court_stated"]) == ("纽约南区联邦地区法院", False)


def test_sued_places_a_suit_in_the_court_that_decided_it(litigation_graph):
    (row,) = sued(litigation_graph, plaintiff="殷某")
    assert (row["court"], row["court_stated"], row["status"]) == ("北京互联网法院", True, "ruled")
    assert row["claims"] == ["personal-information", "voice"]


def test_sued_filters_by_court_and_filing_dates(litigation_graph):
    in_beijing = sued(litigation_graph, court="Beijing Internet Court")
    assert [r["plaintiff"] for r in in_beijing] == ["殷某"]
    assert sued(litigation_graph, plaintiff="纽约时报", date_from="2024", date_to="2024-04") == []
    december = sued(litigation_graph, plaintiff="纽约时报", date_from="2023-12", date_to="2023-12")
    assert {r["defendant"] for r in december} == {"OpenAI", "微软"}


def test_cases_gives_one_row_per_suit_with_its_events(litigation_graph):
    rows = cases(litigation_graph, party="OpenAI")
    assert [(r["caption"], r["filed"]) for r in rows] == [
        ("纽约时报 v. OpenAI、微软", "2023-12-27"), ("美国作家协会 v. OpenAI", "2024-01-05")]
    assert rows[0]["events"] == [{"kind": "ruling", "date": "2024-04-04"}] and rows[0]["status"] == "ruled"
    assert len(rows[0]["evidence"]) == 3  # the filing, a later report, the ruling


def test_cases_filters_inferred_courts_status_and_claims(litigation_graph):
    assert [r["caption"] for r in cases(litigation_graph, party="OpenAI", court_stated=True)] == ["纽约时报 v. OpenAI、微软"]
    assert [r["caption"] for r in cases(litigation_graph, claim="voice")] == ["殷某 v. MiniMax"]
    assert [r["caption"] for r in cases(litigation_graph, status="filed")] == ["美国作家协会 v. OpenAI"]


def test_waves_count_suits_by_filing_date(litigation_graph):
    (wave,) = waves(litigation_graph, window=30)
    assert wave["defendant"] == "OpenAI"
    assert (wave["start"], wave["end"], wave["suits"]) == ("2023-12-27", "2024-01-05", 2)
    assert wave["plaintiffs"] == ["纽约时报", "美国作家协会"]
    assert waves(litigation_graph, window=5) == []
    assert waves(litigation_graph, window=30, min_plaintiffs=3) == []


def test_a_party_name_that_a_case_name_contains_finds_the_party(litigation_graph):
    litigation_graph.add_entity(Entity("yin-case", "Case", "殷某诉MiniMax案"))
    assert [row["defendants"] for row in cases(litigation_graph, party="Mini")] == [["MiniMax"]]
    with pytest.raises(NameLookupError):
        resolve(litigation_graph, "Mini")  # elsewhere both are meant


def test_one_suit_of_many_plaintiffs_or_a_suit_dated_by_its_year_makes_no_wave():
    graph = KnowledgeGraph()
    for node in ("a", "b", "c", "d"):
        graph.add_entity(Entity(node, "Company", f"{node}公司"))
    for plaintiff, sentence, date in (("a", "2024年3月1日，a公司和b公司起诉d公司。", "2024-03-01"),
                                      ("b", "2024年3月1日，a公司和b公司起诉d公司。", "2024-03-01"),
                                      ("c", "2024年，c公司起诉d公司。", "2024")):
        graph.add_fact(plaintiff, "sued", "d", Evidence("x.txt", "t", sentence, 0, len(sentence), date))
    assert waves(graph, window=365) == []


# -- rankings and time --------------------------------------------------------------------
def test_top_ranks_the_most_sued_defendants(litigation_graph):
    rows = top(litigation_graph, "sued")
    assert (rows[0]["entity"], rows[0]["count"], rows[0]["evidence"]) == ("OpenAI", 2, 3)
    assert [r["entity"] for r in rows[1:]] == ["微软", "MiniMax"]


def test_top_by_head_keeps_one_type(litigation_graph):
    rows = top(litigation_graph, "sued", role="head", type="Organization")
    assert [(r["entity"], r["counterparts"]) for r in rows] == [("美国作家协会", ["OpenAI"])]


def test_timeline_orders_dated_facts_and_filters_them(litigation_graph):
    rows = timeline(litigation_graph, relation="sued")
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert len(rows) == 6
    regulators = timeline(litigation_graph, type="Regulator", date_from="2024-08-01", date_to="2024-08-31")
    assert {(r["relation"], r["tail"]) for r in regulators} == {("issued", "《人工智能法案》"), ("jurisdiction", "欧盟")}


def test_partial_dates_overlap_a_range():
    assert in_range("2024-06", "2024-06-15", "2024-12")
    assert not in_range("2024-05-31", "2024-06")
    assert not in_range(None, "2024")
    assert in_range(None)


# -- command line -------------------------------------------------------------------------
def invoke(*args):
    return CliRunner().invoke(main, ["query", *args])


def test_cli_sued_prints_json_rows(graph_dir):
    result = invoke("sued", "--defendant", "Microsoft", "--graph", graph_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["plaintiff"], r["date"], r["court"]) for r in rows] == [("纽约时报", "2023-12-27", "纽约南区联邦地区法院")]


def test_cli_cases_prints_the_suit_records_as_json(graph_dir):
    result = invoke("cases", "--party", "MiniMax", "--graph", graph_dir, "--format", "json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert (row["plaintiffs"], row["defendants"], row["court"], row["court_stated"]) == (
        ["殷某"], ["MiniMax"], "北京互联网法院", True)
    assert row["events"] == [{"kind": "ruling", "date": "2024-04-23"}]
    assert {e["document"] for e in row["evidence"]} == {"c.txt"}


def test_cli_cases_table_and_csv_flatten_events(graph_dir):
    table = invoke("cases", "--court-stated", "--graph", graph_dir)
    assert table.exit_code == 0, table.output
    assert "纽约时报" in table.stdout and "殷某" in table.stdout and "美国作家协会" not in table.stdout
    rows = list(csv.DictReader(io.StringIO(invoke("cases", "--status", "ruled", "--graph", graph_dir,
                                                  "--format", "csv").stdout)))
    assert {row["events"] for row in rows} == {"ruling 2024-04-04", "ruling 2024-04-23"}


def test_cli_cases_rejects_an_unknown_status(graph_dir):
    result = invoke("cases", "--status", "pending", "--graph", graph_dir)
    assert result.exit_code == 2 and "pending" in result.output


def test_cli_top_prints_csv(graph_dir):
    result = invoke("top", "--relation", "sued", "--graph", graph_dir, "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "rank,entity,type,count,evidence,counterparts"
    assert lines[1].startswith("1,OpenAI,Company,2,3,")


def test_cli_entity_table_shows_labels_and_edges(graph_dir):
    result = invoke("entity", "openai", "--graph", graph_dir)
    assert result.exit_code == 0, result.output
    assert "Company" in result.stdout and "GPT-4o" in result.stdout and "美国作家协会" in result.stdout


def test_cli_path_and_waves(graph_dir):
    path = invoke("path", "微软", "GPT-4o", "--graph", graph_dir, "--format", "json")
    assert [step["relation"] for step in json.loads(path.stdout)] == ["partnered", "released"]
    wave = invoke("waves", "--graph", graph_dir, "--format", "csv")
    assert wave.stdout.splitlines()[1].startswith("OpenAI,2023-12-27,2024-01-05,2,")


def test_cli_ambiguous_name_is_one_error_line(graph_dir):
    result = invoke("neighbors", "纽约", "--graph", graph_dir)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "ambiguous" in result.stderr and "sdny" in result.stderr and "nyt" in result.stderr


def test_cli_missing_graph_is_one_error_line(tmp_path):
    result = invoke("timeline", "--graph", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert "no built graph" in result.stderr and "Traceback" not in result.output


# -- what a terminal and a reader of English get --------------------------------------------
def test_english_names_every_party_and_the_caption_by_its_english_name(litigation_graph):
    rows = sued(litigation_graph, defendant="OpenAI", lang="en")
    assert {(r["plaintiff"], r["defendant"]) for r in rows} == {("The New York Times", "OpenAI"),
                                                              ("Authors Guild", "OpenAI")}
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in row["caption"]) for row in rows)
    assert {r["plaintiff"] for r in sued(litigation_graph, defendant="OpenAI")} == {"纽约时报", "美国作家协会"}
    assert entity_card(litigation_graph, "微软", lang="en")["label"] == "Microsoft"


def test_kg_query_takes_lang_and_columns(graph_dir):  # noqa: F811
    result = CliRunner().invoke(main, ["query", "sued", "--graph", graph_dir, "--lang", "en",
                                       "--columns", "defendant,plaintiff", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "defendant,plaintiff"
    assert "OpenAI,The New York Times" in result.stdout.splitlines()


def test_kg_query_refuses_a_column_it_does_not_have_in_one_line(graph_dir):  # noqa: F811
    result = CliRunner().invoke(main, ["query", "timeline", "--graph", graph_dir, "--columns", "date,verdict"])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert result.output.startswith("Error: no column 'verdict': choose from date, head, relation, tail, sentence")


def test_a_table_too_wide_for_the_terminal_is_one_record_per_row_with_whole_sentences(graph_dir):  # noqa: F811
    result = CliRunner().invoke(main, ["query", "sued", "--graph", graph_dir], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].strip("─ ").startswith("lawsuits 1 of ")
    sentences = [line.split(None, 1)[1] for line in lines if line.startswith("sentence")]
    assert NYT_SUIT in sentences  # whole, one line
    assert all(len(line) <= 100 for line in lines)


def test_a_table_that_fits_stays_a_table_and_columns_can_make_it_fit(graph_dir):  # noqa: F811
    narrow = CliRunner().invoke(main, ["query", "sued", "--graph", graph_dir, "--columns", "plaintiff,defendant,date"],
                                env={"COLUMNS": "100"})
    assert narrow.exit_code == 0 and narrow.stdout.lstrip().startswith("lawsuits")
    assert "┃ plaintiff" in narrow.stdout and " of " not in narrow.stdout.splitlines()[0]
