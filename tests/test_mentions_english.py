"""English name rules (kg.mentions.english): each on a sentence of its own, none from a seed."""
from __future__ import annotations

import pytest

from kg.kb import DATA_DIR
from kg.mentions.english import EnglishNames, english_lexicon, pairs
from kg.mentions.words import load_kb, vocabulary
from xfails import NAME_NOT_READ, gap


@pytest.fixture(scope="module")
def names(pipeline):
    def find(text: str) -> dict[str, object]:
        return {m.text: m for m in pipeline.nlp(text).user_data["mentions"]}
    return find


def test_district_court_forms_are_the_knowledge_base_court(names):
    found = names("The authors sued Meta in the Northern District of California, and the labels sued Udio "
                  "in the U.S. District Court for the Southern District of New York.")
    assert found["Northern District of California"].type == "Court"
    assert found["Northern District of California"].kb_id == "us-ndcal"
    assert found["U.S. District Court for the Southern District of New York"].kb_id == "us-sdny"


def test_numbered_circuit_and_a_federal_judge_in_a_city_are_courts(names):
    found = names("The 9th U.S. Circuit Court of Appeals heard the appeal after a federal judge in San Francisco "
                  "dismissed the suit.")
    assert found["9th U.S. Circuit Court of Appeals"].kb_id == "us-ca9"
    judge_in_city = found["federal judge"]
    assert judge_in_city.type == "Court" and judge_in_city.kb_id == "us-ndcal"
    assert found["San Francisco"].type == "Jurisdiction"  # the city stays a place of its own


def _document_courts(pipeline, text: str) -> list[tuple[str, str | None]]:
    from kg.model import Document
    result = pipeline.process_documents([Document("fixture.txt", "fixture.txt", text, "0")])[0]
    return [(m.text, m.kb_id) for mentions in result.mentions for m in mentions if m.type == "Court"]


@pytest.mark.parametrize("text", [
    "A federal judge in Chicago approved the settlement between Acme Vision and the plaintiffs on June 12.",
    "\u201cWe will keep fighting,\u201d said Jane Roe outside the federal courthouse in Orlando.",
    "First, a federal judge in San Francisco ruled that Zorvex Labs could train its models on the books.",
    # the Chinese press's judge in a city names no court either (the court_city words are English)
    "旧金山一名联邦法官周一裁定，星辰智能使用书籍训练模型属于合理使用。",
    "芝加哥聯邦法官週四批准了星辰智能與原告的和解協議。",
])
def test_a_judge_or_a_courthouse_in_a_city_names_no_court_the_document_names_nowhere_else(pipeline, text):
    assert _document_courts(pipeline, text) == []


def _document_companies(pipeline, text: str) -> list[str]:
    from kg.model import Document
    result = pipeline.process_documents([Document("fixture.txt", "fixture.txt", text, "0")])[0]
    return [m.kb_id for mentions in result.mentions for m in mentions if m.type == "Company" and m.kb_id]


@pytest.mark.parametrize("text, makers", [
    # a known company only opening its products' names: no party of the story
    ("The assistant transcribes meetings held on platforms such as Zoom, Google Meet, and Microsoft Teams.", ["zoom"]),
    ("The suspension applies to Apple's App Store and Google Play, though existing users can still use the app.", ["apple"]),
    ("Otter Notebook joins Google Meet calls, the complaint says.\n谷歌未置评。", ["google", "google"]),  # named on its own in Chinese
    # named on its own elsewhere in the document: the company stays
    ("The app was pulled from Google Play on Monday.\nGoogle said it had acted on the regulator's request.", ["google", "google"]),
    # a medium the company publishes on (english.tsv product_medium): the company is the story's
    ("The chatbot was named after a character in the HBO TV series that the boy watched.", ["hbo"]),
])
def test_a_known_company_only_opening_its_products_names_is_no_name_of_the_document(pipeline, text, makers):
    assert sorted(_document_companies(pipeline, text)) == makers


def test_a_judge_in_a_city_is_the_court_the_document_names_elsewhere_and_a_federal_court_in_a_city_is_one(pipeline):
    named = _document_courts(pipeline, "The authors sued Zorvex Labs in the Northern District of California in May.\n"
                                       "A federal judge in San Francisco approved the settlement on Monday.")
    assert ("federal judge", "us-ndcal") in named and ("Northern District of California", "us-ndcal") in named
    assert ("federal court", "us-cdcal") in _document_courts(
        pipeline, "The studios sued Zorvex Labs in federal court in Los Angeles on Wednesday.")


def test_a_district_after_federal_court_in_the_is_the_court_without_those_words(names):
    found = names("The suit was filed in federal court in the Eastern District of Virginia on Monday.")
    assert found["Eastern District of Virginia"].type == "Court"
    assert not [text for text in found if text.startswith("federal court")]


@pytest.mark.parametrize("text, court, known", [
    ("The suit was filed in the District Court for the District of Oregon by Zorvex Foods.",
     "District Court for the District of Oregon", "us-dor"),
    ("The complaint filed in US District Court’s Eastern District of Texas accused Zorvex of fraud.",
     "US District Court’s Eastern District of Texas", "us-edtex"),
    ("Authors sued Zorvex Labs in the U.S. District Court (Western District of Washington) last May.",
     "U.S. District Court (Western District of Washington)", "us-wdwash"),
])
def test_a_district_courts_words_before_its_district_are_part_of_the_known_courts_name(names, text, court, known):
    # english.tsv district_court: "for the", a possessive, or a bracket closed after the district join the
    # court's words to the district; no bare "District Court" stands beside the known court
    found = names(text)
    assert court in found and found[court].kb_id == known, sorted(found)
    assert "District Court" not in found and "US" not in found, sorted(found)


def test_a_bracket_not_closed_after_the_district_leaves_the_court_its_district(names):
    found = names("Authors sued Zorvex Labs in the U.S. District Court (Western District of Washington, Seattle) last May.")
    assert not [name for name in found if "(" in name], sorted(found)
    assert [name for name, mention in found.items() if mention.kb_id == "us-wdwash"], sorted(found)


def test_a_district_without_a_court_around_it_is_no_court(names):
    found = names("District of Columbia lawmakers debated the bill.")
    assert not [m for m in found.values() if m.type == "Court"]


def test_a_case_named_after_its_parties_with_v_or_vs(names):
    found = names("The ruling in Thomson Reuters v. Ross Intelligence was cited. In Andersen vs Stability AI, "
                  "artists lost a round.")
    assert found["Thomson Reuters v. Ross Intelligence"].type == "Case"
    assert found["Andersen vs Stability AI"].type == "Case"  # "In" opens the sentence, not the name


def test_two_cases_joined_by_and_are_two_and_a_legal_form_after_a_comma_belongs_to_the_case(names):
    found = names("Getty Images v. Stability AI and Concord Music v. Anthropic were cited, as was "
                  "Doe v. GitHub, Inc. in the filing.")
    assert found["Getty Images v. Stability AI"].type == "Case"
    assert found["Concord Music v. Anthropic"].type == "Case"
    assert found["Doe v. GitHub, Inc."].type == "Case"


def test_a_titled_or_possessive_person_is_a_person_and_the_owner_stays_a_company(names):
    found = names("Disney's general counsel Jane Roe said the studio would press on.")
    assert found["Jane Roe"].type == "Person"
    assert found["Disney"].type == "Company"
    assert "Disney's" not in found


def test_a_person_before_a_role_is_a_person_not_a_company(names):
    found = names("Harold Finch, Acme's chief privacy officer, said the firm would comply.")
    assert found["Harold Finch"].type == "Person"


def test_two_given_names_before_one_family_name_are_two_persons(names):
    found = names("Mark and Susan Whitlow filed the complaint on Monday.")
    assert found["Mark"].type == "Person" and found["Mark"].canonical == "Mark Whitlow"
    assert found["Susan Whitlow"].type == "Person"
    assert not [m for m in names("Bpifrance and General Catalyst joined.").values() if m.type == "Person"]


def test_a_given_name_sharing_a_family_name_is_labelled_in_full(names, pipeline, write_doc):
    found = names("Daniel and Laura Fenwick sued Orvanta Labs in May.")
    assert found["Daniel"].aliases == ("Daniel Fenwick",)  # the full name a label of the person
    from kg.pipeline import build
    path = write_doc("fenwick.txt", "Daniel and Laura Fenwick filed a lawsuit against Orvanta Labs in May 2024.\n")
    graph = build([path.parent], pipeline=pipeline).graph
    labels = {data["label"] for _, data in graph.entities("Person")}
    assert {"Daniel Fenwick", "Laura Fenwick"} <= labels and "Daniel" not in labels


def test_a_nationality_describing_a_name_is_its_country(names):
    found = names("Dutch chipmaker ASML and French AI start-up Mistral AI signed an agreement.")
    assert found["Dutch"].type == "Jurisdiction" and found["Dutch"].kb_id == "nl"
    assert found["French"].kb_id == "fr"
    assert "British" not in names("British creative industries were watching.")  # no name described


def test_the_place_of_a_dateline_is_a_jurisdiction(names):
    found = names("Dateline：Reuters\nPlace：BRUSSELS")
    assert found["BRUSSELS"].type == "Jurisdiction" and found["BRUSSELS"].kb_id == "be-brussels"


def test_a_datelines_city_and_state_known_together_are_one_place(names):
    found = names("Dateline：Reuters\nPlace：WASHINGTON、D.C.")
    assert found["WASHINGTON、D.C."].kb_id == "us-dc" and "D.C." not in found
    assert "WASHINGTON, D.C." in found["WASHINGTON、D.C."].aliases  # the dateline's own spelling, its comma given back


@pytest.mark.parametrize("lead, outlet", [
    ("WASHINGTON (Harbor Wire) — The agency sued a start-up on Monday.", "Harbor Wire"),
    ("(Lakeside Scorecard) – The governor signed three bills on Sunday.", "Lakeside Scorecard"),
    ("( Quillvoices.org ) – On July 9, a court blocked the account.", "Quillvoices.org"),
])
def test_the_outlet_in_brackets_of_a_dateline_is_a_company(names, lead, outlet):
    found = names(lead)
    assert found[outlet].type == "Company" and found[outlet].mechanism == "english/dateline"


def test_a_datelines_outlet_opening_with_a_known_place_leaves_the_place_alone(names):
    found = names("(Texas Scorecard) – The governor signed three bills on Sunday.")
    assert found["Texas"].type == "Jurisdiction" and "Texas Scorecard" not in found


@pytest.mark.parametrize("lead", ["(Updated) – The court ruled on Monday.", "(Photos) - The court ruled on Monday.",
                                  "The court ruled (in part) - and the firm appealed."])
def test_a_plain_word_in_brackets_or_a_bracket_inside_a_sentence_is_no_datelines_outlet(names, lead):
    assert not [m for m in names(lead).values() if m.mechanism == "english/dateline"]


def test_an_unknown_name_made_by_a_kind_of_body_is_that_body(names):
    found = names("Researchers at the University of Tampere and the Nordic Robotics Institute helped, and "
                  "Acme's Applied Vision Group will join the team.")
    assert found["University of Tampere"].type == "Organization"
    assert found["Nordic Robotics Institute"].type == "Organization"
    assert found["Applied Vision Group"].type == "Company"  # Acme's owns it, is no part of it
    assert found["Applied Vision Group"].mechanism == "english/body"


def test_a_law_firm_named_by_its_kind_is_an_organization_not_its_lawyers(names):
    found = names("Counsel Dana Whitfield of Harrow Solicitors conceded the point, a partner at Brindle Law Group "
                  "was fined, and Mara Quist at Eastfield Legal Services said the ruling helps tenants.")
    assert found["Harrow Solicitors"].type == "Organization"  # the lawyer's name and "of" are hers, not the firm's
    assert "Dana Whitfield of Harrow Solicitors" not in found
    assert found["Brindle Law Group"].type == "Organization"
    assert found["Eastfield Legal Services"].type == "Organization"


def test_a_police_force_and_an_office_of_a_public_office_holder_are_regulators(names):
    found = names("The raid was carried out by the Norland National Police and Westmere County Police, "
                  "and the Office of the Digital Rights Commissioner will audit the seized servers.")
    assert found["Norland National Police"].type == "Regulator"
    assert found["Westmere County Police"].type == "Regulator"
    assert found["Office of the Digital Rights Commissioner"].type == "Regulator"
    assert "Office of the CEO" not in names("The Office of the CEO declined to comment.")  # an office of a company


def test_an_instruments_kind_and_number_with_no_name_before_is_a_law(names):
    found = names("Ruritania's Bill 918 of 2024 stalled, and the electoral court approved Resolution 14.502 in March.")
    assert found["Bill 918 of 2024"].type == "Law" and found["Resolution 14.502"].type == "Law"
    found = names("Parliament passed the Online Harms Amendment Bill 2024 in May.")
    assert "Bill 2024" not in found  # the year of a bill named before it


def test_an_instruments_kind_before_its_remit_or_a_code_with_its_year_is_a_law(names):
    found = names("The tribunal applied the Nordic Convention on Data Sharing and Ruritania's Code of Traffic "
                  "Offences, and the Machine Vision Privacy Code 2026 takes effect in May.")
    assert found["Nordic Convention on Data Sharing"].type == "Law"
    assert found["Code of Traffic Offences"].type == "Law"  # the owner is no part of it
    assert found["Machine Vision Privacy Code 2026"].type == "Law"
    assert "Code of Practice" not in names("Signatories of the Code of Practice met in Brussels.")
    # a body of rules needs words of its own before it
    found = names("Sanctions followed under the Federal Rules of Appellate Procedure and the Ruritania Rules of Court.")
    assert {found[name].type for name in ("Federal Rules of Appellate Procedure", "Ruritania Rules of Court")} == {"Law"}
    assert "Rules of Chess" not in names("The club plays by the Rules of Chess on Sundays.")


def test_a_capital_the_inside_a_sentence_belongs_to_the_bodys_name(names):
    found = names("Last year Helvor acquired The Brightwater Group for cash.")
    assert found["The Brightwater Group"].type == "Company"
    assert "The Brightwater Group" not in names("The Brightwater Group was acquired by Helvor.")  # a sentence's opening


def test_a_kind_of_body_word_in_a_list_a_headline_or_a_title_makes_no_body(names):
    assert "Sony Music and Warner Music Group" not in names("It sued Sony Music and Warner Music Group.")
    assert not any(m.mechanism == "english/body" for m in
                   names("Court Rejects Claims From Publishers Group In Copyright Case").values())
    assert "Open Foundation" not in names("Source: Open Foundation Models for Code, a paper.")
    assert "University of Tampere" in names("It studied at the University of Tampere.")
    assert "Zorvex Labs" in names("Sony sued Suno. Zorvex Labs agreed.")  # not "Suno. Zorvex Labs"
    assert "WASHINGTON\n\nThe Federal Trade Commission" not in names("WASHINGTON\n\nThe Federal Trade Commission said.")


def test_a_body_word_after_a_list_whose_words_begin_with_and_is_read_without_error(names):
    # the words a body is read from may begin with the list's "and" (Barron's and Zorvex Holdings):
    # the item was dropped whole when the list's "and" was looked for inside them
    found = names("Dow Jones, which publishes The Wall Street Journal and Barron’s and Zorvex Holdings publishes the Post, sued.")
    assert "Dow Jones" in found


def test_a_party_name_ends_with_its_sentence(names):
    found = names("Advanced Micro Devices agreed to acquire Zorvex Robotics. Together they will build chips.")
    assert not any("Together" in text for text in found)


def test_every_nationality_and_court_in_the_lexicon_is_in_the_knowledge_base():
    kb = load_kb(str(DATA_DIR))
    words = english_lexicon(kb)
    for kind in ("nationality", "court_city"):
        assert set(pairs(words[kind]).values()) <= set(kb.entries), kind
    assert EnglishNames(vocabulary(str(DATA_DIR))).rule("court").courts_by_name  # the courts' English names are read


def test_a_known_name_continued_by_capitalised_words_is_a_name_of_its_own(names):
    found = names("Regulators looked at Meta AI Studio and at Shenzhen Tencent Computer Systems this week.")
    assert found["Meta AI Studio"].type == "AIModel" and found["Meta AI Studio"].kb_id is None
    assert "Meta AI" not in found
    registered = found["Shenzhen Tencent Computer Systems"]
    assert registered.type == "Company" and registered.mechanism == "english/extended"


def test_a_legal_form_after_a_known_company_is_the_company_and_a_title_is_no_part_of_it(names):
    found = names("Microsoft Corp. said OpenAI CEO Sam Altman met Google on Monday.")
    assert found["Microsoft Corp."].kb_id == "microsoft"
    assert "OpenAI" in found and "Google" in found  # not OpenAI CEO Sam Altman, not Google on Monday


@pytest.mark.parametrize("text, known, longer", [
    # the words after a known name qualify a person's title right after them
    ("Microsoft Regional Chair Dana Whitcombe spoke on Monday.", "Microsoft", "Microsoft Regional"),
    # a filing's or an instrument's word closes the run: the paper is named, not a body
    ("In May the China Law Society Advisory Opinion was published.", "China Law Society",
     "China Law Society Advisory Opinion"),
    # a product's code of letters and digits after a known company: the product, no company of its own
    ("He bought a store of Nvidia Q480 chips last year.", "Nvidia", "Nvidia Q480"),
])
def test_a_known_name_run_on_into_words_that_name_no_body_is_the_known_name(names, text, known, longer):
    found = names(text)
    assert found[known].mechanism == "kb" and longer not in found


def test_a_known_companys_code_before_a_model_word_is_still_its_product(names):
    found = names("Engineers ran the Nvidia Q480 Cloud platform in March.")
    assert found["Nvidia Q480 Cloud"].type == "AIModel"


def test_a_name_before_a_model_word_is_a_model(names):
    found = names("The lab released its Kestrel reasoning model and the Wren assistant.")
    assert found["Kestrel"].type == "AIModel" and found["Wren"].type == "AIModel"


def test_an_english_suffix_name_starts_after_its_article(names):
    found = names("The suit was brought by the Daily News and by Acme Venture Partners.")
    assert found["Daily News"].type == "Company"
    assert found["Acme Venture Partners"].type == "Company"


def test_an_unknown_name_where_a_party_stands_is_a_company_or_a_person(names):
    found = names("Google agreed to acquire Vantly, the labels sued Kestrel Audio, and the firm sued Maria Lopez.")
    assert found["Vantly"].type == "Company" and found["Vantly"].mechanism == "english/party"
    assert found["Kestrel Audio"].type == "Company"
    assert found["Maria Lopez"].type == "Person"


def test_unknown_names_listed_with_known_companies_are_companies(names):
    found = names("Meta, Acme Robotics and Google signed the pledge. Alice Smith and Bob Jones spoke.")
    assert found["Acme Robotics"].type == "Company"
    assert found["Alice Smith"].type == "Person"  # no known company in that list: persons by their given names
    listed = names("Nvidia, Cisco, AMD and Julia Crescent put in money.")["Julia Crescent"]
    assert (listed.type, listed.mechanism) == ("Company", "english/listed")  # a given name opens it, yet a company


def test_a_list_runs_on_past_members_opened_by_the(names):
    found = names("Plaintiffs include Forbes, the Harbor Ledger, Quillmark, The Sentinel and Politico, the filing shows.")
    for name in ("Harbor Ledger", "Quillmark", "The Sentinel"):
        assert found[name].type == "Company", name
    assert "the Harbor Ledger" not in found  # the lowercase article is no part of the name


def test_a_title_case_headline_is_not_read_as_names(names):
    found = names("Universal Music Settles With AI Song Generator Udio And Strikes Licensing Deal")
    assert not [m for m in found.values() if m.mechanism in ("english/party", "english/extended")]


def test_a_name_typed_by_its_context_is_the_same_name_elsewhere_in_the_item(pipeline):
    text = "Databricks is buying Zorvex Labs for $1.3 billion. Zorvex Labs had raised $64 million."
    found = [m for m in pipeline.nlp(text).user_data["mentions"] if m.text == "Zorvex Labs"]
    assert [m.start for m in found] == [text.index("Zorvex"), text.rindex("Zorvex")]
    assert {m.type for m in found} == {"Company"}
    plain = "Databricks is buying a robot maker for $1.3 billion. Robots had raised $64 million."
    assert not [m for m in pipeline.nlp(plain).user_data["mentions"] if m.text == "Robots"]


def test_a_party_named_x_ai_keeps_its_ai(names):
    assert "Zorvex AI" in names("AMD said it would acquire Zorvex AI, a Helsinki lab.")


def test_a_known_place_before_an_office_or_a_state_body_is_that_office_or_body(names):
    found = names("Ohio Governor Mike DeWine named the head of the Ohio Department of Public Safety.")
    assert found["Ohio Governor"].type == "Regulator"
    assert found["Ohio Department of Public Safety"].type == "Regulator"
    assert "Ohio Department" not in names("The Ohio Department said nothing.")


@pytest.mark.parametrize(("text", "office"), [
    ("Last year, Republican Ohio Gov. Dana Crewe vetoed the bill.", "Ohio Gov."),  # the party before the place no part
    ("Nevada’s Governor Crewe is expected to sign the bill soon.", "Nevada’s Governor"),  # the place's possessive
    ("The Ohio Deputy Governor Dana Crewe spoke first.", "Ohio Deputy Governor"),  # a rank after the place
    ("Acting US Attorney for Nevada Dana Crewe charged the founder.", "Acting US Attorney for Nevada"),  # a rank before it
    ("EU competition chief Dana Crewe opened a probe into Zorvex.", "EU competition chief"),
])
def test_a_place_and_the_office_one_person_holds_are_that_office_not_the_place_alone(names, text, office):
    """Names cut short: the office named before its holder kept whole (english.tsv place_person_office,
    place_office_rank, served_office), where the place alone was read."""
    found = names(text)
    assert office in found and found[office].type == "Regulator" and found[office].mechanism == "english/placed"


@pytest.mark.parametrize(("text", "no_office"), [
    ("A Nevada attorney for Zorvex declined to comment.", "Nevada attorney for Zorvex"),  # a lawyer from there
    ("A Nevada Attorney for Zorvex declined to comment.", "Nevada Attorney for Zorvex"),  # "for" no place: no office
    ("Nevada’s Department of Mines fined Zorvex.", "Nevada’s Department of Mines"),  # a body's name opens with no possessive
    ("The Former Ohio Governor Dana Crewe spoke first.", "Former Ohio Governor"),  # a former holder holds no office
])
def test_a_place_before_no_office_one_person_holds_is_no_longer_office(names, text, no_office):
    assert no_office not in names(text)


def test_a_place_and_its_office_parted_by_a_tab_are_read_not_a_crash(names):
    """Review B 2: the knowledge base's look-up cut the name at its last space and failed on a tab."""
    assert names("The Utah\tGovernor signed the bill on Monday.")["Utah\tGovernor"].type == "Regulator"
    assert names("The Danish\tgovernment signed the bill on Monday.")["Danish\tgovernment"].type == "Regulator"


def test_ag_after_a_us_state_is_its_office_after_another_place_a_legal_form(names):
    """Review B 3: AG is also the German and Swiss company form (Zurich AG), an office only after a US state."""
    assert names("The Utah AG sued Quillmark on Monday.")["Utah AG"].type == "Regulator"
    for text in ("Zurich AG signed the deal on Monday.", "Quillmark and Munich AG signed the deal."):
        assert not [m for m in names(text).values() if m.type == "Regulator"]


