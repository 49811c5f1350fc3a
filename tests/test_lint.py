"""The project's own lint configuration (pyproject.toml) passes on the whole tree."""

import os
import shutil
import subprocess
import sys

import pytest
from factories import ROOT


def test_ruff_finds_nothing():
    if shutil.which("ruff") is None and subprocess.run([sys.executable, "-m", "ruff", "--version"],
                                                       capture_output=True).returncode != 0:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "briefing", "tests", "bench"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, env=dict(os.environ, NO_COLOR="1"))
    assert result.returncode == 0, result.stdout + result.stderr
