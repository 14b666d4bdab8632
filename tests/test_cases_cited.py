"""Rows of no suit the text tells: a caption a sentence only cites (the court relied on Roe v.
Acme; Roe v. Acme and Doe v. Zed were cited as precedent; counsel listed “Roe v Acme”, which did
not exist: kg.facts.grammar.cites_precedent) tells no suit, while the case a sentence reports (In
Roe v. Acme, the judge ordered…) stays.  Invented sentences and names."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.cases import suits
from kg.facts.grammar import cites_precedent
from kg.graph import KnowledgeGraph
from kg.ingest import read_document


def _cited(sentence: str, caption: str) -> bool:
    start = sentence.index(caption)
    return cites_precedent(sentence, start, start + len(caption))


@pytest.mark.parametrize("sentence, caption", [
    ("In reaching its conclusion, the court relied in part on Quillon Guild, Inc. v. Zedtrust, 755 F.3d 87 (2d Cir. 2014).",
     "Quillon Guild, Inc. v. Zedtrust"),
    ("Both Arnaut v. Belisle, 2011 ONSC 4124 and Corvin Estate v. Corvin, 1997 CanLII 1473 (ON SC) were cited as precedent "
     "cases in which trustees were removed.", "Arnaut v. Belisle"),
    ("Both Arnaut v. Belisle, 2011 ONSC 4124 and Corvin Estate v. Corvin, 1997 CanLII 1473 (ON SC) were cited as precedent "
     "cases in which trustees were removed.", "Corvin Estate v. Corvin"),
    ("The applicant's agent had provided authorities, including “Varga v The Harbour Warden”, that apparently did not exist.",
     "Varga v The Harbour Warden"),
])
def test_a_caption_only_cited_is_a_precedent(sentence, caption):
    assert _cited(sentence, caption)


@pytest.mark.parametrize("sentence, caption", [
    # the case the sentence reports, though a case it lists did not exist
    ("In Tesk v Orlan, 2024 BCSC 111, Justice Marrow ordered counsel to pay costs for listing two cases that did not exist.",
     "Tesk v Orlan"),
    # a lawsuit the sentence tells being filed, a later clause about citations
    ("Tesk v. Orlan was filed in 2023, and the judge found that several cases counsel cited did not exist.", "Tesk v. Orlan"),
    ("The judge in Tesk v. Orlan granted the motion to dismiss.", "Tesk v. Orlan"),
])
def test_a_caption_the_sentence_tells_is_no_precedent(sentence, caption):
    assert not _cited(sentence, caption)


CITING = """Judge rules for Brightwell in its fight with Lumora

A federal judge ruled on Tuesday that Lumora must face the copyright claims Brightwell Press brought over its chatbot.

In reaching its conclusion, the court relied in part on Quillon Guild, Inc. v. Zedtrust, 755 F.3d 87 (2d Cir. 2014).

Both Arnaut v. Belisle, 2011 ONSC 4124 and Corvin Estate v. Corvin, 1997 CanLII 1473 (ON SC) were cited as precedent cases.
"""


@pytest.fixture(scope="module")
def citing(pipeline, tmp_path_factory) -> KnowledgeGraph:
    path: Path = tmp_path_factory.mktemp("citing") / "citing.txt"
    path.write_text(CITING, encoding="utf-8")
    return pipeline.graph(pipeline.process_documents([read_document(path)]))


def test_no_row_for_the_precedents_a_story_cites(citing):
    labels = {label for suit in suits(citing)
              for party in suit.parties
              for label in ({party} | (citing.entity(party)["labels"] if party in citing.graph else set()))}
    assert not labels & {"Zedtrust", "Quillon Guild, Inc.", "Arnaut", "Belisle", "Corvin"}
    assert not any(head in ("Arnaut", "Quillon Guild, Inc.") or citing.entity(head)["label"] in ("Arnaut", "Quillon Guild")
                   for head, _, _, _ in citing.facts("sued"))
