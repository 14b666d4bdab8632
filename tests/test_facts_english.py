"""English relation patterns (kg.facts.english): each class of phrasing on sentences of our own."""
from __future__ import annotations

import re

import pytest

from kg.facts.english import EnglishFacts, english_sentence
from kg.ingest import fold_characters
from kg.model import Item
from xfails import NAME_NOT_FOUND, NO_RULE, gap


@pytest.fixture(scope="module")
def facts(pipeline):
    def extract(text: str, title: str = "Wire story") -> set[tuple[str, str, str]]:
        text = f"{title}\n{text}"
        item = Item("fixture.txt", 1, title, text[len(title) + 1:], date="2025-06-01")
        found = pipeline.nlp(text).user_data["mentions"]
        result = pipeline.extractor.facts(item, text, found)
        result += pipeline.extractor.document_facts([(item, text, found)], result)
        return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text) for f in result}
    return extract


def _of(found, relation):
    return {(h, t) for h, r, t in found if r == relation}


def test_active_and_passive_suits_have_the_plaintiff_first(facts):
    assert ("Getty Images", "Stability AI") in _of(facts("Getty Images sued Stability AI in Delaware."), "sued")
    assert ("Getty Images", "Stability AI") in _of(facts("Stability AI was sued by Getty Images in 2023."), "sued")


def test_a_lawsuit_filed_by_one_against_another(facts):
    found = _of(facts("The ruling follows a lawsuit filed by authors Andrea Bartz and Charles Graeber "
                      "against Anthropic last year."), "sued")
    assert {("Andrea Bartz", "Anthropic"), ("Charles Graeber", "Anthropic")} <= found


def test_suits_filed_on_behalf_of_a_list_give_each_plaintiff_each_defendant(facts):
    found = _of(facts("Four complaints were lodged on behalf of Getty Images, Shutterstock and Alamy "
                      "against Midjourney and Stability AI."), "sued")
    assert {(plaintiff, defendant) for plaintiff in ("Getty Images", "Shutterstock", "Alamy")
            for defendant in ("Midjourney", "Stability AI")} <= found


def test_a_suit_whose_plaintiffs_stand_in_an_appositive(facts):
    found = _of(facts("The class action, filed by Getty Images and Shutterstock, accuses Midjourney of copying."), "sued")
    assert {("Getty Images", "Midjourney"), ("Shutterstock", "Midjourney")} <= found
    found = _of(facts("The complaint, brought last week by Getty Images against Stability AI, seeks damages."), "sued")
    assert ("Getty Images", "Stability AI") in found


def test_a_claim_brought_against_a_defendant(facts):
    found = _of(facts("Thomson Reuters brought a copyright claim against Ross Intelligence in 2020."), "sued")
    assert ("Thomson Reuters", "Ross Intelligence") in found


def test_backed_by_and_y_backed_x_make_the_backer_the_investor(facts):
    assert ("Amazon", "Anthropic") in _of(facts("Anthropic, which is backed by Amazon, released a model."), "investedIn")
    assert ("Microsoft", "OpenAI") in _of(facts("Microsoft-backed OpenAI released a model."), "investedIn")
    assert ("Anthropic", "Amazon") not in _of(facts("Anthropic, which is backed by Amazon, grew."), "investedIn")


def test_a_round_told_by_a_possessive_apostrophe_or_its_series_letter(facts):
    assert ("Nvidia", "Helio Labs") in _of(facts("Nvidia joined Helio Labs' seed round."), "investedIn")
    assert ("Amazon", "Helio Labs") in _of(facts("Helio Labs closed a Series B led by Amazon."), "investedIn")
    assert ("Amazon", "Helio Labs") in _of(facts("Helio Labs, an Amazon-backed startup, grew."), "investedIn")
    assert not _of(facts("Helio Labs received a letter from Amazon."), "investedIn")


def test_a_deal_to_license_from_a_partner(facts):
    found = facts("Amazon announced a deal to license content from The New York Times for its AI products.")
    assert ("Amazon", "纽约时报") in _of(found, "partnered") or ("Amazon", "The New York Times") in _of(found, "partnered")


def test_opening_an_inquiry_into_a_company_is_investigating_it(facts):
    found = facts("The Irish Data Protection Commission opened an inquiry into Google over its PaLM 2 model.")
    assert any(r == "investigated" and t in ("Google", "谷歌") for _, r, t in found)


def test_fined_banned_and_ordered_to_block(facts):
    assert any(r == "fined" for _, r, _ in facts("The Garante fined OpenAI 15 million euros."))
    found = facts("The Garante ordered DeepSeek to block its app in Italy.")
    assert any(r == "banned" and t in ("DeepSeek", "深度求索") for _, r, t in found)


def test_a_release_by_its_developer_and_not_by_a_name_inside_a_clause(facts):
    found = _of(facts("The start-up, founded by former researchers of Meta, launched its Magistral reasoning models "
                      "in June."), "released")
    assert not [pair for pair in found if pair[0] in ("Meta", "Meta Platforms")]
    assert ("Mistral AI", "Magistral") in _of(facts("Mistral AI released its Magistral reasoning models."), "released")


def test_a_court_that_rules_adjudicates_the_items_suit(facts):
    found = facts("Judge Araceli Martinez-Olguin of the Northern District of California dismissed part of the case "
                  "on Monday. Sarah Silverman sued OpenAI in 2023.", title="Authors sue OpenAI")
    court = "Northern District of California"
    assert {(court, "Sarah Silverman"), (court, "OpenAI")} <= _of(found, "adjudicated")


def test_a_court_that_weighs_in_on_a_named_case_adjudicates_its_sides(facts):
    found = facts("Getty Images sued Stability AI in London in 2023. The England and Wales High Court of Justice weighed in "
                  "on the dispute in Getty Images v. Stability AI last week.", title="UK court rules on AI images")
    court = "England and Wales High Court of Justice"
    assert {(court, "Getty Images"), (court, "Stability AI")} <= _of(found, "adjudicated")


@pytest.mark.parametrize("hearing", [
    "The Nairobi High Court will hear the case in March",
    "Rivala disputes the jurisdiction of the Nairobi High Court to hear the suit",
    "The Nairobi High Court concluded hearings on the application on Monday",
])
def test_a_court_that_hears_the_case_or_holds_hearings_adjudicates_the_items_suit(facts, hearing):
    found = facts(f"Kito Media sued Rivala in 2024. {hearing}.", title="Kito Media v. Rivala")
    court = "Nairobi High Court"
    assert {(court, "Kito Media"), (court, "Rivala")} <= _of(found, "adjudicated")


def test_a_court_where_counsel_asks_for_a_hearing_adjudicates_nothing(facts):
    found = facts("Kito Media filed a suit against Rivala in the Nairobi High Court and plans to seek hearings "
                  "next year.", title="Kito Media sues Rivala")
    assert not _of(found, "adjudicated")


def test_a_court_that_issued_a_described_order_in_a_case_adjudicates_its_sides(facts):
    found = facts("Concord Music Group sued Anthropic in 2023. The Northern District of California issued a short "
                  "Order in Concord Music Group v. Anthropic on Monday.", title="Order in lyrics case")
    court = "Northern District of California"
    assert {(court, "Concord Music Group"), (court, "Anthropic")} <= _of(found, "adjudicated")
    # an order issued by another body than a court is no court's act
    found = facts("Concord Music Group sued Anthropic in the Northern District of California. The White House "
                  "issued an Executive Order on AI on Monday.", title="Lyrics case")
    assert not _of(found, "adjudicated")


def test_a_court_where_a_suit_is_only_filed_adjudicates_nothing(facts):
    found = facts("The labels filed a suit against Suno in the District of Massachusetts.", title="Labels sue Suno")
    assert not _of(found, "adjudicated")


def test_settled_and_a_settlement_with_a_partner(facts):
    found = facts("Warner Music Group settled its lawsuit against Suno. The two companies signed a partnership agreement.")
    assert ("Warner Music Group", "Suno") in _of(found, "settled") | {(t, h) for h, t in _of(found, "settled")}
    assert ("Warner Music Group", "Suno") in _of(found, "partnered") | {(t, h) for h, t in _of(found, "partnered")}


@pytest.mark.parametrize("text, settled", [
    ("In May, Getty Images settled with Midjourney, and Microsoft with Perplexity.",
     {("Getty Images", "Midjourney"), ("Microsoft", "Perplexity")}),
    ("Getty Images settled with Midjourney, and Microsoft and Google with Perplexity.",
     {("Getty Images", "Midjourney"), ("Microsoft", "Perplexity"), ("Google", "Perplexity")}),
])
def test_a_second_clause_leaving_out_the_verb_reads_the_first_clauses_verb(facts, text, settled):
    found = _of(facts(text), "settled")
    assert settled <= found
    assert not {pair for pair in found if pair[0] == "Getty Images" and pair[1] != "Midjourney"}


def test_a_case_named_a_v_b_says_a_sued_b(facts):
    found = facts("The judge cited Thomson Reuters v. Ross Intelligence in the opinion.")
    assert ("Thomson Reuters", "Ross Intelligence") in _of(found, "sued") or \
        ("汤森路透", "Ross Intelligence") in _of(found, "sued")


@pytest.mark.parametrize("text", [
    "The FTC would be looking to investigate Snap if it found unlawful practices.",
    "Getty Images plans to sue Stability AI in the United States.",
    "Suno could face fines from the Garante.",
    "The authors threatened to sue Anthropic over the books.",
    "The Garante is considering whether to ban DeepSeek.",
    "Sony Music has not settled with Suno.",
])
def test_intentions_and_negations_are_no_facts(facts, text):
    relations = {"investigated", "sued", "fined", "banned", "settled"}
    assert not [f for f in facts(text) if f[1] in relations]


def test_an_agency_named_before_is_the_agency_that_acts(facts):
    found = facts("The Federal Trade Commission opened a study of chatbots. The agency sent orders to Snap and xAI.")
    assert {t for h, r, t in found if r == "investigated"} >= {"Snap", "xAI"}


def test_a_place_by_nationality_seat_or_possessive(facts):
    # the nationality where the item names the country too (a nationality word alone names no place)
    found = _of(facts("Dutch chipmaker ASML invested in Mistral AI, a deal the Netherlands welcomed. Seattle-based "
                      "Getty Images sued London-based Stability AI. Italy's data protection authority, the Garante, "
                      "acted."), "jurisdiction")
    assert {("ASML", "Dutch"), ("Getty Images", "Seattle"), ("Stability AI", "London"), ("Garante", "Italy")} <= found


def test_only_english_sentences_are_read_by_the_patterns():
    assert english_sentence("Getty Images sued Stability AI.")
    assert not english_sentence("Getty Images起诉Stability AI。")


def test_an_apposed_authority_and_a_phrase_between_commas_keep_the_actor(facts):
    found = facts("Ireland's data protection authority, the Data Protection Commission, on Monday fined TikTok "
                  "530 million euros. TikTok, on its part, sued the Commission.")
    assert any(r == "fined" and t == "TikTok" for _, r, t in found)


def test_a_registered_name_beginning_with_a_place_is_registered_there(facts):
    found = _of(facts("The order names Hangzhou DeepSeek Artificial Intelligence and nobody else."), "jurisdiction")
    assert ("Hangzhou DeepSeek Artificial Intelligence", "Hangzhou") in found or \
        ("Hangzhou DeepSeek Artificial Intelligence", "杭州市") in found


@pytest.mark.parametrize("text, fact", [
    ("The Authors Guild filed suit against OpenAI in Manhattan.", ("Authors Guild", "sued", "OpenAI")),
    ("Microsoft, which has invested $13 billion in OpenAI, said nothing.", ("Microsoft", "investedIn", "OpenAI")),
    ("Amazon will invest up to $4 billion in Anthropic.", ("Amazon", "investedIn", "Anthropic")),
    ("The CNIL opened an investigation into whether Clearview AI broke the law.",
     ("CNIL", "investigated", "Clearview AI")),
    ("Google agreed to acquire Wiz for $32 billion.", ("Google", "acquired", "Wiz")),
])
def test_more_wire_phrasings_with_their_direction(facts, text, fact):
    found = facts(text)
    head, relation, tail = fact
    assert any(r == relation and head in h and tail in t for h, r, t in found), found


def test_a_description_between_commas_adds_no_party_and_together_with_adds_one(facts):
    found = _of(facts("The Authors Guild sued OpenAI, the company behind the ChatGPT app, together with Microsoft, "
                      "in Manhattan."), "sued")
    assert {("The Authors Guild", "OpenAI"), ("The Authors Guild", "Microsoft")} <= found
    found = facts("Condé Nast, the owner of Wired and Vogue, filed a copyright suit against Cohere in federal court.")
    assert {h for h, t in _of(found, "sued")} == {"Condé Nast"}
    assert ("Vogue", "Condé Nast") in _of(found, "partOf")


def test_a_suit_filed_at_a_time_by_plaintiffs_and_later_extended_to_a_defendant(facts):
    found = _of(facts("The class action filed last year by Sarah Silverman and Christopher Golden against Stability AI "
                      "and Midjourney, later extended to DeviantArt, is pending."), "sued")
    assert {("Sarah Silverman", "DeviantArt"), ("Christopher Golden", "Midjourney")} <= found
    assert not _of(facts("The class action against Stability AI, later extended to DeviantArt, is pending."), "sued")


def test_entering_into_an_agreement_and_being_also_backed_by(facts):
    assert ("Apple", "OpenAI") in _of(facts("Apple had entered into a licensing agreement with OpenAI in June."),
                                      "partnered")
    assert ("Nvidia", "Mistral AI") in _of(facts("Mistral AI, which is also backed by Nvidia, released a model."),
                                           "investedIn")


def test_a_seat_after_the_name_and_a_possessive_place_for_one_name_only(facts):
    assert ("Cohere", "Toronto") in _of(facts("Cohere, the Toronto-based developer of the Command models, grew."),
                                        "jurisdiction")
    found = _of(facts("Investors included Singapore's state fund GIC, Goldman Sachs and Nvidia."), "jurisdiction")
    assert ("GIC", "Singapore") in found
    assert not {pair for pair in found if pair[0] in ("Goldman Sachs", "Nvidia")}


def test_two_cases_named_in_one_heading_are_two_cases_with_their_parties(facts):
    found = _of(facts("The two cases are in the same court.",
                      title="Getty Images v. Stability AI and Thomson Reuters v. Ross Intelligence (D. Del.)"), "sued")
    assert {("Getty Images", "Stability AI"), ("Thomson Reuters", "Ross Intelligence")} <= found
    assert ("Getty Images", "Ross Intelligence") not in found


def test_plural_suits_brought_by_names_with_their_article_against_the_two_companies(facts):
    found = _of(facts("The Times sued Microsoft and OpenAI in 2023. The case is heard with similar suits against the "
                      "two companies brought by the Daily News and the Chicago Tribune."), "sued")
    assert {("Daily News", "OpenAI"), ("Chicago Tribune", "Microsoft")} <= {(h.removeprefix("the "), t) for h, t in found}


def test_a_name_and_a_described_name_are_two_parties(facts):
    found = _of(facts("The labels sued Udio and its rival Suno in June."), "sued")
    assert not found  # no named plaintiff: nothing, and no "Udio sued Suno"
    found = _of(facts("Sony Music sued Udio and its rival Suno in June."), "sued")
    assert {("Sony Music", "Udio"), ("Sony Music", "Suno")} <= found


def test_a_ruling_is_about_the_suit_of_the_plaintiff_the_title_names(facts):
    found = _of(facts("Judge Sidney Stein of the Southern District of New York dismissed some claims. The Times sued "
                      "OpenAI in 2023. The Daily News sued OpenAI in 2024.", title="Judge lets Times case against "
                      "OpenAI go ahead"), "adjudicated")
    court = "Southern District of New York"
    assert (court, "OpenAI") in found and not [pair for pair in found if pair[1] == "Daily News"]


def test_what_an_actor_said_it_did_is_what_it_did_and_a_body_named_twice_is_one_actor(facts):
    assert ("Garante", "OpenAI") in _of(facts("The Garante said on Friday it had fined OpenAI 15 million euros."), "fined")
    assert not _of(facts("The Garante said on Friday it would fine OpenAI."), "fined")
    found = _of(facts("The Irish data regulator, the Data Protection Commission, fined TikTok on Friday."), "fined")
    assert {t for h, t in found} == {"TikTok"}


def test_a_list_of_names_each_after_the_closed_by_a_comma_and_is_no_body_named_twice(facts):
    """english (renamed): "the A, the B, and the C" lists three bodies, the serial comma before "and"
    is no comma closing a second name for A; a body named twice (the Federal Trade Commission, the FTC,)
    and a name described between commas (Stability AI, the maker of Stable Diffusion,) stay one member."""
    found = {frozenset(pair) for pair in _of(facts("The rules were jointly issued by the Ministry of Coastal Affairs, "
                                                   "the Ministry of Public Works, and the Ministry of Forests."), "partnered")}
    assert {frozenset({"Ministry of Coastal Affairs", "Ministry of Public Works"}),
            frozenset({"Ministry of Coastal Affairs", "Ministry of Forests"}),
            frozenset({"Ministry of Public Works", "Ministry of Forests"})} <= found, found
    found = {frozenset(pair) for pair in _of(facts("The rules were jointly issued by the Ministry of Fisheries, the Ministry "
                                                   "of Coastal Affairs, the Ministry of Public Works, and the Ministry of "
                                                   "Forests."), "partnered")}
    assert {frozenset({"Ministry of Fisheries", "Ministry of Coastal Affairs"}),
            frozenset({"Ministry of Coastal Affairs", "Ministry of Public Works"}),
            frozenset({"Ministry of Coastal Affairs", "Ministry of Forests"})} <= found, found
    found = {frozenset(pair) for pair in _of(facts("The Federal Trade Commission, the FTC, and the Ministry of Forests "
                                                   "jointly issued the rules."), "partnered")}
    assert frozenset({"Federal Trade Commission", "Ministry of Forests"}) in found, found
    assert frozenset({"Federal Trade Commission", "FTC"}) not in found, found
    found = _of(facts("Getty Images sued Stability AI, the maker of Stable Diffusion, and Midjourney on Monday."), "sued")
    assert {t for h, t in found} == {"Stability AI", "Midjourney"}, found


def test_names_listed_after_n_other_companies_including_are_parties_too(facts):
    found = _of(facts("Texas Attorney General Ken Paxton opened investigations into Character.AI and 14 other "
                      "technology companies, including Reddit and Discord."), "investigated")
    assert {("Ken Paxton", "Reddit"), ("Ken Paxton", "Discord"), ("Ken Paxton", "Character.AI")} <= found


def test_the_based_company_refers_to_the_company_named_before(facts):
    found = _of(facts("The Garante fined Clearview AI in 2022. The New York-based company said it would not pay."),
                "jurisdiction")
    assert ("Clearview AI", "New York") in found


def test_a_based_noun_of_no_company_kind_still_refers_to_the_company_named_before(facts):
    # "group" refers to an Organization and "developer" is no reference noun: behind a "-based"
    # seat either stands for the last company
    found = _of(facts("Mitsubishi Corporation bought a stake in Orvane Labs. The Tokyo-based group paid cash."),
                "jurisdiction")
    assert ("Mitsubishi Corporation", "Tokyo") in found
    found = _of(facts("Regulators in Ottawa questioned Maple Vision Inc. on Monday. The Montreal-based "
                      "developer promised an audit."), "jurisdiction")
    assert ("Maple Vision Inc.", "Montreal") in found


@pytest.mark.parametrize("text, head, place", [
    ("The San Francisco–based startup Quillbrook Labs raised money.", "Quillbrook Labs", "San Francisco"),
    ("Quillbrook Labs, the Toronto–based developer, raised money.", "Quillbrook Labs", "Toronto"),
    ("Quillbrook Labs makes farm robots. The Toronto–based startup raised money.", "Quillbrook Labs", "Toronto"),
])
def test_a_seat_written_with_an_en_dash_is_read_as_with_a_hyphen(facts, text, head, place):
    # the text as kg.ingest reads it: a compound's dash is its hyphen (fold_characters)
    assert (head, place) in _of(facts(fold_characters(text)), "jurisdiction")


def test_settling_and_agreeing_a_partnership_and_working_with_a_partner_to_do_something(facts):
    found = _of(facts("Warner Music Group settled its lawsuit against Suno and agreed a partnership under which "
                      "Suno will launch new models."), "partnered")
    assert ("Warner Music Group", "Suno") in found
    assert ("Qualcomm", "Meta") in _of(facts("Qualcomm said it was working with Meta to run Llama 2 on phones."),
                                       "partnered")


def test_bodies_approving_or_jointly_publishing_a_law_issued_it(facts):
    assert ("European Parliament", "Artificial Intelligence Act") in _of(
        facts("The European Parliament approved the EU's Artificial Intelligence Act on 13 March 2024."), "issued")
    found = facts("Japan's Ministry of Internal Affairs and Communications and Japan's Ministry of Economy, Trade and "
                  "Industry jointly published the AI Guidelines for Business.")
    issuers = {h for h, t in _of(found, "issued") if t == "AI Guidelines for Business"}
    assert {"Ministry of Internal Affairs and Communications", "Ministry of Economy, Trade and Industry"} <= issuers
    assert _of(found, "partnered")
    assert not _of(facts("The European Parliament has not approved the Artificial Intelligence Act."), "issued")


def test_it_opening_a_clause_is_the_subject_named_before_and_it_after_a_preposition_is_not(facts):
    found = facts("Getty Images, by contrast, is known as a plaintiff: it sued Stability AI in 2023.")
    assert ("Getty Images", "Stability AI") in _of(found, "sued")
    found = facts("Universal Music Group praised Udio. Together with Stability AI it developed a new music model.")
    assert ("Udio", "Stability AI") not in _of(found, "partnered")
    assert {("Universal Music Group", "Stability AI"), ("Stability AI", "Universal Music Group")} & _of(found, "partnered")
    found = facts("Meta hired engineers from Scale AI and signed a deal with it.")
    assert not _of(found, "partnered")  # an object "it" is never the sentence's subject


def test_a_name_between_commas_after_any_description_is_the_subject(facts):
    found = facts("In March a longtime subscriber, Priya Raman, filed a proposed class action against LinkedIn.")
    assert ("Priya Raman", "LinkedIn") in _of(found, "sued"), found
    found = facts("A former contractor, Tomas Brandt, sued Meta on Monday.")
    assert ("Tomas Brandt", "Meta") in _of(found, "sued"), found


def test_he_or_she_opening_a_clause_is_the_person_named_last(facts):
    found = facts("Marta Quiroga spent a year arguing with the agency. Last spring she sued the Patent Office and "
                  "Meta in federal court.")
    assert {("Marta Quiroga", "Patent Office"), ("Marta Quiroga", "Meta")} <= _of(found, "sued"), found
    found = facts("The Patent Office turned down Marta Quiroga. Inventor Tomas Brandt then said she sued Meta.")
    assert ("Tomas Brandt", "Meta") in _of(found, "sued")  # the person named last, whatever "she" is
    found = facts("The Patent Office refused the application. Last spring he sued the agency.")
    assert not _of(found, "sued")  # no person named: "he" stands for no one


def test_a_relative_clause_or_a_participle_between_commas_adds_no_party(facts):
    found = facts("Perplexity, which is based in San Francisco and was founded in 2022, was sued by Dow Jones.")
    assert ("Dow Jones", "Perplexity") in _of(found, "sued")
    found = facts("Anthropic, which Google backed early, sued Cohere.")
    assert ("Anthropic", "Cohere") in _of(found, "sued") and ("Google", "Cohere") not in _of(found, "sued")


@pytest.mark.parametrize("text, pair", [
    ("AMD said on Wednesday it would acquire Silo AI for $665 million.", ("AMD", "Silo AI")),
    ("Salesforce is buying Informatica for $8 billion.", ("Salesforce", "Informatica")),
    ("Getty Images agreed to combine with Shutterstock in a merger of equals.", ("Getty Images", "Shutterstock")),
    ("Microsoft's $69 billion acquisition of Activision Blizzard closed in October.", ("Microsoft", "Activision Blizzard")),
])
def test_an_announced_purchase_a_merger_and_a_nominal_acquisition_are_acquisitions(facts, text, pair):
    assert any(pair[0] in h and pair[1] in t for h, t in _of(facts(text), "acquired")), facts(text)


@pytest.mark.parametrize("text", [
    "OpenAI said it would sue Microsoft if talks failed.",
    "Google could acquire Wiz next year, analysts said.",
])
def test_an_announced_suit_or_a_possible_purchase_is_no_fact(facts, text):
    found = facts(text)
    assert not _of(found, "sued") and not _of(found, "acquired")


def test_deals_with_a_list_a_joint_build_and_a_unit_named_by_its_parent(facts):
    found = facts("Shutterstock has since struck data deals with Meta, Google and Amazon.")
    assert {("Shutterstock", "Meta"), ("Shutterstock", "Google"), ("Shutterstock", "Amazon")} <= _of(found, "partnered")
    found = facts("Getty Images also launched its own commercially safe image generator, built with Nvidia.")
    assert ("Getty Images", "Nvidia") in _of(found, "partnered")
    assert ("NVentures", "Nvidia") in _of(facts("Nvidia's venture arm NVentures joined the round."), "partOf")
    assert not _of(facts("Nvidia's arm wrestling champion NVentures won."), "partOf")


def test_a_place_apposed_as_a_description_a_bill_sponsored_by_and_passed_by(facts):
    found = facts("Databricks bought MosaicML, a San Francisco startup that trains models.")
    assert ("MosaicML", "San Francisco") in _of(found, "jurisdiction")
    assert not _of(facts("Databricks bought MosaicML, a Nvidia startup that trains models."), "jurisdiction")
    found = facts("The AI Act, sponsored by Senator Jane Roe, passed the California Legislature in May.")
    assert ("Jane Roe", "AI Act") in _of(found, "proposed") or any("Jane Roe" in h for h, _ in _of(found, "proposed"))
    assert any("California" in h for h, t in _of(found, "issued")), found


