"""jieba's dictionary is read from a prebuilt form (sorted words and their counts as
JSON), never from jieba's marshal cache; a damaged one is a miss, said in one line."""
import logging
import zlib

import jieba

from kg.nlp import load_dictionary


def _loaded(folder):
    tokenizer = jieba.Tokenizer()
    load_dictionary(tokenizer, folder)
    return tokenizer


def test_the_prebuilt_dictionary_is_the_one_jieba_builds(tmp_path):
    first = _loaded(tmp_path)
    (kept,) = tmp_path.glob("jieba-*.json.z")
    assert first.initialized and first.FREQ["人工智能"] > 0 and first.FREQ["人工"] > 0
    again = _loaded(tmp_path)  # read back from the prebuilt form
    assert again.FREQ == first.FREQ and again.total == first.total
    assert again.lcut("纽约时报起诉微软和OpenAI") == first.lcut("纽约时报起诉微软和OpenAI")
    assert kept.read_bytes()[:2] != b"\xe3\x00"  # not marshal: zlib-compressed JSON
    assert zlib.decompress(kept.read_bytes()).startswith(b'{"total":')


def test_a_damaged_dictionary_is_made_again_with_one_line(tmp_path, caplog):
    good = _loaded(tmp_path)
    (kept,) = tmp_path.glob("jieba-*.json.z")
    for damage in (b"not compressed", zlib.compress(b'{"total": 5, "words": "a", "counts": [5]}')[:-6],
                   zlib.compress(b'{"total": 5, "words": "a\\nb", "counts": [1]}'),
                   zlib.compress(b'{"total": 5, "words": "a", "counts": [-1]}')):
        kept.write_bytes(damage)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="kg"):
            again = _loaded(tmp_path)
        assert again.FREQ == good.FREQ
        lines = [record.getMessage() for record in caplog.records]
        assert len(lines) == 1 and "not a prebuilt dictionary" in lines[0] and str(kept) in lines[0]
        assert zlib.decompress(kept.read_bytes()).startswith(b'{"total":')  # written again


def test_the_segmenters_cut_is_jiebas_with_each_block_read_once():
    # invented text: blocks jieba cuts (Chinese, Latin, digits, +#&._%-), whitespace runs, \r\n,
    # punctuation between them, and blocks met again (read from what was kept)
    from kg.nlp import cut_text
    texts = ["纽约时报起诉微软和OpenAI，称其侵犯版权。", "Acme Inc v. Beta LLC, filed 3 March 2024.\r\n\r\nNext  line\t…",
             "紐約時報起訴微軟。  Acme-Robotics 与 Nova_Micro 合作（C++ 与 C#）、", "", " ", "\n\n"]
    for text in texts + texts:
        assert list(cut_text(text)) == list(jieba.cut(text))


def test_a_blocks_words_are_read_again_once_the_dictionary_changed(monkeypatch):
    from kg import nlp
    list(nlp.cut_text("甲公司起诉乙公司"))
    assert "甲公司起诉乙公司" in nlp._block_cuts.words
    monkeypatch.setattr(nlp, "changes", lambda: "another dictionary")  # as boost or unglue change it
    assert list(nlp.cut_text("丙公司")) == list(jieba.cut("丙公司"))
    assert "甲公司起诉乙公司" not in nlp._block_cuts.words


def test_a_word_added_to_jiebas_dictionary_is_cut_whole_at_once():
    """Review B 10: the blocks kept were read again only after boost or unglue, not after any other change."""
    from kg import nlp
    block = "微软起诉谷歌公司"
    list(nlp.cut_text(block))
    try:
        jieba.add_word("谷歌公司", freq=1_000_000)
        assert "谷歌公司" in list(nlp.cut_text(block))
    finally:
        jieba.del_word("谷歌公司")  # (a count set to 0, which the cache cannot see: started again by hand)
        nlp._block_cuts.words.clear()
    assert list(nlp.cut_text(block)) == list(jieba.cut(block))


def test_a_long_block_is_cut_but_not_kept():
    from kg import nlp
    block = "甲公司起诉乙公司" * 10
    assert list(nlp.cut_text(block)) == list(jieba.cut(block))
    assert block not in nlp._block_cuts.words
