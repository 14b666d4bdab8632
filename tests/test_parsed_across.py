"""kg.facts.parsed: a suit whose two sides two sentences name (``parsed/sued_across``), a filing
whose defendant only its accusation names, and rulings given to a party or after a suit
(invented sentences of each shape; the names are marked by hand, as the name families would find them)."""
from __future__ import annotations

import re

import pytest

from kg.facts.base import Sentence, Shared, evidence
from kg.facts.parsed import ParsedSuits
from kg.model import Item, Mention


@pytest.fixture(scope="module")
def family(pipeline):
    return ParsedSuits(Shared(pipeline.kb))


C, P, J = "Company", "Person", "Jurisdiction"


def _read_item(family, text: str, names: dict[str, str], relation: str = "sued") -> set[tuple[str, str, str]]:
    """The pairs of ``relation`` the family reads in each sentence of a one-item text, with the rule."""
    mentions = sorted((Mention(name, type_, at.start(), at.end(), mechanism="english") for name, type_ in names.items()
                       for at in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)), key=lambda m: m.start)
    item = Item("fixture.txt", 1, "", text, date="2025-03-01")
    out = set()
    for start, end, _ in family.shared.dated_sentences(item, text):
        inside = [m for m in mentions if start <= m.start < end]
        sentence = Sentence(item, text, start, end, inside, evidence(item, text, start, end, None), [], mentions)
        out |= {(f.head.text, f.tail.text, f.rule) for f in family.facts(sentence) if f.relation == relation}
    return out


def _pairs(read, rule: str = "parsed/sued_across") -> set[tuple[str, str]]:
    return {(h, t) for h, t, r in read if r == rule}


@pytest.mark.parametrize("text, names, pairs", [
    # the defendants first, the plaintiffs a sentence later: a role noun's appositive, a suit told before
    ("Lumen Notes now faces a federal class action over its recorder. The lead plaintiff, Dana Reyes of Fresno, "
     "alleges her calls were taped.", {"Lumen Notes": C, "Dana Reyes": P}, {("Dana Reyes", "Lumen Notes")}),
    ("A lawsuit has been filed against Quillmind and its founder Omar Linde. The lawsuit, brought by Harbor Press, "
     "alleges fraud.", {"Quillmind": C, "Omar Linde": P, "Harbor Press": C},
     {("Harbor Press", "Quillmind"), ("Harbor Press", "Omar Linde")}),
    ("The case against Corvid Labs was filed in New York on Monday. The plaintiffs in the case are labels that own "
     "the recordings, including Maple Records and Brightline Audio.",
     {"Corvid Labs": C, "Maple Records": C, "Brightline Audio": C},
     {("Maple Records", "Corvid Labs"), ("Brightline Audio", "Corvid Labs")}),
    # the plaintiffs first, more defendants or more plaintiffs a sentence later
    ("Orbit Press filed a lawsuit against Sparkline on Monday. Other defendants include Nova Maps and Pixelforge.",
     {"Orbit Press": C, "Sparkline": C, "Nova Maps": C, "Pixelforge": C},
     {("Orbit Press", "Nova Maps"), ("Orbit Press", "Pixelforge")}),
    ("Maple Records sued Tunewave in 2024. Nova Sound, which joined Maple Records in the suit, has not settled.",
     {"Maple Records": C, "Tunewave": C, "Nova Sound": C}, {("Nova Sound", "Tunewave"), ("Maple Records", "Tunewave")}),
    ("Pixelforge was hit with a copyright suit in Ohio last spring. Harbor Images filed the complaint after talks failed.",
     {"Pixelforge": C, "Harbor Images": C}, {("Harbor Images", "Pixelforge")}),
])
def test_a_suit_told_over_two_sentences(family, text, names, pairs):
    assert _pairs(_read_item(family, text, names)) == pairs


