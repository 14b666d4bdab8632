"""kg.facts.parsed: English suits, settlements and rulings read from the dependency parse
(invented sentences of each shape; the names are marked by hand, as the name families would
find them, so that the test reads the family alone)."""
from __future__ import annotations

import re

import pytest

from kg.facts.base import Sentence, Shared, evidence
from kg.facts.parsed import ParsedSuits, ParseWords
from kg.model import Item, Mention


@pytest.fixture(scope="module")
def family(pipeline):
    return ParsedSuits(Shared(pipeline.kb))


def _read(family, text: str, names: dict[str, str]) -> set[tuple[str, str, str, str]]:
    """The family's facts in one sentence whose names (and their types) are given, as
    (head, relation, tail, rule)."""
    mentions = []
    for name, type_ in names.items():
        at = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        assert at is not None, name
        mentions.append(Mention(name, type_, at.start(), at.end(), mechanism="english"))
    mentions.sort(key=lambda m: m.start)
    item = Item("fixture.txt", 1, "", text, date="2025-03-01")
    sentence = Sentence(item, text, 0, len(text), mentions, evidence(item, text, 0, len(text), None), [], mentions)
    return {(f.head.text, f.relation, f.tail.text, f.rule) for f in family.facts(sentence)}


def _sued(read) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t, _ in read if r == "sued"}


C, P, O, J, K = "Company", "Person", "Organization", "Jurisdiction", "Court"


# -- the subject of a filing or suing verb, however far from it, each member of its list --
@pytest.mark.parametrize("text, names, pairs", [
    ("Maple Records, the label known for its jazz catalogue, and Brightline Audio, which distributes its albums, "
     "filed a lawsuit against Tunewave on Monday.",
     {"Maple Records": C, "Brightline Audio": C, "Tunewave": C},
     {("Maple Records", "Tunewave"), ("Brightline Audio", "Tunewave")}),
    ("Harbor Daily, which sued Corvid Labs last year, says the crawler ignored its rules.",
     {"Harbor Daily": C, "Corvid Labs": C}, {("Harbor Daily", "Corvid Labs")}),
    ("Novelist Dana Whitfield, along with fellow writer Omar Linde, is suing Quillmind over its training data.",
     {"Dana Whitfield": P, "Omar Linde": P, "Quillmind": C},
     {("Dana Whitfield", "Quillmind"), ("Omar Linde", "Quillmind")}),
    ("A group of illustrators, including Mara Stone and Lev Patel, brought a class action against Pixelforge.",
     {"Mara Stone": P, "Lev Patel": P, "Pixelforge": C},
     {("Mara Stone", "Pixelforge"), ("Lev Patel", "Pixelforge")}),
    ("Orbit Press has taken Sparkline to court over its summaries.", {"Orbit Press": C, "Sparkline": C},
     {("Orbit Press", "Sparkline")}),
])
def test_plaintiffs_are_the_subject_of_the_suit(family, text, names, pairs):
    read = _read(family, text, names)
    assert _sued(read) == pairs
    assert {rule for *_, rule in read} == {"parsed/sued"}


# -- the defendant as subject: passive verbs, faced and hit suits, a suit noun's own phrases --
@pytest.mark.parametrize("text, names, pairs", [
    ("Corvid Labs was sued by the Harbor Daily and Pine Press over its crawler.",
     {"Corvid Labs": C, "Harbor Daily": C, "Pine Press": C},
     {("Harbor Daily", "Corvid Labs"), ("Pine Press", "Corvid Labs")}),
    ("Quillmind faces a lawsuit from the Writers Union over its training data.",
     {"Quillmind": C, "Writers Union": O}, {("Writers Union", "Quillmind")}),
    ("A copyright suit filed by Orbit Press against Sparkline and Tessellate was moved to Delaware.",
     {"Orbit Press": C, "Sparkline": C, "Tessellate": C, "Delaware": J},
     {("Orbit Press", "Sparkline"), ("Orbit Press", "Tessellate")}),
    ("Regulators are watching Harbor Daily's lawsuit against Corvid Labs closely.",
     {"Harbor Daily": C, "Corvid Labs": C}, {("Harbor Daily", "Corvid Labs")}),
])
def test_the_sides_a_passive_or_a_suit_noun_names(family, text, names, pairs):
    assert _sued(_read(family, text, names)) == pairs


