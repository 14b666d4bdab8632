"""bench/real/figures.py told_once: a document counts as telling a story no other document of
its part tells when none of its facts (jurisdiction aside) is another document's fact, under any
name of either end, in either script."""
from __future__ import annotations

import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "bench" / "real"
sys.path.insert(0, str(REAL))
from figures import told_once  # noqa: E402


def gold(doc: str, *facts: tuple[list[str], str, list[str]]) -> dict:
    entities, relations = [], []
    for number, (head, relation, tail) in enumerate(facts):
        entities += [{"id": f"h{number}", "names": head}, {"id": f"t{number}", "names": tail}]
        relations.append({"head": f"h{number}", "relation": relation, "tail": f"t{number}"})
    return {"doc": doc, "entities": entities, "relations": relations}


def test_a_fact_another_document_holds_under_another_name_is_a_story_retold():
    golds = [gold("a.txt", (["Zorvex Labs", "Zorvex"], "sued", ["Quillmate"])),
             gold("b.txt", (["Zorvex"], "sued", ["Quillmate Inc", "Quillmate"])),
             gold("c.txt", (["Brindle Press"], "sued", ["Quillmate"]))]
    assert told_once(golds) == {"c.txt"}


def test_the_same_fact_in_the_other_script_is_retold():
    golds = [gold("a.txt", (["云海科技"], "sued", ["Quillmate"])),
             gold("b.txt", (["雲海科技"], "sued", ["Quillmate"])),
             gold("c.txt", (["云海智能"], "sued", ["Quillmate"]))]
    assert told_once(golds) == {"c.txt"}


def test_a_shared_place_is_no_shared_story_and_no_facts_no_story():
    golds = [gold("a.txt", (["Zorvex"], "jurisdiction", ["Zembla"]), (["Zorvex"], "released", ["Zorvex-1"])),
             gold("b.txt", (["Brindle Press"], "jurisdiction", ["Zembla"])),
             gold("c.txt")]
    assert told_once(golds) == {"a.txt"}


def test_one_retold_fact_makes_the_document_retold():
    golds = [gold("a.txt", (["Zorvex"], "sued", ["Quillmate"]), (["Zorvex"], "partnered", ["Brindle"])),
             gold("b.txt", (["Zorvex"], "sued", ["Quillmate"]))]
    assert told_once(golds) == set()
