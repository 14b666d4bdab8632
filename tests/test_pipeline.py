"""The build: per-document cache and parallel processing give the same graph."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import InputError
from kg.model import family
from kg.pipeline import BATCH, CACHE_DIR, ResultCache, Without, _batches, build, changes, pipeline_version

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


ENGLISH = """Authors sue OpenAI over training data

Nov 30, 2023 (Reuters) - A group of authors sued OpenAI and Microsoft in Manhattan federal court on
Tuesday, accusing them of using their books to train ChatGPT. The New York Times sued the two
companies in December. The suits were later consolidated before U.S. District Judge Sidney Stein.
"""


def test_a_one_file_rebuild_writes_what_a_full_build_writes(tmp_path, pipeline, write_doc):
    """Results read back from the cache (their records shared as they were made) give the
    graph, the suits and the snapshot a build without cache gives, byte for byte."""
    from kg.rdf import GraphWriter, _snapshot_path
    corpus = tmp_path / "corpus"
    write_doc("corpus/a.txt", NEWS)
    write_doc("corpus/b-en.txt", ENGLISH)
    write_doc("corpus/c.txt", NEWS.replace("纽约时报", "芝加哥论坛报"))
    cache = tmp_path / "cache"
    build([corpus], cache_dir=cache, pipeline=pipeline)
    write_doc("corpus/b-en.txt", ENGLISH.replace("Tuesday", "Monday"))
    again = build([corpus], cache_dir=cache, pipeline=pipeline)
    full = build([corpus], pipeline=pipeline)
    assert again.cached == 2 and full.cached == 0
    written = {}
    for name, report in (("again", again), ("full", full)):
        folder = tmp_path / name
        folder.mkdir()
        GraphWriter(folder).write(report.graph)
        written[name] = [(folder / "graph.ttl").read_bytes(), _snapshot_path(folder).read_bytes()]
    assert written["again"] == written["full"]
    assert b"Monday" in written["full"][0]


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


def test_pipeline_version_reads_the_english_name_rules_too(monkeypatch):
    """A change to kg/mentions/english (a subpackage) makes another version: a cached build is redone."""
    from pathlib import Path
    read = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.as_posix()) or original(path))
    pipeline_version.cache_clear()
    try:
        pipeline_version()
    finally:
        pipeline_version.cache_clear()
    assert any(path.endswith("mentions/english/companies.py") for path in read)


def test_parallel_build_equals_serial_build(tmp_path, pipeline, write_doc):
    for index in range(4):
        write_doc(f"n{index}.txt", NEWS.replace("2023", str(2020 + index)))
    serial = build([tmp_path], pipeline=pipeline)
    parallel = build([tmp_path], jobs=2, pipeline=pipeline)
    assert _facts(serial) == _facts(parallel) and serial.items == parallel.items == 8


def test_parallel_build_of_several_batches_equals_serial_build_with_evidence(tmp_path, pipeline, write_doc):
    for index in range(BATCH + 3):  # more than one batch: the workers do share the work
        write_doc(f"n{index:02d}.txt", NEWS.replace("2023", str(2010 + index)))
    serial = build([tmp_path], pipeline=pipeline)
    parallel = build([tmp_path], jobs=2, pipeline=pipeline)
    assert serial.items == parallel.items == 2 * (BATCH + 3)
    assert {(h, r, t, tuple(d["evidence"])) for h, r, t, d in serial.graph.facts()} == \
        {(h, r, t, tuple(d["evidence"])) for h, r, t, d in parallel.graph.facts()}


def test_the_build_process_takes_the_smallest_batches_no_worker_has_begun(monkeypatch):
    """kg.pipeline._share: with --jobs 2 the build process extracts too, the smallest batches
    first, each called off in the worker's queue, until it meets one a worker has taken."""
    import kg.pipeline as pipeline_module

    class Queued:
        def __init__(self, taken: bool) -> None:
            self.taken = taken

        def cancel(self) -> bool:
            return not self.taken
    batches = [[f"b{index}"] for index in range(5)]
    futures = {0: Queued(True), 1: Queued(True), 2: Queued(True), 3: Queued(False), 4: Queued(False)}
    monkeypatch.setattr(pipeline_module, "_process", lambda pipeline, batch: [("done here", *batch)])
    done = pipeline_module._share(None, batches, futures, [4, 3, 2, 1, 0])
    assert done == {4: [("done here", "b4")], 3: [("done here", "b3")]}


