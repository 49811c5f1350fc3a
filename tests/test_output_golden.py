"""Golden files: the digest of the samples, byte for byte, in every format.

A change to the analysis changes these files on purpose: regenerate them with
`BRIEFING_UPDATE_GOLDEN=1 python -m pytest tests/test_output_golden.py` and
review the diff like code.
"""

import os

import pytest
from factories import NOW, ROOT, run_cli

GOLDEN = os.path.join(ROOT, "tests", "golden")
CASES = {
    "digest-72.txt": ["digest", "sample_articles", "--now", NOW],
    "digest-120.txt": ["digest", "sample_articles", "--now", NOW, "--width", "120"],
    "digest-72.md": ["digest", "sample_articles", "--now", NOW, "--format", "markdown"],
    "digest.json": ["digest", "sample_articles", "--now", NOW, "--format", "json"],
    "digest-72.eml": ["digest", "sample_articles", "--now", NOW, "--email", "--to", "me@example.com"],
    "digest-120.eml": ["digest", "sample_articles", "--now", NOW, "--email", "--to", "me@example.com", "--width", "120"],
    "quotes.json": ["quotes", "sample_articles", "--format", "json", "--now", NOW],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name):
    result = run_cli(*CASES[name], "--jobs", "1", cwd=ROOT)
    assert result.returncode == 0, result.stderr.decode()
    path = os.path.join(GOLDEN, name)
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        with open(path, "wb") as fh:
            fh.write(result.stdout)
    with open(path, "rb") as fh:
        expected = fh.read()
    assert result.stdout.decode("utf-8") == expected.decode("utf-8")


def test_text_lines_fit_the_width():
    for name, width in (("digest-72.txt", 72), ("digest-120.txt", 120)):
        with open(os.path.join(GOLDEN, name), encoding="utf-8") as fh:
            for line in fh.read().splitlines():
                # A path or URL longer than the width cannot be broken without harm.
                if "/" not in line:
                    assert len(line) <= width, (name, line)


def test_wide_digest_puts_outlets_side_by_side():
    with open(os.path.join(GOLDEN, "digest-120.txt"), encoding="utf-8") as fh:
        text = fh.read()
    # Two outlets' headers on one line: the same speaker compared across outlets.
    rows = [ln for ln in text.splitlines() if ln.count(", 2026-03-") >= 2]
    assert rows, "no side-by-side row at width 120"
    with open(os.path.join(GOLDEN, "digest-72.txt"), encoding="utf-8") as fh:
        narrow = fh.read()
    assert not [ln for ln in narrow.splitlines() if ln.count(", 2026-03-") >= 2]
