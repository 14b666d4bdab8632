"""Regular expressions compiled once per machine (kg.compiled) match as re.compile's do."""
from __future__ import annotations

import re

from kg.compiled import compiled

PATTERN = r"(?P<plaintiff>[A-Z]\w+) (?:sued|sues) (?P<defendant>[A-Z]\w+)(?![\w⟨])"
SENTENCE = "Getty sued Stability over images; Authors sues Meta."


def test_a_cached_pattern_matches_as_the_pattern_compiled_by_re(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_REGEX_CACHE", str(tmp_path))
    first = compiled(PATTERN, re.IGNORECASE)
    assert len(list(tmp_path.iterdir())) == 1  # kept for the next process
    again = compiled(PATTERN, re.IGNORECASE)  # read back from the file
    expected = re.compile(PATTERN, re.IGNORECASE)
    for pattern in (first, again):
        assert pattern.pattern == expected.pattern and pattern.flags == expected.flags
        assert pattern.groupindex == expected.groupindex
        assert [m.groupdict() for m in pattern.finditer(SENTENCE)] == [m.groupdict() for m in expected.finditer(SENTENCE)]


def test_a_torn_cache_file_is_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_REGEX_CACHE", str(tmp_path))
    compiled(PATTERN)
    (path,) = tmp_path.iterdir()
    path.write_bytes(b"not a compiled pattern")
    assert compiled(PATTERN).search(SENTENCE).group("defendant") == "Stability"


def test_no_cache_folder_compiles_as_re_does(monkeypatch):
    monkeypatch.setenv("KG_REGEX_CACHE", "")
    assert compiled(PATTERN).search(SENTENCE).group("plaintiff") == "Getty"
