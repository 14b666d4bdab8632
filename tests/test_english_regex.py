"""kg.facts.english_regex: big patterns made of shared parts, parsed and translated once,
give the program re.compile gives (the same matches, groups and spans)."""
from __future__ import annotations

import re

import pytest

from kg.facts.english_regex import Composer, _Unsplittable, same_program

# a part with a group of its own, and a part holding it (a list of names, as kg.facts.english's group)
NAME = r"(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Inc|Corp|LLC)(?:\s+of\s+(⟨\d+⟩))?"
GROUP = rf"(?:{NAME})(?:(?:,\s+|\s+and\s+)(?:{NAME}))*"
BRANCHED = r"Acme|Beta\s+Corp|(?:Gamma)+"
FIXED = r"Zeta|Kapa"  # an alternation of one width, as a look-behind holds


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer([GROUP, NAME, BRANCHED, FIXED])


@pytest.mark.parametrize("source", [
    rf"(?P<head>{GROUP})\s+sued\s+(?P<tail>{GROUP})",  # two groups, each holding the part with a group
    rf"^\s*(?:(?i:filed)\s+)?(?P<head>{NAME})\s+v\.\s+(?P<tail>{GROUP})(?![\w⟨])",  # a part alone, after the group
    rf"(?:,\s+(?:\w+\s+){{0,4}}?\w+,\s+|\s+and\s+{GROUP},\s+|\s+)(?P<both>{GROUP})",  # a part inside a branch
    rf"(?P<x>{BRANCHED})\s+(?:{BRANCHED})",  # a part that is an alternation, alone in its brackets
    rf"(?:{GROUP})+x",  # a quantifier after a part's brackets
])
def test_same_program(composer: Composer, source: str) -> None:
    assert same_program(composer, source)
    text = "Yesterday the Acme Corp of ⟨3⟩, Beta LLC and Gamma Inc sued Delta Corp v. Epsilon Inc and the Zeta LLC"
    ours, theirs = composer.compile(source), re.compile(source)
    assert ours.groupindex == theirs.groupindex and ours.groups == theirs.groups
    assert [m.span() + m.groups() for m in ours.finditer(text)] == [m.span() + m.groups() for m in theirs.finditer(text)]


@pytest.mark.parametrize("source", [
    rf"{NAME}?",  # a quantifier after the part: its last atom only, compiled as written
    rf"(?:x|{GROUP}y)",  # a part opening a branch
    rf"(?i:{GROUP})",  # under a case-insensitive bracket
    rf"a{BRANCHED}b",  # an alternation beside words, outside brackets
    rf"(?<=(?:{FIXED}))\s+(?P<x>{GROUP})",  # inside a look-behind
])
def test_where_a_part_cannot_be_put_back_the_source_is_compiled_as_written(composer: Composer, source: str) -> None:
    with pytest.raises(_Unsplittable):
        composer.program(source)
    ours, theirs = composer.compile(source), re.compile(source)
    text = "the Acme Corp and Beta LLC y Beta Corp GammaGammab x Acme Inc Zeta Acme Corp"
    assert [m.span() + m.groups() for m in ours.finditer(text)] == [m.span() + m.groups() for m in theirs.finditer(text)]
    assert ours.pattern == source


def test_the_cue_patterns_are_the_programs_re_compile_makes(pipeline) -> None:
    """A sample of english_cues.tsv's patterns (bench/english_regex.py checks them all): a
    pattern opened by ^, with … and …, gaps, [optional] words, {head1}, {kind}, {other}."""
    from kg.facts.base import SIGNATURES
    from kg.facts.english import EnglishFacts

    english = EnglishFacts(pipeline.kb, SIGNATURES)
    wanted = ("^", "…", "…,", "[", "{head1}", "{kind}", "{other}", "{both}")
    chosen = {}
    for pattern in english.patterns:
        for token in wanted:
            if token in pattern.text and token not in chosen:
                chosen[token] = pattern.text
    assert set(chosen) == set(wanted)
    sources = []
    composer = english.composer
    for text in dict.fromkeys(chosen.values()):
        english.composer = _Recording()
        english.compile(text)
        sources.append(english.composer.source)
        english.composer = composer
    # and the patterns holding a group the extractor compiles as it is made
    sources += [getattr(english, name).pattern for name in COMPOSED]
    for source in sources:
        assert len(source) > 30_000  # the parts are there
        assert same_program(composer, source)


COMPOSED = ("subject", "shared_and", "among_them", "including_opening", "counted_list", "dashed_object", "behalf",
            "gapped_clause")


class _Recording:
    def compile(self, source: str) -> str:
        self.source = source
        return source


