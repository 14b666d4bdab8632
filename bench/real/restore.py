"""Cut a page excerpt the `search` tool returned to one manifest line's text, check it, save it.

    python bench/real/restore.py ID EXCERPT_FILE      # writes $AILAW_REAL/ID.txt when the checksum matches

EXCERPT_FILE holds the answer's excerpt for the line's url, as returned (JSON escapes decoded), with the
page chrome the line's ``dropped`` names taken out where it falls inside the text.  The text runs from
``first_words`` to ``last_words`` (found however white space falls between their words: a manifest's
first words may join a dateline and a headline with a space where the page breaks the line).  Pages
change their white space and punctuation between crawls, so these forms are tried in turn, each checked
against the line's SHA-256: as cut; lines left-stripped; runs of blank lines made one; blank lines
dropped; ASCII punctuation for the full-width forms (，：（）) a page may have changed; then, over the
cut's blank-line runs, each run one or two lines shorter or longer (up to ``--gaps`` runs changed at once).
Exit status 0 when saved, 1 when no form matched (the lengths tried are printed beside the manifest's).
"""
from __future__ import annotations

import argparse
import itertools
import re
import sys
from pathlib import Path

from corpus import checksum, documents, normalise, text_path

_HALF = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"})


def _loose(words: str) -> re.Pattern:
    """The words with any run of white space between them matching any other."""
    return re.compile(r"\s+".join(re.escape(part) for part in words.split()))


def cut(row: dict, excerpt: str) -> str | None:
    """The excerpt from the line's first words to the end of its last ones, or None; where the
    words are not found, the excerpt with ASCII punctuation for the full-width forms is tried."""
    for text in (excerpt, excerpt.translate(_HALF)):
        first = _loose(row["first_words"]).search(text)
        ends = list(_loose(row["last_words"]).finditer(text))
        if first is not None and ends and ends[-1].end() > first.start():
            return text[first.start():ends[-1].end()]
    return None


def forms(text: str):
    """The forms of a cut tried against the checksum, each with its name."""
    stripped = "\n".join(line.lstrip() for line in text.split("\n"))
    for name, base in (("as cut", text), ("left-stripped", stripped)):
        yield name, base
        yield f"{name}, blank runs as one", re.sub(r"\n\s*\n\s*(?:\n\s*)*", "\n\n", base)
        yield f"{name}, no blank lines", re.sub(r"\n\s*\n", "\n", base)
        yield f"{name}, ASCII punctuation", base.translate(_HALF)


def regapped(text: str, most: int):
    """The cut with up to ``most`` of its line breaks or blank-line runs one or two lines shorter or longer."""
    parts = re.split(r"(\n(?:[ \t\u00a0\u3000]*\n)*)", text)
    lines, gaps = parts[0::2], [part.count("\n") for part in parts[1::2]]
    for changed in range(1, most + 1):
        for where in itertools.combinations(range(len(gaps)), changed):
            for steps in itertools.product((-2, -1, 1, 2), repeat=changed):
                new = list(gaps)
                for at, step in zip(where, steps):
                    new[at] = max(1, new[at] + step)
                yield f"{changed} blank-line runs changed", lines[0] + "".join(
                    "\n" * gap + line for gap, line in zip(new, lines[1:]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("id")
    parser.add_argument("excerpt", type=Path)
    parser.add_argument("--gaps", type=int, default=2, help="most blank-line runs changed at once (default 2)")
    options = parser.parse_args(argv)
    row = next((r for r in documents() if r["id"] == options.id), None)
    if row is None:
        print(f"{options.id}: no such manifest line")
        return 1
    text = cut(row, options.excerpt.read_text(encoding="utf-8"))
    if text is None:
        print(f"{options.id}: first_words or last_words not in {options.excerpt}")
        return 1
    tried = []
    for name, form in itertools.chain(forms(text), regapped(text, options.gaps)):
        if checksum(form) == row["sha256"]:
            path = text_path(row)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(normalise(form), encoding="utf-8")
            print(f"{options.id}: saved ({name})")
            return 0
        tried.append(len(normalise(form)) - 1)
    print(f"{options.id}: no form matched: {min(tried)}-{max(tried)} characters against the manifest's "
          f"{row.get('chars')}; dropped: {row.get('dropped')}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
