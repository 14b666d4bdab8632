"""The indexes and rewritten patterns that keep a dense sentence's cost down (issue 52) read
what the scans and patterns they replace read: each checked against the brute force on
random inputs."""
from __future__ import annotations

import random
import re

import pytest

from kg.alternation import alternatives
from kg.model import Mention, overlaps_any


def _words(rng: random.Random) -> list[str]:
    """A few words of a, b and single spaces (no space at either end), some a prefix of others."""
    words = [" ".join("".join(rng.choice("ab") for _ in range(rng.randint(1, 3))).split())
             for _ in range(rng.randint(1, 6))]
    return [" ".join(w.replace("b", "b ").split()) if rng.random() < 0.5 else w for w in words]


def test_shared_prefixes_match_as_the_alternation_does():
    from kg.alternation import shared_prefixes
    rng = random.Random(52)
    for _ in range(3000):
        words, spaced = _words(rng), rng.random() < 0.5
        plain = re.compile(f"(?:{alternatives(words, spaced=spaced)})(?P<rest>b?a)")
        tree = re.compile(f"(?:{shared_prefixes(words, spaced=spaced)})(?P<rest>b?a)")
        for _ in range(5):
            text = "".join(rng.choice("ab  ") for _ in range(rng.randint(0, 12)))
            assert [(m.span(), m.span("rest")) for m in plain.finditer(text)] == \
                   [(m.span(), m.span("rest")) for m in tree.finditer(text)], (words, spaced, text)


def test_shared_prefixes_keep_words_with_other_spacing_as_written():
    from kg.alternation import shared_prefixes
    assert shared_prefixes(["a  b", "a"], spaced=True) == alternatives(["a  b", "a"], spaced=True)
    assert shared_prefixes(["court", "company", "companies"]) == "co(?:urt|mpan(?:y|ies))"


def test_english_needs_find_what_the_alternations_found(pipeline):
    """Each (a|b) choice of an English cue pattern, looked up as folded words (kg.facts.english
    Need), is found in a text exactly where the alternation of its words (kg.facts.english's
    before) is."""
    from kg.facts.english import _PART, _TOKEN, EnglishFacts, _insensitive
    english = next(value for family in pipeline.extractor.sentence_families for value in vars(family).values()
                   if isinstance(value, EnglishFacts))
    rng = random.Random(7)
    checked = 0
    for pattern in english.patterns:
        for token in _TOKEN.findall(pattern.text):
            if token.startswith("["):
                continue  # (an optional word needs nothing)
            for part in _PART.finditer(token):
                if part.group(4) is None:
                    continue
                choices = part.group(4).split("|")
                before = re.compile(f"(?:{alternatives(choices, literal=_insensitive)})")
                [now] = english.needs(f"({part.group(4)})")  # the need of a token holding the choice alone
                assert now in pattern.needs
                for choice in choices:
                    for text in (choice, choice.upper(), choice.replace("'", "’"), choice.replace(" ", "\t "),
                                 f"x {choice[:-1]} y", f"{choice[1:]} z", "⟨1⟩ " + choice[: rng.randint(0, len(choice))]):
                        assert (before.search(text) is not None) == now.found(text), (choices, text)
                        checked += 1
    assert checked > 1000


