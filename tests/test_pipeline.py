"""The build: per-document cache and parallel processing give the same graph."""
from __future__ import annotations

from kg.pipeline import build, pipeline_version

NEWS = """一、监管动态

1. 国家网信办发布《生成式人工智能服务管理暂行办法》

发布日期：2023年7月13日

摘要：国家网信办联合国家发展改革委等部门发布《生成式人工智能服务管理暂行办法》。

2. 纽约时报起诉微软和OpenAI

发布日期：2023年12月27日

摘要：《纽约时报》向纽约南区联邦地区法院起诉微软和OpenAI。
"""


def _facts(report) -> set[tuple[str, str, str]]:
    return {(h, r, t) for h, r, t, _ in report.graph.facts()}


def test_cached_rebuild_gives_the_same_graph_and_reprocesses_only_changed_files(tmp_path, pipeline, write_doc):
    write_doc("a.txt", NEWS)
    write_doc("b.txt", NEWS.replace("纽约时报", "芝加哥论坛报"))
    cache = tmp_path / "cache"
    first = build([tmp_path / "a.txt", tmp_path / "b.txt"], cache_dir=cache, pipeline=pipeline)
    assert first.cached == 0 and len(list(cache.iterdir())) == 2
    second = build([tmp_path / "a.txt", tmp_path / "b.txt"], cache_dir=cache, pipeline=pipeline)
    assert second.cached == 2 and _facts(second) == _facts(first)
    write_doc("b.txt", NEWS.replace("纽约时报", "纽约每日新闻"))
    third = build([tmp_path / "a.txt", tmp_path / "b.txt"], cache_dir=cache, pipeline=pipeline)
    assert third.cached == 1
    assert any("纽约每日新闻" in d["labels"] for _, d in third.graph.entities())


def test_pipeline_version_depends_on_the_knowledge_base(tmp_path):
    import shutil

    from kg.kb import DATA_DIR
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR / "kb", copy / "kb")
    shutil.copytree(DATA_DIR / "lexicon", copy / "lexicon")
    before = pipeline_version(str(copy))
    with open(copy / "kb" / "companies.tsv", "a", encoding="utf-8") as stream:
        stream.write("test-co\t测试公司\tTest Co\t\t\t\n")
    pipeline_version.cache_clear()
    assert pipeline_version(str(copy)) != before


def test_parallel_build_equals_serial_build(tmp_path, pipeline, write_doc):
    for index in range(4):
        write_doc(f"n{index}.txt", NEWS.replace("2023", str(2020 + index)))
    serial = build([tmp_path], pipeline=pipeline)
    parallel = build([tmp_path], jobs=2, pipeline=pipeline)
    assert _facts(serial) == _facts(parallel) and serial.items == parallel.items == 8


def test_unreadable_file_is_skipped_and_named(tmp_path, pipeline, write_doc):
    write_doc("good.txt", NEWS)
    write_doc("bad.txt", b"\x00\x01binary")
    report = build([tmp_path], pipeline=pipeline)
    assert report.documents == 1 and len(report.skipped) == 1 and "bad.txt" in report.skipped[0]