def test_batches_keep_the_order_and_cut_by_bytes_with_several_jobs(tmp_path):
    paths = []
    for index, size in enumerate([90_000, 10_000, 10_000, 10_000, 80_000, 1_000]):
        paths.append(tmp_path / f"{index}.txt")
        paths[-1].write_bytes(b"x" * size)
    assert _batches(paths, jobs=1) == [paths]  # one process: batches of BATCH files
    parallel = _batches(paths, jobs=2)  # a quarter of a worker's bytes, 25,125: no batch passes it but a big file
    assert [path for batch in parallel for path in batch] == paths
    assert [batch.weight for batch in parallel] == [90_000, 20_000, 10_000, 80_000, 1_000]


def test_unreadable_file_is_skipped_and_named(tmp_path, pipeline, write_doc):
    write_doc("good.txt", NEWS)
    write_doc("bad.txt", b"\x00\x01binary")
    report = build([tmp_path], pipeline=pipeline)
    assert report.documents == 1 and len(report.skipped) == 1 and "bad.txt" in report.skipped[0]


# -- one document, and the build around it --------------------------------------
NYT_SUIT = """\
星河律师事务所 · 人工智能法律简报（2023年12月）

1. 纽约时报起诉微软和OpenAI
发布日期：2023年12月27日
来源：Reuters
摘要：
2023年12月27日，纽约时报在纽约南区联邦地区法院起诉微软和OpenAI，指控两家公司侵犯著作权。

2. OpenAI发布GPT-4o
发布日期：2024年5月13日
摘要：
2024年5月13日，OpenAI发布新一代多模态模型GPT-4o。
"""

GENAI_MEASURES = """\
1. 国家网信办等七部门发布《生成式人工智能服务管理暂行办法》
发布日期：2023年7月13日
摘要：
2023年7月13日，国家网信办联合国家发展改革委等七部门发布《生成式人工智能服务管理暂行办法》。

2. 意大利数据保护局对OpenAI处以罚款
发布日期：2024年12月20日
摘要：
2024年12月20日，意大利数据保护局对OpenAI处以1500万欧元罚款。
"""


@pytest.fixture
def corpus(write_doc) -> Path:
    write_doc("in/nyt.txt", NYT_SUIT)
    write_doc("in/genai.txt", GENAI_MEASURES, "gb18030")
    return write_doc("in/empty.txt", b"").parent


def _documents(graph) -> set[str]:
    return {evidence.document for _, _, _, data in graph.facts() for evidence in data["evidence"]}


def test_process_reads_items_and_facts_with_their_evidence(pipeline, write_doc):
    result = pipeline.process(write_doc("nyt.txt", NYT_SUIT))
    assert result.name == "nyt.txt"
    assert [item.title for item in result.items] == ["纽约时报起诉微软和OpenAI", "OpenAI发布GPT-4o"]
    assert len(result.mentions) == 2
    assert result.facts and {fact.evidence.document for fact in result.facts} == {"nyt.txt"}


def test_process_of_an_unreadable_file_raises_input_error(pipeline, write_doc):
    with pytest.raises(InputError, match="empty file"):
        pipeline.process(write_doc("empty.txt", b""))


def test_build_reports_documents_items_and_skipped_files(pipeline, corpus):
    calls = []
    report = build([corpus], pipeline=pipeline, on_document=lambda path, error: calls.append((Path(path).name, error)))
    assert (report.documents, report.items, report.cached) == (2, 4, 0)
    assert report.skipped == [f"{corpus / 'empty.txt'}: empty file"]
    assert [name for name, _ in calls] == ["empty.txt", "genai.txt", "nyt.txt"]
    assert [error is None for _, error in calls] == [False, True, True]
    assert _documents(report.graph) == {"nyt.txt", "genai.txt"}
    assert report.graph.find("OpenAI")


def test_cached_build_gives_the_same_graph_without_processing(pipeline, corpus, tmp_path, monkeypatch):
    cache = tmp_path / CACHE_DIR
    first = build([corpus], pipeline=pipeline, cache_dir=cache)
    assert len(list(cache.iterdir())) == 2

    process = pipeline.process

    def only_unreadable(path):
        assert path.name == "empty.txt", f"{path} processed again"
        return process(path)
    monkeypatch.setattr(pipeline, "process", only_unreadable)
    again = build([corpus], pipeline=pipeline, cache_dir=cache)
    assert (again.cached, again.documents, again.items) == (2, 2, 4)
    assert again.skipped == first.skipped        # an unreadable file is tried again, and skipped again
    assert _facts(again) == _facts(first)


