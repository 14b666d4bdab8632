"""kg explain: the names each family found, the facts each family read, suppressed or
refined, and what reached the graph, for Simplified, Traditional and English sentences."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.explain import explain_file, explain_text, sentence_at


def _facts(rows, step="read"):
    return {(row["head"], row["relation"], row["tail"]) for row in rows["facts"] if row["step"] == step}


def test_explain_simplified_sentence_names_the_family_of_each_fact(pipeline):
    rows = explain_text(pipeline, "2023年12月27日，纽约时报在美国纽约南区联邦地区法院起诉OpenAI和微软。")
    sued = [row for row in rows["facts"] if row["relation"] == "sued"]
    assert {(row["head"], row["tail"]) for row in sued} == {("纽约时报", "OpenAI"), ("纽约时报", "微软")}
    assert all(row["rule"] and row["in_graph"] for row in sued)
    assert all(0 < row["confidence"] <= 1 for row in sued)  # each fact's score, the learned family's too
    assert {(row["head"], row["relation"], row["tail"]) for row in rows["graph"]} >= {
        ("纽约时报", "sued", "OpenAI"), ("纽约时报", "sued", "微软")}
    kept = {row["name"] for row in rows["names"] if row["outcome"] == "kept"}
    assert {"纽约时报", "OpenAI", "微软", "美国纽约南区联邦地区法院"} <= kept


def test_explain_shows_an_inner_name_overruled_by_the_longer_one(pipeline):
    # a court the knowledge base does not know (its known forms are whole words to jieba)
    rows = explain_text(pipeline, "美國加州南灣地方法院駁回了迪士尼對Midjourney的部分訴求。")
    outcomes = {row["name"]: row["outcome"] for row in rows["names"]}
    assert outcomes["加州"].startswith("overruled by 美國加州南灣地方法院")  # Traditional, as written
    assert outcomes["迪士尼"] == "kept"


def test_explain_english_sentence(pipeline):
    rows = explain_text(pipeline, "The New York Times sued OpenAI and Microsoft in federal court in December 2023.")
    assert {("The New York Times", "sued", "OpenAI"), ("The New York Times", "sued", "Microsoft")} <= _facts(rows)
    assert all(row["rule"].startswith(("english", "parsed")) for row in rows["facts"] if row["relation"] == "sued")  # the English rules, the pattern's and the parse's; no plain cue


def test_explain_shows_what_a_refiner_suppressed(pipeline):
    # the plain cue reads 星河科技 acquired 云帆智能公司; the stake refiner takes it back: a part was bought
    rows = explain_text(pipeline, "星河科技以2亿美元收购云帆智能公司49%的股份。")
    suppressed = [row for row in rows["facts"] if row["step"] == "suppressed"]
    assert [(row["head"], row["relation"], row["tail"], row["by"]) for row in suppressed] == [
        ("星河科技", "acquired", "云帆智能公司", "stake/partial")]
    assert not suppressed[0]["in_graph"]
    assert ("星河科技", "investedIn", "云帆智能公司") in _facts(rows)


def test_explain_file_limits_to_the_sentence_found(pipeline, write_doc):
    path = write_doc("news.txt", "AI诉讼两则\n2024年3月，微软与OpenAI宣布合作。\n2023年12月27日，纽约时报起诉OpenAI和微软。\n")
    rows = explain_file(pipeline, path, "纽约时报起诉")
    assert {row["relation"] for row in rows["facts"]} == {"sued"}
    assert all("纽约时报" in row["sentence"] for row in rows["facts"])
    assert "partnered" not in {row["relation"] for row in rows["graph"]}


def test_sentence_at_an_offset():
    text = "第一句话。纽约时报起诉OpenAI。第三句"
    assert sentence_at(text, text.index("起诉")) == "纽约时报起诉OpenAI"
    with pytest.raises(ValueError, match="outside the text"):
        sentence_at(text, 500)


def test_cli_explain_table_and_json(cli_pipeline):
    runner = CliRunner()
    table = runner.invoke(main, ["explain", "纽约时报起诉OpenAI。"])
    assert table.exit_code == 0, table.output
    assert "facts: what each fact family did" in table.output and "sued" in table.output
    as_json = runner.invoke(main, ["explain", "纽约时报起诉OpenAI。", "--format", "json"])
    assert {row["relation"] for row in json.loads(as_json.output)["facts"]} >= {"sued"}


def test_cli_explain_one_error_line(cli_pipeline, tmp_path):
    runner = CliRunner()
    neither = runner.invoke(main, ["explain"])
    assert neither.exit_code != 0 and "give a SENTENCE or --file" in neither.output
    missing = runner.invoke(main, ["explain", "--file", str(tmp_path / "none.txt")])
    assert missing.exit_code != 0 and "Traceback" not in missing.output and "none.txt" in missing.output
    path = tmp_path / "a.txt"
    path.write_text("纽约时报起诉OpenAI。", encoding="utf-8")
    outside = runner.invoke(main, ["explain", "--file", str(path), "--offset", "999"])
    assert outside.exit_code != 0 and "outside the text" in outside.output


def test_the_view_panel_gives_the_explain_command_of_each_sentence(pipeline, tmp_path):
    # the fact panel of the view tells how to ask why: the command, shell-quoted and HTML-escaped
    import shlex

    from kg.model import Evidence
    from kg.viz.scene import _evidence_html, explain_command
    evidence = Evidence("news.txt", "t", "纽约时报起诉OpenAI <b>' ; rm -rf ~", 0, 10)
    command = explain_command(evidence)
    assert shlex.split(command)[:4] == ["kg", "explain", "--file", "news.txt"]
    assert shlex.split(command)[5] == "纽约时报起诉OpenAI <b>' ; rm -rf ~"[:24]
    html = _evidence_html(evidence, {"why": "Why", "colon": ": "})
    assert "<b>" not in html and "&lt;b&gt;" in html and "kg explain --file news.txt --find" in html
