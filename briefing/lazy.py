"""Regular expressions compiled on first use.

A module of the analysis stage may hold dozens of large patterns; compiling them
at import cost a warm-cache run (which imports the module but analyses nothing)
tens of milliseconds. `pattern()` returns a stand-in that compiles on the first
call of any method and then binds the compiled methods to itself, so later
calls cost what a compiled pattern's do.

    _DATE = lazy.pattern(r"...", re.IGNORECASE)
    _DATE.search(line)  # compiled here, once

The source may be a function returning it, for a pattern built from a word list
(which is then read on first use too).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BOUND = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split",
          "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """Compiles `re.compile(source, flags)` when first used; then behaves as the compiled pattern."""

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        source = self._source() if callable(self._source) else self._source
        return re.compile(source, self._flags)

    def __getattr__(self, name: str):
        # Called only for names not bound yet: the first use of the pattern.
        compiled = self.compiled()
        for attribute in _BOUND:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy.pattern({self._source!r}, {self._flags!r})"


def pattern(source: str | Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on first use (typed as the compiled pattern it stands for)."""
    return LazyPattern(source, flags)  # type: ignore[return-value]
