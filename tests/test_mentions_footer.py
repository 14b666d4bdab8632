"""The footer family: outlets a credit or footer line names without a copyright mark
(lines written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, outlets", [
    ("Copyright 2023 Valley 7 News, a Redwood Harbor Broadcasting station. All rights reserved.",
     ["Redwood Harbor Broadcasting"]),
    ("The Docket Minute is a Marsh Gate Audio podcast. Nothing here is legal advice.",
     ["The Docket Minute", "Marsh Gate Audio"]),
    ("A Marsh Gate Audio production", ["Marsh Gate Audio"]),
    ("Produced by Copper Kettle Studios. Editor: Ana Ruiz.", ["Copper Kettle Studios"]),
    ("Distributed to member papers through the Prairie News Exchange; not for resale.", ["Prairie News Exchange"]),
    ("Syndicated to regional titles of the Highland Regional Network.", ["Highland Regional Network"]),
])
def test_a_footer_names_its_outlets(names, text, outlets):
    found = names(text)
    for outlet in outlets:
        assert outlet in found and found[outlet].type == "Company"


def test_a_producer_without_an_outlet_word_is_no_outlet(names):
    assert not [m for m in names("Produced by Maria Olsen.").values() if m.mechanism.startswith("footer")]
