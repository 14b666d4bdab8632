"""The unnamed parties' scan reads the cues of a document's sentences once, with its result
(kg.unnamed.cues, DocumentResult.cues): a build reading the result back from the cache finds
the same unnamed suits as one that makes every cue again, and a result whose cues do not fit
its items has them made again.  All sentences invented."""
from __future__ import annotations

import json
from dataclasses import replace

from kg import records, unnamed
from kg.ingest import read_document

TEXT = ("Test News\nMay 2, 2025\n\nChatbot makers sued\n"
        "The parents of two teenagers recently brought a lawsuit against Lumora, the company behind a chatbot.\n"
        "Lumora said it would fight the claims in court.\n\n"
        "2025年5月3日，三名作家起诉了星河科技，称其未经许可使用作品训练模型。\n"
        "另据报道，青石公司诉蓝海案已于上月开庭。\n")


def _found(pipeline, results) -> str:
    return json.dumps(pipeline.graph(results).graph.graph.get("unnamed_suits"), sort_keys=True, ensure_ascii=False)


def test_cues_mark_the_sentences_a_reader_reads_further():
    text = "The parents of a boy sued Lumora. It rained.\n青石公司诉蓝海案开庭。"
    spans = [(0, 33, None), (34, 43, None), (44, len(text), None)]
    cues = unnamed.cues([type("Item", (), {"text": text})()], lambda _item, _text: iter(spans))
    digits = [int(digit) for digit in cues[0]]
    assert len(digits) == 3 and digits[0] & unnamed.DESCRIBED and digits[1] == 0 and digits[2] & unnamed.CAPTIONED


def test_a_result_keeps_its_cues_and_the_scan_finds_the_same_suits(pipeline, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = pipeline.process_documents([read_document(path)])[0]
    assert result.cues is not None and len(result.cues) == len(result.items)
    again = records.loads(records.dumps(result))  # as a cached result is read back
    assert again.cues == result.cues
    with_cues = _found(pipeline, [again])
    without = _found(pipeline, [replace(again, cues=None)])
    assert with_cues == without and json.loads(with_cues)  # (the described party's suit at least)


def test_cues_that_do_not_fit_the_items_are_made_again(pipeline, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = pipeline.process_documents([read_document(path)])[0]
    expected = _found(pipeline, [replace(result, cues=None)])
    for bad in ([cue + "0" for cue in result.cues], ["x" * len(cue) for cue in result.cues],
                result.cues[:-1]):
        assert _found(pipeline, [replace(result, cues=bad)]) == expected
