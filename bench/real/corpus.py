"""The real-text corpus: where its local texts live, how a text is normalised and checksummed,
and the manifest that names every document's source.

The texts are third-party and never committed.  Each document is one line of a JSON-lines file
under ``bench/real/sources/``; its text lives at ``$AILAW_REAL/<id>.txt`` (default
``~/.cache/ailaw-kg/real/``).  ``sets()`` lays the texts out as ``kg evaluate`` reads them:
``<root>/sets/<part>/<kind>/<id>.txt``.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
GOLD = HERE / "gold"
KINDS = ("zh-news", "en-news", "zh-legal")
PARTS = ("dev", "judge")


def root() -> Path:
    """The folder of the local texts: ``$AILAW_REAL``, else ``~/.cache/ailaw-kg/real``."""
    return Path(os.environ.get("AILAW_REAL") or Path.home() / ".cache" / "ailaw-kg" / "real").expanduser()


def normalise(text: str) -> str:
    """The form a text is checksummed in: NFC, LF line ends, no white space at a line's end, no
    blank lines at either end, one final newline.  A restorer who keeps the same characters
    between the same first and last words gets the same checksum."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def checksum(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def documents() -> list[dict]:
    """Every document of the manifest, in file then line order."""
    rows = []
    for path in sorted(SOURCES.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                row["_manifest"] = f"{path.name}:{number}"
                rows.append(row)
    return rows


def text_path(document: dict) -> Path:
    return root() / f"{document['id']}.txt"


def sets(part: str, folder: Path | None = None) -> Path:
    """Copy the local texts of one part (``dev`` or ``judge``) into ``<folder>/<kind>/<id>.txt``
    (default ``<root>/sets/<part>``) and return the folder; missing texts are left out."""
    target = folder or root() / "sets" / part
    if target.exists():
        shutil.rmtree(target)
    for document in documents():
        source = text_path(document)
        if document.get("part") == part and source.is_file():
            destination = target / document["kind"] / source.name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
    return target
