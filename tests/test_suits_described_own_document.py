"""A row whose plaintiffs one document describes (a group of news outlets sued X) joins the
named row its own document tells (the publishers include A, B and C), where another named
row against X in another document could be it as well (kg.cases _as_named, _shares_document);
a court named "supreme" is where a suit is filed where an English sentence files it there
(the lawsuit, filed in the X Supreme Court: kg.cases _filed_in).  All sentences and names invented."""
from __future__ import annotations

import pytest


def _graph(nodes: list[tuple[str, str, str]]):
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, kind, label in nodes:
        graph.add_entity(Entity(node, kind, label, labels={label}))
    return graph


def _suit(plaintiffs: list[str], defendants: list[str], document: str, sentence: str):
    from kg.cases import Suit
    from kg.model import Evidence
    evidence = Evidence(document, "1", sentence, 0, len(sentence), None)
    return Suit(id=f"{document}-{plaintiffs[0]}", caption="", plaintiffs=plaintiffs, defendants=defendants, court=None,
                court_stated=False, court_reason="", filed=None, events=[], claims=[], status="filed",
                evidence=[evidence])


@pytest.mark.parametrize("described, publishers, authors", [
    ("a group of news outlets", ("Northwind Daily", "Harbor Post", "Lakeside Press"), ("Jane Ortolan", "Mark Bellweather")),
    ("一批新闻出版商", ("北风日报", "港湾邮报", "湖畔出版社"), ("简·奥托兰", "马克·贝尔韦瑟")),
    ("數家出版商", ("北風日報", "港灣郵報", "湖畔出版社"), ("簡·奧托蘭", "馬克·貝爾韋瑟")),
])
def test_a_described_side_joins_the_named_row_of_its_own_document(described, publishers, authors):
    from kg.cases.merging import _as_named
    graph = _graph([("lumora", "Company", "Lumora")]
                   + [(f"p{index}", "Company", name) for index, name in enumerate(publishers)]
                   + [(f"a{index}", "Person", name) for index, name in enumerate(authors)])
    named = _suit([f"p{index}" for index in range(len(publishers))], ["lumora"], "news-a", "The publishers include …")
    others = _suit([f"a{index}" for index in range(len(authors))], ["lumora"], "news-b", "Two authors sued Lumora.")
    group = _suit([described], ["lumora"], "news-a", f"{described} sued Lumora.")
    rows = _as_named(graph, [named, others, group])
    assert [row.plaintiffs for row in rows] == [named.plaintiffs, others.plaintiffs]  # the described row is the named one
    assert group.evidence[0] in named.evidence and group.evidence[0] not in others.evidence


def test_a_described_side_told_by_neither_documents_stays_its_own_row():
    from kg.cases.merging import _as_named
    graph = _graph([("lumora", "Company", "Lumora"), ("a0", "Person", "Jane Ortolan"), ("a1", "Person", "Mark Bellweather"),
                    ("b0", "Person", "Ada Quill"), ("b1", "Person", "Tom Reyes")])
    first = _suit(["a0", "a1"], ["lumora"], "news-a", "Jane Ortolan and Mark Bellweather sued Lumora.")
    second = _suit(["b0", "b1"], ["lumora"], "news-b", "Ada Quill and Tom Reyes sued Lumora.")
    group = _suit(["some authors"], ["lumora"], "news-c", "Some authors sued Lumora.")
    assert len(_as_named(graph, [first, second, group])) == 3  # which of the two it is, no document tells


# a court whose name says "supreme" or "high" hears a suit at first instance where the sentence files the
# suit in it: the filing cue after the court (Chinese order), or in English right before "in (the)" court
@pytest.mark.parametrize("sentence, court, filed", [
    ("In the lawsuit, filed in the Northshore Supreme Court last week, Acme alleges that Bolt copied its files.",
     "Northshore Supreme Court", True),
    ("Acme filed suit in the Northshore Supreme Court on Monday.", "Northshore Supreme Court", True),
    ("Acme appealed the ruling, filed in the Northshore Supreme Court.", "Northshore Supreme Court", False),
    ("Acme, which won in the Northshore Supreme Court, later sued Bolt.", "Northshore Supreme Court", False),
    ("Acme sued Bolt, and the Northshore Supreme Court ruled for Bolt.", "Northshore Supreme Court", False),
    ("Acme公司在北岸省最高法院起诉Bolt公司。", "北岸省最高法院", True),
    ("Acme公司在北岸省最高法院起訴Bolt公司。", "北岸省最高法院", True),
    ("北岸省最高法院驳回了Acme公司的上诉。", "北岸省最高法院", False),
])
def test_a_supreme_court_is_where_a_suit_is_filed_only_where_the_sentence_files_it_there(sentence, court, filed):
    from kg.cases.courts import _filed_in
    assert _filed_in(sentence, sentence.index(court)) is filed
