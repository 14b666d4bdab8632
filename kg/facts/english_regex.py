"""Big regular expressions made of shared parts, each part parsed and translated once per
process.

An English cue pattern (kg.facts.english) is 70-170 KB of regular-expression source,
nearly all of it the same few parts written again (a group of coordinated names, one name
with its description: kg.facts.english ``group``, ``element``, ``kind``).  ``re.compile``
spends its time in Python, parsing that source (about nine tenths) and translating the parsed
form into the engine's program (the rest); the pattern's own words are a few hundred
characters.  ``Composer.compile(source)`` gives the pattern ``re.compile(source)`` gives, the
very same program for the engine (``same_program`` checks it; tests/test_english_regex.py and
bench/english_regex.py run it), while doing the work for each part once:

- the source is parsed with every occurrence of a part stood in for by one private character,
  and the part's parsed form (parsed the first time it is met) is put back in its place, its
  capturing groups numbered as they fall in the whole;
- the program is translated with every part's place held by filler of the length of the
  part's program (translated once for each group numbering it is met at), which then takes
  the filler's place: the program around a part depends on its length alone.

Nothing is read from disk: the parts are parsed in memory, from the source the process made.
Where the standard library's parser is not the one this is written for (another Python), or
a part stands where the parser would read it differently in place (before a quantifier,
opening a branch of an alternation, as a whole branch, holding an alternation of its own
outside brackets, or under a case-insensitive or look-behind bracket), the source is compiled
as written.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

try:  # the standard library's own parser and compiler (Python 3.11+)
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover  another Python: every pattern compiled as written
    _parser = None
else:
    _REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
    _REFERENCES = (_constants.GROUPREF, _constants.GROUPREF_EXISTS, _constants.GROUPREF_IGNORE,
                   _constants.GROUPREF_LOC_IGNORE, _constants.GROUPREF_UNI_IGNORE)

_MARK = 0xE000  # the first of the private characters standing for parts' occurrences
_MARKS = 0x1000
_MARKED = re.compile(f"[{chr(_MARK)}-{chr(_MARK + _MARKS - 1)}]")
_QUANTIFIER = frozenset("*+?{")
_ENCLOSED = re.compile(r"\((?:\?(?::|P<\w+>|[aiLmsux-]+:))?$")  # what opens a bracket a part may fill


class _Unsplittable(Exception):
    """A source whose parts cannot be put back as parsed: it is compiled as written."""


@dataclass
class _Splice:
    """One splicing walk: each mark's part, the names of the groups of the tree walked, the
    whole's groups, which subpatterns must be made anew (by id), the flags in force, and the
    parts put back (their filler's number, part, flags, first group's number)."""
    occurrences: list[int]
    names: dict[int, str]
    state: object
    copied: dict[int, bool]
    flags: int = 0
    placed: list[tuple[int, int, int]] = field(default_factory=list)
    mode: str = "real"  # how parts are put back: "real" (their groups numbered in the whole), "fill" (filler
    # holding their program's place, their groups counted: the program's walk), "shape" (as parsed: the head's walk)
    items: list = field(default_factory=list)  # the items the walk made
    # each group of the tree walked that a back-reference may name: its number in the whole, by its number in the
    # tree; only a group opened before any part holding groups (the head's walk does not count a part's groups,
    # the others do) and holding no part (the filler's width, not the part's, would be read for the reference)
    renumbered: dict[int, int] = field(default_factory=dict)


class Composer:
    """Compiles sources made of ``parts`` (a part may hold a smaller one), each part parsed
    and translated once."""

    def __init__(self, parts: Sequence[str]) -> None:
        self.parts = sorted(dict.fromkeys(p for p in parts if p), key=len, reverse=True)
        self.branched = [_top_level_bar(part) for part in self.parts]
        self.parsed: dict[int, object] = {}  # a part's parsed form, by its place in self.parts
        self.copied: dict[int, bool] = {}  # which subpatterns of the parsed parts hold a group (_copied)
        self.programs: dict[tuple[int, int, int], list[int]] = {}  # a part's program by flags and first group
        self.checked: dict[int, bool] = {}  # whether a part can be put back in a whole (placeable)
        self.marks: dict[tuple[int, int], list[int] | None] = {}  # where a part's program numbers its groups

    def add(self, parts: Sequence[str]) -> None:
        """More parts (a grammar made after the first compilations: a pattern's gap holding
        a group); what was parsed and translated of the others is kept."""
        before = self.parts
        self.parts = sorted(dict.fromkeys([*before, *(p for p in parts if p)]), key=len, reverse=True)
        self.branched = [_top_level_bar(part) for part in self.parts]
        moved = {index: self.parts.index(part) for index, part in enumerate(before)}
        self.parsed = {moved[index]: tree for index, tree in self.parsed.items()}
        self.programs = {(moved[index], flags, first): code for (index, flags, first), code in self.programs.items()}
        self.checked = {moved[index]: placeable for index, placeable in self.checked.items()}
        self.marks = {(moved[index], flags): marks for (index, flags), marks in self.marks.items()}

    def compile(self, source: str) -> re.Pattern:
        try:
            code, state = self.program(source)
        except _Unsplittable:
            return re.compile(source)
        indexgroup = [None] * state.groups
        for name, gid in state.groupdict.items():
            indexgroup[gid] = name
        return _sre.compile(source, state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup))

    def program(self, source: str) -> tuple[list[int], object]:
        """The engine's program for ``source`` and the parser's state (its groups, flags)."""
        if _parser is None or _MARKED.search(source):
            raise _Unsplittable
        template, occurrences = self.template(source)
        if not occurrences:
            raise _Unsplittable
        tree = self.parse(template)
        flags = _parser.fix_flags(source, 0)
        shape = self.spliced(tree, occurrences, flags, mode="shape")
        filler = self.spliced(tree, occurrences, flags, mode="fill")
        state = filler.state
        state.flags = flags
        whole = _parser.SubPattern(state, shape.items)
        code: list[int] = []
        _compiler._compile_info(code, whole, flags)  # the program's head: its width, its prefix
        body = _Program()
        _compiler._compile(body, filler.items, flags)
        position = 0
        for at, hole in body.holes:  # each hole's four words: LITERAL, the hole, LITERAL, 0
            code += body[position:at - 1]
            code += self.part_program(hole.index, hole.flags, hole.first)
            position = at + 3
        code += body[position:]
        code.append(_constants.SUCCESS)
        return code, state

    def template(self, source: str, inside: int = -1) -> tuple[str, list[int]]:
        """The source with each occurrence of a part (after ``inside``: the parts a part holds)
        as a private character of its own, and the part each stands for."""
        occurrences: list[int] = []
        for index in range(inside + 1, len(self.parts)):
            pieces = source.split(self.parts[index])
            for before, after in zip(pieces, pieces[1:]):
                if after[:1] in _QUANTIFIER or before.endswith("\\"):
                    raise _Unsplittable  # a quantifier after the part would repeat its last atom only
                if self.branched[index] and not (_ENCLOSED.search(before) and after.startswith(")")):
                    raise _Unsplittable  # its alternation would take in the words beside it
            if len(pieces) > 1:
                marks = [chr(_MARK + len(occurrences) + n) for n in range(len(pieces) - 1)]
                occurrences += [index] * len(marks)
                source = pieces[0] + "".join(mark + piece for mark, piece in zip(marks, pieces[1:]))
        if len(occurrences) > _MARKS:
            raise _Unsplittable
        return source, occurrences

    def part(self, index: int):
        """A part parsed, with the parts it holds put back, its groups numbered from 1."""
        if index not in self.parsed:
            template, occurrences = self.template(self.parts[index], inside=index)
            splice = self.spliced(self.parse(template), occurrences, 0)
            self.parsed[index] = _parser.SubPattern(splice.state, splice.items)
        return self.parsed[index]

    def part_program(self, index: int, flags: int, first: int) -> list[int]:
        """A part's program under ``flags``, its groups numbered from ``first``."""
        key = (index, flags, first)
        if key not in self.programs:
            marks = self.group_marks(index, flags) if first > 2 else None
            if marks is not None:  # its program numbered from 1, its groups' numbers moved on
                code = list(self.part_program(index, flags, 1))
                for at in marks:
                    code[at] += 2 * (first - 1)
            else:
                state = _parser.State()
                state.groupwidths += [None] * (first - 1)
                part = self.part(index)
                names = {gid: name for name, gid in part.state.groupdict.items()}
                splice = _Splice([], names, state, self.copied, flags)
                code = []
                _compiler._compile(code, self.items(part.data, splice), flags)
            self.programs[key] = code
        return self.programs[key]

    def group_marks(self, index: int, flags: int) -> list[int] | None:
        """Where a part's program writes its groups' numbers (MARK's operand, twice the
        number less one): the words its program numbered from 1 and from 2 differ in, each
        by 2; None for a part without groups, or where the two differ otherwise."""
        if (index, flags) not in self.marks:
            places = None
            if self.part(index).state.groups > 1:
                one, two = self.part_program(index, flags, 1), self.part_program(index, flags, 2)
                places = [at for at, (word, other) in enumerate(zip(one, two)) if word != other]
                if len(one) != len(two) or any(two[at] - one[at] != 2 for at in places):
                    places = None
            self.marks[index, flags] = places
        return self.marks[index, flags]

    @staticmethod
    def parse(template: str):
        tree = _parser.parse(template, 0)
        if tree.state.grouprefpos or tree.state.flags & ~_parser.TYPE_FLAGS:
            raise _Unsplittable  # a condition on a group, or a flag for the whole pattern
        return tree

    def spliced(self, tree, occurrences: list[int], flags: int, mode: str = "real"):
        """A parsed template with its parts put back (as ``mode`` says: _Splice), its groups
        numbered anew in the order they open (as the parser numbers them); the walk, with its
        ``items`` and ``state``."""
        names = {gid: name for name, gid in tree.state.groupdict.items()}
        splice = _Splice(occurrences, names, _parser.State(), {}, flags, mode=mode)
        splice.items = self.items(tree.data, splice)
        if len(splice.placed) != len(occurrences):
            raise _Unsplittable  # a part the parser folded into something else (a character set)
        return splice

    def items(self, data, splice: _Splice) -> list:
        items = []
        for op, av in data:
            if op is _constants.LITERAL and _MARK <= av < _MARK + len(splice.occurrences):
                items += self.put_back(splice.occurrences[av - _MARK], splice)
            elif op is _constants.SUBPATTERN:
                group, add_flags, del_flags, inner = av
                own, group = group, None if group is None else splice.state.opengroup(splice.names.get(group))
                placed = len(splice.placed)
                numbered = group is not None and all(self.part(index).state.groups == 1 for index, _, _ in splice.placed)
                body = self.sub(inner, splice, _compiler._combine_flags(splice.flags, add_flags, del_flags))
                if group is not None:
                    splice.state.closegroup(group, body)
                    if numbered and len(splice.placed) == placed:
                        splice.renumbered[own] = group
                items.append((op, (group, add_flags, del_flags, body)))
            elif op in _REPEATS:
                items.append((op, (av[0], av[1], self.sub(av[2], splice))))
            elif op is _constants.BRANCH:
                if any(branch.data[:1] and _is_mark(branch.data[0]) for branch in av[1]):
                    raise _Unsplittable  # the parser compares branches' first items
                items.append((op, (av[0], [self.sub(branch, splice) for branch in av[1]])))
            elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
                if av[0] < 0 and _copied(av[1], splice.copied):
                    raise _Unsplittable  # a look-behind's program holds its width
                items.append((op, (av[0], self.sub(av[1], splice))))
            elif op is _constants.ATOMIC_GROUP:
                items.append((op, self.sub(av, splice)))
            elif op is _constants.GROUPREF and av in splice.renumbered:
                # (?P=name) to a group numbered alike in every walk, its width its own (_Splice.renumbered)
                items.append((op, splice.renumbered[av]))
            elif op in _REFERENCES:
                raise _Unsplittable  # a reference to a group by its number (a condition, or one the walks number apart)
            else:
                items.append((op, av))
        return items

    def put_back(self, index: int, splice: _Splice) -> list:
        """A part's items in the whole (its groups numbered there), the filler holding the
        place of its program (its groups only counted), or its items as parsed (for the
        program's head, which reads the whole's width and first characters, not its groups)."""
        if splice.flags & (_constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_LOCALE):
            raise _Unsplittable  # filler is no literal under a case-insensitive bracket
        part = self.part(index)
        if _compiler._simple(part):
            raise _Unsplittable  # a repeat of one atom is translated otherwise than of filler
        first = splice.state.groups
        names = {gid: name for name, gid in part.state.groupdict.items()}
        splice.placed.append((index, splice.flags, first))
        if splice.mode == "real":
            return self.items(part.data, _Splice([], names, splice.state, self.copied, splice.flags))
        self.placeable(index)
        if splice.mode == "shape":
            return list(part.data)
        for gid in range(1, part.state.groups):
            splice.state.opengroup(names.get(gid))
        hole = _Hole(index, splice.flags, first, len(self.part_program(index, splice.flags, first)))
        return [(_constants.LITERAL, hole), (_constants.LITERAL, 0)]  # two items: no repeat of one atom

    def placeable(self, index: int) -> None:
        """Raises _Unsplittable where a part cannot be put back in a whole at all (a group
        reference, a group inside a look-behind): walked once, as a real put-back would."""
        if index not in self.checked:
            part = self.part(index)
            names = {gid: name for name, gid in part.state.groupdict.items()}
            try:
                self.items(part.data, _Splice([], names, _parser.State(), self.copied, 0))
                self.checked[index] = True
            except _Unsplittable:
                self.checked[index] = False
        if not self.checked[index]:
            raise _Unsplittable

    def sub(self, tree, splice: _Splice, flags: int | None = None):
        """A subpattern as spliced: itself, shared, where it has no group to number and no
        part to put back."""
        if not _copied(tree, splice.copied):
            return tree
        outer = splice.flags
        splice.flags = outer if flags is None else flags
        try:
            return _parser.SubPattern(splice.state, self.items(tree.data, splice))
        finally:
            splice.flags = outer


