"""The copyright family: the holder a copyright notice names is a Company (lines written
for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("© 2023 Harbour Lights Media.", "Harbour Lights Media"),
    ("Copyright © 2022 Northfield Press Holdings.", "Northfield Press Holdings"),
    ("© Riverbend Newspapers Ltd 2021.", "Riverbend Newspapers Ltd"),  # the year after the holder stays out
    ("© 2020 The Valencia Courier S.L.", "The Valencia Courier S.L."),
    ("(c) 2019 Tidewater Broadcasting.", "Tidewater Broadcasting"),
    ("© Ceárdlann Publishing DAC 2021.", "Ceárdlann Publishing DAC"),  # a letter with a diacritic cuts no word
    ("© 2022 Łąkowa Press S.R.L.", "Łąkowa Press S.R.L."),  # nor one opening it
])
def test_a_copyright_notice_names_its_holder(names, text, name):
    found = names(text)
    assert name in found and found[name].type == "Company"


@pytest.mark.parametrize("text", [
    "(c) Generative AI tools may not be used to invent evidence.",  # a list's third entry
    "The Copyright Office said it would review the rules.",  # the word, no notice
])
def test_no_notice_no_holder(names, text):
    assert not [m for m in names(text).values() if m.mechanism.startswith("copyright")]
