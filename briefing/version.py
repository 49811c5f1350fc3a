"""The analyzer version: part of every cache key.

It is ANALYZER_VERSION plus a hash of the analysis modules' source, so editing any
stage invalidates old cache entries by itself. Kept apart from `analyze` so that a
warm-cache run can compute it without importing (and compiling) the analysers.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache

# Bump when an analysis result changes in a way the source hash would not show
# (a data file, a library upgrade).
ANALYZER_VERSION = "1"
STAGES = ("load", "analyze", "clean", "meta", "dates", "html", "sentences", "summarize", "quotes", "speakers", "model")


def _hash_sources(seed: str, modules: tuple[str, ...]) -> str:
    digest = hashlib.sha256(seed.encode())
    here = os.path.dirname(__file__)
    for name in modules:
        try:
            with open(os.path.join(here, name + ".py"), "rb") as fh:
                digest.update(fh.read())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def analyzer_version() -> str:
    return _hash_sources(ANALYZER_VERSION, STAGES)


# What turns analyses into output: editing any of these changes every cached briefing.
OUTPUT_MODULES = ("pipeline", "speakers", "views", "textsafe", "cli", "render/__init__", "render/text",
                  "render/markdown", "render/json", "render/email", "render/quotes")


@lru_cache(maxsize=1)
def output_version() -> str:
    return _hash_sources(analyzer_version(), OUTPUT_MODULES)
