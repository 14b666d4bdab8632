"""kg.facts.litigation CitedCourts: a court an English sentence cites a case caption with, no act
of its own told, adjudicated the caption's sides (invented parties and cases)."""
from __future__ import annotations

import pytest

INTRO = "Harbor News Corp. accused Zentek Technologies Inc. of copying its archive. "


def _cited(read_facts, text: str) -> set[tuple[str, str]]:
    return {(f.head.canonical or f.head.text, f.tail.canonical or f.tail.text)
            for f in read_facts(text, objects=True) if f.rule == "litigation/cited"}


@pytest.mark.parametrize("citation", [
    "Harbor News Corp. v. Zentek Technologies Inc., No. 3:24-cv-01234-ABC (N.D. Cal. May 2, 2025).",
    "Harbor News Corp. v. Zentek Technologies Inc., --- F.Supp.3d ----, 2025 WL 123456, 24-CV-0001 (JPO) (S.D.N.Y. Jul. 1, 2025).",
    "The recent High Court case of Harbor News Corp. v Zentek Technologies Inc. [2024] EWHC 1234 (Ch) goes to trial in June.",
    "Last month the U.S. District Court of Massachusetts sent a warning to chatbot makers, in Harbor News Corp. v. Zentek Technologies Inc.",
])
def test_a_court_citing_a_caption_adjudicated_both_its_sides(read_facts, citation):
    found = _cited(read_facts, INTRO + citation)
    assert {party for _, party in found} == {"Harbor News Corp.", "Zentek Technologies Inc."}
    assert len({court for court, _ in found}) == 1


@pytest.mark.parametrize("citation", [
    # the court relies on another court's case: not the caption's court
    "The U.S. District Court of Massachusetts relied on the reasoning in Harbor News Corp. v. Zentek Technologies Inc.",
    # a name between the caption and the parenthesis: another court's citation
    "Harbor News Corp. v. Zentek Technologies Inc., a dispute Quillon Labs watched (N.D. Cal. May 2, 2025).",
    # a court told in a sentence of its own
    "Harbor News Corp. v. Zentek Technologies Inc. was filed last year. The High Court has other work.",
])
def test_a_court_beside_a_caption_it_does_not_cite_adjudicates_nothing(read_facts, citation):
    assert not _cited(read_facts, INTRO + citation)