def test_renamed_file_is_cited_under_its_new_name(pipeline, corpus, tmp_path):
    cache = tmp_path / CACHE_DIR
    build([corpus], pipeline=pipeline, cache_dir=cache)
    (corpus / "nyt.txt").rename(corpus / "nyt-2023-12.txt")
    report = build([corpus], pipeline=pipeline, cache_dir=cache)
    assert _documents(report.graph) == {"nyt-2023-12.txt", "genai.txt"}


def test_an_item_the_rules_trip_over_is_skipped_and_the_rest_kept(pipeline, write_doc, monkeypatch, caplog):
    path = write_doc("two.txt", NEWS)
    original = pipeline.extractor.facts

    def trip(item, text, mentions, earlier=()):
        if item.index == 1:
            raise ValueError("a rule tripped")
        return original(item, text, mentions, earlier)
    monkeypatch.setattr(pipeline.extractor, "facts", trip)
    result = pipeline.process(path)
    assert [item.index for item in result.items] == [2]
    assert "two.txt: item 1 skipped (ValueError: a rule tripped)" in caplog.text


def test_a_family_that_trips_loses_its_own_facts_only(pipeline, write_doc, monkeypatch, caplog):
    monkeypatch.delenv("KG_STRICT", raising=False)
    path = write_doc("suit.txt", NYT_SUIT)
    whole = pipeline.process(path)
    rules = {fact.rule.split("/")[0] for fact in whole.facts}
    family = next(one for one in pipeline.extractor.sentence_families if one.rule == "cue")
    assert "cue" in rules and len(rules) > 1

    def trip(sentence):
        raise ValueError("a rule tripped")
    monkeypatch.setattr(family, "facts", trip)
    result = pipeline.process(path)
    assert [item.index for item in result.items] == [item.index for item in whole.items]
    kept = {(f.head, f.relation, f.tail) for f in result.facts}
    assert kept and kept < {(f.head, f.relation, f.tail) for f in whole.facts}
    assert not any(fact.rule == "cue" for fact in result.facts)
    assert caplog.text.count("suit.txt: item 1: rule cue skipped (ValueError: a rule tripped)") == 1


def test_a_name_family_that_trips_leaves_the_other_names_of_its_item(pipeline, write_doc, monkeypatch, caplog):
    monkeypatch.delenv("KG_STRICT", raising=False)
    path = write_doc("suit.txt", NYT_SUIT)
    whole = pipeline.process(path)
    name, component = next((name, one) for name, one in pipeline.nlp.pipeline if "english" in name.lower())

    def trip(self, doc):
        raise ValueError("a name family tripped")
    monkeypatch.setattr(type(component), "__call__", trip)
    result = pipeline.process(path)
    assert [item.index for item in result.items] == [item.index for item in whole.items]
    assert {m.text for item in result.mentions for m in item} & {"纽约时报", "微软"}
    assert caplog.text.count(f"suit.txt: item 1: {name} skipped (ValueError: a name family tripped)") == 1
    assert "suit.txt: item 2" not in caplog.text  # one line for the document


def test_the_tests_run_strict_so_a_rules_error_fails_its_test(pipeline, write_doc, monkeypatch):
    monkeypatch.setenv("KG_STRICT", "1")
    path = write_doc("suit.txt", NYT_SUIT)
    family = next(one for one in pipeline.extractor.sentence_families if one.rule == "cue")

    def trip(sentence):
        raise ValueError("a rule tripped")
    monkeypatch.setattr(family, "facts", trip)
    assert pipeline.process(path).items == []  # the old rule: the item dropped whole


def test_results_kept_in_memory_serve_a_resident_rebuild(pipeline, corpus, monkeypatch):
    results = ResultCache(None, pipeline_version())  # memory only, as kg build --watch keeps them
    first = build([corpus], pipeline=pipeline, cache=results)
    assert len(results.memory) == 2
    (corpus / "nyt.txt").write_text(NYT_SUIT.replace("纽约时报", "纽约每日新闻"), encoding="utf-8")
    process = pipeline.process

    def only_changed(path):
        assert path.name in ("nyt.txt", "empty.txt"), f"{path} processed again"
        return process(path)
    monkeypatch.setattr(pipeline, "process", only_changed)
    again = build([corpus], pipeline=pipeline, cache=results)
    assert (again.cached, again.documents) == (1, 2)
    assert any("纽约每日新闻" in d["labels"] for _, d in again.graph.entities())
    assert _facts(again) != _facts(first)
    assert len(results.memory) == 2  # the result of the old text is forgotten


