"""English persons with no role word (kg.mentions.people): each rule on sentences of its
own, none from a seed, each with a case it must leave alone."""
from __future__ import annotations

import pytest

from kg.mentions.english import given_names
from kg.mentions.words import load_kb


def persons(found: dict[str, object]) -> set[str]:
    return {text for text, mention in found.items() if mention.type == "Person"}


def test_the_given_name_list_holds_names_of_many_countries_and_no_months_or_places():
    names = given_names(load_kb())
    assert {"Linnea", "Priya", "Abdi", "Madeleine", "Tomasz", "María"} <= names
    assert not {"May", "June", "Monday", "Santa", "Jordan", "Israel", "Will", "Grant"} & names


def test_a_list_of_plaintiffs_opening_with_given_names_are_persons(names):
    found = names("Orla Brennigan, Tobias Wexley and Ingrid Solvang filed the complaint on Friday.")
    assert persons(found) == {"Orla Brennigan", "Tobias Wexley", "Ingrid Solvang"}
    assert found["Tobias Wexley"].mechanism == "people/given"


def test_places_and_months_in_a_list_are_no_persons(names):
    found = names("Councils in Santa Clara, Palo Alto and Mountain View approved the plan in May.")
    assert not persons(found)


def test_an_initial_before_a_given_name_belongs_to_the_name(names):
    found = names("The order was signed by J. Paul Quennell on Tuesday.")
    assert "J. Paul Quennell" in persons(found)


def test_a_middle_given_name_makes_a_triple(names):
    assert "Ana Lucía Ferreyra" in persons(names("The bill was filed by Ana Lucía Ferreyra and two others."))


def test_a_known_company_opening_with_a_given_name_stays_a_company(names):
    found = names("Charles Schwab and Morgan Stanley invested in the start-up.")
    assert found["Charles Schwab"].type == "Company"
    assert not persons(found)


def test_a_pair_running_into_a_body_name_is_no_person(names):
    found = names("A report by the Adam Smith Institute said the rules were too strict.")
    assert "Adam Smith" not in found


def test_a_title_case_headline_is_read_by_no_person_rule(names):
    found = names("Judge Rules Against Voice Start-Up As Authors Press Claims\nThe court ruled on Monday.")
    assert not persons(found)


def test_english_words_inside_a_chinese_sentence_give_no_person(names):
    found = names("报道称，Tobias Wexley 对该公司提起诉讼，Orla Brennigan 表示支持。")
    assert not [m for m in found.values() if m.mechanism.startswith("people")]


def test_a_place_named_as_a_surname_after_a_given_name_is_a_person(names):
    found = names("The measure was sponsored by Delegate Freya Maldonado last year.")
    assert "Freya Maldonado" in persons(found)
    assert "Maldonado" not in found  # not the Uruguayan department


def test_byline_names_are_persons_and_the_role_after_them_is_not(names):
    found = names("Voice actors win a round\nBy Ingrid Solvang, Courts Reporter\nA judge let the claims go on.")
    assert "Ingrid Solvang" in persons(found)
    assert "Courts Reporter" not in found
    found = names("Reporting by Tomasz Rek in Warsaw; Editing by Una Feeney")
    assert {"Tomasz Rek", "Una Feeney"} <= persons(found)
    found = names("Client alert\nAuthors: Rhiannon Vell, Marek Ng\nThe state passed a law.")
    assert {"Rhiannon Vell", "Marek Ng"} <= persons(found)


def test_a_pair_whose_last_word_recurs_alone_is_a_person(names):
    found = names("Zorvath Kellmann, who founded the lab, left in May. Kellmann said the board had agreed.")
    assert found["Zorvath Kellmann"].type == "Person"
    assert found["Zorvath Kellmann"].mechanism == "people/surname"


def test_a_pair_whose_last_word_never_recurs_alone_is_no_person(names):
    found = names("Zorvath Kellmann left in May. Kellmann Capital said it had agreed.")
    assert "Zorvath Kellmann" not in persons(found)


def test_a_surname_alone_after_the_full_name_is_that_person(names):
    found = names("Freya Lindqvist sued the studio in March. Lindqvist said she was never paid.")
    assert found["Lindqvist"].type == "Person"
    assert found["Lindqvist"].canonical == "Freya Lindqvist"


def test_a_surname_inside_another_name_is_not_the_person(names):
    found = names("Freya Lindqvist sued the studio in March. Lindqvist Capital declined to comment.")
    assert "Lindqvist" not in found


