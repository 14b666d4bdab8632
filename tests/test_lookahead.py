"""kg.lookahead: the characters a pattern's match can start with."""
import re

import pytest

from kg.lookahead import Cued, cued, required, scanning, starts_with


def test_starts_with_names_the_characters_a_match_can_begin_with():
    ahead = re.compile(starts_with(r"(?:同年|次月)\d*|(?i:\blater that year)|\s*(?P<count>\d)\s*天后"))
    assert [bool(ahead.match(text)) for text in ("同", "次", "L", "l", " ", "7", "年", "x")] == [
        True, True, True, True, True, True, False, False]


def test_starts_with_reads_the_flags_the_pattern_is_compiled_with():
    assert re.match(starts_with("source|来源", re.IGNORECASE), "Source")
    assert not re.match(starts_with("source|来源"), "Source")


@pytest.mark.parametrize("pattern", [r".年", r"[^a]b", r"a?", r"(?:x|)"])
def test_starts_with_tells_nothing_of_a_pattern_that_may_begin_anywhere_or_with_nothing(pattern):
    assert starts_with(pattern) == ""


@pytest.mark.parametrize("pattern, text", [
    (r"(?P<n>\d{1,2})\s*个月(?:之)?后|此前", "据悉，三个月后，12 个月后双方和解；此前"),
    (r"(?:publication date|source)\s*[:：]|[【\[]\s*来源\s*[】\]]", "Xx | Source: EU  【来源】新华社 [来源] 人民网"),
    (r"\bin (?i:January|May)\b|[a-c-]x", "in May, -x and bx, In january"),
])
def test_a_pattern_after_its_look_ahead_finds_what_it_finds_alone(pattern, text):
    for flags in (0, re.IGNORECASE):
        alone, ahead = re.compile(pattern, flags), re.compile(starts_with(pattern, flags) + "(?:" + pattern + ")", flags)
        assert starts_with(pattern, flags)
        assert [m.span() for m in ahead.finditer(text)] == [m.span() for m in alone.finditer(text)]