def test_settling_a_lawsuit_brought_by_a_plaintiff_is_its_suit_and_its_settlement(facts):
    found = facts("iTutorGroup agreed to pay $365,000 to settle a lawsuit brought by the EEOC.")
    assert ("EEOC", "iTutorGroup") in _of(found, "sued")
    assert _of(found, "settled") & {("EEOC", "iTutorGroup"), ("iTutorGroup", "EEOC")}
    assert not _of(facts("iTutorGroup refused to settle a lawsuit brought by the EEOC."), "settled")


def test_a_seat_told_beside_an_intention_is_still_its_seat(facts):
    found = facts("AMD said it would acquire Zorvex AI, a Helsinki-based artificial intelligence lab.")
    assert ("Zorvex AI", "Helsinki") in _of(found, "jurisdiction")
    assert ("AMD", "Zorvex AI") in _of(found, "acquired")


def test_together_with_a_partner_both_release_and_a_body_within_another_is_part_of_it(facts):
    found = facts("AMD bought Zorvex AI. Zorvex AI, founded in 2017, builds models. Together with the University of "
                  "Turku it developed Zephyr and Kestrel-2, open-source language models.")
    assert {("Zorvex AI", "Zephyr"), ("University of Turku", "Kestrel-2")} <= _of(found, "released")
    assert ("AMD", "Zephyr") not in _of(found, "released")
    found = facts("The law creates the Office of Data Policy within the Ohio Department of Commerce.")
    assert ("Office of Data Policy", "Ohio Department of Commerce") in _of(found, "partOf")


def test_a_court_named_before_a_passive_that_is_not_its_act_adjudicates_nothing(facts):
    found = facts("Acme Data Inc. was sued by the EEOC. Under a decree filed with the U.S. District Court for the "
                  "Eastern District of New York, the money goes to applicants who were rejected.")
    assert not _of(found, "adjudicated")


def test_paying_to_settle_a_class_action_by_named_authors_and_a_case_named_by_a_surname(facts):
    found = facts("Anthropic agreed to pay $1.5 billion to settle a class action brought by authors Jane Ortolan "
                  "and Mark Bellweather. The case is Ortolan v. Anthropic.")
    assert {("Jane Ortolan", "Anthropic"), ("Mark Bellweather", "Anthropic")} <= _of(found, "sued")
    assert ("Anthropic", "Jane Ortolan") in _of(found, "settled")


def test_the_company_stands_for_the_last_subject_not_the_last_company_named(facts):
    found = _of(facts("Apple on Monday unveiled a set of features and announced a partnership with OpenAI. "
                      "The company also acquired Wiz."), "acquired")
    assert {h for h, t in found if t == "Wiz"} == {"Apple"}, found


def test_a_possessor_or_a_seat_is_no_subject_for_it(facts):
    found = facts("Ireland's Data Protection Commission said on Thursday it had opened an inquiry into Google.")
    assert any(r == "investigated" and "Data Protection Commission" in h for h, r, _ in found), found
    assert not any(r == "investigated" and h in ("Ireland", "爱尔兰") for h, r, _ in found)
    found = facts("Separately, chipmaker Qualcomm said it was working with Meta to run its models on phones.")
    assert any(r == "partnered" and "Qualcomm" in (h, t) for h, r, t in found), found


def test_the_main_clause_is_read_without_its_phrase_between_commas(facts):
    found = facts("Oregon's SB 88, championed by State Senator Jane Roe, passed the Oregon Senate in 2025.")
    assert ("Jane Roe", "SB 88") in _of(found, "proposed"), found
    assert ("Oregon Senate", "SB 88") in _of(found, "issued"), found
    found = facts("Oregon's SB 88, which the Oregon Senate debated for a week, stalled.")
    assert not _of(found, "issued")


def test_a_relative_clause_whose_object_is_the_name_before_it(facts):
    found = facts("The law follows California's AI Transparency Act, which Governor Gavin Newsom signed in 2024.")
    assert ("Gavin Newsom", "AI Transparency Act") in _of(found, "issued"), found
    found = facts("The law follows California's AI Transparency Act, which Governor Gavin Newsom criticised in 2024.")
    assert not _of(found, "issued")


def test_a_relative_clause_in_the_progressive_whose_object_is_the_name_before_it(facts):
    found = facts("Udio, which UMG was suing for copyright infringement, settled with the label.")
    assert ("UMG", "Udio") in _of(found, "sued"), found
    found = facts("Udio, which UMG was studying for a year, settled with the label.")
    assert not _of(found, "sued"), found


def test_a_child_whose_parents_filed_the_suit_is_no_plaintiff(facts):
    found = facts("The parents of 16-year-old student Adam Raine filed a wrongful-death lawsuit against OpenAI.")
    assert ("Adam Raine", "OpenAI") not in _of(found, "sued"), found
    found = facts("Adam Raine, 16, filed a wrongful-death lawsuit against OpenAI.")
    assert ("Adam Raine", "OpenAI") in _of(found, "sued"), found


def test_a_bill_introduced_in_a_chamber_by_senators_each_of_a_state(facts):
    found = _of(facts("The NO FAKES Act was introduced in the Senate by Chris Coons, a Democrat from Delaware, "
                      "Marsha Blackburn of Tennessee and Thom Tillis of North Carolina."), "proposed")
    assert {h for h, _ in found} == {"Chris Coons", "Marsha Blackburn", "Thom Tillis"}, found


def test_lawmakers_of_any_title_sponsoring_a_bill(facts):
    found = _of(facts("The RAISE Act was sponsored by State Senator Andrew Gounardes and Assemblymember Alex Bores."),
                "proposed")
    assert {h for h, _ in found} == {"Andrew Gounardes", "Alex Bores"}, found


def test_a_verb_coordinated_after_the_first_has_the_sentences_subject(facts):
    found = facts("Apple on Monday unveiled a set of features for the iPhone, iPad and Mac, and announced a "
                  "partnership with OpenAI.")
    assert ("Apple", "OpenAI") in _of(found, "partnered") or ("OpenAI", "Apple") in _of(found, "partnered"), found
    found = facts("Apple on Monday unveiled a set of features and partnerships with OpenAI in mind.")
    assert not _of(found, "partnered")


def test_its_before_a_product_is_the_possessive_of_the_subject_or_of_the_name_a_clause_is_about(facts):
    found = _of(facts("Three authors sued Nvidia, accusing it of using their books to train its NeMo Megatron models."),
                "released")
    assert ("Nvidia", "NeMo Megatron") in found, found
    found = _of(facts("OpenAI faces competition from Anthropic and xAI, which released its Grok 4 model in July."),
                "released")
    assert ("OpenAI", "Grok 4") not in found and ("Anthropic", "Grok 4") not in found, found


def test_a_seated_reference_stands_for_a_name_that_may_sit_there(facts):
    found = facts("Dutch chipmaker ASML invested in Mistral AI. The round also drew Nvidia. "
                  "The Paris-based company later acquired Wiz.")
    assert {h for h, t in _of(found, "acquired")} == {"Mistral AI"}, found


def test_a_place_qualifying_the_next_word_is_no_party(facts):
    assert not _of(facts("Paul Lehrman and Linnea Sage sued California-based Lovo in May 2024."), "sued") & \
        {("Paul Lehrman", "California"), ("Linnea Sage", "California"), ("Paul Lehrman", "加利福尼亚州")}
    assert ("Getty Images", "Stability AI") in _of(facts("Getty Images sued Stability AI in Delaware."), "sued")


def test_a_reference_a_verb_takes_as_object_is_the_name_told_last_and_never_its_subject(facts):
    found = facts("Three writers sued Databricks and its subsidiary MosaicML. Databricks bought the San Francisco-based "
                  "start-up in 2023.")
    assert ("Databricks", "MosaicML") in _of(found, "acquired"), found
    assert ("MosaicML", "San Francisco") in _of(found, "jurisdiction"), found
    assert not {pair for pair in _of(found, "jurisdiction") if pair[0] == "Databricks"}


def test_a_reference_is_no_name_its_own_sentence_gave_unless_it_owns_or_reports(facts):
    found = facts("Two actors sued Lovo Inc. in May. They were hired through the platform Fiverr and later heard their "
                  "voices sold by the Berkeley, California-based start-up.")
    assert ("Lovo Inc.", "California") in _of(found, "jurisdiction"), found
    assert not {pair for pair in _of(found, "jurisdiction") if pair[0] == "Fiverr"}


def test_a_possessive_place_between_commas_seats_the_name_and_is_no_party(facts):
    found = facts("Roberto Mata sued Avianca, Colombia's largest airline, in 2022.")
    assert ("Avianca", "Colombia") in _of(found, "jurisdiction"), found
    assert {t for _, t in _of(found, "sued")} == {"Avianca"}, found
    assert not _of(facts("Roberto Mata sued Avianca, Colombia said, in 2022."), "jurisdiction")
    found = _of(facts("Investors included the Qatar Investment Authority, Singapore's sovereign fund GIC, and Nvidia."),
                "jurisdiction")
    assert ("GIC", "Singapore") in found and not {pair for pair in found if pair[1] == "Singapore" and pair[0] != "GIC"}


def test_a_fine_on_a_described_person_and_a_suit_brought_by_one_settled(facts):
    assert ("Federal Communications Commission", "Tom Harlow") in _of(facts(
        "The Federal Communications Commission on Friday imposed a $2 million fine on political consultant "
        "Tom Harlow."), "fined")
    assert not _of(facts("The Federal Communications Commission could impose a fine on political consultant "
                         "Tom Harlow."), "fined")
    assert ("Jane Ortolan", "Meta Platforms") in _of(facts(
        "Meta Platforms has settled a lawsuit brought by conservative activist Jane Ortolan."), "sued")


def test_two_companies_opening_a_release_of_one_model_are_partners_and_a_place_before_them_is_not(facts):
    found = facts("Mistral AI and Nvidia on Monday released Mistral NeMo.")
    assert {frozenset(pair) for pair in _of(found, "partnered")} == {frozenset({"Mistral AI", "Nvidia"})}
    assert not _of(facts("On Monday, at its conference in Beijing, Baidu launched ERNIE 4.0."), "partnered")
    found = facts("PARIS and LONDON, June 5 (Reuters) - Mistral AI and Nvidia released Mistral NeMo.")
    assert {frozenset(pair) for pair in _of(found, "partnered")} == {frozenset({"Mistral AI", "Nvidia"})}  # a dateline


def test_a_release_built_together_with_or_in_partnership_with_a_partner(facts):
    assert ("Microsoft", "Hugging Face") in _of(facts("Microsoft launched Phi-3 in partnership with Hugging Face."),
                                                 "partnered")
    assert ("OpenAI", "Microsoft") in _of(facts("OpenAI developed the tool together with Microsoft."), "partnered")
    assert not _of(facts("Microsoft launched Phi-3. Hugging Face hosts it."), "partnered")


def test_a_headline_opened_by_a_description_stands_for_the_body_named_after_it_where_it_may_sit(facts):
    found = facts("Ireland's Data Protection Commission said on Thursday it would examine the model.",
                  title="Irish privacy watchdog opens inquiry into Google's PaLM 2 model")
    assert ("Data Protection Commission", "PaLM 2") in _of(found, "investigated")
    found = facts("Italy's Garante said on Thursday it would examine the model.",
                  title="Dutch privacy watchdog opens inquiry into Google's PaLM 2 model")
    assert not _of(found, "investigated")  # the Garante is no Dutch watchdog


def test_the_month_may_is_no_modal_and_a_complaint_filed_against_an_official_is_a_suit(facts):
    found = _of(facts("Jane Ortolan asked ChatGPT in May 2023 to summarize a complaint that the Second Amendment "
                      "Foundation had filed against Washington Attorney General Bob Ferguson."), "sued")
    assert {("Second Amendment Foundation", "Bob Ferguson")} <= found
    assert not _of(facts("The Second Amendment Foundation may sue Washington Attorney General Bob Ferguson."), "sued")


def test_the_developer_of_a_known_model_is_its_developer_where_the_item_names_it(facts):
    found = _of(facts("Jane Ortolan and Mark Bellweather sued the developer of Claude in 2024, and Anthropic agreed "
                      "to pay them."), "sued")
    assert {("Jane Ortolan", "Anthropic"), ("Mark Bellweather", "Anthropic")} <= found
    assert not _of(facts("Jane Ortolan sued the developer of Claude in 2024, and Meta settled."), "sued")


def test_names_among_a_group_who_sued_sued_too_and_among_those_who_praised_did_not(facts):
    found = facts("Authors have also gone after Microsoft. Jane Ortolan and Mark Bellweather were among a group of "
                  "writers who sued the company in June.")
    assert {("Jane Ortolan", "Microsoft"), ("Mark Bellweather", "Microsoft")} <= _of(found, "sued")
    assert not _of(facts("Jane Ortolan was among the writers who praised Microsoft."), "sued")


def test_a_ruling_in_a_named_case_adjudicates_that_cases_parties_not_the_items_suit(facts):
    found = _of(facts("Jane Ortolan sued Salesforce in the U.S. District Court for the Northern District of "
                      "California. Judge William Alsup, sitting in the same court, approved a settlement in Bartz v. "
                      "Anthropic. In that case Andrea Bartz and Charles Graeber sued Anthropic.",
                      title="Novelists sue Salesforce"), "adjudicated")
    court = "U.S. District Court for the Northern District of California"
    assert {(court, "Anthropic"), (court, "Charles Graeber")} <= found, found
    assert not {pair for pair in found if pair[1] in ("Salesforce", "Jane Ortolan")}


def test_a_developers_latest_model_named_between_commas(facts):
    assert ("OpenAI", "GPT-5") in _of(facts("OpenAI's latest model, GPT-5, arrived in August."), "released")
    assert not _of(facts("OpenAI's rival, Anthropic, arrived in August."), "released")


def test_it_after_a_verb_a_law_takes_is_the_law_told_of_before(facts):
    found = facts("The Colorado AI Act requires developers to take care. Governor Jared Polis signed it in May 2024.")
    assert ("Jared Polis", "Colorado AI Act") in _of(found, "issued")
    assert not _of(facts("The Colorado AI Act requires care. Governor Jared Polis praised it in May 2024."), "issued")


def test_a_lawmaker_apposed_as_a_laws_sponsor_proposed_it(facts):
    found = facts("The Colorado AI Act requires care. Senate Majority Leader Robert Rodriguez, the law's original "
                  "sponsor, introduced a new bill.")
    assert ("Robert Rodriguez", "Colorado AI Act") in _of(found, "proposed")
    assert not _of(facts("Apple unveiled a phone. OpenAI, the company's partner, said it was pleased."), "proposed")


def test_an_agency_announcing_action_against_a_company_sued_it(facts):
    found = facts("The Federal Trade Commission today announced action against Evolv Technologies, a company that "
                  "sells scanners.")
    assert ("Federal Trade Commission", "Evolv Technologies") in _of(found, "sued")
    assert not _of(facts("The Federal Trade Commission could announce action against Evolv Technologies."), "sued")


def test_the_one_company_suing_both_companies_is_not_one_of_the_two(facts):
    found = _of(facts("Two writers sued Nvidia and Databricks on Monday. The suit comes a month after "
                      "Getty Images sued both companies in the same court."), "sued")
    assert {("Getty Images", "Nvidia"), ("Getty Images", "Databricks")} <= found


def test_both_companies_stand_for_the_two_defendants_of_the_item_suit(facts):
    found = _of(facts("Brightline Labs sues Zentek Technologies and Corvex Labs\nThe complaint was filed on Monday. "
                      "Westgate Media owns Harbor News. Northwind Media sued both companies in May."), "sued")
    assert {("Northwind Media", "Zentek Technologies"), ("Northwind Media", "Corvex Labs")} <= found
    assert not {t for h, t in found if h == "Northwind Media"} & {"Westgate Media", "Harbor News"}
    # a suit against one company names no pair: the two named last stand for both companies
    found = _of(facts("Brightline Labs sued Zentek Technologies. Westgate Media and Harbor News signed a deal. "
                      "Northwind Media sued both companies in May."), "sued")
    assert ("Northwind Media", "Harbor News") in found
    # a suit told as taking the two to court names them too; taking two elsewhere does not
    found = _of(facts("Brightline Labs has taken Zentek Technologies and Corvex Labs to federal court. Westgate Media "
                      "owns Harbor News. Northwind Media sued both companies in May."), "sued")
    assert {t for h, t in found if h == "Northwind Media"} == {"Zentek Technologies", "Corvex Labs"}
    found = _of(facts("Brightline Labs took Zentek Technologies and Corvex Labs to its lab. Westgate Media and "
                      "Harbor News signed a deal. Northwind Media sued both companies in May."), "sued")
    assert ("Northwind Media", "Harbor News") in found


def test_a_cue_pattern_is_compiled_only_for_a_skeleton_with_its_cue_words(pipeline):
    from kg.facts.base import SIGNATURES

    english = EnglishFacts(pipeline.kb, SIGNATURES)
    pattern = english.pattern("sued", "{head} … (sued|sues) [a] group of {tail}")
    # (each need its words, looked up in the folded skeleton: tests/test_speed_indexes.py)
    assert [need.words for need in pattern.needs] == [("sued", "sues"), ("group",), ("of",)]

    def present(skeleton):
        return lambda need: need.found(skeleton)
    assert not pattern.may_match(present("⟨0⟩ bought a group of ⟨1⟩")) and "regex" not in pattern.__dict__
    assert not pattern.may_match(present("⟨0⟩ sued ⟨1⟩"))  # no "group of": the regex could not match either
    skeleton = "⟨0⟩ SUED a group of ⟨1⟩"
    assert pattern.may_match(present(skeleton)) and pattern.regex.search(skeleton).group("tail") == "⟨1⟩"


def test_a_seat_before_a_described_reference_is_the_referents_seat(facts):
    found = _of(facts("Workday faces a lawsuit. The suit accuses the Pleasanton, California-based software company of "
                      "bias."), "jurisdiction")
    assert {("Workday", "Pleasanton"), ("Workday", "California")} <= found or \
        {("Workday", "Pleasanton"), ("Workday", "加利福尼亚州")} <= found


def test_a_nationality_before_a_maker_is_the_subject_after_an_opening_phrase(facts):
    found = _of(facts("Samsung Electronics showed new phones. Under a licensing deal with Google Cloud, the South Korean "
                      "electronics maker is deploying Gemini."), "partnered")
    assert any(head in ("Samsung Electronics", "三星电子") for pair in found for head in pair)


def test_a_description_of_the_name_before_it_is_no_reference(facts):
    found = _of(facts("Apple sued the start-up. Microsoft announced a deal with OpenAI, the San Francisco company, on Monday."),
                "partnered")
    assert not {pair for pair in found if "Apple" in pair or "苹果" in pair}


def test_an_agency_settling_its_charges_accused_the_company(facts):
    found = facts("The SEC settled charges against Delphia over its claims about AI.")
    assert ("美国证券交易委员会", "Delphia") in _of(found, "accused") or ("SEC", "Delphia") in _of(found, "accused")


def test_agreeing_to_buy_a_company_is_acquiring_it(facts):
    found = _of(facts("Salesforce agreed in May 2024 to buy Slack for $27 billion."), "acquired")
    assert found & {("Salesforce", "Slack")}


def test_a_product_described_with_its_maker_in_a_clause_without_that(facts):
    found = _of(facts("Copilot, an assistant GitHub had built on Codex, writes code."), "released")
    assert ("GitHub", "Copilot") in found


def test_a_unit_called_its_parents_arm_is_part_of_it(facts):
    found = _of(facts("The round was led by GV, Alphabet's venture capital arm."), "partOf")
    assert ("GV", "Alphabet") in found


def test_an_office_a_law_set_up_inside_a_department_is_part_of_it(facts):
    found = _of(facts("The bill came from the Office of Data Policy, which the 2023 Data Act set up inside the "
                      "Department of Commerce."), "partOf")
    assert any(head == "Office of Data Policy" for head, _ in found)


def test_a_bill_that_passed_both_chambers_of_a_legislature_was_issued_by_it(facts):
    found = _of(facts("SB 12 was introduced by Sen. Ann Poe and passed both chambers of the Utah Legislature."), "issued")
    assert any(tail == "SB 12" for _, tail in found)


def test_a_bill_that_cleared_its_final_reading_in_a_legislature_was_issued_by_it(facts):
    found = _of(facts("Last spring Bill 31 cleared its final reading at the Legislative Assembly of Alberta."), "issued")
    assert any(tail == "Bill 31" for _, tail in found)


def test_a_penalty_paid_to_settle_an_agencys_case_is_its_fine_and_a_settlement(facts):
    found = facts("Acme Telecom, a small carrier, agreed to pay a $2 million civil penalty to settle the FTC's case.")
    assert any(r == "fined" and t == "Acme Telecom" for _, r, t in found)
    assert any(r == "settled" and "Acme Telecom" in (h, t) for h, r, t in found)


def test_a_court_that_sanctioned_a_party_fined_it(facts):
    found = facts("The Southern District of New York sanctioned Acme Legal Corp for citing invented cases.")
    assert ("Southern District of New York", "Acme Legal Corp") in _of(found, "fined")


# -- lists and clauses (round 9) -----------------------------------------------------------
def test_a_name_in_a_phrase_before_the_verb_is_no_plaintiff(facts):
    found = _of(facts("Four radio stations owned by Cumulus Media sued Anthropic on Monday."), "sued")
    assert not any(head in ("Cumulus Media",) for head, _ in found)
    found = _of(facts("The parents of Jane Roe sued Character.AI in Florida."), "sued")
    assert not any(head == "Jane Roe" for head, _ in found)
    assert ("Getty Images", "Stability AI") in _of(facts("Getty Images sued Stability AI on Monday."), "sued")
    found = _of(facts("Judge Ann Roe of the Southern District of New York fined Acme Legal Corp $3,000 on Friday."), "fined")
    assert ("Southern District of New York", "Acme Legal Corp") in found  # a judge's court acts through the judge


def test_two_suits_sharing_an_and_keep_their_own_parties(facts):
    found = _of(facts("In March, Getty Images sued Stability AI and Ziff Davis and Tribune Media filed a case "
                      "against Perplexity."), "sued")
    assert ("Getty Images", "Stability AI") in found
    assert ("Getty Images", "Ziff Davis") not in found and ("Getty Images", "Tribune Media") not in found
    assert ("Stability AI", "Perplexity") not in found and ("Stability AI", "Perplexity AI") not in found


def test_plaintiffs_in_two_by_phrases_after_the_court(facts):
    text = ("Two tech companies were sued on Monday. The lawsuits against Meta and Google were filed. "
            "The suit was filed in the Northern District of California by Ziff Davis and Getty Images, "
            "which are based in New York, and by Axel Springer.")
    found = _of(facts(text, title="Publishers sue Meta and Google"), "sued")
    assert {("Ziff Davis", "Meta"), ("Getty Images", "Meta"), ("Axel Springer", "Meta")} <= \
        {(h, "Meta" if t in ("Meta", "Meta Platforms") else t) for h, t in found}


def test_deals_with_a_kind_of_partner_name_each_member(facts):
    found = _of(facts("Perplexity has struck revenue-sharing agreements with several publishers, including "
                      "Ziff Davis, the German publisher Axel Springer and, last week, the Financial Times."),
                "partnered")
    assert ("Perplexity", "Ziff Davis") in found or ("Perplexity AI", "Ziff Davis") in found
    assert len(found) == 3
    assert not any(r == "sued" for _, r, _ in facts("Perplexity has signed deals with several publishers, "
                                                    "including Ziff Davis."))


def test_a_place_before_a_kind_is_a_reference(facts):
    found = _of(facts("Anthropic released a model in May. The San Francisco start-up has signed a deal with "
                      "Ziff Davis."), "partnered")
    assert any(head == "Anthropic" for head, _ in found)
    assert not any(head == "San Francisco" for head, _ in found)


def test_a_short_name_in_brackets_adds_no_member(facts):
    found = _of(facts("Korean Broadcasting System (KBS) and Munhwa Broadcasting Corp. (MBC) sued Kakao on Tuesday."),
                "sued")
    assert {h for h, _ in found} >= {"Korean Broadcasting System", "Munhwa Broadcasting Corp."}


# -- complaints, enforcement, investigations, control (round 9) -------------------------------
def test_a_complaint_with_a_regulator_accuses_and_sues_no_one(facts):
    for text in ("The privacy group noyb has filed a complaint against OpenAI with the Data Protection Commission.",
                 "The privacy group noyb lodged a complaint with the Data Protection Commission against OpenAI."):
        found = facts(text)
        assert ("noyb", "OpenAI") in _of(found, "accused"), text
        assert ("noyb", "OpenAI") not in _of(found, "sued"), text
    # a complaint filed in court stays a suit
    assert ("Getty Images", "Stability AI") in _of(facts("Getty Images filed a complaint against Stability AI in Delaware."),
                                                 "sued")


def test_a_regulator_elsewhere_in_the_sentence_leaves_a_complaint_a_suit(read_facts):
    """according to the authorities: a regulator's word outside the complaint's phrase tells no venue
    (review A 3), the complaint is read as a suit; with the Austrian privacy regulator right after it
    is one, the complaint accuses."""
    found = read_facts("The privacy group noyb filed a complaint against OpenAI last year, according to the authorities.",
                       objects=True)
    assert {(f.relation, f.rule) for f in found if f.head.text == "noyb"} == {("sued", "english/sued")}
    found = read_facts("The privacy group noyb filed a complaint against OpenAI with the Austrian privacy regulator.",
                       objects=True)
    assert {(f.relation, f.rule) for f in found if f.head.text == "noyb"} == {("accused", "english/accused")}


