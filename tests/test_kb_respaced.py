"""A Latin name of the knowledge base written with other joints between its words (a hyphen,
a space or none) or parted at an inner capital: the same entry, where the text keeps the case
of one of its spellings (invented names, added to a copy of the knowledge base)."""
from __future__ import annotations

import shutil

import pytest

from kg.kb import DATA_DIR, KnowledgeBase
from kg.mentions.kb import KnowledgeBaseNames, respaced
from kg.mentions.words import Words

INVENTED = [
    "quillmere\t奎尔米尔分析\tQuillmere Analytics\t\t\t",
    "brightloom\t明织\tBrightLoom\t\t\t",
    "corvel-ash\t科维尔灰\tCorvel Ash\t\t\t",  # two entries whose names differ only in their joints
    "corvelash-labs\t科维尔实验室\tCorvelAsh\t\t\t",
]


@pytest.fixture(scope="module")
def family(tmp_path_factory):
    copy = tmp_path_factory.mktemp("data")
    shutil.copytree(DATA_DIR / "kb", copy / "kb")
    shutil.copytree(DATA_DIR / "lexicon", copy / "lexicon")
    with open(copy / "kb" / "companies.tsv", "a", encoding="utf-8") as stream:
        stream.write("\n".join(INVENTED) + "\n")
    return KnowledgeBaseNames(Words(KnowledgeBase.load(copy)))


def found(family, words: list[str]) -> list[tuple[str, str]]:
    return [(" ".join(words[start:end]), entry.id) for start, end, entry, _ in family.matches(words)]


@pytest.mark.parametrize("name, forms", [
    ("Quillmere Analytics", ["Quillmere-Analytics", "QuillmereAnalytics"]),
    ("Vell-Norran", ["Vell Norran", "VellNorran"]),
    ("BrightLoom", ["Bright Loom", "Bright-Loom"]),
])
def test_a_latin_name_has_its_other_joints(name, forms):
    assert respaced(name) == forms


@pytest.mark.parametrize("name", ["Zorvia", "xQuill", "Q Labs", "明织公司", "OKAY"])
def test_a_name_of_one_word_or_one_letter_parts_has_none(name):
    assert respaced(name) == []


@pytest.mark.parametrize("words, entry", [
    (["Quillmere", "-", "Analytics", "sued", "a", "rival"], "quillmere"),
    (["QuillmereAnalytics", "sued", "a", "rival"], "quillmere"),
    (["the", "Bright", "Loom", "app"], "brightloom"),
    (["a", "Bright", "-", "Loom", "app"], "brightloom"),
])
def test_a_name_written_with_other_joints_is_the_known_entry(family, words, entry):
    assert entry in {kb_id for _, kb_id in found(family, words)}


@pytest.mark.parametrize("words", [
    ["a", "bright", "loom", "of", "threads"],  # the common words, in lower case
    ["BRIGHT", "LOOM", "threads"],  # another case than the name's
])
def test_a_name_written_with_other_joints_in_another_case_is_none(family, words):
    assert "brightloom" not in {kb_id for _, kb_id in found(family, words)}


def test_joints_two_entries_share_name_neither(family):
    assert [kb_id for _, kb_id in found(family, ["Corvel", "-", "Ash", "said"])] == []
    assert {kb_id for _, kb_id in found(family, ["Corvel", "Ash", "and", "CorvelAsh"])} == {"corvel-ash", "corvelash-labs"}