def test_a_given_name_beats_the_weak_party_rule_on_type(names):
    found = names("The start-up was founded by Daniel Gross, a former Apple executive, and Daniel Levy.")
    assert found["Daniel Levy"].type == "Person"


def test_a_person_shaped_pair_listed_with_persons_is_a_person(names):
    found = names("Orla Brennigan, Zorvath Quell and Tobias Wexley were among the writers who sued.")
    assert (found["Zorvath Quell"].type, found["Zorvath Quell"].mechanism) == ("Person", "people/listed")
    assert all(m.type != "Person" for m in names("Meta, Zorvath Quell and Google signed the pledge.").values())


def test_a_name_before_a_reporters_role_on_a_head_line_and_authors_one_a_line_are_persons(names):
    found = names("May 2030 | Orla Quennell, Senior Legal Reporter\nThe court ruled.\n"
                  "Authors\nTamsin Vorhees, Partner, Boston\nIdris Kalloway, Counsel, Chicago\n")
    for name in ("Orla Quennell", "Tamsin Vorhees", "Idris Kalloway"):
        assert found[name].type == "Person", name


# -- round 9: a podcast's head, bylines between dots, a role and a region after a name --------
def test_hosts_and_a_guest_on_a_podcasts_head_are_persons(names):
    found = names("Episode 12: the agents case\nHosts: Wendell Okoro and Tamsin Abara\n"
                  "Guest: Ravindra Kolhe, a lecturer in internet law\nThe hosts ask whether agents may shop.")
    assert {"Wendell Okoro", "Tamsin Abara", "Ravindra Kolhe"} <= persons(found)


def test_a_byline_between_dots_is_read(names):
    found = names("Issue 40 · Friday, May 2, 2025 · Written by Oriel Fenwick\nThe startup raised money.")
    assert "Oriel Fenwick" in persons(found)


def test_a_byline_name_ending_in_a_known_company_is_the_person(names):
    found = names("Issue 41 · Friday, May 9, 2025 · Written by Marisol Vale\nThe startup raised money.")
    assert "Marisol Vale" in persons(found)


def test_a_signed_name_with_its_role_and_region_after_it_is_a_person(names):
    found = names("Published 2 April 2025 | Sunniva Aalberg, Contributing Editor, Europe\nA complaint was filed.")
    assert "Sunniva Aalberg" in persons(found)


def test_the_teller_of_a_quotation_is_a_person_whatever_the_given_name(names):
    found = names('"We will appeal," said Tamsin Abara. "It is early days," Ravindra Kolhe said on Monday. '
                  'According to Oriel Fenwick, a lecturer, the case is narrow.')
    assert {"Tamsin Abara", "Ravindra Kolhe", "Oriel Fenwick"} <= persons(found)


def test_a_company_telling_a_quotation_is_no_person(names):
    found = names('"We disagree," said Microsoft in a statement. "We will respond," Meta Platforms said.')
    assert not persons(found)


def test_a_lower_case_byline_and_a_name_stacked_on_its_role_are_persons(names):
    found = names("by Folake Adeyemi-Brooks and Joost van Velden\nMay 2, 2025\n\nTamsin Quarrie\nSenior Legal Correspondent\n\nThe story.")
    assert {"Folake Adeyemi-Brooks", "Joost van Velden", "Tamsin Quarrie"} <= {n for n, m in found.items() if m.type == "Person"}


# -- round 11: a relative clause about a person, bylines with roles between names -------
def test_a_name_a_who_clause_is_about_is_a_person_whatever_the_given_name(names):
    found = names("The fund hired Ikaika Moana, who once ran a bank in Honolulu, as its chair.")
    assert "Ikaika Moana" in persons(found)
    found = names("Under the deal, Brenna Okonkwo-Lutz, who founded the start-up, stays on.")
    assert "Brenna Okonkwo-Lutz" in persons(found)


def test_a_sentence_s_first_word_before_a_who_clause_s_name_is_no_part_of_it(names):
    found = persons(names("Then Adam Rowe, who ran the unit, left in April."))
    assert "Adam Rowe" in found and "Then Adam Rowe" not in found


def test_a_who_clause_after_a_company_or_a_title_makes_no_person(names):
    found = names("The studio signed with Epic Games, who will build the tools.")
    assert "Epic Games" not in persons(found)
    found = names("The firm met Crown Prince Faisal bin Tariq, who chairs the fund.")
    assert "Prince Faisal bin Tariq" not in persons(found)


