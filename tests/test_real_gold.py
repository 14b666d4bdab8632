"""The real-text corpus's gold (bench/real/gold, gold2) keeps SCHEMA.md's conventions in
every lane: well-formed, relations between its own entities, no node for a party the
text anonymises (李某, 北京某科技公司: the suit table keeps those in the text's words,
kg.unnamed; a case named after them, 李某诉刘某案, is a named case and stays), and the
jurisdiction edges the seeds' gold annotates (bench/real/convention.py: a state body's or a
law's known place, a federal body's country, the places a name opens with)."""
import json
import re
import sys
from pathlib import Path

import pytest

from kg.kb import KnowledgeBase
from kg.model import RELATIONS

REAL = Path(__file__).resolve().parent.parent / "bench" / "real"
sys.path.insert(0, str(REAL))
from convention import Convention  # noqa: E402
GOLD = sorted((REAL / "gold").glob("*.json")) + sorted((REAL / "gold2").glob("*.json"))
PARTIES = {"Person", "Company", "Organization"}
ANONYMISED = re.compile(r"某")


def test_the_corpus_has_gold():
    assert len(GOLD) >= 240


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_is_well_formed_and_names_no_anonymised_party(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    ids = [entity["id"] for entity in gold["entities"]]
    assert len(ids) == len(set(ids))
    for entity in gold["entities"]:
        assert entity["names"], entity
        if entity["type"] in PARTIES:
            assert not all(ANONYMISED.search(name) for name in entity["names"]), entity
    for relation in gold["relations"]:
        assert relation["relation"] in RELATIONS, relation
        assert relation["head"] in ids and relation["tail"] in ids, relation


@pytest.fixture(scope="module")
def convention():
    return Convention(KnowledgeBase.load())


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_holds_the_jurisdiction_edges_the_seeds_gold_annotates(path, convention):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert convention.missing(gold) == []


def invented(*entities, relations=()):
    """A gold file of invented entities ((type, names...)), ids e1, e2, ... in order."""
    return {"doc": "invented.txt",
            "entities": [{"id": f"e{i}", "type": kind, "names": list(names)} for i, (kind, *names) in enumerate(entities, 1)],
            "relations": [{"head": h, "relation": r, "tail": t} for h, r, t in relations]}


@pytest.mark.parametrize("gold, expected", [
    # a known body and law, placed where the knowledge base places them (Traditional as well)
    (invented(("Regulator", "Federal Bureau of Investigation"), ("Jurisdiction", "U.S.")), {("e1", "e2", "kb")}),
    (invented(("Law", "GDPR"), ("Jurisdiction", "EU")), {("e1", "e2", "kb")}),
    (invented(("Legislature", "立法院"), ("Jurisdiction", "台灣")), {("e1", "e2", "kb")}),
    # a federal court in its country too; a body in the places its name opens with
    (invented(("Court", "加州北区法院"), ("Jurisdiction", "加州"), ("Jurisdiction", "美国"),
              relations=[("e1", "jurisdiction", "e2")]), {("e1", "e3", "federal")}),
    (invented(("Court", "浙江省杭州市中级人民法院"), ("Jurisdiction", "杭州市"), ("Jurisdiction", "浙江省"),
              relations=[("e1", "jurisdiction", "e2")]), {("e1", "e3", "name")}),
    # none: a company the knowledge base alone seats; a body the annotators placed elsewhere; the
    # place only a foreign form names (美国 + 司法部); a continent a name opens with; a state court's country
    (invented(("Company", "OpenAI"), ("Jurisdiction", "美国")), set()),
    (invented(("Regulator", "司法部"), ("Jurisdiction", "美国"), ("Jurisdiction", "中国"),
              relations=[("e1", "jurisdiction", "e2")]), set()),
    (invented(("Regulator", "司法部"), ("Jurisdiction", "美国"), ("Jurisdiction", "中国")), set()),
    # the same for a place inside the entry's country whose own body the name may be: 台北 lies in
    # 台灣, and 台灣 + 教育部 is Taiwan's ministry, not China's (the knowledge base's 教育部)
    (invented(("Regulator", "教育部"), ("Jurisdiction", "台北"), ("Jurisdiction", "中國")), set()),
    (invented(("Regulator", "教育部"), ("Jurisdiction", "北京"), ("Jurisdiction", "中國")), {("e1", "e3", "kb")}),
    (invented(("Legislature", "欧洲议会"), ("Jurisdiction", "欧洲")), set()),
    (invented(("Court", "北京互联网法院"), ("Jurisdiction", "北京"), ("Jurisdiction", "中国"),
              relations=[("e1", "jurisdiction", "e2")]), set()),
])
def test_the_convention_gives_the_seeds_jurisdiction_edges_and_no_others(convention, gold, expected):
    assert set(convention.missing(gold)) == expected


def test_an_annotators_note_after_a_described_party_is_no_word_the_table_must_match():
    from suits import _expected  # bench/real/suits.py's matching of an expected party
    assert "afamilyincolorado" in _expected("a family in Colorado (not named)")
    assert "claimants" in _expected("claimants (class members)")
    # brackets inside a registered Chinese name, with no space before them, are the name's own
    assert all("上海" in name for name in _expected("伊普西龙信息科技(上海)有限公司"))
    assert _expected("certain Artificial Intelligence (AI) platforms") == {"certainartificialintelligenceaiplatforms"}


def test_each_suit_row_is_one_key_and_each_group_names_rows_that_exist():
    """bench/real/suits.py merges by (lane, caption): a lane's caption twice loses a row, a
    row in two groups or a group naming no row folds the wrong suits."""
    rows = [(path.stem, row["caption"]) for path in sorted((REAL / "suits").glob("*.json"))
            for row in json.loads(path.read_text(encoding="utf-8"))]
    assert len(rows) == len(set(rows))
    grouped = [tuple(key) for group in json.loads((REAL / "same_suits.json").read_text(encoding="utf-8")) for key in group]
    assert len(grouped) == len(set(grouped))
    assert set(grouped) <= set(rows)


def test_a_part_is_scored_on_the_suits_its_own_documents_tell():
    """A folder's suits are folded from the lanes' rows told in its documents only: every
    suit keeps a document of the folder, and a suit told in documents outside it keeps none of
    their fields (no row of another document is folded in)."""
    from suits import _folded, told_in
    every = _folded()
    some = {doc for row in every[::7] for doc in row.get("docs", [])[:1]}
    told = told_in(some)
    assert told and all(set(row["docs"]) <= some for row in told)
    assert len(told) < len(every)
    lanes = {row["caption"] for path in (REAL / "suits").glob("*.json")
             for row in json.loads(path.read_text(encoding="utf-8"))}
    assert {row["caption"] for row in told} <= lanes


def test_a_side_of_two_names_the_knowledge_base_makes_one_party_answers_to_that_party():
    from suits import _side

    class Graph:
        graph: dict = {}
    assert _side(Graph(), ["Acme Widgets"], ["Acme Widgets"])
    assert not _side(Graph(), ["Acme Widgets", "Borel Labs"], ["Acme Widgets"])
    assert not _side(Graph(), ["Acme Widgets"], ["Acme Widgets", "Borel Labs"])
    assert _side(Graph(), [], []) and not _side(Graph(), [], ["Acme Widgets"])


def test_each_site_is_in_one_part():
    """An outlet's documents are all in one part (bench/real/check.py --lay keeps it so for a
    fresh lane), but for the three sites the first lanes had laid into both, before the rule."""
    from check import documents, site
    parts: dict[str, set[str]] = {}
    for row in documents():
        parts.setdefault(site(row["url"]), set()).add(row["part"])
    assert {name for name, held in parts.items() if len(held) > 1} <= {"law360.com", "peking.bjd.com.cn", "ccct.net.cn"}
    assert site("https://www.Example.com/a?b") == "example.com"