def test_a_numbered_bill_of_a_chamber_is_a_law(names):
    found = names("The governor signed Senate Bill 149 and vetoed House Bill No. 1806.")
    assert found["Senate Bill 149"].type == "Law" and found["House Bill No. 1806"].type == "Law"
    assert not [n for n in names("The Senate voted on the bill 14 times.") if "Bill" in n]


def test_a_role_with_a_possessive_or_a_comma_before_a_person(names):
    found = names("Acme's chief executive, Laura Pinto, spoke. Dana Whit, the agency's chair, agreed.")
    assert found["Laura Pinto"].type == "Person" and found["Dana Whit"].type == "Person"
    assert not [n for n in names("the Justice Department's Civil Rights Division joined") if "Department's" in n]


def test_a_name_described_as_a_model_between_commas_is_a_model(names):
    found = names("Acme released Zephyr-9B, an open-source language model, and Corvo and Lark, two chatbots.")
    assert found["Zephyr-9B"].type == "AIModel"
    assert "Zorvex" not in names("Databricks bought Zorvex, a startup that trains models.") or \
        names("Databricks bought Zorvex, a startup that trains models.")["Zorvex"].type != "AIModel"


def test_a_nationality_after_a_party_cue_is_a_description_not_a_name(names):
    assert "Finnish AI" not in names("AMD agreed to buy Finnish AI lab Zorvex AI.")


def test_a_name_ending_in_a_legal_form_is_a_company_and_a_listed_name_keeps_no_full_stop(names):
    found = names("The suit also named Harlow Tutoring Limited. Investors included DCVC, Lux Capital and Orbit Global.")
    assert found["Harlow Tutoring Limited"].type == "Company"
    assert "Orbit Global" in found and "Orbit Global." not in found
    # LLP is no company's form but a professional partnership's: a law firm, an Organization (SCHEMA), named whole
    assert names("Hollins Graye LLP published the alert.")["Hollins Graye LLP"].type == "Organization"


def test_parties_coordinated_after_a_party_cue_are_each_a_party(names):
    found = names("Last year AMD bought Quillion and Nod.ai to strengthen its software.")
    assert found["Quillion"].type == "Company" and found["Nod.ai"].type == "Company"
    found = names("The labels sued Quillion on Monday and Zentro said nothing.")
    assert "Zentro" not in found  # not joined to the party named


def test_a_name_after_a_platform_or_subsidiary_word_is_a_company(names):
    found = names("They were hired through the freelance platform Gigly and paid by its subsidiary Gigpay.")
    assert found["Gigly"].type == "Company" and found["Gigpay"].type == "Company"


def test_an_unknown_name_described_by_its_kind_right_after_it_is_of_that_kind(names):
    found = names("Brightwave Watch, an advocacy group, said Korvex, a Berlin start-up, broke the rules.")
    assert found["Brightwave Watch"].type == "Organization"
    assert found["Korvex"].type == "Company" and found["Korvex"].mechanism == "english/apposed"
    assert "Dana Korr" not in names("Dana Korr, a former start-up founder, said so.") or \
        names("Dana Korr, a former start-up founder, said so.")["Dana Korr"].type == "Person"


def test_an_unknown_place_named_with_its_state_or_country_is_a_jurisdiction(names):
    found = names("The Emeryville, California-based studio has staff in Dunmore, Ireland, and Tartu, Estonia.")
    assert found["Emeryville"].type == "Jurisdiction"
    assert found["Dunmore"].type == "Jurisdiction" and found["Tartu"].type == "Jurisdiction"
    assert "March" not in names("It was filed in March, California officials said.")


def test_a_name_after_a_possessive_before_a_model_word_is_a_model(names):
    assert names("Zentro's Vireo models were trained on pirated books.")["Vireo"].type == "AIModel"
    assert "Vireo" not in names("Zentro's Vireo team declined to comment.")


def test_a_line_with_names_and_lower_case_words_is_no_headline(names):
    found = names("- New York Governor Kathy Hochul signed the safety bill in December.")
    assert found["New York Governor"].type == "Regulator"


def test_an_office_named_by_a_nationality_or_a_portfolio_before_its_holder_is_a_regulator(names):
    found = names("Estonian Prime Minister Kaja Tamm met Culture and Media Minister Hana Kovac on Monday.")
    assert found["Estonian Prime Minister"].type == "Regulator"
    assert found["Culture and Media Minister"].type == "Regulator"
    found = names("The Estonian Prime Minister said the Culture Minister would decide.")
    assert not [m for m in found.values() if m.mechanism == "english/office"]  # no holder named: no office read


def test_technology_companies_home_towns_are_known_places(names):
    found = names("Apple showed the features in Cupertino, and Microsoft in Redmond.")
    assert found["Cupertino"].type == "Jurisdiction" and found["Cupertino"].kb_id == "us-cupertino"
    assert found["Redmond"].kb_id == "us-redmond"


def test_a_generated_city_or_county_is_a_known_place_and_an_ordinary_word_or_surname_is_none(names):
    found = names("Renata Vollmer, who rents a flat in Greensboro, met a Merrimack County deputy in March; "
                  "the Police Officer said Most tenants had left.")
    assert found["Greensboro"].type == "Jurisdiction" and found["Greensboro"].kb_id == "geo-4469146"
    assert found["Merrimack County"].type == "Jurisdiction"  # (the Merrimack County Sheriff is the county's office: test_place_offices)
    assert not {"March", "Police", "Officer", "Most"} & {m.text for m in found.values() if m.type == "Jurisdiction"}
    found = names("Plaintiff Dana Garcia sued; Garcia said the landlord in Canton ignored her.")
    assert "Garcia" not in found or found["Garcia"].type != "Jurisdiction"   # a surname, though a city's name
    assert "Canton" not in found   # several towns: the text would have to say which


def test_an_ampersand_inside_a_party_or_a_known_name_continued_belongs_to_the_name(names):
    found = names("The round was co-led by Harwell Management & Research Company and Lightspeed Venture Partners.")
    assert found["Harwell Management & Research Company"].type == "Company"


def test_a_known_name_continued_to_a_sentence_end_leaves_the_full_stop_out(names):
    found = names("She now leads Microsoft AI. Microsoft also paid the start-up.")
    assert "Microsoft AI" in found and "Microsoft AI." not in found


def test_a_name_before_backed_is_an_investing_company(names):
    found = names("The Harkwell Peak-backed start-up raised money. A U.S.-backed fund did not.")
    assert (found["Harkwell Peak"].type, found["Harkwell Peak"].mechanism) == ("Company", "english/backed")
    assert not any(text.startswith("U.S") and m.type == "Company" for text, m in found.items())


@pytest.mark.parametrize("text, outlet", [
    ("By Lena Varga, Harbor Daily\nMay 5, 2025\nThe court ruled.", "Harbor Daily"),
    ("By Lena Varga\nStaff Writer, The Lakeside Courier\nThe court ruled.", "The Lakeside Courier"),
    ("Deal desk, The Ledger Review — May 5, 2025\nThe company raised money.", "The Ledger Review"),
    ("LEDGER POINT | Courts\nThe court ruled.", "LEDGER POINT"),
    ("DOCKET NOTE | Harbor Litigation Tracker\nThe court ruled.", "Harbor Litigation Tracker"),
    ("The Policy Brief\nIssue 12 | May 5, 2025\nThe bill passed.", "The Policy Brief"),
    ("This story first ran in the May issue of Quarry Tech Monthly.", "Quarry Tech Monthly"),
    ("This article was first published in Harbor Ledger.", "Harbor Ledger"),
    ("By Lena Varga | Harbor Daily\nThe court ruled.", "Harbor Daily"),
    ("By Lena Varga, KXYZ 4 Digital\nThe court ruled.", "KXYZ"),
    ("By Omar Feld, Tidewater 6 Web Desk\nThe court ruled.", "Tidewater 6"),  # a regional station keeps its channel
    ("QUARRY HILL REPORT\nCourts | Privacy\nThe court ruled.", "QUARRY HILL REPORT"),
    ("THE FENWICK LEDGER\nThe court ruled.", "THE FENWICK LEDGER"),
    ("ORCHARD & PINE — THE MONEY QUARTERLY\nThe fund grew.", "ORCHARD & PINE"),
    ("Lindqvist Newswire | Courts & Markets | May 5, 2025 | 3 min read\nThe court ruled.", "Lindqvist Newswire"),
    ("Headline here\nMay 5, 2025 (Harbor Money Wire) -\n* THE FUND GREW", "Harbor Money Wire"),
])
def test_the_outlet_a_story_head_names_is_a_company(names, text, outlet):
    found = names(text)
    assert (found[outlet].type, found[outlet].mechanism) == ("Company", "english/outlet")


def test_a_reporter_role_a_section_tag_a_date_or_a_firm_is_no_outlet(names):
    for text in ("By Lena Varga, Courts Reporter\nThe court ruled.", "DEALS | Venture capital\nThe company raised money.",
                 "Marlow Strand LLP | Privacy Practice\nThe court ruled.", "By Lena Varga | June 11, 2024\nThe court ruled.",
                 "THE BILL\nThe governor signed it.", "CLIENT ALERT\nThe court ruled.", "LOCAL NEWS\nThe court ruled.",
                 "NEWS DIGEST\nThe court ruled.", "PODCAST NOTES\nThe hosts read the ruling."):
        assert not [m for m in names(text).values() if m.mechanism == "english/outlet"]


def test_a_heading_in_capitals_over_a_paragraph_is_no_outlet(names):
    for text in ("THE DEAL AND THE REVIEW\nIn May the fund led a round in the start-up, and weeks later the regulator began a review.",
                 "EPISODE NOTES\n\nThis week the hosts look back at a ruling on made-up citations and ask who answers for them."):
        assert not [m for m in names(text).values() if m.mechanism == "english/outlet"]
    found = names("GLENMOOR DAILY — Gadgets\nThis story draws on statements the two companies issued at the launch on Monday.")
    assert found["GLENMOOR DAILY"].mechanism == "english/outlet"


def test_the_section_under_a_masthead_or_in_a_breadcrumb_is_no_name(names):
    found = names("FENWICK LEDGER\nPrivacy Rights | Technology\nCity News > Courts\n"
                  "Harbor Wire | Trade & Regulation | May 5, 2025\nThe court ruled.")
    assert found["FENWICK LEDGER"].type == "Company"
    assert not {"Privacy Rights", "City News", "Trade & Regulation"} & set(found)


def test_a_model_named_in_commas_after_a_model_word_or_before_a_family_of_models(names):
    found = names("Its first product, Quillet, arrived in May. The firm trained its zenLM family of AI models on books.")
    assert (found["Quillet"].type, found["Quillet"].mechanism) == ("AIModel", "english/model")
    assert found["zenLM"].type == "AIModel"
    assert "Smith" not in names("The Smith family of Ohio sued the firm.")


def test_a_given_name_beside_a_single_company_is_still_a_person(names):
    found = names("It was founded by Gross, who led research at Apple, and Daniel Levy, a former researcher.")
    assert found["Daniel Levy"].type == "Person"


def test_a_person_described_in_commas_by_another_role_is_a_person(names):
    found = names("Lena Varga joined as chief scientist. Orrin Paske, another Zorbi veteran, became its chief technology officer.")
    assert found["Orrin Paske"].type == "Person"


def test_a_state_court_before_of_and_its_place_is_a_court_and_its_county_a_place(names):
    found = names("A Harlan County judge ruled. Judge Mira Osei of the Superior Court of Harlan County granted the motion.")
    assert found["Superior Court of Harlan County"].type == "Court"
    assert found["Harlan County"].type == "Jurisdiction" and found["Mira Osei"].type == "Person"
    assert not any(m.type == "Jurisdiction" for t, m in names("The County said on Monday.").items() if "County" in t)


def test_a_name_described_by_its_business_or_named_after_an_outlet_word_is_a_company(names):
    found = names("In May, Quorvel Telecom, the voice service provider that carried the calls, agreed to pay. "
                  "He edits the news site GunLedger.")
    assert found["Quorvel Telecom"].type == "Company" and found["GunLedger"].type == "Company"


def test_a_bill_numbered_within_its_session_is_one_law(names):
    found = names("The governor signed SB25B-004 after HB 24-1468 stalled and Senate Bill 24-205 passed.")
    assert found["SB25B-004"].type == found["HB 24-1468"].type == found["Senate Bill 24-205"].type == "Law"
    assert "SB 24" not in found and "HB 24" not in found


def test_an_act_numbered_within_its_year_or_session_is_a_law(names):
    found = names("Lawmakers amended Act 47 of 2023 months before the governor approved Public Act 102-1130.")
    assert found["Act 47 of 2023"].type == found["Public Act 102-1130"].type == "Law"


def test_an_act_with_a_bare_number_is_no_law(names):
    found = names("In Act 2 the narrator returns to the courtroom.")
    assert "Act 2" not in found


def test_a_known_companys_name_continued_before_a_model_word_is_its_product(names):
    found = names("It was trained on the Nvidia DGX Cloud AI platform.")
    assert found["Nvidia DGX Cloud"].type == "AIModel"


@pytest.mark.parametrize("text, name", [
    ("Last week Nvidia shipped Nvidia Halcyon, a small reasoning model for robots.", "Nvidia Halcyon"),
    ("Its agents run inside Nvidia Harbor, the company's hosted service for inference.", "Nvidia Harbor"),
])
def test_a_known_companys_name_continued_and_described_as_a_model_in_commas_is_its_product(names, text, name):
    assert names(text)[name].type == "AIModel"


def test_a_city_with_its_state_before_a_kind_of_body_is_a_place(names):
    assert names("Quorvel Systems, a Lindale, Massachusetts company, settled.")["Lindale"].type == "Jurisdiction"


def test_a_name_before_what_a_business_owns_is_a_company(names):
    found = names("He learned of it when a Harkwell-Pike dealership posted a screenshot. A New York store closed.")
    assert (found["Harkwell-Pike"].type, found["Harkwell-Pike"].mechanism) == ("Company", "english/owner")
    assert not [m for m in found.values() if m.mechanism == "english/owner" and "New York" in m.text]


def test_a_one_letter_name_where_a_party_stands_is_kept(names):
    found = names("The regulator brought proceedings against X in the High Court.")
    assert found["X"].type == "Company"
    assert "X" not in names("Nothing was filed on X day.")


def test_the_office_heading_a_press_release_is_no_name(names):
    found = names("FEDERAL TRADE COMMISSION\nOffice of Public Affairs\n\nThe Federal Trade Commission today sued Quorvel Inc.")
    assert "Office of Public Affairs" not in found and found["Quorvel Inc."].type == "Company"


def test_a_unit_named_after_its_state_body_is_a_regulator_with_that_parent(names):
    found = names("The SEC Office for Market Ethics fined a broker. The FTC's Office of Quiet Commerce sued.")
    unit = found["SEC Office for Market Ethics"]
    assert unit.type == "Regulator" and unit.parent.text == "SEC"
    assert found["Office of Quiet Commerce"].parent.text == "FTC"


def test_a_place_office_after_the_article_is_the_place_body(names):
    found = names("The Utah Division of Quiet Lending enforces the law.")
    assert found["Utah Division of Quiet Lending"].type == "Regulator"


def test_an_office_for_its_remit_is_a_body(names):
    found = names("The department, through its Office for Quiet Lending, said so.")
    assert found["Office for Quiet Lending"].type == "Regulator"


def test_names_listed_after_among_them_or_apposed_to_another_landlord_are_companies(names):
    found = names("The state added four landlords as defendants, among them Quarvel, Pinecrest Homes Trust and Dovara. "
                  "Another landlord, Harkwell Estates, settled.")
    for name in ("Quarvel", "Pinecrest Homes Trust", "Dovara", "Harkwell Estates"):
        assert found[name].type == "Company", name


def test_a_date_or_a_time_stamp_is_no_name(names):
    found = names("Sept 14, 2030 (Harbor Money Wire) -\nUpdated 5:20 PM, the fund grew.")
    assert not {"Sept 14", "Updated 5"} & set(found)


def test_an_apposed_name_starts_after_the_sentence_before_and_is_no_persons_family_name(names):
    found = names("Orla Quennell covered the Harbor Strike. Quennell, a former reporter, sued. "
                  "It was brought by the Tenants Action Agency of Harkwell, a nonprofit that helps families.")
    assert "Harbor Strike. Quennell" not in found
    assert not (found.get("Quennell") and found["Quennell"].type == "Company")
    assert found["Tenants Action Agency of Harkwell"].type == "Organization"


def test_a_nationality_before_a_named_body_and_a_place_before_based_are_places(names):
    found = names("South Korean chipmaker Quarvel Semi grew. The Quarvel-based company said so.")
    assert found["South Korean"].type == "Jurisdiction" and "South Korea" in found["South Korean"].aliases
    assert found["Quarvel"].type == "Jurisdiction"


def test_a_product_called_a_name_is_a_model(names):
    found = names("Its software, including a product called Rent Pilot Pro, sets prices.")
    assert found["Rent Pilot Pro"].type == "AIModel"


def test_a_model_called_a_name_ending_its_sentence_leaves_the_full_stop(names):
    found = names("The firm opened a new tool called Lumora. It writes scripts.")
    assert found["Lumora"].type == "AIModel" and not any(name.endswith(".") or " It" in name for name in found)


@pytest.mark.parametrize("sentence, name", [
    ("Zentrix showed a demo with a voice-enabled chatbot called “Lumen.” Many noticed.", "Lumen"),
    ("Among others, Quarvel Inc. offers a service called “Quarvel for schools and public libraries”. It works.",
     "Quarvel for schools and public libraries"),
    ("Jane Roe sued Morvex, Inc., the company which created the ‘Facemix’ app.", "Facemix"),
    ('Last week Zentrix launched "Moon Track," letting creators sing.', "Moon Track"),
])
def test_a_name_in_quotes_a_model_word_or_a_release_cue_gives_is_a_model(names, sentence, name):
    found = names(sentence)
    assert name in found and found[name].type == "AIModel"
    assert not any(found_name.endswith(("’", "”", '"')) or found_name == name + "," for found_name in found)


@pytest.mark.parametrize("sentence, words", [
    ("The agency launched “Operation Fair Bots” against five firms.", "Operation Fair Bots"),
    ("The senator released the “Fair Voices Act” on Monday.", "Fair Voices Act"),
    ("The firm sells a tool called “miracle cures” online.", "miracle cures"),
])
def test_a_programme_a_law_or_a_phrase_in_quotes_is_no_model(names, sentence, words):
    found = names(sentence)
    assert not (words in found and found[words].type == "AIModel")


def test_a_group_adjective_after_against_is_no_party(names):
    found = names("The firm discriminated against Black and Hispanic renters.")
    assert not {"Black", "Hispanic"} & set(found)


def test_a_name_listed_with_three_known_places_is_a_place(names):
    found = names("Oregon, Colorado, Tennessee and Washington joined as plaintiffs.")
    assert found["Washington"].type == "Jurisdiction"


def test_two_initials_and_a_family_name_before_a_role_are_a_person(names):
    found = names("QX Marlo, the president who heads Acme's phone business, spoke.")
    assert found["QX Marlo"].type == "Person"


def test_a_known_name_in_a_line_of_capitals_is_not_continued(names):
    found = names("* U.S. REGULATOR SAYS MICROSOFT MADE FALSE STATEMENTS ABOUT ITS PRODUCT")
    assert not [text for text in found if text.startswith("MICROSOFT ")]


def test_a_listed_name_ends_with_its_sentence(names):
    found = names("It added landlords, among them Quarvel, Dovara and Pinecrest. The department said so.")
    assert "Pinecrest" in found and "Pinecrest. The" not in found


@pytest.mark.parametrize("text, unknown", [
    ("Its catalogue was cleared with Vorlane and Sony Music.", ["Vorlane"]),  # the known name closes the sentence
    ("The studio signed with Tessaly, Quarnex and Merlin.", ["Tessaly", "Quarnex"]),
])
def test_unknown_names_listed_before_a_known_company_closing_the_sentence_are_companies(names, text, unknown):
    found = names(text)
    for name in unknown:
        assert (found[name].type, found[name].mechanism) == ("Company", "english/listed")


def test_a_listed_name_holding_an_ampersand_is_one_member(names):
    found = names("Its titles include Politico, Harth & Meadow, Quindle, and Brevity Weekly, the group said.")
    for name in ("Harth & Meadow", "Quindle", "Brevity Weekly"):
        assert (found[name].type, found[name].mechanism) == ("Company", "english/listed")
    assert "Meadow" not in found and "Harth" not in found


def test_names_listed_with_companies_known_by_their_legal_form_are_companies(names):
    found = names("The suit named two other firms—Harbex (described as a botnet) and Vantrel LLC (Ohio).")
    assert (found["Harbex"].type, found["Harbex"].mechanism) == ("Company", "english/listed")


def test_a_known_name_run_on_into_capitalised_words_makes_no_list_of_companies(names):
    found = names("She won awards like the Velmora Prize, BBC Lifetime Achievement Award, Tarsil Medal, and more.")
    assert not [m for m in found.values() if m.mechanism == "english/listed"]


def test_a_known_company_ending_the_sentence_before_a_list_is_no_member_of_it(names):
    found = names("Writers have sued Microsoft. Kai Brandt, Lia Morrow and Dan Okafor led that suit.")
    assert not [m for m in found.values() if m.mechanism == "english/listed"]


def test_persons_and_an_unknown_name_listed_with_them_make_no_company(names):
    found = names("Songs by Jane Holloway, Trivex, Mark Dunmore and Lisa Carrow were copied.")
    assert "Trivex" not in found or found["Trivex"].type != "Company"  # a band among persons: no typing by its mates


def test_an_english_caption_before_yi_an_is_named_without_it(names):
    found = names("摘要：在Quarvel v. Dovara一案中，法官裁定。")
    assert found["Quarvel v. Dovara"].type == "Case"


def test_a_name_ending_in_a_describing_suffix_is_a_description_for_every_latin_family():
    from kg.mentions.english import NoNames

    no_names = NoNames(load_kb())
    text = "The Harwick-founded lab and a Quorra-powered tool met the Lisbon-focused fund."
    for described in ("Harwick-founded", "Quorra-powered", "Lisbon-focused"):
        start = text.index(described)
        assert no_names(text, start, start + len(described))
    assert not no_names(text, text.index("Lisbon"), text.index("Lisbon") + len("Lisbon"))


def test_the_roles_after_a_name_and_a_comma_are_read_from_the_lexicon():
    assert {"officer", "director", "chief"} <= set(english_lexicon(load_kb())["apposed_role"])


# -- round 9: names that generalise -----------------------------------------------------
@pytest.mark.parametrize("text, adjective", [
    ("Harbin Labs released Lumen in May as a Japanese-specialized model for hospitals.", "Japanese-specialized"),
    ("The firm sells an English-language assistant and a French-speaking chatbot to banks.", "English-language"),
    ("Its Cloud-native platform and an Open-source toolkit were shown at the fair.", "Cloud-native"),
])
def test_a_capitalised_word_hyphened_to_a_description_is_no_name(names, text, adjective):
    found = names(text)
    assert not [name for name in found if adjective in name]


@pytest.mark.parametrize("text", [
    "Ottawa moved fast. What happened next surprised the model builders?",
    "How the chatbot answers is what the regulator asked about. Why it failed is unclear.",
])
def test_question_words_opening_a_sentence_are_no_names(names, text):
    assert not {"What", "How", "Why"} & set(names(text))


