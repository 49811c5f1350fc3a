import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "sample_articles")
DATA = os.path.join(ROOT, "tests", "data")
NOW = "2026-03-09T12:00:00+00:00"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Tests never touch the real cache or data folders."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def run_cli(*args, stdin=None, cwd=None, env=None):
    """Run `python -m briefing ARGS` in a subprocess; returns CompletedProcess."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=300,
    )
