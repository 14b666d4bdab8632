"""kg.mentions.english.companies.Sites: a website named by its site word, after "called",
in quotes or as a domain in lower case (invented names)."""
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
