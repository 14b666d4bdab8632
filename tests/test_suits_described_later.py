"""A described party's suit told over its item's next sentences (kg.unnamed _named_defendants,
kg.cases _referred_filing): the defendants a later sentence adds (It names X and chief executive Y;
该诉讼还将X列为被告) and the filing date a sentence referring to the suit gives (The complaint was
filed … in mid June 2026); and one person under two transliterations on one side (kg.cases
_one_transliteration).  All sentences and names invented."""
from __future__ import annotations

import pytest

from test_cases_table import _sides  # the (plaintiffs, defendants) of each row of one document

HEAD = "Test News\nJuly 2, 2026\n\nChatbot maker sued\n"


def _rows(pipeline, path, text: str) -> list[dict]:
    from kg.query import cases
    from kg.ingest import read_document
    path.write_text(text, encoding="utf-8")
    return cases(pipeline.graph(pipeline.process_documents([read_document(path)])))


def test_a_later_sentence_naming_the_suit_adds_its_defendants_and_dates_it(pipeline, tmp_path):
    text = HEAD + ("A mother has filed a wrongful death lawsuit against Lumora, alleging that its chatbot misled her son.\n"
                   "The complaint was filed in Marin County Superior Court in mid June 2026. It names Lumora and chief "
                   "executive Dana Whitlock, and it quotes the chats.\n")
    rows = [row for row in _rows(pipeline, tmp_path / "a.txt", text) if row["plaintiffs"] == ["a mother"]]
    assert len(rows) == 1
    assert sorted(rows[0]["defendants"]) == ["Dana Whitlock", "Lumora"]
    assert rows[0]["filed"] == "2026-06"


def test_a_sentence_about_another_matter_adds_no_defendant(pipeline, tmp_path):
    text = HEAD + ("A mother has filed a wrongful death lawsuit against Lumora, alleging that its chatbot misled her son.\n"
                   "Analysts named Brightwave the leader of the market.\n")
    assert (["a mother"], ["Lumora"]) in _sides(pipeline, tmp_path / "a.txt", text)


@pytest.mark.parametrize("text", [
    "测试新闻\n2024年5月6日\n\n三名作家起诉Lumora公司\n三名作家起诉Lumora公司，指控其抄袭小说。该诉讼还将Brightwave公司列为被告。\n",
    "測試新聞\n2024年5月6日\n\n三名作家起訴Lumora公司\n三名作家起訴Lumora公司，指控其抄襲小說。該訴訟還將Brightwave公司列為被告。\n",
])
def test_the_parties_a_later_sentence_lists_as_defendants_join_the_suit(pipeline, tmp_path, text):
    rows = [side for side in _sides(pipeline, tmp_path / "a.txt", text) if side[0] == ["三名作家"]]
    assert [(plaintiffs, sorted(defendants)) for plaintiffs, defendants in rows] == [(["三名作家"], ["Brightwave公司", "Lumora公司"])]


def _graph(*people: tuple[str, str, list[str]]):
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, label, aliases in people:
        graph.add_entity(Entity(node, "Person", label, labels={label, *aliases}))
    return graph


@pytest.mark.parametrize("one, other", [("罗伯特·卡斯特里", "罗伯特·卡斯特雷"), ("羅伯特·卡斯特里", "羅伯特·卡斯特雷"),
                                        ("塔-奈希西·莫兰", "塔-内希西·莫兰")])
def test_one_person_under_two_transliterations_is_one_party(one, other):
    from kg.cases.aliases import _one_transliteration
    graph = _graph(("a", one, ["Robert Castri"]), ("b", other, []), ("c", "莎拉·温特", []))
    assert _one_transliteration(graph, ["a", "c", "b"]) == ["a", "c"]
    assert _one_transliteration(graph, ["b", "c", "a"]) == ["c", "a"]  # the one with a Latin name stays


def test_two_people_are_not_one_transliteration():
    from kg.cases.aliases import _one_transliteration
    apart = _graph(("a", "罗伯特·卡斯特里", ["Robert Castri"]), ("b", "罗伯特·卡斯特雷", ["Robert Kastrey"]))
    assert _one_transliteration(apart, ["a", "b"]) == ["a", "b"]  # two names in Latin letters
    short = _graph(("a", "约翰·史密", []), ("b", "约翰·史蒂", []))
    assert _one_transliteration(short, ["a", "b"]) == ["a", "b"]  # a short part is a name of its own
    two = _graph(("a", "罗伯特·卡斯特里", []), ("b", "罗宾特·卡斯特雷", []))
    assert _one_transliteration(two, ["a", "b"]) == ["a", "b"]  # two parts differ


def _companies(*labels: str):
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for n, label in enumerate(labels):
        graph.add_entity(Entity(f"c{n}", "Company", label, labels={label}))
    return graph


@pytest.mark.parametrize("words, named", [
    ("谷歌和OpenAI", ["谷歌", "OpenAI"]),                # a Latin label right after a Chinese character
    ("Lumora、OpenAI与谷歌", ["Lumora", "OpenAI", "谷歌"]),
    ("BigOpenAI和谷歌", ["谷歌"]),                        # inside a Latin word: no label starts there
    ("OpenAIX与谷歌", ["谷歌"]),                          # nor ends inside one
])
def test_a_latin_label_after_a_chinese_character_is_a_party(words, named):
    from kg.unnamed import _Names, _parties_in
    names = _Names(_companies("谷歌", "OpenAI", "Lumora"))
    assert [names.label[node] for node in _parties_in(words, names)] == named
