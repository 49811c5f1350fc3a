"""Where briefing keeps things: every directory can be overridden by an env var."""

from __future__ import annotations

import os
import sys


def cache_dir(override: str | None = None) -> str:
    if override:
        return override
    if os.environ.get("BRIEFING_CACHE_DIR"):
        return os.environ["BRIEFING_CACHE_DIR"]
    return _user_dir("cache")


def data_dir() -> str:
    if os.environ.get("BRIEFING_DATA_DIR"):
        return os.environ["BRIEFING_DATA_DIR"]
    return _user_dir("data")


def articles_dir() -> str:
    return os.path.join(data_dir(), "articles")


# The XDG defaults: what platformdirs answers on Linux when no XDG variable is set.
_XDG = {"cache": ("XDG_CACHE_HOME", ".cache"), "data": ("XDG_DATA_HOME", ".local/share")}


def _user_dir(kind: str) -> str:
    """The user's cache or data folder for briefing, as platformdirs gives it.

    The plain Linux case (no XDG variable, an absolute HOME, not Android) is
    answered here: importing platformdirs cost every run about 10 ms, as much as
    the rest of a warm digest. tests/test_paths.py holds the two answers together.
    """
    variable, default = _XDG[kind]
    home = os.environ.get("HOME", "")
    if (sys.platform == "linux" and not os.environ.get(variable) and os.path.isabs(home)
            and "ANDROID_DATA" not in os.environ):
        return os.path.join(home, default, "briefing")
    return _platformdirs(kind)


def _platformdirs(kind: str) -> str:
    import platformdirs

    if kind == "cache":
        return platformdirs.user_cache_dir("briefing", appauthor=False)
    return platformdirs.user_data_dir("briefing", appauthor=False)


def samples_dir() -> str:
    """The bundled sample articles (inside the installed package, or the source tree)."""
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(here, "sample_articles")
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(here), "sample_articles")
