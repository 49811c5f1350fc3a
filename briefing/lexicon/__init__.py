"""Every word list briefing uses, as reviewed data files in this folder.

One entry a line; lines starting with "#" say what the list is for and where its
entries came from. Entries keep their case (a loader that needs folded words folds
them). Loading is lazy and cached: a warm run that never analyses an article reads
none of these files.

    words("speech_verbs")          -> frozenset of entries
    entries("outlet_suffixes")     -> tuple of entries, in file order (for ordered rules)
    table("outlet_aliases")        -> dict of "key<TAB>value" lines
"""

from __future__ import annotations

import os
from functools import cache

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name: str) -> str:
    return os.path.join(HERE, name + ".txt")


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `name`.txt, in file order, comments and blank lines left out."""
    with open(path(name), encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh]
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    """The entries of `name`.txt as a set."""
    return frozenset(entries(name))


@cache
def lower(name: str) -> frozenset[str]:
    """The entries of `name`.txt, case-folded (for lists matched without regard to case)."""
    return frozenset(e.casefold() for e in entries(name))


@cache
def table(name: str) -> dict[str, str]:
    """`key<TAB>value` lines of `name`.txt as a dict (first occurrence wins)."""
    out: dict[str, str] = {}
    for entry in entries(name):
        key, _, value = entry.partition("\t")
        out.setdefault(key.strip(), value.strip())
    return out


def names() -> list[str]:
    """Every list in the lexicon."""
    return sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
