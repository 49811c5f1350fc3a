"""The type checker, configured in pyproject.toml ([tool.mypy]), finds nothing."""

import os
import subprocess
import sys

import pytest
from factories import ROOT


def test_mypy_finds_nothing(tmp_path):
    if subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode != 0:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy")], cwd=ROOT,
                            capture_output=True, text=True, timeout=300, env=dict(os.environ, NO_COLOR="1"))
    assert result.returncode == 0, result.stdout + result.stderr
