"""Suits of described English parties (kg.unnamed _Described): an adverb before the
filing (recently brought), a bare plural opening its clause (songwriters sued), what the suit is
over before ``against``, a sentence whose sued fact reads a place inside the party's words or an
outlet in its dateline as the plaintiff.  All sentences invented."""
from __future__ import annotations

from test_cases_table import _sides  # the (plaintiffs, defendants) of each row of one document

HEAD = "Test News\nMay 2, 2025\n\nChatbot maker sued\n"


def test_an_adverb_before_the_filing_keeps_the_described_party(pipeline, tmp_path):
    text = HEAD + "The parents of two teenagers recently brought a lawsuit against Lumora, the company behind a popular chatbot.\n"
    assert (["the parents of two teenagers"], ["Lumora"]) in _sides(pipeline, tmp_path / "a.txt", text)


def test_a_place_inside_the_party_is_no_plaintiff_of_its_own(pipeline, tmp_path):
    text = HEAD + "The parents of two Ohio teenagers have also filed a lawsuit against Lumora, the company behind a popular chatbot.\n"
    assert (["the parents of two Ohio teenagers"], ["Lumora"]) in _sides(pipeline, tmp_path / "a.txt", text)


def test_a_bare_plural_opening_its_clause_is_the_party(pipeline, tmp_path):
    text = HEAD + "On Tuesday, songwriters sued Lumora, the company behind a popular chatbot, in federal court.\n"
    assert (["songwriters"], ["Lumora"]) in _sides(pipeline, tmp_path / "a.txt", text)
    for n, told in enumerate(["On Tuesday, songwriters who sued Lumora, the company behind a popular chatbot, said it copied them.",
                              "On Tuesday, many songwriters said they sued Lumora, the company behind a popular chatbot."]):
        assert _sides(pipeline, tmp_path / f"b{n}.txt", HEAD + told + "\n") == []  # a relative clause; no clause opens


def test_what_a_suit_is_over_may_stand_before_against(pipeline, tmp_path):
    text = HEAD + "A group of illustrators has filed a class action lawsuit over AI training against Lumora and Brightwave, two chatbot makers.\n"
    rows = _sides(pipeline, tmp_path / "a.txt", text)
    assert any(side[0] == ["a group of illustrators"] and sorted(side[1]) == ["Brightwave", "Lumora"] for side in rows)


def test_an_outlet_in_the_dateline_is_no_plaintiff(pipeline, tmp_path):
    text = HEAD + "May 2 (Reuters) – A group of photographers has filed a copyright lawsuit against Lumora, the company behind a popular chatbot.\n"
    assert (["a group of photographers"], ["Lumora"]) in _sides(pipeline, tmp_path / "a.txt", text)
    named = HEAD + "Reuters said a group of photographers has filed a copyright lawsuit against Lumora, the company behind a popular chatbot.\n"
    assert (["a group of photographers"], ["Lumora"]) not in _sides(pipeline, tmp_path / "b.txt", named)


def _sued(pipeline, path, text: str) -> set[tuple[str, str]]:
    from kg.ingest import read_document
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    return {(graph.entity(h)["label"], graph.entity(t)["label"]) for h, _, t, _ in graph.facts("sued")}


def test_a_place_describing_who_sues_is_no_plaintiff(pipeline, tmp_path):
    """english/sued: a place before a kind of person (Ohio children) or in a list after "in" (in
    the U.S. and Canada) describes the party that sues; a state that sues is still one."""
    told = _sued(pipeline, tmp_path / "a.txt", "The parents of two Ohio children sued Lumora, the company behind a popular chatbot.")
    assert not any("Ohio" in head or "俄亥俄" in head for head, _ in told)
    listed = _sued(pipeline, tmp_path / "b.txt", "Families in the U.S. and Canada are suing Lumora, the company behind a chatbot.")
    assert not any("Canada" in head or "加拿大" in head or "美国" in head for head, _ in listed)
    state = _sued(pipeline, tmp_path / "c.txt", "Ohio sued Lumora, the company behind a popular chatbot, in state court.")
    assert any("Ohio" in head or "俄亥俄" in head for head, _ in state)


