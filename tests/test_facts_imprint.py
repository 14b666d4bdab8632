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
