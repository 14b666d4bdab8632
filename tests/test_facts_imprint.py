"""The imprint family: the outlet a masthead names is part of the publisher its copyright
notice names, and a broadcaster over the story publishes the news service the notice names;
an outlet's own company, or two names neither of which is a publisher's, make no fact."""

import pytest

STORY = ("{masthead}\n\nRegulators open inquiry into chatbot maker\n\nBy Ellen Marsh\n\n"
         "Lakemont, March 3, 2025 - The state's consumer agency opened an inquiry into Quillfire Labs on Monday.\n\n"
         "© 2025 {holder}. All rights reserved.\n")


@pytest.mark.parametrize("masthead, holder, unit, parent", [
    ("THE LAKEMONT HERALD", "Greyfriars Media Holdings", "Lakemont Herald", "Greyfriars Media Holdings"),
    ("Eastshore Public Broadcasting", "ESB Radio News", "ESB Radio News", "Eastshore Public Broadcasting"),
])
def test_a_masthead_and_a_copyright_holder_one_of_them_a_publisher(read_facts, masthead, holder, unit, parent):
    facts = read_facts(STORY.format(masthead=masthead, holder=holder))
    assert (unit, "partOf", parent) in facts


@pytest.mark.parametrize("masthead, holder", [
    ("THE LAKEMONT HERALD", "Lakemont Herald Pty Ltd"),  # the outlet's own company
    ("THE LAKEMONT HERALD", "Lakemont Herald"),
])
def test_an_outlet_s_own_name_in_its_notice_makes_no_fact(read_facts, masthead, holder):
    facts = read_facts(STORY.format(masthead=masthead, holder=holder))
    assert not [fact for fact in facts if fact[1] == "partOf"]


@pytest.mark.parametrize("masthead, notice, unit, parent", [
    # a registered name the English family finds first is still the notice's holder
    ("THE LAKEMONT HERALD", "© 2025 Greyfriars Press Inc. Reprinted by permission.", "Lakemont Herald", "Greyfriars Press Inc."),
    # words before the mark on the notice's line do not open the holder
    ("THE LAKEMONT HERALD", "Lakemont Herald stories are compiled by the desk. © 2024 Tidewater Publishing Ltd. All rights reserved.",
     "Lakemont Herald", "Tidewater Publishing Ltd."),
])
def test_a_holder_after_the_mark_wherever_it_was_found(read_facts, masthead, notice, unit, parent):
    story = STORY.format(masthead=masthead, holder="X").replace("© 2025 X. All rights reserved.", notice)
    assert (unit, "partOf", parent) in read_facts(story)
