"""kg.facts.cue Depicted: the person accused content shows or is about is no party of the act (images posted
on a platform allegedly showing President X, a smear campaign against X; 散布关于X的谣言).  Each sentence
is read twice: with the unit switched off the subject is read as accused (so the test can fail), with it on
it is not.  Names invented or well known, sentences invented; the Chinese in Simplified and in Traditional
as OpenCC s2t writes it."""
from __future__ import annotations

import opencc
import pytest

import kg.facts.cue

TRADITIONAL = opencc.OpenCC("s2t")


def accused(found, subject):
    return [f for f in found if f[1] == "accused" and f[2] == subject]


@pytest.mark.parametrize("sentence, subject", [
    ("The charges stem from images posted on Facebook and Instagram allegedly showing Governor Jane Doe as gravely ill.",
     "Jane Doe"),
    ("Acme Corp allegedly launched a smear campaign against Mary Poe and her family.", "Mary Poe"),
])
def test_the_subject_of_accused_content_is_accused_of_nothing(read_facts, monkeypatch, sentence, subject):
    """images … showing X, a smear campaign against X: X is what the content shows, no accused."""
    people = ("Jane Doe", "Mary Poe")
    with monkeypatch.context() as off:
        off.setattr(kg.facts.cue, "DEPICTED_PARTIES", frozenset())
        assert accused(read_facts(sentence, people=people), subject)
    assert not accused(read_facts(sentence, people=people), subject)


@pytest.mark.parametrize("sentence", [
    "Smith指控Jones及其公司散布关于2020年美国总统选举存在舞弊的阴谋论。",
])
def test_the_subject_after_guanyu_is_accused_of_nothing(read_facts, as_read, monkeypatch, sentence):
    """散布关于X的阴谋论: X is what the content is about; the one accused (Jones) stays."""
    for text in (sentence, TRADITIONAL.convert(sentence)):
        with monkeypatch.context() as off:
            off.setattr(kg.facts.cue, "DEPICTED_PARTIES", frozenset())
            subjects = {f[2] for f in read_facts(as_read(text)) if f[1] == "accused"} - {"Jones"}
        assert subjects, text
        found = read_facts(as_read(text))
        assert not [f for f in found if f[1] == "accused" and f[2] in subjects], (text, found)
        assert accused(found, "Jones"), (text, found)


def test_a_company_named_images_is_no_content(pipeline):
    """filed by Getty Images against X: a capitalised name is no noun of content (lowercase nouns only)."""
    from kg.model import Mention
    depicted = kg.facts.cue.Depicted(pipeline.kb.context)

    def subject(text, name):
        return depicted(text, 0, Mention(name, "Company", text.index(name), text.index(name) + len(name)))
    assert not subject("The complaint filed by Getty Images against Acme Labs", "Acme Labs")
    assert subject("the doctored photos of Acme Labs", "Acme Labs")
    assert not subject("Regulators accused Acme Labs", "Acme Labs")
