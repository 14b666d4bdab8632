"""A party's card line naming a person in Chinese glossed in Latin, whatever dot the
transliterated name is written with (kg.punctuation NAME_DOTS).  Sentences invented."""
from __future__ import annotations

import pytest

from kg.facts.parties import PartyLines


@pytest.mark.parametrize("dot", ["·", "‧", "．", "・"])
def test_a_glossed_transliterated_party_is_a_person_whatever_its_dot(dot):
    text = f"罗兰{dot}基斯特（Roland Kister）（原告）"
    gloss = (text.index("（"), text.index("）") + 1)
    (mention,) = PartyLines.unnamed(text, 0, gloss)
    assert (mention.text, mention.type) == (f"罗兰{dot}基斯特", "Person")


def test_a_chinese_word_glossed_in_latin_is_a_person_without_a_dot():
    text = "洛佩斯（Lopez）等用户（原告）"
    (mention,) = PartyLines.unnamed(text, 0, (3, 10))
    assert (mention.text, mention.type) == ("洛佩斯", "Person")
