"""Fixtures for every test; shared helpers live in factories.py.

ROOT, SAMPLES, DATA, NOW and run_cli are re-exported for modules that still import
them from here: new code imports them from factories.
"""

import pytest
from factories import DATA, NOW, ROOT, SAMPLES, run_cli  # noqa: F401 - re-exported


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Tests never touch the real cache or data folders."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path
