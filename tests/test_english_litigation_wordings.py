"""The ways English news and client alerts word a suit, a ruling and a settlement (issue 49),
each shape on invented sentences of several wordings: a filing told with what it alleges, the
suit in which its plaintiffs accuse, the defendant hit with a suit, the defendant's motion
against a suit a plaintiff brought, a suit filed over the defendant's act, the plaintiffs told
as a set, accusations faced from a group, a settlement agreed or paid for, and what none of
these makes (a place describing a plaintiff, the artists whose songs were copied, the
settlement an item told before)."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (facts: the module's fixture, shared)


@pytest.mark.parametrize("text", [
    "Reddit filed a lawsuit on Wednesday accusing Anthropic of scraping its site.",
    "In 2024, Reddit filed suit, alleging that Anthropic scraped its site.",
    "Reddit filed a complaint in state court on Wednesday, claiming that Anthropic scraped its site.",
    "Reddit has filed a class action, accusing Anthropic of scraping its site.",
])
def test_a_filing_told_with_what_it_alleges_is_a_suit_against_the_accused(facts, text):
    assert ("Reddit", "Anthropic") in _of(facts(text), "sued")


@pytest.mark.parametrize("text", [
    "The settlement follows a 2024 lawsuit in which record labels Universal Music Group, Sony Music and "
    "Warner Music accused Udio and another AI company, Suno, of copying songs.",
    "The settlement follows a 2024 lawsuit in which major record labels—Universal Music Group, Sony Music, "
    "and Warner Music—accused Udio and another AI company, Suno, of copying songs.",
    "It is the latest turn in a case in which Universal Music Group, Sony Music and Warner Music alleged that "
    "Udio and Suno copied their recordings.",
])
def test_the_suit_in_which_its_plaintiffs_accuse_is_their_suit_against_each(facts, text):
    found = facts(text)
    assert {(label, company) for label in ("Universal Music Group", "Sony Music", "Warner Music")
            for company in ("Udio", "Suno")} <= _of(found, "sued")
    assert not _of(found, "accused")


@pytest.mark.parametrize("text", [
    "Stability AI was hit with a lawsuit by Getty Images.",
    "Getty Images slapped Stability AI with a copyright lawsuit.",
    "Stability AI has been served with a class action from Getty Images.",
])
def test_a_defendant_hit_with_a_suit(facts, text):
    assert ("Getty Images", "Stability AI") in _of(facts(text), "sued")


@pytest.mark.parametrize("text", [
    "Judge Sidney Stein of the U.S. District Court for the Southern District of New York denied OpenAI's "
    "motion to dismiss the lawsuit brought by The New York Times.",
    "The U.S. District Court for the Southern District of New York denied a bid by OpenAI to throw out the "
    "case filed last year by The New York Times.",
])
def test_the_defendants_motion_against_a_suit_a_plaintiff_brought(facts, text):
    found = facts(text)
    assert ("The New York Times", "OpenAI") in _of(found, "sued")
    court = "U.S. District Court for the Southern District of New York"
    assert {(court, "OpenAI"), (court, "The New York Times")} <= _of(found, "adjudicated")


@pytest.mark.parametrize("text", [
    "The ruling stems from a case filed last year by writers Andrea Bartz and Charles Graeber after "
    "Anthropic used copies of their books.",
    "The ruling comes in a suit brought by Andrea Bartz and Charles Graeber because Anthropic had copied "
    "their books.",
])
def test_a_suit_filed_over_the_defendants_act(facts, text):
    assert {("Andrea Bartz", "Anthropic"), ("Charles Graeber", "Anthropic")} <= _of(facts(text), "sued")


@pytest.mark.parametrize("second", [
    "The plaintiffs in the cases are photo agencies, including Shutterstock and Alamy.",
    "Plaintiffs include Shutterstock and Alamy.",
    "The plaintiffs are Shutterstock and Alamy.",
])
def test_plaintiffs_told_as_a_set_sue_the_items_defendant(facts, second):
    found = _of(facts(f"Getty Images sued Stability AI in March. {second}"), "sued")
    assert {("Shutterstock", "Stability AI"), ("Alamy", "Stability AI")} <= found


def test_the_makers_of_copied_works_are_no_plaintiffs(facts):
    found = facts("Universal Music Group sued Suno in 2024. The labels claimed the company copied hundreds of "
                  "songs from top artists, including Taylor Swift and Lady Gaga.")
    assert not {h for h, _ in _of(found, "sued")} & {"Taylor Swift", "Lady Gaga"}


@pytest.mark.parametrize("text", [
    "The suit, filed Tuesday in federal court in San Francisco, accuses Stability AI of copying photos. "
    "Getty Images filed the suit.",
    "The lawsuit, which Getty Images filed in Delaware, accuses Stability AI of copying photos.",
    "In a complaint filed Monday, Getty Images alleges that Stability AI copied 12 million photos.",
    "Getty Images is seeking damages from Stability AI in a suit filed in Delaware.",
])
def test_a_suit_whose_plaintiff_and_defendant_stand_in_different_clauses(facts, text):
    assert ("Getty Images", "Stability AI") in _of(facts(text), "sued")


def test_a_suit_by_a_plaintiff_against_a_defendant_a_court_revived(facts):
    found = facts("The Ninth Circuit Court of Appeals revived a lawsuit by Megan Garcia against "
                  "Character Technologies.")
    assert ("Megan Garcia", "Character Technologies") in _of(found, "sued")
    assert ("Ninth Circuit Court of Appeals", "Character Technologies") in _of(found, "adjudicated")


def test_a_court_finding_a_defendant_liable_in_a_plaintiffs_case(facts):
    found = facts("The Munich Regional Court found OpenAI liable for copyright infringement in a case brought "
                  "by GEMA.")
    assert ("GEMA", "OpenAI") in _of(found, "sued")
    assert {("Munich Regional Court", "GEMA"), ("Munich Regional Court", "OpenAI")} <= _of(found, "adjudicated")


def test_co_plaintiffs_alleging_beside_the_captions_plaintiff_sue_and_are_ruled_on(facts):
    found = facts("In Bartz v. Anthropic, Judge William Alsup of the Northern District of California delivered "
                  "a ruling. Novelists Andrea Bartz, Charles Graeber and Kirk Wallace Johnson alleged that "
                  "Anthropic had copied their books.")
    assert {("Charles Graeber", "Anthropic"), ("Kirk Wallace Johnson", "Anthropic")} <= _of(found, "sued")
    assert not {("Charles Graeber", "Anthropic"), ("Kirk Wallace Johnson", "Anthropic")} & _of(found, "accused")
    assert ("Northern District of California", "Charles Graeber") in _of(found, "adjudicated")


@pytest.mark.parametrize("text", [
    "Perplexity has also faced allegations from other media organisations, including Forbes and Wired.",
    "Perplexity has faced similar accusations from Forbes and Wired.",
])
def test_allegations_faced_from_a_group_accuse(facts, text):
    assert {("Forbes", "Perplexity"), ("Wired", "Perplexity")} <= _of(facts(text), "accused")


@pytest.mark.parametrize("text", [
    "Last week, The New York Times sent a cease and desist notice to Perplexity.",
    "The New York Times sent Perplexity a cease and desist letter last week.",
    "The New York Times, in addition to accusing Perplexity of copying, said it would act.",
])
def test_a_cease_and_desist_and_an_accusation_beside_another_act(facts, text):
    assert ("The New York Times", "Perplexity") in _of(facts(text), "accused")


@pytest.mark.parametrize("text", [
    "Getty Images and Stability AI have agreed to resolve their dispute.",
    "Stability AI agreed to pay Getty Images $10 million to end the lawsuit.",
    "Getty Images and Stability AI ended their legal battle on Monday.",
])
def test_a_dispute_resolved_or_a_suit_paid_off_is_settled(facts, text):
    found = _of(facts(text), "settled")
    assert ("Getty Images", "Stability AI") in found or ("Stability AI", "Getty Images") in found


def test_the_settlement_told_before_settles_no_co_plaintiff(facts):
    found = facts("Universal Music Group has reached a settlement with Udio. The settlement follows a 2024 "
                  "lawsuit in which Universal Music Group, Sony Music and Warner Music accused Udio and Suno "
                  "of copying songs.")
    settled = {frozenset(pair) for pair in _of(found, "settled")}
    assert settled == {frozenset({"Universal Music Group", "Udio"})}
    assert ("Sony Music", "Udio") in _of(found, "sued")


@pytest.mark.parametrize("text", [
    "A California Gmail user has filed a proposed class action accusing Google of reading messages.",
    "A New York shopper has filed a lawsuit accusing Amazon of collecting biometric data.",
])
def test_a_place_describing_a_plaintiff_sues_no_one(facts, text):
    assert not _of(facts(text), "sued")


@pytest.mark.parametrize("text", [
    "The Irish Data Protection Commission communicated its concerns to Meta in June.",
    "The Irish Data Protection Commission set out its objections to Meta last week.",
])
def test_concerns_put_to_the_actor_accuse_it(facts, text):
    assert ("Irish Data Protection Commission", "Meta") in _of(facts(text), "accused")


@pytest.mark.parametrize("text", [
    "The SEC alleged Zentrix Inc. made false and misleading statements in its filings.",
    "The SEC charged that Zentrix Inc. misled investors about its use of AI.",
])
def test_a_charge_of_deception_accuses(facts, text):
    assert ("SEC", "Zentrix Inc.") in _of(facts(text), "accused")


def test_what_a_relative_clause_says_its_subject_publishes_sues_no_one(facts):
    found = facts("Two publishers, which publish The Wall Street Journal and the New York Post, respectively, "
                  "sued Perplexity in 2024.")
    assert not {h for h, _ in _of(found, "sued")} & {"The Wall Street Journal", "New York Post"}


@pytest.mark.parametrize("text, plaintiffs", [
    ("Getty Images, along with Shutterstock, sued Stability AI on Tuesday.", {"Getty Images", "Shutterstock"}),
    ("Shutterstock joined a class action against Stability AI last year.", {"Shutterstock"}),
    ("Stability AI is a defendant in a lawsuit brought by Getty Images.", {"Getty Images"}),
    ("Stability AI was named as a defendant in Getty Images' suit.", {"Getty Images"}),
])
def test_a_plaintiff_joining_and_a_defendant_told_as_such(facts, text, plaintiffs):
    assert {(plaintiff, "Stability AI") for plaintiff in plaintiffs} <= _of(facts(text), "sued")


@pytest.mark.parametrize("text", [
    "According to the Authors Guild, OpenAI violated the copyright of thousands of writers.",
    "The Authors Guild blamed OpenAI for the loss of income.",
])
def test_an_accusation_told_by_its_source_or_as_blame(facts, text):
    assert {h.removeprefix("The ") for h, t in _of(facts(text), "accused") if t == "OpenAI"} == {"Authors Guild"}


@pytest.mark.parametrize("text", [
    "Stability AI agreed to settle claims by Getty Images.",
    "Stability AI will pay Getty Images $10 million under the settlement.",
    "Getty Images and Stability AI reached an agreement to end the litigation.",
])
def test_a_settlement_told_by_its_claims_its_payment_or_its_agreement(facts, text):
    found = _of(facts(text), "settled")
    assert ("Getty Images", "Stability AI") in found or ("Stability AI", "Getty Images") in found


@pytest.mark.parametrize("text", [
    "Critics, including the Authors Guild and the News Media Alliance, have accused OpenAI of copying their works.",
    "The Authors Guild called OpenAI's practices deceptive.",
    "The Authors Guild alleges that OpenAI trained its models on pirated books.",
])
def test_critics_conduct_called_wrongful_and_an_allegation_accuse(facts, text):
    assert ("Authors Guild", "OpenAI") in {(h.removeprefix("The "), t) for h, t in _of(facts(text), "accused")}


def test_a_plaintiffs_allegation_about_a_product_is_its_suits(facts):
    found = facts("Jane Roe sued Anthropic in December. Roe alleges that Claude was trained on pirated books.")
    assert ("Jane Roe", "Anthropic") in _of(found, "sued")
    assert not {t for _, t in _of(found, "accused")} & {"Claude"}


@pytest.mark.parametrize("text", [
    "The decision by the U.S. District Court for the District of Delaware in Thomson Reuters v. Ross Intelligence "
    "is the first on fair use.",
    "Thomson Reuters sued Ross Intelligence in 2020. The District of Delaware handed down its decision in February.",
])
def test_a_decision_handed_down_or_told_as_the_courts(facts, text):
    assert {court for court, party in _of(facts(text), "adjudicated") if party == "Ross Intelligence"}


def test_a_court_agreeing_to_hear_an_appeal_has_not_ruled(facts):
    found = facts("Thomson Reuters sued Ross Intelligence in 2020. The Third Circuit agreed to hear Ross "
                  "Intelligence's appeal.")
    assert not {court for court, _ in _of(found, "adjudicated")} & {"Third Circuit"}


@pytest.mark.parametrize("text", [
    "The ruling rests on a lawsuit from Jane Roe, John Doe, and Mary Major against Zorvex Labs dating back to 2024.",
    "A federal judge has allowed a lawsuit from voice actors Jane Roe, John Doe and Mary Major to proceed against "
    "AI voice startup Zorvex Labs.",
    "The court let a class action from Jane Roe, John Doe and Mary Major go forward against Zorvex Labs.",
    "The judgment ends a copyright dispute filed by Jane Roe, John Doe and Mary Major against Zorvex Labs.",
])
def test_a_suit_told_as_a_noun_from_its_plaintiffs_or_a_dispute_they_filed_against_its_defendant(facts, text):
    found = _of(facts(text), "sued")
    assert {(person, "Zorvex Labs") for person in ("Jane Roe", "John Doe", "Mary Major")} <= found
    assert not {head for head, tail in found if head == "Zorvex Labs"}


@pytest.mark.parametrize("text", [
    "The court heard evidence from Jane Roe against Zorvex Labs.",
    "Zorvex Labs won a dispute with Jane Roe against all odds.",
])
def test_evidence_or_a_dispute_with_a_party_is_no_suit_told_as_a_noun(facts, text):
    assert not _of(facts(text), "sued")
