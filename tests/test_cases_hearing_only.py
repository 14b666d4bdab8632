"""A court's act a sentence tells with no event cue where that act is only hearing the case
(kg.cases.hearings): the suit's event is a hearing, not a ruling; a court's act beside it (found,
ordered; 经审理认为) stays a ruling.  Invented sentences and names."""
from __future__ import annotations

import pytest

from kg.cases import suits
from kg.cases.hearings import heard_only
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

ENTITIES = [("court", "Court", "Northvale High Court", ("甲市中级人民法院", "甲市中級人民法院")),
            ("orla", "Company", "Orla Media", ("奥拉传媒", "奧拉傳媒")), ("quen", "Company", "Quenby AI", ())]


@pytest.mark.parametrize("sentence", [
    "The Northvale High Court, presided over by Justice Ria Mendel, heard extensive arguments in Orla Media v. Quenby AI.",
    "Quenby AI is challenging the power of the Northvale High Court to hear the case.",
    "甲市中级人民法院公开审理了奥拉传媒诉Quenby AI著作权纠纷一案。",
    "甲市中級人民法院公開審理了奧拉傳媒訴Quenby AI著作權糾紛一案。",
])
def test_a_court_only_hearing_the_case(sentence):
    assert heard_only(sentence)


@pytest.mark.parametrize("sentence", [
    "The Northvale High Court, which heard the case, found Quenby AI liable.",
    "The judge heard the parties and ordered Quenby AI to pay costs.",
    "甲市中级人民法院经审理认为，Quenby AI构成侵权。",
    "甲市中級人民法院經審理認定，Quenby AI構成侵權。",
    "The Northvale High Court affirmed the denial of the application.",
])
def test_a_court_doing_more_than_hearing(sentence):
    assert not heard_only(sentence)


def _events(*sentences: str) -> list[tuple[str, str | None]]:
    """The events of the one row a document's filing and court acts give (each act a fact of the court on Quenby AI)."""
    graph = KnowledgeGraph()
    for node, kind, label, labels in ENTITIES:
        graph.add_entity(Entity(node, kind, label, set(labels) | {label}))
    filing = "Orla Media sued Quenby AI in the Northvale High Court."
    graph.add_fact("orla", "sued", "quen", Evidence("d.txt", "news", filing, 0, len(filing), None))
    for position, sentence in enumerate(sentences, 1):
        graph.add_fact("court", "adjudicated", "quen",
                       Evidence("d.txt", "news", sentence, position * 200, position * 200 + len(sentence), None))
    (row,) = suits(graph)
    return [(event.kind, event.date) for event in row.events]


def test_a_court_hearing_arguments_is_a_hearing_of_the_suit():
    heard = "The Northvale High Court heard extensive arguments in Orla Media v. Quenby AI on the training claim."
    assert _events(heard) == [("hearing", None)]


def test_a_court_finding_without_an_event_cue_is_still_a_ruling():
    found = "The Northvale High Court, which heard the case, found Quenby AI liable to Orla Media."
    assert _events(found) == [("ruling", None)]
