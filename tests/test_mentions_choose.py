"""Choosing the names of a Doc among the candidates (kg.mentions.choose), on sentences written for the tests."""
from __future__ import annotations


def test_a_placeholder_a_character_or_a_description_in_capitals_names_nothing(names):
    found = names("The actor sued Harbor Labs and John Does. The filing shows Mickey Mouse beside Darth Vader, "
                  "and Harbor Labs sells Generative AI tools and AI Assistants.")
    assert not {"John Does", "Mickey Mouse", "Darth Vader", "Generative AI", "AI Assistants"} & set(found)
    assert "Harbor Labs" in found


def test_a_longer_name_holding_a_listed_text_stays(names):
    assert "Mickey Mouse Foundation" in {text.removeprefix("The ") for text in names("The Mickey Mouse Foundation sued Harbor Labs.")}


def test_a_name_running_on_over_and_from_a_person_is_cut_after_it(names):
    found = names("The mayor was joined by state Attorney General Dana Whitcombe and Riverton High School senior Ola Brandt.")
    assert "Dana Whitcombe" in found and "Riverton High School" in found
    assert not any(" and " in text for text in found)


def test_a_name_running_on_over_and_from_a_known_law_is_cut_after_it(names):
    found = names("Vendors must pass a review of GDPR and Portuguese Data Protection Act compliance first.")
    assert "GDPR" in found and "Portuguese Data Protection Act" in found
    assert "GDPR and Portuguese Data Protection Act" not in found


def test_a_name_running_on_over_and_into_a_known_model_is_cut_before_it(names):
    found = names("Counsel said he used “Lexfield Scholar AI and ChatGPT” to draft the reply brief.")
    assert "ChatGPT" in found
    assert "Lexfield Scholar AI and ChatGPT" not in found


def test_one_name_holding_and_with_a_place_or_body_inside_stays_whole(names):
    found = names("The Law Society of England and Wales wrote to the Department of Health and Human Services, "
                  "and Harbor and Finch Technologies replied.")
    assert "Law Society of England and Wales" in found
    assert "Department of Health and Human Services" in found
    assert not {"Wales", "Human Services"} & set(found)


def test_a_known_title_an_article_opens_parts_no_office_name():
    from kg.mentions.choose import Joined
    from kg.model import Mention
    text = "Office of the Daily Ledger and Records Commissioner"
    office = Mention(text, "Regulator", 0, len(text), mechanism="suffix")
    outlet = Mention("the Daily Ledger", "Company", 10, 26, mechanism="kb")
    person = Mention("Office", "Person", 0, 6, mechanism="people/given")
    joined = Joined(["and"], frozenset({"the"}))
    assert joined([office, outlet, person])[0] is office


def test_a_known_company_ending_at_and_inside_a_longer_candidate_parts_it():
    from kg.mentions.choose import Joined
    from kg.model import Mention
    text = "Harbor Labs and Finch Robotics"
    run_on = Mention(text, "Company", 0, len(text), mechanism="suffix")
    known = Mention("Harbor Labs", "Company", 0, 11, mechanism="kb")
    cut = Joined(["and"], frozenset({"the"}))([run_on, known])[0]
    assert (cut.text, cut.start, cut.end) == ("Finch Robotics", 16, len(text))


def test_a_placeholder_name_the_item_marks_as_one_names_nobody(names):
    found = names("Lena Voskuijl won a John Doe injunction against Brightwave Media and an unidentified "
                  "person referred to as John Doe. The case Lena Voskuijl v. John Doe continues.")
    assert "Lena Voskuijl" in found and "Brightwave Media" in found
    assert "John Doe" not in found


def test_a_placeholder_name_before_a_filings_word_names_nobody(names):
    found = names("Mary Talvace sued Brightwave Media and the John Doe Defendants who posted the videos.")
    assert "Mary Talvace" in found and "Brightwave Media" in found
    assert not any(text.startswith("John Doe") for text in found)


def test_a_placeholder_name_nothing_marks_stays_a_persons_name(names):
    found = names("Jane Roe and John Doe sued Zorvex Labs in August 2024.")
    assert found["John Doe"].type == "Person"