@pytest.mark.parametrize("text, holder", [
    ("The bill lapsed at the request of Prime Minister Harriet Olsen, who resigned.", "Harriet Olsen"),
    ("Deputy Minister Tomas Lindqvist signed the order on Friday.", "Tomas Lindqvist"),
])
def test_an_office_with_no_portfolio_is_no_regulator(names, text, holder):
    found = names(text)
    assert not [name for name, m in found.items() if m.type == "Regulator" and name.endswith(("Minister"))]
    assert found[holder].type == "Person"


def test_a_title_of_two_words_before_a_name_stays_out_of_it(names):
    found = names("On March 3, Governor General Anneke Vos dissolved the assembly, and Attorney General "
                  "Ruth Okafor Mensah objected.")
    assert found["Anneke Vos"].type == "Person"
    assert "General Anneke Vos" not in found


@pytest.mark.parametrize("text", [
    "Prosecutors charged Albert Quist, the founder of the payments startup Lumora, with fraud. "
    "The lawyers for Quist said he would fight the charges against Quist.",
    "Regulators fined Dana Whitlow, the former chief executive of Corvane. The penalty against Whitlow was the largest.",
])
def test_a_family_name_alone_after_the_full_name_is_no_company(names, text):
    found = names(text)
    surname = [m for name, m in found.items() if name in ("Quist", "Whitlow")]
    assert surname and all(m.type == "Person" for m in surname)


@pytest.mark.parametrize("text, firm", [
    ("The publishers are represented by the law firm Harrow, Quill, Benton & Marsh.", "Harrow, Quill, Benton & Marsh"),
    ("Okafor, Lind & Pryce LLP filed the complaint for the authors.", "Okafor, Lind & Pryce LLP"),
    ("Lawyers at Brandt, Iselin & Moor said the ruling would be appealed.", "Brandt, Iselin & Moor"),
])
def test_partners_joined_by_commas_and_an_ampersand_are_one_firm(names, text, firm):
    found = names(text)
    assert found[firm].type == "Organization" and found[firm].mechanism == "english/firm"


def test_known_companies_joined_by_an_ampersand_stay_apart(names):
    found = names("Apple, Google & Meta signed the pledge.")
    assert "Apple, Google & Meta" not in found


@pytest.mark.parametrize("text, papers", [
    ("The suit was joined by the Harlow County Register, the Port Ellis Pioneer Press and the North Bay Sun Sentinel.",
     ["Harlow County Register", "Port Ellis Pioneer Press", "North Bay Sun Sentinel"]),
    ("An editor at the Millbrook Gazette told the Eastvale Tribune that the deal was signed.",
     ["Millbrook Gazette", "Eastvale Tribune"]),
])
def test_a_newspaper_named_after_the_in_running_text_is_a_company(names, text, papers):
    found = names(text)
    for paper in papers:
        assert found[paper].type == "Company", paper


@pytest.mark.parametrize("text", [
    "Mr. Holt told The Harlow Courier in an email that the claim was false.",
    "The deal covers titles including The Eastvale Tribune, Quillon Weekly and others.",
])
def test_a_capital_the_inside_a_sentence_is_part_of_the_newspapers_name(names, text):
    found = names(text)
    paper = next(m for name, m in found.items() if name.endswith(("Harlow Courier", "Eastvale Tribune")))
    assert paper.text.startswith("The ") and paper.type == "Company"
    assert paper.aliases == (paper.text.removeprefix("The "),)


@pytest.mark.parametrize("text, paper", [
    ("The Harlow Courier reported the suit on Monday.", "Harlow Courier"),  # a sentence's own "The"
    ("An editor told the Harlow Courier that the deal was signed.", "Harlow Courier"),
])
def test_a_sentences_opening_the_or_a_lower_case_the_is_no_part_of_the_newspapers_name(names, text, paper):
    found = names(text)
    assert found[paper].type == "Company" and "The " + paper not in found


def test_the_federal_register_is_no_newspaper(names):
    found = names("The rule was published in the Federal Register on Monday.")
    assert "Federal Register" not in found or found["Federal Register"].type != "Company"


@pytest.mark.parametrize("text", [
    "THE HARBOUR STANDARD\nExplainer · Courts · Technology\nA court in Oslo heard the case on Monday.",
    "THE QUILL PRACTITIONER\nDaily Digest | Europe | Privacy\nA regulator in Oslo opened an inquiry.",
    "THE TIDELINE · LIVE\nA regulator in Oslo opened an inquiry into Lumora on Monday.",
])
def test_a_masthead_in_capitals_over_its_sections_is_the_outlet(names, text):
    outlet = text.split("\n")[0].split(" · ")[0]
    found = names(text)
    assert found[outlet].type == "Company" and found[outlet].mechanism == "english/outlet"


def test_a_radio_station_over_its_sections_or_its_frequency_is_the_outlet_and_its_app_no_model(names):
    found = names("HILLCREST COMMUNITY RADIO  |  NEWS  |  LOCAL\nThe council voted on Monday.")
    assert found["HILLCREST COMMUNITY RADIO"].mechanism == "english/outlet"
    found = names("LAKEVIEW RADIO 101.3\nThe council voted on Monday. Hear it on the Lakeview Radio app.")
    assert found["LAKEVIEW RADIO"].type == "Company"
    assert "Lakeview Radio" not in found or found["Lakeview Radio"].type != "AIModel"


def test_a_masthead_opening_with_the_is_no_section_though_its_words_are_a_sections(names):
    found = names("THE NATIONAL COURIER\nBy Dana Reyes\nA court in Oslo heard the case on Monday.")
    assert found["THE NATIONAL COURIER"].type == "Company"


def test_a_headline_in_capitals_over_sections_is_no_masthead(names):
    found = names("COURT RULES FOR AUTHORS\nCourts | Technology\nA court in Oslo ruled on Monday.")
    assert "COURT RULES FOR AUTHORS" not in found


def test_a_listed_member_keeps_its_short_name_in_brackets_apart(names):
    found = names("Korean Broadcasting System (KBS), Hanil Broadcasting Corp. (HBC) and GTN filed the suit.")
    assert found["GTN"].type == "Company"


@pytest.mark.parametrize("text, unit", [
    ("In 2023 the association wrote to Naver, Kakao and Google Korea about licensing.", "Google Korea"),
    ("Regulators fined Microsoft Japan over its cloud contracts.", "Microsoft Japan"),
])
def test_a_known_company_and_a_country_after_it_are_its_unit(names, text, unit):
    assert names(text)[unit].type == "Company"


@pytest.mark.parametrize("text, court", [
    ("The Higher Regional Court of Hamm dismissed the application on Friday.", "Higher Regional Court of Hamm"),
    ("An appeal lies to the Administrative Court of Lyon.", "Administrative Court of Lyon"),
])
def test_a_foreign_court_named_before_of_and_its_place_is_a_court(names, text, court):
    assert names(text)[court].type == "Court"


@pytest.mark.parametrize("text, office", [
    ("The case was brought by the U.S. Attorney's Office for the District of New Jersey.",
     "U.S. Attorney's Office for the District of New Jersey"),
    ("Lawyers said the U.S. Attorney’s Office for the Eastern District of Texas had dropped the charges.",
     "U.S. Attorney’s Office for the Eastern District of Texas"),
])
def test_a_us_attorneys_office_is_a_regulator(names, text, office):
    assert names(text)[office].type == "Regulator"


@pytest.mark.parametrize("text, committee", [
    ("The bill went to the Standing Committee on Justice and Human Rights, where it stalled.",
     "Standing Committee on Justice and Human Rights"),
    ("The Senate Banking Committee held a hearing on Tuesday.", "Senate Banking Committee"),
    ("Members of the Select Committee on Science, Innovation and Technology questioned the minister.",
     "Select Committee on Science, Innovation and Technology"),
])
def test_a_legislatures_committee_is_a_legislature(names, text, committee):
    assert names(text)[committee].type == "Legislature"


@pytest.mark.parametrize("text, committee, kind", [
    # a legislature's possessive before the committee: part of it
    ("Jan Roe, who led the file for the European Parliament's Internal Affairs Committee, objected.",
     "Internal Affairs Committee", "Legislature"),
    # an agency's committee stays what its word makes it
    ("Jan Roe, who chairs the Federal Trade Commission's Digital Markets Committee, objected.",
     "Digital Markets Committee", "Regulator"),
])
def test_a_committee_a_legislature_owns_is_a_legislature(names, text, committee, kind):
    assert names(text)[committee].type == kind


def test_parliament_alone_is_a_legislature_but_not_inside_a_longer_name(names):
    found = names("The bill died when Parliament was dissolved in March.")
    assert found["Parliament"].type == "Legislature"
    found = names("The European Parliament and Norway's Parliament voted.")
    assert "Parliament" not in found


@pytest.mark.parametrize("text, law", [
    ("The draft Broadcasting (Online Content Standards) Amendment Rules, 2026, were published on Monday.",
     "Broadcasting (Online Content Standards) Amendment Rules, 2026"),
    ("Ministers introduced the Online Safety (Miscellaneous Amendments) Bill in the spring.",
     "Online Safety (Miscellaneous Amendments) Bill"),
])
def test_a_statute_title_with_a_bracketed_part_is_a_law(names, text, law):
    assert names(text)[law].type == "Law"


@pytest.mark.parametrize("text, person", [
    ("Union Minister for Electronics and IT Priya Raman met the platforms in May.", "Priya Raman"),
    ("The Minister of Digital Affairs Jonas Weber said the rules would follow.", "Jonas Weber"),
    ("Minister for Housing, Planning and Lands Tam Koriel opened the hearing.", "Tam Koriel"),
])
def test_a_minister_named_after_the_portfolio_is_a_person(names, text, person):
    assert names(text)[person].type == "Person"


def test_a_portfolio_at_a_sentences_end_names_no_person(names):
    found = names("Carney named Evan Mills as the first Minister of Artificial Intelligence and Digital Innovation. "
                  "Mills said digital innovation would come first.")
    assert "Digital Innovation" not in found


@pytest.mark.parametrize("text, products", [
    ("The suit compares Perplexity's agent with Amazon's own shopping tools, Lumo and Buy for Me.", ["Lumo", "Buy for Me"]),
    ("It sells assistants such as Quillet and Parley to law firms.", ["Quillet", "Parley"]),
    ("The startup's Corvid browser logs into user accounts.", ["Corvid"]),
    ("The court has used its own AI translation tool, VANTRA, to render judgments.", ["VANTRA"]),
    ("The firm said its self-driving system, the Harkwell Driver, finished its first runs.", ["Harkwell Driver"]),
    ("Meetings now compete with Zorblr's AI Scribe and other tools.", ["AI Scribe"]),
    ("Its AI Concierge, a voice that answers guests, launched in March.", ["AI Concierge"]),
    ("Clones of their voices were sold via Vexorly's text-to-speech platform, Quilla.", ["Quilla"]),
    ("The bank will enhance its proprietary enterprise AI platform, Marigold, and scale it.", ["Marigold"]),
    ("Harbor used its AI service, Tidewater Contact Center AI, to record calls.", ["Tidewater Contact Center AI"]),
])
def test_products_named_after_their_kind_or_an_owner_are_models(names, text, products):
    found = names(text)
    for product in products:
        assert found[product].type == "AIModel", product


def test_a_title_or_an_abbreviation_after_a_model_word_names_no_model(names):
    found = names("The firm hired an agent, Ms. Dalby, to sell its tool. It bought a platform, Vexorly Inc. in May.")
    assert all(m.type != "AIModel" for m in found.values())


def test_platforms_listed_with_known_companies_stay_companies(names):
    found = names("The duties would fall on platforms such as YouTube, Instagram and Zorblr.")
    assert all(m.type != "AIModel" for m in found.values())


def test_a_long_chinese_line_with_english_names_is_no_headline(names):
    found = names("加拿大创新、科学和工业部长宣布成立一家人工智能安全研究所（Maplecrest Artificial Intelligence Safety Institute），"
                  "初期预算5000万加元。该研究所设在加拿大创新、科学和经济发展部之下，将与多国的人工智能安全研究机构合作开展前沿模型的评测、"
                  "研究和标准制定工作，并向政府提供技术建议。")
    assert found["Maplecrest Artificial Intelligence Safety Institute"].type == "Organization"


def test_a_registered_name_after_chinese_words_starts_at_its_latin_name(names):
    found = names("Meta宣布起诉香港公司Quorra Vista HK Limited，该公司运营多款应用。")
    assert "Quorra Vista HK Limited" in found
    assert not [name for name in found if name.endswith("Limited") and name != "Quorra Vista HK Limited"]
    found = names("Laura Brenner在与Quorravex, Inc.的合同纠纷中提起上诉。")  # Chinese words inside the capitalised run
    assert "Quorravex, Inc" in found or "Quorravex, Inc." in found
    assert not [name for name in found if "在与" in name]


def test_a_long_press_release_headline_in_title_case_names_no_person(names):
    found = names("AG Whitmore Secures $3 Million Settlement With Student Lender Over Automated Underwriting That "
                  "Allegedly Disadvantaged Black, Hispanic and Non-Citizen Applicants\nThe lender agreed to pay.")
    assert "Whitmore Secures" not in found and "Disadvantaged Black" not in found


def test_a_glossed_short_name_in_brackets_makes_no_statute(names):
    # no statute of its own making: the knowledge base's EU AI Act, which news spells so (issue 49)
    found = names("Lawmakers debated the Artificial Intelligence (AI) Act on Monday.")
    assert found["Artificial Intelligence (AI) Act"].kb_id == "eu-ai-act"
    assert "Algorithmic Accountability (AA) Act" not in names("Lawmakers debated the Algorithmic Accountability (AA) Act on Monday.")


def test_parliament_before_another_capitalised_word_is_no_legislature(names):
    found = names("Protesters gathered on Parliament Hill on Monday.")
    assert "Parliament" not in found


def test_a_district_attorneys_office_of_a_place_is_a_regulator(names):
    found = names("The Manhattan District Attorney's Office opened an inquiry into the lender.")
    assert found["Manhattan District Attorney's Office"].type == "Regulator"


@pytest.mark.parametrize("text, body", [
    ("The Center for Digital Rights filed a brief supporting the authors.", "Center for Digital Rights"),
    ("A report by the Alliance for Fair Algorithms found bias in the scores.", "Alliance for Fair Algorithms"),
    ("Members of the Riverside Writers Guild joined the suit in May.", "Riverside Writers Guild"),
    ("Researchers at the Harbour Internet Observatory tracked the campaign.", "Harbour Internet Observatory"),
])
def test_a_centre_an_alliance_or_a_guild_named_so_is_an_organization(names, text, body):
    assert names(text)[body].type == "Organization"


def test_a_british_title_is_written_with_the_persons_name(names):
    found = names("The appeal was heard by Lord Justice Pemberton-Hale and Mrs Justice Okafor, "
                  "with Dame Harriet Colvin presiding; Lord Wexley and Sir Tobias Drummond agreed.")
    assert {"Lord Justice Pemberton-Hale", "Mrs Justice Okafor", "Dame Harriet Colvin", "Lord Wexley",
            "Sir Tobias Drummond"} <= {name for name, m in found.items() if m.type == "Person"}
    assert found["Dame Harriet Colvin"].mechanism == "english/honorific"
    assert names("Mr Justice Rowan Pike gave judgment.")["Rowan Pike"].type == "Person"  # a full name after Justice
    # an office, not a person
    assert not any(m.type == "Person" for m in names("The Lord Chancellor and the Lord Chief Justice met.").values())


def test_a_person_described_before_the_name_between_commas(names):
    found = names("The lead claimant, Idris Al-Mansouri, gave evidence. A paying subscriber, Marisol De La Cruz, "
                  "complained, and her solicitor, Tomasz Wieczorek-Lind, wrote to the firm.")
    for person in ("Idris Al-Mansouri", "Marisol De La Cruz", "Tomasz Wieczorek-Lind"):
        assert found[person].type == "Person"


def test_a_titled_person_ends_at_its_line(names):
    found = names("By business reporter Odile Fenwick\nPublished Mon 3 Mar 2025")
    assert "Odile Fenwick" in found and not any("\n" in name for name in found)


def test_a_known_place_before_a_court_kind_is_part_of_the_courts_name(names):
    found = names("It lost before the Munich District Court and later the Amsterdam Court of Appeal ruled for the drivers.")
    assert found["Munich District Court"].type == "Court"
    assert found["Amsterdam Court of Appeal"].type == "Court"
    assert names("It went to the Court of Appeal of Amsterdam.")["Court of Appeal of Amsterdam"].type == "Court"  # the place after


def test_a_body_name_may_join_two_remits_with_and(names):
    found = names("The Fairness and Equal Treatment Commission backed a complaint by the Riders and Couriers Union, "
                  "and Qatar Development Bank lent money to Kestrel Chambers.")
    assert found["Fairness and Equal Treatment Commission"].type == "Regulator"
    assert found["Riders and Couriers Union"].type == "Organization"
    assert found["Qatar Development Bank"].type == "Company"
    assert found["Kestrel Chambers"].type == "Organization"
    assert "Google and Acme Group" not in names("It sued Google and Acme Group.")  # a known name before "and": a list
    assert "Le Soir and Ouest Ledger Group" not in names("It sued Vortex Media, Le Soir and Ouest Ledger Group.")  # a list


def test_a_court_or_agency_found_by_its_suffix_starts_after_a_sentences_article(names):
    found = names("The Digital Trust Agency issued guidelines. The Harbour District Tribunal agreed.")
    assert "Digital Trust Agency" in found and "The Digital Trust Agency" not in found


def test_a_single_word_company_typed_by_its_description_is_that_company_wherever_the_item_names_it(pipeline):
    def named(text: str, name: str) -> list:
        return [m for m in pipeline.nlp(text).user_data["mentions"] if m.text == name]
    found = named("Hardware giant Korrin broke the law, the regulator found. Korrin said it would appeal. Korrin stores closed.", "Korrin")
    assert len(found) == 3 and all(m.type == "Company" for m in found)
    # a word the item also writes in lower case is an ordinary word
    assert len(named("Retail chain Harvest said so. Harvest fell. The harvest was poor.", "Harvest")) <= 1


def test_unknown_names_listed_with_a_known_name_holding_and_or_a_slash_are_companies(names):
    found = names("A group of Canadian outlets — Torvale, Postline, The Globe and Mail and Radio/Tele-Quebec — sued OpenAI.")
    for name in ("Torvale", "Postline", "Radio/Tele-Quebec"):
        assert found[name].type == "Company"


def test_a_known_place_ending_a_hyphened_name_is_no_place(names):
    found = names("Radio-Canada and Tele-France reported it; the Paris-based firm agreed.")
    assert not any(m.type == "Jurisdiction" and m.text in ("Canada", "France") for m in found.values())
    assert found["Paris"].type == "Jurisdiction"


def test_a_body_named_of_its_remits_joined_by_and_is_one_name_up_to_a_known_name(names):
    found = names("It worked with the Office of the Information and Privacy Commissioner for Nova Scotia and "
                  "the Bureau of Trade and Export Controls, while the Ministry of Energy and Siemens signed a deal.")
    assert found["Office of the Information and Privacy Commissioner for Nova Scotia"].type == "Regulator"
    assert found["Bureau of Trade and Export Controls"].type == "Regulator"
    assert "Ministry of Energy" in found and "Siemens" in found


# -- round 11: a company's last word, a month opening a sentence -------------------------
def test_a_known_model_name_run_on_by_a_company_word_is_a_company(names):
    found = names("The union filed its charge against Llama Productions, which hires the voice actors.")
    assert found["Llama Productions"].type == "Company"


def test_a_month_opening_a_sentence_before_a_comma_is_no_person(names):
    found = names("In April, after writers and artists protested, the agency published its guidance.")
    assert "In April" not in found


def test_a_case_written_with_a_bare_v_as_commonwealth_courts_write_it(names):
    found = names("The tribunal relied on Okafor v Brennan Logistics and on Whitby v Crane, both decided in 2021.")
    assert found["Okafor v Brennan Logistics"].type == "Case"
    assert found["Whitby v Crane"].type == "Case"


def test_a_bare_v_case_has_two_sides():
    from kg.cases import case_sides
    assert case_sides("Okafor v Brennan Logistics") == (("Okafor",), ("Brennan Logistics",))
    assert case_sides("Vivian vanished") is None


def test_a_phrase_after_a_names_comma_makes_no_person_of_it(names):
    found = names("The claim was brought by Marta Ilves, a partner at Copperfield Legal, on behalf of the musicians.")
    assert found["Marta Ilves"].type == "Person"
    assert "Copperfield Legal" not in found or found["Copperfield Legal"].type != "Person"


def test_the_opening_words_of_a_sentence_are_no_part_of_a_laws_name(names):
    found = names("Under the Automated Hiring Fairness Act, employers must tell applicants. After the Digital Harms Bill stalled, nothing changed.")
    assert found["Automated Hiring Fairness Act"].type == "Law"
    assert found["Digital Harms Bill"].type == "Law"
    assert not [text for text in found if text.startswith(("Under", "After"))]


def test_a_known_name_in_lower_case_does_not_run_into_another_kind_of_body(names):
    found = names("Both the Independent Broadcasting Commission and the regional council objected.")
    assert found["Independent Broadcasting Commission"].type == "Regulator"


def test_a_magistrate_and_a_judge_with_initials_are_persons_without_their_post_nominals(names):
    found = names("Magistrate Tendai Moyo adjourned the matter; Acting Judge PK Venter of the High Court agreed. "
                  "The report was drafted by Helen Stroud KC and Owen Pryce.")
    assert found["Tendai Moyo"].type == "Person"
    assert found["PK Venter"].type == "Person"
    assert "Helen Stroud" in found and "Helen Stroud KC" not in found


@pytest.mark.parametrize("text, person", [
    ("Appearing for Orbix, advocate Tarun Velkar confirmed that the videos were taken down.", "Tarun Velkar"),
    ("Quillon Director General Odran Pellerin described the lawsuit as unfair.", "Odran Pellerin"),
    ("At the summit, His Excellency Hamad Al Qasimi, head of the council, spoke about the fund.", "Hamad Al Qasimi"),
    ("In the earlier matter, her Honour Judge B Vantorre directed the referral of the solicitor.", "B Vantorre"),
    ("In the earlier matter, her Honour Judge A Vantorre directed the referral of the solicitor.", "A Vantorre"),
    ("Zorin greeted Prime Minister (PM) Tariq Mehmood on Monday.", "Tariq Mehmood"),
    ("In the application, the firm's legal representative, K Naidoo from Pelt Legal, cited two cases.", "K Naidoo"),
    ("Former quiz-show contestant Rylan Voss filed suit against Pixelory.", "Rylan Voss"),
])
def test_a_person_after_a_title_an_agency_head_or_a_courtroom_role_is_a_person(names, text, person):
    # the given name known nowhere: the title alone makes the person (english.tsv person_role)
    assert names(text)[person].type == "Person"


def test_a_single_capital_or_a_bracket_after_a_title_needs_a_family_name_after_it(names):
    found = names("The Prime Minister (PM) said on Monday that Judge A ruled nothing.")
    assert not any(m.type == "Person" for m in found.values())


def test_a_model_after_a_plural_possessive_with_a_version_word(names):
    found = names("The voice came from SoundWorks' Echo v3.1 speech model, and Lumeo's Quill 2 assistant drafted the text.")
    assert found["Echo v3.1"].type == "AIModel"
    assert found["Quill 2"].type == "AIModel"


