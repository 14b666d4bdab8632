"""Regular expressions kept compiled between processes (kg.compiled): a pattern read back
from the kept file is the pattern ``re`` compiles (source, flags, groups, matches), without
``re``'s parser; a damaged file, or code the engine refuses, is a miss and the pattern is
compiled again; a process writes the file only where it compiled enough the file did not
hold.  And the alternations made of a set of words are one pattern in every process."""
from __future__ import annotations

import base64
import json
import logging
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from kg import compiled
from kg.alternation import alternatives, shared_prefixes

pytestmark = pytest.mark.skipif(not compiled._KNOWN, reason="a Python whose compiler kg.compiled does not know")

PATTERNS = [(r"(?P<plaintiff>[A-Z]\w+) sued (?P<defendant>[A-Z]\w+)", 0),
            (r"起诉|诉讼|(?i:filed\s+suit)", 0),
            (r"\bjudge\b", re.IGNORECASE | re.MULTILINE),
            (rb"[\x00-\x1f]+(?=x)", 0),
            ("[\U0001f600-\U0001f64f]|(a)(b)?", 0)]
TEXTS = ["OpenAI sued Musk", "他们提起诉讼", "They FILED  suit.\nJudge Roe", "\x01\x02x", "😀 ab a"]


def _kept(tmp_path) -> compiled.Kept:
    return compiled.Kept(tmp_path / "regex-test.json.z")


def _same(one: re.Pattern, other: re.Pattern) -> None:
    assert (one.pattern, one.flags, one.groups, dict(one.groupindex)) == \
           (other.pattern, other.flags, other.groups, dict(other.groupindex))
    for text in TEXTS:
        subject = text.encode("latin-1", "replace") if isinstance(one.pattern, bytes) else text
        assert [match.span() + match.groups() for match in one.finditer(subject)] == \
               [match.span() + match.groups() for match in other.finditer(subject)]


def test_a_kept_pattern_is_the_one_re_compiles_without_its_parser(tmp_path, monkeypatch):
    first = _kept(tmp_path)
    made = [first.compile(pattern, flags) for pattern, flags in PATTERNS]
    monkeypatch.setattr(compiled, "WORTH", 0.0)
    first.write()
    assert (tmp_path / "regex-test.json.z").is_file()

    fresh = [compiled._original(pattern, flags) for pattern, flags in PATTERNS]  # re's own compiler
    again = _kept(tmp_path)
    with monkeypatch.context() as patched:
        patched.setattr(compiled._parser, "parse", _no_parsing)
        read = [again.compile(pattern, flags) for pattern, flags in PATTERNS]
    for one, before, own in zip(read, made, fresh):
        _same(one, before)
        _same(one, own)
    assert not again.added  # nothing new: the file is not written again


def _no_parsing(*args, **kwargs):
    raise AssertionError("parsed again")


def test_a_damaged_file_is_a_miss(tmp_path, caplog):
    (tmp_path / "regex-test.json.z").write_bytes(zlib.compress(b'[["s", "x"]]'))
    with caplog.at_level(logging.WARNING, logger="kg"):
        kept = _kept(tmp_path)
    assert kept.entries == {} and "not a prebuilt compiled patterns" in caplog.text
    _same(kept.compile(r"a+b", 0), re.compile(r"a+b"))


def test_code_the_engine_refuses_is_compiled_again(tmp_path, monkeypatch):
    first = _kept(tmp_path)
    first.compile(r"(x)y+", 0)
    monkeypatch.setattr(compiled, "WORTH", 0.0)
    first.write()
    path = tmp_path / "regex-test.json.z"
    rows = json.loads(zlib.decompress(path.read_bytes()))
    rows[0][4] = "H" + base64.b64encode(b"\xff\xff" * 7).decode()  # words no pattern compiles to
    path.write_bytes(zlib.compress(json.dumps(rows).encode()))
    again = _kept(tmp_path)
    _same(again.compile(r"(x)y+", 0), re.compile(r"(x)y+"))
    assert again.added  # made again, and kept right at the next write


def test_a_process_writes_only_what_is_worth_keeping(tmp_path):
    kept = _kept(tmp_path)
    kept.compile(r"tiny", 0)  # far less than WORTH seconds of compiling
    kept.write()
    assert not (tmp_path / "regex-test.json.z").exists()


def test_a_new_process_reads_the_patterns_an_earlier_one_kept(tmp_path):
    """(a long pattern: short ones are compiled as ever, and a process that compiles none never reads the file)"""
    program = ("import re, sys\nimport kg, kg.compiled as c\nc.WORTH = 0.0\n"
               "p = re.compile('|'.join(f'word{n}' for n in range(100)) + sys.argv[1])\n"
               "print(sorted(c._kept.used) != [], bool(c._kept.added))")
    environment = {"KG_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    root = Path(compiled.__file__).parents[1]
    runs = [subprocess.run([sys.executable, "-c", program, "kept-test"], capture_output=True, text=True,
                           env=environment, cwd=root, check=True).stdout.split() for _ in range(2)]
    assert runs[0] == ["True", "True"] and runs[1] == ["True", "False"]  # compiled, then read
    assert list(tmp_path.glob("regex-*.json.z"))


def test_alternations_of_a_set_are_one_pattern_in_every_process():
    words = {"action", "suit", "sue", "lawsuit", "case", "claim"}
    assert alternatives(words) == "lawsuit|action|claim|case|suit|sue"
    assert alternatives(["suit", "case"]) == "case|suit"  # of one length: in their own order
    assert shared_prefixes({"court", "company", "companies"}) == shared_prefixes(["companies", "company", "court"])