def same_program(composer: Composer, source: str) -> bool:
    """Whether the composer's program for ``source`` is the one re.compile makes, with the
    same groups (tests, bench/english_regex.py)."""
    try:
        code, state = composer.program(source)
    except _Unsplittable:
        return True  # compiled as written
    whole = _parser.parse(source, 0)
    return code == _compiler._code(whole, 0) and state.groupdict == whole.state.groupdict \
        and state.groups == whole.state.groups and state.flags == whole.state.flags


@dataclass(frozen=True)
class _Hole:
    """The place of a part's program (translated once, kg.facts.english_regex): its part,
    the flags in force there, the number of its first group, the program's length."""
    index: int
    flags: int
    first: int
    length: int


class _Program(list):
    """A program being translated with holes for parts' programs: two literals stand in for
    each part, and the lengths, the jumps over it, are counted as if the part's program were
    there (the translator only appends, asks the length, and writes jumps back)."""

    def __init__(self) -> None:
        super().__init__()
        self.holes: list[tuple[int, _Hole]] = []  # where each hole is in the list
        self.ends: list[int] = []  # where each hole's program ends, counted with the programs
        self.extra: list[int] = []  # the words the holes add, up to each hole

    def append(self, word) -> None:
        super().append(word)
        if isinstance(word, _Hole):
            self.holes.append((super().__len__() - 1, word))
            self.extra.append((self.extra[-1] if self.extra else 0) + word.length - 4)
            self.ends.append(super().__len__() + 2 + self.extra[-1])

    def extend(self, words) -> None:
        for word in words:
            self.append(word)

    def __len__(self) -> int:
        return super().__len__() + (self.extra[-1] if self.extra else 0)

    def __setitem__(self, index, value) -> None:
        before = bisect_right(self.ends, index)
        super().__setitem__(index - (self.extra[before - 1] if before else 0), value)


def _copied(tree, memo: dict[int, bool]) -> bool:
    """Whether a subpattern holds a capturing group or a mark (memo: by id, for trees kept alive)."""
    key = id(tree)
    if key not in memo:
        found = False
        for op, av in tree.data:
            if op is _constants.LITERAL:
                found = _MARK <= av < _MARK + _MARKS
            elif op is _constants.SUBPATTERN:
                found = av[0] is not None or _copied(av[3], memo)
            elif op in _REPEATS:
                found = _copied(av[2], memo)
            elif op is _constants.BRANCH:
                found = any([_copied(branch, memo) for branch in av[1]])
            elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
                found = _copied(av[1], memo)
            elif op is _constants.ATOMIC_GROUP:
                found = _copied(av, memo)
            elif op in _REFERENCES:  # (its group's number is the whole's: made anew)
                found = True
            if found:
                break
        memo[key] = found
    return memo[key]


def _is_mark(item) -> bool:
    op, av = item
    return op is _constants.LITERAL and _MARK <= av < _MARK + _MARKS


def _top_level_bar(source: str) -> bool:
    """Whether a source has an alternation outside any bracket (a|b, not (?:a|b))."""
    depth, escaped, in_class = 0, False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False