def test_branches_opening_with_a_word_bound_are_looked_for_at_word_starts_only():
    pattern = r"\bsued\b|\bfiled\s+suit\b|起诉|(?:the\s+)?\bcourt|s诉"
    ahead = re.compile(starts_with(pattern, re.IGNORECASE), re.IGNORECASE)
    # f only after a word bound; s anywhere (s诉 wants none); 起 anywhere; t (the) anywhere, c after a bound
    assert [bool(ahead.match(text)) for text in ("filed", "sx", "起", "the", "court", "xyz")] == [
        True, True, True, True, True, False]
    assert [bool(ahead.match(text, 2)) for text in ("refiled", "accourt", "xxs", "xx起")] == [False, False, True, True]
    text = "She sued; they refiled suit, filed  suit 起诉 s诉 the court, a Court and courts."
    for flags in (0, re.IGNORECASE):
        plain = re.compile(pattern, flags)
        assert [m.span() for m in scanning(pattern, flags).finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_word_bound_of_other_flags_inside_a_group_is_not_the_whole_patterns():
    # (?a:\b) is bounded by ASCII word characters: é before "x" is no word character there
    assert starts_with(r"(?a:\bx)") == "(?=[x])"
    text = "éx ax x"
    assert [m.start() for m in scanning(r"(?a:\bx)").finditer(text)] == [m.start() for m in re.finditer(r"(?a:\bx)", text)] == [1, 6]


def test_a_scanning_pattern_finds_what_the_plain_one_finds():
    pattern = r"(?<![\w.&'’-])(?P<name>[A-Z][a-z]+)[ \t]+(?:County|Court)(?![\w-])|(?i:the\s+agency)"
    text = "据报道，Gwinnett County 法院与 the Agency 以及 X.Harbor Court、Lake Courts 都提到了 THE AGENCY。"
    plain, scanned = re.compile(pattern), scanning(pattern)
    assert [m.group() for m in scanned.finditer(text)] == [m.group() for m in plain.finditer(text)]
    assert [m.group() for m in scanned.finditer(text)] == ["Gwinnett County", "the Agency", "THE AGENCY"]
    assert scanned.pattern.startswith("(?=")


RELATIVE_TEXT = ("据报道，此前同年9月法院驳回起诉，12 个月后上诉；次月 12 日双方和解，三个月后又起诉。Two weeks later the court ruled; "
                 "later that year, and in May, the agency (the Agency) sued. 5日内不算，29日在法院起诉。")


def _relative_dates_pattern() -> str:
    from kg.dates import relative_rules
    return "|".join(re.sub(r"\(\?P<\w+>", "(?:", rule.pattern.pattern) for rule in relative_rules())


@pytest.fixture
def without_parser(monkeypatch):
    """The look-ahead as on a Python whose private regular-expression parser is gone."""
    import kg.lookahead
    monkeypatch.setattr(kg.lookahead, "_PARSER", None)


def test_without_the_private_parser_no_look_ahead_is_told(without_parser):
    pattern = r"(?<![\w.])Judge (?P<name>[A-Z][a-z]+)"
    assert starts_with(r"同年|次月|(?i:later that year)") == ""
    assert scanning(pattern).pattern == pattern


def test_a_parser_of_another_shape_tells_no_look_ahead(monkeypatch):
    import kg.lookahead

    class Changed:
        @staticmethod
        def parse(pattern, flags):
            raise AttributeError("'SubPattern' object has no attribute 'data'")
    monkeypatch.setattr(kg.lookahead, "_PARSER", (Changed, None))
    assert starts_with("同年|次月") == ""


@pytest.mark.parametrize("pattern", [
    "relative dates", r"(?<![\w.&'’-])(?P<name>[A-Z][a-z]+)[ \t]+(?:County|Court)(?![\w-])|(?i:the\s+agency)",
    r"\bin (?i:January|May)\b|[a-c-]x", r"(?P<n>\d{1,2})\s*个月(?:之)?后|此前",
])
def test_the_fallback_finds_what_the_look_ahead_finds(monkeypatch, pattern):
    import kg.lookahead
    pattern = _relative_dates_pattern() if pattern == "relative dates" else pattern
    ahead = scanning(pattern)
    monkeypatch.setattr(kg.lookahead, "_PARSER", None)
    plain = scanning(pattern)
    assert ahead.pattern != plain.pattern == pattern  # the look-ahead was there, the fallback has none
    found = [m.span() for m in ahead.finditer(RELATIVE_TEXT)]
    assert found and found == [m.span() for m in plain.finditer(RELATIVE_TEXT)]


# -- required / cued: the words every match holds ------------------------------------------
@pytest.mark.parametrize("pattern, words", [
    (r"(?<![\w.])(?:the\s+)?District of (?P<state>[A-Z][a-z]+)", ("District of ",)),
    (r"(?:sued|filed suit against)\s+\w+", ("filed suit against", "sued")),
    (r"(?P<number>\d+)(?:st|nd|rd|th)\s+Circuit(?:\s+Court)?", ("Circuit",)),  # the longer run, not a suffix
    (r"(?=\w+ County)[A-Z]\w+", (" County",)),  # what a look-ahead sees is in the text too
    (r"(?:Acme\s+)+Robotics", ("Robotics",)),
    (r"(?:Acme|[A-Z]\w+) Inc", (" Inc",)),  # the branch with a class tells nothing, the run after it does
])
def test_required_names_the_words_every_match_holds(pattern, words):
    assert required(pattern) == words


@pytest.mark.parametrize("pattern", [
    r"(?i:county)\s+[A-Z]\w*",  # a word matched ignoring case: no word (the Kelvin sign matches k)
    r"(?:the\s+)?[A-Z]\w+",  # an optional word alone
    r"(?:Acme|[A-Z]\w+)",  # a branch with a class: no word every match holds
    r"(?!Acme)[A-Z]\w+",  # a word a negative look-ahead names is no word of the match
    r"(?:Acme\s+)*[A-Z]\w+",  # a word repeated perhaps no time
])
def test_required_tells_no_word_a_match_can_do_without(pattern):
    assert required(pattern) == ()


def _span(match: re.Match | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_a_cued_pattern_finds_what_the_plain_one_finds_and_skips_a_text_without_its_words():
    pattern = r"(?<![\w.&'’-])(?P<name>[A-Z][a-z]+)[ \t]+(?:County|Court)(?![\w-])"
    plain, gated = re.compile(pattern), cued(pattern)
    assert isinstance(gated, Cued) and gated.words == ("Cou",)  # (re's parser takes the branches' common start out)
    for text in ("Gwinnett County and Lake Court", "no such words here", "", "Lake Courts, Gwinnett County"):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert gated.findall(text) == plain.findall(text)
        assert _span(gated.search(text, 3)) == _span(plain.search(text, 3))
    assert gated.held("Lake Court") and not gated.held("Lake court")
    assert list(gated.finditer("Lake court")) == [] and gated.findall("Lake court") == []
    assert cued(r"[A-Z]\w+").pattern == scanning(r"[A-Z]\w+").pattern  # no word: the pattern itself



@pytest.mark.parametrize("text", [
    "星澜数据在Harrowgate County法院起诉蓝鲸影业", "Zorvex Labs v. Quillon Media, Harrowgate Court", "星澜数据起诉蓝鲸影业",
    "Harrowgate Cou\x00rt 与 Cou", "星澜Co", "Co星u", "ur法院Court", "Harrowgate Cour星t", "", "Cou", "é Court 星", "法院\x00Cou",
])
def test_a_cued_pattern_holds_a_text_exactly_where_the_text_holds_one_of_its_words(text):
    # (a word of ASCII characters looked for in the text's ASCII runs: none runs over a Chinese character)
    words = ("Cou", "rt 与", "法院起诉", "Lake\x00")
    gated = Cued(re.compile("x"), words)
    assert gated.held(text) == any(word in text for word in words)
    alone = Cued(re.compile("x"), ("Cou",))  # (every word of ASCII characters)
    assert alone.held(text) == ("Cou" in text)


def test_a_cued_pattern_is_compiled_at_the_first_text_holding_its_words():
    """cued() compiles a pattern with words only when a text holds one of them, or another of
    the compiled pattern's attributes is asked for; then as scanning() compiles it."""
    pattern = r"(?<![\w.])Judge (?P<name>[A-Z][a-z]+)"
    gated = cued(pattern, re.MULTILINE)
    assert "compiled" not in vars(gated)
    assert gated.search("法官审理此案") is None and list(gated.finditer("no judge")) == [] and gated.findall("") == []
    assert "compiled" not in vars(gated)  # no text held "Judge": nothing compiled
    assert gated.search("该案由 Judge Roe 审理").group("name") == "Roe" and "compiled" in vars(gated)
    made = scanning(pattern, re.MULTILINE)
    assert (gated.pattern, gated.flags, gated.groups, gated.groupindex) == (made.pattern, made.flags, made.groups, made.groupindex)
    other = cued(pattern)  # an attribute asked for first: compiled then
    assert other.groupindex == {"name": 1} and other.compiled.pattern == scanning(pattern).pattern
    assert other.match("Judge Ann").group("name") == other.fullmatch("Judge Ann").group("name") == "Ann"
    with pytest.raises(AttributeError):
        other.no_such_attribute  # noqa: B018

def test_every_cued_pattern_of_the_english_name_rules_skips_only_texts_it_finds_nothing_in():
    """The look-up is a necessary condition: on every text of the demo corpus and the dev set,
    and the long-sentence shapes, a pattern whose words the text lacks finds nothing there."""
    from pathlib import Path

    from kg.ingest import read_document
    from kg.mentions.english import EnglishNames
    from kg.mentions.words import vocabulary
    root = Path(__file__).resolve().parent.parent
    texts = [read_document(path).text for folder in (root / "data" / "corpus", root / "bench" / "dev")
             for path in sorted(folder.glob("*.txt")) if path.stem != "README"]
    texts += ["Board of Directors of Acme Corp and the Board of Trustees of Beta University sued OpenAI Inc and " * 20,
              "Acme Inc v. Beta LLC and Gamma Corp v. OpenAI Inc, " * 20]
    rules = EnglishNames(vocabulary()).rules
    gated = [value for rule in rules for value in vars(rule).values() if isinstance(value, Cued)]
    assert len(gated) >= 40
    skipped = 0
    for pattern in gated:
        for text in texts:
            if not any(word in text for word in pattern.words):
                skipped += 1
                assert pattern.compiled.search(text) is None, (pattern.pattern[:80], pattern.words)
    assert skipped > 0


def _plain(pattern: re.Pattern) -> re.Pattern:
    """The pattern without the look-ahead scanning put before it (there must be one)."""
    assert pattern.pattern.startswith("(?=")
    return re.compile(pattern.pattern[pattern.pattern.index(")(?:") + len(")(?:"):-1], pattern.flags)


def test_the_patterns_read_at_every_sentence_or_line_behind_their_look_ahead_find_what_they_find_alone():
    """Invented lines and sentences: a byline's labels (kg.segment Bylines), a described state body
    (kg.facts.coref), the nouns of a described party and of a place's families (kg.unnamed) are found
    behind the look-ahead of their first characters, where they were found alone before."""
    from kg.facts.base import Shared
    from kg.facts.coref import DescribedBodies
    from kg.mentions.words import load_kb
    from kg.segment import _lexicons
    from kg.unnamed import _by_place, _described
    lexicons = _lexicons()
    patterns = [lexicons.bylines.label, lexicons.staff.label, DescribedBodies(Shared(load_kb())).pattern,
                _described().noun, _by_place().suit]
    texts = ["记者 赵文 编辑：钱晓雨 | 来源：晴港日报", "本报记者赵文编辑钱晓雨摄", "By Jane Roe, Photo: Harbor Wire",
             "The Irish privacy regulator opened an inquiry; the country's competition watchdog and Acme's data "
             "authority said nothing.", "三名作家起诉甲公司，families in Ohio and Utah sued; 多名画师提起诉讼。",
             "", "　\n文：林一 图／王二"]
    for pattern in patterns:
        plain = _plain(pattern)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert [(m and m.span()) for m in (pattern.match(text), pattern.search(text, 3))] == \
                [(m and m.span()) for m in (plain.match(text), plain.search(text, 3))]