def test_a_capitalised_adjective_describing_a_model_is_no_name_but_the_apposed_name_is(names):
    found = names("The ministry built Tarjuman, a Farsi large language model, for its clerks.")
    assert found["Tarjuman"].type == "AIModel"
    assert "Farsi" not in found


def test_regulator_and_municipality_end_a_state_bodys_name(names):
    found = names("The Greyhaven Local Municipality and the Northern Gaming Regulator opposed the application.")
    assert found["Greyhaven Local Municipality"].type == "Regulator"
    assert found["Northern Gaming Regulator"].type == "Regulator"


def test_a_foreign_legal_form_ends_a_company_name(names):
    found = names("The suit named Velmora Systems N.V. and Kestrel Analytics Pte Ltd as defendants.")
    assert found["Velmora Systems N.V."].type == "Company"
    assert found["Kestrel Analytics Pte Ltd"].type == "Company"


def test_the_owner_of_what_only_a_business_has_is_a_company(names):
    found = names("Pellucid Systems's general counsel, Aria Monk, filed the motion. Tavrin's chief executive resigned in May.")
    assert found["Pellucid Systems"].type == "Company"
    assert found["Tavrin"].type == "Company"
    assert found["Aria Monk"].type == "Person"


def test_the_owner_of_a_role_is_no_company_when_a_person_or_a_place(names):
    found = names("Dana Whitlock sued the state. Whitlock's spokesperson declined to comment, as did Ohio's board.")
    assert "Whitlock" not in found or found["Whitlock"].type == "Person"
    assert found["Ohio"].type == "Jurisdiction"


def test_a_name_after_where_it_is_based(names):
    found = names("The Oslo-based Fjordic Labs and the U.S.-based Quarrel AI signed a deal.")
    assert found["Quarrel AI"].type == "Company"
    assert not [text for text in found if "-based" in text]


def test_a_person_named_after_a_lower_case_owners_role(names):
    found = names("The bureau's director, Odile Fenwick, said the rule stands. The board's chair, Kofi Mensah, agreed.")
    assert found["Odile Fenwick"].type == "Person"
    assert found["Kofi Mensah"].type == "Person"


def test_a_politicians_party_after_a_place_is_no_persons_name(names):
    found = names("Rep. Dale Ormond, a Washington Democrat, and Sen. Ruth Calder, an Ohio Republican, wrote the bill.")
    assert not [text for text in found if text.endswith(("Democrat", "Republican"))]



def test_a_body_word_with_its_remit_keeps_the_own_name_before_it(names):
    found = names("The study was run by the city university's Halvorsen Centre for Ethics and Technology last year.")
    assert found["Halvorsen Centre for Ethics and Technology"].type == "Organization"
    found = names("Microsoft Office for Civil Rights and Google said so.")
    assert not any(name.startswith("Microsoft Office for") for name in found)


def test_a_borough_led_by_its_city_is_a_local_authority(names):
    found = names("A tenant brought a claim against the London Borough of Camden over housing repairs.")
    assert found["London Borough of Camden"].type == "Regulator"
    assert "London" not in found


def test_a_masthead_over_what_the_publication_is_names_the_outlet(names):
    text = "SPROCKETS & STATUTES\nThe monthly newsletter on robotics law and policy\nIssue 9 · May 2025"
    assert names(text)["SPROCKETS & STATUTES"].type == "Company"
    assert "AI RULES TIGHTEN" not in names("AI RULES TIGHTEN\nThe new limits on chatbots take effect in May.")


def test_a_masthead_over_its_motto_is_the_outlet_with_a_credit_line_between_them(names):
    text = "GEARS & GAVELS\nBy：Odile Farrant\nThe weekly letter on robotics law and policy\nIssue 12 · June 2025"
    assert names(text)["GEARS & GAVELS"].type == "Company"


def test_a_case_caption_ends_with_its_line_and_without_a_sections_numeral(names):
    found = names("II. Ontario v. Quillon\nLast year the province settled with Ridgeway Labs.\nNotes\nMarsh v. Tello was refiled.")
    assert found["Ontario v. Quillon"].type == "Case"
    assert found["Marsh v. Tello"].type == "Case"
    assert not [text for text in found if "\n" in text or text.startswith("II.")]


def test_a_masthead_in_capitals_keeps_its_possessive_in_lower_case(names):
    digest = names("BREWER'S LEDGER\nThe journal of the Harbour Law Society\nA court in Oslo ruled on Monday.")
    assert digest["BREWER'S LEDGER"].canonical == "Brewer's Ledger"


def test_a_document_titled_or_in_commas_after_its_word_is_a_law(names):
    titled = names("The ministry's draft, titled Robot Safety Audits: A Practical Guide for Municipal Buyers, was published on Friday.")
    assert titled["Robot Safety Audits: A Practical Guide for Municipal Buyers"].type == "Law"
    quoted = names('The agency released a report entitled "Why chatbots fail older users" last week.')
    assert quoted["Why chatbots fail older users"].type == "Law"
    apposed = names("The regulator issued a second draft, Guidance on the Testing of Autonomous Delivery Robots in Cities.")
    assert apposed["Guidance on the Testing of Autonomous Delivery Robots in Cities"].type == "Law"


def test_a_clause_after_a_document_word_is_no_title(names):
    found = names("Under the proposed order, Harlow Robotics Limited must delete the photos. In her order, Judge Mara Quist found no fault.")
    assert not any(m.type == "Law" for m in found.values())


def test_a_title_ending_in_a_document_kind_before_its_remit_is_a_law(names):
    found = names("The ministers endorsed the Lisbon Guiding Principles for Responsible Service Robots on Tuesday.")
    assert found["Lisbon Guiding Principles for Responsible Service Robots"].type == "Law"
    clause = names("It signed the Lisbon Code of Conduct for Service Robots that Minister Ana Reis drafted.")
    assert "Lisbon Code of Conduct for Service Robots" in clause


def test_a_year_after_a_document_title_is_no_part_of_it(names):
    found = names("Norland also published the Harbour Guiding Principles for Service Robots in 2023.")
    assert found["Harbour Guiding Principles for Service Robots"].type == "Law"
    assert "Harbour Guiding Principles for Service Robots in 2023" not in found


@pytest.mark.parametrize("text, title", [
    ("Five agencies proposed a rule, Testing Standards for Automated Appraisal Tools, that would bind lenders.",
     "Testing Standards for Automated Appraisal Tools"),
    ("The bureau urged schools in its April 2022 report, Robots and the Future of Classroom Work, to go slowly.",
     "Robots and the Future of Classroom Work"),
    ("The governor signed an executive order titled Securing Open Access to Public Records for Residents.",
     "Securing Open Access to Public Records for Residents"),
    ("The mayor today released the Riverton Artificial Intelligence Action Plan, a framework for agencies.",
     "Riverton Artificial Intelligence Action Plan"),
    ("The Global Robot Safety Report, published today, runs to 200 pages.", "Global Robot Safety Report"),
    ("The judge quoted the chief justice, whose 2021 Year-End Report on the State Judiciary warned about fake cases.",
     "2021 Year-End Report on the State Judiciary")])
def test_a_title_after_a_rule_a_prepositions_report_or_told_issued_is_a_law(names, text, title):
    assert names(text)[title].type == "Law"


def test_a_report_told_neither_issued_nor_with_its_remit_is_no_law(names):
    assert not [m for m in names("The Annual Report was late, the firm said.").values() if m.type == "Law"]


def test_a_known_company_run_on_with_and_into_a_company_word_is_one_company(names):
    found = names("The tenants sued Nvidia Fleet and Marine Company on Monday, while Microsoft and Google declined to comment.")
    assert found["Nvidia Fleet and Marine Company"].type == "Company"
    assert "Microsoft" in found and "Google" in found


def test_a_person_with_accented_letters_or_an_irish_particle_after_a_role(names):
    found = names("The order was signed by Justice Dálmata Fénix, and the appeal was argued by lawyer Eoin Ó Briain.")
    assert found["Dálmata Fénix"].type == "Person"
    assert found["Eoin Ó Briain"].type == "Person"


def test_a_person_described_as_a_policyholder_or_a_doctor_between_commas(names):
    found = names("A third policyholder, Tarvo Quenell, joined the suit. Ilse Marrow, a gynaecologist whose son was filmed, spoke out.")
    assert found["Tarvo Quenell"].type == "Person"
    assert found["Ilse Marrow"].type == "Person"


def test_the_senate_and_an_armed_service_named_alone(names):
    found = names("The Army and the Navy suspended its use after the Senate voted, and the Senate Rules Committee met.")
    assert found["Army"].type == "Regulator" and found["Navy"].type == "Regulator"
    assert found["Senate"].type == "Legislature"


def test_a_city_council_is_a_legislature_and_a_party_an_organization(names):
    found = names("The City Council passed the bill that the Green Future Party had opposed, said the Arts Council.")
    assert found["City Council"].type == "Legislature"
    assert found["Green Future Party"].type == "Organization"


@pytest.mark.parametrize("text, outlet", [
    ("QUAY SIGNAL\nTransport policy for the people who run the ports\nDockers win a ruling on Monday.", "QUAY SIGNAL"),
    ("THE OSLO COURIER\nNorway's independent daily since 1931\nThe court ruled on Monday.", "THE OSLO COURIER"),
    ("Fleetwise Today\nThe freight compliance newsroom\nThe court ruled on Monday.", "Fleetwise Today"),
    ("REELHOUSE LIVE\nHome › Films › Film News\nThe court ruled on Monday.", "REELHOUSE LIVE"),
])
def test_a_short_first_line_over_a_tagline_or_a_breadcrumb_is_the_outlet(names, text, outlet):
    assert names(text)[outlet].type == "Company"


def test_a_kicker_over_a_headline_is_no_masthead(names):
    assert "THE LONG BET" not in names("THE LONG BET\nThe founder's $9 billion start-up\nShe left in May.")
    assert "ETHICS" not in names("ETHICS\nInvented citations: the court draws the line\nThe court ruled.")


def test_a_place_described_as_a_town_after_it_is_a_place(names):
    found = names("Parents in Ardmoor, a small coastal town of 30,000, complained to the police.")
    assert found["Ardmoor"].type == "Jurisdiction"


def test_a_given_name_before_a_buildings_word_is_no_person(names):
    assert "Madison Building" not in names("The hearing was held in the Madison Building on Monday.")


def test_an_act_or_a_law_opening_its_long_title_is_a_law(names):
    found = names("The parliament amended the Act on Special Measures Concerning the Prevention of Online Fraud at its "
                  "session, and the cabinet sent it the Organic Law for the Safeguarding of Pupils in Online Classrooms.")
    assert found["Act on Special Measures Concerning the Prevention of Online Fraud"].type == "Law"
    assert found["Organic Law for the Safeguarding of Pupils in Online Classrooms"].type == "Law"
    principles = names("The regulators adopted its Principles on Automated Underwriting in March 2021.")
    assert principles["Principles on Automated Underwriting"].type == "Law"
    assert "Principles on Automated Underwriting in March" not in principles


def test_an_act_before_a_date_or_of_a_place_and_a_bare_regulation_are_no_long_titles(names):
    found = names("The Act on Monday drew protests. The AI Act of the European Union applies. The Report on Friday was late.")
    assert not any(m.type == "Law" and m.text.startswith(("Act on", "AI Act of", "Report on")) for m in found.values())
    titled = names("The ministers adopted the Cloud Retention Regulation on Hosting Providers, not the Regulation on Friday.")
    assert titled["Cloud Retention Regulation on Hosting Providers"].type == "Law"
    assert not any(m.text.startswith("Regulation on") for m in titled.values())


def test_a_body_named_in_a_pages_bar_is_the_publisher(names):
    found = names("CITY.GOV  |  Office of the Comptroller  |  News\n\nThe comptroller released an audit of the city's chatbot.")
    assert found["Office of the Comptroller"].type == "Regulator"


def test_a_court_numbered_in_its_town_keeps_its_number_and_town(names):
    found = names("On Monday the Izmir 7th Criminal Court of Peace blocked the posts, and the 42nd District Court in "
                  "Ward County heard the claim.")
    assert found["Izmir 7th Criminal Court of Peace"].type == "Court"
    assert found["42nd District Court"].type == "Court"


def test_a_states_part_by_its_direction_and_a_town_by_its_word_are_places(names):
    found = names("The plant in West Texas closed, workers in Cedar Hills protested, the vote in Jefferson City failed and "
                  "the airline is based in Malahide, Co Dublin. South Korea and Western Europe were unaffected.")
    assert {found[p].type for p in ("West Texas", "Cedar Hills", "Jefferson City", "Malahide")} == {"Jurisdiction"}
    assert "Western Europe" not in found


def test_a_task_force_with_words_of_its_own_is_a_state_body(names):
    found = names("The order sets up a Deepfake Enforcement Task Force in the ministry, and the board adopted the report "
                  "of its Gemini Taskforce. The Task Force met on Monday.")
    assert found["Deepfake Enforcement Task Force"].type == "Regulator"
    assert found["Gemini Taskforce"].type == "Regulator"
    assert "Task Force" not in found


def test_a_masthead_over_a_nonprofit_tagline_is_an_organization(names):
    found = names("TRUTH LEDGER\nIndependent, nonpartisan fact-checking\n\nNo, the bill does not ban chatbots\n\nBy Jane Roe\n\n"
                  "The bill was introduced on Monday.")
    assert found["TRUTH LEDGER"].type == "Organization"


def test_washington_after_in_is_the_capital_not_the_state(names):
    found = names("The hearing in Washington drew crowds, while lawmakers in Washington State waited.")
    assert found["Washington"].type == "Jurisdiction" and found["Washington"].kb_id == "us-dc"


def test_a_name_owning_what_only_a_person_has_is_a_person(names):
    found = names("The court protected Ravindra Okonkwo's voice and likeness, while Stability AI's model was not at issue.")
    assert found["Ravindra Okonkwo"].type == "Person"
    assert found["Stability AI"].type != "Person"


def test_a_county_body_is_named_with_its_county(names):
    found = names("The teacher pleaded guilty in Houston County Circuit Court, and the Houston County Public Schools "
                  "board met on Friday while the St. Lucie County Sheriff's Office kept the file.")
    assert found["Houston County Circuit Court"].type == "Court"
    assert found["Houston County Public Schools"].type == "Organization"
    assert found["St. Lucie County Sheriff's Office"].type == "Regulator"


def test_an_office_holders_office_is_a_regulator(names):
    found = names("Reporters asked the Mayor's Office about the contract, and a spokesman for the Governor's Press Office "
                  "declined to comment.")
    assert found["Mayor's Office"].type == "Regulator"
    assert found["Governor's Press Office"].type == "Regulator"


def test_a_town_council_and_a_board_named_by_their_heads(names):
    found = names("Last year the Springfield City Council voted to create the Digital Services Oversight Board, "
                  "and the board met staff at Lakeview High School.")
    assert found["Springfield City Council"].type == "Legislature"
    assert found["Digital Services Oversight Board"].type == "Regulator"
    assert found["Lakeview High School"].type == "Organization"
    assert "Oversight Board" not in names("The agency refused, and its Oversight Board upheld the refusal.")


def test_a_lawmakers_home_town_after_the_party_letter_is_a_place(names):
    found = names("Rep. Jane Holloway, D-Bozeman, who wrote the amendment, spoke first.")
    assert found["Bozeman"].type == "Jurisdiction"


def test_a_right_to_title_is_one_law(names):
    found = names("The governor signed the Right to Repair Act, and lawmakers then took up the Freedom to Read Bill.")
    assert found["Right to Repair Act"].type == "Law"
    assert found["Freedom to Read Bill"].type == "Law"


def test_an_airport_is_no_person(names):
    found = names("Agents stopped him at Dulles Marshall Airport as he boarded a flight.")
    assert not any(m.type == "Person" for m in found.values())



def types_of(found: dict[str, object], *texts: str) -> dict[str, str]:
    return {text: found[text].type for text in texts if text in found}


def test_a_known_organisation_of_a_known_place_is_its_chapter(names):
    found = names("The ACLU of Ohio and the American Civil Liberties Union of Texas filed briefs.")
    chapters = ("ACLU of Ohio", "American Civil Liberties Union of Texas")
    assert types_of(found, *chapters, "ACLU", "American Civil Liberties Union") == dict.fromkeys(chapters, "Organization")


def test_initials_stand_for_a_given_name(names):
    found = names("T.R. Whitlock, the chief executive of the lender, resigned; \"No,\" said M.K. Dunmore, its general counsel.")
    assert types_of(found, "T.R. Whitlock", "M.K. Dunmore") == dict.fromkeys(("T.R. Whitlock", "M.K. Dunmore"), "Person")
    assert "U.S. Steel" not in names("U.S. Steel, the company's former owner, objected.")


def test_a_project_is_an_organisation(names):
    found = names("Lawyers for the Fair Wages Project said the Exoneration Project had joined them.")
    assert {found[text].type for text in ("Fair Wages Project", "Exoneration Project")} == {"Organization"}


def test_a_town_named_by_its_formal_title_is_a_place(names):
    found = names("Officials in the city of Marlowe Springs and the Town of Brackenfield adopted the policy.")
    assert [(m.text, m.type) for m in found.values()] == [("Marlowe Springs", "Jurisdiction"), ("Brackenfield", "Jurisdiction")]
    assert "Haverstock" not in names("The Royal Borough of Haverstock replied.")


def test_two_partners_before_a_professional_form_are_one_firm(names):
    firms = ["Gilvane & Quaine, P.C.", "Ashby & Dorsey LLP"]
    assert [m.text for m in names("Lawyers at Gilvane & Quaine, P.C. and Ashby & Dorsey LLP filed the brief.").values()
            if m.type == "Organization"] == firms


def test_a_family_name_that_is_a_place_after_a_described_person_is_no_place(names):
    found = names("Tavion Houston, the district's former budget officer, pleaded guilty.")
    assert types_of(found, "Tavion Houston", "Houston") == {"Tavion Houston": "Person"}
    assert "New Corvale" not in names("New Corvale, the city's lawyers said, will appeal.")


def test_a_legal_form_after_a_comma_ends_a_company_chinese_bounds(names):
    found = names("对象：Quorvane Holdings USA, Inc.、Quorvane, LLC及其董事。Tobin Gresh在与Brixel, Inc.的纠纷中上诉。")
    assert {"Quorvane Holdings USA, Inc.", "Quorvane, LLC", "Brixel, Inc."} <= {m.text for m in found.values() if m.type == "Company"}
    assert not any("在与" in name for name in found)
    assert "With Zorbi, Inc." not in names("Universal Music Settles With Zorbi, Inc. Over Lyrics")


def test_a_given_name_that_is_a_place_opens_a_titled_persons_name(names):
    found = names("The motion was heard by Judge Victoria Brannagh, who denied it.")
    assert types_of(found, "Victoria Brannagh", "Victoria") == {"Victoria Brannagh": "Person"}
    assert "Texas County" not in names("Judge Texas County approved it.")  # a place's kind after it: no given name


def test_a_press_contact_label_heads_a_persons_name(names):
    found = names("The office released its guidance.\n\nMedia contact: Jordan Pellwick, Communications Director, Acme Agency")
    assert types_of(found, "Jordan Pellwick", "Jordan") == {"Jordan Pellwick": "Person"}


def test_a_courts_seat_or_division_after_a_comma_is_part_of_its_name(names):
    found = names("The Superior Court of California, County of Marin dismissed the suit. On Monday the Ohio Court of "
                  "Appeals, Tenth District, affirmed it.")
    assert types_of(found, "Superior Court of California, County of Marin", "Ohio Court of Appeals, Tenth District") == \
        {"Superior Court of California, County of Marin": "Court", "Ohio Court of Appeals, Tenth District": "Court"}


def test_a_district_after_a_comma_ends_with_its_sentence_and_is_the_known_court(names):
    found = names("Acme sued Beta in the U.S. District Court, Northern District of California. The judge set a hearing. "
                  "The claim was refiled in the Circuit Court of Missouri, County of St. Louis on Monday.")
    court = found["U.S. District Court, Northern District of California"]  # no "California. The"
    assert court.type == "Court" and court.kb_id == "us-ndcal"
    assert not [text for text in found if text.endswith((". The", "California."))]
    assert found["Circuit Court of Missouri, County of St. Louis"].type == "Court"  # St. is a place's word


def test_a_comma_joins_a_bodys_remit_where_and_closes_the_series_not_known_names(names):
    found = names("The Department of Parks, Heritage and Tourism replied. The Department of Justice, Microsoft and Google met.")
    assert found["Department of Parks, Heritage and Tourism"].type == "Regulator"
    assert {"Department of Justice", "Microsoft", "Google"} <= set(found)


def test_a_places_people_in_the_plural_are_no_party(names):
    found = names("The agency will act where AI is used to discriminate against Oregonians, and Texans sued Brixel Robotics.")
    assert not {"Oregonians", "Texans"} & set(found) and "Brixel Robotics" in found


def test_a_places_house_is_its_legislature_unless_a_capitalised_word_follows(names):
    found = names("A Nebraska House committee takes up the bill. Nebraska House Bill 41 passed.")
    assert types_of(found, "Nebraska House", "House Bill 41") == {"Nebraska House": "Legislature", "House Bill 41": "Law"}



@pytest.mark.parametrize("text, outlet", [
    # a masthead in capitals naming its city: the outlet whole, the place inside it
    ("THE ADELAIDE EVENING LEDGER\nTuesday 4 March 2025 | CITY | POLITICS\n\nThe council voted on Monday.",
     "THE ADELAIDE EVENING LEDGER"),
    # the outlet after a byline keeps its last word (no Lakeside News)
    ("By Jane Roe | Lakeside News Service\n\nThe council voted on Monday.", "Lakeside News Service"),
    # a publication named over its publisher, its initials' full stops its own
    ("The council voted on Monday.\n\nThe Harbor A.M. is published by Harbor Local Media LLC.", "The Harbor A.M."),
])
def test_outlets_named_in_a_head_or_a_footer_are_companies(names, text, outlet):
    assert names(text)[outlet].type == "Company"


def test_a_footers_publication_is_a_company(names):
    # the publication named before "a publication of"; an ampersand inside the title
    found = names("The council voted on Monday.\n\nQuarry & Kiln Trade Monthly is a publication of Larchmont Hill Press. Reprints: ask.")
    assert found["Quarry & Kiln Trade Monthly"].type == "Company"


def test_an_owners_capitalised_words_holding_no_product_mark_or_naming_a_unit_are_no_model(names):
    found = names("Zorblr's AI Research Lab published a paper, and Zorblr's AI Safety team left. Its Quarterly Review is out.")
    assert not {m.text for m in found.values() if m.type == "AIModel"}


def test_product_described_by_a_qualified_kind_after_its_name_is_a_model(names):
    # "AI" before the kind word and "its" as the article still describe a product
    assert names("The council opened the Harbourline Chatbot, an AI assistant for renters, in May.")[
        "Harbourline Chatbot"].type == "AIModel"
    assert names("Velmora showed Talon, its new humanoid robot, at the fair.")["Talon"].type == "AIModel"
    assert names("Brindle released Inkwell Pro, its coding agent, on Monday.")["Inkwell Pro"].type == "AIModel"
    # a maker of that kind is a business, not a product
    found = names("Torvane, a humanoid robot maker, raised new money.")
    assert "Torvane" not in found or found["Torvane"].type != "AIModel"