@pytest.mark.parametrize("text, names", [
    # no suit before the role noun; a suit only cited; a new suit (indefinite) is no suit told before
    ("Tunewave won a contract with Orbit Press. The plaintiffs, Maple Records and Nova Sound, say the deal is void.",
     {"Tunewave": C, "Orbit Press": C, "Maple Records": C, "Nova Sound": C}),
    ("Orbit Press sued Sparkline in May. According to the complaint against Nova Maps, the maps were copied.",
     {"Orbit Press": C, "Sparkline": C, "Nova Maps": C}),
    ("Sparkline faces a lawsuit over its maps. Harbor Images filed a complaint with the city about parking.",
     {"Sparkline": C, "Harbor Images": C}),
    # three sentences apart: too far to be the same suit
    ("Pixelforge was hit with a suit in Ohio. Its shares fell. Analysts were surprised. Harbor Images filed the suit "
     "in May.", {"Pixelforge": C, "Harbor Images": C}),
])
def test_no_suit_across_where_none_is_told_before(family, text, names):
    assert not _pairs(_read_item(family, text, names))


def test_a_place_is_no_defendant_borrowed(family):
    text = ("Lumen Notes, based in Fresno, faces a class action filed in Fresno. The lead plaintiff, Dana Reyes, "
            "says her calls were taped.")
    assert _pairs(_read_item(family, text, {"Lumen Notes": C, "Fresno": J, "Dana Reyes": P})) == {("Dana Reyes", "Lumen Notes")}


@pytest.mark.parametrize("text, names, pairs", [
    ("Harbor Press, a regional publisher, filed the lawsuit in March, accusing Brightwave of copying its novels.",
     {"Harbor Press": C, "Brightwave": C}, {("Harbor Press", "Brightwave")}),
    ("Nova Sound filed suit on Friday, alleging that Tunewave copied its catalogue.", {"Nova Sound": C, "Tunewave": C},
     {("Nova Sound", "Tunewave")}),
    ("Dana Reyes brought a class action last week, claiming Lumen Notes recorded her calls without consent.",
     {"Dana Reyes": P, "Lumen Notes": C}, {("Dana Reyes", "Lumen Notes")}),
])
def test_a_filing_whose_accusation_names_the_defendant(family, text, names, pairs):
    assert _pairs(_read_item(family, text, names), "parsed/sued") == pairs


K = "Court"


def _read_rulings(family, text: str, names: dict[str, str]) -> set[tuple[str, str, str]]:
    return _read_item(family, text, names, "adjudicated")


@pytest.mark.parametrize("text, names, parties", [
    # relief given to a party; the suit a ruling follows; a court's chamber; declined a motion; claims asserted by X
    ("The Bombay High Court granted interim relief to singer Dana Reyes, restraining Pixelforge from cloning her voice.",
     {"Bombay High Court": K, "Dana Reyes": P, "Pixelforge": C}, {"Dana Reyes", "Pixelforge"}),
    ("The Delhi High Court has issued a summons to Quillmind following a lawsuit filed by Orbit Press.",
     {"Delhi High Court": K, "Quillmind": C, "Orbit Press": C}, {"Quillmind", "Orbit Press"}),
    ("The 7th Civil Chamber of the Lyon Regional Court largely upheld Nova Sound's claims.",
     {"Lyon Regional Court": K, "Nova Sound": C}, {"Nova Sound"}),
    ("Judge Ann Reyes of the Ohio District Court declined Sparkline's motion to dismiss the suit.",
     {"Ohio District Court": K, "Ann Reyes": P, "Sparkline": C}, {"Sparkline"}),
    ("The Ohio District Court granted claims asserted by Harbor Press against Pixelforge.",
     {"Ohio District Court": K, "Harbor Press": C, "Pixelforge": C}, {"Harbor Press", "Pixelforge"}),
    # a court protecting a party's rights, hearing the petition a party filed
    ("The Kerala High Court has protected the personality rights of actor Dev Marlow by restraining websites from "
     "using his name.", {"Kerala High Court": K, "Dev Marlow": P}, {"Dev Marlow"}),
    ("The Madras High Court passed an injunction order protecting the publicity rights of singer Lena Ortiz.",
     {"Madras High Court": K, "Lena Ortiz": P}, {"Lena Ortiz"}),
    ("Justice Ann Reyes of the Kerala High Court was hearing a petition filed by Dev Marlow against Pixelforge.",
     {"Ann Reyes": P, "Kerala High Court": K, "Dev Marlow": P, "Pixelforge": C}, {"Dev Marlow", "Pixelforge"}),
])
def test_rulings_given_to_a_party_or_after_a_suit(family, text, names, parties):
    court = next(n for n, t in names.items() if t == K)
    assert {(h, t) for h, t, r in _read_rulings(family, text, names) if r == "parsed/adjudicated"} == \
        {(court, p) for p in parties}