def test_a_pronoun_for_another_suits_defendant_is_no_self_suit(facts):
    """filed its own lawsuit against it: "it" is the defendant of the suit told before, not the filer (review A 4)."""
    found = _of(facts("Disney and Universal sued Midjourney in June, and Warner Bros. Discovery filed its own "
                      "lawsuit against it in September."), "sued")
    assert ("Warner Bros. Discovery", "Midjourney") in found
    assert ("Warner Bros. Discovery", "Warner Bros. Discovery") not in found


def test_whom_a_complaint_is_filed_for_is_a_party(facts):
    found = facts("noyb has filed a complaint against OpenAI with the Data Protection Commission on behalf of "
                  "Jane Roe, a Norwegian woman.")
    assert ("Jane Roe", "OpenAI") in _of(found, "accused")


def test_settling_an_agencys_charges_means_the_agency_accused(facts):
    for text in ("Presto Automation agreed to settle SEC charges last year.",
                 "Presto Automation has resolved the SEC's allegations without admitting or denying them."):
        found = facts(text)
        assert any(t == "Presto Automation" for _, t in _of(found, "accused")), text
        assert any(h == "Presto Automation" for h, _ in _of(found, "settled")), text


def test_a_settlement_resolving_allegations_accuses(facts):
    found = facts("The Federal Trade Commission announced a settlement with Earnest Operations, a student lender, "
                  "resolving allegations that it misled borrowers.")
    assert ("Federal Trade Commission", "Earnest Operations") in _of(found, "accused")
    # a regulator's settlement settles its charges, told or not (english/enforcement: the real development
    # part's gold has accused beside every regulator's settlement); a company's settlement accuses no one
    found = facts("The Federal Trade Commission announced a settlement with Earnest Operations last week.")
    assert ("Federal Trade Commission", "Earnest Operations") in _of(found, "accused")
    found = facts("Corvid Music Inc. announced a settlement with Earnest Operations last week.")
    assert not _of(found, "accused")


def test_an_agency_examining_or_reviewing_a_company_investigates_it(facts):
    for text in ("The Federal Trade Commission is reviewing Microsoft's deal with Inflection.",
                 "The Federal Trade Commission has been examining Microsoft since March.",
                 "The Data Protection Commission opened its own inquiry into Microsoft in May."):
        assert any(t in ("Microsoft", "微软") for _, t in _of(facts(text), "investigated")), text


def test_an_agreement_between_an_agency_and_a_company_is_no_partnership(facts):
    found = facts("The Federal Trade Commission reached an agreement with Microsoft on Friday.")
    assert not _of(found, "partnered")
    found = facts("The Federal Trade Commission signed an agreement with the Consumer Financial Protection Bureau.")
    assert _of(found, "partnered")


def test_a_company_controlled_by_another_is_part_of_it(facts):
    for text in ("Mistral AI, controlled by Microsoft, released a model.",
                 "Mistral AI is majority-owned by Microsoft."):
        assert ("Mistral AI", "Microsoft") in {(h, "Microsoft" if t == "微软" else t) for h, t in _of(facts(text), "partOf")}, text


def test_a_round_told_as_the_companys_and_its_listed_investors(facts):
    assert ("SoftBank", "OpenAI") in _of(facts("SoftBank led OpenAI's $40 billion funding round this year."), "investedIn")
    found = _of(facts("Investors in Anthropic include Amazon and Google."), "investedIn")
    assert {("Amazon", "Anthropic"), ("Google", "Anthropic")} <= {(h, t) for h, t in found} | \
        {("Amazon" if h == "亚马逊" else h, t) for h, t in found} | {("Google" if h == "谷歌" else h, t) for h, t in found}
    found = _of(facts("Sequoia Capital and Nvidia are among the early investors in Mistral AI."), "investedIn")
    assert ("Sequoia Capital", "Mistral AI") in found


def test_a_defendant_added_to_ones_suit(facts):
    found = _of(facts("Getty Images sued Stability AI in January and added Midjourney as a defendant in May."), "sued")
    assert ("Getty Images", "Midjourney") in found


def test_a_word_of_another_clause_after_the_court_is_no_ruling(facts):
    found = facts("Amazon sued Perplexity AI in the U.S. District Court for the Northern District of California, "
                  "alleging that the startup's agent places orders for users.")
    assert not _of(found, "adjudicated")
    found = facts("Amazon sued Perplexity AI in the U.S. District Court for the Northern District of California. "
                  "The court refused to block the agent.")
    assert any(t in ("Amazon", "亚马逊") for _, t in _of(found, "adjudicated"))


# -- more ways newsrooms tell suits, probes, fines, deals and rounds (round 9) -----------------
def test_criminal_charges_are_the_prosecutors_suit(facts):
    assert ("Justice Department", "Steve Kramer") in _of(
        facts("The Justice Department charged Steve Kramer with voter suppression."), "sued")
    assert ("Justice Department", "Steve Kramer") in _of(
        facts("Steve Kramer was indicted in May by the Justice Department."), "sued")
    assert not _of(facts("OpenAI charged Microsoft for compute."), "sued")
    found = _of(facts("Federal prosecutors in Manhattan charged Steve Kramer with fraud."), "sued")
    assert not any(head in ("Manhattan", "曼哈顿") for head, _ in found)


def test_a_court_between_the_suit_and_its_defendant(facts):
    found = facts("Getty Images filed a lawsuit in the U.S. District Court for the District of Delaware against Stability AI.")
    assert ("Getty Images", "Stability AI") in _of(found, "sued")


def test_defendants_added_and_listed_after_their_kind(facts):
    found = _of(facts("The Justice Department amended the complaint to add six landlords as defendants, among them "
                      "Greystar, Camden Property Trust and LivCor."), "sued")
    assert {("Justice Department", "Greystar"), ("Justice Department", "LivCor")} <= found


def test_an_agencys_investigation_into_a_company(facts):
    found = facts("The European Commission's investigation into Microsoft began in May.")
    assert any(t in ("Microsoft", "微软") for _, t in _of(found, "investigated"))


def test_joined_forces_teamed_up_and_a_fine_of_an_amount(facts):
    assert _of(facts("Microsoft has joined forces with OpenAI."), "partnered")
    assert _of(facts("Anthropic and Google have teamed up on chips."), "partnered")
    assert _of(facts("The Garante imposed a fine of 15 million euros on OpenAI."), "fined")


def test_a_place_before_a_kind_after_a_comma_describes_the_name_before(facts):
    found = facts("Casetext released a model. Harvey, the San Francisco start-up founded by Jane Roe, signed a deal "
                  "with OpenAI.")
    assert not any(h == "Casetext" for h, _ in _of(found, "partnered"))


def test_a_list_closed_by_among_them_and_a_counting_aside(facts):
    found = _of(facts("Eight newspapers, the Chicago Tribune, the Orlando Sentinel and The Denver Post among them, "
                      "sued OpenAI."), "sued")
    assert {h for h, _ in found} >= {"Chicago Tribune", "Orlando Sentinel", "The Denver Post"}
    found = _of(facts("Getty Images and Shutterstock, both based in the US, sued Midjourney."), "sued")
    assert {h for h, _ in found} >= {"Getty Images", "Shutterstock"}


def test_a_sentence_opened_by_a_kind_and_its_members(facts):
    found = _of(facts("Several publishers, including Axel Springer and the Financial Times, sued Microsoft."), "sued")
    assert {h for h, _ in found} >= {"Axel Springer", "Financial Times"}


def test_claims_that_a_plaintiff_brought_against_a_defendant(facts):
    found = _of(facts("It follows the claims that Getty Images has brought against Stability AI in the UK."), "sued")
    assert ("Getty Images", "Stability AI") in found
@pytest.mark.parametrize("sentence, head, place", [
    ("The papers include the Chicago Tribune and The Mercury News of San Jose, among others.", "The Mercury News",
     "San Jose"),
    ("Lawyers for Getty Images of Seattle said the images were copied.", "Getty Images", "Seattle"),
    ("The suit was brought by Verbraucherzentrale Nordrhein-Westfalen, one of Germany's state consumer advice "
     "centres, which had argued otherwise.", "Verbraucherzentrale Nordrhein-Westfalen", "Germany"),
    ("The complaint cites the General Data Protection Regulation, which also applies in Norway and Iceland.",
     "General Data Protection Regulation", "Norway"),
])
def test_a_name_of_a_place_one_of_its_bodies_or_a_law_applying_there_is_placed_there(facts, sentence, head, place):
    assert (head, place) in _of(facts(sentence), "jurisdiction")


def test_a_company_applying_somewhere_is_not_placed_there(facts):
    assert not _of(facts("Meta applied in Ireland for a licence."), "jurisdiction")


@pytest.mark.parametrize("sentence, head, place", [
    ("Anthropic is headquartered in San Francisco and sells to businesses.", "Anthropic", "San Francisco"),
    ("The deal values Mistral AI, which is based in Paris, at $6 billion.", "Mistral AI", "Paris"),
])
def test_a_company_said_to_be_based_somewhere_is_placed_there(facts, sentence, head, place):
    assert (head, place) in _of(facts(sentence), "jurisdiction")


@pytest.mark.parametrize("sentence, head, place", [
    ("Pictured: Salesforce's headquarters in San Francisco, California.", "Salesforce", "San Francisco"),
    ("Nvidia's Santa Clara campus stayed open through the holidays.", "Nvidia", "Santa Clara"),
    ("Siemens has its head office in Munich, Germany, and plants abroad.", "Siemens", "Munich"),
])
def test_a_company_whose_headquarters_are_told_is_placed_in_their_town(facts, sentence, head, place):
    assert (head, place) in _of(facts(sentence), "jurisdiction")


def test_a_regional_headquarters_is_no_seat(facts):
    assert ("Google", "Dublin") not in _of(facts("Google has its European headquarters in Dublin."), "jurisdiction")


@pytest.mark.parametrize("text, head, place", [
    # "is" contracted onto "it", which stands for the company named before it
    ("Corvid Labs lost its bid to move the case. It’s headquartered in Lisbon and sells abroad.", "Corvid Labs", "Lisbon"),
    ("Corvid Labs lost its bid to move the case. It's based in Lisbon, its filing says.", "Corvid Labs", "Lisbon"),
    # the headquarters as a clause's subject, or moved there (a European headquarters too: the real gold's seat)
    ("Corvid Labs’s headquarters is located in Lisbon, near the river.", "Corvid Labs", "Lisbon"),
    ("Corvid Labs was fined on Monday. The company has moved its headquarters to Lisbon.", "Corvid Labs", "Lisbon"),
    ("Corvid Labs was fined on Monday. The company has relocated its European headquarters to Portugal, and the "
     "regulator there will take over.", "Corvid Labs", "Portugal"),
    # a seat told by "is" and a description (as between commas: Acme, a Leeds-based maker)
    ("Corvid Labs is a US company.", "Corvid Labs", "US"),
    ("Corvid Labs, the defendant, is a Lisbon-based AI developer.", "Corvid Labs", "Lisbon"),
    ("Corvid Labs is a software maker based in Lisbon.", "Corvid Labs", "Lisbon"),
])
def test_a_seat_told_by_is_or_by_the_headquarters_places_the_body(facts, text, head, place):
    assert (head, place) in _of(facts(text), "jurisdiction")


@pytest.mark.parametrize("text", [
    "Corvid Labs lost its bid on Monday. It’s unclear whether Lisbon will appeal.",  # "it" standing for nothing
    "Jane Roe is a US federal judge.",  # a person takes no seat
    "Corvid Labs’s lawyers are based in Lisbon, the filing says.",  # the lawyers', not the firm's
])
def test_no_seat_is_read_from_these(facts, text):
    assert not {(h, t) for h, t in _of(facts(text), "jurisdiction") if t in ("Lisbon", "US")}


def test_a_description_before_a_name_in_a_list_places_only_that_name(facts):
    found = _of(facts("OpenAI has signed deals with The Associated Press, the German publisher Axel Springer and "
                      "the Financial Times."), "jurisdiction")
    assert not {(h, t) for h, t in found if h in ("The Associated Press", "Financial Times")}


def test_a_plural_description_places_each_name_of_its_list(facts):
    found = _of(facts("Japan's two largest newspapers Nikkei and Asahi Shimbun sued Perplexity, a step Japan had "
                      "not seen."), "jurisdiction")
    assert {("Nikkei", "Japan"), ("Asahi Shimbun", "Japan")} <= found


@pytest.mark.parametrize("sentence, relation", [
    ("Tesla sells cars in Europe. Two drivers sued the carmaker in 2022, and Microsoft sued the automaker too.", "sued"),
    ("Tesla opened a plant in Texas. Last year Microsoft sued the automaker over a patent.", "sued"),
])
def test_a_carmaker_or_automaker_stands_for_the_company_named_before(read_facts, sentence, relation):
    assert ("Microsoft", relation, "Tesla") in read_facts(sentence)


def test_each_officer_after_its_in_a_list_of_defendants_is_sued(read_facts):
    found = read_facts("Microsoft sued Apple, its chairman Tim Cook and its chief financial officer Luca Maestri in May.",
                       people=("Tim Cook", "Luca Maestri"))
    assert {t for h, r, t in found if r == "sued" and h == "Microsoft"} == {"Apple", "Tim Cook", "Luca Maestri"}


@pytest.mark.parametrize("sentence", [
    "Stability AI is still fighting the lawsuit Getty Images filed against Stability AI in Delaware.",
    "The suit Getty Images had brought against Stability AI was dismissed in part.",
    "It was a lawsuit filed in the Delaware Superior Court last year by Getty Images against Stability AI.",
])
def test_a_suit_whose_plaintiff_stands_in_a_relative_clause_without_that(read_facts, sentence):
    assert ("Getty Images", "sued", "Stability AI") in read_facts(sentence)


@pytest.mark.parametrize("sentence, unit, parent", [
    ("Kestrel Robotics, a drone maker owned by SoftBank, opened a plant in Ohio.", "Kestrel Robotics", "SoftBank"),
    ("Orbis Media, the publisher run by Axel Springer, cut jobs.", "Orbis Media", "Axel Springer"),
    ("The Office for Product Safety, an agency under the Department for Business, issued guidance.",
     "Office for Product Safety", "Department for Business"),
    ("Lenders were warned by the Payments Council, a body within the Reserve Bank of India.",
     "Payments Council", "Reserve Bank of India"),
    ("The guild struck against Harbor Pictures, the Epic Games company that casts voice actors.",
     "Harbor Pictures", "Epic Games"),
    ("Regulators are looking at Ryanair DAC, the Ryanair Holdings airline based near Dublin.",
     "Ryanair DAC", "Ryanair Holdings"),
    ("Shoppers complained about Bunnings and Kmart, which like Bunnings belongs to Wesfarmers.", "Kmart", "Wesfarmers"),
])
def test_a_description_naming_an_owner_or_the_body_above_makes_a_unit(facts, sentence, unit, parent):
    assert (unit, parent) in _of(facts(sentence), "partOf")


def test_a_description_run_by_a_person_or_under_pressure_makes_no_unit(facts):
    assert not _of(facts("Kestrel Robotics, a drone maker run by a former Google engineer, sued SoftBank."), "partOf")
    assert not _of(facts("Kestrel Robotics, a start-up under pressure from SoftBank, sued it."), "partOf")


@pytest.mark.parametrize("sentence, unit, parent", [
    ("Vertex Holdings and its cloud unit, Nimbus Group, were sued in London.", "Nimbus Group", "Vertex Holdings"),
    ("The suit names Vertex Holdings and its data subsidiary, Nimbus Labs, as defendants.", "Nimbus Labs",
     "Vertex Holdings"),
    ("Tencent said its music arm, Lyra Music Group, would pay.", "Lyra Music Group", "腾讯"),
])
def test_a_unit_named_after_a_comma_is_part_of_its_parent(facts, sentence, unit, parent):
    found = _of(facts(sentence), "partOf")
    assert (unit, parent) in found or (unit, "Tencent") in found


def test_a_business_owned_by_or_belonging_to_another_and_a_body_set_under_a_ministry_are_part_of_it(facts):
    assert ("Zentrix Labs", "Meta") in _of(facts("Zentrix Labs, wholly owned by Meta, builds chips."), "partOf")
    assert ("Orbital Freight Holdings", "Siemens") in _of(facts("Orbital Freight Holdings is owned by Siemens."), "partOf")
    assert ("Orbital Freight Holdings", "Siemens") in _of(facts("Orbital Freight Holdings has belonged to Siemens since 2019."), "partOf")
    found = facts("The Digital Trust Agency, a statutory board under the Ministry of Communications, issued guidelines.")
    assert ("Digital Trust Agency", "Ministry of Communications") in _of(found, "partOf")
    found = facts("Helio Robotics, a little-known subsidiary of Hyundai, filed the patent.")
    assert ("Helio Robotics", "现代") in _of(found, "partOf") or ("Helio Robotics", "Hyundai") in _of(found, "partOf")


def test_a_bill_moved_by_a_minister_was_proposed_by_her(facts):
    found = facts("The Data Protection Bill was moved by Minister Grace Fu in Parliament.")
    assert ("Grace Fu", "Data Protection Bill") in _of(found, "proposed")
    found = facts("Parliament debates the Consumer Rights Amendment Bill 2025, which Attorney-General Joan Pell introduced in May.")
    assert ("Joan Pell", "Consumer Rights Amendment Bill 2025") in _of(found, "proposed")


def test_a_source_named_after_the_facts_is_no_party(facts):
    found = facts("Meta bought Zentrix Labs, a Paris firm, Reuters said on Friday.")
    assert ("Meta", "Zentrix Labs") in _of(found, "acquired")
    assert not any(t in ("Reuters", "路透社") for _, t in _of(found, "acquired"))
    found = facts("Google acquired Tessel Robotics, a start-up from Austin, Texas, whose arms sort parcels, Bloomberg reported.")
    assert not any(t in ("Bloomberg", "彭博") for _, t in _of(found, "acquired"))
    found = facts("Nvidia has invested in Quorra Systems and Helix Robotics, according to The Information.")
    assert not any(t in ("The Information",) for _, t in _of(found, "investedIn"))


@pytest.mark.parametrize("sentence", [
    "In May, Microsoft took Google to the High Court in London.",
    "Microsoft went to court against Google in May.",
    "Last year Microsoft went to the High Court against Google, accusing it of copying.",
    "Microsoft has taken Google to court over the patents.",
])
def test_taking_a_party_to_court_or_going_to_court_against_it_sues_it(read_facts, sentence):
    assert ("Microsoft", "sued", "Google") in read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "Last week, three software makers — Siemens, SAP and Bosch — sued Microsoft.",
    "In 2024 a group of European companies — Siemens, SAP and Bosch — sued Microsoft in Munich.",
])
def test_the_members_named_between_dashes_after_a_description_are_the_subject(read_facts, sentence):
    assert {h for h, r, t in read_facts(sentence) if r == "sued" and t == "Microsoft"} == {"Siemens", "SAP", "Bosch"}


def test_a_place_the_sentence_opens_in_is_no_plaintiff(read_facts):
    found = read_facts("And in Germany, the Hamburg Regional Court dismissed Siemens's suit against SAP in 2024.")
    assert not {h for h, r, t in found if r == "sued" and h in ("Germany", "德国")}


def test_a_ruling_goes_to_the_suit_whose_parties_its_sentence_names(read_facts):
    found = read_facts("Getty Images sued Stability AI in January 2023. GEMA sued OpenAI in November 2024. "
                       "On 11 November the Munich Regional Court I found that OpenAI had infringed copyright. "
                       "A week earlier, the High Court in London largely rejected Getty Images' claim against Stability AI. "
                       "Judge Jane Roe held that the model is not an infringing copy.", people=("Jane Roe",))
    adjudicated = {(h, t) for h, r, t in found if r == "adjudicated"}
    assert {t for h, t in adjudicated if h.startswith("High Court")} == {"Getty Images", "Stability AI"}
    assert {t for h, t in adjudicated if h.startswith("Munich")} == {"GEMA", "OpenAI"}


def test_the_company_of_a_relative_clause_is_no_half_of_both_companies(read_facts):
    found = read_facts("Google sued OpenAI in May. OpenAI is also defending, with Microsoft, the copyright suit "
                       "The New York Times filed against both companies in December.")
    assert {t for h, r, t in found if r == "sued" and h == "The New York Times"} == {"OpenAI", "Microsoft"}


# -- round 11: where a name is from or based, told in a description between commas ------
@pytest.mark.parametrize("sentence, head, places", [
    ("Glintwave, a small speech-synthesis start-up from Tallinn, Estonia, licensed the voices.", "Glintwave",
     {"Tallinn", "Estonia"}),
    ("Orbisoft, the payroll software maker based in Berlin, said it would appeal.", "Orbisoft", {"Berlin"}),
    ("The board bought Kestrelware, a firm headquartered in Lyon, France, last May.", "Kestrelware", {"Lyon", "France"}),
])
def test_a_description_between_commas_tells_where_a_name_is_from(facts, sentence, head, places):
    found = {t for h, t in _of(facts(sentence), "jurisdiction") if h == head}
    assert places <= found or {"塔林", "爱沙尼亚"} <= found or {"柏林"} <= found or {"里昂", "法国"} <= found


def test_a_person_from_a_place_has_no_jurisdiction(facts):
    found = facts("The studio hired Jane Roe, a voice actor from Toronto, Canada, for the role.")
    assert not _of(found, "jurisdiction")


# -- round 11: a body's unit after its possessive, a unit inside its body ----------------
def test_a_unit_after_a_references_possessive_is_part_of_the_body(facts):
    found = facts("The Federal Aviation Administration issued a notice on Monday. The notice came from the "
                  "agency's Office of Drone Integration Standards, which drafted it.")
    assert ("Office of Drone Integration Standards", "Federal Aviation Administration") in _of(found, "partOf") or \
        any(h == "Office of Drone Integration Standards" and "联邦航空" in t for h, t in _of(found, "partOf"))


def test_a_possessive_between_a_body_and_a_non_unit_is_no_part(facts):
    found = facts("The Federal Trade Commission's order against Acme Corp took effect.")
    assert not _of(found, "partOf")


@pytest.mark.parametrize("sentence", [
    "The Vellum Standards Office sits within the Ministry of Finance, officials said.",
    "The government created the Vellum Standards Office, which operates inside the Ministry of Finance.",
])
def test_a_unit_said_to_sit_inside_its_body_is_part_of_it(facts, sentence):
    found = _of(facts(sentence), "partOf")
    assert any(h == "Vellum Standards Office" for h, _ in found)


def _pairs(found):
    return {frozenset(pair) for pair in _of(found, "partnered")}


@pytest.mark.parametrize("sentence", [
    "The University of Texas named Microsoft and Anthropic as its technology partners for the program.",
    "Last month the University of Texas listed Microsoft, and Anthropic as partners in the scheme.",
    "Besides Anthropic, the University of Texas has chosen Microsoft as a cloud supplier.",
    "Microsoft and Anthropic are technology partners of the University of Texas.",
    "The University of Texas counts Microsoft and Anthropic among its largest suppliers.",
])
def test_names_an_actor_calls_its_partners_suppliers_or_customers_are_its_partners(facts, sentence):
    found = _pairs(facts(sentence))
    assert {frozenset({"University of Texas", "Microsoft"}), frozenset({"University of Texas", "Anthropic"})} <= found
    assert frozenset({"Microsoft", "Anthropic"}) not in found  # listed side by side, no deal between them


def test_an_actors_customers_named_after_it_are_its_partners(facts):
    assert frozenset({"Mistral AI", "BNP Paribas"}) in _pairs(facts("Mistral AI's customers include BNP Paribas."))
    assert frozenset({"Mistral AI", "BNP Paribas"}) in _pairs(facts("Among the clients of Mistral AI are BNP Paribas and Orange."))
    assert not _pairs(facts("The agency may name Google and Microsoft as partners next year."))  # an intention


def test_deals_with_a_kind_of_partner_and_then_with_a_named_one(facts):
    found = _pairs(facts("Meta has since signed licensing deals with dozens of news outlets and with Reuters."))
    assert frozenset({"Meta", "Reuters"}) in found
    assert not _pairs(facts("Meta has since signed licensing deals with dozens of news outlets, and Reuters sued it."))


@pytest.mark.parametrize("sentence", [
    "The Food and Drug Administration led the review with the Federal Trade Commission.",
    "The Food and Drug Administration coordinated the drafting together with the Federal Trade Commission and other agencies.",
    "The Food and Drug Administration collaborated with the Federal Trade Commission on the guidance.",
])
def test_a_work_one_body_leads_or_does_with_another_makes_them_partners(facts, sentence):
    found = _pairs(facts(sentence))
    assert any("Food and Drug Administration" in " ".join(pair) or "美国食品药品监督管理局" in pair for pair in found), found


@pytest.mark.parametrize("sentence", [
    "SoftBank poured another $2 billion into Mistral AI in March.",
    "Last year SoftBank put roughly 300 million euros into Mistral AI.",
    "SoftBank has pumped billions of dollars into Mistral AI since 2023.",
])
def test_money_put_into_a_company_is_an_investment_in_it(facts, sentence):
    assert ("SoftBank", "Mistral AI") in _of(facts(sentence), "investedIn") or \
        ("软银集团", "Mistral AI") in _of(facts(sentence), "investedIn")


def test_pressure_put_on_a_company_is_no_investment(facts):
    assert not _of(facts("SoftBank put pressure on Mistral AI in March."), "investedIn")


def test_a_caption_with_a_bare_v_names_its_sides(facts):
    found = facts("The tenant's claim, Dalton v Brightstone Lending Ltd, was heard by the county court last spring. "
                  "Joan Dalton said Brightstone Lending Ltd had used a scoring tool to refuse her.")
    assert ("Joan Dalton", "Brightstone Lending Ltd") in _of(found, "sued")
    assert not _of(facts("Version v 2 of the model ships with Gen v Beta tools."), "sued")


