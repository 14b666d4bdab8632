"""The English cue patterns found through their index (kg.facts.english PatternIndex: each pattern
keyed by a rare need) and tried only where a name can open (EnglishFacts.found) give what trying
every pattern at every character gives, in the same order."""
from __future__ import annotations

import re

import pytest

from kg.facts.english import EnglishFacts, PatternIndex, expansion, folded

# invented skeletons of different shapes: suits active and passive, lists, descriptions, asides,
# possessives, deals, a ruling, a name-opening pattern matching twice, words glued to the cue words
SKELETONS = [
    "⟨0⟩, a Florida mother, sued ⟨1⟩ and ⟨2⟩ in ⟨3⟩",
    "the German publisher ⟨0⟩ sued ⟨1⟩ in ⟨2⟩ on Tuesday",
    "⟨0⟩ of Directors of ⟨1⟩ and ⟨2⟩ sued ⟨3⟩ and ⟨4⟩ sued ⟨5⟩",
    "authors ⟨0⟩ and ⟨1⟩ filed a proposed class action against ⟨2⟩",
    "⟨0⟩ was sued by ⟨1⟩, ⟨2⟩ and ⟨3⟩ over its training data",
    "⟨0⟩ v. ⟨1⟩, ⟨2⟩ v. ⟨3⟩",
    "the Toronto-based model developer ⟨0⟩ partnered with ⟨1⟩ and invested in ⟨2⟩",
    "⟨0⟩, the parent company of ⟨1⟩, acquired ⟨2⟩, a startup based in ⟨3⟩",
    "⟨0⟩'s ruling in ⟨1⟩ dismissed the lawsuit brought by ⟨2⟩ against ⟨3⟩",
    "⟨0⟩ fined ⟨1⟩ for breaching ⟨2⟩, the regulator said on Monday",
    "the suit, filed in ⟨0⟩ by ⟨1⟩, accuses ⟨2⟩ of copying; ⟨3⟩ pursued ⟨4⟩",
    "⟨0⟩ and ⟨1⟩ settled a lawsuit from ⟨2⟩ as ⟨3⟩ issued its guidance on ⟨4⟩",
]


@pytest.fixture(scope="module")
def english(pipeline):
    return next(f for f in pipeline.extractor.sentence_families if type(f).__name__ == "EnglishSentences").english


def _every(patterns, skeleton):
    """Each pattern, all of them, searched along the whole skeleton (what the index must equal)."""
    return [(p.text, m.span(), m.groupdict()) for p in patterns for m in p.regex.finditer(skeleton)]


def _indexed(english: EnglishFacts, patterns, skeleton):
    found = {}

    def present(need):
        if need not in found:
            found[need] = need.found(skeleton)
        return found[need]
    return [(p.text, m.span(), m.groupdict()) for p in PatternIndex(patterns).candidates(folded(skeleton))
            if p.may_match(present) and p.in_order(folded(skeleton)) for m in english.found(p, skeleton)]


@pytest.mark.parametrize("skeleton", SKELETONS)
def test_the_index_and_the_name_openings_find_what_every_pattern_finds(english, skeleton):
    every = _every(english.patterns, skeleton)
    assert _indexed(english, english.patterns, skeleton) == every


def test_the_index_tries_few_patterns_and_every_one_that_matches(english):
    index = english.index(english.patterns)
    assert english.index(english.patterns) is index  # made once for a list
    tried = [len(index.candidates(folded(skeleton))) for skeleton in SKELETONS]
    assert max(tried) < len(english.patterns) / 4
    for skeleton in SKELETONS:
        matching = {p.text for p in english.patterns if p.regex.search(skeleton)}
        assert matching <= {p.text for p in index.candidates(folded(skeleton))}


def test_a_patterns_key_is_its_rarest_need(english):
    pattern = english.pattern("sued", "{head} … (sued|sues) [a] group of {tail}")
    assert pattern.key.words == ("group",)  # not "of", not the two verbs
    assert pattern.opens_with_name
    assert not english.pattern("sued", "lawsuit (filed|brought) by {head} against {tail}").opens_with_name


def test_a_name_opening_pattern_finds_each_match_as_finditer_does(english):
    pattern = english.pattern("sued", "{head} sued {tail}")
    skeleton = "⟨0⟩ sued ⟨1⟩ and ⟨2⟩ sued ⟨3⟩, and the startup ⟨4⟩ sued ⟨5⟩"
    found = [m.span() for m in english.found(pattern, skeleton)]
    assert found == [m.span() for m in pattern.regex.finditer(skeleton)] and len(found) >= 2


@pytest.mark.parametrize("template", [r"\g<opening>\g<list> ", r"\g<list>", r" - \g<list> - "])
def test_a_template_is_expanded_as_re_sub_expands_it(template):
    pattern = re.compile(r"(?P<opening>by\s+)?(?P<list>⟨\d+⟩(?: and ⟨\d+⟩)?)")
    text = "sued by ⟨0⟩ and ⟨1⟩ then ⟨2⟩"
    assert pattern.sub(expansion(template), text) == pattern.sub(template, text)
    with pytest.raises(ValueError):
        expansion(r"\1 and \g<list>")


# invented skeletons whose words stand in another order than a pattern's (the verb before every name,
# "against" before "sued"), and a few in the pattern's order
ORDERED = SKELETONS + [
    "sued by nobody, ⟨0⟩ and ⟨1⟩ stayed",
    "against all odds ⟨0⟩ sued ⟨1⟩",
    "⟨0⟩'s lawsuit against ⟨1⟩ was filed by ⟨2⟩",
    "the lawsuit ⟨0⟩ filed against ⟨1⟩ in ⟨2⟩ over ⟨3⟩'s data",
]


@pytest.mark.parametrize("skeleton", ORDERED)
def test_a_pattern_whose_words_are_out_of_order_has_no_match(english, skeleton):
    """Pattern.in_order is what every match holds: no pattern that matches is left out by it."""
    for pattern in english.patterns:
        if pattern.regex.search(skeleton) is not None:
            assert pattern.in_order(folded(skeleton)), pattern.text


def test_in_order_reads_words_and_names_in_the_patterns_order(english):
    pattern = english.pattern("sued", "{head} … (sued|sues) {tail}")
    assert pattern.order == (("⟨",), ("sued", "sues"), ("⟨",))
    assert pattern.in_order(folded("⟨0⟩ on Monday SUED ⟨1⟩"))
    assert not pattern.in_order(folded("⟨0⟩ was sued"))  # no name after the verb
    assert not pattern.in_order(folded("sued: ⟨0⟩"))  # no name before it
    assert pattern.regex.search("⟨0⟩ was sued") is None and pattern.regex.search("sued: ⟨0⟩") is None
    kind = english.pattern("sued", "{tail} {kind} {head1} sued")
    assert kind.order == (("⟨",), ("⟨",), ("sued",))  # a kind's word is a regular expression's need: no place in the order