def test_byline_names_on_either_side_of_a_role_are_both_persons(names):
    found = names("Campus story\nBy Marisa Quintela, Staff Writer, and Osei Brandt-Kumar, News Editor\nMarch 3, 2025\n")
    assert {"Marisa Quintela", "Osei Brandt-Kumar"} <= persons(found)


def test_a_byline_in_brackets_is_read(names):
    found = names("The firm declined to comment.\n(Reporting by Ilse Varnhagen in Oslo; Editing by Tarek Obuya)\n")
    assert {"Ilse Varnhagen", "Tarek Obuya"} <= persons(found)


def test_a_byline_name_whose_given_name_is_a_country_is_the_person(names):
    found = names("Home page\nBy Georgia Whitcombe, Senior Reporter\nThe city approved the plan.")
    assert "Georgia Whitcombe" in persons(found)


def test_a_name_and_its_reporters_role_beside_it_after_a_dot_is_a_person(names):
    found = names("Ingrid Solheim · Senior Editor, Compliance\nJune 5, 2024 · 7 min read\n\nThe regulator opened a case.")
    assert "Ingrid Solheim" in persons(found)



def test_a_family_name_that_is_a_place_alone_is_the_person_but_after_a_preposition_the_place(pipeline):
    text = ("Tavion Houston, the district's former budget officer, pleaded guilty. "
            "Police said Houston had moved the money before he flew out of Houston.")
    found = [(m.text, m.type) for m in pipeline.nlp(text).user_data["mentions"]]
    assert found == [("Tavion Houston", "Person"), ("Houston", "Person"), ("Houston", "Jurisdiction")]


def items_of(pipeline, write_doc, text: str) -> list[list[tuple[str, str, str]]]:
    """Each item's mentions (text, type, canonical name) of one document written to a file."""
    result = pipeline.process(write_doc("story.txt", text))
    return [[(m.text, m.type, m.canonical or m.text) for m in mentions] for mentions in result.mentions]


_SECTIONED = """THE VALLEY COURIER

Teacher sues district over cloned voice

{first}, a former music teacher, filed a lawsuit on Tuesday, saying an administrator used her recorded lessons to clone her voice.{second}

What the complaint says

The complaint says {surname} never agreed to the recordings. Lawyers for {surname} said the district ignored two letters.

The district's answer

A district spokesperson said the recordings were lawful. {surname} sued Vocalith Labs Inc. as well, and a hearing is set {place}.
"""


def test_a_family_name_alone_in_a_later_section_is_the_person_named_in_full_before(pipeline, write_doc):
    items = items_of(pipeline, write_doc, _SECTIONED.format(first="Marisol Quenby", second="", surname="Quenby", place="for June"))
    later = [mention for mentions in items[1:] for mention in mentions if mention[0] == "Quenby"]
    assert later == [("Quenby", "Person", "Marisol Quenby")] * 3


def test_a_family_name_two_persons_share_stands_for_neither_in_a_later_section(pipeline, write_doc):
    items = items_of(pipeline, write_doc, _SECTIONED.format(
        first="Marisol Quenby", second=" Her brother Tomas Quenby joined the suit.", surname="Quenby", place="for June"))
    assert not [mention for mentions in items[1:] for mention in mentions if mention[0] == "Quenby"]


def test_a_place_named_family_name_in_a_later_section_is_the_person_but_in_darien_the_place(pipeline, write_doc):
    items = items_of(pipeline, write_doc, _SECTIONED.format(
        first="Marisol Darien", second="", surname="Darien", place="in Darien"))
    later = [(text, kind) for mentions in items[1:] for text, kind, _ in mentions if text == "Darien"]
    assert later == [("Darien", "Person")] * 3 + [("Darien", "Jurisdiction")]


def test_a_closing_credit_line_opened_by_a_dash_names_its_reporter(names):
    found = names("The council voted on Monday.\n\n— Additional reporting by Mei-Ling Ashworth")
    assert found["Mei-Ling Ashworth"].type == "Person"


def test_a_family_name_after_a_capitalised_title_stands_for_the_person_named_in_full(names):
    found = names("Governor Maria Quell spoke on Monday. The order, which Governor Quell signed in May, took effect.")
    assert "Quell" in found and found["Quell"].type == "Person" and found["Quell"].canonical == "Maria Quell"


def test_a_family_name_after_a_capitalised_word_that_is_no_title_stays_alone(names):
    found = names("Maria Quell spoke on Monday. The Harbor Quell fund was not involved.")
    assert "Quell" not in found


