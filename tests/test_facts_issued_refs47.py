"""kg.facts.english references: "the Act" (capitalised) and "the statute" stand for the law named
last before them, as "the bill" and "the law" do: the body that passed "the Act" issued that law.
Invented sentences."""
from __future__ import annotations


def _issued(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "issued"}


def test_the_act_stands_for_the_law_named_before(read_facts):
    found = read_facts("The European Commission proposed the Artificial Intelligence Act in 2021. After long talks, "
                       "the European Parliament approved the Act in March.")
    assert any(head in ("欧洲议会", "European Parliament") for head, _ in _issued(found))


def test_the_statute_stands_for_the_law_named_before(read_facts):
    found = read_facts("The Ohio Data Shield Act was introduced in 2024. The Ohio Senate passed the statute in May.")
    assert {law for head, law in _issued(found) if head.endswith("Ohio Senate")} == {"Ohio Data Shield Act"}


def test_an_act_named_whole_is_no_reference(read_facts):
    # the Data Shield Act: a name of its own, not "the Act" standing for the law before it
    found = read_facts("The Ohio Privacy Act was introduced in 2024. The Ohio Senate passed the Data Shield Act in May.")
    assert not {law for head, law in _issued(found) if law == "Ohio Privacy Act"}
