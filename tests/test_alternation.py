import re

from kg.alternation import NEVER, alternation, alternatives


def test_the_longest_word_comes_first():
    assert alternatives(["诉讼", "提起诉讼", "起诉"]) == "提起诉讼|诉讼|起诉"
    assert alternation(["诉讼", "提起诉讼"]).search("原告提起诉讼").group() == "提起诉讼"


def test_words_are_taken_literally():
    assert alternation(["C++", "a.b"]).search("we use C++ here").group() == "C++"
    assert not alternation(["a.b"]).search("axb")


def test_no_words_match_nothing():
    assert alternatives([]) == ""
    assert alternation([]).pattern == NEVER
    assert not alternation([]).search("anything")
    assert not alternation([], whole_words=True).search("anything")


def test_a_spaced_phrase_matches_any_spacing():
    assert alternation(["filed suit"], spaced=True).search("she filed\n suit").group() == "filed\n suit"
    assert not alternation(["filed suit"]).search("she filed\n suit")


def test_latin_words_match_whole_and_chinese_words_anywhere():
    pattern = alternation(["voice", "声音"], re.IGNORECASE, latin_whole=True)
    assert not pattern.search("an invoice")
    assert pattern.search("a VOICE actor")
    assert pattern.search("模仿其声音的")


def test_whole_words_keep_names_out_of_longer_words_and_abbreviations():
    pattern = alternation(["Meta"], whole_words=True)
    assert pattern.search("Meta said")
    assert not pattern.search("Metaverse")
    assert not pattern.search("the U.S.Meta unit")


def test_a_literal_function_writes_each_word():
    wildcard = alternation(["dismissed * claim"], latin_whole=True,
                           literal=lambda word: r"\s+\S+\s+".join(map(re.escape, word.split(" * "))))
    assert wildcard.search("the judge dismissed Mata's claim").group() == "dismissed Mata's claim"


def test_no_module_joins_words_into_a_pattern_by_hand():
    """Words become a pattern through kg.alternation only (longest first, escaped); a "|".join
    is left only where whole patterns are joined (named groups, rules, character classes)."""
    from pathlib import Path

    import kg

    joins_patterns = {"alternation.py": 2, "lookahead.py": 2, "dates.py": 1, "segment.py": 2,  # (alternatives, prefix_tree; classes)
                      "punctuation.py": 1,  # (kg.punctuation.joiner: list joiners, each a pattern, in their order)
                      "frame.py": 1}  # (kg.facts.frame: the side roles' whole patterns, one search for any of them)
    root = Path(kg.__file__).parent
    for module in root.rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        count = source.count('"|".join') + source.count("'|'.join")
        assert count <= joins_patterns.get(module.name, 0), f"{module.relative_to(root)} joins words by hand"


def test_an_alternation_scans_behind_the_look_ahead_of_its_words_first_characters():
    pattern = alternation(["Consent Order", "同意令", "stipulated order"], re.IGNORECASE, latin_whole=True)
    assert pattern.pattern.startswith("(?=")  # the text is not tried against every word at every character
    text = "双方签署了同意令。The FTC filed a consent order; a STIPULATED ORDER followed, no consent orders."
    assert [m.group() for m in pattern.finditer(text)] == ["同意令", "consent order", "STIPULATED ORDER"]