@pytest.mark.parametrize("sentence, person", [
    ("Harwell County District Attorney Nadia Brooks said her office would review the images.", "Nadia Brooks"),
    ("The county Sheriff Daniel Okoro said deputies were called to the school.", "Daniel Okoro"),
])
def test_a_prosecutor_or_sheriff_title_before_a_name_makes_a_person(names, sentence, person):
    assert names(sentence)[person].type == "Person"


def test_a_prosecutors_office_names_no_person(names):
    assert not [m for m in names("The District Attorney's office declined to comment.").values() if m.type == "Person"]


def test_a_partnership_or_plc_form_after_a_comma_belongs_to_the_name(names):
    found = names("Regulators fined Halden Quant Partners, LP and Corvane Holdings plc over their trading models.")
    assert found["Halden Quant Partners, LP"].type == "Company"
    assert found["Corvane Holdings plc"].type == "Company"
    assert "Halden Quant Partners" not in found


def test_a_model_size_before_and_opens_no_listed_company(names):
    found = names("Zorvex released Orbit2.5 72B and Lumari released Lumari-V3 on Monday.")
    assert "B" not in found


@pytest.mark.parametrize("text, person", [
    ("The lab, led by Professor Oduya Farrant of the Tampere Institute, opened in May.", "Oduya Farrant"),
    ("The review was chaired by Associate Professor Kwel Tanaro, who teaches law.", "Kwel Tanaro"),
])
def test_a_professor_with_an_unknown_given_name_is_a_person(names, text, person):
    assert names(text)[person].type == "Person"


def test_a_town_with_its_state_before_a_described_kind_is_a_jurisdiction(names):
    found = names("In June, Quorvel, the Lindale, Massachusetts venture firm, led the round.")
    assert found["Lindale"].type == "Jurisdiction"


def test_a_name_described_by_its_town_and_state_and_its_kind_is_that_kind(names):
    found = names("In June, Quorvel, the Lindale, Massachusetts venture firm, led the round.")
    assert found["Quorvel"].type == "Company"


@pytest.mark.parametrize("text, name", [
    ("Secretary General Dragana Vuković Horvat thanked the delegates.", "Dragana Vuković Horvat"),  # č ć: Extended-A
    ("Judge Zofia Wójcik-Łęcka dismissed the claim.", "Zofia Wójcik-Łęcka"),
    ("The ruling came from Judge Tomás Ibáñez on Friday.", "Tomás Ibáñez"),  # Latin-1
])
def test_a_titled_persons_name_in_letters_with_diacritics_is_whole(names, text, name):
    found = names(text)
    assert name in found and found[name].type == "Person"


def test_a_role_alone_after_its_title_is_no_person(names):
    assert not [m for m in names("The Secretary General said the talks would go on.").values() if m.type == "Person"]


@pytest.mark.parametrize("text, name", [
    ("The contract went to Ventisca Digital SRL last year.", "Ventisca Digital SRL"),
    ("Lochan Radio DAC filed the appeal.", "Lochan Radio DAC"),
    ("Harbourline Freight Unlimited Company was fined.", "Harbourline Freight Unlimited Company"),
])
def test_a_name_before_a_european_or_partnership_legal_form_is_one_company(names, text, name):
    found = names(text)
    assert name in found and found[name].type == "Company"
    assert not [m for m in found.values() if m.text != name and name.startswith(m.text)]  # not cut before the form


def test_a_state_attorney_generals_abbreviation_is_no_legal_form(names):
    assert names("Ohio AG Dana Crewe opened an inquiry.")["Ohio AG"].type == "Regulator"  # the state's office (english/placed), no company


def test_a_committee_with_its_remit_after_of_is_a_body_and_the_word_alone_is_none(names):
    found = names("The Committee of Delegates approved the plan before the Committee met again.")
    assert found["Committee of Delegates"].type == "Regulator" and found["Committee of Delegates"].mechanism == "english/body"
    assert "Committee" not in found


def test_a_known_bodys_name_and_a_version_apposed_to_a_model_word_is_the_model(names):
    found = names("The agency showed NIST V2, an open language model, at the fair.")
    assert found["NIST V2"].type == "AIModel" and "NIST" not in found
    assert names("NIST, an agency that tests language models, spoke first.")["NIST"].type == "Regulator"


@pytest.mark.parametrize("text, body, type_", [
    ("Volunteers at the Norland League for Open Courts wrote to the minister.", "Norland League for Open Courts", "Organization"),
    ("The Harbourside Civic Data Clearinghouse posted the filings.", "Harbourside Civic Data Clearinghouse", "Organization"),
    ("Last week the Coastal Courts Judiciary published a note for judges.", "Coastal Courts Judiciary", "Court"),
])
def test_a_league_a_clearinghouse_or_a_judiciary_named_so_is_that_body(names, text, body, type_):
    assert names(text)[body].type == type_


def test_a_nationality_before_a_ministry_is_its_place_not_its_name(names):
    found = names("Regulators fined the Greek Ministry of Coastal Affairs EUR 40,000 on Friday.")
    assert found["Ministry of Coastal Affairs"].type == "Regulator"  # the currency before the amount is no remit word
    assert found["Greek"].type == "Jurisdiction" and found["Greek"].kb_id == "gr"
    assert "Greek Ministry" not in found and "Ministry of Coastal Affairs EUR" not in found


def test_a_nationality_opening_a_leagues_name_stays_in_it_and_a_member_in_a_country_ends_the_remit(names):
    found = names("The Hellenic League for Open Data and Lumen Greece filed the complaint.")
    assert found["Hellenic League for Open Data"].type == "Organization"
    assert not [text for text in found if text.endswith("Lumen Greece") and text != "Lumen Greece"]


def test_a_law_numbered_within_its_year_and_a_code_named_after_an_article_are_laws(names):
    found = names("The fine was set under Law 5102/2021, and the board must draft a Children's Online Safety Code.")
    assert found["Law 5102/2021"].type == "Law"
    assert found["Children's Online Safety Code"].type == "Law"  # a plural's possessive is the title's word, no owner


def test_a_product_ending_in_code_without_an_article_is_no_law(names):
    found = names("Engineers still prefer Visual Studio Code for small scripts.")
    assert not [m for m in found.values() if m.type == "Law"]


def test_a_generational_suffix_belongs_to_the_persons_name(names):
    found = names("The novelist Harold Quence III and the poet Mara Lind sued the developer.")
    assert found["Harold Quence III"].type == "Person"
    assert "Harold Quence" not in found


def test_england_and_wales_is_one_jurisdiction(names):
    found = names("The guidance applies to judges in England and Wales from Monday.")
    assert found["England and Wales"].type == "Jurisdiction" and "England" not in found


# Long English names of bodies, publications and documents: each row a short invented sentence,
# the name the finders must read whole and its type (None: the span alone is asserted)
LONG_NAMES = [
    ("The Presidential Commission on the Future of Digital Trade met in Lusaka.",
     "Presidential Commission on the Future of Digital Trade", "Regulator"),
    ("The Senate Select Committee on Adopting Robotic Automation (SCARA) held hearings.",
     "Senate Select Committee on Adopting Robotic Automation", "Legislature"),
    ("The Northland Judicial Panel on Consolidated Litigation moved the suits to Boston.",
     "Northland Judicial Panel on Consolidated Litigation", "Court"),
    ("The Advisory Council on the Ethics of Automated Systems advised the minister.",
     "Advisory Council on the Ethics of Automated Systems", None),
    ("A Task Force on Synthetic Media and Elections reported to the governor on Friday.",
     "Task Force on Synthetic Media and Elections", None),
    ("The National Council for Research and Innovation (NCRI) funded the lab.",
     "National Council for Research and Innovation", None),
    ("The Joint Committee on Human Rights and Data Protection questioned the officials.",
     "Joint Committee on Human Rights and Data Protection", "Legislature"),
    ("The Inter-Agency Panel for the Review of Algorithmic Tools met twice.",
     "Inter-Agency Panel for the Review of Algorithmic Tools", None),
    ("The Royal Commission into Automated Debt Recovery found the scheme unlawful.",
     "Royal Commission into Automated Debt Recovery", "Regulator"),
    ("She filed the claim in the Dunmore County district court in March.",
     "Dunmore County district court", "Court"),
    ("The suit went to the Superior Court of Brandt County last year.",
     "Superior Court of Brandt County", "Court"),
    ("A judge of the Merrow County Circuit Court denied the motion.",
     "Merrow County Circuit Court", "Court"),
    ("Quillstone Media (Pty) Ltd publishes the weekly magazine.",
     "Quillstone Media (Pty) Ltd", "Company"),
    ("Veltrix Analytics Pte. Ltd. signed the agreement with the bank.",
     "Veltrix Analytics Pte. Ltd.", "Company"),
    ("Ondara Sistemas S.A. bought the start-up in June.",
     "Ondara Sistemas S.A.", "Company"),
    ("Kessler Robotik GmbH & Co. KG supplies the robotic arms.",
     "Kessler Robotik GmbH & Co. KG", "Company"),
    ("Marlow Finch LLP advised the buyers on the deal.", "Marlow Finch LLP", "Organization"),
    ("Branwell Holdings PLC reported higher profits this week.",
     "Branwell Holdings PLC", "Company"),
    ("THE HARBOUR LEDGER\nMarch 3, 2025\nA robotics maker raised new funds on Monday.",
     "THE HARBOUR LEDGER", "Company"),
    ("Researchers at the CALLOWAY LAW LIBRARY catalogued the filings.",
     "CALLOWAY LAW LIBRARY", "Organization"),
    ("THE MERIDIAN CENTRE FOR DIGITAL POLICY released a report on Tuesday.",
     "MERIDIAN CENTRE FOR DIGITAL POLICY", "Organization"),
    ("In re: Zentrix, Inc. Consumer Privacy Litigation was consolidated in May.",
     "In re: Zentrix, Inc. Consumer Privacy Litigation", "Case"),
    ("In re Lumora Antitrust Litigation is still pending.",
     "In re Lumora Antitrust Litigation", "Case"),
    ("The judge transferred In re: Corvane Data Breach Litigation to Denver.",
     "In re: Corvane Data Breach Litigation", "Case"),
    ("The authors sued Zentrix Inc. et al. in federal court.",
     "Zentrix Inc.", "Company"),
    ("The Department of Rural Affairs and Digital Services issued the rules.",
     "Department of Rural Affairs and Digital Services", "Regulator"),
    ("The Standing Committee on Finance and Public Accounts (SCOFPA) tabled a report.",
     "Standing Committee on Finance and Public Accounts", "Legislature"),
    ("The Senate\n\nSelect Committee on Adopting Quantum Computing (QC)\n\nInterim report",
     "Select Committee on Adopting Quantum Computing (QC)", "Legislature"),
    ("THE NVIDIA LEDGER\nMay 2, 2025\nA chipmaker opened a plant in Ohio on Friday.",
     "THE NVIDIA LEDGER", "Company"),
    ("The Committee on the Future of Work of the Assembly met on Monday.",
     "Committee on the Future of Work of the Assembly", None),
    ("Talks at the Brantley County superior court ended without a deal.",
     "Brantley County superior court", "Court"),
    ("The Standing Committee on Fisheries and Oceans of the House of Commons met.",
     "Standing Committee on Fisheries and Oceans", "Legislature"),
    ("ORVELLO NEWS AGENCY\nLima, May 3\nTwo broadcasters sued the portal.",
     "ORVELLO NEWS AGENCY", "Company"),
]


@pytest.mark.parametrize("text, name, type_", LONG_NAMES)
def test_a_long_english_name_is_read_whole(names, text, name, type_):
    found = names(text)
    assert name in found
    assert type_ is None or found[name].type == type_


# Capitalised furniture no name: cross-heads, section headings, numbered labels, a sentence's opening words
FURNITURE = [
    ("WHY IT MATTERS FOR BUYERS\nThe ruling binds the retailer.", "WHY IT MATTERS FOR BUYERS"),
    ("WHAT COMES NEXT\nThe court sets a date in June.", "WHAT COMES NEXT"),
    ("RECOMMENDATIONS\nThe committee asks for a licence regime.", "RECOMMENDATIONS"),
    ("KEY FINDINGS\nThe panel found gaps in the rules.", "KEY FINDINGS"),
    ("Recommendation 3 asks the regulator to publish its audits.", "Recommendation 3"),
    ("Schedule 2 lists the fees that apply.", "Schedule 2"),
    ("Part IV of the report covers enforcement.", "Part IV"),
    ("Chapter 7 sets out the committee's view.", "Chapter 7"),
    ("Commonwealth agencies must report their use of the tools.", "Commonwealth"),
    ("Growing Demand for chips lifted the shares.", "Growing Demand"),
    ("WHAT IT MEANS FOR LLC OWNERS\nThe rule takes effect in June.", "WHAT IT MEANS FOR LLC"),
    ("The Senate Select Committee on Adopting Robotic Automation (SCARA) held hearings.",
     "Senate Select Committee on Adopting Robotic Automation (SCARA)"),
    ("The Council of Europe's Committee of Ministers adopted the text.", "Council of Europe's Committee of Ministers"),
    ("The Commission on Monday fined the bank.", "Commission on Monday"),
    ("The Panel For Review Meets In Geneva Today", "Panel For Review Meets In Geneva Today"),
    ("* REGULATOR SAYS THE TOOL RAN ON SOFTWARE OWNED BY A THIRD PARTY", "THIRD PARTY"),
    ("Background\n\nPart 12 of the rules was first adopted in 2019.", "Background"),
]


@pytest.mark.parametrize("text, furniture", FURNITURE)
def test_capitalised_furniture_is_no_name(names, text, furniture):
    assert furniture not in names(text)


@pytest.mark.parametrize("text, name, type_", [
    ("The Kestrel Magistrate’s Court convicted the man on Monday.", "Kestrel Magistrate’s Court", "Court"),
    ("The case went back to the Harwick Magistrates’ Court in May.", "Harwick Magistrates’ Court", "Court"),
    ("The case went to the Children’s Court in Varden.", "Children’s Court", "Court"),
    ("The Privacy Commissioner’s Office fined the retailer.", "Privacy Commissioner’s Office", "Regulator"),
    ("In 2022 the Norland Information Commission’s Office fined the retailer.", "Norland Information Commission’s Office",
     "Regulator"),
    ("The suit was filed by the Writers’ Guild against Acme in May.", "Writers’ Guild", "Organization"),
    ("The Vermont Attorney General’s Office sued the retailer.", "Vermont Attorney General’s Office", "Regulator"),
    ("The Vermont Governor’s Office answered the letter.", "Vermont Governor’s Office", "Regulator"),
])
def test_an_offices_possessive_inside_a_courts_or_bodys_name_is_the_names(names, text, name, type_):
    assert names(text)[name].type == type_


@pytest.mark.parametrize("text, outside", [
    ("Acme’s Legal Department sent the letter to the court.", "Acme’s Legal Department"),
    ("Brightwater's Compliance Office answered the regulator.", "Brightwater's Compliance Office"),
    ("Norland’s Privacy Commissioner fined the retailer.", "Norland’s Privacy Commissioner"),
    ("The Commission's Digital Office will supervise the models.", "Commission's Digital Office"),
    ("Why Book Authors’ Copyright Court Win Matters", "Book Authors’ Copyright Court"),
])
def test_an_owners_possessive_before_a_body_stays_out_of_its_name(names, text, outside):
    assert outside not in names(text)


# Round 27's inventory of English bodies, people and places the name families missed or cut: invented
# bodies and people, real places; a row failing today is a strict xfail until a rule reads it.


ENGLISH_NAMES = [
    ("Harbor Falls Public Schools sued three app makers on Monday.", "Harbor Falls Public Schools", "Organization"),
    ("Tacoma Public Schools filed a suit against Acme Social.", "Tacoma Public Schools", "Organization"),
    ("Lindenwood Public Schools joined the suit last spring.", "Lindenwood Public Schools", "Organization"),
    ("The Oakridge Unified School District filed a complaint against Acme Social.", "Oakridge Unified School District", "Organization"),
    ("The Brookhaven Unified School District sued Acme.", "Brookhaven Unified School District", "Organization"),
    ("The Marlow County School District adopted the policy.", "Marlow County School District", "Organization"),
    ("The Brookvale County Sheriff's Office bought the scanning software in 2022.", "Brookvale County Sheriff's Office", "Regulator"),
    ("The Lake County Sheriff's Office used the software.", "Lake County Sheriff's Office", "Regulator"),
    ("A deputy with the Marlow Parish Sheriff's Office made the arrest.", "Marlow Parish Sheriff's Office", "Regulator"),
    ("The Calder Parish Sheriff's Office declined to comment.", "Calder Parish Sheriff's Office", "Regulator"),
    ("Deputies of the Orleans Parish Sheriff's Office arrested him.", "Orleans Parish Sheriff's Office", "Regulator"),
    ("The Redfield Police Department used the tool for two years.", "Redfield Police Department", "Regulator"),
    ("Officers from the Tulsa Police Department attended.", "Tulsa Police Department", "Regulator"),
    ("The Privacy Commissioner warned agencies about chatbots.", "Privacy Commissioner", "Regulator"),
    ("The Information Commissioner opened an inquiry into Acme Vision.", "Information Commissioner", "Regulator"),
    ("The Children's Commissioner called for a ban.", "Children's Commissioner", "Regulator"),
    ("The eSafety Commissioner fined the platform.", "eSafety Commissioner", "Regulator"),
    ("The guidance was posted on the Courts of Norway website.", "Courts of Norway", "Court"),
    ("The Courts of New Zealand published guidance for judges.", "Courts of New Zealand", "Court"),
    ("The ministry said the Ministry of Justice would publish the rules.", "Ministry of Justice", "Regulator"),
    ("Officials at the Ministry of Health reviewed the tool.", "Ministry of Health", "Regulator"),
    ("He works at the Alan Turing Institute in London.", "Alan Turing Institute", "Organization"),
    ("The report came from the Wexford Institute, a think tank.", "Wexford Institute", "Organization"),
    ("The High Court dismissed the claim.", "High Court", "Court"),
    ("The High Court in Wellington heard the case.", "High Court", "Court"),
    ("The Court of Appeal dismissed the appeal.", "Court of Appeal", "Court"),  # kg.mentions.recognised
    ("The Supreme Court of Norland heard the appeal.", "Supreme Court of Norland", "Court"),
    ("His mother Jane Roe sued the platform in May.", "Jane Roe", "Person"),
    ("Plaintiff John Dorsey filed the complaint in federal court.", "John Dorsey", "Person"),
    ("The lawsuit was brought by plaintiff Mara Quillen against Acme.", "Mara Quillen", "Person"),
    ("Her father, plaintiff Rowan Tillery, sued the company.", "Rowan Tillery", "Person"),
    ("Lead plaintiff Odessa Farnham sued Acme in March.", "Odessa Farnham", "Person"),
    ("The widow, Corliss Amberly, filed the suit against Acme.", "Corliss Amberly", "Person"),
    ("KŌRERO NZ\nNews › Business | Pakihi\n\nThe council met on Monday.", "KŌRERO NZ", "Company"),
    ("ÉIRE DAILY\n\nThe council met on Monday.", "ÉIRE DAILY", "Company"),
    ("Roe was arrested in DeKalb County, Georgia, last year.", "DeKalb County", "Jurisdiction"),
    ("She was arrested in McHenry County last week.", "McHenry County", "Jurisdiction"),
    ("He grew up in DuPage County, Illinois.", "DuPage County", "Jurisdiction"),
    ("The suspect lived in Marion County, Indiana.", "Marion County", "Jurisdiction"),
    ("The store is in St. Tammany Parish, Louisiana.", "St. Tammany Parish", "Jurisdiction"),  # a known parish (cities.tsv)
    ("The plant was built in Chester, Pennsylvania.", "Chester", "Jurisdiction"),
    ("The hearing took place in Springfield, Illinois.", "Springfield", "Jurisdiction"),
    ("They moved to Wellington in 2020.", "Wellington", "Jurisdiction"),
    ("The court sits in Wellington.", "Wellington", "Jurisdiction"),
    ("Harbor Falls School District sued Acme.", "Harbor Falls School District", "Organization"),
    ("The office is near Clyde, Ohio, on the river.", "Clyde", "Jurisdiction"),
    ("Officials at the Ministry of Justice reviewed the tool.", "Ministry of Justice", "Regulator"),
    ("Tavrenna Vantree sued Acme. The Vantrees say the feed harmed their son.", "Tavrenna Vantree", "Person"),
    # public bodies, boards, groups and utilities in running text: a body's kind before of and its remit, a place before
    # or after, a remit with and; groups named by what they oppose, unions, a utility named by its services, a list
    # joining an official
    ("The Medical Board of Nevada warned clinics on Tuesday.", "Medical Board of Nevada", "Regulator"),
    ("A complaint reached the Board of Pharmacy last week.", "Board of Pharmacy", "Regulator"),
    ("Officials at the Department of Motor Vehicles declined to comment.", "Department of Motor Vehicles", "Regulator"),
    ("The Division of Corporations rejected the filing.", "Division of Corporations", "Regulator"),
    ("A judge at the Office of Administrative Hearings heard the appeal.", "Office of Administrative Hearings", "Regulator"),
    ("The Bureau of Automotive Repair fined the shop.", "Bureau of Automotive Repair", "Regulator"),
    ("The Commission of Fine Arts reviewed the design.", "Commission of Fine Arts", "Regulator"),
    ("The Oregon Department of Revenue sent letters to filers.", "Oregon Department of Revenue", "Regulator"),
    ("The Idaho Board of Medicine met on Friday.", "Idaho Board of Medicine", "Regulator"),
    ("The Nevada Division of Insurance approved the rates.", "Nevada Division of Insurance", "Regulator"),
    ("The Ohio Bureau of Workers' Compensation paid the claims.", "Ohio Bureau of Workers' Compensation", "Regulator"),
    ("The Vermont Office of Professional Regulation licenses nurses.", "Vermont Office of Professional Regulation", "Regulator"),
    ("The Kansas Commission on Judicial Conduct opened a review.", "Kansas Commission on Judicial Conduct", "Regulator"),
    ("Nurses wrote to the Board of Vocational Nursing about the titles.", "Board of Vocational Nursing", "Regulator"),
    ("The rule was drafted by the Department of Industrial Relations.", "Department of Industrial Relations", "Regulator"),
    ("The Dental Board of California sent warnings.", "Dental Board of California", "Regulator"),
    ("Clinics must answer to the Medical Board of Oregon by June.", "Medical Board of Oregon", "Regulator"),
    ("The Board of Nursing of Arizona issued a notice.", "Board of Nursing of Arizona", "Regulator"),
    ("Both boards sit within the Department of Consumer Services.", "Department of Consumer Services", "Regulator"),
    ("The Washington Department of Fish and Wildlife closed the river.", "Washington Department of Fish and Wildlife", "Regulator"),
    ("The Colorado Department of Public Health and Environment fined the plant.", "Colorado Department of Public Health and Environment", "Regulator"),
    ("The Department of Labor and Industry audited the firm.", "Department of Labor and Industry", "Regulator"),
    ("The Utah Department of Commerce oversees the agency.", "Utah Department of Commerce", "Regulator"),
    ("The Maine Bureau of Insurance said the plan complied.", "Maine Bureau of Insurance", "Regulator"),
    ("A letter from the Texas Department of Licensing and Regulation arrived.", "Texas Department of Licensing and Regulation", "Regulator"),
    ("The Center for Digital Rights criticised the bill.", "Center for Digital Rights", "Organization"),
    ("The Coalition for Responsible Data opposed the rule.", "Coalition for Responsible Data", "Organization"),
    ("The Alliance for Safe Streets backed the ordinance.", "Alliance for Safe Streets", "Organization"),
    ("National Nurses United opposed the hospital's plan.", "National Nurses United", "Organization"),
    ("National Teachers United called a strike.", "National Teachers United", "Organization"),
    ("The Communications Workers of America backed the bill.", "Communications Workers of America", "Organization"),
    ("The Service Employees International Union endorsed the measure.", "Service Employees International Union", "Organization"),
    ("The Coalition of Rural Clinics wrote to lawmakers.", "Coalition of Rural Clinics", "Organization"),
    ("Governor Tom Ashby signed the bill on Monday.", "Governor", "Regulator"),  # the bare office acting (gold audit 35dc32c8)
    ("Governor Tom Ashby signed the bill on Monday.", "Tom Ashby", "Person"),
    ("Attorney General Jane Roe filed the complaint.", "Attorney General", "Regulator"),  # the bare office acting (gold audit 35dc32c8)
    ("Attorney General Jane Roe filed the complaint.", "Jane Roe", "Person"),
    ("Secretary of State Ann Lee certified the results.", "Secretary of State", "Regulator"),
    ("Secretary of State Ann Lee certified the results.", "Ann Lee", "Person"),
    ("The Oregon Division of Financial Regulation, part of the Oregon Department of Banking, and Attorney General Jane Roe filed the suit.", "Oregon Division of Financial Regulation", "Regulator"),
    ("The Oregon Division of Financial Regulation, part of the Oregon Department of Banking, and Attorney General Jane Roe filed the suit.", "Oregon Department of Banking", "Regulator"),
    ("The Oregon Division of Financial Regulation, part of the Oregon Department of Banking, and Attorney General Jane Roe filed the suit.", "Attorney General", "Regulator"),  # the bare office acting (gold audit 35dc32c8)
    ("The Oregon Division of Financial Regulation, part of the Oregon Department of Banking, and Attorney General Jane Roe filed the suit.", "Jane Roe", "Person"),
    ("The plant sits in the former Electrolux factory.", "Electrolux", "Company"),
    pytest.param("Epic built the charting tool for the hospital.", "Epic", "Company",
                 marks=gap("a one-word company that only its verb marks")),
    ("Kaiser Permanente trained its nurses on the tool.", "Kaiser Permanente", "Organization"),
    ("The Tennessee Valley Authority sells power to the city.", "Tennessee Valley Authority", "Company"),
    ("The round was led by IVP, with Sequoia joining.", "IVP", "Company"),
    ("Complaints go to the Board of Vocational Nursing, within the Department of Industrial Relations. Because it licenses nurses, it acts.", "Department of Industrial Relations", "Regulator"),
    ("The Medical Board of Ohio's letter went out.", "Medical Board of Ohio", "Regulator"),
    ("The decision by the Public Service Commission of Wisconsin stands.", "Public Service Commission of Wisconsin", "Regulator"),
    ("The Division of Consumer Services, part of the Department of Trade, and Attorney General Jane Roe filed the suit.", "Division of Consumer Services", "Regulator"),
    ("The Division of Insurance, the Board of Pharmacy and Governor Tom Ashby agreed.", "Board of Pharmacy", "Regulator"),
    ("Nurses United for Patient Safety rallied.", "Nurses United for Patient Safety", "Organization"),
    pytest.param("Zentrix's chatbot drew complaints from parents.", "Zentrix", "Company",
                 marks=gap("a one-word company that only its possessive marks")),
    ("The suit cites the Code of Civil Procedure.", "Code of Civil Procedure", "Law"),  # a law's title with of: no body
    pytest.param("The Act Against Cyber Harassment took effect.", "Act Against Cyber Harassment", "Law",
                 marks=gap("a law's title opened by its kind before Against: no family reads it")),
]


