"""The analyzer version: part of every cache key.

It is ANALYZER_VERSION plus a hash of the analysis code and its data files, so
editing any stage (or a word list it reads) invalidates old cache entries by
itself. Kept apart from the analysers so that a warm-cache run can compute it
without importing (and compiling) them.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache

# Bump when an analysis result changes in a way the source hash would not show
# (a library upgrade).
ANALYZER_VERSION = "2"
HERE = os.path.dirname(os.path.abspath(__file__))
# Everything one article's analysis reads: packages are hashed whole (code and data files).
STAGES = ("article", "lexicon", "store/load.py", "model.py", "textsafe.py", "lazy.py")
# What turns analyses into output: editing any of these changes every cached briefing.
OUTPUT_MODULES = ("assemble", "present", "textsafe.py", "cli.py", "session.py")
_DATA_SUFFIXES = (".py", ".txt", ".tsv", ".json", ".sha256")
# A model file is hashed through the digest written beside it when it was trained
# (tagger.crfsuite.sha256): a warm run reads 64 bytes, not megabytes; a test checks the two agree.


def _files(entry: str) -> list[str]:
    path = os.path.join(HERE, entry)
    if not os.path.isdir(path):
        return [path]
    found = []
    for folder, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found += [os.path.join(folder, f) for f in sorted(files) if f.endswith(_DATA_SUFFIXES)]
    return found


def _hash_sources(seed: str, entries: tuple[str, ...]) -> str:
    digest = hashlib.sha256(seed.encode())
    for entry in entries:
        for path in _files(entry):
            digest.update(os.path.relpath(path, HERE).encode())
            try:
                with open(path, "rb") as fh:
                    digest.update(fh.read())
            except OSError:
                digest.update(b"missing")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def analyzer_version() -> str:
    return _hash_sources(ANALYZER_VERSION, STAGES)


@lru_cache(maxsize=1)
def output_version() -> str:
    return _hash_sources(analyzer_version(), OUTPUT_MODULES)