def test_a_one_word_defendant_of_the_items_own_caption_is_sued_by_its_plaintiff(facts):
    found = facts("What Varga v. Tollerby says about lawyers using chatbots.\n\nVarga v. Tollerby is the case "
                  "lawyers cite as a warning. A judge of the Southern District of New York sanctioned two lawyers.")
    assert ("Varga", "Tollerby") in _of(found, "sued")


def test_a_one_word_defendant_of_a_caption_cited_from_a_law_report_or_named_more_fully_is_no_party(facts):
    assert not _of(facts("The brief cited Varga v. Tollerby, 123 F.3d 456, for the rule, and the court struck it."), "sued")
    found = facts("Quill v. Ardent is the case lawyers cite. In Quill v. Ardent, Ardent Systems Inc. was told to pay.")
    assert ("Quill", "Ardent") not in _of(found, "sued")


@pytest.mark.parametrize("sentence", [
    "Giving judgment in R (Varga) v Kestrel District Council last week, the court warned two lawyers.",
    "Lawyers involved in Varga, R v The Kestrel District Council were criticised by the judge.",
    "Lessons come from Varga, R (On the Application Of) v The Kestrel District Council [2025] EWHC 1 (Admin).",
])
def test_a_judicial_reviews_claimant_sues_the_body_reviewed(facts, sentence):
    assert ("Varga", "Kestrel District Council") in _of(facts(sentence), "sued")


def test_the_crowns_side_alone_is_no_claimant(facts):
    assert not _of(facts("R v Tollerby was heard in the Crown Court last week."), "sued")


@pytest.mark.parametrize("sentence, pair", [
    ("In Varga v Tollerby (2024 BCSC 101), the parties disagreed over parenting time.", ("Varga", "Tollerby")),
    ("Justice Arden released an endorsement in Wu v. Ng (2025 ONSC 1234) that reopens the contempt file.", ("Wu", "Ng")),
])
def test_a_caption_of_two_family_names_is_one_person_suing_another(facts, sentence, pair):
    assert pair in _of(facts(sentence), "sued")


def test_a_caption_of_two_family_names_from_a_law_report_or_of_initials_is_no_suit(facts):
    assert not _of(facts("The brief relied on Varga v. Tollerby, 123 F.3d 456, for the rule."), "sued")
    assert not _of(facts("In a recent decision, QRS v TUV, a litigant cited a case that does not exist."), "sued")
    assert ("Varga", "Hill") not in _of(facts("The court sanctioned counsel in Varga v. Hill of the Pines, L.P. "
                                                 "last week."), "sued")
    assert ("Commissioner", "Tollerby") not in _of(facts("The judge made orders in eKestrel Commissioner v Tollerby "
                                                         "[2023] FCA 1296 on Friday."), "sued")


def test_a_court_that_fines_or_lets_claims_proceed_rules_on_the_suit(facts):
    found = facts("Kestrel Media sued Brightwave in March. Last week a judge of the Western District of Texas let "
                  "Kestrel Media's claims go forward.")
    assert {("Western District of Texas", "Kestrel Media"), ("Western District of Texas", "Brightwave")} <= \
        _of(found, "adjudicated")
    found = facts("Arlo Finch sued Meridian Air in 2022. A judge of the Southern District of Florida fined two "
                  "of his lawyers in 2023.")
    assert ("Southern District of Florida", "Meridian Air") in _of(found, "adjudicated")


def test_a_ruling_court_is_not_given_a_suit_told_in_another_court(facts):
    found = facts("The Leeds High Court ruled against the council in May. Years before, in Hale v Corbin, a claim "
                  "that Ruth Hale brought against Owen Corbin in the Bristol County Court, the judge found for Hale.")
    assert not {t for h, t in _of(found, "adjudicated") if h.startswith("Leeds")} & {"Ruth Hale", "Owen Corbin", "Hale", "Corbin"}


def test_a_ruling_naming_no_party_in_an_item_of_several_suits_is_about_the_suit_told_last(facts):
    found = facts("Pinecrest Labs sued Quillon in 2023. Separately, Marla Ives sued Dovetail Bank in 2024. "
                  "The Ontario Superior Court ruled against the bank in June.")
    adjudicated = _of(found, "adjudicated")
    assert ("Ontario Superior Court", "Dovetail Bank") in adjudicated
    assert not {("Ontario Superior Court", "Pinecrest Labs"), ("Ontario Superior Court", "Quillon")} & adjudicated


def test_a_ruling_before_its_suit_in_one_paragraph_is_about_that_suit(facts):
    found = facts("Tomas Reyes sued Calder Freight in 2021 over a crash.\n"
                  "In May, a magistrate of the District of Oregon ordered two law firms to pay $9,000. Their brief in "
                  "Vance v. Orbis Health, the dispute Nora Vance brought against Orbis Health, cited invented cases.")
    adjudicated = _of(found, "adjudicated")
    assert ("District of Oregon", "Orbis Health") in adjudicated
    assert ("District of Oregon", "Calder Freight") not in adjudicated


def test_settlements_told_in_the_plural_the_progressive_or_by_the_suit_s_plaintiff(facts):
    found = facts("On Tuesday the Securities and Exchange Commission announced a pair of settlements with Uber and Amazon.")
    assert {("Securities and Exchange Commission", "Uber"), ("Securities and Exchange Commission", "Amazon")} <= \
        _of(found, "settled")
    assert ("Uber", "Federal Trade Commission") in _of(
        facts("Uber is settling with the Federal Trade Commission after a year of talks."), "settled")
    found = facts("Meta has resolved the complaint the Federal Trade Commission filed in 2022.")
    assert ("Meta", "Federal Trade Commission") in _of(found, "settled")
    assert ("Federal Trade Commission", "Meta") in _of(found, "sued")
    assert ("Amazon", "Justice Department") in _of(facts("Amazon resolved the Justice Department case in May."), "settled")


@pytest.mark.parametrize("text, accuser, accused", [
    ("Tesla sells cars in Texas. In Ohio, the Federal Trade Commission has accused the company of misleading buyers "
     "with the names Autopilot and Full Self-Driving.", "Federal Trade Commission", "Tesla"),
    ("Uber was accused by the Information Commissioner's Office of failing to explain its checks.",
     "Information Commissioner's Office", "Uber"),
    ("Meta was accused of misleading users by the Federal Trade Commission.", "Federal Trade Commission", "Meta"),
    ("SAG-AFTRA filed an unfair labor practice charge with the National Labor Relations Board against Amazon.",
     "SAG-AFTRA", "Amazon"),
])
def test_an_accusation_of_a_reference_in_the_passive_or_by_a_charge_has_the_accuser_first(facts, text, accuser, accused):
    found = _of(facts(text), "accused")
    assert (accuser, accused) in found
    assert not {(h, t) for h, t in found if t in ("Autopilot", "Full Self-Driving") or h == accused}


@pytest.mark.parametrize("text, plaintiff, defendant", [
    ("The Authors Guild filed a petition against OpenAI in Manhattan.", "The Authors Guild", "OpenAI"),
    ("The application brought by Uber against the Information Commissioner's Office was dismissed.",
     "Uber", "Information Commissioner's Office"),
    ("A group of novelists led by Sarah Silverman sued Meta last summer.", "Sarah Silverman", "Meta"),
])
def test_petitions_applications_and_a_groups_leader_sue(facts, text, plaintiff, defendant):
    assert (plaintiff, defendant) in _of(facts(text), "sued")
    assert not _of(facts("Meta filed an application for a patent in Europe."), "sued")


def test_a_body_asking_a_company_for_information_or_serving_a_demand_investigates_it(read_facts):
    found = read_facts("The Consumer Financial Protection Bureau sent a civil investigative demand to Klarna last month.")
    assert ("Consumer Financial Protection Bureau", "investigated", "Klarna") in found
    found = read_facts("The European Commission requested information from Snap about its recommender systems.")
    assert ("European Commission", "investigated", "Snap") in found


def test_investigating_whether_a_company_did_something_investigates_it(read_facts):
    found = read_facts("The Securities and Exchange Commission is investigating whether Tesla misled its investors.")
    assert ("Securities and Exchange Commission", "investigated", "Tesla") in found
    found = read_facts("The Federal Trade Commission has been looking into whether Snap misled users.")
    assert ("Federal Trade Commission", "investigated", "Snap") in found


def test_a_draft_a_body_published_is_proposed_not_issued(read_facts):
    found = read_facts("The first version of the draft Workers (Algorithmic Management) Bill, published on Monday by the "
                       "Trades Union Congress, drew praise.")
    assert ("Trades Union Congress", "proposed", "Workers (Algorithmic Management) Bill") in found
    assert ("Trades Union Congress", "issued", "Workers (Algorithmic Management) Bill") not in found


def test_blocking_access_to_a_service_bans_it(read_facts):
    found = read_facts("The Personal Information Protection Commission suspended downloads of DeepSeek on Monday.")
    assert ("Personal Information Protection Commission", "banned", "DeepSeek") in found


def test_an_instrument_rescinded_or_repealed_is_repealed_by_who_said_so(facts):
    # "it" after "X said" is X, not the subject named before (Nvidia)
    found = _of(facts("Nvidia shares rose after the Bureau of Industry and Security said it would rescind "
                      "the AI Diffusion Rule."), "repealed")
    assert ("Bureau of Industry and Security", "AI Diffusion Rule") in found or ("美国商务部工业与安全局", "AI Diffusion Rule") in found
    assert not any(head == "Nvidia" for head, _ in found)
    passive = _of(facts("The AI Diffusion Rule was rescinded by the Bureau of Industry and Security in May."), "repealed")
    assert len(passive) == 1


def test_a_draft_released_without_an_article_is_proposed(facts):
    found = facts("Taiwan's National Science and Technology Council released draft Artificial Intelligence Basic Act "
                  "for public comment in July 2024.")
    assert ("National Science and Technology Council", "Artificial Intelligence Basic Act") in _of(found, "proposed")
    assert not _of(found, "issued")


def test_a_plural_owners_possessive_releases_its_model(facts):
    found = _of(facts("The audiobook was narrated with ElevenLabs' Turbo v2.5 voice model."), "released")
    assert ("ElevenLabs", "Turbo v2.5") in found


def test_a_product_with_an_owner_of_its_own_is_that_owners(facts):
    found = _of(facts("The startup competes with Zoom's meeting assistant and Microsoft's Copilot."), "released")
    assert not any(tail == "Copilot" and head.startswith("Zoom") for head, tail in found)
    assert any(tail == "Copilot" and head in ("Microsoft", "微软") for head, tail in found)


def test_a_relative_clause_whose_subject_is_described_before_its_name(facts):
    found = facts("The Online Harms Act, which the justice minister at the time, Arif Virani, tabled in February 2024, "
                  "died on the order paper.")
    assert ("Arif Virani", "Online Harms Act") in _of(found, "proposed")


STORY_UNDER_SUB_HEADS = """\
Regulators circle chatbot makers
By Jane Roe, Harbor Daily
Published March 3, 2025

WASHINGTON — The Federal Trade Commission said on Monday it would look again at how chatbots answer children.

The earlier probe
In July 2023 it opened an investigation into OpenAI over false statements its chatbot made about real people.

Faces in the shops
In December 2023 the agency banned Rite Aid from using facial recognition in its stores for five years.
"""


def _document_facts(result) -> set[tuple[str, str, str]]:
    return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text) for f in result.facts}


def test_references_under_a_sub_head_reach_back_to_the_story_before(pipeline, write_doc):
    found = _document_facts(pipeline.process(write_doc("story.txt", STORY_UNDER_SUB_HEADS)))
    assert ("Federal Trade Commission", "OpenAI") in _of(found, "investigated")  # "it" under The earlier probe
    assert ("Federal Trade Commission", "Rite Aid") in _of(found, "banned")  # "the agency" under Faces in the shops


def test_references_never_reach_into_another_news_item(pipeline, write_doc):
    newsletter = ("AI Policy Weekly\n\n1. FTC looks at chatbots\nThe Federal Trade Commission said on Monday it would "
                  "look again at how chatbots answer children.\n\n2. Retail roundup\nIn December 2023 the agency banned "
                  "Rite Aid from using facial recognition in its stores for five years.\n")
    assert not _of(_document_facts(pipeline.process(write_doc("weekly.txt", newsletter))), "banned")


def test_a_reference_after_a_comma_stands_for_the_object_of_the_clause_before(read_facts):
    found = read_facts("Getty Images welcomed the ruling last week. Two photographers sued Adobe on Monday, "
                       "accusing the company of using their pictures to train its Firefly models.")
    assert ("Getty Images", "released", "Firefly") not in found
    assert ("Adobe", "released", "Firefly") in found


def test_bodies_of_a_joint_statement_each_partnered_and_a_units_body_is_no_member(facts):
    found = facts("Last spring the Federal Trade Commission, the Antitrust Division of the Justice Department and the "
                  "Consumer Financial Protection Bureau said in a joint statement that pricing software is no excuse.")
    partners = {frozenset(pair) for pair in _of(found, "partnered")}
    assert frozenset({"Federal Trade Commission", "Consumer Financial Protection Bureau"}) in partners
    assert frozenset({"Antitrust Division", "Consumer Financial Protection Bureau"}) in partners
    assert not any("Justice Department" in pair for pair in partners)


def test_a_list_told_after_a_count_of_its_kind_is_the_object(facts):
    found = facts("Texas Attorney General Ken Paxton sent letters to three of the largest chatbot makers, "
                  "Anthropic, Google and OpenAI, asking how they test their models.")
    assert {("Ken Paxton", "Anthropic"), ("Ken Paxton", "Google"), ("Ken Paxton", "OpenAI")} <= _of(found, "investigated")


def test_a_judge_of_a_court_lets_the_court_act_not_the_judge(facts):
    found = facts("In May, Judge Jane Roe of the Eastern District of Texas fined Acme Legal $3,000 for invented citations.")
    assert ("Eastern District of Texas", "Acme Legal") in _of(found, "fined")
    assert not any(head == "Jane Roe" for head, _ in _of(found, "fined"))


def test_an_appeals_ruling_under_one_sub_head_adjudicates_the_suit_told_under_another(pipeline):
    parts = [("Appeal", "On Friday the U.S. Court of Appeals for the Ninth Circuit granted her an injunction pending appeal."),
             ("The suit", "Sarah Silverman sued OpenAI in 2023 in the Northern District of California.")]
    items = []
    for number, (title, body) in enumerate(parts, 1):
        text = f"{title}\n{body}"
        items.append((Item("fixture.txt", number, title, body, date="2025-06-01"), text,
                      pipeline.nlp(text).user_data["mentions"]))
    told = [fact for item, text, found in items for fact in pipeline.extractor.facts(item, text, found)]
    found = {(f.head.text, f.relation, f.tail.text) for f in told + pipeline.extractor.document_facts(items, told)}
    assert ("Sarah Silverman", "sued", "OpenAI") in found
    court = {head for head, relation, tail in found if relation == "adjudicated" and tail == "OpenAI"}
    assert any("Ninth Circuit" in head for head in court)


@pytest.mark.parametrize("text, court, party", [
    ("Last week Leeds Crown Court sentenced John Doe to six years for making fake images.", "Leeds Crown Court", "John Doe"),
    ("The Hamburg Regional Court found that OpenAI had infringed the photographer's rights.",
     "Hamburg Regional Court", "OpenAI"),
    ("The Northern District of California ruled against Clearview AI on Tuesday.", "Northern District of California",
     "Clearview AI"),
])
def test_a_courts_act_on_a_party_adjudicates_it_without_a_suit_told(facts, text, court, party):
    assert (court, party) in _of(facts(text), "adjudicated")



def test_a_reference_whose_noun_is_in_a_name_stands_for_that_name(facts):
    found = facts("Harlow Bank bought Quillon in 2023. Lumen Capital and Harlow Bank later sued Ostrava Labs. "
                  "The Ontario Superior Court ruled against the lab in June.")
    assert ("Ontario Superior Court", "Ostrava Labs") in _of(found, "adjudicated")


def test_an_instrument_described_with_its_signer_in_a_relative_clause_without_that(facts):
    found = facts("Laws such as Oregon's HB 4107, the chatbot disclosure law Governor Tina Kotek signed in March, stay in force.")
    assert ("Tina Kotek", "HB 4107") in _of(found, "issued")


@pytest.mark.parametrize("text, company, place", [
    ("Spotify met the labels on Monday. The Stockholm-based streamer said talks went well.", "Spotify", "Stockholm"),
    ("Telegram was criticised by the police. The Dubai-based messenger has moved to limit the damage.", "Telegram", "Dubai"),
])
def test_a_placed_reference_to_a_company_seats_it(read_facts, text, company, place):
    assert (company, "jurisdiction", place) in read_facts(text, title="Labels")


def test_an_inquiry_the_body_already_has_into_a_company(facts):
    found = facts("The Federal Trade Commission already has a formal investigation into Amazon over its marketplace rules.")
    assert any(r == "investigated" and t == "Amazon" for _, r, t in found)


@pytest.mark.parametrize("sentence", [
    "The U.S. Navy told its sailors to stop using DeepSeek on work phones.",
    "The U.S. Navy has ordered staff to stop using chatbots, such as DeepSeek, for official email.",
    "The U.S. Navy barred its sailors from using DeepSeek.",
])
def test_an_order_to_stop_using_a_product_bans_it(facts, sentence):
    assert any(r == "banned" and t in ("DeepSeek", "深度求索") for _, r, t in facts(sentence))


@pytest.mark.parametrize("sentence", [
    "The record remains the €50 million fine the CNIL imposed on Google in 2019.",
    "Google agreed to pay a €50 million penalty to the CNIL.",
])
def test_a_fine_told_by_its_imposer_or_its_payee(facts, sentence):
    assert any(r == "fined" and h == "CNIL" and t in ("Google", "谷歌") for h, r, t in facts(sentence))


@pytest.mark.parametrize("sentence", [
    "Reuters published an investigation accusing Clearview AI of scraping photos.",
    "Reuters threatens Clearview AI with legal action over scraped photos.",
])
def test_an_accusation_outside_a_suit(facts, sentence):
    assert any(r == "accused" and h == "Reuters" and t == "Clearview AI" for h, r, t in facts(sentence))


def test_a_unit_told_in_a_relative_clause_as_part_of_its_parent_is_part_of_it(read_facts):
    found = read_facts("The Institute for Machine Learning, which is part of Stanford University, released the benchmark.")
    assert ("Institute for Machine Learning", "partOf", "Stanford University") in found


# -- paraphrases of suits, rulings and settlements (lit15b): passive filings, relative clauses, courts acting on a suit

@pytest.mark.parametrize("sentence", [
    "The lawsuit was filed in the U.S. District Court for the Northern District of California by Getty Images against Stability AI.",
    "The lawsuit was filed by Getty Images against Stability AI in Delaware.",
    "A suit filed against Stability AI by Getty Images is pending.",
    "Getty Images, which sued Stability AI in 2023, lost in London.",
    "The judge sided with Stability AI in the case Getty Images brought against Stability AI.",
    "Getty Images filed suit in Delaware against Stability AI.",
])
def test_a_suit_told_in_the_passive_or_a_relative_clause_is_sued(read_facts, sentence):
    assert ("Getty Images", "sued", "Stability AI") in read_facts(sentence)


@pytest.mark.parametrize("sentence, court, tail", [
    ("The Ninth Circuit revived Thomson Reuters' lawsuit against Ross Intelligence.", "Ninth Circuit", "Ross Intelligence"),
    ("The Second Circuit upheld the dismissal of Raw Story's suit against OpenAI.", "Second Circuit", "OpenAI"),
    ("The Wisconsin Supreme Court upheld Eric Loomis's sentence.", "Wisconsin Supreme Court", "Eric Loomis"),
    ("Getty Images lost most of its case against Stability AI at the High Court.", "High Court", "Getty Images"),
    ("Getty Images won its case against Stability AI at the High Court.", "High Court", "Stability AI"),
])
def test_a_court_acting_on_a_suit_adjudicates_its_sides(read_facts, sentence, court, tail):
    assert (court, "adjudicated", tail) in read_facts(sentence)


def test_a_payment_settling_charges_brought_by_a_regulator_is_settled(read_facts):
    found = read_facts("Microsoft agreed to pay $20 million to settle charges brought by the Federal Trade Commission.")
    assert ("Microsoft", "settled", "Federal Trade Commission") in found


# a ban as a noun, access restricted, a country shut out; a fine handed, issued or hit with; a wrongdoing alleged, charges settled
@pytest.mark.parametrize("relation, sentence, head, tail", [
    ("banned", "The Garante issued a ban on Clearview AI.", "Garante", "Clearview AI"),
    ("banned", "The Garante imposed a temporary ban on ChatGPT in March 2023.", "Garante", "ChatGPT"),
    ("banned", "Italy's ban on DeepSeek took effect on Thursday.", "Italy", "DeepSeek"),
    ("banned", "The Pentagon has restricted access to DeepSeek on its networks.", "Pentagon", "DeepSeek"),
    ("banned", "The Pentagon cut off access to DeepSeek.", "Pentagon", "DeepSeek"),
    ("banned", "Apple restricted employees from using ChatGPT.", "Apple", "ChatGPT"),
    ("banned", "The U.S. Navy told its sailors to avoid using DeepSeek.", "U.S. Navy", "DeepSeek"),
    ("banned", "OpenAI blocked access to ChatGPT in Italy.", "OpenAI", "Italy"),
    ("fined", "France's CNIL handed Clearview AI a €20 million fine.", "CNIL", "Clearview AI"),
    ("fined", "The ICO issued a £12.7 million fine to TikTok.", "ICO", "TikTok"),
    ("fined", "Meta was hit with a €1.2 billion fine by Ireland's Data Protection Commission.", "Data Protection Commission", "Meta"),
    ("accused", "News Corp claims Perplexity copied its articles without permission.", "News Corp", "Perplexity"),
    ("accused", "Getty Images alleges Stability AI copied millions of its photos.", "Getty Images", "Stability AI"),
    ("accused", "DoNotPay agreed to pay $193,000 to settle charges brought by the Federal Trade Commission.",
     "Federal Trade Commission", "DoNotPay"),
])
def test_bans_fines_and_accusations_told_in_phrasings_no_set_held(facts, relation, sentence, head, tail):
    assert any(r == relation and head in h and t == tail for h, r, t in facts(sentence))


def test_charges_settled_are_settled_with_the_agency(facts):
    found = _of(facts("DoNotPay agreed to pay $193,000 to settle charges brought by the Federal Trade Commission."),
                "settled")
    assert found & {("DoNotPay", "Federal Trade Commission"), ("Federal Trade Commission", "DoNotPay")}


@pytest.mark.parametrize("sentence, agency", [
    ("DoNotPay agreed to pay $193,000 to settle charges brought by the Federal Trade Commission.", "Federal Trade Commission"),
    ("Rite Aid will pay $225,000 to resolve the SEC's charges.", "SEC"),
])
def test_money_paid_to_settle_an_agencys_charges_is_its_fine(facts, sentence, agency):
    found = facts(sentence)
    assert any(r == "fined" and h == agency for h, r, t in found)
    assert not any(r == "fined" for h, r, t in facts("Rite Aid agreed to pay $5 million to settle Getty Images' claims."))


_CAPTION_LATER = """THE APPELLATE WEEKLY

Appeals court faults invented citations in a custody order

Helen Voskuijl and {other} were married in 2016. Lawyers for the husband drafted an order that cited cases that do not exist, and the trial judge signed it.

The ruling

In Voskuijl v. Tembisa, the Court of Appeals of Georgia vacated the order on Monday.
"""


def test_a_captions_short_sides_are_the_persons_an_earlier_section_names_in_full(pipeline, write_doc):
    found = _document_facts(pipeline.process(write_doc("story.txt", _CAPTION_LATER.format(other="Daniel Tembisa"))))
    assert ("Helen Voskuijl", "Daniel Tembisa") in _of(found, "sued")
    assert {"Helen Voskuijl", "Daniel Tembisa"} <= {tail for head, tail in _of(found, "adjudicated")}


def test_a_captions_side_two_persons_of_the_document_share_is_neither(pipeline, write_doc):
    found = _document_facts(pipeline.process(write_doc("story.txt", _CAPTION_LATER.format(
        other="Daniel Tembisa and his brother Peter Tembisa"))))
    assert not {tail for _, tail in _of(found, "sued")} & {"Daniel Tembisa", "Peter Tembisa"}


def test_it_after_a_law_named_as_subject_is_that_law_in_a_passive_act(facts):
    found = facts("The Digital Platforms Act took effect on Monday. It was first proposed by the European Commission "
                  "in 2020 and later adopted by the European Parliament in 2023.")
    assert ("European Commission", "Digital Platforms Act") in _of(found, "proposed")
    assert ("European Parliament", "Digital Platforms Act") in _of(found, "issued")
    # after two laws "it" stands for neither
    assert not _of(facts("The Digital Platforms Act and the Data Act took effect on Monday. "
                         "It was first proposed by the European Commission in 2020."), "proposed")


def test_the_bill_after_a_named_body_and_its_verb_is_the_law_named_before(facts):
    # The Montana Legislature adopted the bill: the capitalised body and its verb describe no bill
    found = facts("Lawmakers debated SB 212 for weeks. The Montana Legislature adopted the bill in April.")
    assert ("Montana Legislature", "SB 212") in _of(found, "issued")


def test_a_claim_described_before_its_filing_by_one_against_another(facts):
    # the suit's noun has its own phrase (for judicial review, over the recordings) before the filing verb
    found = _of(facts("The dispute began as a claim for judicial review brought in the Administrative Court "
                      "in 2023 by Getty Images against Stability AI over the training data."), "sued")
    assert ("Getty Images", "Stability AI") in found
    found = _of(facts("A class action over the recordings was filed by Getty Images against Stability AI."), "sued")
    assert ("Getty Images", "Stability AI") in found


