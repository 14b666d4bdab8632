"""bench/real/restore.py: a page excerpt cut back to a manifest line's text, whatever white space and
punctuation the page changed since the line was written (invented text, no third-party words)."""
from __future__ import annotations

import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "bench" / "real"
sys.path.insert(0, str(REAL))
from corpus import checksum  # noqa: E402
from restore import cut, forms, regapped  # noqa: E402

KEPT = "Acme sues Beta\n\nAcme filed suit on Monday, a spokesperson said.\n\nThe court set a hearing."


def _row(text: str, first: str, last: str) -> dict:
    return {"first_words": first, "last_words": last, "sha256": checksum(text)}


def _found(row: dict, excerpt: str, gaps: int = 2) -> bool:
    text = cut(row, excerpt)
    return text is not None and any(checksum(form) == row["sha256"]
                                    for _, form in [*forms(text), *regapped(text, gaps)])


def test_cut_keeps_the_words_between_first_and_last():
    row = _row(KEPT, "Acme sues Beta", "set a hearing.")
    assert cut(row, "Menu | Home\n" + KEPT + "\nRelated: more stories") == KEPT


def test_first_words_match_across_a_line_break():
    row = _row("May 2, 2025\nAcme sues Beta", "May 2, 2025 Acme sues", "sues Beta")
    assert cut(row, "nav\nMay 2, 2025\nAcme sues Beta\nfooter") == "May 2, 2025\nAcme sues Beta"


def test_missing_words_give_none():
    assert cut(_row(KEPT, "Gamma", "hearing."), KEPT) is None


def test_a_blank_line_the_page_no_longer_has_is_found():
    row = _row(KEPT, "Acme sues Beta", "set a hearing.")
    assert _found(row, KEPT.replace("\n\n", "\n", 1))


def test_full_width_punctuation_a_page_changed_is_found():
    kept = "据悉,甲公司起诉乙公司(原告:甲)。"
    assert _found(_row(kept, "据悉", "(原告:甲)。"), "据悉，甲公司起诉乙公司（原告：甲）。")


def test_a_different_text_is_not_found():
    row = _row(KEPT, "Acme sues Beta", "set a hearing.")
    assert not _found(row, KEPT.replace("Monday", "Tuesday"))
