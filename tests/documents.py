"""Reading an invented text as a whole document: the pipeline's every stage, a Traditional
text read in Simplified and its names given back in its own characters (kg.script)."""
from __future__ import annotations

from pathlib import Path

from kg.model import Mention


def read_mentions(pipeline, folder: Path, text: str, title: str = "人工智能侵权案") -> list[Mention]:
    """The mentions of every item of a document of ``title`` over ``text``, written in ``folder``."""
    path = folder / "doc.txt"
    path.write_text(title + "\n" + text + "\n", encoding="utf-8")
    return [mention for mentions in pipeline.process(path).mentions for mention in mentions]