def test_a_part_met_at_many_group_numbers_is_translated_twice_and_moved_on() -> None:
    """A part holding groups, put back after more and more groups: its program numbered from 1
    and from 2 is translated, the others are that program with its groups' numbers moved on
    (Composer.group_marks), and each whole is still the program re.compile makes."""
    composer = Composer([GROUP, NAME])
    source = r"\s+".join(rf"(?P<n{number}>{GROUP})" for number in range(6))
    assert same_program(composer, source)
    group = composer.parts.index(GROUP)  # (its two names' groups: a MARK in and a MARK out each)
    assert composer.group_marks(group, 0) is not None and len(composer.group_marks(group, 0)) == 4
    assert {first for index, _, first in composer.programs if index == group} >= {1, 2, 5, 8}
    text = "the Acme Corp of ⟨3⟩ and Beta LLC " * 6
    ours, theirs = composer.compile(source), re.compile(source)
    assert [m.span() + m.groups() for m in ours.finditer(text)] == [m.span() + m.groups() for m in theirs.finditer(text)]


def test_parts_added_after_compiling_keep_what_was_made() -> None:
    """Composer.add: a part made later (a gap holding the group) is put back too, the parts
    parsed before keep their parsed forms and programs under their new places."""
    composer = Composer([GROUP, NAME])
    assert same_program(composer, rf"(?P<head>{GROUP})\s+sued\s+(?P<tail>{GROUP})")
    made = {composer.parts[index]: program for (index, _, first), program in composer.programs.items() if first == 1}
    gap = rf"(?:,\s+and\s+{GROUP},\s+|\s+)(?:\w+\s+){{0,3}}?"
    composer.add([gap])
    assert composer.parts[0] == gap  # the longest first
    for (index, _, first), program in composer.programs.items():
        if first == 1:
            assert made[composer.parts[index]] is program
    source = rf"(?P<head>{GROUP}){gap}sued\s+(?P<tail>{GROUP})"
    assert composer.template(source)[1].count(0) == 1 and same_program(composer, source)


def test_a_part_with_a_group_in_a_look_behind_is_never_put_back() -> None:
    behind = r"(?:(?<=(Acme))\s+Corp)"
    composer = Composer([behind])
    with pytest.raises(_Unsplittable):
        composer.program(rf"x{behind}y")
    assert composer.compile(rf"x{behind}y").groups == 1


@pytest.mark.parametrize("source", [
    rf"(?P<verb>filed|settled)\s+(?P<with>with|against)\s+(?P<object>{GROUP}),\s+and\s+(?P<other>{GROUP})\s+(?P=with)\b",
    rf"(?P<word>[a-z]+)\s+(?:{NAME})\s+(?P=word)",  # the group opens before the part, the reference follows it
])
def test_a_reference_to_a_group_numbered_alike_in_every_walk_is_put_back(composer: Composer, source: str) -> None:
    """(?P=name) to a group opened before any part holding groups, and holding no part itself (kg.facts.english's
    gapped clause: settled with Udio, and Warner with Suno): composed, the program re.compile makes."""
    composer.program(source)  # (no _Unsplittable: composed, not compiled as written)
    assert same_program(composer, source)
    text = "Acme settled with Beta Inc of ⟨2⟩, and the Gamma Corp with Delta LLC. zeta Acme Corp zeta"
    ours, theirs = composer.compile(source), re.compile(source)
    assert ours.groupindex == theirs.groupindex
    assert [m.span() + m.groups() for m in ours.finditer(text)] == [m.span() + m.groups() for m in theirs.finditer(text)]
    assert [m.groups() for m in ours.finditer(text)]  # (the text holds a match: the reference is read)


@pytest.mark.parametrize("source", [
    rf"(?P<first>{GROUP})\s+and\s+(?P=first)",  # the group holds a part: its width is the part's, not the filler's
    rf"(?:{GROUP})\s+(?P<word>[a-z]+)\s+(?P=word)",  # after a part holding groups: the head's walk numbers it apart
    rf"(Acme)\s+(?(1)Corp|Inc)\s+(?:{NAME})",  # a condition on a group
])
def test_a_reference_numbered_apart_is_compiled_as_written(composer: Composer, source: str) -> None:
    with pytest.raises(_Unsplittable):
        composer.program(source)
    text = "Acme Corp and Acme Corp x Beta Inc of ⟨1⟩ sued sued"
    ours, theirs = composer.compile(source), re.compile(source)
    assert [m.span() + m.groups() for m in ours.finditer(text)] == [m.span() + m.groups() for m in theirs.finditer(text)]


def test_the_gapped_clause_is_composed(pipeline) -> None:
    """kg.facts.english's gapped clause (its back-reference to the preposition) is put together from its parsed
    parts, not parsed whole at the first English sentence (about 0.3 CPU s)."""
    from kg.facts.base import SIGNATURES
    from kg.facts.english import EnglishFacts

    english = EnglishFacts(pipeline.kb, SIGNATURES)
    source = english.gapped_clause.pattern
    english.composer.program(source)
    assert same_program(english.composer, source)
