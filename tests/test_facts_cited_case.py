"""A court, a court's act or a caption that belongs to a case a sentence cites, not the story's suit
(kg.facts.grammar.cited_case: In that case, the Second Circuit affirmed…; Judge Roe ruled it should
be remedied in the Acme case; another test case, Roe v. Acme; a citation's link redirected to
another case): the fact families reading a ruling or a suit's sides give it to no party of the
story's suit.  Invented sentences and names."""
from __future__ import annotations

import pytest

from kg.facts.grammar import cited_case


def _cited(sentence: str, span: str) -> bool:
    start = sentence.index(span)
    return cited_case(sentence, start, start + len(span))


@pytest.mark.parametrize("sentence, span", [
    ("In that case, the Second Circuit affirmed summary judgment for the library.", "Second Circuit"),
    ("The memo contrasts it with Judge Roe's earlier ruling in Tesk v. Orlan, and offers takeaways.", "Tesk v. Orlan"),
    ("Whether prompts make an author will be considered in another test case, Tesk v. Orlan, and is beside the point.",
     "Tesk v. Orlan"),
    ("They stress the scanned books, the issue Judge Jane Roe ruled should be remedied in the Orlan case, despite her "
     "finding.", "ruled"),
    ("The first hyperlink provided for the case Tesk v. Orlan, 2023 ONSC 1772 re-directed to another decision.",
     "Tesk v. Orlan"),
    # the caption test cites_precedent already made
    ("In reaching its conclusion, the court relied in part on Tesk v. Orlan, 755 F.3d 87 (2d Cir. 2014).", "Tesk v. Orlan"),
])
def test_another_cases_court_act_or_caption(sentence, span):
    assert _cited(sentence, span)


@pytest.mark.parametrize("sentence, span", [
    ("The Second Circuit affirmed summary judgment for Orlan Books.", "Second Circuit"),
    ("In Tesk v. Orlan, the Second Circuit affirmed summary judgment for Orlan Books.", "Second Circuit"),
    ("Judge Jane Roe ruled that the scanning was fair use.", "ruled"),
    ("The judge's earlier ruling dismissed two of the claims.", "ruling"),
    ("Tesk v. Orlan was filed in 2023 in the Southern District of Zembla.", "Tesk v. Orlan"),
])
def test_the_storys_own_court_act_or_caption(sentence, span):
    assert not _cited(sentence, span)


@pytest.fixture
def facts(read_facts):
    return lambda text: set(read_facts(text, title="Wire story"))


def test_a_cited_cases_court_adjudicates_not_the_storys_parties(facts):
    text = ("Tesk Press sued Orlan Labs in the District of Oregon over its chatbot. The judge may rely on an older "
            "dispute over scanned books. In that case, the Second Circuit affirmed summary judgment that scanning was "
            "fair use.")
    read = facts(text)
    assert ("Tesk Press", "sued", "Orlan Labs") in read
    assert not any(r == "adjudicated" and "Second Circuit" in h for h, r, t in read)
    told = facts(text.replace("In that case, the Second Circuit", "The Second Circuit"))
    assert any(r == "adjudicated" and "Second Circuit" in h and t == "Orlan Labs" for h, r, t in told)


def test_a_judges_ruling_in_another_case_adjudicates_not_the_storys_parties(facts):
    text = ("Writers Ada Quill and Bram Torve sued Orlan Labs in the Northern District of Zembla on Friday. The suits "
            "stress pirated books, the issue Judge Jane Roe ruled should be remedied in the Vexen case, despite her "
            "finding that training was fair use.")
    assert not any(r == "adjudicated" for _, r, _ in facts(text))
    told = facts(text.replace("should be remedied in the Vexen case, despite", "should be remedied, despite"))
    assert any(r == "adjudicated" and t == "Orlan Labs" for _, r, t in told)