def test_a_place_ending_in_ly_is_no_adverb_before_the_filing(pipeline, tmp_path):
    """An adverb before the filing is a word of context.tsv described_adverb (recently, jointly),
    not any word ending in -ly: Italy, Sicily and family close the party's words."""
    for n, (party, text) in enumerate([
            ("the parents of a teenager in Italy", "The parents of a teenager in Italy sued Lumora, the company behind a chatbot."),
            ("the parents of one family", "The parents of one family sued Lumora, the company behind a chatbot."),
            ("the parents of a student in Sicily", "The parents of a student in Sicily jointly sued Lumora, the company behind a chatbot.")]):
        rows = _sides(pipeline, tmp_path / f"a{n}.txt", HEAD + text + "\n")
        assert any(side[0] == [party] for side in rows), rows


def test_every_party_sharing_a_label_is_named_by_it():
    """_Names.labels_of: a label two parties share (a company and the organisation of its name)
    names each of them, so a sentence writing it names either plaintiff (kg.unnamed._unnamed_here)."""
    import networkx as nx

    from kg.unnamed import _Names

    class Graph:
        graph = nx.MultiDiGraph()
    Graph.graph.add_node("acme-co", type="Company", label="Acme", labels=["Acme", "Acme Inc."])
    Graph.graph.add_node("acme-org", type="Organization", label="Acme", labels=["Acme", "Acme Foundation"])
    names = _Names(Graph())
    assert sorted(names.labels_of("acme-co")) == ["Acme", "Acme Inc."]
    assert sorted(names.labels_of("acme-org")) == ["Acme", "Acme Foundation"]
    assert names.labels_of("nobody") == []


def test_an_outlet_in_a_dateline_closed_by_a_hyphen_is_no_plaintiff(pipeline, tmp_path):
    """A newswire's dateline may close with a hyphen (SAN FRANCISCO, May 2 (Reuters) - ), as
    kg.facts.dependency.DATELINE reads it: its outlet is no plaintiff of the sentence's suit either."""
    text = HEAD + "SAN FRANCISCO, May 2 (Reuters) - A group of photographers has filed a copyright lawsuit against Lumora, the company behind a popular chatbot.\n"
    assert (["a group of photographers"], ["Lumora"]) in _sides(pipeline, tmp_path / "a.txt", text)


def test_a_single_consumer_is_a_described_party(pipeline, tmp_path):
    """context.tsv described_plaintiff holds the singular beside consumers: one consumer's suit is a row."""
    text = HEAD + "A consumer filed a class action lawsuit against Lumora, the company behind a popular voice assistant, last month.\n"
    assert (["a consumer"], ["Lumora"]) in _sides(pipeline, tmp_path / "a.txt", text)


ZH_HEAD = {"hans": "测试新闻\n2025年5月2日\n\n青少年起诉Meta\n", "hant": "測試新聞\n2025年5月2日\n\n青少年起訴Meta\n"}
ZH_TOLD = {  # a word of when or manner before the filing (described_when_zh), a space before the Latin name
    "hans": ("三名来自俄亥俄州的青少年正式起诉 Meta，称其聊天机器人生成了不当图片。", "三名来自俄亥俄州的青少年"),
    "hant": ("三名來自俄亥俄州的青少年正式起訴 Meta，稱其聊天機器人生成了不當圖片。", "三名來自俄亥俄州的青少年"),
}


def test_a_chinese_described_party_filing_formally_or_today_is_a_row(pipeline, tmp_path):
    for script, (sentence, party) in ZH_TOLD.items():
        rows = _sides(pipeline, tmp_path / f"{script}.txt", ZH_HEAD[script] + sentence + "\n")
        assert ([party], ["Meta"]) in rows, (script, rows)
    today = ZH_HEAD["hans"] + "一名美国记者今天起诉Meta，称其模型使用了他的报道。\n"
    assert (["一名美国记者"], ["Meta"]) in _sides(pipeline, tmp_path / "today.txt", today)
