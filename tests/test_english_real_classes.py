"""English phrasings met on real published text (issue 49), each on invented sentences of
the same shape: a penalty told with the inquiry behind it, an inquiry's finding told as
the regulator's, a maker named after a comma without "the", a plaintiff described as
someone from a place before the name."""
from __future__ import annotations

import pytest

from test_facts_english import _of, facts  # noqa: F401  (facts: the module's fixture, shared)


@pytest.mark.parametrize("text", [
    "The Bavarian Data Protection Office has fined Zentrix Inc. €12 million ($13.1 million) following an "
    "investigation into the use of personal data by its chatbot.",
    "Bavaria's data watchdog, the Bavarian Data Protection Office, fined Zentrix Inc. after an inquiry into "
    "how the company trained its models.",
])
def test_a_fine_after_an_inquiry_investigated_the_fined(facts, text):
    found = facts(text)
    assert ("Bavarian Data Protection Office", "Zentrix Inc.") in _of(found, "fined")
    assert ("Bavarian Data Protection Office", "Zentrix Inc.") in _of(found, "investigated")


def test_an_inquiry_into_another_name_is_not_the_fined_ones(facts):
    found = facts("The Bavarian Data Protection Office fined Zentrix Inc. after an investigation of Brightlane Ltd "
                  "found no breach.")
    assert ("Bavarian Data Protection Office", "Zentrix Inc.") in _of(found, "fined")
    assert ("Bavarian Data Protection Office", "Zentrix Inc.") not in _of(found, "investigated")


def test_the_regulator_telling_what_its_inquiry_found_investigated(facts):
    found = facts("The Bavarian Data Protection Office said its inquiry found that Zentrix Inc. had kept users' "
                  "data for too long.")
    assert ("Bavarian Data Protection Office", "Zentrix Inc.") in _of(found, "investigated")
    found = facts("The Bavarian Data Protection Office said its inquiry found that the rules were clear, and "
                  "Zentrix Inc. agreed.")
    assert not _of(found, "investigated")


@pytest.mark.parametrize("text", [
    "The case against Zentrix Inc, developer of Claude, was filed in Boston.",
    "The suit names Zentrix Inc., the developer of Claude, as a defendant.",
])
def test_a_maker_after_a_comma_with_or_without_the(facts, text):
    assert ("Zentrix Inc", "Claude") in {(h.rstrip("."), t) for h, t in _of(facts(text), "released")}


def test_a_plaintiff_described_as_someone_from_a_place(facts):
    found = facts("A lawsuit filed by a teacher from Ohio, Jane Roe, against Zentrix Inc. says the company broke "
                  "the law.")
    assert ("Jane Roe", "Zentrix Inc.") in _of(found, "sued")
    assert not any(h == "Ohio" for h, _ in _of(found, "sued"))


@pytest.mark.parametrize("text", [
    "The European Commission published draft rules, the Digital Omnibus, for public consultation.",
    "The European Commission published a set of draft rules, the Digital Omnibus, for public consultation.",
    "The European Commission invited comments on draft Digital Omnibus rules.",
    "The European Commission is seeking feedback on its draft Digital Omnibus.",
    "The European Commission is seeking public comment on a draft of the Digital Omnibus.",
])
def test_a_draft_made_public_or_put_to_comment_is_proposed(facts, text):
    assert ("European Commission", "Digital Omnibus") in _of(facts(text), "proposed")


def test_formal_proceedings_a_regulator_opens_are_an_investigation(facts):
    found = facts("The European Commission has opened formal proceedings against Zentrix Inc. under the "
                  "Digital Services Act.")
    assert ("European Commission", "Zentrix Inc.") in _of(found, "investigated")
    assert not _of(found, "sued")


def test_action_against_told_without_its_kind_accuses(facts):
    found = facts("The Federal Trade Commission took action against Zentrix Inc. for deceptive claims.")
    assert ("Federal Trade Commission", "Zentrix Inc.") in _of(found, "accused")
    assert not _of(found, "sued")
    found = facts("The Federal Trade Commission took legal action against Zentrix Inc. for deceptive claims.")
    assert ("Federal Trade Commission", "Zentrix Inc.") in _of(found, "sued")


@pytest.mark.parametrize("text", [
    "Getty Images' lawsuit alleges that Zentrix Inc. copied millions of photos.",
    "The agreement comes after Getty Images's lawsuit alleged that Zentrix Inc. used its photos.",
])
def test_what_a_plaintiffs_suit_says_its_defendant_did(facts, text):
    assert ("Getty Images", "Zentrix Inc.") in _of(facts(text), "sued")


@pytest.mark.parametrize("text", [
    "The judge's ruling said that Zentrix Inc. had copied photos.",
    "Getty Images' partner said that Zentrix Inc. copied photos.",
])
def test_a_ruling_or_a_partner_saying_so_is_no_suit(facts, text):
    assert not _of(facts(text), "sued")


def test_a_list_told_apart_by_semicolons_after_the_verb(facts):
    found = _of(facts("Jane Roe sued Zentrix Inc., the company behind the Zenbot app; its co-founders John Doe and "
                      "Richard Poe; Google, where the co-founders worked before starting the company; and Acme Corp."),
                "sued")
    assert {("Jane Roe", "Zentrix Inc."), ("Jane Roe", "John Doe"), ("Jane Roe", "Richard Poe"),
            ("Jane Roe", "Google")} <= found


@pytest.mark.parametrize("text", [
    "Jane Roe sued Zentrix Inc. in March; John Doe sued Google in May.",
    "Jane Roe sued Zentrix Inc. in March; and later Google agreed to settle with John Doe.",
])
def test_clauses_joined_by_semicolons_are_no_list(facts, text):
    found = _of(facts(text), "sued")
    assert ("Jane Roe", "Zentrix Inc.") in found
    assert not {("Jane Roe", "Google"), ("Jane Roe", "John Doe")} & found


def test_a_makers_description_names_one_maker_not_the_list_after_it(facts):
    found = _of(facts("In the proceedings brought by Getty Images against ChatGPT developer OpenAI, the High Court ruled "
                      "that OpenAI had no licence."), "released")
    assert not any(head == "High Court" for head, _ in found)
    found = _of(facts("ChatGPT maker OpenAI, Microsoft and Google signed the pledge."), "released")
    assert not any(head in ("Microsoft", "Google") for head, _ in found)


def test_its_product_is_not_the_owner_of_a_possessive_inside_a_phrase(facts):
    found = _of(facts("Getty Images is suing Stability AI in London, alleging that Stability AI scraped millions of "
                      "images from Getty Images's websites to train its Stable Diffusion model."), "released")
    assert ("Getty Images", "Stable Diffusion") not in found
    assert ("Mistral AI", "Mistral Large") in _of(
        facts("The deal lets Microsoft use Mistral AI's models, including its flagship Mistral Large."), "released")


@pytest.mark.parametrize("text", [
    "Stability AI is seeking to dismiss a lawsuit over its image generator. The suit was filed by Getty Images in 2023.",
    "A judge rejected Stability AI's bid to dismiss the case. The suit was filed by Getty Images in 2023.",
    "Stability AI moved to dismiss the complaint in May. The suit was filed by Getty Images in 2023.",
])
def test_who_asks_to_dismiss_a_suit_is_the_defendant_of_its_plaintiff_told_apart(facts, text):
    assert ("Getty Images", "Stability AI") in _of(facts(text), "sued")


def test_asking_to_dismiss_a_suit_whose_plaintiff_goes_untold_sues_nobody(facts):
    assert not _of(facts("Stability AI is seeking to dismiss a lawsuit over its image generator."), "sued")
