"""bench/real/suits.py: a table row's court answers to any name a lane of the suit gives it, and to
an annotator's bracketed note dropped; merging lanes keeps the other lanes' names of the court."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

REAL = Path(__file__).resolve().parents[1] / "bench" / "real"
sys.path.insert(0, str(REAL))
from suits import _court  # noqa: E402

NO_NODES = SimpleNamespace(graph={})  # a row whose court is no node of the graph: its words


def test_any_lanes_name_of_the_court():
    assert _court(NO_NODES, ["Zembla High Court", "Vantor City High Court"], "Vantor City High Court")
    assert not _court(NO_NODES, ["Zembla High Court"], "Vantor City High Court")


def test_an_annotators_note_is_no_word_of_the_court():
    assert _court(NO_NODES, ["Zembla federal court (not named)"], "Zembla federal court")


def test_no_court_expected_only_a_row_without_one():
    assert _court(NO_NODES, [], None)
    assert not _court(NO_NODES, [], "Zembla High Court")
    assert not _court(NO_NODES, ["Zembla High Court"], None)
