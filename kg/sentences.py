"""Sentences of an item's text, with exact offsets: what a fact's evidence cites.

Chinese ends a sentence at 。！？；, at a line break and at ASCII !?; (the extractor's
rules all along).  English also ends one at a period followed by a space and a capital
(…on Wednesday. The suit…), unless the word before the period says otherwise
(data/lexicon/sentences.tsv): an abbreviation that never ends a sentence (v., No., Jan.,
Sen.), an initial (J. Smith), or the end of a name (Inc., Corp., U.S.) followed by a word
that does not start sentences.  A period with no space and capital after it ends nothing,
so a Chinese sentence naming OpenAI Inc. stays whole, and so do decimals (30.5).

>>> Sentences({"abbreviation": ("v",), "name_end": ("Co",), "sentence_start": ("The",)}).spans(
...     "The New York Times Co. sued OpenAI. The case is New York Times Co. v. Microsoft Corp.")
((0, 35), (36, 85))
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .alternation import alternatives

CLAUSE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
CLAUSE_MARK = re.compile(r"[，；;]|,(?!\d{3})")  # a mark between clauses: not the comma of $3,000
# a period (and the quotes or brackets closing there, and a footnote's mark: …without authorization.[1]
# According to…) before a space and a capital or digit
PERIOD = re.compile(r"\.[\"'’”)\]]*(?:\[\d{1,3}\])*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
WORD_BEFORE = re.compile(r"(?<![A-Za-z.])[A-Za-z]+(?:\.[A-Za-z]+)*$")
WORD_AFTER = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z]+)")
LOOK_BACK = 24  # characters before a period that hold the word it ends
# $1. 5 billion, February 9. 2024: a period after a number of one or two digits inside a line and
# before one space and a digit is a decimal point or a date's comma that PDF or HTML extraction
# spaced out, no sentence's end (a list's "3. 28 countries" opens its line; "in 2023. 5 firms" ends one)
SPACED_NUMBER = re.compile(r"[^\s][ \t]*[$€£¥]?(?<![\d,.])\d{1,2}$")
#: The longest sentence the rules read as one: a longer run without a full stop is read in
#: pieces cut at its last clause mark (or space) before the limit, so that no rule's cost
#: grows with the square of a hostile sentence (90 KB without a 。 took 300 s).  The
#: longest sentence of every corpus in bench/ and the seeds is 521 characters.
LONGEST_SENTENCE = 1_000
# the number or bullet before a case card's label, on the label's own line: （1）法院：X, 2. Parties:, - Court: X
CARD_MARK = r"^[ \t\u3000]*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．]|[-*•●])?[ \t\u3000]*"


def card_line(labels: Iterable[str]) -> re.Pattern:
    """A case card's line opening with one of the labels (context.tsv court_field,
    party_label): its number or bullet, the label, the colon and the space after it; the
    line's value starts where the match ends (（1）法院：X, 2. Parties: A (plaintiff))."""
    return re.compile(rf"{CARD_MARK}(?:{alternatives(labels)})\s*[：:]\s*", re.IGNORECASE | re.MULTILINE)


class Sentences:
    """Splits text into sentence spans; ``spans(text)`` is remembered for the last texts
    (an item's text is split once for its facts and again for each fact's evidence)."""

    def __init__(self, words: dict[str, tuple[str, ...]]) -> None:
        self.abbreviations = frozenset(words.get("abbreviation", ()))
        self.name_ends = frozenset(words.get("name_end", ()))
        self.sentence_starts = frozenset(words.get("sentence_start", ()))
        self.spans = lru_cache(maxsize=64)(self._spans)

    def _spans(self, text: str) -> tuple[tuple[int, int], ...]:
        spans = self.whole(text)
        return tuple(span for span in map(_stripped(text), _pieces(text, spans)) if span[1] > span[0])

    def runs(self, text: str) -> list[tuple[int, int]]:
        """The runs of ``text`` longer than LONGEST_SENTENCE with no sentence end in them (a
        list or a table run together, a hostile input): no sentence of any corpus in bench/,
        the seeds or the real texts is half as long (kg.pipeline reads them apart, UNBROKEN)."""
        return [(start, end) for start, end in self.whole(text) if end - start > LONGEST_SENTENCE]

    def whole(self, text: str) -> list[tuple[int, int]]:
        """The sentence spans of ``text`` before long ones are cut into pieces (spans())."""
        spans = []
        for clause in CLAUSE.finditer(text):
            start, end = clause.span()
            if text.find(".", start, end) >= 0:  # most Chinese clauses have none
                for period in PERIOD.finditer(text, start, end):
                    if self.ends_sentence(text, period.start(), period.end()):
                        spans.append((start, period.end()))
                        start = period.end()
            spans.append((start, end))
        return spans

    def ends_sentence(self, text: str, period: int, after_period: int) -> bool:
        """Whether the period at ``period`` ends an English sentence."""
        if text.startswith(" ", period + 1) and text[period + 2:period + 3].isdigit() \
                and SPACED_NUMBER.search(text, max(0, period - LOOK_BACK), period):
            return False
        before = WORD_BEFORE.search(text, max(0, period - LOOK_BACK), period)
        if before is None:
            return True  # …in 2023. The…, …(Reuters). The…
        word = before.group()
        if word in self.abbreviations or (len(word) == 1 and word.isupper()):
            return False  # v. Microsoft, No. 23, J. Smith
        if word in self.name_ends or "." in word:
            following = WORD_AFTER.match(text, after_period)
            return bool(following) and following.group(1) in self.sentence_starts
        return True


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each longer than LONGEST_SENTENCE cut into pieces no longer, each
    ending at the last clause mark (，；,) or else the last space within the limit."""
    pieces = []
    for start, end in spans:
        while end - start > LONGEST_SENTENCE:
            limit = start + LONGEST_SENTENCE
            cut = max(text.rfind(mark, start + 1, limit) for mark in "，；;,") + 1
            if cut <= start + 1:
                cut = text.rfind(" ", start + 1, limit) + 1
            if cut <= start + 1:
                cut = limit
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces


def _stripped(text: str):
    def strip(span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end
    return strip
