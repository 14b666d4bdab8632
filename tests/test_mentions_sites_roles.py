"""Names never found on new text (issue 49, round 75), invented names: a website named by its
site word (kg.mentions.english.companies.Sites: after "called", in quotes or as a domain in lower
case), and persons beside a role word of data/lexicon/english.tsv (kg.mentions.english.people.Persons:
a financial or operating officer, a deputy before the name, a minister or a head after it)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def names(pipeline):
    def find(text: str) -> dict[str, object]:
        return {m.text: m for m in pipeline.nlp(text).user_data["mentions"]}
    return find


@pytest.mark.parametrize("sentence, name", [
    ("The photo was shown on the stock image website brenvolt.com where it was offered for licensing.", "brenvolt.com"),
    ("The editor of a website called Quarrowly.com found that the details were false.", "Quarrowly.com"),
    ("Her image is publicly accessible on the website ‘Tindlemark’ with watermarks.", "Tindlemark"),
    ("The author wrote of the offer in a post on the microblogging site Vexaroo.", "Vexaroo"),
])
def test_a_site_word_names_the_site_company(names, sentence, name):
    found = names(sentence)
    assert found[name].type == "Company"
    assert found[name].mechanism == "english/site"


@pytest.mark.parametrize("sentence", [
    "He visited the site In March and left.",  # a month opens no name
    "Hearings moved to the website of the Quarrow Tribunal.",  # no name after the site word
    "The site was closed for repairs.",
])
def test_no_site_name_without_one(names, sentence):
    assert not any(m.mechanism == "english/site" for m in names(sentence).values())


def test_the_website_and_a_plain_name_stays_the_party_rules(names):
    found = names("The author posted on the website Brenvolt.")
    assert found["Brenvolt"].type == "Company" and found["Brenvolt"].mechanism == "english/party"


@pytest.mark.parametrize("sentence, name", [
    ("The chief executive, current CFO Kevan Tarrowby, and two directors are named as defendants.", "Kevan Tarrowby"),
    ("Deputy Tô Ái Quarn of Vexlo Province said that the law is essential.", "Tô Ái Quarn"),
    ("In a statement released by Babatunde Quellowe, Head of Legal and Enforcement, the commission said more.", "Babatunde Quellowe"),
    ("Speaking at a press conference, Minoru Tarrochi, minister of state for digital strategy, informed reporters.", "Minoru Tarrochi"),
])
def test_a_role_word_beside_a_name_makes_a_person(names, sentence, name):
    assert names(sentence)[name].type == "Person"


def test_a_deputy_office_keeps_its_holder(names):
    found = names("The order was read out by Deputy Attorney General Lisa Quarrow on Monday.")
    assert found["Lisa Quarrow"].type == "Person"
