"""Records as data: what goes into an output or cache folder comes back equal, and a
file that holds anything else is refused without running it."""
from __future__ import annotations

import zlib

import pytest
from hostile import Planted, hostile_payloads

from kg import records
from kg.model import Entity, Evidence, Fact, Item, Mention


def test_records_come_back_equal_with_their_tuples_sets_and_nested_records():
    mention = Mention("国家信息与自由委员会", "Regulator", 0, 10, aliases=("CNIL",), mechanism="alias")
    evidence = Evidence("a.txt", "CNIL 罚款", "CNIL 对谷歌罚款。", 0, 9, "2024-01-02", "CNIL", "https://cnil.fr")
    value = {
        "item": Item("a.txt", 1, "CNIL 罚款", "正文", links=["https://cnil.fr"]),
        "fact": Fact(mention, "fined", Mention("谷歌", "Company", 11, 13), evidence, 0.8),
        "entity": Entity("cnil", "Regulator", "CNIL", {"CNIL", "国家信息与自由委员会"}),
        "keys": {("a", 1): frozenset({"x"}), "$odd": None},
    }
    back = records.loads(records.dumps(value))
    assert back == value
    assert back["fact"].head.aliases == ("CNIL",) and hash(back["fact"].head) == hash(mention)


def test_an_unknown_kind_of_value_is_not_written():
    with pytest.raises(TypeError, match="Planted cannot be written as data"):
        records.dumps([Planted("/nowhere")])


def test_a_pickle_is_refused_and_not_run(tmp_path):
    planted = tmp_path / "planted"
    for payload in hostile_payloads(planted):
        with pytest.raises(records.RecordError):
            records.loads(payload)
    assert not planted.exists()


@pytest.mark.parametrize("text", [
    '{"$os.system": ["touch /tmp/x"]}',          # only the record classes can be made
    '{"$Evidence": ["too", "few"]}',             # a record with missing fields
    '{"$Evidence": {"document": "a.txt"}}',      # a record's fields not as a list
    '{"$set": [[1, 2]]}',                        # an unhashable set member
    '[{"$ref": [0]}]',                           # a reference to no record written before it
    '[{"$Mention": ["a", "Company", 0, 1]}, {"$ref": [1]}]',  # to one past the last
    '[{"$Mention": ["a", "Company", 0, 1]}, {"$ref": ["0"]}]',  # by no number
    '[{"$Mention": ["a", "Company", 0, 1]}, {"$ref": [true]}]',
    '{"$Fact": [{"$ref": [0]}, "sued", {"$Mention": ["b", "Company", 0, 1]}, {"$Evidence": ["a", "b", "c", 0, 1]}]}',
    '[{"$Mention": ["a", "Company", 0, 1]}, {"$Fact": [{"$ref": [0]}, "sued", {"$ref": [0]}, {"$ref": [0]}]}]',
    '[' * 100_000 + ']' * 100_000,               # nesting deeper than the parser goes
    'not json',
])
def test_a_file_that_holds_no_records_raises_record_error(text):
    with pytest.raises(records.RecordError):
        records.loads(zlib.compress(text.encode()))


def test_only_dataclasses_can_be_registered():
    with pytest.raises(TypeError):
        records.record(Planted)


def test_a_record_met_twice_is_written_once_and_read_back_as_one_object():
    """A fact's mention is the very object its item's mentions hold: written once, then by
    its number, and read back shared as it was (a cache entry of a news item: a third smaller)."""
    head, tail = Mention("纽约时报", "Company", 0, 4), Mention("微软", "Company", 6, 8)
    evidence = Evidence("a.txt", "起诉", "纽约时报起诉微软。", 0, 9)
    twin = Mention("纽约时报", "Company", 0, 4)  # equal, not the same object: written again
    value = [[head, tail, twin], [Fact(head, "sued", tail, evidence), Fact(head, "sued", tail, evidence)]]
    data = records.dumps(value)
    assert zlib.decompress(data).decode().count("纽约时报") == 3  # the mention twice, the sentence once
    back = records.loads(data)
    assert back == value
    (one, other, third), (fact, again) = back
    assert fact.head is one and again.tail is other and fact.evidence is again.evidence and third is not one


def test_equal_evidence_is_written_once_and_read_back_as_one_object():
    """Evidence (records.BY_VALUE) is compared by value wherever it is read: two facts of one
    sentence holding equal copies write its sentence once; other evidence stays apart."""
    head, tail = Mention("纽约时报", "Company", 0, 4), Mention("微软", "Company", 6, 8)
    first, copy = (Evidence("a.txt", "起诉", "纽约时报起诉微软。", 0, 9, "2024-01-02") for _ in range(2))
    other = Evidence("a.txt", "起诉", "纽约时报起诉微软。", 0, 9, "2024-01-03")  # another date: another record
    value = [Fact(head, "sued", tail, first), Fact(head, "sued", tail, copy), Fact(head, "sued", tail, other)]
    data = records.dumps(value)
    assert zlib.decompress(data).decode().count("纽约时报起诉微软") == 2
    back = records.loads(data)
    assert back == value and back[0].evidence is back[1].evidence and back[2].evidence is not back[0].evidence
    assert records.dumps(back) == data  # the same file, shared or not


def test_records_inside_a_set_keep_their_numbers():
    shared = Mention("a", "Company", 0, 1)
    value = [{("b", Mention("b", "Company", 0, 1)), ("a", shared)}, shared]
    back = records.loads(records.dumps(value))
    assert back == value and back[1] in {mention for _, mention in back[0]}


def test_plain_reads_each_kind_of_value_by_its_class():
    """Subclasses of list, dict, tuple, set and str are written as their bases are; a record
    met twice in one file is written once, then as its number (the class's kind looked up once)."""
    from collections import OrderedDict, namedtuple

    from kg.model import Evidence
    from kg.records import plain

    class Words(list):
        pass

    class Name(str):
        pass
    pair = namedtuple("pair", "a b")
    one = Evidence("a.txt", "标题", "微软起诉。", 0, 5)
    value = {"words": Words([Name("微软"), 1, None]), "ordered": OrderedDict(b=2), "pair": pair(1, one),
             "twice": [one, one], "set": frozenset({3, 1}), "keys": {1: "a"}}
    assert plain(value) == {
        "words": ["微软", 1, None], "ordered": {"b": 2},
        "pair": {"$tuple": [1, {"$Evidence": ["a.txt", "标题", "微软起诉。", 0, 5, None, "", ""]}]},
        "twice": [{"$ref": [0]}, {"$ref": [0]}], "set": {"$frozenset": [1, 3]}, "keys": {"$dict": [[1, "a"]]}}
    with pytest.raises(TypeError):
        plain({"x": object()})