@pytest.mark.parametrize("sentence, name, type_", ENGLISH_NAMES)
def test_inventory_english_bodies_people_and_places_are_read_whole(names, sentence, name, type_):
    found = names(sentence)
    assert name in found and found[name].type == type_


ENGLISH_TRAPS = [
    ("RELATED AUTHORITY\n\nThe court relied on two rulings.", "RELATED AUTHORITY"),
    ("RELATED AUTHORITY\n\nThe court relied on two rulings.", "AUTHORITY"),
    ("SOCIAL MEDIA\n\nThe court relied on two rulings.", "SOCIAL MEDIA"),
    ("Social Media Addiction Lawsuits Mount", "Social Media"),
    pytest.param("The Social Media Lab at Acme published the study.", "The Social Media",
                 marks=gap("an article before a field word keeps the suffix family's description")),
    ("MORE COVERAGE\n\nThe court relied on two rulings.", "MORE COVERAGE"),
    ("The High Court's ruling was welcomed by the agency.", "The High Court"),
    ("The High Court dismissed the claim.", "The High Court"),
    ("The Information Commissioner opened an inquiry into Acme Vision.", "The Information"),
    ("Tacoma Public Schools filed a suit against Acme Social.", "Tacoma"),
    ("A deputy with the Marlow Parish Sheriff's Office made the arrest.", "Marlow Parish"),
    ("The Courts of New Zealand published guidance for judges.", "New Zealand Courts"),
    ("Officials at the Ministry of Health reviewed the tool.", "the Ministry of Health"),
    ("He works at the Alan Turing Institute in London.", "the Alan Turing Institute"),
    ("The court cited Commissioner Jane Roe in its ruling.", "Commissioner Jane Roe"),
    ("FTC Commissioner Jane Roe dissented from the order.", "FTC Commissioner"),
    # a sentence's opening word, a body's kind alone, a place before its residents, three companies, a company's organ
    ("Officials said the plan would move ahead.", "Officials"),
    ("The Department said it would appeal.", "Department"),
    ("The Board said it would review the matter.", "Board"),
    ("Memphis residents packed the hearing.", "Memphis residents"),
    ("Google, Amazon and Meta signed the pledge.", "Google, Amazon and Meta"),
    ("Google, Amazon and Meta signed the pledge.", "Amazon and Meta"),
    ("State Board Of Nursing Warns Clinics About Titles", "State Board Of Nursing Warns Clinics About Titles"),
    ("Board members voted on Tuesday.", "Board"),
    ("The board of directors approved the deal.", "board of directors"),
    ("Light, gas and water bills rose in May.", "Light"),
    ("For years the Board of Pharmacy ignored the issue.", "For years the Board of Pharmacy"),
    ("Utah Department of Commerce officials said nothing.", "Utah Department of Commerce officials"),
    ("The Department of Revenue and the Department of Labor met.", "Department of Revenue and the Department of Labor"),
    ("Attorney General Jane Roe filed the complaint.", "Attorney General Jane Roe"),
    ("The Division of Insurance, the Board of Pharmacy and Governor Tom Ashby agreed.", "Board of Pharmacy and Governor Tom Ashby"),
    ("Epic battles were fought over the rule.", "Epic"),
    ("Residents of Memphis spoke at the meeting.", "Residents of Memphis"),
    ("The Board of Directors approved the merger on Friday.", "Board of Directors"),
    ("Acme, Globex and Initech signed the pledge.", "Acme, Globex and Initech"),
    ("The Medical Board of Ohio's letter went out.", "Medical Board of Ohio's"),
]


@pytest.mark.parametrize("sentence, name", ENGLISH_TRAPS)
def test_inventory_headings_articles_and_short_cuts_are_no_names(names, sentence, name):
    assert name not in names(sentence)


def test_a_body_opened_by_its_kind_before_a_verb_and_a_tool_is_no_model(names):
    found = names("Officials at the Ministry of Health reviewed the tool.")
    assert found["Ministry of Health"].type == "Regulator"


def test_a_given_name_with_a_state_after_a_comma_is_a_person_in_a_list_but_a_town_after_in(names):
    listed = names("The deal was led by Daniel Levy, Israel Kohn and two others.")
    assert listed["Daniel Levy"].type == "Person"
    placed = names("The plant was built in Chester, Pennsylvania.")
    assert placed["Chester"].type == "Jurisdiction" and placed["Chester"].mechanism == "english/city"


def test_a_parish_before_a_sheriffs_office_is_the_offices_place(pipeline):
    doc = pipeline.nlp("A deputy with the Calder Parish Sheriff's Office made the arrest.")
    assert [m.mechanism for m in doc.user_data["mentions"] if m.text == "Calder Parish Sheriff's Office"] == ["english/county"]
    assert any(m.text == "Calder Parish" and m.type == "Jurisdiction" for m in doc.user_data["candidates"])


def test_a_masthead_over_a_breadcrumb_with_a_translated_section_is_the_outlet(names):
    found = names("KŌRERO NZ\nNews › Business | Pakihi\n\nThe council met on Monday.")
    assert found["KŌRERO NZ"].mechanism == "english/outlet"


# Inventory (round 27): English titles opened by Guidelines, Guidance or a Code of Practice, and an act with its year.
@pytest.mark.parametrize("text, name", [
    ("The regulator issued Guidance on Automated Decision-Making in Lending last week.", "Guidance on Automated Decision-Making in Lending"),
    ("The ministry released a Code of Practice for the Security of Consumer Robots.", "Code of Practice for the Security of Consumer Robots"),
    ("The agency adopted Guidelines on Trustworthy Use of Biometric Data.", "Guidelines on Trustworthy Use of Biometric Data"),
    ("The commissioner published the Code of Practice on Biometric Surveillance in June.", "Code of Practice on Biometric Surveillance"),
    ("The board approved Guidelines for the Responsible Use of AI in Healthcare.", "Guidelines for the Responsible Use of AI in Healthcare"),
    ("The department issued Guidance for Schools on Generative AI.", "Guidance for Schools on Generative AI"),
    ("The authority updated its Guidelines on Automated Individual Decision-Making.", "Guidelines on Automated Individual Decision-Making"),
    ("Lawmakers enacted the Artificial Intelligence Basic Act 2024.", "Artificial Intelligence Basic Act 2024"),
    ("Under the Copyright, Designs and Patents Act 1988, such works have an author.", "Copyright, Designs and Patents Act 1988"),
    ("The firm was certified against ISO/IEC 42001 this year.", "ISO/IEC 42001"),
])
def test_a_guideline_guidance_or_code_titled_by_its_remit_is_a_law(names, text, name):
    assert names(text)[name].type == "Law"


@gap("'by' inside a title's remit and a known act's year after it are not read yet")
@pytest.mark.parametrize("text, name", [
    ("The court service published the Guidelines for Use of Artificial Intelligence by Judicial Officers on Monday.",
     "Guidelines for Use of Artificial Intelligence by Judicial Officers"),
    ("Parliament passed the Online Harms Act 2023 in May.", "Online Harms Act 2023"),
])
def test_a_title_with_by_or_a_known_act_with_its_year_is_read_whole(names, text, name):
    assert names(text)[name].type == "Law"


@pytest.mark.parametrize("text", ["Officials said the guidance would be revised.", "The agency proposed new rules for chatbots.",
                                  "The guidelines for judges take effect in March.", "Guidelines for Staff were posted."])
def test_lower_case_guidance_or_a_one_word_remit_is_no_law(names, text):
    assert not [m for m in names(text).values() if m.type == "Law"]


def test_a_title_ends_before_an_abbreviated_date(names):
    found = names("The regulator consulted on Guidelines on Model Risk Controls on Oct 2 and closed it in May.")
    assert "Guidelines on Model Risk Controls" in found and "Guidelines on Model Risk Controls on Oct" not in found


def test_an_english_gloss_of_a_chinese_title_is_no_title_of_its_own(names):
    found = names("该机构发布《数据标注安全指南》（Guidelines on Data Labelling Security for Model Developers）。")
    assert "Guidelines on Data Labelling Security for Model Developers" not in found


# An inventory of English names the finders should read (round 28): titled persons, persons in header blocks and
# contact lines, parties named by a nationality word, bodies named after a place, firms named once, places joined
# by "and", policy titles in sentence case, reports and rules; rows marked NAME_NOT_READ fail today.


@pytest.mark.parametrize("text, name, kind", [
    ('Dr Helena Varga told the inquiry the figures were wrong.', 'Helena Varga', 'Person'),
    ('The review was led by Dr. Tobias Lind of the agency.', 'Tobias Lind', 'Person'),
    ('Prof Amara Okafor said the model had been tested.', 'Amara Okafor', 'Person'),
    ('The paper was written by Professor Ingrid Solheim last year.', 'Ingrid Solheim', 'Person'),
    ('Sen. Marcus Delaney introduced the measure on Tuesday.', 'Marcus Delaney', 'Person'),
    ('Rep. Laura Kincaid voted against the amendment.', 'Laura Kincaid', 'Person'),
    ('Justice Miriam Achterberg dismissed the appeal.', 'Miriam Achterberg', 'Person'),
    ('Judge Peter Holloway set a trial date for March.', 'Peter Holloway', 'Person'),
    ('Commissioner Naomi Feldt announced the inquiry.', 'Naomi Feldt', 'Person'),
    ('Senator Ruth Abernathy questioned the witnesses.', 'Ruth Abernathy', 'Person'),
    ('Mr Gareth Pryce declined to comment.', 'Gareth Pryce', 'Person'),
    ('Ms Yvonne Castell chaired the hearing.', 'Yvonne Castell', 'Person'),
    ('The rules are too vague, said Oliver Brandt, an analyst at a consultancy.', 'Oliver Brandt', 'Person'),
    ('“We welcome the decision,” said Fiona Mackay, who runs a small bakery.', 'Fiona Mackay', 'Person'),
    ('The ruling changes little, according to Samuel Okonjo, a lawyer in Leeds.', 'Samuel Okonjo', 'Person'),
    ('Analyst Priscilla Hahn said the market would adjust.', 'Priscilla Hahn', 'Person'),
    ('WITNESSES: Henrietta Blum, Caspar Wendt and Lucia Ferraro.\nThe committee met at ten.', 'Henrietta Blum', 'Person'),
    ('WITNESSES: Henrietta Blum, Caspar Wendt and Lucia Ferraro.\nThe committee met at ten.', 'Lucia Ferraro', 'Person'),
    ('The office will reply within a week.\nContact: Rowena Tillman, press office', 'Rowena Tillman', 'Person'),
    ('Media contact: Desmond Okafor\nThe agency publishes its report monthly.', 'Desmond Okafor', 'Person'),
    ('The Australian Greens opposed the bill in the Senate.', 'Australian Greens', 'Organization'),
    ('The Scottish Greens called for a ban on the cameras.', 'Scottish Greens', 'Organization'),
    ('A senator from the Australian Greens asked for the report.', 'Australian Greens', 'Organization'),
    ('The Welsh Liberal Democrats backed the motion.', 'Welsh Liberal Democrats', 'Organization'),
    ('Researchers at Boston University built the dataset.', 'Boston University', 'Organization'),
    ('A study from Leeds University found the tool biased.', 'Leeds University', 'Organization'),
    ('Clinicians at Oslo University Hospital tested the scanner.', 'Oslo University Hospital', 'Organization'),
    ('The trial ran at Riverton General Hospital for six months.', 'Riverton General Hospital', 'Organization'),
    ('A team at Toronto Metropolitan University published the code.', 'Toronto Metropolitan University', 'Organization'),
    ('The regulator took action against Harwick Leisure over the cameras.', 'Harwick Leisure', 'Company'),
    pytest.param('Several retailers, including Pellmore and Drayfield Outfitters, used the tool.', 'Drayfield Outfitters', 'Company', marks=NAME_NOT_READ),
    pytest.param('Suppliers such as Quorra Distribution received warning letters.', 'Quorra Distribution', 'Company', marks=NAME_NOT_READ),
    pytest.param('The brand also runs a sister site, Velmora, aimed at teenagers.', 'Velmora', 'Company', marks=NAME_NOT_READ),
    pytest.param('The scheme was run by Brightlane Ecommerce, which sold coaching.', 'Brightlane Ecommerce', 'Company', marks=NAME_NOT_READ),
    ('The gym chain is owned by Castellan Holdings, a private group.', 'Castellan Holdings', 'Company'),
    pytest.param('The complaint named Torvik Logistics as a defendant.', 'Torvik Logistics', 'Company', marks=NAME_NOT_READ),
    ('The artists sued Lumora Apparel in federal court.', 'Lumora Apparel', 'Company'),
    ('Sellers on Amazon Marketplace were told to label the images.', 'Amazon', 'Company'),
    pytest.param('The rule applies in England and Wales but not in Scotland.', 'England', 'Jurisdiction', marks=NAME_NOT_READ),
    pytest.param('The rule applies in England and Wales but not in Scotland.', 'Wales', 'Jurisdiction', marks=NAME_NOT_READ),
    ('Observers from Bosnia and Herzegovina attended the summit.', 'Bosnia and Herzegovina', 'Jurisdiction'),
    ('Trinidad and Tobago adopted a data protection law.', 'Trinidad and Tobago', 'Jurisdiction'),
    pytest.param('The agency published its guidance, Safe use of chatbots in public services, in May.', 'Safe use of chatbots in public services', 'Law', marks=NAME_NOT_READ),
    pytest.param('Under the policy, Policy for the fair use of automated decisions in councils, agencies must keep records.', 'Policy for the fair use of automated decisions in councils', 'Law', marks=NAME_NOT_READ),
    pytest.param('The department published Guidance on facial recognition in retail settings last year.', 'Guidance on facial recognition in retail settings', 'Law', marks=NAME_NOT_READ),
    ('Its guidance “Use of biometric data in workplaces” sets out the steps.', 'Use of biometric data in workplaces', 'Law'),
    pytest.param("Schools must follow the Protection of pupils' data in learning apps guidance.", "Protection of pupils' data in learning apps", 'Law', marks=NAME_NOT_READ),
    ('The Report of the Royal Commission into the Harbour Tunnel Collapse was tabled.', 'Report of the Royal Commission into the Harbour Tunnel Collapse', 'Law'),
    pytest.param('The ministry commissioned the Automated Payments Integrity Review in 2023.', 'Automated Payments Integrity Review', 'Law', marks=NAME_NOT_READ),
    ('The Federal Trade Commission enforces the Business Opportunity Rule against such schemes.', 'Business Opportunity Rule', 'Law'),
    ('The firm breached the Franchise Disclosure Rule, the agency said.', 'Franchise Disclosure Rule', 'Law'),
    pytest.param('Auditors completed the Targeted Benefits Framework Assurance Review in June.', 'Targeted Benefits Framework Assurance Review', 'Law', marks=NAME_NOT_READ),
    ('The commission enforces the Telemarketing Sales Rule.', 'Telemarketing Sales Rule', 'Law'),
    pytest.param('Marisol Vale said the mine would reopen.', 'Marisol Vale', 'Person', marks=NAME_NOT_READ),
    ('Harriet Shell told the committee she had resigned.', 'Harriet Shell', 'Person'),
])
def test_inventory_names_are_found_with_their_type(names, text, name, kind):
    found = names(text)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("text, name, kind", [
    ('The Subcommittee Chair thanked the witnesses.', 'Subcommittee Chair', None),
    ('The Chief Executive Officer resigned on Friday.', 'Chief Executive Officer', None),
    ('She is Professor Emeritus at the college.', 'Professor Emeritus', None),
    pytest.param('Principles for Regulation\nThe agency set out five points.', 'Principles for Regulation', None, marks=NAME_NOT_READ),
    ('Background\nThe company was founded in 2019.', 'Background', None),
    ('Key Findings\nMost firms used the tool without checks.', 'Key Findings', None),
    ('Yesterday the board met to discuss the plan.', 'Yesterday', None),
    ('Several firms were warned. Meanwhile the agency opened a consultation.', 'Meanwhile', None),
    ('Australian officials said the review was complete.', 'Australian', 'Organization'),
    ('Scottish councils must publish a notice.', 'Scottish', 'Organization'),
    ('The French were slow to respond.', 'French', 'Organization'),
    ('The Commonwealth paid the fee back, the minister said.', 'Commonwealth', 'Law'),
    ('Sellers on Amazon Marketplace were told to label the images.', 'Marketplace', None),
    ('Deloitte Australia refunded part of the fee.', 'Deloitte Australia Refunded', None),
    ('The Managing Director spoke at the launch.', 'Managing Director', None),
    ('The Deputy Chair asked about the costs.', 'Deputy Chair', None),
    pytest.param('Marisol Vale said the mine would reopen.', 'Vale', None, marks=NAME_NOT_READ),
    ('Harriet Shell told the committee she had resigned.', 'Shell', None),
])
def test_inventory_traps_are_no_names_of_that_kind(names, text, name, kind):
    found = names(text)
    assert name not in found or kind is not None and found[name].type != kind



@pytest.mark.parametrize("text, name, cut", [
    ("原告起诉零售商Brightwell Labs。", "Brightwell Labs", "零售商Brightwell Labs"),
    ("被告包括Halden Clinics和Norvale Medical Group。", "Norvale Medical Group", "Clinics和Norvale Medical Group"),
])
def test_an_english_name_ends_where_chinese_text_stands(names, text, name, cut):
    found = names(text)
    assert name in found and cut not in found


# -- accuser_kind (accused31): the unknown name right after the kind of body that publishes accusations
@pytest.mark.parametrize("text, name, type_", [
    ("Shares fell after short seller Harrow Peak Research published its report on Tuesday.", "Harrow Peak Research", "Company"),
    ("Short seller Quillon Capital said it had taken a position.", "Quillon Capital", "Company"),
    ("The research firm Tamsin Analytics published a note on the lender.", "Tamsin Analytics", "Company"),
    ("The privacy group Fair Screen filed a complaint on Monday.", "Fair Screen", "Organization"),
    ("The consumer group Safe Shoppers wrote to the regulator.", "Safe Shoppers", "Organization"),
])
def test_a_name_after_an_accusers_kind_is_typed_by_it(names, text, name, type_):
    found = names(text)
    assert name in found and found[name].type == type_


@pytest.mark.parametrize("text, word", [
    ("The research firm In March published a note.", "In March"),  # a sentence word, no name
    ("A short seller said the company's shares were overvalued.", "The"),
])
def test_an_accusers_kind_before_no_capitalised_name_makes_none(names, text, word):
    assert word not in names(text)


# persons after a founder's or a partner's role or described as a successor; a body's last word after such a role (round 31)


def _persons(found: dict) -> set[str]:
    return {text for text, mention in found.items() if mention.type == "Person"}

@pytest.mark.parametrize("text, name", [
    ("Founder Aravind Kessler stepped down as chief executive in March.", "Aravind Kessler"),
    ("The round was joined by Northway, the firm run by former Lumen Ventures partner Tobin Marsh.", "Tobin Marsh"),
    ("His successor, Priya Ranganathan, ordered a review of the accounts.", "Priya Ranganathan"),
    ("Co-founder Dario Venn said the model would ship in May.", "Dario Venn"),
])
def test_an_english_person_after_a_founder_or_partner_role(names, text, name):
    assert names(text)[name].type == "Person"


@pytest.mark.parametrize("text", [
    "Its partner Global Ventures Fund invested in the company.",
    "The firm's founder Harbor Research Group declined to comment.",
    "Partner Firms Join Coalition",
])
def test_a_body_after_a_role_or_a_headline_is_no_person(names, text):
    assert not _persons(names(text))