# -- no suit: a hedge or a negation above the verb, a dateline, a place qualifying a noun --
@pytest.mark.parametrize("text, names", [
    ("Orbit Press plans to sue Sparkline over its summaries.", {"Orbit Press": C, "Sparkline": C}),
    ("Orbit Press threatened to file a lawsuit against Sparkline.", {"Orbit Press": C, "Sparkline": C}),
    ("Orbit Press did not sue Sparkline, its spokesperson said.", {"Orbit Press": C, "Sparkline": C}),
])
def test_a_hedged_or_denied_suit_is_no_suit(family, text, names):
    assert not _sued(_read(family, text, names))


@pytest.mark.parametrize("text, names", [
    ("The privacy group Datawatch has filed a complaint against Quillmind with the Irish Data Protection Commission.",
     {"Datawatch": O, "Quillmind": C, "Irish Data Protection Commission": "Regulator"}),
    ("UK parenting forum Kidsnet launches legal action against Quillmind", {"UK": J, "Quillmind": C}),
])
def test_a_complaint_to_a_regulator_or_a_place_qualifying_a_name_is_no_suit(family, text, names):
    assert not _sued(_read(family, text, names))


def test_a_dateline_and_a_qualifying_place_are_no_party(family):
    read = _read(family, "BOSTON — Orbit Press, the Boston-based publisher, sued Sparkline, a US startup, on Friday.",
                 {"BOSTON": J, "Orbit Press": C, "US": J, "Sparkline": C})
    assert _sued(read) == {("Orbit Press", "Sparkline")}


# -- settlements: with a party, of a suit its plaintiffs brought, by a payment, between two --
@pytest.mark.parametrize("text, names, settled, sued", [
    ("Sparkline has settled with Orbit Press, ending the dispute.", {"Sparkline": C, "Orbit Press": C},
     {("Sparkline", "Orbit Press")}, set()),
    ("Tessellate settled a patent lawsuit brought by inventor Ravi Menon.", {"Tessellate": C, "Ravi Menon": P},
     {("Tessellate", "Ravi Menon")}, {("Ravi Menon", "Tessellate")}),
    ("Tessellate agreed to pay $3 million to the state of Oregon to settle claims over its app.",
     {"Tessellate": C, "Oregon": J}, {("Tessellate", "Oregon")}, set()),
    ("Quillmind reached a settlement with the Writers Union in March.", {"Quillmind": C, "Writers Union": O},
     {("Quillmind", "Writers Union")}, set()),
])
def test_settlements(family, text, names, settled, sued):
    read = _read(family, text, names)
    assert {(h, t) for h, r, t, _ in read if r == "settled"} == settled
    assert _sued(read) == sued


