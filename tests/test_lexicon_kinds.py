"""Every lexicon table read as kind -> words names each kind once: a second row of one kind
would silently replace the first wherever the table is read into a dict."""
from __future__ import annotations

from collections import Counter

import pytest

from kg.kb import DATA_DIR, tsv_rows



def _read_as_dict(path) -> bool:
    """A table of kind -> words (two columns: kind and cues or words); tables of kind ->
    pattern rows (story.tsv) or keyed by two columns (boilerplate.tsv) hold many rows of one
    kind by design."""
    header = set((tsv_rows(path)[:1] or [{}])[0])
    return header in ({"kind", "cues"}, {"kind", "words"})


TABLES = sorted(path for path in (DATA_DIR / "lexicon").glob("*.tsv") if _read_as_dict(path))


@pytest.mark.parametrize("path", TABLES, ids=lambda path: path.name)
def test_each_kind_is_defined_once(path):
    counts = Counter(row["kind"] for row in tsv_rows(path))
    assert [kind for kind, n in counts.items() if n > 1] == []


def test_the_kind_tables_are_found():
    assert {"context.tsv", "english.tsv", "english_facts.tsv"} <= {path.name for path in TABLES}