@pytest.mark.parametrize("text, name", [
    ("The mother alleges that her 14-year-old son Rowan Tessaly III fell victim to a chatbot.", "Rowan Tessaly III"),
    ("Responding to the comments, MEP Ivaro Lindqvest, co-rapporteur for the act, said the text was weak.", "Ivaro Lindqvest"),
    ("The widow Marta Quellin sued the company in March.", "Marta Quellin"),
])
def test_a_kinship_word_or_a_members_title_before_a_name_makes_a_person(names, text, name):
    assert names(text)[name].type == "Person"


def test_both_chambers_named_together_are_two_legislatures(names):
    found = names("The bill received strong bipartisan support in both the House and Senate.")
    assert found["House"].type == "Legislature" and found["Senate"].type == "Legislature"
    assert "House and Senate" not in found


def test_a_chamber_before_a_bills_number_is_no_pair_of_chambers(names):
    found = names("The governor signed House Bill 150 into law after the Senate passed it.")
    assert "House" not in found and found["House Bill 150"].type == "Law"


def test_a_known_models_name_and_ai_before_a_model_word_is_the_known_model(names):
    found = names("The question is whether the firm's Llama AI models harm the market.")
    assert found["Llama"].type == "AIModel" and "Llama AI" not in found


def test_an_unknown_name_and_ai_before_a_model_word_is_still_a_model(names):
    assert names("The startup trained its Quillet AI models on licensed data.")["Quillet AI"].type == "AIModel"


@pytest.mark.parametrize("text, firm", [
    ("Jane Roe and Mark Poe of Harlow Finch Quill & Benton PC represent the paper.", "Harlow Finch Quill & Benton PC"),
    ("The labels were represented by Tom Lee of Cowlan Liebert & Latt PC in the case.", "Cowlan Liebert & Latt PC"),
    ("Jane Roe, a partner at Brindle Sparrow LLP, wrote the alert.", "Brindle Sparrow LLP"),
    ("The Harlow Finch LLP team filed the brief.", "Harlow Finch LLP"),
])
def test_partners_without_commas_before_a_professional_form_are_one_firm(names, text, firm):
    found = names(text)
    assert found[firm].type == "Organization" and found[firm].mechanism == "english/firm"
    assert not [name for name in found if name.startswith("The ")]


def test_a_form_never_written_with_a_stop_leaves_the_sentences_stop_out(names):
    found = names("The labels hired a team from Latham & Watkins LLP. The judge agreed.")
    assert "Latham & Watkins LLP" in found and "Latham & Watkins LLP." not in found


def test_a_known_companys_name_ends_before_the_next_sentences_first_word(names):
    found = names("The suit names Corvane and Google parent Alphabet Inc. All of the defendants sought dismissal.")
    assert "Alphabet Inc." in found and not [name for name in found if name.endswith("All")]


@pytest.mark.parametrize("text, body", [
    ("Other regulators fined Corvane: the UK ICO issued a fine of £7.5 million in 2022.", "UK ICO"),
    ("The tribunal ruled in favour of the UK Information Commissioner’s Office on Tuesday.",
     "UK Information Commissioner’s Office"),
])
def test_a_country_right_before_its_own_known_body_is_part_of_the_bodys_name(names, text, body):
    found = names(text)
    assert found[body].type == "Regulator" and found[body].kb_id == "uk-ico"
    assert "UK" not in found


def test_a_country_before_another_countrys_body_stays_a_place(names):
    found = names("Corvane told the US ICO staff nothing, and the French CNIL fined it.")
    assert "US ICO" not in found


@pytest.mark.parametrize("text, caption", [
    ("The studios sued in the Central District of California. Harlow Studios, Inc., et al. v. Corvane, Inc.; "
     "C.D. Cal. Case No. 2:25-cv-01234.",
     "Harlow Studios, Inc., et al. v. Corvane, Inc."),
    ("The court ruled in The Daily Ledger Company v. Corvane Corporation et al. on Monday.",
     "The Daily Ledger Company v. Corvane Corporation et al."),
    ("The judge ruled on Ledger News, LP et al. v. Corvane Corporation et al. last week.",
     "Ledger News, LP et al. v. Corvane Corporation et al."),
    ("AI WASHING\nIn Re: Brindle (USA) Inc.\nDate: March 18, 2024", "In Re: Brindle (USA) Inc."),
])
def test_a_captions_legal_forms_and_et_al_are_part_of_it(names, text, caption):
    assert names(text)[caption].type == "Case"


@pytest.mark.parametrize("text, caption", [
    ("Giving judgment in R (Varga) v Kestrel District Council last week, the court warned lawyers.",
     "R (Varga) v Kestrel District Council"),
    ("The ruling in R (on the application of Varga) v Kestrel District Council was read out.",
     "R (on the application of Varga) v Kestrel District Council"),
    ("Lawyers involved in Varga, R v The London Borough of Kestrel were criticised.",
     "Varga, R v The London Borough of Kestrel"),
    ("Lessons come from Varga, R (On the Application Of) v The London Borough of Kestrel [2025] EWHC 1 (Admin).",
     "Varga, R (On the Application Of) v The London Borough of Kestrel"),
])
def test_a_judicial_reviews_caption_holds_the_crowns_side_and_its_claimant(names, text, caption):
    assert names(text)[caption].type == "Case"


@pytest.mark.parametrize("text, person", [
    ("The bill now awaits Gov. Jared Polis’ signature.", "Jared Polis"),
    ("The bill awaits Governor Mara Quints' signature after the vote.", "Mara Quints"),
])
def test_a_plural_possessives_mark_is_no_part_of_a_persons_name(names, text, person):
    found = names(text)
    assert found[person].type == "Person" and not [name for name in found if name.endswith(("’", "'"))]


@pytest.mark.parametrize("text, body, type_, kb_id", [
    ("The Colorado state legislature approved the delay on Tuesday.", "Colorado state legislature", "Legislature",
     "us-co-legislature"),
    ("During the Colorado legislature’s special session the deal fell short.", "Colorado legislature", "Legislature",
     "us-co-legislature"),
    ("The Texas attorney-general opened an inquiry into the app.", "Texas attorney-general", "Regulator", "us-tx-ag"),
])
def test_a_known_place_and_a_bodys_words_in_lower_case_are_its_known_body(names, text, body, type_, kb_id):
    found = names(text)
    assert (found[body].type, found[body].kb_id) == (type_, kb_id)


def test_an_unknown_place_before_a_bodys_words_in_lower_case_names_no_body(names):
    assert not [name for name in names("The Narnia legislature met in the spring.") if "legislature" in name]


def test_a_countrys_adjective_and_ai_before_a_model_word_name_no_model(names):
    found = names("The state of Ruritania has banned the Chinese AI assistant on government devices.")
    assert "Chinese AI" not in found


@pytest.mark.parametrize("text", [
    "Roe sued Corvane Labs Inc., the maker of Zentra; its co-founders Mark Halden and Pedro de Souza Almeida; "
    "and Orvex, where both had worked.",
    "The company's founders Mark Halden and Pedro de Souza Almeida left in 2021.",
    "Its cofounders Mark Halden and Pedro de Souza Almeida left the board.",
])
def test_founders_named_in_a_pair_are_persons_a_long_name_with_a_particle_whole(names, text):
    found = names(text)
    assert found["Pedro de Souza Almeida"].type == "Person"  # not cut after the particle's word
    assert found["Mark Halden"].type == "Person"
    assert "Pedro de Souza" not in found


@pytest.mark.parametrize("text, product", [
    ("The broadcasters sued Lumora over its AI models, Quill and Quill X.\nThe suit is the first.", "Quill X"),
    ("The firm released two assistants, Zorbi and Zorbi Q.", "Zorbi Q"),
    ("Regulators examined its chatbots, Nimbus and Nimbus V.\n", "Nimbus V"),
])
def test_the_full_stop_ending_a_line_after_the_last_listed_product_is_no_initial(names, text, product):
    """…HyperCLOVA and HyperCLOVA X.: the line's full stop, though X. reads like a person's initial."""
    found = names(text)
    assert product in found and product + "." not in found

# a capitalised role and a family name alone (round 37)
@pytest.mark.parametrize("text, person", [
    ("Gov. Harkwell addressed the moratorium on Friday.", "Harkwell"),
    ("The citations came from his own client, Mr Al-Rashid, who had drafted them.", "Al-Rashid"),
    ("Judge Okafor's order denied the motion to dismiss.", "Okafor"),
    ("Senator Whitcombe, who wrote the bill, said it would pass.", "Whitcombe"),
    ("Ms Delacroix-Hale told the tribunal she had not read the cases.", "Delacroix-Hale"),
    ("Mrs Okonjo said the order was wrong.", "Okonjo"),
])
def test_a_capitalised_role_before_a_family_name_alone_names_a_person(names, text, person):
    found = names(text)
    assert found[person].type == "Person"
    assert not [name for name in found if name != person and person in name]


def test_a_family_name_alone_after_a_role_stands_for_the_person_named_in_full(names):
    found = names("Judge Miriam T. Okafor wrote the order. Judge Okafor said the company had not shown it.")
    assert found["Okafor"].canonical == "Miriam T. Okafor"


@pytest.mark.parametrize("text", [
    "The Justice Department said it would appeal.",
    "The Secretary General warned on Tuesday.",
    "Judge Rules Against Chatbot Maker In Free Speech Case",
    "Judge Harlow and the judge's clerk read the order.",
])
def test_a_role_before_a_word_or_a_capitalised_run_names_no_family_name_alone(names, text):
    assert "Harlow" not in names(text) or "judge" in text
    assert not {"Department", "General", "Rules"} & set(names(text))


def test_a_court_city_before_federal_court_is_that_district_court(names):
    found = names("Harlow Press sued Quillmark in Manhattan federal court on Monday.")
    assert found["Manhattan federal court"].type == "Court" and found["Manhattan federal court"].kb_id == "us-sdny"


@pytest.mark.parametrize("text, name, kb_id", [
    ("Harlow Press sued Quillmark in Wyoming federal court on Monday.", "Wyoming federal court", "us-dwyo"),
    ("Orvane sued Quillmark in New York Federal court.", "New York Federal court", None),
    ("Orvane sued Quillmark in California federal court.", "California federal court", None),  # four districts: its own node
    ("Orvane sued Quillmark in an Illinois federal court last week.", "Illinois federal court", None),
    ("Orvane sued Quillmark in federal court in Delaware on Friday.", "federal court in Delaware", "us-ddel"),
    ("Orvane filed the suit in a federal court in Texas.", "federal court in Texas", None),
])
def test_a_state_before_or_after_federal_court_names_that_court_as_written(names, text, name, kb_id):
    """Round 58's convention of the real gold: a state's federal court is a Court named as written
    (no article), the knowledge base's court where the state has one district; the state stays a place."""
    found = names(text)
    assert found[name].type == "Court" and found[name].kb_id == kb_id, found
    state = name.replace("federal court", "").replace("Federal court", "").replace(" in ", "").strip()
    assert not any(m.type == "Court" and m.text == state for m in found.values())


@pytest.mark.parametrize("text", [
    "A federal judge in California dismissed the suit against Quillmark.",  # a person's description
    "Orvane sued Quillmark in federal court on Friday.",  # no place: no court's name
])
def test_a_federal_judge_of_a_state_or_a_federal_court_of_no_place_names_no_court(names, text):
    assert not any(m.type == "Court" for m in names(text).values())


@pytest.mark.parametrize("text, name", [
    ("Harlow Press filed the suit against Quillmark in a Lyon court last week.", "Lyon court"),
    ("The Vienna court referred two questions to the higher court.", "Vienna court"),
    ("The claim against Quillmark was filed in a Nevada district court on Monday.", "Nevada district court"),
    ("Orvane sued Quillmark in a Milan trial court.", "Milan trial court"),
])
def test_a_state_or_a_city_before_a_lower_case_court_names_that_court_as_written(names, text, name):
    """The real gold's convention (a Paris court, the Budapest court, a Massachusetts district
    court): a place below a country and a lower-case court word name a Court as written, the
    place a name of its own beside it."""
    found = names(text)
    assert found[name].type == "Court" and found[name].kb_id is None, found
    assert found[name].mechanism == "english/place_court"


@pytest.mark.parametrize("text", [
    "Orvane sued Quillmark in a French court last week.",  # a nationality: no place's name
    "Orvane sued Quillmark in a Harbor court last week.",  # no place the knowledge base knows
    "Orvane sued Quillmark in an Italy court last week.",  # a country's courts are many: no one court
    "Lyon Court Rejects Quillmark Claim",  # a headline's capitals: no lower-case court word (the suffix family's to read)
])
def test_a_nationality_an_unknown_word_or_a_country_before_court_names_no_court(names, text):
    found = names(text).values()
    assert not any(m.mechanism == "english/place_court" for m in found)
    assert text.startswith("Lyon Court") or not any(m.type == "Court" for m in found)


def test_a_place_court_is_the_full_court_of_that_place_the_document_names(pipeline):
    courts = _document_courts(pipeline, "Harlow Press v. Quillmark\n\nQuillmark will argue in a Quebec court today that the "
                                        "suit should be heard elsewhere. The Quebec Superior Court set the hearing for May.\n")
    assert ("Quebec court", None) in courts
    from kg.model import Document
    result = pipeline.process_documents([Document("fixture.txt", "fixture.txt", "Harlow Press v. Quillmark\n\nQuillmark will "
                                                  "argue in a Quebec court today. The Quebec Superior Court set the hearing.\n", "0")])[0]
    short = next(m for mentions in result.mentions for m in mentions if m.text == "Quebec court")
    assert short.canonical == "Quebec Superior Court"
    alone = pipeline.process_documents([Document("fixture.txt", "fixture.txt", "Harlow Press v. Quillmark\n\n"
                                                 "Quillmark will argue in a Quebec court today.\n", "0")])[0]
    assert next(m for mentions in alone.mentions for m in mentions if m.text == "Quebec court").canonical is None


def test_a_us_district_court_in_a_city_written_without_dots_is_that_citys_court(names):
    court = names("The studios filed their complaint in the US District Court in Los Angeles.")["US District Court"]
    assert court.kb_id == "us-cdcal" and "US District Court in Los Angeles" in court.aliases


def test_a_us_district_court_in_a_state_of_one_district_names_that_court_whole(names):
    found = names("The suit against Quillmark was filed in U.S. District Court in Minnesota last week.")
    court = found["U.S. District Court"]
    assert court.kb_id == "us-dminn" and "U.S. District Court in Minnesota" in court.aliases
    assert "federal judge" not in names("A federal judge in Minnesota dismissed the suit.")  # a judge's words and a state: no court's name
    assert names("A federal judge in Manhattan dismissed the suit.")["federal judge"].aliases == ()  # a city's: its court, no name of it


def test_a_nationality_before_a_countrys_government_or_a_states_ag_is_that_office(names):
    found = names("The Norwegian government and the Oregon AG wrote to Quillmark, citing the Chinese government.")
    assert found["Norwegian government"].type == "Regulator"
    assert found["Oregon AG"].type == "Regulator"
    assert found["Chinese government"].kb_id == "cn-government"  # the knowledge base's, written in lower case
    assert "Norwegian government" not in names("Quillmark was banned from Norwegian government-issued phones.")
    assert names("The Norwegian government's plan was published.")["Norwegian government"].type == "Regulator"


def test_a_nationality_before_a_ministry_or_a_minister_gives_it_a_longer_name_too(names):
    found = names("The Finnish Ministry of Forestry said on Monday that the Finnish Minister of Forestry Aino Roe would sign.")
    assert "Finnish Ministry of Forestry" in found["Ministry of Forestry"].aliases
    assert "Finnish Minister of Forestry" in found["Minister of Forestry"].aliases
    office = names("Finnish Forestry Minister Aino Roe said the rule would change.")["Forestry Minister"]
    assert office.type == "Regulator" and office.aliases == ("Finnish Forestry Minister",)


@pytest.mark.parametrize("text, person", [
    ("“We will enforce it,” said Commissioner Darnell Roe, Jr. “The rule is clear.”", "Darnell Roe, Jr."),
    ("Marguerite St. Aubin, a novelist, sued Quillmark on Friday.", "Marguerite St. Aubin"),
    ("The suit says her son Tobias Quenneville III's messages were stored.", "Tobias Quenneville III"),
])
def test_a_persons_junior_after_a_comma_a_saints_particle_and_a_generation_before_a_possessive_are_the_name(names, text, person):
    assert names(text)[person].type == "Person"


def test_a_numeral_after_a_comma_is_no_generation(names):
    assert "Jane Roe, II" not in names("Lawyers for Jane Roe, II and Acme, Inc. met on Monday.")


def test_an_executive_order_titled_in_quotes_is_named_by_its_title(names):
    found = names("The White House issued an Executive Order titled “Promoting Safe Robotics in Federal Agencies” on Monday.")
    assert found["Promoting Safe Robotics in Federal Agencies"].type == "Law"
    assert names("The EO, entitled “Promoting Safe Robotics in Federal Agencies,” sets a standard.")[
        "Promoting Safe Robotics in Federal Agencies"].type == "Law"


def test_a_courts_town_in_the_possessive_names_it_whole_beside_its_own_words(names):
    court = names("The order, issued by Izmir’s 3rd Criminal Judgeship of Peace, blocked the app.")["3rd Criminal Judgeship of Peace"]
    assert court.type == "Court" and court.aliases == ("Izmir’s 3rd Criminal Judgeship of Peace",)


def test_a_states_possessive_before_a_county_court_is_no_part_of_its_name(names):
    found = names("The suit was filed on Monday in Oregon's Lane County Circuit Court against Quillmark.")
    assert found["Lane County Circuit Court"].type == "Court"
    assert not [text for text in found if text.startswith("Oregon's")]


def test_an_age_before_a_name_makes_it_a_persons(names):
    assert names("In the complaint, 16-year-old Tavi Quenneville asked the chatbot for help.")["Tavi Quenneville"].type == "Person"
    assert names("Her 15-year-old daughter Odalys Brannigan died in May.")["Odalys Brannigan"].type == "Person"
    assert "Toronto Man" not in names("A 48-year-old Toronto man sued Quillmark.")


def test_a_one_district_state_opening_a_longer_name_is_no_court_place(names):
    """Review B 5: the state of Kansas City or of Arizona State University is no federal court's place."""
    assert "federal judge" not in names("A federal judge in Kansas City dismissed the suit against Quillmark.")
    found = names("Quillmark was sued in federal court in Kansas City on Monday.")
    assert "federal court" not in found or "federal court in Kansas" not in found["federal court"].aliases
    assert "federal judge" not in names("A federal judge in Arizona State University's case ruled on Monday.")
    assert "federal judge" not in names("A federal judge in Kansas dismissed the suit.")  # a state's federal judge: a description
    assert names("A federal judge in New York City dismissed the suit.")["federal judge"].kb_id == "us-sdny"


def test_an_age_before_a_firms_name_and_a_noun_is_no_persons(names):
    """Review B 8: a 45-year-old Quillmark Robotics engineer: the age is the engineer's."""
    assert "Quillmark Robotics" not in names("A 45-year-old Quillmark Robotics engineer sued Orvane.")
    assert names("The 17-year-old Jane Roe said on Monday that she sued.")["Jane Roe"].mechanism == "english/aged"


def test_sr_after_a_names_comma_opening_a_title_is_no_part_of_the_name(names):
    """Review B 9: Jane Roe, Sr. Vice President: Sr. opens her title (one generation pattern for both rules)."""
    assert "Jane Roe" in names("Commissioner Jane Roe, Sr. Vice President at Quillmark, said the suit was baseless.")
    assert "Jane Roe" in names("Jane Roe, Sr. Vice President at Quillmark, said so.")
    assert "Jane Roe, Sr." in names("Commissioner Jane Roe, Sr. said the suit was baseless.")
    assert "Mario Treto, Jr." in names("Mario Treto, Jr. said the suit was baseless.")


def test_a_series_of_fields_before_a_committee_is_part_of_its_name(names):
    found = names("The bill now goes to the Robotics, Fisheries, Weather, and Ports Committee for review, and the "
                  "Mining, Forestry and Water Committee will see it next.")
    assert found["Robotics, Fisheries, Weather, and Ports Committee"].type == "Regulator"
    assert "Mining, Forestry and Water Committee" in found
    assert "Ports Committee" not in found and "Water Committee" not in found


def test_a_series_of_known_places_before_a_council_is_a_list(names):
    found = names("Mayors from Denver, Boston and Austin Council signed the letter.")
    assert not any(name.startswith("Denver,") for name in found)


def test_initials_inside_a_name_belong_to_it_only_where_they_abbreviate_the_words_before(names):
    found = names("The Provincial Data Protection (PDP) Review Committee published its report.")
    assert "Provincial Data Protection (PDP) Review Committee" in found
    found = names("The Provincial Data Protection (XYZ) Review Committee published its report.")
    assert "Provincial Data Protection (XYZ) Review Committee" not in found


def test_a_known_union_s_initials_after_a_body_s_remit_are_the_union_s(names):
    found = names("The Standing Commission for the European Union (EU) met on Monday.")
    assert "Standing Commission for the European Union" in found
    assert "Standing Commission for the European Union (EU)" not in found


def test_a_party_of_a_country_is_one_name_and_and_after_the_country_ends_it(names):
    assert names("The Liberal Reform Party of Norway won seats.")["Liberal Reform Party of Norway"].type == "Organization"
    found = names("The Liberal Reform Party of Norway and Acme Group signed.")
    assert "Liberal Reform Party of Norway" in found
    assert not any("Norway and" in name for name in found)


def test_an_association_of_office_holders_in_the_plural_ends_in_their_title(names):
    found = names("The National Association of Attorneys General wrote to the agency.")
    assert found["National Association of Attorneys General"].type == "Organization"
    assert "The National Association" not in found


def test_the_diet_alone_is_a_legislature_but_diet_as_a_common_noun_is_not(names):
    assert names("The Diet approved the budget on Friday.")["Diet"].type == "Legislature"
    assert "Diet" not in names("Diet soda sales rose in June.")


def test_a_courtesy_title_before_a_full_name_marks_a_person_and_is_no_part_of_the_name(names):
    found = names("Shri Rajesh Kumar Verma, Secretary of the department, said the portal was live, and Smt. Meera Lal agreed.")
    assert found["Rajesh Kumar Verma"].type == "Person"
    assert found["Meera Lal"].type == "Person"
    assert not any(name.startswith(("Shri", "Smt")) for name in found)


def test_a_law_firm_named_like_a_person_is_the_knowledge_base_s_firm(names):
    found = names("Partners at Duane Morris wrote that the rule takes effect next year.")
    assert found["Duane Morris"].type == "Organization"


def test_sri_of_sri_lanka_is_no_courtesy_title(names):
    found = names("Sri Lankan officials met the delegation in Colombo.")
    assert not any(mention.type == "Person" for mention in found.values())


def test_a_series_before_a_company_s_kind_is_a_list_of_names(names):
    found = names("Shares of Acme, Borealis and Gamma Group fell on Monday.")
    assert not any(name.startswith("Acme,") for name in found)


@pytest.mark.parametrize(("text", "court", "not_read"), [
    ("The ruling of the Oregon Third District Court of Appeals was clear.", "Oregon Third District Court of Appeals", "District Court of Appeals"),
    ("Mara Quell Nevada Twelfth Court of Appeals, mara@example.org", "Nevada Twelfth Court of Appeals", "Quell Nevada Twelfth Court of Appeals"),
    ("Last week our own Sixth District Court of Appeal warned the bar again.", "Sixth District Court of Appeal", "District Court of Appeal"),
])
def test_a_state_appeals_court_numbered_by_a_word_is_named_whole(names, text, court, not_read):
    found = names(text)  # the ordinal word (english.tsv court_ordinal) numbers the court as 71st does
    assert found[court].type == "Court"
    assert not_read not in found


