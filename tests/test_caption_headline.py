"""A caption on a document's first line, its headline, is the document's own suit: a side no other
reading names is a party as written, a person where it is a family name alone, a company where it
is two to four capitalised words (kg.facts.english EnglishFacts.headline_sides).  The same caption
further down, or a precedent the headline cites, is read as before.  All sentences and names
invented."""
from __future__ import annotations

DOCUMENT = "fixture.txt"  # (a plain text's title is its file's name: its headline is its body's first line)


def _sued(read_facts, text: str) -> set[tuple[str, str]]:
    return {(head, tail) for head, relation, tail in read_facts(text, title=DOCUMENT) if relation == "sued"}


def test_a_headline_caption_s_family_name_defendant_is_a_party(read_facts):
    text = ("Judge Mara Quell in Pollard v. Bonti stated:\n"
            "Mark Pollard makes videos about candidates. The court found the statute too broad.")
    assert ("Mark Pollard", "Bonti") in _sued(read_facts, text)


def test_a_headline_caption_s_unknown_company_side_is_a_party(read_facts):
    text = ("The Vexen Mining v SA Coal Regulator case highlights the risks of invented citations.\n"
            "The court granted interim relief to Vexen and ordered the Regulator to release the licence.")
    assert ("Vexen Mining", "SA Coal Regulator") in _sued(read_facts, text)


def test_both_unknown_sides_of_a_headline_caption_are_parties(read_facts):
    text = ("The Case Lumo Press v Quarrel Ireland (C-1/31) marks the first referral on chatbots.\n"
            "A publisher complained about a chatbot's answers.")
    assert ("Lumo Press", "Quarrel Ireland") in _sued(read_facts, text)


def test_the_same_caption_below_the_headline_names_no_unknown_side(read_facts):
    text = ("A ruling on deepfake laws\n"
            "Mark Pollard makes videos about candidates. Judge Mara Quell in Pollard v. Bonti stated that the law fails.")
    assert not any(tail == "Bonti" for _, tail in _sued(read_facts, text))


def test_a_precedent_the_headline_cites_is_no_suit(read_facts):
    text = ("Counsel relied on Lumo Press v Quarrel Ireland in the brief\n"
            "The court found that the authority did not exist.")
    assert not _sued(read_facts, text)