def test_a_title_in_commas_after_the_kind_of_document_a_body_proposed_is_proposed(facts):
    found = facts("In May, the Federal Housing Finance Agency proposed a rule, Testing Standards for Automated Appraisal Tools, "
                  "that would bind lenders.")
    assert ("Federal Housing Finance Agency", "Testing Standards for Automated Appraisal Tools") in _of(found, "proposed")


def test_the_subjects_own_product_named_in_commas_after_its_kind_is_released(facts):
    found = _of(facts("Zorbi Labs rolled out its new AI assistant, Quillet, on Monday."), "released")
    assert ("Zorbi Labs", "Quillet") in found


@pytest.mark.parametrize("text, unit, owner", [
    ("The Harbor Ledger is published by Seagate Media Holdings Ltd.", "The Harbor Ledger", "Seagate Media Holdings Ltd."),
    ("Court Notes Weekly is an editorially independent title of Brookline Media Group.", "Court Notes Weekly",
     "Brookline Media Group"),
    ("The Harbor Dispatch is a subscriber service of Seagate Media Holdings LLC; forwarding is not permitted.", "The Harbor Dispatch",
     "Seagate Media Holdings LLC"),
    ("The American Bar Association's Standing Committee on Ethics and Professional Responsibility warned lawyers.",
     "Standing Committee on Ethics and Professional Responsibility", "American Bar Association"),
])
def test_a_publication_with_its_publisher_and_a_committee_after_its_owners_possessive_are_part_of_it(facts, text, unit,
                                                                                                   owner):
    assert (unit, owner) in _of(facts(text), "partOf")


@pytest.mark.parametrize("sentence", [
    "Dana Whitfield sued her former landlord, Birchmoor Estates, LLC, in a county court in 2023.",
    "Dana Whitfield sued his longtime employer, Birchmoor Estates, LLC, over unpaid wages.",
])
def test_a_defendant_named_in_commas_after_an_owned_description_is_sued(read_facts, sentence):
    found = read_facts(sentence, people=("Dana Whitfield",))
    assert ("Dana Whitfield", "sued", "Birchmoor Estates, LLC") in found


def test_an_agency_closing_its_inquiry_into_a_company_investigated_it(facts):
    found = facts("The ICO said on Tuesday that it had closed its inquiry into Clearview AI.")
    assert ("ICO", "investigated", "Clearview AI") in found


def test_a_headlines_present_tense_issues_the_instrument(facts):
    assert ("NIST", "Generative AI Profile") in _of(facts("NIST releases its Generative AI Profile."), "issued")


def test_a_relative_clause_after_a_described_instrument_names_its_issuer(facts):
    found = facts("The regulator relied on Opinion 28/2024 on AI models, which the European Data Protection Board published in December.")
    assert ("European Data Protection Board", "Opinion 28/2024") in _of(found, "issued")


@pytest.mark.parametrize("text, unit, parent", [
    ("Valley 7 News, a Redwood Harbor Broadcasting station, first aired the clip.", "Valley 7 News", "Redwood Harbor Broadcasting"),
    ("The Docket Minute is a Marsh Gate Audio podcast.", "The Docket Minute", "Marsh Gate Audio"),
])
def test_a_footer_tells_a_unit_with_its_publishers_name_before_its_kind(facts, text, unit, parent):
    assert (unit, parent) in _of(facts(text), "partOf")


@pytest.mark.parametrize("text, buyer, bought", [
    ("Adobe makes design software. That autumn it announced a deal for Figma, which builds design tools.", "Adobe", "Figma"),
    ("Cisco signed a definitive agreement to buy Splunk.", "Cisco", "Splunk"),
])
def test_a_deal_announced_or_signed_for_a_company_is_its_purchase(read_facts, text, buyer, bought):
    assert (buyer, "acquired", bought) in read_facts(text)


def test_a_platform_closing_the_accounts_of_a_user_bans_it(read_facts):
    found = read_facts("Last week Microsoft suspended hundreds of accounts linked to Voyager Labs. "
                       "In March, LinkedIn disabled Clearview AI's accounts.")
    assert ("Microsoft", "banned", "Voyager Labs") in found
    assert ("LinkedIn", "banned", "Clearview AI") in found


def test_a_share_told_by_its_size_is_an_investment(facts):
    found = _of(facts("Amazon, which now holds roughly 15 percent of Anthropic, declined to comment."), "investedIn")
    assert ("Amazon", "Anthropic") in found


@pytest.mark.parametrize("text, title, publisher", [
    ("Brookline Media Group, a family company that publishes The Lakeside Courier, cut jobs.", "The Lakeside Courier",
     "Brookline Media Group"),
    ("Brookline Media Group, the owner of The Lakeside Courier, cut jobs.", "The Lakeside Courier",
     "Brookline Media Group"),
])
def test_a_publisher_described_by_the_title_it_publishes_owns_it(facts, text, title, publisher):
    assert (title, publisher) in _of(facts(text), "partOf")


def test_a_defendant_described_as_an_adviser_or_fund_is_still_the_tail(facts):
    found = facts("The SEC announced settled charges against Boston-based investment adviser Halvard Capital LLC and hedge fund Corvane Partners LP.")
    settled = {tail for _, tail in _of(found, "settled")}
    assert {"Halvard Capital LLC", "Corvane Partners LP"} <= settled


@pytest.mark.parametrize("text, fact", [
    ("The suit also names Amazon, Anthropic's biggest outside backer, as a defendant.", ("Amazon", "investedIn", "Anthropic")),
    ("Nvidia has become one of the main shareholders of Mistral AI.", ("Nvidia", "investedIn", "Mistral AI")),
    ("Earlier this year Google finalised its takeover of Wiz.", ("Google", "acquired", "Wiz")),
    ("The consortium of Meta, Google and Microsoft was formed in May.", ("Google", "partnered", "Microsoft")),
])
def test_deals_told_by_apposition_noun_or_venture(read_facts, text, fact):
    assert fact in read_facts(text)


def test_a_city_and_its_state_apposed_as_a_description_seat_the_name_in_both(facts):
    found = _of(facts("Later, Kestrel Robotics, a Pittsburgh, Pennsylvania robotics company, raised money."), "jurisdiction")
    assert {("Kestrel Robotics", "Pittsburgh"), ("Kestrel Robotics", "Pennsylvania")} <= found
    found = _of(facts("Deere bought Blue Heron Labs, the Oregon start-up it had backed since 2019."), "jurisdiction")
    assert ("Blue Heron Labs", "Oregon") in found


def test_a_described_maker_in_commas_released_the_product(facts):
    # a place or adjectives before the maker word, and "the start-up behind": the name in commas made it
    assert ("Zeta Labs", "Quill") in _of(facts("Regulators questioned Zeta Labs, the San Francisco start-up behind "
                                               "the Quill chatbot, on Tuesday."), "released")
    assert ("Zeta Labs", "Quill") in _of(facts("Sources said Zeta Labs, the French developer of the Quill model, "
                                               "was sold."), "released")
    assert not _of(facts("Zeta Labs, a former customer of the Quill model, sued."), "released")


@pytest.mark.parametrize("sentence, pair", [
    ("Regulators in Brussels are looking at Amazon's tie-up with Mistral AI.", {"Amazon", "Mistral AI"}),
    ("Samsung and Nvidia inked a memorandum of understanding on memory chips.", {"Samsung", "Nvidia"}),
    ("The report was jointly published by the SEC and the CFTC last week.", {"SEC", "CFTC"}),
])
def test_a_possessive_partnership_a_memorandum_and_a_joint_publication_make_partners(facts, sentence, pair):
    assert frozenset(pair) in _pairs(facts(sentence))


def test_the_year_after_a_known_acts_name_is_part_of_its_title(facts):
    # a known name without its year (the knowledge base's), then ", 2024" and the relative clause
    found = facts("Hospitals must now follow the Strengthening Cyber Security and Building Trust in the Public Sector Act, "
                  "2024, which the Legislative Assembly of Ontario passed last autumn.")
    assert ("Legislative Assembly of Ontario", "Strengthening Cyber Security and Building Trust in the Public Sector Act") \
        in _of(found, "issued")


def test_agreed_deals_with_both_partners_and_a_past_ongoing_partnership(facts):
    found = _of(facts("Stability AI has agreed hosting deals with both Amazon and Oracle."), "partnered")
    assert {("Stability AI", "Amazon"), ("Stability AI", "Oracle")} <= found
    assert ("Siemens", "Microsoft") in _of(facts("Siemens said it was teaming up with Microsoft to sell the tool."),
                                           "partnered")


def test_bodies_filing_a_joint_brief_partner(facts):
    found = facts("The Securities and Exchange Commission and the Federal Trade Commission filed a joint brief "
                  "in the appeal.")
    assert {frozenset((h, t)) for h, r, t in found if r == "partnered"} >= {
        frozenset(("Securities and Exchange Commission", "Federal Trade Commission"))}


def test_the_buyer_as_subject_of_a_relative_clause_acquired(read_facts):
    found = read_facts("Salesforce, which bought Slack in 2021, reported higher revenue on Tuesday.")
    assert ("Salesforce", "acquired", "Slack") in found


def test_a_product_described_in_commas_as_made_by_its_maker_was_released_by_it(facts):
    found = _of(facts("Zeta, a chatbot developed by Acme Robotics Inc., drew complaints on Monday."), "released")
    assert ("Acme Robotics Inc.", "Zeta") in found


def test_an_adverb_between_the_auxiliary_and_the_ongoing_act_keeps_the_cue(facts):
    # "is separately probing", "is reportedly buying": the adverb stands inside the verb
    found = facts("The regulator Ofcom is separately probing whether Meta and TikTok breached "
                  "the rules. Nvidia is reportedly buying Groq.")
    assert {("Ofcom", "investigated", "Meta"), ("Ofcom", "investigated", "TikTok"),
            ("Nvidia", "acquired", "Groq")} <= found


def test_a_partner_an_agency_chose_for_a_work_is_a_partner(facts):
    found = _of(facts("Mistral AI was selected by the European Commission to develop a multilingual assistant for its staff."),
                "partnered")
    assert ("European Commission", "Mistral AI") in found or ("Mistral AI", "European Commission") in found
    # an agency's agreement with a company stays no partnership
    assert not _of(facts("The European Commission signed an agreement with Mistral AI on its fine."), "partnered")


def test_a_company_counting_names_among_its_investors_is_backed_by_them(facts):
    found = facts("Founded in 2019, Mistral AI counts Nvidia and Lightspeed among its early backers.")
    assert {("Nvidia", "Mistral AI"), ("Lightspeed", "Mistral AI")} <= _of(found, "investedIn")


def test_a_pair_of_parties_after_both_are_each_a_party(facts):
    assert {("Sony Music", "Suno"), ("Sony Music", "Udio")} <= _of(
        facts("Sony Music settled with both Suno and Udio after months of talks."), "settled")
    assert {("Getty Images", "Stability AI"), ("Getty Images", "Midjourney")} <= _of(
        facts("Getty Images has sued both Stability AI and Midjourney."), "sued")


@pytest.mark.parametrize("kind", ["news website", "gossip site", "chip designer", "magazine"])
def test_a_list_member_described_by_its_kind_stays_in_the_list(pipeline, kind):
    group = re.compile(EnglishFacts(pipeline.extractor.kb, {}).group)
    assert group.fullmatch(f"⟨1⟩ and the {kind} ⟨2⟩")
    assert not group.fullmatch(f"⟨1⟩ and the {kind} of ⟨2⟩")


def test_a_former_unit_of_a_parent_is_no_part_of_it_now(read_facts):
    assert ("Corvex Labs", "partOf", "Halden Holdings Inc.") in read_facts(
        "Corvex Labs is a wholly owned subsidiary of Halden Holdings Inc., filings show.")
    assert not {f for f in read_facts("Corvex Labs is a former subsidiary of Halden Holdings Inc., filings show.")
                if f[1] == "partOf"}


@pytest.mark.parametrize("text, unit, parent", [
    ("The Harbor Patent Office, an agency of the Ministry of Enterprise, rejected the filing.",
     "Harbor Patent Office", "Ministry of Enterprise"),
    ("Halden Holdings Inc.'s Corvex Labs and Brightline Studios units said on Monday.", "Brightline Studios",
     "Halden Holdings Inc."),
])
def test_an_agency_of_a_ministry_and_units_named_together_are_part_of_their_parent(read_facts, text, unit, parent):
    assert (unit, "partOf", parent) in read_facts(text)


