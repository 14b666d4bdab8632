"""kg.facts.office: an office partOf the body of its own kind whose portfolio it names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, office, body", [
    ("The Minister for Rural Affairs Tam Oduya spoke on Monday. The Ministry of Rural Affairs will run the scheme.",
     "Minister for Rural Affairs", "Ministry of Rural Affairs"),
    ("Union Minister for Ports and IT Veda Rao said so. The Ministry of Ports and Information Technology agreed.",
     "Union Minister for Ports and IT", "Ministry of Ports and Information Technology"),
])
def test_an_office_naming_its_ministrys_portfolio_is_part_of_it(read_facts, text, office, body):
    assert (office, "partOf", body) in read_facts(text)


def test_an_office_heads_no_body_of_another_kind_or_portfolio(read_facts):
    found = read_facts("The Minister for Rural Affairs Tam Oduya spoke. The Department of Rural Affairs "
                       "and the Ministry of Coastal Fisheries will run the scheme.")
    assert not {fact for fact in found if fact[1] == "partOf" and fact[0] == "Minister for Rural Affairs"}
