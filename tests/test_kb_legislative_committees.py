"""The Legislative Yuan's eight standing committees are a closed class in the knowledge base
(data/kb/legislatures.tsv): a committee named with the Yuan, or by a name no other body has,
is a Legislature part of the Legislative Yuan.  Sentences written for the tests."""
from __future__ import annotations

import pytest

from kg.kb import KnowledgeBase


def test_the_eight_committees_are_units_of_the_legislative_yuan():
    committees = [e for e in KnowledgeBase.load().entries.values() if e.parent == "tw-legislative-yuan"]
    assert len(committees) == 8 and all(e.type == "Legislature" and e.jurisdiction == "tw" for e in committees)


@pytest.mark.parametrize("text, name", [
    ("該法案歷經立法院教育及文化委員會審查。", "立法院教育及文化委員會"),
    ("草案已交付司法及法制委員會審查。", "司法及法制委員會"),
])
def test_a_committee_is_found_with_its_parent(pipeline, write_doc, text, name):
    result = pipeline.process(write_doc("ly.txt", "標題\n\n立法院今天開會。" + text + "\n"))
    found = {m.text: m for mentions in result.mentions for m in mentions}
    assert found[name].type == "Legislature" and found[name].kb_id.startswith("tw-ly-")
    assert any(f.relation == "partOf" and f.head.text == name for f in result.facts)