# An inventory of English facts between names the name families find: one phrasing per row, about invented companies
# and real places; the traps (a dateline, a city only visited, a land settlement, a former unit, a product only
# compared, a refusal) state no fact.  Rows no rule reads yet are strict xfails.
INVENTORY = [
    # jurisdiction: where a company or a body is based
    ("Norvale Robotics Inc., based in Tampere, Finland, builds warehouse arms.",
     ("Norvale Robotics Inc.", "jurisdiction", "Tampere")),
    ("Quillfeather Inc. is headquartered in Austin, Texas.", ("Quillfeather Inc.", "jurisdiction", "Austin")),
    pytest.param("Seattle-based Brightloom Analytics Inc. released a new tool.",
                 ("Brightloom Analytics Inc.", "jurisdiction", "Seattle"), marks=NAME_NOT_FOUND),
    ("Brightloom Analytics Inc., a Seattle-based data firm, hired staff.",
     ("Brightloom Analytics Inc.", "jurisdiction", "Seattle")),
    ("Halcyon Dental, LLC, the Effingham, Illinois-based dental group, was sued on Monday.",
     ("Halcyon Dental, LLC", "jurisdiction", "Illinois")),
    ("Halcyon Dental, LLC, the Effingham, Illinois-based dental group, was sued on Monday.",
     ("Halcyon Dental, LLC", "jurisdiction", "Effingham")),
    ("Corvid Systems, Inc., the Belmont, California software company, declined to comment.",
     ("Corvid Systems, Inc.", "jurisdiction", "California")),
    pytest.param("Marlow Health Inc., a Canadian firm, uses the tool.", ("Marlow Health Inc.", "jurisdiction", "Canada"),
                 marks=NO_RULE),
    ("Tidewater Labs Ltd of Auckland filed the complaint.", ("Tidewater Labs Ltd", "jurisdiction", "Auckland")),
    ("Pendleton Capital LLC, headquartered in London, led the round.",
     ("Pendleton Capital LLC", "jurisdiction", "London")),
    pytest.param("Fenwick University, in Hamilton, Ontario, licensed the software.",
                 ("Fenwick University", "jurisdiction", "Ontario"), marks=NO_RULE),
    ("The Toronto-headquartered firm Arbor Vision Inc. raised money.",
     ("Arbor Vision Inc.", "jurisdiction", "Toronto")),
    # settled
    ("Veridian Face Inc. settled with the Electronic Frontier Foundation in May.",
     ("Veridian Face Inc.", "settled", "Electronic Frontier Foundation")),
    ("Lumora Labs Inc. agreed to settle with the Federal Trade Commission.",
     ("Lumora Labs Inc.", "settled", "Federal Trade Commission")),
    ("Lumora Labs Inc. reached a settlement with the Federal Trade Commission.",
     ("Lumora Labs Inc.", "settled", "Federal Trade Commission")),
    ("Veridian Face Inc. says that under its 2022 settlement with the American Civil Liberties Union it "
     "cannot sell to companies.", ("Veridian Face Inc.", "settled", "American Civil Liberties Union")),
    ("Veridian Face Inc. stopped selling under its 2022 settlement with the American Civil Liberties Union.",
     ("Veridian Face Inc.", "settled", "American Civil Liberties Union")),
    ("A settlement between Veridian Face Inc. and the American Civil Liberties Union ended the case.",
     ("Veridian Face Inc.", "settled", "American Civil Liberties Union")),
    # investigated and accused
    ("The Information Commissioner's Office opened an inquiry into Pallas Learning Ltd last week.",
     ("Information Commissioner's Office", "investigated", "Pallas Learning Ltd")),
    ("The Federal Trade Commission launched an investigation into Pallas Learning Ltd's data practices.",
     ("Federal Trade Commission", "investigated", "Pallas Learning Ltd")),
    ("The Federal Trade Commission investigated Pallas Learning Ltd's use of proctoring software.",
     ("Federal Trade Commission", "investigated", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office found that Pallas Learning Ltd breached data protection law.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    ("The Federal Trade Commission alleged that Pallas Learning Ltd violated the rule.",
     ("Federal Trade Commission", "accused", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office concluded that Pallas Learning Ltd contravened the law.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    # released
    pytest.param("Corvid Systems, Inc.'s product Quill 2.5 flags cheating.",
                 ("Corvid Systems, Inc.", "released", "Quill 2.5"), marks=NAME_NOT_FOUND),
    ("Quill 2.5, made by Corvid Systems, Inc., records students.", ("Corvid Systems, Inc.", "released", "Quill 2.5")),
    ("Quill 2.5, a tool from Corvid Systems, Inc., records students.",
     ("Corvid Systems, Inc.", "released", "Quill 2.5")),
    pytest.param("The school licensed two products from Corvid Systems, Inc.: Quill 2.5 and Quill 3.",
                 ("Corvid Systems, Inc.", "released", "Quill 2.5"), marks=NAME_NOT_FOUND),
    ("QuillMind-2, a tool from Corvid Systems, Inc., records students.",
     ("Corvid Systems, Inc.", "released", "QuillMind-2")),
    pytest.param("Corvid Systems, Inc.'s Quill 2.5 records students.",
                 ("Corvid Systems, Inc.", "released", "Quill 2.5"), marks=NAME_NOT_FOUND),
    ("Quill 2.5 is a proctoring tool made by Corvid Systems, Inc.", ("Corvid Systems, Inc.", "released", "Quill 2.5")),
    # partOf
    pytest.param("The Auditor General of British Columbia is an independent officer of the Legislative Assembly of "
                 "British Columbia.", ("Auditor General of British Columbia", "partOf",
                                       "Legislative Assembly of British Columbia"), marks=NAME_NOT_FOUND),
    ("The Information and Privacy Commissioner of Ontario is an officer of the Legislative Assembly of Ontario.",
     ("Information and Privacy Commissioner of Ontario", "partOf", "Legislative Assembly of Ontario")),
    ("Brightloom Cloud LLC is a unit of Brightloom Analytics Inc.",
     ("Brightloom Cloud LLC", "partOf", "Brightloom Analytics Inc.")),
    ("Brightloom Cloud LLC, a subsidiary of Brightloom Analytics Inc., sells storage.",
     ("Brightloom Cloud LLC", "partOf", "Brightloom Analytics Inc.")),
    ("Brightloom Cloud LLC, a division of Brightloom Analytics Inc., sells storage.",
     ("Brightloom Cloud LLC", "partOf", "Brightloom Analytics Inc.")),
    ("Brightloom Cloud LLC operates as a division of Brightloom Analytics Inc.",
     ("Brightloom Cloud LLC", "partOf", "Brightloom Analytics Inc.")),
    # partnered: an agreement between two actors (SCHEMA: partnership, cooperation, licensing or other agreement)
    ("Halcyon Dental, LLC contracted with Corvid Systems, Inc. for its phone service.",
     ("Halcyon Dental, LLC", "partnered", "Corvid Systems, Inc.")),
    ("Halcyon Dental, LLC teamed up with Corvid Systems, Inc. on call handling.",
     ("Halcyon Dental, LLC", "partnered", "Corvid Systems, Inc.")),
    ("Halcyon Dental, LLC signed an agreement with Corvid Systems, Inc. last year.",
     ("Halcyon Dental, LLC", "partnered", "Corvid Systems, Inc.")),
    ("Halcyon Dental, LLC entered into a contract with Corvid Systems, Inc. in 2021.",
     ("Halcyon Dental, LLC", "partnered", "Corvid Systems, Inc.")),
    ("Halcyon Dental, LLC has a contract with Corvid Systems, Inc. for its phone lines.",
     ("Halcyon Dental, LLC", "partnered", "Corvid Systems, Inc.")),
]

INVENTORY_TRAPS = [
    ("SEATTLE — Brightloom Analytics Inc. released a new tool on Monday.",
     ("Brightloom Analytics Inc.", "jurisdiction", "Seattle")),
    ("Executives of Brightloom Analytics Inc. visited Tokyo last week.",
     ("Brightloom Analytics Inc.", "jurisdiction", "Tokyo")),
    ("Brightloom Analytics Inc., based in Seattle, opened an office in Dublin.",
     ("Brightloom Analytics Inc.", "jurisdiction", "Dublin")),
    ("A spokesperson for Brightloom Analytics Inc. in London declined to comment.",
     ("Brightloom Analytics Inc.", "jurisdiction", "London")),
    ("The Waitangi Tribunal reported on the settlement of a land claim by Tidewater Labs Ltd last year.",
     ("Waitangi Tribunal", "settled", "Tidewater Labs Ltd")),
    ("Veridian Face Inc. refused to settle with the American Civil Liberties Union.",
     ("Veridian Face Inc.", "settled", "American Civil Liberties Union")),
    ("Brightloom Cloud LLC, a former subsidiary of Brightloom Analytics Inc., now trades alone.",
     ("Brightloom Cloud LLC", "partOf", "Brightloom Analytics Inc.")),
    ("Corvid Systems, Inc. said its assistant answers faster than ChatGPT.",
     ("Corvid Systems, Inc.", "released", "ChatGPT")),
    ("The Information Commissioner's Office declined to open an investigation into Pallas Learning Ltd last week.",
     ("Information Commissioner's Office", "investigated", "Pallas Learning Ltd")),
    ("Halcyon Dental, LLC said it had never worked with Corvid Systems, Inc.",
     ("Halcyon Dental, LLC", "partnered", "Corvid Systems, Inc.")),
]


# Inventory of what regulators, critics, backers and legislators do to bodies the name families find: a
# reprimand, a notice or an order, a finding of a breach, an accusation, an investment, a bill's sponsors, a
# chamber's committees, a body's seat after "in", a country inside a firm's name, a consultancy hired.  Invented
# bodies, real regulators and places.  The traps (a regulator that declined or only may act, a reprimand of
# another body told as background, a critic of a law, a venue after "in", a firm named after a place it is not
# in) state no fact.
REGULATOR_INVENTORY = [
    # a reprimand, a notice, an order: the regulator investigated and accused the body, fined or banned it
    ("The Information Commissioner's Office issued a reprimand to Fenmoor High School after finding that the school "
     "broke data protection law.", ("Information Commissioner's Office", "accused", "Fenmoor High School")),
    ("The Information Commissioner's Office issued a reprimand to Fenmoor High School after finding that the school "
     "broke data protection law.", ("Information Commissioner's Office", "investigated", "Fenmoor High School")),
    ("The Information Commissioner's Office has issued a formal reprimand to Westmarsh District Council.",
     ("Information Commissioner's Office", "accused", "Westmarsh District Council")),
    ("The Information Commissioner's Office reprimanded Westmarsh District Council for losing pupils' records.",
     ("Information Commissioner's Office", "accused", "Westmarsh District Council")),
    ("The Information Commissioner's Office issued an enforcement notice to Pallas Learning Ltd over its face scans.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office served an enforcement notice on Pallas Learning Ltd in March.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office issued a penalty notice to Pallas Learning Ltd for failing to secure "
     "its servers.", ("Information Commissioner's Office", "fined", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office issued a warning to Pallas Learning Ltd about its chatbot.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    ("The Federal Trade Commission finalized a consent order with Corvid Systems, Inc. over allegations that it "
     "misled shoppers.", ("Federal Trade Commission", "accused", "Corvid Systems, Inc.")),
    ("Under a consent order with the Federal Trade Commission, Corvid Systems, Inc. is barred from using facial "
     "recognition for five years.", ("Federal Trade Commission", "banned", "Corvid Systems, Inc.")),
    # a finding of a breach, after an inquiry or not
    ("The Information Commissioner's Office found that Pallas Learning Ltd had failed to assess the risks.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office found that Pallas Learning Ltd had breached the law.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office concluded, after an inquiry, that Westmarsh District Council was likely "
     "to have infringed the law.", ("Information Commissioner's Office", "accused", "Westmarsh District Council")),
    ("The Information Commissioner's Office concluded, after an inquiry, that Westmarsh District Council was likely "
     "to have infringed the law.", ("Information Commissioner's Office", "investigated", "Westmarsh District Council")),
    ("After an investigation, the Data Protection Commission found that Corvid Systems, Inc. failed to comply with "
     "the law.", ("Data Protection Commission", "investigated", "Corvid Systems, Inc.")),
    ("After an investigation, the Data Protection Commission found that Corvid Systems, Inc. failed to comply with "
     "the law.", ("Data Protection Commission", "accused", "Corvid Systems, Inc.")),
    # an order to stop or to delete: banned
    ("The Information Commissioner's Office ordered Pallas Learning Ltd to stop using facial recognition to check "
     "staff attendance.", ("Information Commissioner's Office", "banned", "Pallas Learning Ltd")),
    ("The Federal Trade Commission ordered Corvid Systems, Inc. to delete the photos it had collected.",
     ("Federal Trade Commission", "banned", "Corvid Systems, Inc.")),
    ("The Competition and Markets Authority ordered Corvid Systems, Inc. to stop selling the tool.",
     ("Competition and Markets Authority", "banned", "Corvid Systems, Inc.")),
    ("The Information Commissioner's Office told Westmarsh District Council to stop using the cameras.",
     ("Information Commissioner's Office", "banned", "Westmarsh District Council")),
    # critics accusing a body
    ("Senator Alma Pruett accused Corvid Systems, Inc. of misleading parents.",
     ("Alma Pruett", "accused", "Corvid Systems, Inc.")),
    ("Senator Alma Pruett criticised Corvid Systems, Inc. for its handling of the data.",
     ("Alma Pruett", "accused", "Corvid Systems, Inc.")),
    ("Senator Alma Pruett said Corvid Systems, Inc. had misled the committee.",
     ("Alma Pruett", "accused", "Corvid Systems, Inc.")),
    ("Big Brother Watch criticized Westmarsh District Council over the cameras.",
     ("Big Brother Watch", "accused", "Westmarsh District Council")),
    ("Privacy International condemned Corvid Systems, Inc. for selling the tool to schools.",
     ("Privacy International", "accused", "Corvid Systems, Inc.")),
    ("Corvid Systems, Inc. has faced criticism from Privacy International over its data practices.",
     ("Privacy International", "accused", "Corvid Systems, Inc.")),
    ("Senator Alma Pruett said Corvid Systems, Inc. should refund the whole fee.",
     ("Alma Pruett", "accused", "Corvid Systems, Inc.")),
    # backers
    ("Halden Holdings Inc., which has invested billions in Corvid Systems, Inc., declined to comment.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Halden Holdings Inc. backed Corvid Systems, Inc. in 2021.", ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Halden Holdings Inc. has backed Corvid Systems, Inc. since its first round.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Halden Holdings Inc. took a minority stake in Corvid Systems, Inc. last year.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Corvid Systems, Inc. raised $40 million in a round led by Halden Holdings Inc.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Corvid Systems, Inc. depends on Halden Holdings Inc., its largest investor.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Critics questioned Corvid Systems, Inc.'s ties to Halden Holdings Inc., its largest investor.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Halden Holdings Inc. is a major shareholder in Corvid Systems, Inc.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Corvid Systems, Inc. is funded by Halden Holdings Inc.", ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    # sponsors of bills and frameworks
    ("The Child Face Privacy Act, introduced by Senator Alma Pruett, would ban the tool.",
     ("Alma Pruett", "proposed", "Child Face Privacy Act")),
    ("Senators Alma Pruett and Rowan Tate unveiled the Child Face Privacy Act on Tuesday.",
     ("Alma Pruett", "proposed", "Child Face Privacy Act")),
    ("Senators Alma Pruett and Rowan Tate unveiled the Child Face Privacy Act on Tuesday.",
     ("Rowan Tate", "proposed", "Child Face Privacy Act")),
    ("Senator Alma Pruett co-sponsored the Child Face Privacy Act.",
     ("Alma Pruett", "proposed", "Child Face Privacy Act")),  # the person kg.mentions.recognised finds after her title
    ("Senator Alma Pruett chairs the panel, and Senator Rowan Tate sits on it. Pruett and Tate announced the Child "
     "Face Privacy Act as the outline of a bill.", ("Rowan Tate", "proposed", "Child Face Privacy Act")),
    ("The Child Face Privacy Act, a framework released by Senators Alma Pruett and Rowan Tate, calls for audits.",
     ("Rowan Tate", "proposed", "Child Face Privacy Act")),
    ("Alma Pruett and Rowan Tate's bipartisan framework, the Child Face Privacy Act, calls for audits.",
     ("Rowan Tate", "proposed", "Child Face Privacy Act")),
    # committees and subcommittees of chambers
    pytest.param("The Senate Committee on the Judiciary held a hearing on Tuesday.",
     ("Senate Committee on the Judiciary", "partOf", "Senate"), marks=NO_RULE),
    pytest.param("The House Committee on Energy and Commerce held a hearing on Tuesday.",
     ("House Committee on Energy and Commerce", "partOf", "House"), marks=NO_RULE),
    ("The Subcommittee on Privacy, Technology, and the Law of the Senate Judiciary Committee met on Tuesday.",
     ("Subcommittee on Privacy, Technology, and the Law", "partOf", "Senate Judiciary Committee")),
    pytest.param("The Finance Committee of the Scottish Parliament met on Tuesday.",
     ("Finance Committee", "partOf", "Scottish Parliament"), marks=NAME_NOT_FOUND),
    # a body's seat after "in"
    ("Fenmoor High School in Chelmsford, Essex, began scanning faces in 2023.",
     ("Fenmoor High School", "jurisdiction", "Chelmsford")),
    ("Fenmoor High School in Chelmsford, Essex, began scanning faces in 2023.",
     ("Fenmoor High School", "jurisdiction", "Essex")),
    ("Westmarsh District Council in Norfolk bought the cameras.",
     ("Westmarsh District Council", "jurisdiction", "Norfolk")),
    ("Northgate General Hospital in Leeds tested the software last year.",
     ("Northgate General Hospital", "jurisdiction", "Leeds")),
    ("Westmarsh District Council in Scotland used the tool in nine schools.",
     ("Westmarsh District Council", "jurisdiction", "Scotland")),
    # a consultancy hired by a department
    ("The Department for Education hired Harcourt Advisory Ltd to review the scheme.",
     ("Department for Education", "partnered", "Harcourt Advisory Ltd")),
    ("The Department for Education engaged Harcourt Advisory Ltd in 2024 to examine the scheme.",
     ("Department for Education", "partnered", "Harcourt Advisory Ltd")),
    ("The Home Office contracted Harcourt Advisory Ltd to build the tool.",
     ("Home Office", "partnered", "Harcourt Advisory Ltd")),
    ("Harcourt Advisory Ltd was hired by the Department for Education to audit the scheme.",
     ("Department for Education", "partnered", "Harcourt Advisory Ltd")),
    ("The Home Office awarded Harcourt Advisory Ltd a contract worth £2 million.",
     ("Home Office", "partnered", "Harcourt Advisory Ltd")),
    pytest.param("Harcourt Advisory Ltd will repay part of a contract worth $400,000 with the Department for Education.",
     ("Department for Education", "partnered", "Harcourt Advisory Ltd"), marks=NO_RULE),
]

REGULATOR_TRAPS = [
    # a country inside an English firm's name states no seat (the real gold: Google Korea, OpenAI Ireland Ltd.)
    ("KPMG Australia will repay part of its fee.", ("KPMG Australia", "jurisdiction", "Australia")),
    ("PwC Canada declined to comment on the review.", ("PwC Canada", "jurisdiction", "Canada")),
    ("Corvid Systems Germany GmbH sells the cameras.", ("Corvid Systems Germany GmbH", "jurisdiction", "Germany")),
    ("The Information Commissioner's Office declined to take action against Pallas Learning Ltd.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office declined to investigate Pallas Learning Ltd.",
     ("Information Commissioner's Office", "investigated", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office may investigate Pallas Learning Ltd.",
     ("Information Commissioner's Office", "investigated", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office said it could open an inquiry into Pallas Learning Ltd.",
     ("Information Commissioner's Office", "investigated", "Pallas Learning Ltd")),
    ("The Information Commissioner's Office found no evidence that Pallas Learning Ltd had breached the law.",
     ("Information Commissioner's Office", "accused", "Pallas Learning Ltd")),
    ("Fenmoor High School said the reprimand issued to Westmarsh District Council showed the risks.",
     ("Fenmoor High School", "accused", "Westmarsh District Council")),
    ("The case follows the Information Commissioner's Office's reprimand of Westmarsh District Council, and "
     "Fenmoor High School has not been named.", ("Information Commissioner's Office", "accused", "Fenmoor High School")),
    ("Senator Alma Pruett criticised the Online Safety Act for its vague wording.",
     ("Alma Pruett", "accused", "Online Safety Act")),
    ("Senator Alma Pruett said the Child Face Privacy Act had failed parents.",
     ("Alma Pruett", "proposed", "Child Face Privacy Act")),
    ("Senator Alma Pruett opposed the Child Face Privacy Act.", ("Alma Pruett", "proposed", "Child Face Privacy Act")),
    ("The Senate Committee on the Judiciary held a hearing in Washington.",
     ("Senate Committee on the Judiciary", "jurisdiction", "Washington")),
    ("Corvid Systems, Inc. showed its cameras at a trade fair in Berlin.",
     ("Corvid Systems, Inc.", "jurisdiction", "Berlin")),
    ("Fenmoor High School pupils competed in Leeds last week.", ("Fenmoor High School", "jurisdiction", "Leeds")),
    ("Dublin Analytics Ltd, a start-up based in Cork, raised money.",  # round 64: a company's own name, no seat
     ("Dublin Analytics Ltd", "jurisdiction", "Dublin")),
    ("Halden Holdings Inc. declined to invest in Corvid Systems, Inc.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("Halden Holdings Inc. is considering a stake in Corvid Systems, Inc.",
     ("Halden Holdings Inc.", "investedIn", "Corvid Systems, Inc.")),
    ("The Home Office declined to hire Harcourt Advisory Ltd.", ("Home Office", "partnered", "Harcourt Advisory Ltd")),
    ("The Information Commissioner's Office ordered Pallas Learning Ltd to stop using facial recognition.",
     ("Pallas Learning Ltd", "banned", "Information Commissioner's Office")),
]


def _holds(found, fact) -> bool:
    """Whether a fact read holds ``fact``, each end named by its text or its canonical name (either order for a
    symmetric relation)."""
    head, relation, tail = fact

    def named(mention, name):
        return name in (mention.text, mention.canonical)
    return any(f.relation == relation and ((named(f.head, head) and named(f.tail, tail))
                                            or (relation in ("settled", "partnered") and named(f.head, tail)
                                                and named(f.tail, head))) for f in found)


@pytest.mark.parametrize("sentence, fact", INVENTORY + REGULATOR_INVENTORY)
def test_inventory_an_english_fact_between_names_found_is_read(read_facts, sentence, fact):
    assert _holds(read_facts(sentence, title="Wire story", objects=True), fact)


@pytest.mark.parametrize("sentence, fact", INVENTORY_TRAPS + REGULATOR_TRAPS)
def test_inventory_a_trap_states_no_fact(read_facts, sentence, fact):
    assert not _holds(read_facts(sentence, title="Wire story", objects=True), fact)


# Inventory of joint issuing in English: each body of the list issued the instrument; the one named first
# partnered each other (an empty set: no partnered at all).  Rows: sentence, instrument, issuers, partners.
JOINT_ISSUING = [
    pytest.param("The Ministry of Digital Affairs, the National Cyber Agency and the Data Protection Office jointly published "
             "the Code of Practice on AI Transparency.", "Code of Practice on AI Transparency",
             {"Ministry of Digital Affairs", "National Cyber Agency", "Data Protection Office"},
             {"National Cyber Agency", "Data Protection Office"}, marks=gap("listed peers jointly publishing partner each other")),
    pytest.param("NIST, together with CISA and the NSA, released the Guidelines for Secure AI Deployment.",
             "Guidelines for Secure AI Deployment", {"NIST", "CISA", "NSA"}, {"CISA", "NSA"}, marks=gap("A, together with B and C, released X: no rule reads it")),
    pytest.param("The Guidelines for Generative AI in Schools, co-authored by the Department for Education and Ofqual, "
             "were published on Monday.", "Guidelines for Generative AI in Schools",
             {"Department for Education", "Ofqual"}, {"Ofqual"}),
    pytest.param("The National Cyber Security Centre and the Cybersecurity and Infrastructure Security Agency jointly published "
             "the Guidelines for Secure AI System Development.", "Guidelines for Secure AI System Development",
             {"National Cyber Security Centre", "Cybersecurity and Infrastructure Security Agency"},
             {"Cybersecurity and Infrastructure Security Agency"}, marks=gap("a Guidelines for … title is no name")),
    pytest.param("ETSI published ETSI TS 104 111, a specification on securing AI models.", "ETSI TS 104 111", {"ETSI"}, set()),
    pytest.param("The European Commission and the European Data Protection Board jointly issued the Guidelines on AI and "
             "Personal Data.", "Guidelines on AI and Personal Data",
             {"European Commission", "European Data Protection Board"}, {"European Data Protection Board"}),
    pytest.param("The Monetary Authority of Singapore, together with the Infocomm Media Development Authority, released the "
             "Responsible AI Framework for Banks.", "Responsible AI Framework for Banks",
             {"Monetary Authority of Singapore", "Infocomm Media Development Authority"}, {"Infocomm Media Development Authority"}, marks=gap("A, together with B, released X: only B issues")),
    pytest.param("The Financial Conduct Authority, the Bank of England and the Prudential Regulation Authority jointly issued "
             "the AI Model Risk Principles.", "AI Model Risk Principles",
             {"Financial Conduct Authority", "Bank of England", "Prudential Regulation Authority"},
             {"Bank of England", "Prudential Regulation Authority"}, marks=gap("listed peers jointly issuing partner each other")),
    ("The Code of Conduct for AI Developers, co-authored by the Alan Turing Institute and the Ada Lovelace "
     "Institute, was released in March.", "Code of Conduct for AI Developers",
     {"Alan Turing Institute", "Ada Lovelace Institute"}, {"Ada Lovelace Institute"}),
    ("The Cyber Security Agency of Singapore (CSA) and Japan's National Center of Incident Readiness and Strategy "
     "for Cybersecurity jointly released the AI Security Guidelines.", "AI Security Guidelines",
     {"Cyber Security Agency of Singapore", "National Center of Incident Readiness and Strategy for Cybersecurity"},
     {"National Center of Incident Readiness and Strategy for Cybersecurity"}),
    pytest.param("The Information Commissioner's Office and Ofcom jointly published the Guidance on Age Assurance.",
             "Guidance on Age Assurance", {"Information Commissioner's Office", "Ofcom"}, {"Ofcom"}),
    pytest.param("The Federal Reserve, together with the FDIC and the OCC, issued the Interagency Guidance on AI Lending.",
             "Interagency Guidance on AI Lending", {"Federal Reserve", "FDIC", "OCC"}, {"FDIC", "OCC"}, marks=gap("A, together with B and C, issued X: only C issues")),
    # traps: one issuer and a bystander, views exchanged, a meeting with no instrument
    ("The Ministry of Justice published the AI Sentencing Guidance, and the Law Society welcomed it.",
     "AI Sentencing Guidance", {"Ministry of Justice"}, set()),
    ("The Foreign Office and the State Department exchanged views on the AI Safety Treaty.", "AI Safety Treaty",
     set(), set()),
    ("The Federal Trade Commission met the Department of Justice to discuss enforcement.", "", set(), set()),
]


@pytest.mark.parametrize("sentence, instrument, issuers, partners", JOINT_ISSUING)
def test_bodies_issuing_together_each_issue_and_the_first_partners_each_other(
        facts, sentence, instrument, issuers, partners):
    found = facts(sentence)
    assert {h for h, t in _of(found, "issued") if t == instrument} == issuers
    assert {frozenset(pair) for pair in _of(found, "partnered")} == \
        {frozenset((min(issuers, key=sentence.find), other)) for other in partners}


def test_the_authors_a_text_was_co_authored_by_each_issued_it_and_partnered(facts):
    found = facts("The Code of Practice on Age Assurance, co-authored by Ofcom and the Competition and Markets Authority, "
                  "was published in May.")
    assert {h for h, t in _of(found, "issued")} == {"Ofcom", "Competition and Markets Authority"}
    assert {frozenset(pair) for pair in _of(found, "partnered")} == {frozenset(("Ofcom", "Competition and Markets Authority"))}
    assert not _of(facts("The report, co-authored by two researchers, was published in May."), "issued")


# A company's facts told by its short form (kg.mentions.alias) or by "its" before an act told as a noun.
SHORT_FORM_AND_ITS_FACTS = [
    ("Brindle Analytics, Inc. is a lender. Brindle sued Quorvex Ltd in Delaware.",
     ("Brindle Analytics, Inc.", "sued", "Quorvex Ltd")),
    ("Halvorsen Robotics LLC builds arms. Halvorsen Robotics signed a partnership with Quorvex Ltd on Monday.",
     ("Halvorsen Robotics LLC", "partnered", "Quorvex Ltd")),
    ("Tessaly Foods Corp. sells snacks. Tessaly invested in Quorvex Ltd last year.",
     ("Tessaly Foods Corp.", "investedIn", "Quorvex Ltd")),
    ("Brindle Analytics, Inc. is a lender. Brindle, the Austin, Texas-based lender, partnered with Quorvex Ltd.",
     ("Brindle Analytics, Inc.", "jurisdiction", "Austin")),
    ("Heartvale Clinics, LLC runs clinics. The suit says Heartvale contracted with Quorvex Ltd for its phones.",
     ("Heartvale Clinics, LLC", "partnered", "Quorvex Ltd")),
    pytest.param("Brindle Analytics, Inc. is a lender. Brindle, the Austin, Texas-based firm, sued Quorvex Ltd.",
                 ("Brindle Analytics, Inc.", "jurisdiction", "Austin"),
                 marks=gap("firm after a seat and a verb: no reference read")),
    pytest.param("Heartvale Clinics, LLC runs clinics. Heartvale contracted with Quorvex Ltd, the Belmont, California "
                 "cloud company, for its phones.", ("Heartvale Clinics, LLC", "partnered", "Quorvex Ltd"),
                 marks=gap("a tail described with a city and its state between commas")),
    ("Zephyra Labs announced its lawsuit against Quorvex Ltd on Monday.", ("Zephyra Labs", "sued", "Quorvex Ltd")),
    ("Zephyra Labs said the project builds on its contract with Quorvex Ltd.", ("Zephyra Labs", "partnered", "Quorvex Ltd")),
    ("Clearwing Vision's chief executive said the tool works, and under its 2023 settlement with the "
     "American Civil Liberties Union the company limits sales.",
     ("Clearwing Vision", "settled", "American Civil Liberties Union")),
    ("Zephyra Labs makes drones. Its founder, Mara Ellison, left, and under its settlement with Quorvex Ltd the firm pays.",
     ("Zephyra Labs", "settled", "Quorvex Ltd")),
    ("Zephyra Labs said its investment in Quorvex Ltd would grow.", ("Zephyra Labs", "investedIn", "Quorvex Ltd")),
    ("Zephyra Labs confirmed its acquisition of Quorvex Ltd.", ("Zephyra Labs", "acquired", "Quorvex Ltd")),
    ("Zephyra Labs makes drones. Under its contract with Quorvex Ltd, the firm ships parts.",
     ("Zephyra Labs", "partnered", "Quorvex Ltd")),
    ("Zephyra Labs makes drones. Its lawsuit against Quorvex Ltd was filed on Monday.", ("Zephyra Labs", "sued", "Quorvex Ltd")),
]


@pytest.mark.parametrize("text, fact", SHORT_FORM_AND_ITS_FACTS)
def test_a_companys_fact_told_by_its_short_form_or_its_possessive(facts, text, fact):
    found = {(head.removesuffix("."), relation, tail.removesuffix(".")) for head, relation, tail in facts(text)}
    assert (fact[0].removesuffix("."), fact[1], fact[2]) in found


@pytest.mark.parametrize("text, head", [
    ("Judge Mara Ellison said its lawsuit against Quorvex Ltd was weak.", "Mara Ellison"),
    ("The Delaware Court of Chancery said its settlement with Quorvex Ltd was sealed.", "Delaware Court of Chancery"),
    ("Zephyra Labs said its chief executive met Quorvex Ltd.", "Zephyra Labs"),
    ("Judge Mara Ellison ruled for Zephyra Labs. Ellison said under its settlement with Quorvex Ltd the case ends.",
     "Zephyra Labs"),
    pytest.param("Zephyra Labs praised its rival's lawsuit against Quorvex Ltd.", "Zephyra Labs",
                 marks=gap("{head} … lawsuit against {tail} reads past the rival")),
])
def test_its_of_a_person_or_a_court_or_before_no_act_gives_no_fact(facts, text, head):
    assert not [fact for fact in facts(text) if fact[0] == head and fact[2].startswith("Quorvex")]


# Inventory of accusations, inquiries and sponsors in English news prose: a notice of intent to sue sent for
# another body, a protest, an open letter, "says X violated", a warning, a passive criticism, a letter to an
# agency, an inquiry begun, a bill "by Assemblymember X" or carried by one.  Invented parties, real agencies.
# The traps (an accusation inside a lawsuit, a denial, criticism of a law or of the industry, an inquiry only
# possible or called for, a bill's supporters) state no fact.
ACCUSATION_INVENTORY = [
    ("The Harbor Environmental Law Center, acting for the Riverside Tenants Union, sent Corvid Systems, Inc. a formal "
     "notice of intent to sue.", ("Harbor Environmental Law Center", "accused", "Corvid Systems, Inc.")),
    ("The Harbor Environmental Law Center, acting for the Riverside Tenants Union, sent Corvid Systems, Inc. a formal "
     "notice of intent to sue.", ("Riverside Tenants Union", "accused", "Corvid Systems, Inc.")),
    ("The Harbor Environmental Law Center sent a notice of intent to sue to Corvid Systems, Inc. on Monday.",
     ("Harbor Environmental Law Center", "accused", "Corvid Systems, Inc.")),
    ("Privacy International, acting for two journalists, sent Corvid Systems, Inc. a notice of intent to sue.",
     ("Privacy International", "accused", "Corvid Systems, Inc.")),
    ("The Authors Alliance, acting on behalf of the Riverside Tenants Union, served Lumora Media Group a notice of intent "
     "to sue.", ("Riverside Tenants Union", "accused", "Lumora Media Group")),
    ("The Nurses Alliance of Ohio staged protests against Halcyon Health System over its use of AI.",
     ("Nurses Alliance of Ohio", "accused", "Halcyon Health System")),
    pytest.param("The Nurses Alliance of Ohio accused Halcyon Health System of replacing staff with chatbots.",
                 ("Nurses Alliance of Ohio", "accused", "Halcyon Health System"), marks=NAME_NOT_FOUND),
    ("In an open letter, the Authors Alliance said Corvid Systems, Inc. had copied members' books.",
     ("Authors Alliance", "accused", "Corvid Systems, Inc.")),
    ("The Electronic Frontier Foundation says Corvid Systems, Inc. violated the privacy law.",
     ("Electronic Frontier Foundation", "accused", "Corvid Systems, Inc.")),
    ("The Electronic Frontier Foundation alleges that Corvid Systems, Inc. misled users.",
     ("Electronic Frontier Foundation", "accused", "Corvid Systems, Inc.")),
    ("Privacy International claims Corvid Systems, Inc. broke data protection rules.",
     ("Privacy International", "accused", "Corvid Systems, Inc.")),
    ("The Riverside Tenants Union joined the criticism of Corvid Systems, Inc. at a hearing.",
     ("Riverside Tenants Union", "accused", "Corvid Systems, Inc.")),
    ("The Garante warned Lumora Media Group that sharing its archive could breach the GDPR.",
     ("Garante", "accused", "Lumora Media Group")),
    ("A report by Privacy International accused Corvid Systems, Inc. of hiding data flows.",
     ("Privacy International", "accused", "Corvid Systems, Inc.")),
    ("Corvid Systems, Inc. was criticised by the Electronic Frontier Foundation for its face scans.",
     ("Electronic Frontier Foundation", "accused", "Corvid Systems, Inc.")),
    ("The Electronic Frontier Foundation criticised Corvid Systems, Inc. for selling face data.",
     ("Electronic Frontier Foundation", "accused", "Corvid Systems, Inc.")),
    pytest.param("The Authors Guild wrote to the Federal Trade Commission accusing Corvid Systems, Inc. of deceptive marketing.",
     ("Authors Guild", "accused", "Corvid Systems, Inc."),
                 marks=gap("the article is kept in the name (The Authors Guild)")),
    # inquiries
    ("The Federal Trade Commission opened an inquiry into Corvid Systems, Inc.'s deal with Lumora Labs Inc.",
     ("Federal Trade Commission", "investigated", "Corvid Systems, Inc.")),
    ("The Competition and Markets Authority is reviewing Corvid Systems, Inc.'s purchase of Lumora Labs Inc.",
     ("Competition and Markets Authority", "investigated", "Corvid Systems, Inc.")),
    ("The Federal Trade Commission sent civil investigative demands to Corvid Systems, Inc. last month.",
     ("Federal Trade Commission", "investigated", "Corvid Systems, Inc.")),
    ("The Texas attorney general opened a probe into Corvid Systems, Inc.",
     ("Texas attorney general", "investigated", "Corvid Systems, Inc.")),
    ("The Federal Trade Commission is examining whether Corvid Systems, Inc. misled consumers.",
     ("Federal Trade Commission", "investigated", "Corvid Systems, Inc.")),
    ("The Securities and Exchange Commission has started looking into Corvid Systems, Inc.'s AI claims.",
     ("Securities and Exchange Commission", "investigated", "Corvid Systems, Inc.")),
    # a bill's author
    ("Assembly Bill 2207, by Assemblymember Maria Lopez, would require audits.",
     ("Maria Lopez", "proposed", "Assembly Bill 2207")),
    ("Senate Bill 88, by Senator Alma Pruett, bans the cameras.", ("Alma Pruett", "proposed", "Senate Bill 88")),
    ("The Child Face Privacy Act, authored by Senator Alma Pruett, passed the Senate.",
     ("Alma Pruett", "proposed", "Child Face Privacy Act")),
    ("Assembly Bill 2207 was carried by Assemblymember Maria Lopez.", ("Maria Lopez", "proposed", "Assembly Bill 2207")),
    ("Assembly Bill 2207 was introduced by Assemblymember Maria Lopez.", ("Maria Lopez", "proposed", "Assembly Bill 2207")),
]

ACCUSATION_TRAPS = [
    # a notice of intent to sue files no suit; a letter of thanks or praise sent for another accuses no one; a
    # notice denied, an inquiry closed with no violation found
    ("The Harbor Environmental Law Center sent Corvid Systems, Inc. a notice of intent to sue.",
     ("Harbor Environmental Law Center", "sued", "Corvid Systems, Inc.")),
    ("The Harbor Environmental Law Center, acting for the Riverside Tenants Union, sent Corvid Systems, Inc. a letter of "
     "thanks.", ("Riverside Tenants Union", "accused", "Corvid Systems, Inc.")),
    ("The Harbor Environmental Law Center, acting for the Riverside Tenants Union, praised Corvid Systems, Inc. for its "
     "openness.", ("Riverside Tenants Union", "accused", "Corvid Systems, Inc.")),
    ("Corvid Systems, Inc. denied receiving a notice of intent to sue from the Harbor Environmental Law Center.",
     ("Corvid Systems, Inc.", "accused", "Harbor Environmental Law Center")),
    ("The Federal Trade Commission closed its inquiry into Corvid Systems, Inc. without finding a violation.",
     ("Federal Trade Commission", "accused", "Corvid Systems, Inc.")),
    ("Brightloom Analytics Inc. sued Corvid Systems, Inc., accusing it of copying code.",
     ("Brightloom Analytics Inc.", "accused", "Corvid Systems, Inc.")),
    ("The lawsuit, filed by Brightloom Analytics Inc., alleges that Corvid Systems, Inc. copied code.",
     ("Brightloom Analytics Inc.", "accused", "Corvid Systems, Inc.")),
    # a suit opening the sentence alleges, and a name in the aside after it accuses no one (the defendant's backer)
    ("The lawsuit, first brought by Brightloom Analytics Inc. in 2023 against Corvid Systems, Inc. and its largest backer, "
     "Halvard Capital LLC, alleges that Corvid Systems, Inc. unlawfully copied code.",
     ("Halvard Capital LLC", "accused", "Corvid Systems, Inc.")),
    ("Corvid Systems, Inc. rejected the accusation by Brightloom Analytics Inc.",
     ("Corvid Systems, Inc.", "accused", "Brightloom Analytics Inc.")),
    ("Corvid Systems, Inc. denied Brightloom Analytics Inc.'s allegations.",
     ("Corvid Systems, Inc.", "accused", "Brightloom Analytics Inc.")),
    ("The Electronic Frontier Foundation criticised the AI Act for its loopholes.",
     ("Electronic Frontier Foundation", "accused", "AI Act")),
    ("The Federal Trade Commission could investigate Corvid Systems, Inc.",
     ("Federal Trade Commission", "investigated", "Corvid Systems, Inc.")),
    ("The Electronic Frontier Foundation called for an investigation into Corvid Systems, Inc.",
     ("Electronic Frontier Foundation", "investigated", "Corvid Systems, Inc.")),
    ("The Electronic Frontier Foundation said AI firms such as Corvid Systems, Inc. need clearer rules.",
     ("Electronic Frontier Foundation", "accused", "Corvid Systems, Inc.")),
    ("Supporters of the Child Face Privacy Act include the Electronic Frontier Foundation.",
     ("Electronic Frontier Foundation", "proposed", "Child Face Privacy Act")),
    ("The Child Face Privacy Act, by Senator Alma Pruett, is backed by the Electronic Frontier Foundation.",
     ("Electronic Frontier Foundation", "proposed", "Child Face Privacy Act")),
]


@pytest.mark.parametrize("sentence, fact", ACCUSATION_INVENTORY)
def test_inventory_an_accusation_inquiry_or_sponsor_is_read(read_facts, sentence, fact):
    assert _holds(read_facts(sentence, title="Wire story", objects=True), fact)


@pytest.mark.parametrize("sentence, fact", ACCUSATION_TRAPS)
def test_inventory_an_accusation_trap_states_no_fact(read_facts, sentence, fact):
    assert not _holds(read_facts(sentence, title="Wire story", objects=True), fact)


@pytest.mark.parametrize("text, pair", [
    ("Meta and EssilorLuxottica have made smart glasses together since 2021.", ("Meta", "EssilorLuxottica")),
    ("Microsoft and Nvidia built a new supercomputer together.", ("Microsoft", "Nvidia")),
    ("Samsung and Google co-developed the phone's assistant.", ("Samsung", "Google")),
    ("Samsung co-developed the new chip with Qualcomm.", ("Samsung", "Qualcomm")),
    ("Amazon has licensed its checkout technology to Starbucks.", ("Amazon", "Starbucks")),
    ("Snap later added Google's Gemini through a deal with Google Cloud.", ("Snap", "Google Cloud")),
    ("Microsoft carries the stories under a licensing agreement with Reuters.", ("Microsoft", "Reuters")),
])
def test_work_made_together_a_licence_or_a_deal_partners_the_two(facts, text, pair):
    partners = _of(facts(text), "partnered")
    assert pair in partners or pair[::-1] in partners


@pytest.mark.parametrize("text, pair", [
    ("Microsoft and OpenAI did not build the chip together.", ("Microsoft", "OpenAI")),
    ("Microsoft plans to license its model to Samsung.", ("Microsoft", "Samsung")),
    ("Microsoft and Google were sued together by the authors.", ("Microsoft", "Google")),
])
def test_a_denied_or_intended_work_or_a_shared_suit_partners_nothing(facts, text, pair):
    partners = _of(facts(text), "partnered")
    assert pair not in partners and pair[::-1] not in partners


@pytest.mark.parametrize("sentence, unit, owner", [
    ("Brightline Books LLC and Quay Press Inc., both run by Lantern Media Holdings, signed the deal.",
     "Quay Press Inc.", "Lantern Media Holdings"),
    ("Readers know Brightline Books LLC and Quay Press Inc. imprints, all owned by Lantern Media Holdings, signed the deal.",
     "Brightline Books LLC", "Lantern Media Holdings"),
    ("Meta and Lantern Media Holdings, the Anglo-Dutch group that owns Brightline Books LLC and Quay Press Inc., agreed terms.",
     "Quay Press Inc.", "Lantern Media Holdings"),
    ("Regulators wrote to Lantern Media Holdings, the company that runs Brightline Books LLC, on Monday.",
     "Brightline Books LLC", "Lantern Media Holdings"),
    ("© 2025 Gridpoint Daily, a service of Ohmfield Publishing LLC.", "Gridpoint Daily", "Ohmfield Publishing LLC"),
    ("Brightline Books LLC, like Quay Press Inc., belongs to Lantern Media Holdings.", "Brightline Books LLC", "Lantern Media Holdings"),
    ("Brightline Books LLC, like the group's other imprints, belongs to Lantern Media Holdings.",
     "Brightline Books LLC", "Lantern Media Holdings"),
])
def test_units_told_with_their_owner_by_what_it_runs_or_owns(facts, sentence, unit, owner):
    assert (unit, owner) in _of(facts(sentence), "partOf")


@pytest.mark.parametrize("sentence", [
    "Brightline Books LLC and Quay Press Inc., both sued by Lantern Media Holdings, settled.",  # sued, not owned
    "Lantern Media Holdings, the company that sued Brightline Books LLC, lost.",  # an act, not owning
    "Brightline Books LLC, a customer of Lantern Media Holdings, signed the deal.",  # a customer is no unit
    "Brightline Books LLC, like Quay Press Inc., sued Lantern Media Holdings.",  # no belonging
])
def test_no_unit_where_the_words_tell_no_owning(facts, sentence):
    assert not _of(facts(sentence), "partOf")


# round 30: suits, orders, instruments and partnerships told in news wording
NEWS_WORDING = [
    # a suit told as the plaintiff's claims (plural) against the defendant
    ("A judge dismissed Getty Images' claims against Stability AI on Monday.", ("Getty Images", "sued", "Stability AI")),
    ("Thomson Reuters's copyright claims against Microsoft survived the motion.", ("Thomson Reuters", "sued", "Microsoft")),
    ("Disney's lawsuits against Midjourney were consolidated last week.", ("Disney", "sued", "Midjourney")),
    # taken to a court told by its kind
    ("The Federal Trade Commission has taken Amazon and Microsoft to federal court.", ("Federal Trade Commission", "sued", "Microsoft")),
    ("Getty Images took Stability AI to state court in 2023.", ("Getty Images", "sued", "Stability AI")),
    ("Universal Music Group is taking Anthropic to federal court over song lyrics.", ("Universal Music Group", "sued", "Anthropic")),
    # a court's order, with an adverb or the court's seat before it
    ("The High Court in Nairobi has ordered Tools for Humanity to permanently delete the iris data.",
     ("High Court", "adjudicated", "Tools for Humanity")),
    ("The Delaware Court of Chancery ordered Tesla to immediately hand over the records.",
     ("Delaware Court of Chancery", "adjudicated", "Tesla")),
    ("The Supreme Court of India ordered Google to comply with the competition watchdog's directions.",
     ("Supreme Court of India", "adjudicated", "Google")),
    # an instrument told as the actor's own by its kind, its title in commas after it
    ("The European Data Protection Board warned in its May 2024 report, Artificial Intelligence and the Future of Work, that checks matter.",
     ("European Data Protection Board", "issued", "Artificial Intelligence and the Future of Work")),
    ("The Federal Trade Commission said in its 2023 staff report, Generative AI and Consumer Harm, that chatbots mislead.",
     ("Federal Trade Commission", "issued", "Generative AI and Consumer Harm")),
    ("The Department for Education set out in its guidance, the AI Opportunities Action Plan, how schools should act.",
     ("Department for Education", "issued", "AI Opportunities Action Plan")),
    # the instrument first, then its kind and who issued it
    ("Schools should follow the AI Opportunities Action Plan, guidance issued by the Department for Education.",
     ("Department for Education", "issued", "AI Opportunities Action Plan")),
    ("Firms must meet the AI Risk Management Framework, a voluntary framework published by the National Institute of Standards and Technology.",
     ("National Institute of Standards and Technology", "issued", "AI Risk Management Framework")),
    ("Banks rely on the Model AI Governance Framework, rules adopted by the Infocomm Media Development Authority in 2020.",
     ("Infocomm Media Development Authority", "issued", "Model AI Governance Framework")),
    # a relative clause whose second actor finished the act the first began
    ("The bill tracks the TAKE IT DOWN Act, which Congress passed in April and President Donald Trump signed in May.",
     ("Donald Trump", "issued", "TAKE IT DOWN Act")),
    ("It follows SB 53, which the California Legislature passed in September and Governor Gavin Newsom signed weeks later.",
     ("Gavin Newsom", "issued", "SB 53")),
    ("It mirrors the Kids Online Safety Act, which the Senate approved in July and President Joe Biden signed in December.",
     ("Joe Biden", "issued", "Kids Online Safety Act")),
    # a headline's partnership
    ("Spotify teams with Sony Music, Merlin and Believe on AI products", ("Spotify", "partnered", "Merlin")),
    ("Samsung teams up with Google on a new assistant", ("Samsung", "partnered", "Google")),
    ("Nvidia teamed with Foxconn on the Taiwan supercomputer.", ("Nvidia", "partnered", "Foxconn")),
    # an instrument issued together, the two actors its sentence's subject
    ("The International Organization for Standardization and the International Electrotechnical Commission published ISO/IEC 42001:2023 in December.",
     ("International Organization for Standardization", "partnered", "International Electrotechnical Commission")),
    ("The Ministry of Economy, Trade and Industry and the Ministry of Internal Affairs and Communications released draft AI Guidelines for Business in January.",
     ("Ministry of Economy, Trade and Industry", "partnered", "Ministry of Internal Affairs and Communications")),
    ("Microsoft and OpenAI published the Frontier Safety Framework on Tuesday.", ("Microsoft", "partnered", "OpenAI")),
    # concerns a body raised about another's conduct
    ("Meta paused the plan after the Irish Data Protection Commission raised concerns about the company's use of public posts.",
     ("Irish Data Protection Commission", "accused", "Meta")),
    ("The Competition and Markets Authority has raised serious concerns about Microsoft's hiring of Inflection AI staff.",
     ("Competition and Markets Authority", "accused", "Microsoft")),
    ("The Writers Guild of America voiced objections over Netflix's use of generative AI in scripts.",
     ("Writers Guild of America", "accused", "Netflix")),
]

NEWS_WORDING_TRAPS = [
    ("The Competition and Markets Authority said it had no concerns about Microsoft's hiring of Inflection AI staff.",
     ("Competition and Markets Authority", "accused", "Microsoft")),
    ("The European Data Protection Board will publish its report, Artificial Intelligence and the Future of Work, next month.",
     ("European Data Protection Board", "issued", "Artificial Intelligence and the Future of Work")),
    ("Getty Images plans to take Stability AI to federal court.", ("Getty Images", "sued", "Stability AI")),
    ("The Delaware Court of Chancery declined to order Tesla to hand over the records.",
     ("Delaware Court of Chancery", "adjudicated", "Tesla")),
    ("Microsoft's teams with Google engineers met on Friday.", ("Microsoft", "partnered", "Google")),
    ("The Federal Trade Commission's claims against Microsoft were never filed.", ("Microsoft", "sued", "Federal Trade Commission")),
]


@pytest.mark.parametrize("sentence, fact", NEWS_WORDING)
def test_news_wording_states_its_fact(facts, sentence, fact):
    head, relation, tail = fact
    found = _of(facts(sentence), relation)
    assert (head, tail) in found or (relation == "partnered" and (tail, head) in found)


@pytest.mark.parametrize("sentence, fact", NEWS_WORDING_TRAPS)
def test_news_wording_trap_states_no_fact(facts, sentence, fact):
    head, relation, tail = fact
    assert (head, tail) not in _of(facts(sentence), relation)


# where a company is incorporated: its place
@pytest.mark.parametrize("sentence, company, place", [
    ("Anthropic, which is incorporated in Delaware, denied the claims.", "Anthropic", "Delaware"),
    ("Anthropic is incorporated in Delaware, a filing shows.", "Anthropic", "Delaware"),
    ("Brightline Analytics Inc., a software company incorporated in Nevada, denied the claims.",
     "Brightline Analytics Inc.", "Nevada"),
    ("Clearview AI was organized under the laws of Delaware in 2017.", "Clearview AI", "Delaware"),
    ("The plaintiffs sued Brightline Analytics, a Delaware corporation, in federal court.", "Brightline Analytics",
     "Delaware"),
])
def test_the_state_a_company_is_incorporated_in_is_its_place(read_facts, sentence, company, place):
    assert (company, "jurisdiction", place) in read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "Anthropic is not incorporated in Delaware, its lawyers said.",
    "Anthropic plans to be incorporated in Delaware next year.",
    "Anthropic sued Corvane Labs in Delaware.",
])
def test_no_incorporation_is_read_from_a_negation_an_intention_or_a_suit(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "jurisdiction" and f[2] == "Delaware"}


@pytest.mark.parametrize("text, pair", [
    ("Halvard Inc. has agreed to buy most of the assets of Corvid Labs for $116 million.", ("Halvard Inc.", "Corvid Labs")),
    ("Halvard Inc. agreed to acquire the business of Corvid Labs in March.", ("Halvard Inc.", "Corvid Labs")),
    ("Halvard Inc. bought the remaining assets of Corvid Labs out of bankruptcy.", ("Halvard Inc.", "Corvid Labs")),
])
def test_a_company_bought_as_its_assets_or_business_is_acquired(facts, text, pair):
    assert pair in _of(facts(text), "acquired")


@pytest.mark.parametrize("text", [
    "Halvard Inc. is in talks to acquire Corvid Labs for $2 billion.",
    "Halvard Inc. is in advanced talks to buy the assets of Corvid Labs.",
    "Halvard Inc. denied plans to acquire Corvid Labs.",
])
def test_talks_or_denied_plans_to_buy_are_no_acquisition(facts, text):
    assert not _of(facts(text), "acquired")


@pytest.mark.parametrize("text", [
    "Corvid Labs has licensing deals with Adobe, Meta, Mistral and xAI.",
    "Corvid Labs has content-licensing agreements with Adobe, Meta, Mistral and xAI.",
    "Corvid Labs holds existing contracts with Adobe, Meta, Mistral and xAI.",
])
def test_deals_held_with_a_list_partner_each(facts, text):
    assert {("Corvid Labs", name) for name in ("Adobe", "Meta", "Mistral", "xAI")} <= _of(facts(text), "partnered")


def test_deals_held_without_a_word_of_deal_or_said_to_be_none_partner_no_one(facts):
    assert not _of(facts("Corvid Labs has no deals with Adobe or Meta."), "partnered")
    assert not _of(facts("Corvid Labs has customers like Adobe and Meta."), "partnered")
    assert not _of(facts("Corvid Labs is in talks with Adobe about a partnership."), "partnered")


@pytest.mark.parametrize("text", [
    "SAG-AFTRA reached a deal with a group of video game companies including Activision, Electronic Arts and WB Games.",
    "SAG-AFTRA signed an agreement with a coalition of studios such as Activision, Electronic Arts and WB Games.",
    "The union SAG-AFTRA struck a contract with a group of publishers among them Activision, Electronic Arts and WB Games.",
])
def test_a_deal_with_a_group_partners_each_member_listed(facts, text):
    found = _of(facts(text), "partnered")
    assert {("SAG-AFTRA", name) for name in ("Activision", "Electronic Arts", "WB Games")} <= found, found


@pytest.mark.parametrize("text, company, place", [
    ("The Delaware-incorporated Brindlecom Inc. reported a quarterly loss.", "Brindlecom Inc", "Delaware"),
    ("Ohio-registered Vantor Labs sued Brindlecom Inc. on Monday.", "Vantor Labs", "Ohio"),
    ("Vantor Labs, a Nevada-incorporated company, sued Brindlecom Inc. on Monday.", "Vantor Labs", "Nevada"),
    ("The suit names Quorrel Systems, the Delaware-registered developer of the app.", "Quorrel Systems", "Delaware"),
])
def test_a_place_a_company_is_incorporated_or_registered_in_before_its_name_or_kind_is_its_seat(facts, text, company,
                                                                                                  place):
    assert (company, place) in _of(facts(text), "jurisdiction")


@pytest.mark.parametrize("text", [
    "Users registered in Ohio sued Brindlecom Inc. on Monday.",           # users, not the company, registered there
    "Brindlecom Inc. said it had not registered in Ohio as a broker.",    # no registration told of the company
])
def test_a_registration_of_others_or_one_denied_gives_no_seat(facts, text):
    assert ("Brindlecom Inc.", "Ohio") not in _of(facts(text), "jurisdiction")
    assert ("Brindlecom Inc", "Ohio") not in _of(facts(text), "jurisdiction")


# -- regulators' enforcement acts (round 31): a series of acts, orders told by their result, app stores
# told to remove a service, complaints filed with a regulator, a state body's finding of a breach --------

@pytest.mark.parametrize("sentence, relation, head, tail", [
    ("The Garante blocked Nimbus Chat Ltd. in 2023, fined Orbit Labs Inc. €15 million in 2024, and in January "
     "ordered Vela AI Inc. to stop processing the data of Italian users.", "fined", "Garante", "Orbit Labs Inc."),
    ("The Garante blocked Nimbus Chat Ltd. in 2023, fined Orbit Labs Inc. €15 million in 2024, and in January "
     "ordered Vela AI Inc. to stop processing the data of Italian users.", "banned", "Garante", "Vela AI Inc."),
    ("The CNIL fined Orbit Labs Inc. €20 million and, months later, banned Vela AI Inc. from the French market.",
     "banned", "CNIL", "Vela AI Inc."),
    ("The FTC sued Nimbus Chat Ltd. in May, fined Orbit Labs Inc. $2 million, and last year banned Vela AI Inc. "
     "from selling its app.", "banned", "FTC", "Vela AI Inc."),
    ("The FTC sued Nimbus Chat Ltd. in May, fined Orbit Labs Inc. $2 million, and last year banned Vela AI Inc. "
     "from selling its app.", "fined", "FTC", "Orbit Labs Inc."),
])
def test_each_act_of_a_series_has_the_series_subject(facts, sentence, relation, head, tail):
    assert (head, tail) in _of(facts(sentence), relation)


def test_a_series_member_told_without_its_closing_and_is_no_act_of_the_subject(facts):
    # no "and" closes the list: an aside told after a comma (founded, backed) is no act of the subject
    found = facts("The Garante, founded in 1997, fined Orbit Labs Inc. in May.")
    assert ("Garante", "Orbit Labs Inc.") in _of(found, "fined")
    assert not _of(facts("Orbit Labs Inc., backed Vela AI Inc. in May."), "banned")
    # an intention in the series' last member states no act
    assert not _of(facts("The Garante fined Orbit Labs Inc. in May and could order Vela AI Inc. blocked."), "banned")


@pytest.mark.parametrize("sentence, head, tail", [
    ("The Garante asked Vela AI Inc. how it handled personal data and, days later, ordered Vela AI Inc. blocked in Italy.",
     "Garante", "Vela AI Inc."),
    ("The CNIL ordered Orbit Labs Inc. suspended until it complies.", "CNIL", "Orbit Labs Inc."),
    ("On Monday the FTC ordered Nimbus Chat Ltd. shut down.", "FTC", "Nimbus Chat Ltd."),
])
def test_an_order_told_by_the_state_it_brings_bans(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "banned")


@pytest.mark.parametrize("sentence", [
    "The Garante could order Vela AI Inc. blocked in Italy.",
    "The Garante is considering whether to order Vela AI Inc. blocked.",
    "The CNIL has not ordered Orbit Labs Inc. suspended.",
])
def test_an_order_intended_or_denied_bans_nothing(facts, sentence):
    assert not _of(facts(sentence), "banned")


@pytest.mark.parametrize("sentence, head, tail", [
    ("The Personal Information Protection Commission ordered Apple and Google to remove Vela AI Inc. from their "
     "app stores.", "Personal Information Protection Commission", "Vela AI Inc."),
    ("The CNIL directed Apple to delist Orbit Labs Inc. within a week.", "CNIL", "Orbit Labs Inc."),
    ("The FTC required Google to take down Nimbus Chat Ltd. from its store.", "FTC", "Nimbus Chat Ltd."),
])
def test_app_stores_ordered_to_remove_a_service_ban_it(facts, sentence, head, tail):
    found = _of(facts(sentence), "banned")
    assert (head, tail) in found
    assert not any(t in ("Apple", "Google", "苹果", "谷歌") for _, t in found)  # the stores are told, not banned


def test_app_stores_asked_or_likely_to_remove_a_service_ban_nothing(facts):
    assert not _of(facts("The CNIL may order Apple to delist Orbit Labs Inc."), "banned")
    assert not _of(facts("Users asked Apple to remove Orbit Labs Inc. from its store."), "banned")


@pytest.mark.parametrize("sentence, head, tail", [
    ("In January, the Tech Justice Law Project filed a complaint with the U.S. Federal Trade Commission (FTC) "
     "accusing Vela AI Inc. of deceptive marketing.", "Tech Justice Law Project", "Vela AI Inc."),
    ("The inquiry followed a complaint filed by the campaign group Big Brother Watch with the regulator against "
     "Orbit Labs Inc.", "Big Brother Watch", "Orbit Labs Inc."),
    ("It began with a complaint lodged in July by the privacy group noyb with the authority against Nimbus Chat Ltd.",
     "noyb", "Nimbus Chat Ltd."),
])
def test_a_complaint_filed_with_a_regulator_accuses(facts, sentence, head, tail):
    found = facts(sentence)
    assert (head, tail) in _of(found, "accused")
    assert (head, tail) not in _of(found, "sued")


def test_a_complaint_only_planned_accuses_no_one(facts):
    assert not _of(facts("The Tech Justice Law Project plans to file a complaint with the FTC accusing Vela AI Inc. "
                         "of deceptive marketing."), "accused")


@pytest.mark.parametrize("sentence, heads, tail", [
    ("The Office of the Privacy Commissioner of Canada and the Commission d'accès à l'information du Québec "
     "concluded that Orbit Labs Inc. violated privacy laws.",
     {"Office of the Privacy Commissioner of Canada", "Commission d'accès à l'information du Québec"}, "Orbit Labs Inc."),
    ("The CNIL found that Vela AI Inc. breached the GDPR.", {"CNIL"}, "Vela AI Inc."),
    ("The Information Commissioner's Office determined that Nimbus Chat Ltd. had infringed the law.",
     {"Information Commissioner's Office"}, "Nimbus Chat Ltd."),
])
def test_a_state_bodys_finding_of_a_breach_accuses_and_investigates(facts, sentence, heads, tail):
    found = facts(sentence)
    for head in heads:
        assert (head, tail) in _of(found, "accused")
        assert (head, tail) in _of(found, "investigated")


def test_a_papers_or_groups_finding_investigates_nothing(facts):
    # the finding of a paper or of an NGO accuses; no inquiry of a state body is told
    found = facts("The Tech Justice Law Project found that Vela AI Inc. violated consumer law.")
    assert ("Tech Justice Law Project", "Vela AI Inc.") in _of(found, "accused")
    assert not _of(found, "investigated")
    assert not _of(facts("The CNIL did not find that Vela AI Inc. breached the GDPR."), "investigated")


@pytest.mark.parametrize("sentence, office, person, relation, tail", [
    ("Texas Attorney General Ken Paxton said on Thursday he had opened investigations into Orbit Labs Inc.",
     "Texas Attorney General", "Ken Paxton", "investigated", "Orbit Labs Inc."),
    ("Texas Attorney General Ken Paxton spoke in Austin. He also fined Vela AI Inc. $1 million.",
     "Texas Attorney General", "Ken Paxton", "fined", "Vela AI Inc."),
    ("Texas Attorney General Ken Paxton won a ruling in May; later he banned Nimbus Chat Ltd. from the state.",
     "Texas Attorney General", "Ken Paxton", "banned", "Nimbus Chat Ltd."),
])
def test_he_stands_for_the_office_written_before_its_holder_too(facts, sentence, office, person, relation, tail):
    found = _of(facts(sentence), relation)
    assert {(office, tail), (person, tail)} <= found


def test_he_stands_for_no_body_written_apart_from_the_person(facts):
    # the FTC is no office of Jane Roe's: a comma or a verb between them
    found = facts("The FTC praised Jane Roe, a consumer advocate. She said she had opened an inquiry into Orbit Labs Inc.")
    assert not any(head == "FTC" for head, _ in _of(found, "investigated"))


# A consultation an actor opens on an instrument (english_cues.tsv): the text consulted on is a draft,
# proposed (invented bodies and instruments); traps: a consultation not opened, a final text after one.
@pytest.mark.parametrize("sentence, fact", [
    ("The Ministry of Law launched a public consultation on the draft Online Harms Bill.",
     ("Ministry of Law", "proposed", "Online Harms Bill")),
    ("The Ministry of Law opened a consultation on its Online Harms Bill last week.",
     ("Ministry of Law", "proposed", "Online Harms Bill")),
    ("The Ministry of Law has published a call for comments on the Online Harms Bill.",
     ("Ministry of Law", "proposed", "Online Harms Bill")),
])
def test_a_consultation_opened_on_an_instrument_proposes_it(read_facts, sentence, fact):
    assert fact in read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "The Ministry of Law has not yet launched a consultation on the Online Harms Bill.",
    "The Ministry of Law plans to launch a consultation on the Online Harms Bill.",
])
def test_a_consultation_not_opened_proposes_nothing(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] in ("proposed", "issued")}


# "the bill" after a verb stands for the bill named before, a bill's number too (english_facts.tsv bill_number),
# not the act that bill amends; with no bill named, the law named last (invented bills).
@pytest.mark.parametrize("text, fact, not_fact", [
    ("From January 1, HB 4412, which amends the Oregon Consumer Protection Act, bans AI hiring bias. "
     "Governor Tina Kotek signed the bill in August.", ("Tina Kotek", "issued", "HB 4412"),
     ("Tina Kotek", "issued", "Oregon Consumer Protection Act")),
    ("SB 2211 would require disclosures and amend the Data Broker Act. Governor Joe Lombardo signed the bill on Friday.",
     ("Joe Lombardo", "issued", "SB 2211"), ("Joe Lombardo", "issued", "Data Broker Act")),
    ("H.R. 815 would amend the Communications Act. The Senate passed the bill on Friday.",
     ("Senate", "issued", "H.R. 815"), ("Senate", "issued", "Communications Act")),
])
def test_the_bill_stands_for_the_bill_named_before_not_the_act_it_amends(read_facts, text, fact, not_fact):
    found = read_facts(text)
    assert fact in found
    assert not_fact not in found


# -- a paper's or a research firm's report of a wrongdoing (accused31): accused only where the words reported are
# words of wrongdoing (english_facts.tsv wrongdoing_verb), and the accused is their subject
@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Reuters reported that Clearview AI had misled police departments about its accuracy.", "Reuters", "Clearview AI"),
    ("The New York Times revealed that OpenAI secretly scraped YouTube videos.", "The New York Times", "OpenAI"),
    ("A Reuters investigation found that Meta had concealed internal research from regulators.", "Reuters", "Meta"),
    ("An analysis by Reuters found that Clearview AI illegally collected photos.", "Reuters", "Clearview AI"),
    ("The privacy group Fair Screen filed a complaint with the Federal Trade Commission against OpenAI.",
     "Fair Screen", "OpenAI"),
    ("The consumer group Safe Shoppers said OpenAI violated the law.", "Safe Shoppers", "OpenAI"),
])
def test_a_report_of_a_wrongdoing_accuses_its_subject(facts, sentence, accuser, accused):
    assert (accuser, accused) in _of(facts(sentence), "accused")


@pytest.mark.parametrize("sentence", [
    "Reuters reported that OpenAI raised $6.6 billion from Microsoft.",  # a neutral fact reported
    "Reuters reported that Meta denied it misled users.",  # a denial
    "Reuters reported that Meta may have misled users.",  # a possibility
    "Reuters reported that Meta released a new model.",
])
def test_a_report_of_no_wrongdoing_accuses_no_one(facts, sentence):
    assert not _of(facts(sentence), "accused")


# -- "it" and "Its" whose sentence before names one body alone, as a clause's subject (kg.facts.english lone_actor) --

def test_it_stands_for_the_one_body_the_sentence_before_names_as_a_clause_subject(facts):
    found = facts("The claim comes as Northwind Labs signs content agreements with publishers. It has struck "
                  "licensing deals with Bluefeather Media and Harbor Press in the past year.")
    assert {("Northwind Labs", "Bluefeather Media"), ("Northwind Labs", "Harbor Press")} <= _of(found, "partnered")
    found = facts("That was when the Garante first acted against the app. In February 2023 it ordered Luka Inc. "
                  "to stop processing data.")
    assert ("Garante", "Luka Inc.") in _of(found, "banned")
    found = facts("The ruling matters because of where the Copyright Office sits. It is part of the Library of Congress.")
    assert ("Copyright Office", "Library of Congress") in _of(found, "partOf")
    found = facts('"We are proud of the deal," Quillstone Inc. said. It acquired Orbis Labs in June.')
    assert ("Quillstone Inc.", "Orbis Labs") in _of(found, "acquired")


def test_its_opening_a_sentence_before_a_product_stands_for_the_body_named_alone_before(facts):
    found = facts("Spotify is no newcomer to AI on its own service. Its AI DJ, a voice that picks songs, "
                  "launched in February 2023.")
    assert ("Spotify", "AI DJ") in _of(found, "released")


def test_a_lone_it_is_no_object_nor_one_of_two_nor_a_dummy_nor_across_a_paragraph(facts):
    found = facts("The dispute began when Quillstone Inc. sued Ravenbyte Inc. It also sued Orbis Labs in March.")
    assert ("Ravenbyte Inc.", "Orbis Labs") not in _of(found, "sued")
    found = facts("Quillstone Inc. and Ravenbyte Inc. met in May. Its Falcon 3 model launched in June.")
    assert not {h for h, t in _of(found, "released") if t.startswith("Falcon")}
    found = facts("Investors cheered as Quillstone Inc. reported its results. It is unclear whether a deal "
                  "to acquire Orbis Labs will close.")
    assert ("Quillstone Inc.", "Orbis Labs") not in _of(found, "acquired")
    found = facts("The deal was signed after Quillstone Inc. raised prices.\nIt then sued Ravenbyte Inc.")
    assert ("Quillstone Inc.", "Ravenbyte Inc.") not in _of(found, "sued")
    found = facts("Investors cheered as Quillstone Inc. reported its results. It is not clear who sued Orbis Labs.")
    assert ("Quillstone Inc.", "Orbis Labs") not in _of(found, "sued")


# -- round 31: "its" before a product stands for its clause's subject, not a name in an object --------
@pytest.mark.parametrize("text, maker, wrong", [
    # a second clause after ", and" has a subject of its own
    ("Acme Labs used Vireo to power search in its Lumen assistant, and Nimbus Labs added voice to its Quill chatbot.",
     "Nimbus Labs", "Acme Labs"),
    # the subject after "that", a name inside the object before "its" none
    ("The complaint alleges that Nimbus Labs scraped Acme Labs content to train its Quill models.",
     "Nimbus Labs", "Acme Labs"),
    # the subject a saying reports, past a relative clause
    ("Acme Labs said Nimbus Labs, which licenses its data, built its Quill chatbot on the archive.",
     "Nimbus Labs", "Acme Labs"),
    # the subject after "that" rather than the body opening the sentence
    ("The Harbor Commission alleges that Nimbus Labs misled users after it bundled its Quill assistant into the plans.",
     "Nimbus Labs", "Harbor Commission"),
])
def test_its_before_a_product_stands_for_the_subject_of_its_clause(facts, text, maker, wrong):
    found = _of(facts(text), "released")
    assert (maker, "Quill") in found and (wrong, "Quill") not in found, found


def test_its_before_a_product_with_no_body_as_subject_stands_for_the_body_named_last(facts):
    # Three authors (no body) opens the sentence: the object named last is the one "its" stands for
    found = _of(facts("Three writers sued Nimbus Labs, accusing it of using their books to train its Quill models."),
                "released")
    assert ("Nimbus Labs", "Quill") in found, found


def test_its_before_a_product_after_a_possessive_stands_for_the_possessives_owner(facts):
    found = _of(facts("Acme Labs announced a deal with Nimbus Labs to offer Nimbus Labs' models, including its "
                      "Quill chatbot, inside its cloud."), "released")
    assert ("Nimbus Labs", "Quill") in found and ("Acme Labs", "Quill") not in found, found


# -- suits as English news tells them ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Midjourney is already facing lawsuits from Getty Images and Shutterstock over its training data.",
    "Midjourney now faces copyright suits brought by Getty Images and Shutterstock.",
    "Midjourney sued by Getty Images & Shutterstock",
    "In the proceedings brought by Getty Images and Shutterstock against Midjourney, the judge heard experts.",
    "Getty Images and Shutterstock file legal claim against image generator Midjourney",
    "Getty Images and Shutterstock are suing Midjourney over the pictures.",
])
def test_a_defendant_facing_suits_sued_by_and_proceedings_brought_by(facts, text):
    assert {("Getty Images", "Midjourney"), ("Shutterstock", "Midjourney")} <= _of(facts(text), "sued")


