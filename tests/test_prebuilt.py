"""Start-up forms kept between processes (kg.prebuilt): jieba's reading of the knowledge
base's names comes back from its prebuilt form word for word, a damaged form is a miss
said in one line, and a form made before jieba's dictionary changed is never read."""
import logging
import os
import zlib

import jieba

from kg import prebuilt
from kg.mentions import words

LINES = ["纽约时报", "OpenAI", "Nestlé S.A.", "国家互联网信息办公室", "Getty Images", "美国联邦贸易委员会"]


def _fresh(lines):
    return [[piece for piece in words.latin_words(jieba.cut(line)) if piece] for line in lines]


def test_the_prebuilt_reading_is_jiebas_own(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    first = words.cut_lines(LINES)
    (kept,) = tmp_path.glob("jieba_lines-*.json.z")
    assert first == _fresh(LINES) and ["Nestlé", " ", "S", ".", "A", "."] == first[2]
    kept.write_bytes(zlib.compress(b'[["planted"]' + b',["x"]' * (len(LINES) - 1) + b"]"))
    assert words.cut_lines(LINES)[0] == ["planted"]  # read back, not made again
    assert words.cut_lines([]) == []


def test_a_damaged_form_is_made_again_with_one_line(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    good = words.cut_lines(LINES)
    (kept,) = tmp_path.glob("jieba_lines-*.json.z")
    for damage in (b"not compressed", zlib.compress(b'[["a"]]'), zlib.compress(b'{"a": 1}'),
                   zlib.compress(b'[[1]' + b',["x"]' * (len(LINES) - 1) + b"]"), zlib.compress(b"[[")[:-2]):
        kept.write_bytes(damage)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="kg"):
            assert words.cut_lines(LINES) == good
        lines = [record.getMessage() for record in caplog.records]
        assert len(lines) == 1 and "not a prebuilt reading of lines" in lines[0] and str(kept) in lines[0]
        assert words.cut_lines(LINES) == good and not caplog.records[1:]  # written again, read quietly


def test_a_changed_dictionary_names_another_form(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    words.cut_lines(LINES)
    changed = words._CHANGES.copy()
    changed.update("+星语听写\n".encode())  # as boost records a word it adds
    monkeypatch.setattr(words, "_CHANGES", changed)
    words.cut_lines(LINES)
    assert len(list(tmp_path.glob("jieba_lines-*.json.z"))) == 2


def test_forms_of_a_kind_unused_for_a_week_are_removed(tmp_path):
    old, other = tmp_path / "jieba_lines-old.json.z", tmp_path / "jieba-old.json.z"
    for path in (old, other):
        path.write_bytes(b"x")
        week_ago = path.stat().st_mtime - prebuilt.STALE_SECONDS - 60
        os.utime(path, (week_ago, week_ago))
    prebuilt.write(tmp_path / "jieba_lines-new.json.z", [["a"]])
    assert not old.exists() and other.exists()  # another kind (the dictionary) is left alone
    assert prebuilt.read(tmp_path / "jieba_lines-new.json.z", "x", lambda data: data) == [["a"]]


def test_loading_pauses_the_collector_and_gives_it_back():
    """The pipeline loads with the cyclic garbage collector paused (kg.pipeline.Pipeline),
    and leaves it on, its loaded objects frozen out of its sight, for the build."""
    import gc

    from kg.pipeline import Pipeline
    seen = []
    pipeline = Pipeline()
    original = pipeline.extractor.facts

    def warm_up(*args, **kwargs):  # the warm-up (before --jobs workers fork) runs with the collector paused too
        seen.append(gc.isenabled())
        return original(*args, **kwargs)
    pipeline.extractor.facts = warm_up
    assert gc.isenabled()
    pipeline.nlp  # noqa: B018
    assert seen == [] and gc.isenabled() and gc.get_freeze_count() > 100_000  # loading runs no text
    pipeline.warmed  # noqa: B018
    assert seen == [False] and gc.isenabled()
