"""A look-ahead for the characters a regular expression's match can start with.

Python's ``re`` skips quickly to where a pattern can start only when every alternative
begins with a plain character; a long alternation of expressions (relative dates, field
labels, some case-insensitive) is otherwise tried, alternative after alternative, at every
character of the text.  ``starts_with(pattern) + pattern`` matches what ``pattern``
matches, and at the other positions fails after one look at one character.
"""
from __future__ import annotations

import re


def _parser():
    """CPython's own parser of regular expressions (what re.compile runs) and its opcodes,
    or None.  They are private: ``re._parser`` and ``re._constants`` from Python 3.11 on
    (checked with 3.11.7, 3.12.1 and 3.13.0: the same look-aheads), ``sre_parse`` and
    ``sre_constants`` before (3.10.13 checked).  Where neither is there, or the parser's
    shape has changed, starts_with tells nothing and every pattern is compiled as it is:
    the same matches, only slower (tests/test_lookahead.py checks both ways)."""
    try:
        from re import _constants as constants, _parser as parser
    except ImportError:
        try:
            import sre_constants as constants, sre_parse as parser
        except ImportError:
            return None
    return parser, constants


_PARSER = _parser()


def starts_with(pattern: str, flags: int = 0) -> str:
    """A look-ahead for the characters a match of ``pattern`` (compiled with ``flags``) can
    start with, or "" where that cannot be told (a match starting with any character, or
    with nothing).

    >>> starts_with(r"同年|次月|(?i:later that year)")
    '(?=[同次]|(?i:[l]))'
    """
    if _PARSER is None:
        return ""
    parser, sre = _PARSER
    try:
        parsed = parser.parse(pattern, flags)
        found = _starts(parsed.data, bool(parsed.state.flags & re.IGNORECASE), sre)
    except Exception:  # a private parser of another shape: no look-ahead, never a wrong one
        return ""
    if found is None or found[1]:
        return ""
    anywhere = {(member, ignoring_case) for member, ignoring_case, bounded in found[0] if not bounded}
    at_bound = {(member, ignoring_case) for member, ignoring_case, bounded in found[0] if bounded} - anywhere
    bound = _classes(at_bound)  # (what only a branch opening with \b starts with: only where \b holds)
    return "(?=" + "|".join(_classes(anywhere) + ([rf"\b(?:{'|'.join(bound)})"] if bound else [])) + ")"


def _classes(members: set[tuple[str, bool]]) -> list[str]:
    """The members as a class of those matched as they are and one of those matched ignoring case."""
    plain = "".join(sorted(member for member, ignoring_case in members if not ignoring_case))
    cased = "".join(sorted(member for member, ignoring_case in members if ignoring_case))
    return ([f"[{plain}]"] if plain else []) + ([f"(?i:[{cased}])"] if cased else [])


def scanning(pattern: str, flags: int = 0) -> re.Pattern:
    r"""``re.compile(pattern, flags)`` for a pattern looked for along a whole text (finditer,
    search), behind the look-ahead of where a match can start: the same matches, found
    without trying the pattern at every character (one opening with a look-behind,
    (?<![\w.])Judge…, is otherwise tried everywhere).

    >>> scanning(r"(?<![\w.])Judge (?P<name>[A-Z][a-z]+)").search("该案由 Judge Roe 审理").group("name")
    'Roe'
    """
    ahead = starts_with(pattern, flags)
    return re.compile(f"{ahead}(?:{pattern})" if ahead else pattern, flags)


_WORD_KINDS = re.ASCII | re.LOCALE | re.UNICODE  # (what a \b is told by: one set inside a group is no \b of the whole)


