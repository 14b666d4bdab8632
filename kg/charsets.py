r"""Each distinct character set of the regular expressions a process compiles is optimized once.

``re.compile`` turns every character class of a pattern ([，,、], [\u4e00-\u9fff], \w under a
flag) into its part of the matching program in ``_optimize_charset``, which walks the class
character by character: a class holding a Chinese character fills a table of 65,536 entries
and folds it in chunks of 256, 0.05 to 2 ms a class.  The patterns a one-file rebuild of an
English file compiles hold about 16,600 classes but only about 1,500 distinct ones, and a
class gives the same part of the program whatever pattern it is met in; so the function is
wrapped with a memo keyed by the class and the case folding it is made for (the arguments it
reads), and every pattern compiles to the same program as before, in less time (2.91 -> 2.01
CPU s for those patterns in one process).  tests/test_charsets.py compares the programs.

The function is private: ``re._compiler`` from Python 3.11 on (3.11.7, 3.12.1 and 3.13.0
checked: the same arguments), ``sre_compile`` before (3.10.13).  Where it is not there or
takes other arguments, nothing is wrapped: patterns compile as they did, only slower.

>>> import re
>>> install() in (True, False)
True
>>> re.compile("[，,、]").pattern
'[，,、]'
"""
from __future__ import annotations

#: the most distinct classes kept (a long-lived process compiling users' patterns stays bounded)
MOST_KEPT = 50_000
_ARGUMENTS = ["charset", "iscased", "fixup", "fixes"]


def _compiler():
    """CPython's compiler module of regular expressions, or None."""
    try:
        from re import _compiler as compiler
    except ImportError:
        try:
            import sre_compile as compiler
        except ImportError:
            return None
    return compiler


def once(optimize):
    """``optimize`` (re's _optimize_charset) answering a class met before from a memo: the same
    list of the same (opcode, argument) pairs and the same case flag; the class as given back
    where the stock function gives its argument back."""
    kept: dict[tuple, tuple] = {}

    def optimized(charset, iscased=None, fixup=None, fixes=None):
        # fixes is the compiler's one table of case-folding exceptions (or None): its identity is its value
        key = (tuple(charset), iscased, fixup, None if fixes is None else id(fixes))
        made = kept.get(key)
        if made is None:
            out, hascased = optimize(charset, iscased, fixup, fixes)
            if len(kept) >= MOST_KEPT:
                kept.clear()
            made = kept[key] = (None if out is charset else tuple(out), hascased)
        out, hascased = made
        return (charset if out is None else list(out)), hascased

    optimized.__wrapped__ = optimize
    optimized.kept = kept
    return optimized


def install() -> bool:
    """Wrap re's character-set optimizer with the memo (once a process); False where it cannot be."""
    compiler = _compiler()
    optimize = getattr(compiler, "_optimize_charset", None)
    if optimize is None:
        return False
    if hasattr(optimize, "kept"):
        return True
    code = getattr(optimize, "__code__", None)
    if code is None or list(code.co_varnames[:code.co_argcount]) != _ARGUMENTS:
        return False
    compiler._optimize_charset = once(optimize)
    return True
