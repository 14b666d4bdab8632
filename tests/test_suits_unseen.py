"""Suit-table rows as unseen articles word them (kg/cases/, kg/unnamed.py): an outlet that
opens its clause reporting (新浪此前曾报道，…; 根据 Test Wire (测试通讯社) 的最新报导) is no party;
a sentencing's prosecutor is the one procuratorate its item names (由X检察院提起公诉的案件…判处;
公诉机关X); a bare 检察院 opening a clause refers back to the one named before; a described
party (Two voice actors sued X) is the people the next sentence names as many of, saying what
they claim.  Invented sentences, in Simplified, in Traditional (OpenCC s2t) and in English."""
from __future__ import annotations

import opencc
import pytest

from kg.cases import suits
from kg.graph import KnowledgeGraph
from kg.ingest import read_document
from kg.model import Entity, Evidence
from test_suits_prosecution import _rows  # a Chinese text's rows, as labels

S2T = opencc.OpenCC("s2t")


def _graph(*entities: tuple[str, str, str]) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node, kind, label in entities:
        graph.add_entity(Entity(node, kind, label))
        graph.entity(node)["labels"] |= {S2T.convert(label)}
    return graph


def _evidence(sentence: str) -> Evidence:
    return Evidence("a.txt", "t", sentence, 0, len(sentence), "2025-03-12")


@pytest.mark.parametrize("sentence", [
    "测试网法问此前曾报道，星河科技于2012年向青川市中级人民法院提起诉讼，状告海岚网络侵权。",
    "测试网报道，星河科技已起诉海岚网络。",
    "根据 Test Wire (测试网) 的最新报导，星河科技向联邦法院提起诉讼，将海岚网络列为被告。",
])
@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_an_outlet_opening_its_clause_to_report_is_no_party(sentence, convert):
    graph = _graph(("outlet", "Organization", "测试网"), ("p", "Company", "星河科技"), ("d", "Company", "海岚网络"))
    graph.entity("outlet")["labels"] |= {"Test Wire"}
    written = convert(sentence)
    for plaintiff in ("outlet", "p"):
        graph.add_fact(plaintiff, "sued", "d", _evidence(written))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["p"], ["d"])]


@pytest.mark.parametrize("sentence", [
    "测试网起诉海岚网络，称其抓取报道。",  # the outlet sues: its filing follows it
    "测试网与星河科技联合报道称海岚网络侵权后，测试网起诉海岚网络。",  # a filing between: it sues
])
def test_an_outlet_that_files_stays_a_party(sentence):
    graph = _graph(("outlet", "Organization", "测试网"), ("d", "Company", "海岚网络"))
    graph.add_fact("outlet", "sued", "d", _evidence(sentence))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["outlet"], ["d"])]


@pytest.mark.parametrize("sentence", [
    "测试网否认相关报道，并起诉了海岚网络。",  # the outlet answers a report, then files: it sues
    "测试网回应上述报道，随后起诉海岚网络。",
])
@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_an_outlet_answering_a_report_stays_a_party(sentence, convert):
    graph = _graph(("outlet", "Organization", "测试网"), ("d", "Company", "海岚网络"))
    graph.add_fact("outlet", "sued", "d", _evidence(convert(sentence)))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["outlet"], ["d"])]


