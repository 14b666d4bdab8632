"""kg.facts.parsed: suits read from a motion to dismiss (``parsed/dismissal``: its movant is the
suit's defendant), a suit's side told by a pronoun or by a name compounded before the suit noun,
and a role noun before a name (invented sentences of each shape; names marked by hand)."""
from __future__ import annotations

import pytest

from kg.facts.base import Shared
from kg.facts.parsed import ParsedSuits
from test_parsed_across import _read_item  # (head, tail, rule) of a relation in each sentence of a one-item text


@pytest.fixture(scope="module")
def family(pipeline):
    return ParsedSuits(Shared(pipeline.kb))


C, P, J, K = "Company", "Person", "Jurisdiction", "Court"


def _pairs(read) -> set[tuple[str, str]]:
    return {(h, t) for h, t, _ in read}


@pytest.mark.parametrize("text, names, pairs", [
    ("Quillmind and Pixelforge moved to dismiss Harbor Press's copyright claims last week.",
     {"Quillmind": C, "Pixelforge": C, "Harbor Press": C},
     {("Harbor Press", "Quillmind"), ("Harbor Press", "Pixelforge")}),
    ("The judge denied Sparkline's motion to dismiss a key claim in a similar case brought by Orbit Press.",
     {"Sparkline": C, "Orbit Press": C}, {("Orbit Press", "Sparkline")}),
    ("Tunewave brought motions to dismiss parts of Maple Records' case.", {"Tunewave": C, "Maple Records": C},
     {("Maple Records", "Tunewave")}),
    ("Corvid Labs was partly granted its motion to dismiss claims brought by Dana Reyes and Omar Linde.",
     {"Corvid Labs": C, "Dana Reyes": P, "Omar Linde": P},
     {("Dana Reyes", "Corvid Labs"), ("Omar Linde", "Corvid Labs")}),
])
def test_the_movant_of_a_dismissal_is_the_defendant(family, text, names, pairs):
    read = _read_item(family, text, names)
    assert _pairs(read) == pairs
    assert {rule for *_, rule in read} == {"parsed/dismissal"}


@pytest.mark.parametrize("text, names", [
    ("The court dismissed Harbor Press's claims against the city.", {"Harbor Press": C}),  # the court, no movant
    ("Quillmind moved to Delaware after Harbor Press filed claims.", {"Quillmind": C, "Harbor Press": C, "Delaware": J}),
    ("Quillmind may move to dismiss Harbor Press's claims.", {"Quillmind": C, "Harbor Press": C}),  # hedged
    ("Quillmind's motion to dismiss the complaint was denied.", {"Quillmind": C}),  # no plaintiff named
])
def test_no_dismissal_suit_without_a_movant_and_a_plaintiff(family, text, names):
    assert not {(h, t) for h, t, rule in _read_item(family, text, names) if rule == "parsed/dismissal"}


@pytest.mark.parametrize("text, names, pairs", [
    # a pronoun for a side: the nearest name subject of a clause above it
    ("Sparkline is asking the court to throw out the lawsuit filed against it by Orbit Press.",
     {"Sparkline": C, "Orbit Press": C}, {("Orbit Press", "Sparkline")}),
    # a name compounded before the suit noun, its defendants named after "against"
    ("A judge ruled that a Harbor Press copyright lawsuit against Corvid Labs can proceed.",
     {"Harbor Press": C, "Corvid Labs": C}, {("Harbor Press", "Corvid Labs")}),
    # a possessive on the noun's compound: X's DMCA claims
    ("Regulators are watching Harbor Press's DMCA lawsuit against Corvid Labs.",
     {"Harbor Press": C, "Corvid Labs": C}, {("Harbor Press", "Corvid Labs")}),
])
def test_a_side_told_by_a_pronoun_or_a_qualifying_name(family, text, names, pairs):
    assert _pairs(_read_item(family, text, names)) == pairs


def test_a_place_compounded_before_a_suit_is_no_plaintiff(family):
    assert not _pairs(_read_item(family, "A California lawsuit against Corvid Labs was filed.",
                                 {"California": J, "Corvid Labs": C}))


def test_a_role_noun_before_names_lists_a_side_told_before(family):
    text = ("Lumen Notes is facing a class action filed by two users over its recorder. Plaintiffs Dana Reyes and "
            "Omar Linde say their calls were taped.")
    read = _read_item(family, text, {"Lumen Notes": C, "Dana Reyes": P, "Omar Linde": P})
    assert _pairs(read) == {("Dana Reyes", "Lumen Notes"), ("Omar Linde", "Lumen Notes")}


@pytest.mark.parametrize("text, names, parties", [
    # a ruling told as a noun of its court, and the sides it names
    ("A Delaware Superior Court ruling largely in favour of Corvid Labs over Harbor Press angered authors.",
     {"Delaware Superior Court": K, "Corvid Labs": C, "Harbor Press": C}, {"Corvid Labs", "Harbor Press"}),
    ("The Delaware Superior Court's decision in the case brought by Harbor Press against Corvid Labs surprised many.",
     {"Delaware Superior Court": K, "Corvid Labs": C, "Harbor Press": C}, {"Corvid Labs", "Harbor Press"}),
    # a ruling (a case) won with its court compounded before it, over the side after "against"
    ("Corvid Labs has won a landmark Delaware Superior Court case against Harbor Press.",
     {"Delaware Superior Court": K, "Corvid Labs": C, "Harbor Press": C}, {"Corvid Labs", "Harbor Press"}),
])
def test_a_court_verdict_told_as_a_noun(family, text, names, parties):
    read = _read_item(family, text, names, "adjudicated")
    assert {h for h, _, _ in read} == {"Delaware Superior Court"} and {t for _, t, _ in read} == parties


def test_a_court_verdict_naming_no_side_adjudicates_nothing(family):
    assert not _read_item(family, "The Delaware Superior Court's order on the use of Harbor Press's images was "
                          "published.", {"Delaware Superior Court": K, "Harbor Press": C}, "adjudicated")


@pytest.mark.parametrize("text, names, pairs", [
    ("Datawatch has filed a complaint with the Austrian privacy regulator, alleging that Aria's answers broke the law.",
     {"Datawatch": "Organization", "Aria": "AIModel"}, {("Datawatch", "Aria")}),
    ("Datawatch filed 11 complaints with data protection authorities in Austria and France concerning Corvid Labs' "
     "plans.", {"Datawatch": "Organization", "Austria": J, "France": J, "Corvid Labs": C}, {("Datawatch", "Corvid Labs")}),
])
def test_a_complaint_lodged_with_a_regulator_accuses(family, text, names, pairs):
    assert _pairs(_read_item(family, text, names, "accused")) == pairs
    assert not _read_item(family, text, names, "sued")


def test_a_complaint_lodged_with_a_court_accuses_no_one(family):
    names = {"Datawatch": "Organization", "Corvid Labs": C}
    assert not _read_item(family, "Datawatch filed a complaint against Corvid Labs with the court in Vienna.", names,
                          "accused")
