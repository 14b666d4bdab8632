"""Regular expressions compiled once per machine, not once per process.

Python's ``re`` parses a pattern in Python: the English cue patterns (kg.facts.english,
up to 70 KB of source each, 42.7 MB in all) cost about 8 s of CPU for the 124 an English
build needs, in every process and every worker of `kg build --jobs`.  Nine tenths of that
is the parsing, whose result (the pattern's code, a list of integers, and its groups) is
plain data: ``compiled(source)`` keeps it, compressed, in a file named by the source's
digest under the user's cache folder (about 0.1 MB a pattern) and, the next time, hands it to the regular expression engine
directly.  The engine checks the code it is given (``_sre`` validates it); a file of
another Python, or one that cannot be read, is ignored and the pattern compiled as
``re.compile`` would.

>>> compiled(r"(?P<year>\\d{4})年").match("2024年").group("year")
'2024'
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import zlib
from pathlib import Path

from .atomic import write_atomic

log = logging.getLogger(__name__)

try:  # CPython's own compiler, whose output is cached (re._compiler from 3.11, sre_compile before)
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: re.compile every time
    _sre = None

#: what a cached code is valid for: this interpreter's engine
ENGINE = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}"


def cache_folder() -> Path | None:
    """$KG_REGEX_CACHE, else ailaw-kg/regex under $XDG_CACHE_HOME or ~/.cache; None
    where KG_REGEX_CACHE is empty (no cache)."""
    chosen = os.environ.get("KG_REGEX_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ailaw-kg" / "regex"


def compiled(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, its parsing done once per machine (the module's docstring)."""
    flags = int(flags)
    folder = cache_folder()
    if _sre is None or folder is None or not isinstance(source, str):
        return re.compile(source, flags)
    digest = hashlib.sha256(f"{ENGINE}\0{flags}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()
    path = folder / f"{digest[:40]}.code"
    try:
        found = marshal.loads(zlib.decompress(path.read_bytes()))
        return _sre.compile(source, *found)
    except FileNotFoundError:
        pass
    except Exception as error:  # noqa: BLE001  a torn or foreign file: compiled again, and written anew
        log.debug("%s: not a compiled pattern (%s), compiled again", path, error)
    parsed = _parser.parse(source, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    arguments = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    pattern = _sre.compile(source, *arguments)
    try:
        write_atomic(path, zlib.compress(marshal.dumps(arguments), 1))
    except (OSError, ValueError) as error:  # a read-only home: compiled each time, as before
        log.debug("%s: cannot keep the compiled pattern (%s)", path, error)
    return pattern
