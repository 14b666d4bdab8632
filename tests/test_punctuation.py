from kg.punctuation import CLAUSE_BREAK, CLAUSE_END, CLAUSE_OR_LINE_END_MARKS, latin_only


def test_a_comma_or_colon_breaks_a_clause_and_a_full_stop_does_not():
    assert CLAUSE_BREAK.findall("甲起诉乙，要求赔偿：十万元。") == ["，", "："]


def test_a_semicolon_or_full_stop_ends_a_clause_and_a_question_mark_does_not():
    assert CLAUSE_END.findall("甲起诉乙；法院受理。为何？") == ["；", "。"]


def test_a_name_clause_also_ends_at_an_exclamation_a_question_or_a_line_end():
    assert {"！", "?", "\n", "，", "。"} <= set(CLAUSE_OR_LINE_END_MARKS)
    assert "、" not in CLAUSE_OR_LINE_END_MARKS  # a list's names share their clause


def test_english_with_curly_quotes_dashes_and_an_ellipsis_is_latin_only():
    assert latin_only("Judge Roe said Acme’s “core” claim – and more… – may proceed.")
    assert latin_only("plain ASCII text")
    assert not latin_only("法院驳回了Acme的请求")
    assert not latin_only("Zoë Roe’s case")  # a letter beyond ASCII is no typographic mark
