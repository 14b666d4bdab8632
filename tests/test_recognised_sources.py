"""kg.mentions.recognised: an organisation the parsing model reads where a story names it as the
source of what it tells (according to X, told X, in an interview with X, X reported) is a name
though no kind's noun stands before it; the same capitalised words elsewhere are none
(invented sentences)."""
from __future__ import annotations

import pytest

from kg.parser import entities, parser

pytestmark = pytest.mark.skipif(parser() is None, reason="the English parsing model is not installed")


@pytest.mark.parametrize("text, name", [
    ("The suit was filed last week, Tidewater Dispatch reported.", "Tidewater Dispatch"),
    ("Halcyon Ledger first reported the settlement on Monday, citing two people familiar with the deal.", "Halcyon Ledger"),
    ("The studio plans to appeal, according to Marrowgate Dispatch.", "Marrowgate Dispatch"),
    ("The chief executive told Tidewater Dispatch on Friday that the company would settle.", "Tidewater Dispatch"),
])
def test_an_outlet_named_as_the_source_is_a_company(names, text, name):
    doc = entities(text)
    if not any(entity.text == name and entity.label_ == "ORG" for entity in doc.ents):
        pytest.skip("the model reads no organisation here")
    found = names(text)
    assert name in found and found[name].type == "Company"


@pytest.mark.parametrize("text", [
    "According to the complaint, the company scraped the site without a licence.",
    "The startup told investors in March that revenue had doubled.",
    "Tidewater Dispatch was mentioned once in the hearing about the harbour.",  # no source's words beside it
])
def test_no_source_cue_or_no_name_makes_no_outlet(names, text):
    assert not [m for m in names(text).values() if m.type == "Company" and m.mechanism.startswith("recognised/")]


def test_a_chamber_one_tells_is_no_outlet(names):
    text = "The minister told the House on Tuesday that the bill would not cover satire."
    assert "House" not in names(text) or names(text)["House"].type != "Company"