# -- rulings: the court the subject names (or its judge's) adjudicates the parties the ruling names --
@pytest.mark.parametrize("text, names, parties", [
    ("Judge Ann Reyes of the U.S. District Court for the District of Oregon denied Corvid Labs' motion to dismiss.",
     {"Ann Reyes": P, "U.S. District Court for the District of Oregon": K, "Corvid Labs": C}, {"Corvid Labs"}),
    ("The Lisbon Commercial Court dismissed the lawsuit filed by Orbit Press against Sparkline.",
     {"Lisbon Commercial Court": K, "Orbit Press": C, "Sparkline": C}, {"Orbit Press", "Sparkline"}),
    ("The Turin Regional Court has handed down its ruling in the case of Orbit Press v. Sparkline Ltd.",
     {"Turin Regional Court": K, "Orbit Press": C, "Sparkline": C}, {"Orbit Press", "Sparkline"}),
    ("In a first ruling of its kind, the Lyon Commercial Court found Sparkline liable for copying the maps.",
     {"Lyon Commercial Court": K, "Sparkline": C}, {"Sparkline"}),
    ("In the proceedings brought by the publishers' group Orbit Press against Sparkline, the Lyon Commercial Court "
     "ruled that Sparkline must pay damages.",
     {"Orbit Press": C, "Sparkline": C, "Lyon Commercial Court": K}, {"Orbit Press", "Sparkline"}),
# courts named without "court" (the Ninth Circuit), judges' panels, passives, rulings won, favoured sides,
# the court a report or a coordinated verb names, and what a ruling's object holds
    ("The Ninth Circuit affirmed the Copyright Office's rejection of Lena Ortiz's application.",
     {"Ninth Circuit": K, "Copyright Office": "Regulator", "Lena Ortiz": P}, {"Copyright Office", "Lena Ortiz"}),
    ("A panel of the Ninth Circuit agreed with Pixelforge that the claims were time-barred.",
     {"Ninth Circuit": K, "Pixelforge": C}, {"Pixelforge"}),
    ("Pixelforge's motion to dismiss was denied by the Ninth Circuit on Monday.", {"Pixelforge": C, "Ninth Circuit": K},
     {"Pixelforge"}),
    ("The suit against Pixelforge, Corvid Labs and Tunewave was dismissed by Oregon District Court Judge Mara Quill.",
     {"Pixelforge": C, "Corvid Labs": C, "Tunewave": C, "Oregon District Court": K}, {"Pixelforge", "Corvid Labs", "Tunewave"}),
    ("Pixelforge won a ruling from the Oregon Court of Appeals on Tuesday.", {"Pixelforge": C, "Oregon Court of Appeals": K},
     {"Pixelforge"}),
    ("The Delaware Chancery Court handed Pixelforge a partial win on Friday.", {"Delaware Chancery Court": K, "Pixelforge": C},
     {"Pixelforge"}),
    ("The High Court ruled in favour of Pixelforge in the dispute brought by Harbor Images.",
     {"High Court": K, "Pixelforge": C, "Harbor Images": C}, {"Pixelforge", "Harbor Images"}),
    ("Judge Sam Reyes, of the Southern District of Ohio, said in an order that the court denied Pixelforge's motions to "
     "dismiss claims brought by Harbor Images.", {"Sam Reyes": P, "Southern District of Ohio": K, "Pixelforge": C,
                                                  "Harbor Images": C}, {"Pixelforge", "Harbor Images"}),
    ("Judge Sam Reyes of the Southern District of Ohio granted Tunewave's motion and denied the one Pixelforge filed.",
     {"Sam Reyes": P, "Southern District of Ohio": K, "Tunewave": C, "Pixelforge": C}, {"Tunewave", "Pixelforge"}),
    ("The Ninth Circuit concluded that the district court erred in denying Pixelforge's motion to dismiss.",
     {"Ninth Circuit": K, "Pixelforge": C}, {"Pixelforge"}),
])
def test_rulings_adjudicate_the_named_sides(family, text, names, parties):
    read = _read(family, text, names)
    courts = {h for h, r, _, _ in read if r == "adjudicated"}
    assert len(courts) == 1 and {t for _, r, t, _ in read if r == "adjudicated"} == parties


def test_a_judge_of_no_named_court_adjudicates_nothing(family):
    read = _read(family, "Judge Ann Reyes denied Corvid Labs' motion to dismiss.", {"Ann Reyes": P, "Corvid Labs": C})
    assert not {r for _, r, _, _ in read if r == "adjudicated"}
    read = _read(family, "A federal judge in San Francisco sided with Corvid Labs on Monday.", {"Corvid Labs": C})
    assert not {r for _, r, _, _ in read if r == "adjudicated"}


def _read_in_item(family, text: str, names: dict[str, str], elsewhere: list[Mention]) -> set[tuple[str, str]]:
    """The adjudicated pairs of one sentence of an item that names ``elsewhere`` in its other sentences."""
    mentions = sorted((Mention(n, t, m.start(), m.end(), mechanism="english") for n, t in names.items()
                       if (m := re.search(re.escape(n), text))), key=lambda m: m.start)
    item = Item("fixture.txt", 1, "", text, date="2025-03-01")
    sentence = Sentence(item, text, 0, len(text), mentions, evidence(item, text, 0, len(text), None), [],
                        mentions + elsewhere)
    return {(f.head.text, f.tail.text) for f in family.facts(sentence) if f.relation == "adjudicated"}


