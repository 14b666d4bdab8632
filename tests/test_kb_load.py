"""The knowledge base is read once per folder and process, and again when a file changes."""
import os
import shutil

from kg.kb import DATA_DIR, KnowledgeBase


def test_the_knowledge_base_is_read_again_only_when_a_file_changed(tmp_path):
    for part in ("kb", "lexicon"):
        shutil.copytree(DATA_DIR / part, tmp_path / part)
    first = KnowledgeBase.load(tmp_path)
    assert KnowledgeBase.load(tmp_path) is first  # unchanged: the same one
    assert "zz-made-up-co" not in first.entries
    companies = tmp_path / "kb" / "companies.tsv"
    header = next(line for line in companies.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    row = {"id": "zz-made-up-co", "zh": "虚构测试科技公司", "en": "Madeup Testco"}
    with open(companies, "a", encoding="utf-8") as stream:
        stream.write("\t".join(row.get(column, "") for column in header.split("\t")) + "\n")
    os.utime(companies, ns=(1, 1))  # another modification time, whatever the clock's grain
    again = KnowledgeBase.load(tmp_path)
    assert again is not first and again.entries["zz-made-up-co"].zh == "虚构测试科技公司"
    assert KnowledgeBase.load(DATA_DIR) is not again  # another folder, another knowledge base
