"""A regular expression compiled on its first use, not when its module is imported.

kg.cases, kg.unnamed and kg.segment hold some hundred and fifty patterns for reading text;
a command that reads only a graph (`kg query cases --graph`) imports them and never matches
one.  ``later(pattern, flags)`` stands for ``re.compile(pattern, flags)``: its ``pattern`` is
the source text at once (other patterns are built from it at import); any other attribute
(``search``, ``finditer``, ``sub``, ``groupindex``, ``flags`` …) compiles the pattern then,
once, and is kept on the holder, so that later uses look it up as quickly as on the
compiled pattern.  The same pattern, the same matches: only when it is compiled moves.

A holder is no ``re.Pattern``: give ``compiled`` where a function of ``re`` wants one.
"""
from __future__ import annotations

import re
from collections.abc import Callable


class Later:
    """``re.compile(pattern, flags)``, made on first use (see the module)."""

    def __init__(self, pattern: str, flags: int = 0, compiler: Callable[[str], re.Pattern] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiler = compiler

    @property
    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        made = self.__dict__.get("_compiled")
        if made is None:
            compiler = self._compiler
            made = re.compile(self.pattern, self._flags) if compiler is None else compiler(self.pattern)
            self.__dict__["_compiled"] = made
        return made

    def __getattr__(self, name: str):
        # only for what the holder has not kept yet: compile, then keep the attribute
        if name.startswith("__") or name in ("_flags", "_compiled", "_compiler"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"later({self.pattern!r}, {self._flags!r})"


def later(pattern: str, flags: int = 0, compiler: Callable[[str], re.Pattern] | None = None) -> Later:
    """``re.compile(pattern, flags)`` compiled on its first use (see the module); ``compiler``:
    what compiles it instead (a pattern without flags: kg.facts.english_regex Composer.compile)."""
    return Later(pattern, flags, compiler)