@pytest.mark.parametrize("text, parties", [
    ("Judge Mara Quill granted Pixelforge's motion to dismiss and denied Tunewave's.", {"Pixelforge", "Tunewave"}),
    ("The court, pending the final hearing, restrained Pixelforge and Tunewave from using her voice.",
     {"Pixelforge", "Tunewave"}),
    ("A federal judge threw out Tunewave's motion to dismiss the suit.", {"Tunewave"}),
    ("The court was hearing a petition filed by Pixelforge, which sought protection of its trademarks.", {"Pixelforge"}),
])
def test_a_judge_or_the_court_is_the_items_one_court(family, text, parties):
    court = Mention("Oregon District Court", K, 1000, 1021, mechanism="english")
    names = {"Mara Quill": P, "Pixelforge": C, "Tunewave": C}
    assert _read_in_item(family, text, names, [court]) == {("Oregon District Court", p) for p in parties}
    other = Mention("Ninth Circuit", K, 1100, 1113, mechanism="english")  # two courts: which one is unknown
    assert not _read_in_item(family, text, names, [court, other])
    assert not _read_in_item(family, "He denied Pixelforge's motion.", names, [court])  # "he": no judge said


@pytest.mark.parametrize("text, names, parties", [
    # what the claims are about, a case a ruling cites, a judge whose ruling is reviewed: no party
    ("The Ninth Circuit denied Pixelforge's motion to dismiss claims over Corvid Labs' voice product.",
     {"Ninth Circuit": K, "Pixelforge": C, "Corvid Labs": C}, {"Pixelforge"}),
    ("The Ninth Circuit dismissed Harbor Images' claims, citing its earlier ruling for Tunewave.",
     {"Ninth Circuit": K, "Harbor Images": C, "Tunewave": C}, {"Harbor Images"}),
    ("The Ninth Circuit reversed Judge Ann Reyes's order against Pixelforge.",
     {"Ninth Circuit": K, "Ann Reyes": P, "Pixelforge": C}, {"Pixelforge"}),
])
def test_a_ruling_names_no_party_in_what_it_is_about(family, text, names, parties):
    read = _read(family, text, names)
    assert {t for _, r, t, _ in read if r == "adjudicated"} == parties


@pytest.mark.parametrize("text, names, party, described", [
    # a relative in apposition (son of X), a name qualifying a thing (the second of two quoted names before a noun)
    ("The Lyon Commercial Court has restrained the release of a film featuring Theo Marlow, son of singer and "
     "actor Ben Marlow, citing his personality rights.",
     {"Lyon Commercial Court": K, "Theo Marlow": P, "Ben Marlow": P}, "Theo Marlow", "Ben Marlow"),
    ("The Lyon Commercial Court found Pixelforge liable for generating images that contained a “Harbor” or “Tunewave” "
     "watermark.", {"Lyon Commercial Court": K, "Pixelforge": C, "Harbor": C, "Tunewave": C}, "Pixelforge", "Tunewave"),
])
def test_a_name_describing_a_party_is_no_party(family, text, names, party, described):
    parties = {t for _, r, t, _ in _read(family, text, names) if r == "adjudicated"}
    assert party in parties and described not in parties


@pytest.mark.parametrize("text, names, pairs", [
    # a suit with no suit verb: the complaint's allegation names the defendant, a case "against" parsed at all
    ("The complaint, brought by Orbit Press, accuses Sparkline of copying its maps.", {"Orbit Press": C, "Sparkline": C},
     {("Orbit Press", "Sparkline")}),
    ("The lawsuit filed by Orbit Press alleges that Sparkline's crawler ignored its rules.",
     {"Orbit Press": C, "Sparkline": C}, {("Orbit Press", "Sparkline")}),
    ("Orbit Press's case against Sparkline will go to trial in May.", {"Orbit Press": C, "Sparkline": C},
     {("Orbit Press", "Sparkline")}),
])
def test_suits_told_by_their_allegation_or_a_case_against(family, text, names, pairs):
    assert _sued(_read(family, text, names)) == pairs


@pytest.mark.parametrize("text", [
    "Orbit Press hired Sparkline to build its new reader app.",
    "Orbit Press and Sparkline opened offices near the court house in Lyon.",  # a court, no ruling verb
])
def test_a_sentence_without_a_cue_is_not_parsed(family, monkeypatch, text):
    from kg.facts import parsed
    monkeypatch.setattr(parsed, "parse", lambda sentence: pytest.fail("parsed a sentence without a cue"))
    assert not _read(family, text, {"Orbit Press": C, "Sparkline": C})


def test_the_lexicon_names_each_kind(tmp_path):
    bad = tmp_path / "parse_cues.tsv"
    bad.write_text("kind\tcues\ncue\tsue\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no row for"):
        ParseWords(bad)
