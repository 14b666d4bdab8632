"""kg.model: the records between the stages; here, where a position or a stretch of text
stands against the names found in it."""
from kg.model import Mention, inside_any, overlaps_any

NAMES = [Mention("微软", "Company", 0, 2), Mention("OpenAI", "Company", 3, 9)]  # 微软诉OpenAI案


def test_a_position_inside_a_name_is_inside_any():
    assert inside_any(0, NAMES) and inside_any(1, NAMES) and inside_any(8, NAMES)


def test_a_position_between_or_after_names_is_inside_none():
    assert not inside_any(2, NAMES)  # 诉, between the two names
    assert not inside_any(9, NAMES)  # 案: a name's end is the first position after it
    assert not inside_any(0, [])


def test_a_stretch_overlaps_a_name_it_shares_a_character_with():
    assert overlaps_any(1, 3, NAMES)  # 软诉
    assert overlaps_any(8, 10, NAMES)  # I案
    assert overlaps_any(4, 5, NAMES)  # inside OpenAI


def test_a_stretch_that_only_touches_a_name_overlaps_none():
    assert not overlaps_any(2, 3, NAMES)  # 诉 alone
    assert not overlaps_any(9, 10, NAMES)
    assert not overlaps_any(0, 2, [])