def _starts(items: list, ignoring_case: bool, sre, bounded: bool = False, bounds: bool = True
            ) -> tuple[set[tuple[str, bool, bool]], bool] | None:
    """The members of a character class (``a``, ``0-9``, ``\\d``), each with whether it is
    matched ignoring case and whether only where a \\b holds (``bounded``: the items' match
    begins after one, a Latin cue's ``\\bsued``), that a match of the parsed ``items`` can start
    with, and whether the items can match nothing; None for what is not told (any character,
    [^…]). ``bounds``: whether a \\b here is the whole pattern's."""
    members: set[tuple[str, bool, bool]] = set()
    for operator, value in items:
        if operator is sre.AT and value == sre.AT_BOUNDARY and bounds:
            bounded = True  # (what follows starts the match only where the items before matched nothing)
            continue
        if operator in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # \B, (?<=…), (?!…): no character of the match
        if operator is sre.LITERAL:
            return members | {(re.escape(chr(value)), ignoring_case, bounded)}, False
        if operator is sre.IN:
            inside = _class_members(value, sre)
            return (None if inside is None else (members | {(member, ignoring_case, bounded) for member in inside}, False))
        if operator is sre.SUBPATTERN:
            _, add, remove, inner = value
            found = _starts(inner.data, (ignoring_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE, sre,
                            bounded, bounds and not (add | remove) & _WORD_KINDS)
        elif operator is sre.BRANCH:
            branches = [_starts(list(branch), ignoring_case, sre, bounded, bounds) for branch in value[1]]
            if any(branch is None for branch in branches):
                return None
            found = (set().union(*(branch[0] for branch in branches)), any(branch[1] for branch in branches))
        elif operator in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, inner = value
            found = _starts(list(inner), ignoring_case, sre, bounded, bounds)
            found = found and (found[0], found[1] or low == 0)
        else:
            return None
        if found is None:
            return None
        members |= found[0]
        if not found[1]:
            return members, False
    return members, True


def _class_members(items: list, sre) -> set[str] | None:
    """The members of a parsed character class, as written in one; None for a negated one."""
    categories = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
                  sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
    members = set()
    for operator, value in items:
        if operator is sre.LITERAL:
            members.add(re.escape(chr(value)))
        elif operator is sre.RANGE:
            members.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif operator is sre.CATEGORY and value in categories:
            members.add(categories[value])
        else:
            return None
    return members


# -- the words a match must hold --------------------------------------------------------
CUE_WORDS = 64  # at most this many words to look for before a pattern is run (more cost more than they save)


def required(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Words one of which every match of ``pattern`` holds (or its look-arounds see): a run of
    plain characters the pattern cannot do without (``District of`` in ``(?:the )?District of
    [A-Z]\\w+``), or one of each branch's; () where none can be told (a character matched
    ignoring case, a class, an optional part alone). A text holding none of them holds no match.

    >>> required(r"(?<![\\w.])(?:the\\s+)?District of (?P<state>[A-Z][a-z]+)")
    ('District of ',)
    >>> required(r"(?:sued|filed suit against)\\s+\\w+")
    ('filed suit against', 'sued')
    >>> required(r"(?i:county)\\s+[A-Z]\\w*")
    ()
    """
    if _PARSER is None:
        return ()
    parser, sre = _PARSER
    try:
        parsed = parser.parse(pattern, flags)
        found = _required(list(parsed.data), bool(parsed.state.flags & re.IGNORECASE), sre)
    except Exception:  # a private parser of another shape: no words, the pattern always run
        return ()
    return tuple(sorted(found)) if found else ()


def _better(one: frozenset[str] | None, other: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of words (either of which a match holds), the one rarer in a text: its
    shortest word the longer (up to 6 characters), then the fewer words; a set of more than
    CUE_WORDS words is none."""
    candidates = [words for words in (one, other) if words and len(words) <= CUE_WORDS]
    return max(candidates, key=lambda words: (min(6, *map(len, words)), -len(words)), default=None)


def _required(items: list, ignoring_case: bool, sre) -> frozenset[str] | None:
    """The words one of which a match of the parsed ``items`` holds, or None."""
    best, run = None, ""
    for operator, value in items:
        if operator is sre.LITERAL and not ignoring_case:
            run += chr(value)
            continue
        best, run = _better(best, frozenset({run}) if run else None), ""
        if operator is sre.SUBPATTERN:
            _, add, remove, inner = value
            found = _required(list(inner.data), (ignoring_case or bool(add & re.IGNORECASE))
                              and not remove & re.IGNORECASE, sre)
        elif operator is sre.ATOMIC_GROUP:
            found = _required(list(value), ignoring_case, sre)
        elif operator is sre.ASSERT:  # (?=…), (?<=…): what it sees is in the text too
            found = _required(list(value[1]), ignoring_case, sre)
        elif operator is sre.BRANCH:
            branches = [_required(list(branch), ignoring_case, sre) for branch in value[1]]
            found = None if any(not branch for branch in branches) else frozenset().union(*branches)
        elif operator in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, inner = value
            found = _required(list(inner), ignoring_case, sre) if low >= 1 else None
        else:  # a class, any character, an anchor, (?!…), a back-reference: no word
            found = None
        best = _better(best, found)
    return _better(best, frozenset({run}) if run else None)


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_RUN_BREAK = "\x00"  # between two runs of _ascii_runs: no word holding it is looked for there
_last_runs: list = [None, ""]  # the last text _ascii_runs read and its runs (one text's, read by every pattern)


def _ascii_runs(text: str) -> str:
    """The text's runs of ASCII characters, joined by _RUN_BREAK: a word of ASCII characters (without
    _RUN_BREAK) stands in the text exactly where it stands in one of its runs, so exactly where it stands
    in these (it cannot run over a break)."""
    if _last_runs[0] is not text:
        _last_runs[0], _last_runs[1] = text, _RUN_BREAK.join(_ASCII_RUN.findall(text))
    return _last_runs[1]


class Cued:
    """A compiled pattern looked for along a whole text (``scanning``) that is not run over a
    text holding none of its ``required`` words: ``finditer``, ``search`` and ``findall`` then
    find nothing at once, as the pattern would (the same matches, the words looked for once
    a text); every other use is the compiled pattern's own.  Given its source instead of the
    compiled pattern (``cued``), it is compiled on first use: at the first text holding one
    of the words, or the first other attribute asked for (a process that reads no English
    never compiles the English names' patterns)."""

    _KEPT = ("pattern", "flags", "groups", "groupindex", "match", "fullmatch", "sub", "subn", "split")

    def __init__(self, compiled: re.Pattern | tuple[str, int], words: tuple[str, ...]) -> None:
        self.words = words
        # the words of ASCII characters alone, looked for in the text's ASCII runs (_ascii_runs), and the others
        self._ascii_words = tuple(word for word in words if word.isascii() and _RUN_BREAK not in word)
        self._other_words = tuple(word for word in words if not (word.isascii() and _RUN_BREAK not in word))
        if isinstance(compiled, tuple):
            self._source = compiled  # (pattern, flags): scanning(pattern, flags) when first asked for
        else:
            self._keep(compiled)
        self._text, self._held = None, True

    def _keep(self, compiled: re.Pattern) -> None:
        self.compiled = compiled
        for name in self._KEPT:
            setattr(self, name, getattr(compiled, name))

    def __getattr__(self, name: str):
        # only for what is not kept yet: compiled, or one of _KEPT, before the pattern was compiled
        if name in self._KEPT or name == "compiled":
            source = self.__dict__.get("_source")
            if source is not None and "compiled" not in self.__dict__:
                self._keep(scanning(*source))
                return self.__dict__[name]
        raise AttributeError(name)

    def held(self, text: str) -> bool:
        """Whether ``text`` holds one of the words (the last text's answer kept).  A word of ASCII
        characters is looked for in the text's ASCII runs (_ascii_runs: a Chinese item's few English
        words, not its whole text, each word read as the text's wider characters)."""
        if text is not self._text:
            held = any(map(text.__contains__, self._other_words))  # (no generator: once a pattern an item)
            if not held and self._ascii_words:
                held = any(map((text if text.isascii() else _ascii_runs(text)).__contains__, self._ascii_words))
            self._text, self._held = text, held
        return self._held

    def finditer(self, text: str, *bounds):
        return self.compiled.finditer(text, *bounds) if self.held(text) else iter(())

    def search(self, text: str, *bounds):
        return self.compiled.search(text, *bounds) if self.held(text) else None

    def findall(self, text: str, *bounds):
        return self.compiled.findall(text, *bounds) if self.held(text) else []

    def __repr__(self) -> str:
        return f"Cued({self.compiled!r}, {self.words!r})"


def cued(pattern: str, flags: int = 0) -> re.Pattern | Cued:
    """``scanning(pattern, flags)``, not run over a text holding none of the words every match
    holds (``required``; the pattern itself where there are none)."""
    words = required(pattern, flags)
    return Cued((pattern, flags), words) if words else scanning(pattern, flags)
