"""Parties of the suit table that are none: a party of a suit that one report alone names, among
reports of several documents that name the rest of its side again and again (kg.cases.merging._told_once):
one report's slip; the son a plaintiff's relative clause describes (a mother whose son, Y, died:
kg.cases.bystanders._without_kin), who the suit is about. Small graphs of invented sentences, in English,
Simplified and Traditional Chinese."""
from __future__ import annotations

import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence


def _graph(entities, reports) -> KnowledgeGraph:
    """Entities as (id, type, label); reports as (document, sentence, plaintiff, [defendants])."""
    graph = KnowledgeGraph()
    for node, kind, label in entities:
        graph.add_entity(Entity(node, kind, label, {label}))
    for document, sentence, plaintiff, defendants in reports:
        for defendant in defendants:
            graph.add_fact(plaintiff, "sued", defendant, Evidence(document, document, sentence, 0, len(sentence), "2025-10-22"))
    return graph


def _rows(graph: KnowledgeGraph) -> list[tuple[list[str], list[str]]]:
    return sorted((sorted(row.plaintiffs), sorted(row.defendants)) for row in suits(graph))


ENGLISH = ([("times", "Company", "Harbor Times"), ("nova", "Company", "Nova Labs"), ("vexor", "Company", "Vexor Systems"),
            ("kestrel", "Company", "Kestrel")],
           ["Harbor Times sued Nova Labs and Vexor Systems over its articles.",
            "The suit Harbor Times brought against Nova Labs and Vexor Systems goes on.",
            "Harbor Times is suing Nova Labs and Vexor Systems for copying its stories.",
            "A judge let Harbor Times press its claims against Nova Labs and Vexor Systems."],
           "Harbor Times brought the case last year, targeting Nova Labs, Vexor Systems and Kestrel.")
SIMPLIFIED = ([("times", "Company", "港湾日报"), ("nova", "Company", "新星实验室"), ("vexor", "Company", "维克斯系统"),
               ("kestrel", "Company", "红隼科技")],
              ["港湾日报起诉新星实验室和维克斯系统侵犯其版权。", "港湾日报此前已将新星实验室和维克斯系统告上法庭。",
               "港湾日报诉新星实验室、维克斯系统一案仍在审理。", "法官允许港湾日报继续起诉新星实验室和维克斯系统。"],
              "港湾日报去年起诉新星实验室、维克斯系统和红隼科技。")
TRADITIONAL = ([("times", "Company", "港灣日報"), ("nova", "Company", "新星實驗室"), ("vexor", "Company", "維克斯系統"),
                ("kestrel", "Company", "紅隼科技")],
               ["港灣日報起訴新星實驗室和維克斯系統侵犯其版權。", "港灣日報此前已將新星實驗室和維克斯系統告上法庭。",
                "港灣日報訴新星實驗室、維克斯系統一案仍在審理。", "法官允許港灣日報繼續起訴新星實驗室和維克斯系統。"],
               "港灣日報去年起訴新星實驗室、維克斯系統和紅隼科技。")


@pytest.mark.parametrize("story", [ENGLISH, SIMPLIFIED, TRADITIONAL], ids=["en", "zh-Hans", "zh-Hant"])
def test_a_defendant_one_report_of_many_adds_is_no_party(story):
    entities, told, slip = story
    reports = [(f"{n}.txt", told[n % len(told)], "times", ["nova", "vexor"]) for n in range(7)]
    reports.append(("slip.txt", slip, "times", ["nova", "vexor", "kestrel"]))  # eight documents, one naming Kestrel
    assert _rows(_graph(entities, reports)) == [(["times"], ["nova", "vexor"])]


@pytest.mark.parametrize("story", [ENGLISH, SIMPLIFIED, TRADITIONAL], ids=["en", "zh-Hans", "zh-Hant"])
def test_a_defendant_told_by_two_reports_or_among_few_stays(story):
    entities, told, slip = story
    few = [(f"{n}.txt", sentence, "times", ["nova", "vexor"]) for n, sentence in enumerate(told[:2])]
    few.append(("slip.txt", slip, "times", ["nova", "vexor", "kestrel"]))  # three documents: too few to tell a slip
    assert _rows(_graph(entities, few)) == [(["times"], ["kestrel", "nova", "vexor"])]
    twice = [(f"{n}.txt", told[n % len(told)], "times", ["nova", "vexor"]) for n in range(7)]
    twice += [("slip.txt", slip, "times", ["nova", "vexor", "kestrel"]), ("again.txt", slip, "times", ["nova", "vexor", "kestrel"])]
    assert _rows(_graph(entities, twice)) == [(["times"], ["kestrel", "nova", "vexor"])]


def _kin_rows(sentence: str) -> list[tuple[list[str], list[str]]]:
    entities = [("ann", "Person", "Ann Hale"), ("tom", "Person", "Tom Hale"), ("nova", "Company", "Nova Labs"),
                ("安", "Person", "安·黑尔"), ("汤姆", "Person", "汤姆·黑尔"), ("新星", "Company", "新星实验室"),
                ("安t", "Person", "安·黑爾"), ("湯姆", "Person", "湯姆·黑爾"), ("新星t", "Company", "新星實驗室")]
    graph = _graph(entities, [])
    for plaintiff in [node for node, kind, label in entities if kind == "Person" and label in sentence]:
        defendant = next(node for node, kind, label in entities if kind == "Company" and label in sentence)
        graph.add_fact(plaintiff, "sued", defendant, Evidence("d.txt", "d.txt", sentence, 0, len(sentence), "2025-10-22"))
    return _rows(graph)


def test_the_son_a_plaintiffs_relative_clause_describes_sues_no_one():
    assert _kin_rows("A judge let the suit filed by Ann Hale, a mother whose 15-year-old son, Tom Hale, died last year, "
                     "go on against Nova Labs.") == [(["ann"], ["nova"])]


@pytest.mark.parametrize("sentence", ["Ann Hale and her son Tom Hale sued Nova Labs over the app.",
                                      "安·黑尔和她的儿子汤姆·黑尔起诉新星实验室。", "安·黑爾和她的兒子湯姆·黑爾起訴新星實驗室。"])
def test_a_son_suing_beside_his_mother_stays_a_plaintiff(sentence):
    rows = _kin_rows(sentence)
    assert len(rows) == 1 and len(rows[0][0]) == 2
