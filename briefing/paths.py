"""Where briefing keeps things: every directory can be overridden by an env var."""

from __future__ import annotations

import os


def cache_dir(override: str | None = None) -> str:
    if override:
        return override
    if os.environ.get("BRIEFING_CACHE_DIR"):
        return os.environ["BRIEFING_CACHE_DIR"]
    import platformdirs

    return platformdirs.user_cache_dir("briefing", appauthor=False)


def data_dir() -> str:
    if os.environ.get("BRIEFING_DATA_DIR"):
        return os.environ["BRIEFING_DATA_DIR"]
    import platformdirs

    return platformdirs.user_data_dir("briefing", appauthor=False)


def articles_dir() -> str:
    return os.path.join(data_dir(), "articles")


def samples_dir() -> str:
    """The bundled sample articles (inside the installed package, or the source tree)."""
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(here, "sample_articles")
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(here), "sample_articles")