@pytest.mark.parametrize("text, rows", [
    # the procuratorate told in the sentencing's own sentence, as the prosecution's filer
    ("近日，由青川市白沙区人民检察院提起公诉的一起案件宣判，法院以诈骗罪判处被告人柯某某有期徒刑一年。",
     [(["青川市白沙区人民检察院"], ["柯某某"])]),
    # in a later sentence, after its role word (公诉机关)
    ("法院判处被告人柯某有期徒刑十个月，并处罚金。公诉机关青川市白沙区人民检察院指出，利用AI牟利同样违法。",
     [(["青川市白沙区人民检察院"], ["柯某"])]),
    # two procuratorates in the item: which one prosecuted is not told
    ("青川市人民检察院与白沙区人民检察院开展普法活动。法院判处被告人柯某有期徒刑十个月。", [([], ["柯某"])]),
    # a bare 检察院 opening its clause refers back to the one named before
    ("公安机关向青川市白沙区人民检察院移送起诉。同年3月，检察院认定肖某出售个人信息，以侵犯公民个人信息罪向法院提起公诉。",
     [(["青川市白沙区人民检察院"], ["肖某"])]),
])
def test_a_prosecutor_the_item_names_once(pipeline, tmp_path, text, rows):
    for written, expected in ((text, rows), (S2T.convert(text), [([S2T.convert(p) for p in ps], [S2T.convert(d) for d in ds])
                                                                  for ps, ds in rows])):
        assert _rows(pipeline, tmp_path, written) == expected


@pytest.mark.parametrize("text, plaintiffs", [
    ("Two voice actors have filed a lawsuit against Vantor Labs in federal court. Paul Quillon and Nadia Brightwater "
     "claim Vantor Labs tricked them into recording samples.", ["Paul Quillon", "Nadia Brightwater"]),
    ("Three authors sued Vantor Labs on Monday. Paul Quillon, Nadia Brightwater and Omar Castellane allege the "
     "company copied their books.", ["Paul Quillon", "Nadia Brightwater", "Omar Castellane"]),
    # as many people named, but not as the ones claiming: the description stays
    ("Two voice actors have filed a lawsuit against Vantor Labs. Paul Quillon, the company's founder, "
     "denied the claims.", ["two voice actors"]),
    # fewer people than counted: the description stays
    ("Three authors sued Vantor Labs on Monday. Paul Quillon says the company copied his book.", ["three authors"]),
])
def test_a_described_party_is_the_people_named_next(pipeline, tmp_path, text, plaintiffs):
    path = tmp_path / "e.txt"
    path.write_text(f"Test news\nJune 24, 2025\n\n{text}\n", encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    label = lambda node: graph.entity(node)["label"] if node in graph.graph else node  # noqa: E731
    rows = [(sorted(label(p) for p in row.plaintiffs), [label(d) for d in row.defendants]) for row in suits(graph)]
    assert rows == [(sorted(plaintiffs), ["Vantor Labs"])]


@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_a_chinese_described_party_is_the_people_named_next(pipeline, tmp_path, convert):
    text = "两名配音演员起诉星河科技。配音演员李文华和赵青称，星河科技未经许可使用了她们的声音。"
    rows = _rows(pipeline, tmp_path, convert(text))
    assert rows == [(sorted([convert("李文华"), convert("赵青")]), [convert("星河科技")])] or \
        rows == [([convert("赵青"), convert("李文华")], [convert("星河科技")])]


@pytest.mark.parametrize("sentence, sued", [
    ("在此之前，星河影业向海岚网络和云帆科技发出了停止侵权函，并联合其他制片厂对北辰智能提起版权诉讼。", {("p", "c")}),
    ("Earlier, Starfall Pictures sent cease-and-desist letters to Harbor Net and Cloudsail, and sued Northstar AI "
     "with other studios.", {("p", "c")}),
])
@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_a_letter_sent_is_no_suit(sentence, sued, convert):
    """A party named only in the clause telling a letter (停止侵权函, cease-and-desist letters) that tells no
    filing of its own is no side, though the reading paired it with the suit told after."""
    graph = _graph(("p", "Company", "星河影业"), ("a", "Company", "海岚网络"), ("b", "Company", "云帆科技"),
                   ("c", "Company", "北辰智能"))
    for node, name in (("p", "Starfall Pictures"), ("a", "Harbor Net"), ("b", "Cloudsail"), ("c", "Northstar AI")):
        graph.entity(node)["labels"] |= {name}
    written = convert(sentence)
    for plaintiff, defendant in (("p", "a"), ("p", "b"), ("a", "c"), ("b", "c"), ("p", "c")):
        graph.add_fact(plaintiff, "sued", defendant, _evidence(written))
    assert {(p, d) for suit in suits(graph) for p in suit.plaintiffs for d in suit.defendants} == sued


@pytest.mark.parametrize("sentence", [
    "In the lawsuit, Mara Quill alleged that her 14-year-old son Teo Quill was harmed by a Vantor chatbot.",
    "In the lawsuit, Mara Quill alleged that her son, Teo Quill, was harmed by a Vantor chatbot.",
    "诉状中，林岚称，其儿子林小川因使用星河科技的聊天机器人受到伤害。",
])
def test_a_relative_of_a_party_is_not_sued(sentence):
    graph = _graph(("m", "Person", "Mara Quill"), ("t", "Person", "Teo Quill"), ("v", "Company", "Vantor"))
    graph.entity("m")["labels"] |= {"林岚"}
    graph.entity("t")["labels"] |= {"林小川"}
    graph.entity("v")["labels"] |= {"星河科技"}
    for defendant in ("t", "v"):
        graph.add_fact("m", "sued", defendant, _evidence(sentence))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["m"], ["v"])]


