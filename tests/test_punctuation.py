from kg.punctuation import CLAUSE_BREAK, CLAUSE_END, CLAUSE_OR_LINE_END_MARKS


def test_a_comma_or_colon_breaks_a_clause_and_a_full_stop_does_not():
    assert CLAUSE_BREAK.findall("甲起诉乙，要求赔偿：十万元。") == ["，", "："]


def test_a_semicolon_or_full_stop_ends_a_clause_and_a_question_mark_does_not():
    assert CLAUSE_END.findall("甲起诉乙；法院受理。为何？") == ["；", "。"]


def test_a_name_clause_also_ends_at_an_exclamation_a_question_or_a_line_end():
    assert {"！", "?", "\n", "，", "。"} <= set(CLAUSE_OR_LINE_END_MARKS)
    assert "、" not in CLAUSE_OR_LINE_END_MARKS  # a list's names share their clause