def test_changes_yields_the_files_again_when_one_is_changed_added_or_removed(corpus):
    watch = changes([corpus], interval=0.01)
    assert sorted(p.name for p in next(watch)) == ["empty.txt", "genai.txt", "nyt.txt"]
    (corpus / "nyt.txt").write_text(NYT_SUIT + "\n", encoding="utf-8")
    assert len(next(watch)) == 3
    (corpus / "new.md").write_text("# 新\n", encoding="utf-8")
    assert "new.md" in {p.name for p in next(watch)}
    (corpus / "genai.txt").unlink()
    assert sorted(p.name for p in next(watch)) == ["empty.txt", "new.md", "nyt.txt"]


NEWS_FIXTURES = Path(__file__).parent / "fixtures" / "news"


def _names_and_facts(result) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    names = {m.text: m.type for mentions in result.mentions for m in mentions}
    facts = {(f.head.text, f.relation, f.tail.text) for f in result.facts}
    return names, facts


def test_chinese_news_article_gives_its_outlets_people_and_facts(pipeline):
    result = pipeline.process(NEWS_FIXTURES / "zh-article.txt")
    names, facts = _names_and_facts(result)
    assert {name: names.get(name) for name in ("新华网", "新华社", "王晓明", "刘静", "孙宇航", "陈思")} == {
        "新华网": "Company", "新华社": "Company", "王晓明": "Person", "刘静": "Person", "孙宇航": "Person", "陈思": "Person"}
    issuers = {head for head, relation, tail in facts if relation == "issued" and tail == "人工智能生成合成内容标识办法"}
    assert issuers == {"国家互联网信息办公室", "工业和信息化部", "公安部", "国家广播电视总局"}
    people = {"王晓明", "刘静", "孙宇航", "陈思", "新华社", "新华网"}
    assert not [fact for fact in facts if fact[0] in people or fact[2] in people]  # credits state no facts
    assert [item.date for item in result.items] == ["2025-03-14"]


def test_english_news_article_facts_cite_one_sentence(pipeline):
    result = pipeline.process(NEWS_FIXTURES / "en-article.txt")
    names, facts = _names_and_facts(result)
    assert (names["Jane Doe"], names["John Roe"], names["Reuters"]) == ("Person", "Person", "Company")
    assert {("The New York Times Co.", "sued", "OpenAI Inc."), ("The New York Times Co.", "sued", "Microsoft Corp.")} <= facts
    assert not [fact for fact in facts if fact[1] == "adjudicated"]
    (item,) = result.items
    for fact in result.facts:
        assert item.text[fact.evidence.start:fact.evidence.end] == fact.evidence.sentence
    # whole sentences, not cut after Inc. or Corp.: the suit's and the case name's (… v. Microsoft Corp.), and
    # the one telling where the newspaper filed its complaint (the story's suit, told again)
    whole = {"The New York Times Co. sued OpenAI Inc. and Microsoft Corp. on Wednesday, saying millions of its "
             "articles were copied without permission to build ChatGPT and Copilot.",
             "The case is The New York Times Co. v. Microsoft Corp., No. 1:23-cv-11195."}
    cited = {f.evidence.sentence for f in result.facts if f.relation == "sued" and f.tail.text.endswith(".")}
    assert whole <= cited <= whole | {"The newspaper filed its complaint in the U.S. District Court for the Southern "
                                      "District of New York."}


def test_english_newsletter_facts_come_from_its_items_not_its_comment_or_disclaimer(pipeline):
    result = pipeline.process(NEWS_FIXTURES / "en-newsletter.txt")
    names, facts = _names_and_facts(result)
    assert ("Garante", "fined", "OpenAI") in facts
    assert not [f for f in result.facts if "legal advice" in f.evidence.sentence]


def test_a_hostile_file_in_the_cache_is_not_run_and_its_document_processed_again(pipeline, corpus, tmp_path, caplog):
    from hostile import hostile_payloads
    cache = tmp_path / CACHE_DIR
    first = build([corpus], pipeline=pipeline, cache_dir=cache)
    planted = tmp_path / "planted"
    payload = hostile_payloads(planted)[0]
    for entry in list(cache.iterdir()):
        entry.write_bytes(payload)
        (cache / entry.name.replace(".json.z", ".pickle")).write_bytes(payload)
    again = build([corpus], pipeline=pipeline, cache_dir=cache)
    assert not planted.exists()
    assert again.cached == 0 and _facts(again) == _facts(first)
    assert caplog.text.count("not a cached result, ignored") == 2
    assert build([corpus], pipeline=pipeline, cache_dir=cache).cached == 2  # the results were written again


