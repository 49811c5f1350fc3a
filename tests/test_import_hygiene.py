"""The plain-text path never loads Textual; a warm cache loads no analysis library."""

import json
import subprocess
import sys

from conftest import NOW, SAMPLES

HEAVY = ("textual", "sumy", "nltk", "numpy", "dateparser", "trafilatura")

PROBE = r"""
import contextlib, io, json, sys
from briefing.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}))
""" % (HEAVY,)


def probe(*args):
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, timeout=600, check=True)
    return json.loads(out.stdout.decode().strip().splitlines()[-1])


def test_warm_digest_imports_no_heavy_library():
    assert probe("digest", SAMPLES, "--now", NOW, "--jobs", "1")["code"] == 0  # cold: fills the cache
    for fmt in ("text", "markdown", "json"):
        warm = probe("digest", SAMPLES, "--now", NOW, "--format", fmt)
        assert warm == {"code": 0, "loaded": []}, fmt
    assert probe("quotes", SAMPLES, "--format", "json")["loaded"] == []


def test_cold_plain_text_run_never_imports_textual():
    result = probe("digest", SAMPLES, "--now", NOW, "--no-cache", "--jobs", "1")
    assert "textual" not in result["loaded"]


def test_version_and_help_import_nothing_heavy():
    for args in (["--version"], ["--help"], ["digest", "--help"]):
        code = "import sys; from briefing.cli import main\ntry:\n    main(%r)\nexcept SystemExit:\n    pass\n" % (args,)
        code += "print([m for m in %r if m in sys.modules])" % (HEAVY,)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=True)
        assert out.stdout.decode().strip().splitlines()[-1] == "[]", args


def test_the_tuis_data_modules_import_no_textual():
    """The grid layout, the list's filtering and grouping and the folder index are plain
    data, testable without an app (the TUI's screens and widgets turn them into views)."""
    code = ("import sys\nimport briefing.tui.grid, briefing.tui.listing, briefing.assemble.index\n"
            "print([m for m in sys.modules if m == 'textual' or m.startswith('textual.')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=True)
    assert out.stdout.decode().strip() == "[]"