def test_plaintiffs_joining_others_in_suing_each_sued(facts):
    found = _of(facts("Shutterstock has joined Getty Images and Alamy in suing the image generator Midjourney."), "sued")
    assert {("Shutterstock", "Midjourney"), ("Getty Images", "Midjourney"), ("Alamy", "Midjourney")} <= found


def test_a_plaintiff_described_between_dashes_sued(facts):
    found = _of(facts("Getty Images—the photo agency based in Seattle—sued Stability AI in London."), "sued")
    assert ("Getty Images", "Stability AI") in found


def test_one_of_those_who_sued_a_company_sued_it(facts):
    found = _of(facts("Getty Images, one of the agencies that sued Midjourney, declined to comment."), "sued")
    assert ("Getty Images", "Midjourney") in found


@pytest.mark.parametrize("text", [
    "Midjourney could face lawsuits from Getty Images and Shutterstock.",
    "Midjourney said the suits filed by Getty Images would fail, and it faces no claims from Shutterstock.",
    "Getty Images has joined Shutterstock in a licensing deal with Midjourney.",
])
def test_a_suit_that_may_come_or_a_deal_joined_is_no_suit(facts, text):
    assert not _of(facts(text), "sued")


def test_a_body_described_by_its_kind_sued(facts):
    found = _of(facts("In proceedings brought by the music rights organization GEMA against Suno, experts testified."), "sued")
    assert ("GEMA", "Suno") in found


