"""A lexicon's words as one regular expression: the one helper every family uses to turn
the words of `data/lexicon/*` into a pattern.

The longest word comes first, so that 提起诉讼 wins over 诉讼 and "class action" over
"action"; every word is taken literally.

>>> alternatives(["诉讼", "提起诉讼"])
'提起诉讼|诉讼'
>>> alternation(["sued", "filed suit"], spaced=True).search("she filed  suit").group()
'filed  suit'
>>> bool(alternation(["voice"], latin_whole=True).search("an invoice"))
False
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .lookahead import scanning

NEVER = r"(?!)"  # the alternation of no words: matches nothing


def alternatives(words: Iterable[str], *, spaced: bool = False, latin_whole: bool = False,
                 literal: Callable[[str], str] = re.escape) -> str:
    """The words as one alternation, the longest first; '' for none.

    spaced: a space inside a phrase matches any run of white space.
    latin_whole: a Latin (ASCII) word matches only as a whole word (\\b on both sides),
    a Chinese word anywhere.
    literal: how one word becomes a pattern (re.escape; kg.cases lets "dismissed * claim"
    stand for any one word in the middle)."""
    patterns = []
    # words of one length in their own order (those given as a set in one order in every process: the
    # same pattern); two of one length never both match at one place
    for word in sorted(words, key=lambda word: (-len(word), word)):
        pattern = literal(word)
        if spaced:
            pattern = pattern.replace(r"\ ", r"\s+")
        patterns.append(rf"\b{pattern}\b" if latin_whole and word.isascii() else pattern)
    return "|".join(patterns)


def alternation(words: Iterable[str], flags: int = 0, *, spaced: bool = False, latin_whole: bool = False,
                literal: Callable[[str], str] = re.escape, whole_words: bool = False) -> re.Pattern:
    """The words as one compiled pattern (see alternatives), never matching for none.

    whole_words: the match has no word character or dot before it and no word character
    after it (English names: "Meta" not in "Metaverse")."""
    body = alternatives(words, spaced=spaced, latin_whole=latin_whole, literal=literal) or NEVER
    # behind the look-ahead of the words' first characters (kg.lookahead scanning): a text is
    # not tried at every character against every word (\b before a Latin word, or an
    # alternation written case-insensitive, keeps re from skipping ahead by itself)
    return scanning(rf"(?<![\w.])(?:{body})(?![\w])" if whole_words else body, flags)


def shared_prefixes(words: Sequence[str] | set[str], spaced: bool = False) -> str:
    """``alternatives(words, spaced=spaced)`` with the words' shared beginnings
    written once (court|company|companies -> co(?:urt|mpan(?:y|ies))): the same matches
    tried in the same order, the longest word first (of the words matching at one place, one
    begins the other), but ``re`` reads a word's next character against the few that may
    follow, not the text against each of 200 words.  Words with white space other than
    single spaces inside are written as alternatives writes them."""
    # (a set in one order in every process: the same pattern, whatever the set's order)
    words = sorted(words) if isinstance(words, (set, frozenset)) else list(dict.fromkeys(words))
    if any(word != word.strip() or "  " in word or any(c.isspace() and c != " " for c in word) for word in words):
        return alternatives(words, spaced=spaced)
    return prefix_tree(words, lambda c: r"\s+" if spaced and c == " " else re.escape(c))


def prefix_tree(words: Sequence[str], token: Callable[[str], str]) -> str:
    """The words as one alternation, each character written by ``token``, each shared
    beginning once; where a word ends and longer ones go on, the longer are tried first."""
    tree: dict = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(token(character), {})
        node[""] = {}  # a word ends here

    def written(node: dict) -> str:
        branches = [part + written(child) for part, child in node.items() if part] + ([""] if "" in node else [])
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return written(tree) if words else ""


def _plain(characters: Iterable[str]) -> bool:
    """Whether every character is ASCII or has no case (Chinese, digits, punctuation): where
    ``re.IGNORECASE`` matches a character only as its ASCII lower or upper case."""
    return all(c.isascii() or c.lower() == c == c.upper() for c in characters)


def openings(words: Iterable[str]) -> frozenset[str] | None:
    """The first three characters of each word, lower-cased (all of a shorter word), what
    a text must hold somewhere for an ``alternation(words, re.IGNORECASE)`` to match in it
    (see openings_of); None where that cannot be told (an empty word, a cased letter
    outside ASCII: ſ matches s, K matches k)."""
    words = list(words)
    if not all(words) or not _plain("".join(words)):
        return None
    return frozenset(word[:3].lower() for word in words)


def openings_of(text: str, start: int, end: int) -> frozenset[str] | None:
    """The runs of one, two and three characters of text[start:end], lower-cased, or None for a
    text with a cased letter outside ASCII.  An ``alternation(words, re.IGNORECASE)`` whose
    ``openings(words)`` share none of them has no match there: a long sentence is scanned
    once, not once per lexicon kind (438 of them for kg.learn's context words).

    >>> sorted(openings(["Board", "董事会", "by"]) & openings_of("the board met", 0, 13))
    ['boa']
    """
    part = text[start:end]
    if not _plain(set(part)):
        return None
    part = part.lower()
    pairs = list(map(str.__add__, part, part[1:]))
    return frozenset(part) | frozenset(pairs) | frozenset(map(str.__add__, pairs, part[2:]))
