"""A case caption's first side read whole and no more: a leading article, and the matter's word after
it (The Case Zorbi Company v Helix Ireland), is no word of the caption unless the knowledge base knows
the side with its article (The New York Times v. Microsoft); a side of registered names each closed by
its legal form runs past a name's seven words (Talvor Quenby Enterprise Centre GmbH and Marsh Publishing
Corporation v. X); a citation's abbreviated word (Am., Ass'n, Univ.) opens no sentence inside a side.
All sentences and names invented."""
from __future__ import annotations

import pytest


def _cases(found: dict) -> list[str]:
    return [text for text, mention in found.items() if mention.type == "Case"]


@pytest.mark.parametrize("sentence, caption", [
    ("The Case Zorbi Company v Helix Ireland (C-101/31) marks the court's first ruling on such tools.",
     "Zorbi Company v Helix Ireland"),
    ("The Quenby Law Firm v. Marvalo class action raises new questions about consent.", "Quenby Law Firm v. Marvalo"),
    ("The Lawsuit Tarrow Analytics v. Brightvale Labs was dismissed in March.", "Tarrow Analytics v. Brightvale Labs"),
])
def test_a_leading_article_and_the_matter_s_word_are_no_part_of_a_caption(names, sentence, caption):
    assert _cases(names(sentence)) == [caption]


def test_a_side_the_knowledge_base_knows_with_its_article_keeps_it(names):
    assert _cases(names("The New York Times v. Marvalo Labs was filed in December.")) == ["The New York Times v. Marvalo Labs"]


def test_a_side_of_registered_names_runs_past_seven_words(names):
    found = names("The case Talvor Quenby Enterprise Centre GmbH and Marsh Publishing Corporation v. Zorbi Labs Inc., "
                  "No. 31-2024, is pending on appeal.")
    assert _cases(found) == ["Talvor Quenby Enterprise Centre GmbH and Marsh Publishing Corporation v. Zorbi Labs Inc."]


def test_a_long_run_of_names_without_their_legal_forms_keeps_the_seven_words(names):
    found = names("Critics said Alpha Beta Gamma Delta Epsilon Zeta Theta Iota v. Zorbi Labs changed nothing.")
    assert _cases(found) == ["Beta Gamma Delta Epsilon Zeta Theta Iota v. Zorbi Labs"]


def test_a_citation_s_abbreviated_word_opens_no_sentence_inside_a_side(names):
    found = names("A plaintiff must show negligence. Am. Zorbi Union, Inc. v. Quill, 301 Ga. 12, 15 (2019).")
    assert _cases(found) == ["Am. Zorbi Union, Inc. v. Quill"]
