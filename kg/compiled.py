"""Regular expressions kept compiled between processes (issue 54: start-up).

A process that builds compiles about 1,700 regular expressions (the name families, the
English patterns, the lexicons' alternations, spaCy's tokenizer): 0.7 to 0.9 s of CPU in
``re``'s parser and compiler, written in Python, in every process, of which `kg build`
after one changed file is a tenth.  ``install`` (run when kg is imported) puts a step
before that compiler: a pattern compiled once is kept as what the compiler makes of it
(the code ``_sre.compile`` takes, its flags and group names) in a prebuilt file (kg.prebuilt:
compressed JSON, data only), and the next process hands that code to ``_sre.compile``
directly, which checks it (code it does not accept is a miss: the pattern is compiled
again).  The patterns are the same objects either way: the same source, flags, groups and
code.  The file is named after the interpreter's version and its regular-expression
engine (``_sre.MAGIC``, the code word's size), so one interpreter never reads another's
code; on another version of Python than those whose compiler this knows (3.11 to 3.13),
nothing is installed.  A process writes the file at its exit only where it compiled a
pattern the file did not hold (forked workers never do).
"""
from __future__ import annotations

import atexit
import base64
import hashlib
import os
import sys
import threading
import time
from array import array

from . import prebuilt

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: nothing installed
    _compiler = None

_CODE_TYPE = "I"  # the engine's code words (32 bits), kept as 16 where they fit ("H")
_KNOWN = (_compiler is not None and (3, 11) <= sys.version_info[:2] <= (3, 13) and hasattr(_compiler, "_code")
          and array(_CODE_TYPE).itemsize == getattr(_sre, "CODESIZE", 0) == 4 and array("H").itemsize == 2)
_DEBUG = 128  # re.DEBUG: such a pattern prints its code when compiled, so it is compiled as ever
MIN_LENGTH = 256  # the patterns kept: the long ones (a build's 600 longest are most of its compiling)
MAX_CODE = 8 << 20  # the code a file keeps at most (base64); past it, only what the last process used
WORTH = 0.05  # CPU seconds of compiling that a process saves the next before it writes the file again
# (a few patterns of other packages are written from a set, in another order in every process)
_original = _compiler.compile if _compiler is not None else None


class Kept:
    """The compiled patterns of the file (key: kind, source, flags; value: final flags,
    code as base64 of its words, groups, group index, index group), and those this process
    used or added."""

    def __init__(self, path) -> None:
        self.path = path
        self.entries: dict[tuple, list] = prebuilt.read(path, "compiled patterns", _entries) or {}
        self.used: set[tuple] = set()
        self.added = 0.0  # CPU seconds of the patterns compiled here that the file did not hold
        self.writing = False  # (what the writing itself compiles is not kept)
        self.owner = os.getpid()

    def compile(self, pattern, flags: int):
        if not isinstance(pattern, (str, bytes)) or flags & _DEBUG or self.writing:
            return _original(pattern, flags)
        key = ("s", pattern, flags) if isinstance(pattern, str) else ("b", pattern.decode("latin-1"), flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                code = array(entry[1][0], base64.b64decode(entry[1][1:])).tolist()
                made = _sre.compile(pattern, entry[0], code, entry[2], entry[3], tuple(entry[4]))
                self.used.add(key)
                return made
            except (RuntimeError, TypeError, ValueError, OverflowError):  # code the engine refuses: made again
                del self.entries[key]
        started = time.process_time()
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        final = flags | parsed.state.flags
        made = _sre.compile(pattern, final, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if _writable(key[1]) and all(map(_writable, groupindex)):
            kind = "H" if max(code, default=0) < 1 << 16 else _CODE_TYPE  # (most code: words of 16 bits)
            words = kind + base64.b64encode(array(kind, code).tobytes()).decode("ascii")
            self.entries[key] = [final, words, parsed.state.groups - 1, groupindex, indexgroup]
            self.used.add(key)
            self.added += time.process_time() - started
        return made

    def write(self) -> None:
        """Keep what this process compiled (at its exit; not in a forked worker)."""
        if self.added < WORTH or os.getpid() != self.owner:
            return
        entries = self.entries
        if sum(len(entry[1]) for entry in entries.values()) > MAX_CODE:
            entries = {key: entry for key, entry in entries.items() if key in self.used}
        self.writing = True
        try:
            prebuilt.write(self.path, [[*key, *entry] for key, entry in entries.items()])
        except (OSError, ValueError) as error:  # (prebuilt.write says a folder it cannot write itself)
            prebuilt.log.debug("%s: the compiled patterns not kept (%s)", self.path, error)
        finally:
            self.added, self.writing = 0.0, False


def _writable(text: str) -> bool:
    """Whether JSON in UTF-8 holds ``text`` (a pattern written with a lone surrogate does not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _entries(data) -> dict[tuple, list]:
    """The file's rows checked for their types (ValueError otherwise: the file is a miss)."""
    found = {}
    for row in data:
        kind, source, flags, final, words, groups, groupindex, indexgroup = row
        if (kind not in ("s", "b") or not isinstance(source, str) or not all(
                type(number) is int for number in (flags, final, groups)) or not isinstance(words, str)
                or words[:1] not in ("H", _CODE_TYPE) or not isinstance(groupindex, dict)
                or not isinstance(indexgroup, list)):
            raise ValueError("a row of another form")
        found[(kind, source, flags)] = [final, words, groups, groupindex, indexgroup]
    return found


def path():
    """The file of this interpreter's compiled patterns."""
    made_by = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}".encode()
    return prebuilt.folder() / f"regex-{hashlib.sha256(made_by).hexdigest()[:24]}.json.z"


_lock = threading.Lock()
_kept: Kept | None = None


def _compile(pattern, flags=0):
    global _kept
    if len(pattern) < MIN_LENGTH:  # (a short one compiles in about 80 us: a file of them would cost more)
        return _original(pattern, flags)
    if _kept is None:
        with _lock:
            if _kept is None:
                kept = Kept(path())
                atexit.register(kept.write)
                _kept = kept
    return _kept.compile(pattern, flags)


def install() -> bool:
    """Put the kept patterns before ``re``'s compiler (once); whether it is installed."""
    if not _KNOWN or os.environ.get("KG_COMPILE_PATTERNS") == "always":
        return False
    _compiler.compile = _compile
    return True
