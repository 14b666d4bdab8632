"""The official family: the head of a place's government named by the place and the office
is a Regulator (sentences written for the tests)."""
from __future__ import annotations

import pytest


def test_a_state_body_and_a_field_word_are_no_company(names):
    assert not [m for m in names("英国首相科技顾问称，").values() if m.type == "Company"]


@pytest.mark.parametrize("text, office, place", [
    ("据报道，蒙古国总统呼日勒苏赫周二签署了一项数据法令。", "蒙古国总统", "蒙古国"),
    ("高雄市長陳其邁出席了啟用典禮。", "高雄市長", "高雄市"),
    ("新法由印度尼西亚总统批准后生效。", "印度尼西亚总统", "印度尼西亚"),
])
def test_a_place_and_its_head_of_government_are_a_regulator(names, text, office, place):
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "official/place")
    assert place not in found or found[place].type == "Jurisdiction"


@pytest.mark.parametrize("text", ["菲律宾总统大选将于明年五月举行。", "巴西总统候选人均承诺监管人工智能。"])
def test_an_election_of_a_head_of_government_is_no_regulator(names, text):
    assert not [m for m in names(text).values() if m.mechanism == "official/place"]