def test_a_place_describing_the_plaintiff_sued_nobody(facts):
    found = _of(facts("One case involves a Florida mother who sued Character.AI after her son died."), "sued")
    assert not {pair for pair in found if pair[0] == "Florida"}


@pytest.mark.parametrize("text", ["An Ontario man among seven plaintiffs suing OpenAI spoke to reporters.",
                                  "UK parenting forum launches legal action against OpenAI"])
def test_a_place_describing_a_plaintiff_before_its_kind_sued_nobody(facts, text):
    assert not {pair for pair in _of(facts(text), "sued") if pair[0] in ("Ontario", "UK", "United Kingdom")}


def test_a_hearing_held_in_a_court_adjudicates_the_items_suit(facts):
    found = _of(facts("Getty Images sued Stability AI last year. During a May 1 hearing in the District of Delaware, "
                      "the judge questioned both sides."), "adjudicated")
    assert {("District of Delaware", "Getty Images"), ("District of Delaware", "Stability AI")} <= found


@pytest.mark.parametrize("sentence, head, tail", [
    ("The FTC has launched an investigation into both Meta AI Studio and Character.AI.", "FTC", "Meta AI Studio"),
    ("Meta announced a lawsuit against Grok on Monday.", "Meta", "Grok"),
])
def test_a_verb_of_launching_that_opens_an_act_releases_nothing(facts, sentence, head, tail):
    # english_facts.tsv act_noun: launched an investigation into X is no release of X (issue 49)
    assert (head, tail) not in _of(facts(sentence), "released")


def test_a_model_launched_is_still_released(facts):
    assert ("OpenAI", "GPT-4o") in _of(facts("OpenAI launched GPT-4o on Monday."), "released")


@pytest.mark.parametrize("sentence, head", [
    ("On May 2, 2025, the Federal Trade Commission (FTC) announced its Operation Bot Check, aimed at deceptive "
     "chatbot claims.", "Federal Trade Commission"),
    ("On 10 April 2025, the Norland Data Protection Authority (DPA) announced that it had fined Quill Labs, the provider "
     "of the artificial intelligence chatbot Pennywise, EUR 3 million for violating the Harbor Data Act.",
     "Norland Data Protection Authority"),
])
def test_a_regulator_releases_no_model(facts, sentence, head):
    # english_facts.tsv maker_relation: the real gold's released heads are makers, never a regulator (issue 49)
    assert not {(h, t) for h, t in _of(facts(sentence), "released") if h == head}


def test_a_maker_announcing_its_model_still_released_it(facts):
    assert ("Quill Labs", "Pennywise") in _of(facts("Quill Labs announced its Pennywise chatbot on Monday."), "released")


def test_the_ai_act_spelled_with_its_abbreviation_inside(facts):
    # data/kb/laws.tsv: Artificial Intelligence (AI) Act is the EU AI Act (issue 49)
    read = facts("On 21 May 2024, the Council of the European Union formally approved the artificial intelligence "
                 "(AI) Act, completing the legislative process.")
    assert ("Council of the European Union", "artificial intelligence (AI) Act") in _of(read, "issued")


@pytest.mark.parametrize("sentence, owner, model, other", [
    ("The Authors Guild sued Meta on Friday for scraping novels to build its Llama models.", "Meta", "Llama",
     "The Authors Guild"),
    ("Three music publishers, Harbor Tunes, Delmont Records and ABKCO, are suing Anthropic for copying lyrics "
     "to train its chatbot Claude.", "Anthropic", "Claude", "ABKCO"),
])
def test_its_in_a_gerund_after_the_object_is_the_objects(facts, sentence, owner, model, other):
    # sued X for V-ing … its product: the gerund is X's, and so is "its" (not the subject's)
    released = _of(facts(sentence), "released")
    assert (owner, model) in released
    assert not {(head, tail) for head, tail in released if tail == model and head not in (owner, f"{owner} Platforms")}
    assert (other, model) not in released


@pytest.mark.parametrize("sentence", [
    "Meta sued Lumora on Monday for copying code, and said its Llama models were harmed.",
    "Meta accused Lumora of copying code; its Llama models were trained on that code.",
])
def test_its_after_the_gerunds_clause_closes_is_not_the_objects(facts, sentence):
    # the gerund's phrase ends where a clause opens after it (, and said …; …): "its" is the subject's again
    assert ("Lumora", "Llama") not in _of(facts(sentence), "released")


# References: "the Act" (capitalised) and "the statute" stand for the law named last before them, as
# "the bill" and "the law" do: the body that passed "the Act" issued that law.
def _issued(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "issued"}


def test_the_act_stands_for_the_law_named_before(read_facts):
    found = read_facts("The European Commission proposed the Artificial Intelligence Act in 2021. After long talks, "
                       "the European Parliament approved the Act in March.")
    assert any(head in ("欧洲议会", "European Parliament") for head, _ in _issued(found))


def test_the_statute_stands_for_the_law_named_before(read_facts):
    found = read_facts("The Ohio Data Shield Act was introduced in 2024. The Ohio Senate passed the statute in May.")
    assert {law for head, law in _issued(found) if head.endswith("Ohio Senate")} == {"Ohio Data Shield Act"}


def test_an_act_named_whole_is_no_reference(read_facts):
    # the Data Shield Act: a name of its own, not "the Act" standing for the law before it
    found = read_facts("The Ohio Privacy Act was introduced in 2024. The Ohio Senate passed the Data Shield Act in May.")
    assert not {law for head, law in _issued(found) if law == "Ohio Privacy Act"}


def test_a_short_form_in_brackets_stands_not_between_a_description_and_its_name(facts):
    found = _of(facts("The Harbor Legal Institute has filed a lawsuit against artificial intelligence (AI) startup "
                      "Lexor AI, alleging it scraped its database."), "sued")
    assert ("The Harbor Legal Institute", "Lexor AI") in found


def test_a_pattern_opening_with_a_word_does_not_open_inside_another(pipeline):
    from kg.facts.english import patterns
    pattern = patterns(pipeline.extractor.shared).pattern("defendant", "(sued|sues|sue|suing) {tail}")
    assert pattern.regex.search("the issue Judge ⟨0⟩ ruled on") is None  # is-sue: no suit
    assert pattern.regex.search("they sue Judge ⟨0⟩ over it") is not None


def test_a_ruling_word_before_another_clause_naming_a_court_is_no_act_of_that_court(facts):
    found = facts("GEMA sued OpenAI in Munich in 2024. The ruling in the first instance, which raises hopes for "
                  "the Federal Court of Justice, came on Tuesday.")
    assert not {(h, t) for h, r, t in found if r == "adjudicated" and h == "Federal Court of Justice"}
    found = facts("GEMA sued OpenAI in Munich in 2024. In a ruling on Tuesday the Federal Court of Justice backed GEMA.")
    assert any(r == "adjudicated" for h, r, t in found)


def test_two_companies_settling_suits_filed_by_others_are_one_side(facts):
    found = facts("Google and Character.AI have settled lawsuits filed by families of teenagers.")
    assert not _of(found, "settled") & {("Google", "Character.AI"), ("Character.AI", "Google")}
    found = facts("Getty Images and Stability AI settled their lawsuit last week.")
    assert _of(found, "settled") & {("Getty Images", "Stability AI"), ("Stability AI", "Getty Images")}


def test_a_parent_before_a_coordinated_co_plaintiff_owns_the_title_alone(facts):
    found = facts("The suit was filed by Wall Street Journal parent Dow Jones and the New York Post.")
    assert _of(found, "partOf") == {("Wall Street Journal", "Dow Jones")}


def test_each_owner_in_a_list_of_possessives_released_its_own_model(facts):
    found = _of(facts("The code covers models such as Meta's Llama, OpenAI's GPT-4 and Anthropic's Claude."), "released")
    assert {("Meta", "Llama"), ("OpenAI", "GPT-4"), ("Anthropic", "Claude")} <= found
    assert ("Meta", "GPT-4") not in found


def test_a_licensing_deal_the_subject_agreed_to_with_a_firm_partners_them(facts):
    found = facts("Google was tied to the case through a licensing deal it agreed to in 2024 with Character.AI.")
    assert ("Google", "Character.AI") in _of(found, "partnered") | {(t, h) for h, t in _of(found, "partnered")}


def test_a_backer_of_a_company_described_as_anothers_rival_invested_in_the_company(facts):
    found = facts("The suit says Anthropic, the Amazon-backed OpenAI competitor, copied books.")
    assert ("Amazon", "Anthropic") in _of(found, "investedIn")


def test_a_product_told_after_a_body_acting_on_a_firm_is_the_firm_s():
    from kg.facts.english import EnglishFacts
    from kg.model import Mention
    body, firm = Mention("Data Protection Commission", "Regulator", 0, 26), Mention("Harborlight Inc.", "Company", 60, 76)
    assert EnglishFacts.maker_after(body, [body, firm]) is firm  # …inquiry into the data Harborlight used to train its Vireo
    assert EnglishFacts.maker_after(body, [body]) is body  # the Commission launched its own assistant, Vireo
    assert EnglishFacts.maker_after(firm, [body, firm]) is firm  # a firm's product stays the firm's


@pytest.mark.parametrize("gloss", ["(FTC)", "(“FTC”)", '("FTC")'])
def test_a_quoted_short_name_after_the_actor_leaves_its_pattern_whole(read_facts, gloss):
    """english: the short name a text defines in brackets, quoted or not, is no member of the actor's
    group, though the text names it again later (then it is a name found inside the brackets)."""
    found = read_facts(f"On January 3, 2025, the Federal Trade Commission {gloss} announced that it reached a settlement "
                       "with accessiBe. On Tuesday, the FTC released a statement.")
    assert any(r == "settled" and t == "accessiBe" for h, r, t in found)


def test_a_parents_units_listed_after_its_name_and_their_plural_kind_are_each_its_own(facts):
    # Y units A and B; Y's publications include A, B and C; Y, which is home to titles like A and B
    found = _of(facts("Harbor Media Group units Bayside Press Inc. and Ridgeline Publishing LLC sued Zentek Labs on Monday."),
                "partOf")
    assert {("Bayside Press Inc.", "Harbor Media Group"), ("Ridgeline Publishing LLC", "Harbor Media Group")} <= found
    assert not {(h, t) for h, t in found if "Zentek" in h or "Zentek" in t}
    found = _of(facts("Harbor Media Group subsidiaries Bayside Press Inc. and Ridgeline Publishing LLC filed the complaint."),
                "partOf")
    assert {("Bayside Press Inc.", "Harbor Media Group"), ("Ridgeline Publishing LLC", "Harbor Media Group")} <= found
    found = _of(facts("Globex Corporation’s publications include news sites Bayside Press Inc. and Ridgeline Publishing LLC "
                      "and advice website Tidewater Guides Inc."), "partOf")
    assert {("Bayside Press Inc.", "Globex Corporation"), ("Tidewater Guides Inc.", "Globex Corporation")} <= found
    found = _of(facts("Ridgeway Holdings’ publications include tech news outlets Bayside Press Inc. and Ridgeline "
                      "Publishing LLC and advice website Tidewater Guides Inc."), "partOf")
    assert ("Tidewater Guides Inc.", "Ridgeway Holdings") in found
    found = _of(facts("A lawsuit by Harbor Media Group, which is home to publications like Bayside Press Inc., "
                      "Ridgeline Publishing LLC, and Tidewater Guides Inc., is trying a new tack against Zentek Labs."), "partOf")
    assert {("Bayside Press Inc.", "Harbor Media Group"), ("Ridgeline Publishing LLC", "Harbor Media Group"),
            ("Tidewater Guides Inc.", "Harbor Media Group")} <= found
    assert not {(h, t) for h, t in found if "Zentek" in h or "Zentek" in t}
    # a plural kind after a name and before a verb is no list of units (Harbor Media Group units sold well: no name after)
    assert not _of(facts("Harbor Media Group units sold 5,000 copies, and Zentek Labs said so."), "partOf")


def test_a_continent_seats_no_company_but_may_place_a_law(facts):
    # Europe's largest companies trade in Europe, and none is seated in it; Europe's regulation is its own
    companies = facts("Kaplan cited concerns by 44 of Europe's largest companies, including Bosch, Siemens and Airbus.")
    assert not {h for h, t in _of(companies, "jurisdiction") if t in ("Europe", "欧洲")}
    law = facts("Regulators enforce Europe's General Data Protection Regulation against the start-up.")
    assert {t for h, t in _of(law, "jurisdiction")} & {"Europe", "欧洲"}


def test_a_list_left_open_inside_a_description_between_commas_adds_no_party(facts):
    found = facts("Zentara Media, the publisher behind PCMag, Zorbix, Quillnet, and more, has sued OpenAI in New York.")
    assert ("Zentara Media", "sued", "OpenAI") in found
    assert not {fact for fact in found if fact[0] in ("PCMag", "Zorbix", "Quillnet")}


def test_a_relative_clause_owning_a_list_keeps_the_list_out_of_the_main_clause(facts):
    # "the X-based company, which also owns A, B and C, did…": the list is what the company owns, not
    # more companies based in X (before: the comma after A closed the aside, and B and C took the seat)
    found = _of(facts("Zeta Labs settled a lawsuit on Monday. The Denver-based company, which also owns "
                      "Quillnet Labs, Brightmark Media and Orrin Studios, did not admit wrongdoing."), "jurisdiction")
    assert ("Zeta Labs", "Denver") in found
    assert not {("Brightmark Media", "Denver"), ("Orrin Studios", "Denver")} & found
    # after a description the names go on the outer list: each one sued
    sued = _of(facts("Orrin Studios, the Denver film house, Brightmark Media and Quillnet Labs sued Zeta Labs."), "sued")
    assert {("Orrin Studios", "Zeta Labs"), ("Quillnet Labs", "Zeta Labs")} <= sued


# an arrest or detention of a named person by a named authority is its investigation of that person (bench/real
# README, round 69's convention pass); a regulator's notice of breaches, or its notice served, its allegation (round 59,
# class o).  Invented persons, firms and police forces.
@pytest.mark.parametrize("text, fact", [
    ("The Kessel Police Service has arrested Jane Roe following a series of complaints.",
     ("Kessel Police Service", "investigated", "Jane Roe")),
    ("The Kessel Police Service has arrested blogger and digital content creator Jane Roe over doctored videos.",
     ("Kessel Police Service", "investigated", "Jane Roe")),
    ("After an extensive investigation, the Marlow County Sheriff's Office arrested Tomas Ardent in January.",
     ("Marlow County Sheriff's Office", "investigated", "Tomas Ardent")),
    ("Tomas Ardent was wrongfully arrested by the Marlow County Sheriff's Office in 2020.",
     ("Marlow County Sheriff's Office", "investigated", "Tomas Ardent")),
    ("The Marlow County Sheriff's Office took Tomas Ardent into custody on Friday.",
     ("Marlow County Sheriff's Office", "investigated", "Tomas Ardent")),
    ("The Federal Data Protection Authority announced that it notified breaches of data protection law to Corvane "
     "Labs Inc.", ("Federal Data Protection Authority", "accused", "Corvane Labs Inc.")),
    ("The Federal Data Protection Authority announced that it had served notice on Corvane Labs Inc. for allegedly "
     "breaching the law.", ("Federal Data Protection Authority", "accused", "Corvane Labs Inc.")),
    ("Corvane Labs Inc. has been issued with a preliminary enforcement notice by the Federal Data Protection "
     "Authority.", ("Federal Data Protection Authority", "accused", "Corvane Labs Inc.")),
])
def test_an_arrest_is_an_investigation_and_a_notice_of_breaches_an_accusation(facts, text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    "The Kessel Police Service announced 22 arrests as part of the operation against Jane Roe's network.",
    "The Kessel Police Service could arrest Jane Roe if she returns.",
    "Jane Roe was arrested in March and charged with fraud.",
    "Jane Roe was arrested after the Kessel Police Service published her photo.",
])
def test_an_arrest_noun_a_possible_arrest_or_one_by_no_named_authority_is_no_investigation(facts, text):
    assert not {fact for fact in facts(text) if fact[1] == "investigated"}