def test_a_person_sued_after_a_relative_word_elsewhere_stays():
    sentence = "Mara Quill sued Teo Quill, the son of a Vantor founder, and Vantor."
    graph = _graph(("m", "Person", "Mara Quill"), ("t", "Person", "Teo Quill"), ("v", "Company", "Vantor"))
    for defendant in ("t", "v"):
        graph.add_fact("m", "sued", defendant, _evidence(sentence))
    assert [(suit.plaintiffs, sorted(suit.defendants)) for suit in suits(graph)] == [(["m"], ["t", "v"])]


@pytest.mark.parametrize("first, amended", [
    ("2023年1月，林岚等艺术家向青川联邦地区法院起诉星河科技。", "2023年11月29日，原告提交了修改后的起诉状，并将云帆科技列为被告。"),
    ("In January 2023, Mara Quill sued Vantor in federal court.",
     "On November 29, 2023, the plaintiffs filed an amended complaint that added Cloudsail as a defendant."),
])
@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_an_amended_complaint_adds_to_the_suit_it_amends(first, amended, convert):
    graph = _graph(("m", "Person", "林岚"), ("v", "Company", "星河科技"), ("c", "Company", "云帆科技"))
    for node, name in (("m", "Mara Quill"), ("v", "Vantor"), ("c", "Cloudsail")):
        graph.entity(node)["labels"] |= {name}
    one, two = convert(first), convert(amended)
    graph.add_fact("m", "sued", "v", Evidence("a.txt", "t", one, 0, len(one), "2023-12-01"))
    graph.add_fact("m", "sued", "c", Evidence("b.txt", "t", two, 0, len(two), "2023-12-01"))
    (row,) = suits(graph)
    assert (row.plaintiffs, sorted(row.defendants), row.filed) == (["m"], ["c", "v"], "2023-01")


def test_an_amendment_of_one_of_two_suits_stays_apart():
    """Which of the plaintiff's two suits the amended complaint amends is not told: three rows."""
    graph = _graph(("m", "Person", "Mara Quill"), ("v", "Company", "Vantor"), ("w", "Company", "Wexel"),
                   ("c", "Company", "Cloudsail"))
    for sentence, defendant, document in (("In January 2023, Mara Quill sued Vantor in federal court.", "v", "a.txt"),
                                          ("In March 2023, Mara Quill sued Wexel in state court.", "w", "b.txt"),
                                          ("Mara Quill filed an amended complaint adding Cloudsail as a defendant.", "c", "c.txt")):
        graph.add_fact("m", "sued", defendant, Evidence(document, "t", sentence, 0, len(sentence), "2023-12-01"))
    assert sorted(tuple(row.defendants) for row in suits(graph)) == [("c",), ("v",), ("w",)]
