"""A ruling a judgment's neutral citation tells, right after the suit's case name (kg.cases
_cited_rulings, kg.dates.citation_year): Marlow v Pentacrest Ltd [2023] QCHC 41 is a judgment
given in 2023.  Invented names, courts' letters and sentences."""
from __future__ import annotations

import pytest

from kg.cases import suits
from kg.dates import citation_year
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence


def _table(*sentences: str) -> list[tuple[str, str | None]]:
    graph = KnowledgeGraph()
    graph.add_entity(Entity("p", "Person", "Marlow"))
    graph.add_entity(Entity("d", "Company", "Pentacrest Ltd"))
    for sentence in sentences:
        graph.add_fact("p", "sued", "d", Evidence("a.txt", "t", sentence, 0, len(sentence), "2025-03-12"))
    [suit] = suits(graph)
    return [(event.kind, event.date) for event in suit.events]


@pytest.mark.parametrize("text, year", [
    ("Marlow v Pentacrest Ltd [2023] QCHC 41 held", "2023"),
    ("In Marlow v. Pentacrest, 2021 QCSC 1187, the court", "2021"),
    ("Marlow v Pentacrest [2024] QCEmpC 9 (Admin)", "2024"),
])
def test_a_neutral_citation_after_a_case_name_tells_its_year(text, year):
    at = text.index("Pentacrest") + len("Pentacrest")
    assert citation_year(text, at) == year


@pytest.mark.parametrize("text", [
    "Marlow v. Pentacrest, 2023 was a hard year",  # a year, no court's letters and number
    "Marlow v. Pentacrest, 2023 Q3 revenue",  # no judgment's number after letters and a space
    "Marlow v. Pentacrest, 2023 QCHC 4.5 percent",  # a figure, not a judgment's number
    "Marlow v. Pentacrest, 412 F.3d 88",  # a reporter's volume, no year
])
def test_no_citation_year_where_none_follows(text):
    at = text.index("Pentacrest") + len("Pentacrest")
    assert citation_year(text, at) is None


def test_a_cited_case_name_of_the_suit_adds_its_ruling():
    assert _table("Marlow sued Pentacrest Ltd over unpaid royalties, and the reasons in Marlow v Pentacrest Ltd "
                  "[2023] QCHC 41 drew notice.") == [("ruling", "2023")]


def test_the_citation_of_another_case_adds_no_ruling():
    assert _table("Marlow sued Pentacrest Ltd over unpaid royalties, relying on Oakes v Brindle [2019] QCHC 7.") == []


def test_a_dated_ruling_of_the_citations_year_is_that_ruling():
    assert _table("Marlow sued Pentacrest Ltd over unpaid royalties.",
                  "On 3 May 2023 the court ruled for Marlow in Marlow v Pentacrest Ltd [2023] QCHC 41.") \
        == [("ruling", "2023-05-03")]