# -- round 19: credits after a sentence on their line, colon labels of a programme's staff ------
def test_credits_after_a_sentence_on_their_line_are_persons(names):
    found = names("Thanks for listening.\nProduced by Wilhelmina Cardosa. Edited by Teodor Ansbach. Music by the house band.\n")
    assert {"Wilhelmina Cardosa", "Teodor Ansbach"} <= persons(found)


def test_a_programme_s_producer_and_editor_after_colons_are_persons(names):
    found = names("Host: Ruthanne Ebersole | Producer: Kwabena Lindahl\nSound: archive tape. Summary editor: Oriane Vasquez-Holt.\n")
    assert {"Ruthanne Ebersole", "Kwabena Lindahl", "Oriane Vasquez-Holt"} <= persons(found)


def test_a_photo_credit_naming_an_outlet_then_its_photographer_finds_the_photographer(names):
    found = names("The hearing is set for May.\nPhoto: The courthouse at dusk. Credit: Valley Gazette / Thorvald Emeka\n")
    assert "Thorvald Emeka" in persons(found) and "Valley Gazette" not in persons(found)


def test_a_bare_by_after_a_sentence_opens_no_byline(names):
    found = names("The agency will decide soon. By March Acme must file its reply.\n")
    assert "March Acme" not in persons(found)


def test_a_library_or_museum_named_after_a_given_name_is_no_person(names):
    found = names("Students gathered outside Mabel Library and the Ruth Museum on Friday.")
    assert not persons(found)


def test_names_listed_with_ages_and_semicolons_are_persons(names):
    found = names("Relatives of Tobias Wexley, 31; Zorvath Quell, 64; and Ingrid Solvang, 22, brought the claims.")
    assert (found["Zorvath Quell"].type, found["Zorvath Quell"].mechanism) == ("Person", "people/listed")
    assert all(m.type != "Person" for m in names("Offices in Vale Harbor, 12; Stone Ridge, 40; and Elm Bay, 9.").values())


def test_a_reporters_role_closing_a_byline_of_two_is_no_person(names):
    found = names("Compiled by Tobias Wexley, Policy Reporter, and Ingrid Solvang, Data Analyst\n\nThe bill passed.")
    assert {"Tobias Wexley", "Ingrid Solvang"} <= persons(found)
    assert "Data Analyst" not in persons(found)


def _report(line: str) -> str:
    return f"Acme Robotics released a new model on Monday.\n\nThe model answers questions in real time.\n\n{line}"


# Credit, signature and byline lines and names in text: each named person found, nothing
# around the name (a role, a title, an outlet) is one.
@pytest.mark.parametrize("line, expected", [
    ("Senator Corwin Haldane, Chair", ["Corwin Haldane"]),
    ("— Imogen Treadwell, Senior Counsel", ["Imogen Treadwell"]),
    ("Abstracted by:     Delphine Araujo, Reference Librarian", ["Delphine Araujo"]),
    ("By Orrin Falk and Meera Vanterpool", ["Orrin Falk", "Meera Vanterpool"]),
    ("Written by Orrin Falk, with Meera Vanterpool", ["Orrin Falk", "Meera Vanterpool"]),
    ("Clayton Eugene Barlow Jr. was in Denver when the store was robbed.", ["Clayton Eugene Barlow Jr."]),
    ("Thaddeus R. Winslow III filed the complaint on Friday.", ["Thaddeus R. Winslow III"]),
    ("Clayton E. Barlow, a retired engineer, sued the retailer.", ["Clayton E. Barlow"]),
    ("\"We will appeal,\" said Ondine Marchetti, a partner at Kell & Rowe.", ["Ondine Marchetti"]),
    ("According to Adaeze Okafor-Bell, the rule applies to every model.", ["Adaeze Okafor-Bell"]),
    ("Edited by Faustina Oyelaran", ["Faustina Oyelaran"]),
    ("Prepared by: Lorcan Deveraux, Research Fellow", ["Lorcan Deveraux"]),
    ("Reviewed by: Saskia Ormerod", ["Saskia Ormerod"]),
    ("Reporting by Bertil Lindqvist; Editing by Marisol Quintana", ["Bertil Lindqvist", "Marisol Quintana"]),
    ("Compiled by Tobiah Renwick, Senior Analyst", ["Tobiah Renwick"]),
    ("Judge Percival Onslow granted the motion.", ["Percival Onslow"]),
    ("Ms. Imogen Treadwell, counsel for the plaintiff, declined to comment.", ["Imogen Treadwell"]),
    ("Corwin Haldane\nChair", ["Corwin Haldane"]),
    ("Senator Corwin Haldane\nChair", ["Corwin Haldane"]),
    ("Chair: Senator Corwin Haldane\nDeputy Chair: Senator Maeve Ashdown", ["Corwin Haldane", "Maeve Ashdown"]),
])
def test_a_person_on_a_credit_or_signature_line_or_in_text_is_found(names, line, expected):
    found = persons(names(_report(line)))
    assert set(expected) <= found
    assert not {"Reference Librarian", "Senior Counsel", "Research Fellow", "Senior Analyst", "Kell & Rowe", "Chair"} & found


