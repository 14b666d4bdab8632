"""kg.mentions.initials: a body's undeclared initials stand for it in the same item."""
from __future__ import annotations

from kg.mentions.initials import Initials, initials
from kg.model import Mention


def test_initials_leave_out_small_words_and_need_three_capitalised_words():
    assert initials("Northern Lakes Teachers Union") == "NLTU"
    assert initials("Bank of the North Atlantic") == "BNA"
    assert initials("Acme Robotics") is None  # two words: too short to tell
    assert initials("Institute for advanced study") is None  # a lower-case word


def test_undeclared_initials_are_a_label_of_the_full_name(names):
    found = names("Teachers at the Northern Lakes Teachers Union voted on Monday. The NLTU said the deal was fair, "
                  "and NLTU's leaders will meet again.")
    short = [m for text, m in found.items() if text == "NLTU"]
    assert short and short[0].canonical == "Northern Lakes Teachers Union"


def test_initials_two_bodies_share_stand_for_neither():
    text = "The Northern Lakes Teachers Union and the National League of Teaching Unions met. The NLTU left early."
    bodies = [Mention("Northern Lakes Teachers Union", "Organization", 4, 33, mechanism="latin"),
              Mention("National League of Teaching Unions", "Organization", 42, 76, mechanism="latin")]
    assert not Initials.initialed(text, bodies)
    assert [m.canonical for m in Initials.initialed(text, bodies[:1])] == ["Northern Lakes Teachers Union"]
