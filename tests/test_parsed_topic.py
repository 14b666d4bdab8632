"""kg.facts.parsed: a suit named by its plaintiffs whose defendant is the clause's topic (a suit
defended, fought or faced, one of the cases it lists, one waged against "it"; a settlement in a
suit brought by X; claims brought by X et al; a complaint filed on behalf of X a sentence after the
suit faced). Invented sentences; the names are marked by hand, as the name families would find them."""
from __future__ import annotations

import pytest

from tests.test_parsed_across import _pairs, _read_item
from kg.facts.base import Shared
from kg.facts.parsed import ParsedSuits


@pytest.fixture(scope="module")
def family(pipeline):
    return ParsedSuits(Shared(pipeline.kb))


C, P = "Company", "Person"


@pytest.mark.parametrize("text, names, pairs, rule", [
    # a suit defended or fought: its subject is the defendant
    ("Corvid Labs is defending a lawsuit brought by Orbit Press over its crawler.",
     {"Corvid Labs": C, "Orbit Press": C}, {("Orbit Press", "Corvid Labs")}, "parsed/sued"),
    ("Tessellate fought the lawsuit filed by Mara Stone for two years.",
     {"Tessellate": C, "Mara Stone": P}, {("Mara Stone", "Tessellate")}, "parsed/sued"),
    # one of the cases a defendant faces or defends, listed after "including" / "such as"
    ("Quillmind is defending several cases, including Harbor Daily's lawsuit accusing the company of copying.",
     {"Quillmind": C, "Harbor Daily": C}, {("Harbor Daily", "Quillmind")}, "parsed/sued"),
    ("Pixelforge faces many suits, such as one lawsuit brought by Lev Patel.",
     {"Pixelforge": C, "Lev Patel": P}, {("Lev Patel", "Pixelforge")}, "parsed/sued"),
    # waged against it: the pronoun's name is the subject of a clause the parse hung below
    ("Pixelforge faces yet another test: the lawsuit waged against it by Mara Stone in Ohio.",
     {"Pixelforge": C, "Mara Stone": P}, {("Mara Stone", "Pixelforge")}, "parsed/sued"),
    # claims brought by X et al: "by" whose object the parse lost
    ("Harbor Platforms was partially granted its motion to dismiss claims brought by Sorensen et al concerning the use "
     "of copyrighted material by its tool Lumen.",
     {"Harbor Platforms": C, "Sorensen": P}, {("Sorensen", "Harbor Platforms")}, "parsed/dismissal"),
    # a complaint filed on behalf of X, the suit faced a sentence before
    ("Lumen Notes is facing a new lawsuit. The complaint is filed on behalf of Dana Reyes, whose son died in May.",
     {"Lumen Notes": C, "Dana Reyes": P}, {("Dana Reyes", "Lumen Notes")}, "parsed/sued_across"),
    # a settlement whose plaintiffs it describes; a later sentence names them by a suit filed (initiated) by X
    ("Lumen Notes has reached a settlement in a class action brought by a group of painters. The deal arises from "
     "a lawsuit initiated last year by painters Dana Reyes and Lev Patel.",
     {"Lumen Notes": C, "Dana Reyes": P, "Lev Patel": P},
     {("Dana Reyes", "Lumen Notes"), ("Lev Patel", "Lumen Notes")}, "parsed/sued_across"),
    ("Quillmind and Nova Maps have reached settlements with several families. The settled cases include a lawsuit "
     "filed by Dana Reyes, who said the chatbot harmed her son.", {"Quillmind": C, "Nova Maps": C, "Dana Reyes": P},
     {("Dana Reyes", "Quillmind"), ("Dana Reyes", "Nova Maps")}, "parsed/sued_across"),
])
def test_the_topic_defends_the_suit_its_plaintiffs_brought(family, text, names, pairs, rule):
    assert _pairs(_read_item(family, text, names), rule) == pairs


@pytest.mark.parametrize("text, names", [
    # the suit is not what the subject faces: a question about it, a plan to fight it
    ("Quillmind faces questions, including one about Harbor Daily's lawsuit.", {"Quillmind": C, "Harbor Daily": C}),
    ("Corvid Labs plans to fight the lawsuit brought by Orbit Press.", {"Corvid Labs": C, "Orbit Press": C}),
    ("Corvid Labs is defending its record in a report on the lawsuit brought by Orbit Press.",
     {"Corvid Labs": C, "Orbit Press": C}),
])
def test_no_defendant_where_the_topic_does_not_face_the_suit(family, text, names):
    assert not {(h, t) for h, t, _ in _read_item(family, text, names)}


def test_a_settlement_in_a_suit_brought_by_x(family):
    text = "Sparkline and Nova Maps reached a settlement in a lawsuit brought by Ravi Menon."
    names = {"Sparkline": C, "Nova Maps": C, "Ravi Menon": P}
    assert _pairs(_read_item(family, text, names), "parsed/sued") == {("Ravi Menon", "Sparkline"), ("Ravi Menon", "Nova Maps")}
    assert _pairs(_read_item(family, text, names, "settled"), "parsed/settled") == \
        {("Sparkline", "Ravi Menon"), ("Nova Maps", "Ravi Menon")}