def test_a_cache_folder_that_is_a_link_is_not_written_through(pipeline, corpus, tmp_path, caplog):
    import os
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, tmp_path / CACHE_DIR)
    report = build([corpus], pipeline=pipeline, cache_dir=tmp_path / CACHE_DIR)
    assert report.documents == 2 and list(elsewhere.iterdir()) == []
    assert "a symbolic link, not used as the cache" in caplog.text


# -- leaving rule families out (kg evaluate --by-rule) ------------------------------------
def _families(result) -> tuple[set[str], set[str]]:
    names = {family(m.mechanism) for mentions in result.mentions for m in mentions}
    names |= {family(m.mechanism) for fact in result.facts for m in (fact.head, fact.tail)}
    return names, {family(fact.rule) for fact in result.facts}


def test_every_mention_and_fact_names_its_rule_family(pipeline, write_doc):
    result = pipeline.process(write_doc("news.txt", NEWS))
    names, rules = _families(result)
    assert "" not in names | rules and {"kb", "title"} <= names and "cue" in rules


def test_a_build_without_a_family_has_none_of_its_outputs(pipeline, write_doc):
    path = write_doc("news.txt", NEWS)
    whole = pipeline.process(path)
    names, rules = _families(whole)
    for left_out in sorted(names - {"kb"}):  # the others find names without the knowledge base's
        result = pipeline.process(path, Without(names=frozenset({left_out})))
        assert left_out not in _families(result)[0] and result.mentions
    for left_out in sorted(rules):
        result = pipeline.process(path, Without(facts=frozenset({left_out})))
        assert left_out not in _families(result)[1] and result.mentions == whole.mentions
    # (with the pair family, a backstop that reads what the others left, which made none of them)
    assert not pipeline.process(path, Without(facts=frozenset(rules | {"pair"}))).facts


def test_without_a_name_family_the_names_of_the_others_are_chosen_among(pipeline, write_doc):
    path = write_doc("office.txt", "1. 指南\n发布日期：2024年1月2日\n摘要：美国卫生与公众服务部民权办公室发布指南。\n")
    whole = {(m.text, family(m.mechanism)) for mentions in pipeline.process(path).mentions for m in mentions}
    assert ("美国卫生与公众服务部民权办公室", "suffix") in whole
    # kg.mentions.subunit reads the same unit glued to its known body: both left out
    without = pipeline.process(path, Without(names=frozenset({"suffix", "subunit"})))
    chosen = {(m.text, family(m.mechanism)) for mentions in without.mentions for m in mentions}
    assert ("美国卫生与公众服务部", "kb") in chosen and not any(f in ("suffix", "subunit") for _, f in chosen)


def test_the_cli_pipeline_fixture_makes_pipelines_with_the_arguments_given(cli_pipeline):
    from kg import pipeline as module
    made = module.Pipeline(file_seconds=7.5)
    assert made.file_seconds == 7.5 and cli_pipeline.file_seconds == module.FILE_SECONDS
    assert made.nlp is cli_pipeline.nlp and made.extractor is cli_pipeline.extractor  # spaCy loaded once
    assert module.Pipeline().file_seconds == module.FILE_SECONDS


def test_pipeline_version_depends_on_the_character_tables_ingest_reads(tmp_path, monkeypatch):
    tables = tmp_path / "unicode"
    tables.mkdir()
    (tables / "radicals.tsv").write_text("⼈\t人\n", encoding="utf-8")
    monkeypatch.setattr("kg.pipeline.UNICODE_DIR", tables)
    pipeline_version.cache_clear()
    before = pipeline_version()
    (tables / "radicals.tsv").write_text("⼈\t人\n⼯\t工\n", encoding="utf-8")
    pipeline_version.cache_clear()
    try:
        assert pipeline_version() != before
    finally:
        pipeline_version.cache_clear()


def test_an_english_document_is_built_without_jieba_s_tagger(tmp_path):
    """A process that builds English text alone (a one-file rebuild of an English file) never
    reads jieba's part-of-speech table: loading runs no made-up Chinese item (that is done
    before --jobs workers fork), and the tags of words holding no Chinese character come from
    the dictionary's few such words (kg.mentions.words.Tags)."""
    import subprocess
    import sys
    (tmp_path / "brief.txt").write_text(
        "Court fines Acme\n\nOn 2 May 2024, the Hamburg Regional Court fined Acme Group EUR 2 million. "
        "Condé Nast sued OpenAI in New York.\n", encoding="utf-8")
    script = ("import sys\nfrom kg.pipeline import build\n"
              f"report = build([{str(tmp_path / 'brief.txt')!r}])\n"
              "print(report.documents, 'jieba.posseg' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, check=True)
    assert done.stdout.split() == ["1", "False"]
