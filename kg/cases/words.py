"""The suit table's words: the lexicons it reads (data/lexicon/claims.tsv, context.tsv,
suits.tsv) as patterns, the link between a case's two sides (A 诉 B, A v. B) and the
simplified form a sentence is read in (訴 as 诉).

>>> claims_in(["纽约时报指控其侵犯版权和隐私"])
['copyright', 'privacy']
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path

from ..alternation import alternation
from ..kb import DATA_DIR, cue_words, tsv_rows
from ..later import later

LEXICON = DATA_DIR / "lexicon"
# A v. B, A vs B, A VS. B, Parker v Forsyth: the link between a case's sides in Latin letters (A 诉 B in Chinese)
LATIN_CASE_LINK = r"(?:v\.|V\.|vs\.?|VS\.?|(?<=\s)[vV](?=\s))"
# 诉 (訴) linking a case's two sides (A诉B案), not inside a word of its own: 起诉, 上诉, 公诉, 申诉, 投诉, 被诉,
# 败诉, 控诉, 告诉, 撤诉 (以撤诉结案), 反诉, 抗诉; 诉讼, 诉求, 诉状, 诉称, 诉请, 诉至 (kg.unnamed reads a story's suits by it too; not 胜诉,
# whose 胜 ends many a person's name: 李胜诉王某案)
SIDES_LINK = r"(?<![起上公申投被败敗控告撤反抗])[诉訴](?![讼訟求状狀称稱请請至])"
CASE_LINK = rf"(?:{SIDES_LINK}|{LATIN_CASE_LINK})"  # A诉B, A 訴 B, A v. B: the one link of a case's sides
# 纽约时报诉微软和OpenAI案, Getty Images v. Stability AI: a case's name as its two sides
CASE_PARTIES = later(rf"^(?P<plaintiffs>.+?)\s*{CASE_LINK}\s*(?P<defendants>.+?)\s*(?:一案|案件|案)?$")
CASE_SEPARATOR = later(rf"\s(?:v|vs|V|VS)\.?\s|{SIDES_LINK}")  # A v. B, A诉B案: the sides of a case name
TRAILING_LATIN = later(r"[A-Za-z][A-Za-z0-9.&' -]*$")
_SPACES = later(r"\s*")
SUIT_LINKS = ("plaintiff", "defendant", "court")  # edges of a named Case in the graph, apart from the 16 relations


def _pattern(cues: Iterable[str]) -> re.Pattern:
    """One pattern over the cues, in any case, the longest first; Latin cues match whole
    words, a * in one any one word (dismissed * claim: dismissed Mata's claim)."""
    return alternation(set(cues), re.IGNORECASE, latin_whole=True, literal=_words)


def _words(cue: str) -> str:
    """A cue's pattern: each * any one word (filed a * * lawsuit: filed a proposed class-action lawsuit)."""
    first, *rest = re.split(r"((?: \*)+) ", cue)
    return re.escape(first.strip()) + "".join(rf"(?:\s+\S+){{{len(stars.split())}}}\s+" + re.escape(part.strip())
                                             for stars, part in zip(rest[::2], rest[1::2]))


@functools.cache
def claim_patterns(path: Path = LEXICON / "claims.tsv") -> tuple[tuple[str, re.Pattern], ...]:
    """The claim lexicon: (claim, one pattern over its cues); Latin cues match whole
    words, case-insensitively (so "voice" is not found in "invoice")."""
    return tuple((row["claim"], _pattern(cue_words(row["cues"]))) for row in tsv_rows(path))


def claims_in(texts: Iterable[str]) -> list[str]:
    """The claims (copyright, privacy, …) whose cues occur in any of the texts."""
    return list(_claims_in("\n".join(texts)))  # (the suits of one sentence read it once)


@functools.lru_cache(maxsize=1 << 12)
def _claims_in(joined: str) -> tuple[str, ...]:
    return tuple(claim for claim, pattern in claim_patterns() if pattern.search(joined))


@functools.lru_cache(maxsize=4096)
def _simplified(sentence: str) -> str:
    """A sentence in simplified characters where that keeps every position (a character for a
    character), else as it is."""
    if sentence.isascii():
        return sentence
    from ..script import simplified
    converted = simplified(sentence)
    return converted if len(converted) == len(sentence) else sentence


SUITS_LEXICON = LEXICON / "suits.tsv"  # the table's own words (bare_kind, place_descriptor, appeal_open)


@functools.cache
def context_cues(kind: str, path: Path = LEXICON / "context.tsv") -> tuple[str, ...]:
    """The context cues of one kind, as context.tsv lists them."""
    return next((cue_words(row["cues"]) for row in tsv_rows(path) if row["kind"] == kind), ())


@functools.cache
def context_words(kind: str, path: Path = LEXICON / "context.tsv") -> re.Pattern:
    """One pattern over the context cues of one kind: court_reference (该法院, 该院, the
    court: the court last named), higher_court (上诉法院, Court of Appeals: a court a suit
    reaches on appeal, not where it is filed), transfer (移送至: the court a suit moves to),
    event_reference (该裁定, 该和解: an event told before)."""
    return _pattern(context_cues(kind, path))


_CLAUSES = later(r"[^，,；;。]+")
