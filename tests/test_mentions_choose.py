"""Choosing the names of a Doc among the candidates (kg.mentions.choose), on sentences written for the tests."""
from __future__ import annotations


def test_a_placeholder_a_character_or_a_description_in_capitals_names_nothing(names):
    found = names("The actor sued Harbor Labs and John Does. The filing shows Mickey Mouse beside Darth Vader, "
                  "and Harbor Labs sells Generative AI tools and AI Assistants.")
    assert not {"John Does", "Mickey Mouse", "Darth Vader", "Generative AI", "AI Assistants"} & set(found)
    assert "Harbor Labs" in found


def test_a_longer_name_holding_a_listed_text_stays(names):
    assert "Mickey Mouse Foundation" in {text.removeprefix("The ") for text in names("The Mickey Mouse Foundation sued Harbor Labs.")}
