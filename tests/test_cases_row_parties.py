"""The suit table's rows and their parties: a party a row names twice (a person's name in part beside the
whole name, read from two documents), a row telling one suit with some of its parties only,
a name telling where those who sue come from (来自X的作者), an outlet opening its clause with
what it noted (X注意到，), a filing of "a similar suit" (提起了类似的诉讼).  All sentences invented."""
from __future__ import annotations

from kg.cases import suits
from kg.cases.bystanders import _without_descriptors
from kg.cases.mentions import _filings_name_cases
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence

PEOPLE = (Entity("dqm", "Person", "Dana Quill Marlowe"), Entity("dq", "Person", "Dana Quill"),
          Entity("marlowe", "Person", "Marlowe"), Entity("bo", "Person", "Ben Orrin"),
          Entity("yh", "Person", "约翰·霍尔特"), Entity("h", "Person", "霍尔特"),
          Entity("lum", "Company", "Lumora"), Entity("bri", "Company", "Brightwave"),
          Entity("a", "Company", "甲公司"), Entity("b", "Company", "乙公司"))


def _graph(*facts: tuple[str, str, str, str, str], entities: tuple[Entity, ...] = ()) -> KnowledgeGraph:
    """Sued facts as (plaintiff, defendant, document, sentence, date) over a few people and companies
    (``entities`` in place of those of the same id)."""
    graph = KnowledgeGraph()
    ids = {entity.id for entity in entities}
    for entity in (*entities, *(entity for entity in PEOPLE if entity.id not in ids)):
        graph.add_entity(entity)
    told = list(dict.fromkeys((document, sentence) for _, _, document, sentence, _ in facts))
    for head, tail, document, sentence, date in facts:  # one sentence, one evidence: its facts one telling
        position = told.index((document, sentence))
        graph.add_fact(head, "sued", tail, Evidence(document, "t", sentence, position * 100, position * 100 + 50, date))
    return graph


def _rows(graph: KnowledgeGraph) -> list[tuple[list[str], list[str]]]:
    return [(suit.plaintiffs, suit.defendants) for suit in suits(graph)]


def test_a_name_in_part_beside_the_whole_name_is_one_party():
    whole = "In March 2024, Dana Quill Marlowe and Ben Orrin sued Lumora."
    cut = "Dana Quill and Ben Orrin sued Lumora in March 2024."
    graph = _graph(("dqm", "lum", "d.txt", whole, "2024-04-01"), ("bo", "lum", "d.txt", whole, "2024-04-01"),
                   ("dq", "lum", "e.txt", cut, "2024-04-02"), ("bo", "lum", "e.txt", cut, "2024-04-02"))
    assert _rows(graph) == [(["bo", "dqm"], ["lum"])]


def test_two_people_of_names_alike_are_two_parties():
    told = "In March 2024, Dana Quill Marlowe and Ben Orrin sued Lumora."
    graph = _graph(("dqm", "lum", "d.txt", told, "2024-04-01"), ("bo", "lum", "d.txt", told, "2024-04-01"))
    assert _rows(graph) == [(["bo", "dqm"], ["lum"])]  # (no name of one is a part of the other's)


def test_a_suit_told_in_passing_by_a_surname_joins_the_row_naming_all():
    whole = "In March 2024, Dana Quill Marlowe and Ben Orrin sued Lumora and Brightwave."
    passing = "The lawyers who represented Marlowe when she sued Lumora now work for Brightwave."
    graph = _graph(*[(p, d, "d.txt", whole, "2024-04-01") for p in ("dqm", "bo") for d in ("lum", "bri")],
                   ("marlowe", "lum", "e.txt", passing, None))  # (an undated item: no first report dates it)
    (suit,) = suits(graph)
    assert (suit.plaintiffs, suit.defendants) == (["bo", "dqm"], ["bri", "lum"])
    assert any(e.document == "e.txt" for e in suit.evidence)


def test_a_suit_told_in_part_stays_apart_where_two_rows_may_be_it():
    first = "In March 2024, Dana Quill Marlowe sued Lumora and Brightwave."
    second = "In May 2024, Dana Quill Marlowe and Ben Orrin sued Lumora."
    passing = "Marlowe sued Lumora."
    graph = _graph(("dqm", "lum", "d.txt", first, "2024-04-01"), ("dqm", "bri", "d.txt", first, "2024-04-01"),
                   ("dqm", "lum", "f.txt", second, "2024-06-01"), ("bo", "lum", "f.txt", second, "2024-06-01"),
                   ("marlowe", "lum", "e.txt", passing, None))
    assert (["marlowe"], ["lum"]) in _rows(graph)


def test_a_transliterated_surname_is_the_whole_name_in_part():
    whole = "2025年12月22日，约翰·霍尔特起诉甲公司和乙公司。"
    passing = "霍尔特起诉甲公司一案仍在审理。"
    graph = _graph(("yh", "a", "d.txt", whole, "2025-12-23"), ("yh", "b", "d.txt", whole, "2025-12-23"),
                   ("h", "a", "e.txt", passing, None))
    assert _rows(graph) == [(["yh"], ["a", "b"])]


