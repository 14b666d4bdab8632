"""The real-text corpus's gold (bench/real/gold, gold2) keeps SCHEMA.md's conventions in
every lane: well-formed, relations between its own entities, and no node for a party the
text anonymises (李某, 北京某科技公司: the suit table keeps those in the text's words,
kg.unnamed; a case named after them, 李某诉刘某案, is a named case and stays)."""
import json
import re
from pathlib import Path

import pytest

from kg.model import RELATIONS

REAL = Path(__file__).resolve().parent.parent / "bench" / "real"
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
