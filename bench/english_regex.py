"""The English cue patterns' compile cost, and whether the composed patterns are re.compile's.

    .venv/bin/python bench/english_regex.py [--sample 124] [--check]

Makes every pattern of data/lexicon/english_cues.tsv, story.tsv and deals.tsv as
kg.facts.english does (and its own patterns holding a group of names), and prints their source size, the CPU seconds to compile
``--sample`` of them (spread over the files) with kg.facts.english_regex's Composer (in a
fresh Composer: each part parsed and translated once, as in a new process) and with
re.compile.  ``--check`` compares, for every pattern, the Composer's program with the one
re.compile makes (slow: it parses every pattern in full) and exits 1 on a difference.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from kg.facts.base import SIGNATURES  # noqa: E402
from kg.facts.english import EnglishFacts  # noqa: E402
from kg.facts.english_regex import Composer, same_program  # noqa: E402
from kg.kb import KnowledgeBase, tsv_rows  # noqa: E402
from kg.later import Later  # noqa: E402


class _Source:
    """Stands in for the Composer: gives back the source a pattern compiles."""

    def compile(self, source: str) -> str:
        return source


def sources(english: EnglishFacts) -> list[str]:
    lexicon = english.kb.data_dir / "lexicon"
    texts = [row["pattern"] for row in english.cue_rows]
    texts += [row["pattern"] for name in ("story.tsv", "deals.tsv") for row in tsv_rows(lexicon / name)]
    composer, english.composer = english.composer, _Source()
    try:
        made = [english.compile(text) for text in texts]
    finally:
        english.composer = composer
    # and the extractor's own patterns holding a group (kg.facts.english compiles them through the composer,
    # at their first use: Later holders, whose source is read without compiling them)
    return made + [value.pattern for value in vars(english).values()
                   if (isinstance(value, Later) or isinstance(value, re.Pattern) and not value.flags & re.IGNORECASE)
                   and english.group in value.pattern]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=124, help="Patterns to time (an English build compiles about 124).")
    parser.add_argument("--check", action="store_true", help="Compare every pattern's program with re.compile's.")
    arguments = parser.parse_args()
    english = EnglishFacts(KnowledgeBase.load(), SIGNATURES)
    every = sources(english)
    step = max(1, len(every) // max(1, arguments.sample))
    sample = every[::step][:arguments.sample]
    print(f"{len(every)} patterns, {sum(map(len, every)) / 1e6:.1f} MB of source; timing {len(sample)} "
          f"({sum(map(len, sample)) / 1e6:.1f} MB)")
    composer = Composer(english.composer.parts)
    began = time.process_time()
    for source in sample:
        composer.compile(source)
    print(f"composed:   {time.process_time() - began:6.2f} CPU s")
    began = time.process_time()
    for source in sample:
        re.compile(source)
    print(f"re.compile: {time.process_time() - began:6.2f} CPU s")
    if arguments.check:
        different = [number for number, source in enumerate(every) if not same_program(composer, source)]
        print(f"programs different from re.compile's: {len(different)} of {len(every)} {different[:10]}")
        return 1 if different else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