def _places(*entities: Entity) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for entity in entities:
        graph.add_entity(entity)
    return graph


def test_a_name_telling_where_those_who_sue_come_from_is_no_party():
    graph = _places(Entity("u", "Organization", "甲大学"), Entity("p", "Organization", "甲日報"))
    assert _without_descriptors(graph, "两名来自甲大学的学术作者已对乙公司提起集体诉讼。", {"u"}) == set()
    assert _without_descriptors(graph, "一名來自《甲日報》的資深記者對乙公司提起訴訟。", {"p"}) == set()
    assert _without_descriptors(graph, "甲大学的两名作者起诉乙公司。", {"u"}) == {"u"}  # the university's own suit


def test_an_outlet_opening_its_clause_with_what_it_noted_is_no_party():
    graph = _places(Entity("o", "Organization", "测试网"), Entity("t", "Organization", "測試網"), Entity("a", "Company", "甲公司"))
    assert _without_descriptors(graph, "测试网注意到，一名法官在甲公司的类似诉讼中作出裁决。", {"o"}) == set()
    assert _without_descriptors(graph, "測試網今日獲悉，甲公司已起訴乙公司。", {"t"}) == set()
    assert _without_descriptors(graph, "甲公司注意到乙公司的侵权行为后提起诉讼。", {"a"}) == {"a"}  # no comma: it acts


def test_a_filing_of_a_similar_suit_names_no_case_filed_before():
    assert not _filings_name_cases("2024年10月，丁某也对乙公司提起了类似的诉讼。")
    assert not _filings_name_cases("2024年10月，丁某也對乙公司提起了類似的訴訟。")
    assert _filings_name_cases("法官就丁某起诉乙公司的著作权诉讼作出裁定。")


def test_a_surname_is_the_whole_name_in_part_whatever_its_dot():
    """约翰‧霍尔特 as Taiwan's press writes it, 约翰．霍尔特: the dots kg.punctuation
    NAME_DOTS names, not the middle dot alone."""
    for dot in ("‧", "．", "・"):
        people = (Entity("yh", "Person", f"约翰{dot}霍尔特"), Entity("h", "Person", "霍尔特"))
        graph = _graph(("yh", "a", "d.txt", f"2025年12月22日，约翰{dot}霍尔特起诉甲公司和乙公司。", "2025-12-23"),
                       ("yh", "b", "d.txt", f"2025年12月22日，约翰{dot}霍尔特起诉甲公司和乙公司。", "2025-12-23"),
                       ("h", "a", "e.txt", "霍尔特起诉甲公司一案仍在审理。", None), entities=people)
        assert _rows(graph) == [(["yh"], ["a", "b"])], dot


def test_a_filing_of_a_suit_like_another_names_no_case_however_worded():
    """The likeness word wherever it ends the words before 的 (一起类似的, 与此相似的),
    not right after the cue alone; a name ending in a one-character word of it (刘新) stays a name."""
    assert not _filings_name_cases("2024年10月，丁某也对乙公司提起了一起类似的诉讼。")
    assert not _filings_name_cases("2024年10月，丁某也对乙公司提起了与此相似的诉讼。")
    assert not _filings_name_cases("2024年10月，丁某也對乙公司提起了一起類似的訴訟。")
    assert not _filings_name_cases("2024年10月，丁某对乙公司提起了新的诉讼。")
    assert _filings_name_cases("法官就起诉刘新的案件作出裁定。")  # a case against 刘新, filed before


def test_names_listed_as_where_those_who_sue_come_from_are_no_parties():
    """来自于X的, 来自X和Y的: each name of a list of origins, 于 after 来自 too."""
    graph = _places(Entity("u", "Organization", "甲大学"), Entity("v", "Organization", "乙大学"),
                    Entity("p", "Organization", "甲日報"), Entity("q", "Organization", "乙週刊"))
    assert _without_descriptors(graph, "两名来自于甲大学的学术作者已对丙公司提起集体诉讼。", {"u"}) == set()
    assert _without_descriptors(graph, "来自甲大学和乙大学的三名作者起诉丙公司。", {"u", "v"}) == set()
    assert _without_descriptors(graph, "来自甲大学、乙大学的三名作者起诉丙公司。", {"u", "v"}) == set()
    assert _without_descriptors(graph, "兩名來自《甲日報》與《乙週刊》的記者提起訴訟。", {"p", "q"}) == set()
    assert _without_descriptors(graph, "甲大学和乙大学的作者起诉丙公司。", {"u", "v"}) == {"u", "v"}  # their own suit
    assert _without_descriptors(graph, "来自丙公司的律师称，甲大学和乙大学已起诉丁公司。", {"u", "v"}) == {"u", "v"}