@pytest.mark.parametrize("line", [
    "Edited by the Policy Desk",
    "Edited by: Harbor Daily",
    "EXECUTIVE SUMMARY\n\nThe committee met four times.",
    "Policy Desk, Chair",
])
def test_a_desk_an_outlet_or_a_heading_on_a_credit_line_is_no_person(names, line):
    assert not persons(names(_report(line)))


def test_a_generation_s_mark_is_part_of_the_name_and_the_family_name_alone_is_the_person(names):
    found = names("Clayton Eugene Barlow Jr. sued the retailer in May. Barlow said he was never in Texas.")
    assert found["Clayton Eugene Barlow Jr."].type == "Person"
    assert found["Barlow"].type == "Person" and found["Barlow"].canonical == "Clayton Eugene Barlow Jr."


def test_a_pair_whose_family_the_item_names_in_the_plural_is_a_person(names):
    found = names("Tavrenna Vantree sued Acme in May. The Vantrees say the feed harmed their son.")
    assert found["Tavrenna Vantree"].type == "Person" and found["Tavrenna Vantree"].mechanism == "people/surname"


def test_a_pair_whose_plural_the_item_never_writes_is_no_person_by_its_surname(names):
    found = names("Tavrenna Vantree sued Acme in May. The feed harmed their son.")
    assert "Tavrenna Vantree" not in persons(found)


@pytest.mark.parametrize("text, person", [
    ("Sincerely,\n\nMaëlle Thibodeaux\nDirector of Family Services", "Maëlle Thibodeaux"),
    ("With thanks,\n\nOrrin Castellane\nHead of Student Services", "Orrin Castellane"),
])
def test_a_name_signed_over_a_director_of_an_office_is_a_person(names, text, person):
    found = names(text)
    assert found[person].type == "Person"
    assert "Family Services" not in found and "Student Services" not in found


def test_a_published_by_byline_names_its_writer(names):
    found = names("Published by Emmanuelo Ardent Rivón 25 de septiembre, 2025\nThe court ruled on Monday.")
    assert found["Emmanuelo Ardent Rivón"].type == "Person"


# a photo's credit: the photographer before the outlet's slash or after the agency's (round 37)
@pytest.mark.parametrize("text, person", [
    ("The court sits in Wan Chai. Photo: Almond Chen/HKFP.\n\nThe order takes effect.", "Almond Chen"),
    ("Photo: Tamsin Quarrie / Harbor Press\nThe order takes effect.", "Tamsin Quarrie"),
    ("Protesters gathered outside. (AP Photo/Jose Luis Magana)", "Jose Luis Magana"),
])
def test_the_photographer_on_a_photo_s_credit_is_a_person(names, text, person):
    assert person in persons(names(text))


@pytest.mark.parametrize("text", ["Photo: Getty Images.", "Photo: Hong Kong Free Press/HKFP.", "Photo: Harbor Press Staff/Harbor Press."])
def test_an_outlet_on_a_photo_s_credit_is_no_person(names, text):
    assert not persons(names(text))


# a possessive's lone apostrophe after a final s ends the name: the person, and the surname alone later (round 76)
def test_a_name_before_a_lone_possessive_apostrophe_is_a_person_and_its_surname_too(names):
    found = names("Critics praised the deal. Marcus Fellows' lawsuit has led to a review.\n\n"
                  "Fellows was arrested by the Kessel Police Department in 2020.")
    assert "Marcus Fellows" in persons(found) and "Marcus Fellows'" not in found
    assert found["Fellows"].canonical == "Marcus Fellows"


def test_an_apostrophe_glued_to_a_word_after_a_final_s_still_ends_no_name(names):
    assert "Marcus Fellows" not in persons(names("The crowd chanted Marcus Fellows'ville all night."))