def test_a_federal_circuit_numbered_by_a_word_stays_the_circuit_rules(names):
    found = names("The Fourth Circuit Court of Appeals reversed the order on Tuesday.")
    assert not [text for text, mention in found.items() if mention.mechanism == "english/court" and "Circuit" in text]


def test_a_state_court_for_a_county_is_named_whole(names):
    found = names("Appeal from the Circuit Court for Harlan County; Dana Whitcomb, Judge.")
    assert found["Circuit Court for Harlan County"].type == "Court"
    assert "Circuit Court" not in found


def test_a_subordinating_word_opening_the_sentence_is_no_part_of_a_caption(names):
    found = names("Although Roe v. Acme Robotics, Inc. is often cited, it was reversed on appeal.")
    assert found["Roe v. Acme Robotics, Inc."].type == "Case"
    assert not [text for text in found if text.startswith("Although")]


def test_a_university_s_campus_after_at_is_part_of_its_name(names):
    found = names("Researchers at the University of Nevada at Las Vegas said the rules were vague.")
    assert found["University of Nevada at Las Vegas"].type == "Organization"
    assert "University of Nevada" not in found
    assert "University of Oxford at Easter" not in names("She lectured at the University of Oxford at Easter.")


@pytest.mark.parametrize("sentence, name, type_, short", [
    ("The Norland Authority of Tivia fined Acme on Monday.", "Norland Authority of Tivia", "Regulator", "Norland Authority"),
    ("The Writers Union of Authors and Composers (WUAC) sued Acme.", "Writers Union of Authors and Composers",
     "Organization", "Writers Union"),
    ("It comes as the Coastal Centre to Counter Fraud said that half of people knew.", "Coastal Centre to Counter Fraud",
     "Organization", "Coastal Centre"),
    ("She challenged the decision of the Qadi Court of Appeals. The woman lost.", "Qadi Court of Appeals", "Court",
     "Qadi Court"),
])
def test_a_body_cut_before_its_of_part_runs_on_into_it(names, sentence, name, type_, short):
    found = names(sentence)
    assert found[name].type == type_
    assert short not in found


@pytest.mark.parametrize("sentence, name, wrong", [
    ("The Norland Authority of Tivia and Quillon Labs signed a deal.", "Norland Authority of Tivia",
     "Norland Authority of Tivia and Quillon Labs"),  # another body's name after "and"
    ("It wrote to the Harbor Court. For Acme, the ruling was a loss.", "Harbor Court", "Harbor Court. For Acme"),
    ("The Harbor Court ruled for the tenant on Monday.", "Harbor Court", "Harbor Court ruled"),
])
def test_a_bodys_of_part_stops_at_another_name_and_the_sentence(names, sentence, name, wrong):
    found = names(sentence)
    assert name in found
    assert not any(other.startswith(wrong) for other in found)


def test_a_long_title_joining_its_remits_with_and_the_is_one_law_up_to_a_second_title(names):
    found = names("Lawmakers passed the Basic Act on the Promotion of Machine Learning and the Establishment of a Trust "
                  "Framework on Friday.")
    assert found["Basic Act on the Promotion of Machine Learning and the Establishment of a Trust Framework"].type == "Law"
    two = names("The court applied the Federal Rules of Appellate Procedure and the Ruritania Rules of Court.")
    assert two["Ruritania Rules of Court"].type == "Law"  # a second title after "and the" is one of its own
    quoted = names("On 26 May, the 'Basic Act on the Promotion of Machine Learning and Creation of a Trust Base' was passed.")
    assert "Basic Act on the Promotion of Machine Learning and Creation of a Trust Base" in quoted


def test_a_letter_before_a_platform_users_word_or_after_on_is_the_platforms_company(names):
    found = names("Regulators said the chatbot's posts on X broke the rules, and her X account was suspended.")
    assert {(m.text, m.type, m.mechanism) for m in found.values() if m.text == "X"} == {("X", "Company", "english/platform")}
    assert "B" not in names("Plan B was approved on Monday.")
    assert "A" not in names("A platform that fails to act is fined.")


def _document_names(pipeline, text: str) -> dict[str, object]:
    """The names a whole document keeps (after the document-level passes), by their text."""
    from kg.explain import document_of
    result = pipeline.process_documents([document_of(text)])[0]
    return {m.text: m for mentions in result.mentions for m in mentions}


def test_a_country_told_by_a_nationality_alone_is_dropped(pipeline):
    found = _document_names(pipeline, "Italy's regulator opened a probe into Chinese AI start-up DeepSeek.")
    assert "Chinese" not in found and found["DeepSeek"].type == "Company"


def test_a_country_the_document_names_keeps_its_nationality(pipeline):
    found = _document_names(pipeline, "Italy's regulator opened a probe into Chinese AI start-up DeepSeek.\n\n"
                                      "China said the probe was unfair.")
    assert found["Chinese"].type == "Jurisdiction" and found["Chinese"].kb_id == found["China"].kb_id


def test_unknown_names_listed_with_known_organisations_are_organisations(names):
    found = names("The models were trained on shadow libraries such as LibGen, Z-Library and Quillshelf.")
    assert (found["Quillshelf"].type, found["Quillshelf"].mechanism) == ("Organization", "english/listed")
    assert names("Meta, Acme Robotics and Google signed the pledge.")["Acme Robotics"].type == "Company"


@pytest.mark.parametrize("text, unknown", [
    ("Zentara Media, the publisher behind PCMag, Zorbix, Quillnet, and more, has sued OpenAI.", ["Zorbix", "Quillnet"]),
    ("The column covers Brannick Bank, Veltrix, OpenAI, and more.", ["Veltrix"]),
    ("Its ads ran across YouTube, Instagram, Velloo, and several shopping sites.", ["Velloo"]),
    # a member may carry a description of itself in brackets, "and" inside it joining no members
    ("The court restrained Mayk Inc (a music studio), Tunecraft AI (a remix and video platform), and one other firm.",
     ["Tunecraft AI"]),
])
def test_unknown_names_in_a_list_left_open_with_known_companies_are_companies(names, text, unknown):
    found = names(text)
    for name in unknown:
        assert (found[name].type, found[name].mechanism) == ("Company", "english/listed")
    assert not [name for name in found if name.startswith(("and ", "more", "several", "one other", "a remix"))]


@pytest.mark.parametrize("text", [
    "Its ads ran on Meta, Velloo and more.",  # two members and no comma before "and": no open list
    "Pelmora, Quistal, Vantrel, and others met on Monday.",  # no known company among them
])
def test_no_open_list_without_a_known_company_or_a_comma_before_and(names, text):
    assert not [m for m in names(text).values() if m.mechanism == "english/listed"]


def test_names_a_plural_role_lists_after_a_dash_or_including_are_parties(names):
    found = names("The FTC sued three online companies — Harkwell Ecom, Vantly Builders, and Quell Machine — last year.")
    for name in ("Harkwell Ecom", "Vantly Builders", "Quell Machine"):
        assert (found[name].type, found[name].mechanism) == ("Company", "english/party"), name
    found = names("The judge rejected a request from the music publishers (including Zelko and Marrow) on Tuesday.")
    assert found["Zelko"].type == "Company" and found["Marrow"].type == "Company"
    assert "Issue" not in names("A weekly letter on the AI companies — Issue 112 — August 22, 2025")  # no list after the dash


def test_one_unknown_word_a_story_told_or_was_obtained_by_is_an_outlet(names):
    found = names("The letter was obtained by Quillpost. One executive tells Harbinger the deal is good.")
    assert (found["Quillpost"].type, found["Quillpost"].mechanism) == ("Company", "english/source")
    assert found["Harbinger"].type == "Company"
    assert "Mary" not in names("The manager told Mary about the plan.")  # a given name is a person's
    assert "Harbor" not in names("Lawyers told Harbor 11 the case could go far.")  # the name runs on into a number
    stated = names("He applied for over 100 jobs without securing a role, as stated by Quillpost.")["Quillpost"]
    assert (stated.type, stated.mechanism) == ("Company", "english/source")  # as stated by: a source's cue
    assert "OVIC" not in names("The department told OVIC it would comply.")  # capitals: a body's short form as often
    assert "Kellerman" not in names("Judge Anna Kellerman ruled on Monday, and the lawyers told Kellerman they would appeal.") \
        or names("Judge Anna Kellerman ruled on Monday, and the lawyers told Kellerman they would appeal.")["Kellerman"].type == "Person"




def test_a_family_name_before_a_generation_mark_is_the_persons_not_an_outlet(names):
    # Orwin Talbridge III … told Talbridge: the family name of the person, no outlet's name
    found = names("The suit says her 15-year-old son Orwin Talbridge III was lonely. In the end the chatbot told Talbridge it missed him.")
    assert found["Talbridge"].type == "Person" and found["Talbridge"].mechanism != "english/source"
    assert found["Orwin Talbridge III"].type == "Person"


@pytest.mark.parametrize("text, name", [
    # the person found in full before, then named by the given name alone as a suit's party
    ("The court shielded the likeness of Kesari Pendamoor, son of actor Ravel Pendamoor. "
     "Justice Ilana Quorth was hearing a suit filed by Kesari, who said a studio copied him.", "Kesari"),
    # the person found in full, named again in full where a party stands
    ("The court shielded the likeness of Kesari Pendamoor, son of actor Ravel Pendamoor. "
     "Justice Ilana Quorth was hearing a suit filed by Kesari Pendamoor alias Kesari Vell, claiming a studio copied him.",
     "Kesari Pendamoor"),
])
def test_a_party_named_as_a_person_found_in_the_item_is_that_person(names, text, name):
    assert names(text)[name].type == "Person"


def test_a_party_no_person_of_the_item_names_is_still_a_company(names):
    found = names("The court shielded the likeness of Kesari Pendamoor. The studio was hearing a suit filed by Vantrolux.")
    assert found["Vantrolux"].type == "Company"


@pytest.mark.parametrize("text, outlet", [
    ("According to Quillfork, under the terms of the deal, the start-up will pay the label.", "Quillfork"),
    ("The probe follows a separate inquiry reported by Mintopolis earlier on Friday.", "Mintopolis"),
    ("As previously reported by HR Beacon, a job applicant filed the suit in 2023.", "HR Beacon"),
    ("Her publicist issued a statement to FOX Ledger explaining that the team had acted.", "FOX Ledger"),
    ("In a statement to Harbinger on Monday, the publisher confirmed that it had agreed.", "Harbinger"),
    ("He wrote on enforcement in an article for Business Law Weekly last spring.", "Business Law Weekly"),
])
def test_one_to_three_unknown_words_after_a_reports_cue_are_an_outlet(names, text, outlet):
    found = names(text)
    assert (found[outlet].type, found[outlet].mechanism) == ("Company", "english/source")


@pytest.mark.parametrize("text, name", [
    ("According to Maria Oduya, the firm erred.", "Maria Oduya"),  # a given name first: a person
    ("Senator Tamsin Pollard wrote the letter. According to Pollard, the firm erred.", "Pollard"),  # her family name
    ("According to FTC, the firm erred.", "FTC"),  # capitals alone: a body's short form as often
    ("According to Pellow's first reasons, the lawyer erred.", "Pellow's"),  # a possessive: a judge's reasons as often
    ("According to court filings, the firm erred.", "court"),
    ("The ruling was reported by Quill and Bench on Monday.", "Quill"),  # one name or two: none read
])
def test_no_outlet_after_a_reports_cue_where_a_person_or_a_body_may_stand(names, text, name):
    found = names(text)
    assert name not in found or found[name].mechanism != "english/source"


def test_a_possessive_or_closing_quotation_mark_after_a_name_is_no_part_of_it(names):
    # a party's plural possessive, a listed member's possessive, a known name continued up to a closing quote
    found = names("The court ruled against startup company Brixodes’ platform last week.")
    assert "Brixodes" in found and "Brixodes’" not in found
    found = names("The suit shows images of Disney and Quorvana's characters.")
    assert "Quorvana's" not in found
    found = names("Regulators suspended the service ‘Microsoft Notepad’ on Monday.")
    assert not [text for text in found if text.endswith("’")]


def test_trailing_mark_where_each_reader_cuts_a_name():
    """The possessive's or quotation's mark closing a name's word, as each English reader cuts
    it (kg.mentions.english.shared trailing_mark): a lone mark after a letter; with possessive,
    a possessive's s too; with run, every closing mark whatever precedes it."""
    from kg.mentions.english.shared import trailing_mark
    assert trailing_mark("Quillshelf’") == len("Quillshelf") and trailing_mark("Pieces'") == len("Pieces")
    assert trailing_mark("Quillshelf") == len("Quillshelf")
    assert trailing_mark("Quillshelf's") == len("Quillshelf's")  # a possessive's s: no cut without possessive
    assert trailing_mark("Quillshelf's", possessive=True) == len("Quillshelf") and trailing_mark("Lexor’", possessive=True) == len("Lexor")
    assert trailing_mark("Labs’’") == len("Labs’’") and trailing_mark("Inc.’") == len("Inc.’")  # one mark, after a letter only
    assert trailing_mark("Labs’’", run=True) == len("Labs") and trailing_mark("Inc.’", run=True) == len("Inc.")


def test_carrying_a_documents_names_reads_the_segmenters_text_not_spacys(pipeline):
    # spaCy joins a Doc's tokens at every reading of doc.text: the text the Segmenter kept
    # (user_data) is read instead, never doc.text (an item naming thousands of companies read
    # its text twice for each: bench/fuzz_build.py en-versus-cut; once an item after round 65)
    from kg.mentions.base import component_name
    from kg.model import Mention

    class Item:
        def __init__(self, text: str, mentions: list) -> None:
            self._text, self.user_data, self.reads = text, {"text": text, "mentions": mentions}, 0

        @property
        def text(self) -> str:
            self.reads += 1
            return self._text

    text = " and ".join(f"Acme{n} Corp" for n in range(50)) + " sued Zorvex Labs."
    mentions = [Mention(f"Acme{n} Corp", "Company", text.index(f"Acme{n} Corp"), text.index(f"Acme{n} Corp") + len(f"Acme{n} Corp"),
                        kb_id=f"acme{n}") for n in range(50)]
    items = [Item(text, list(mentions)), Item(text, list(mentions))]
    pipeline.nlp.get_pipe(component_name(EnglishNames)).carry([(None, item) for item in items])
    assert [item.reads for item in items] == [0, 0]
    assert all(item.user_data["mentions"] == mentions for item in items)  # (no name dropped: none opens a product)


@pytest.mark.parametrize("text, caption, whole", [
    ("In Harrow v Minister for Coastal Affairs (No 2) [2025] FCA 12, the judge referred the agent.",
     "Harrow v Minister for Coastal Affairs", "Harrow v Minister for Coastal Affairs (No 2)"),
    ("The court ruled in Republic v Vocala Corporation & Others (Ex-Parte Zorbi Institute & Others) on Monday.",
     "Republic v Vocala Corporation & Others", "Republic v Vocala Corporation & Others (Ex-Parte Zorbi Institute & Others)"),
    ("It ruled in the case of ZORBA v. Vocala Ireland Ltd./Vocala LLC, which runs the chatbot.",
     "ZORBA v. Vocala Ireland Ltd.", "ZORBA v. Vocala Ireland Ltd./Vocala LLC"),
    ("- Town of Marlow v. Q / qBot — a consumer suit filed in March.", "Town of Marlow v. Q", "Town of Marlow v. Q / qBot"),
])
def test_a_captions_tail_after_its_defendant_is_its_other_name(names, text, caption, whole):
    # the caption stays the name its sides are read from; with its tail it is named too
    found = names(text)[caption]
    assert found.type == "Case" and whole in found.aliases


def test_a_bracket_that_is_no_captions_tail_is_no_name_of_it(names):
    found = names("The ruling in Harrow v. Vocala (S.D.N.Y.) was appealed; Harrow v. Vocala/others settled.")
    assert found["Harrow v. Vocala"].aliases == ()



def test_a_plural_describing_what_a_known_company_makes_ends_its_name(names):
    found = names("Rival labs spent billions on Microsoft GPUs and on Microsoft Headnotes last year.")
    assert not any(name.startswith("Microsoft ") for name in found)
    assert found["Microsoft"].mechanism == "kb"
    assert "Microsoft Studios" in names("Staff moved to Microsoft Studios last year.")  # a company's word still runs on


def test_a_title_in_capitals_after_a_bodys_remit_is_no_part_of_it(names):
    found = names("The filing was explained by Association of Quill Publishers CEO Maria Roe.")
    assert found["Association of Quill Publishers"].type == "Organization"
    assert found["Maria Roe"].type == "Person"
    assert not any("CEO" in name for name in found)


def test_a_law_title_keeps_its_year_after_of_and_drops_a_date_after_of(names):
    found = names("The regulator said Zorbex Ltd. broke the Quillon Trading Act of 1934 and the Harbor Ledger Act of 1952 "
                  "in its filings. Critics cited the Ruritanian Poster Act of 7 July 2025 in reply.")
    assert found["Quillon Trading Act of 1934"].type == "Law"
    assert found["Harbor Ledger Act of 1952"].type == "Law"
    assert found["Ruritanian Poster Act"].type == "Law"
    assert not any(m.text.startswith("Ruritanian Poster Act of") for m in found.values())


def test_a_constitution_of_a_place_or_the_constitution_alone_is_a_law(names):
    found = names("The singer said his rights under the Constitution of Ruritania were breached. "
                  "Activists cited rights guaranteed under the Constitution, including privacy.")
    assert found["Constitution of Ruritania"].type == "Law"
    assert found["Constitution"].type == "Law"
    hall = names("Delegates met at the Constitution Hall in Ostberg on Monday.")
    assert not any(m.type == "Law" and m.text.startswith("Constitution") for m in hall.values())


def test_a_remit_title_going_on_after_a_bracketed_part_is_no_law_of_its_own(names):
    found = names("The petition relied on the Constitution of Ruritania (Protection of Pensions) Practice and "
                  "Procedure Rules, 2013 and nothing else.")
    assert "Constitution of Ruritania" not in found


def test_a_known_law_written_with_its_year_after_of_stays_the_knowledge_bases(names):
    found = names("Zorbex Ltd. said the Digital Millennium Copyright Act of 1998 protects its archive.")
    assert found["Digital Millennium Copyright Act"].kb_id == "us-dmca"
    assert "Digital Millennium Copyright Act of 1998" not in found


@pytest.mark.parametrize(("text", "body", "type_"), [
    ("On Monday, the Nevada Bar issued guidance on generative AI for lawyers.", "Nevada Bar", "Organization"),
    ("The Norway Police Service arrested a blogger over a fake video.", "Norway Police Service", "Regulator"),
    ("The Kessel Police Service arrested a blogger over a fake video.", "Kessel Police Service", "Regulator"),
])
def test_a_states_bar_and_a_police_service_are_bodies(names, text, body, type_):
    assert names(text)[body].type == type_


@pytest.mark.parametrize(("text", "bank", "type_"), [
    ("Investors should check with the Bank of Norway before buying.", "Bank of Norway", "Regulator"),
    ("Investors should check with the Bank of Scotland before buying.", "Bank of Scotland", "Company"),
    ("Investors should check with the Bank of America before buying.", "Bank of America", "Company"),
])
def test_a_bank_of_a_country_alone_is_its_central_bank(names, text, bank, type_):
    """The Bank of Norway: a country's central bank, a Regulator; a region's bank and a known
    bank (the knowledge base's) are companies."""
    assert names(text)[bank].type == type_


def test_and_associates_closes_one_law_firms_name_not_a_list(names):
    found = names("The firm, Kestrel Vane and Associates, represented the council; Dana Crewe of Harlow & Associates agreed.")
    assert found["Kestrel Vane and Associates"].type == "Organization"
    assert found["Harlow & Associates"].type == "Organization"
    assert "Kestrel Vane" not in found and "Associates" not in found


@pytest.mark.parametrize("text, name, expected", [
    # a generated town (cities.tsv) read alone: a place
    ("The tenants met in Harlow on Monday.", "Harlow", "Jurisdiction"),
    # not where another name runs on after it: the name of a firm, a park
    ("Among the landlords were Harlow Quennet Holdings and Dovara.", "Harlow", None),
    ("The talks were held at Basildon Marrow Park last year.", "Basildon", None),
    # not after a person's title or given name, nor in lower case (a word of another language)
    ("Gov. Harlow signed the bill on Monday.", "Harlow", "Person"),
    ("Judge Tamworth ruled on Monday.", "Tamworth", "Person"),
    ("The suit names Margot Basildon, a landlord.", "Basildon", None),
    ("She was put on probation (vigilancia harlow) for a year.", "harlow", None),
    # the last word of a longer name is no town (but a sentence's opening word is no name it closes)
    ("The award went to Vessa Quennet Harlow on Monday.", "Harlow", None),
    ("In Harlow, the tenants met on Monday.", "Harlow", "Jurisdiction"),
    # the weakest reading: listed with a known company, a company (the town is the name only it reads)
    ("Microsoft and Harlow have been testing the assistant since March.", "Harlow", "Company"),
])
def test_a_generated_town_is_read_where_it_names_the_town_alone(pipeline, names, text, name, expected):
    found = names(text)
    assert (found[name].type if name in found else None) == expected
    if expected == "Jurisdiction":
        assert pipeline.kb.generated(pipeline.kb.entries[found[name].kb_id])


@pytest.mark.parametrize("text, body, town", [
    ("The Harlow Town Council voted on Monday to ban the cameras.", "Harlow Town Council", "Harlow"),
    ("The Basildon Police said on Monday that the cameras were off.", "Basildon Police", "Basildon"),
])
def test_a_generated_town_before_its_own_body_s_word_is_the_body_s_place(read_facts, text, body, town):
    assert (body, "jurisdiction", town) in read_facts(text, title="Fixture")


def test_a_generated_town_opening_a_company_s_name_is_no_place_of_it(read_facts):
    facts = read_facts("Harlow Quennet Holdings, a landlord, was added as a defendant on Monday.", title="Fixture")
    assert not {fact for fact in facts if fact[2] == "Harlow"}


@pytest.mark.parametrize("text, name", [
    ("据报道，Beijing Yunfu Quennet律师事务所代理此案。", "Yunfu"),  # a Latin run of several words: a firm's English name
    ("云浮市的Yunfu科技公司发布了新模型。", "Yunfu"),  # a Chinese town written in Latin letters: a romanised name
    ("Harlow法官要求其解释判例来源。", "Harlow"),  # a title written after the name
])
def test_a_generated_town_in_a_chinese_text_is_read_in_characters_only(names, text, name):
    found = names(text)
    assert name not in found or found[name].type != "Jurisdiction"


def test_a_caption_side_goes_on_over_a_patronymic_and_the_others_it_leaves_unnamed(names):
    found = names("In Harun bin Salleh and another v Aminah bte Yusof [2024] SGHC 12, the court fined the solicitor.")
    assert found["Harun bin Salleh and another v Aminah bte Yusof"].type == "Case"


def test_a_legal_form_cut_from_its_name_by_a_bracket_is_no_caption_side(names):
    found = names("The court has issued a decision in Zorbi Images (US) Inc. and others v Helix Labs Ltd, the first such case.")
    assert not [text for text, m in found.items() if m.type == "Case"]
