"""What every process that builds would otherwise make again at its start, kept prebuilt
between processes: jieba's dictionary (kg.nlp.load_dictionary) and jieba's reading of the
knowledge base's names (kg.mentions.words.cut_lines).

A prebuilt file is data only: zlib-compressed JSON, read as a regular file within a size
limit, checked by its reader, written atomically, named after everything it was made
from (so a file of other inputs is never read).  One that is damaged or does not hold
what its reader expects is a miss: one line says so, and it is made again.
"""
from __future__ import annotations

import json
import logging
import os
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .atomic import read_regular, write_atomic

log = logging.getLogger("kg")
MAX_BYTES = 64 << 20  # the largest prebuilt file read back (jieba's dictionary: 2.4 MB, 6.9 MB inflated)
STALE_SECONDS = 7 * 24 * 3600  # a prebuilt file of a kind not used for a week is removed when another is written
T = TypeVar("T")


def folder() -> Path:
    """Where prebuilt forms are kept: KG_CACHE_DIR, else ~/.cache/ailaw-kg."""
    base = os.environ.get("KG_CACHE_DIR") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ailaw-kg"
    return Path(base)


def read(path: Path, what: str, checked: Callable[[object], T]) -> T | None:
    """``checked(data)`` of the JSON in ``path``; None where there is no such file, or
    (said in one line naming the file and ``what`` it should hold) where it is damaged or
    ``checked`` raises ValueError, TypeError or KeyError."""
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(read_regular(path, MAX_BYTES), 4 * MAX_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError("it inflates past the limit or is cut short")
        return checked(json.loads(text))
    except FileNotFoundError:
        return None
    except (OSError, zlib.error, ValueError, TypeError, KeyError, AttributeError) as error:
        log.warning("%s: not a prebuilt %s, ignored and made again (%s)", path, what, str(error)[:200])
        return None


def write(path: Path, data: object) -> None:
    """``data`` as compressed JSON at ``path`` (atomically); older files of its kind (the
    same name up to its last '-') unused for STALE_SECONDS are removed.  A folder that
    cannot be written is said at debug level: then the form is made in every process."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        write_atomic(path, zlib.compress(text.encode("utf-8"), 1))
    except OSError as error:  # a read-only home
        log.debug("%s: cannot keep the prebuilt form (%s)", path, error)
        return
    kind = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{kind}-*"):
        try:
            if old != path and old.is_file() and time.time() - max(old.stat().st_atime, old.stat().st_mtime) > STALE_SECONDS:
                old.unlink()
        except OSError:
            pass  # another process removed it, or it is not ours to remove