def test_context_words_overlapping_names_by_bisection():
    from kg.learn import _no_overlap, _overlapping
    rng = random.Random(52)
    for _ in range(2000):
        spans = [(s, s + rng.randint(0, 5)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
        names = _no_overlap([Mention("x", "Company", s, e) for s, e in spans])
        ends = [m.end for m in names]
        start = rng.randint(0, 66)
        end = start + rng.randint(0, 6)
        assert _overlapping(start, end, names, ends) == overlaps_any(start, end, names)


@pytest.fixture(scope="module")
def cues(pipeline):
    from kg.facts.cue import Cues
    return next(f for f in pipeline.extractor.sentence_families if isinstance(f, Cues))


def test_law_described_by_clause_breaks_as_by_scan(cues):
    """law_described with the laws' starts and the text's clause breaks bisected is the
    definition its docstring gives: a relative clause on one of the laws after the position."""
    rng = random.Random(52)
    pieces = ("参议员", "提出的", "的", "，", "：", " ", "（A）", "《", "通过")
    for _ in range(1500):
        text, laws = "", []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.35:
                laws.append(Mention("《法》", "Law", len(text), len(text) + 3))
                text += "《法》"
            else:
                text += rng.choice(pieces)
        position = rng.randint(0, len(text))
        expected = any(cues.describes_law(text, position, law) for law in laws if law.start > position)
        assert cues.law_described(text, position, laws) == expected, (text, position)
        assert cues.law_described(text, position, laws, [law.start for law in laws]) == expected


def test_owners_and_units_by_index_as_by_scan(cues):
    """described_by_owner (bisection over the parties' starts) and listed_units (a unit's
    description read once per text) give what the scans of every start and every call gave."""
    grammar = cues.grammar
    rng = random.Random(52)
    pieces = ("、", "和", "下属的", "首席执行官", "的母公司", "隶属", "的", "起诉", "，")
    kinds = (("微软", "Company"), ("张三", "Person"), ("工信部", "Regulator"), ("联盟", "Organization"))
    for _ in range(800):
        text, candidates = "", []
        for _ in range(rng.randint(1, 14)):
            if rng.random() < 0.5:
                name, type_ = rng.choice(kinds)
                candidates.append(Mention(name, type_, len(text), len(text) + len(name)))
                text += name
            else:
                text += rng.choice(pieces)
        following = {m.start: m for m in candidates if m.type in ("Person", "Company", "Organization")}
        owners, described = {}, {}
        for owner in candidates:  # the scan of every start up to 12 characters on
            if owner.type not in ("Company", "Organization", "Regulator"):
                continue
            for start in range(owner.end + 1, min(len(text), owner.end + 12) + 1):
                party = following.get(start)
                gap = grammar.owner_gap.fullmatch(text, owner.end, start) if party is not None else None
                if gap is not None and (party.type == "Person") == (gap.group("office") is not None):
                    described.setdefault(id(party), owner.start)
                    owners[id(owner)] = party
                    break
        found: dict[int, int] = {}
        assert grammar.described_by_owner(text, candidates, found) == owners and found == described, text
        parents, units = set(), {}
        for unit in candidates:
            match = grammar.unit_description.search(text, max(0, unit.start - 40), unit.start)
            if match is None or any(m.start <= match.start() < m.end for m in candidates):
                continue
            units[id(unit)] = match.start("description")
            parents |= {id(m) for m in candidates if match.start("description") <= m.start < unit.start}
        found = {}
        assert grammar.listed_units(text, candidates, found) == parents and found == units, text


def test_no_names_reads_the_line_before_a_name_as_the_whole_line_scan(pipeline):
    """NoNames reads a section bar or a breadcrumb mark back over blanks only: what the
    patterns found searched from the line's start."""
    from kg.mentions.english.shared import NoNames
    no_names = NoNames(pipeline.kb)
    rng = random.Random(52)
    pieces = ("News", " ", "\t", "|", "｜", ">", "›", "x", "\n", "Acme")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        line_start = text.rfind("\n", 0, start) + 1
        mark = len(text[line_start:start].rstrip(" \t")) + line_start - 1
        assert bool(no_names.section.search(text, line_start, start)) == \
            bool(no_names.section.search(text, max(line_start, mark), start)), (text, start)
        opening = len(text[line_start:mark].rstrip(" \t")) + line_start - 1 if mark >= line_start else line_start - 1
        assert bool(no_names.crumb_before.search(text, line_start, start)) == \
            bool(no_names.crumb_before.search(text, max(line_start, opening), start)), (text, start)
        assert (not text[line_start:start].strip()) == (re.search(r"\S", text[line_start:start]) is None)


def test_context_words_by_opening_scan_the_kinds_the_openings_admit(pipeline):
    """kg.learn's context words, the kinds to scan looked up by the sentence's openings, are
    those every kind's pattern finds where its openings meet the sentence's (the scan before)."""
    from kg.alternation import openings_of
    from kg.learn import Featurizer, _overlapping
    featurizer = Featurizer(pipeline.extractor.shared)
    rng = random.Random(54)
    words = [word for _, _, needed in featurizer.context[:60] for word in sorted(needed or ())]
    pieces = words + ["，", "。", "The court ", "Ü", "法院", "起诉", "宣布", " and ", "公司"]
    found = 0
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        names = [Mention("x", "Company", 2, 4)] if len(text) > 4 else []
        held = openings_of(text, 0, len(text))
        expected = [(kind, hit.start(), hit.end()) for number, (kind, _, needed) in enumerate(featurizer.context)
                    if held is None or needed is None or not needed.isdisjoint(held)
                    for hit in featurizer.pattern(number).finditer(text, 0, len(text))
                    if not _overlapping(hit.start(), hit.end(), names, [m.end for m in names])]
        assert featurizer.context_words(text, 0, len(text), names) == expected, text
        found += len(expected)
    assert found > 300


def test_context_patterns_are_compiled_for_the_kinds_a_sentence_reaches(pipeline):
    """A context kind's pattern is compiled when a sentence first holds one of its openings
    (a one-file rebuild compiles a few of them, not every kind), once."""
    from kg.learn import Featurizer
    featurizer = Featurizer(pipeline.extractor.shared)
    assert not featurizer._patterns
    for text in ("法院宣布驳回起诉。", "The court dismissed the lawsuit."):
        featurizer.context_words(text, 0, len(text), [])
    compiled = dict(featurizer._patterns)
    assert 0 < len(compiled) < len(featurizer.context) // 2
    featurizer.context_words("法院宣布驳回起诉。", 0, 9, [])
    assert all(featurizer._patterns[number] is pattern for number, pattern in compiled.items())


def test_a_need_is_found_where_its_case_insensitive_words_are(pipeline):
    """A Need's words are looked up in the skeleton folded (kg.facts.english.folded): found
    wherever the pattern's (?i:…) of them matches, in another case, spacing or apostrophe, and
    for the letters (?i:) takes for i and s (İ, ı, ſ); not where a word is cut."""
    from kg.facts.english import Need, folded
    need = Need(tuple(folded(word) for word in ("suing", "it's", "class action")))
    regex = re.compile(f"(?:{alternatives(['suing', 'it’s', 'class action'], literal=_insensitive_word)})")
    texts = ["⟨0⟩ is SUİNG ⟨1⟩", "⟨0⟩ is ſuing ⟨1⟩", "ıt’s ⟨0⟩", "a Class\u00a0\tAction by ⟨0⟩", "⟨0⟩ sued ⟨1⟩",
             "a class-action", "it s", "su ing"]
    for text in texts:
        assert need.found(text) == (regex.search(text) is not None), text
    assert [need.found(text) for text in texts] == [True, True, True, True, False, False, False, False]


def _insensitive_word(word: str) -> str:
    return "(?i:" + re.escape(word).replace(r"\ ", r"\s+").replace("’", "['’]") + ")"


def test_a_persons_titles_with_their_shared_beginnings_find_the_names_the_plain_titles_find():
    """kg.mentions.person writes the titles and roles before a name with their shared beginnings once
    (shared_prefixes); on invented sentences the titled names are the ones the plain alternation finds."""
    from kg.alternation import shared_prefixes
    from kg.mentions.words import vocabulary
    words = vocabulary()
    titles, roles = words.person_titles, [*words.person_titles, *words.context["person_role_before"]]
    texts = ["首席执行官张明远表示，公司法定代表人王小东、副总经理李晓东出席。", "原告委托诉讼代理人周立新、林海燕到庭",
             "CEO李雷称，CTO韩梅梅为负责人；董事长董事刘一二", "律师程立透露，议员贺远：“…”", ""]
    for form in (r"(?:{t})为?[:：]?[ \u3000]?(?!{t})(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?=[，,。（(、：:])",
                 r"(?:{r})为?(?!{t})(?P<name>[王李张周林刘韩][\u4e00-\u9fff]{{1,2}})"):
        plain = re.compile(form.format(t=alternatives(titles), r=alternatives(roles)))
        tree = re.compile(form.format(t=shared_prefixes(titles), r=shared_prefixes(roles)))
        for text in texts:
            assert [m.span("name") for m in tree.finditer(text)] == [m.span("name") for m in plain.finditer(text)]
        assert any(plain.search(text) for text in texts)


def test_an_owners_gaps_are_the_twelve_ends_tried_when_one_match_opens_there(cues):
    """Grammar._owner_gaps tries the twelve ends after a name only where the gap's pattern
    matches there at all: the same gaps (and offices) as the twelve full matches at every end."""
    grammar = cues.grammar
    rng = random.Random(73)
    pieces = ("的", "前", "原", "首席执行官", "CEO", " CEO ", "董事长", "开发者", "母公司", "、", "和", "其", "起诉",
              "，", "Zorvane", "泽维", "a", " ", "\u00a0")
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for end in range(len(text) + 1):
            scanned = tuple((start, gap.group("office") is not None)
                            for start in range(end + 1, min(len(text), end + 12) + 1)
                            if (gap := grammar.owner_gap.fullmatch(text, end, start)) is not None)
            assert grammar._owner_gaps(text, end) == scanned, (text, end)
