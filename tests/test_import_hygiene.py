"""The plain-text path never loads Textual; a warm cache loads no analysis library."""

import json
import subprocess
import sys

from factories import NOW, SAMPLES

HEAVY = ("textual", "sumy", "nltk", "numpy", "dateparser", "trafilatura", "pycrfsuite")

PROBE = r"""
import contextlib, io, json, sys
from briefing.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules],
                  "briefing": sorted(m for m in sys.modules if m.startswith("briefing"))}))
""" % (HEAVY,)


def probe(*args, briefing_modules=False):
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, timeout=600, check=True)
    result = json.loads(out.stdout.decode().strip().splitlines()[-1])
    if not briefing_modules:
        del result["briefing"]
    return result


def test_warm_digest_imports_no_heavy_library():
    assert probe("digest", SAMPLES, "--now", NOW, "--jobs", "1")["code"] == 0  # cold: fills the cache
    for fmt in ("text", "markdown", "json"):
        warm = probe("digest", SAMPLES, "--now", NOW, "--format", fmt)
        assert warm == {"code": 0, "loaded": []}, fmt
    assert probe("quotes", SAMPLES, "--format", "json")["loaded"] == []


def test_an_unchanged_digest_opens_only_the_cache():
    # Answered from the cache of whole briefings: no analysis, no model, no session, no pipeline.
    assert probe("digest", SAMPLES, "--now", NOW, "--jobs", "1")["code"] == 0
    warm = probe("digest", SAMPLES, "--now", NOW, briefing_modules=True)
    assert warm["code"] == 0 and warm["loaded"] == []
    assert set(warm["briefing"]) <= {"briefing", "briefing.cli", "briefing.errors", "briefing.lazy", "briefing.paths",
                                     "briefing.store", "briefing.store.cache", "briefing.store.load",
                                     "briefing.textsafe", "briefing.version"}, warm["briefing"]


def test_version_imports_only_the_command_line():
    code = "import json, sys; from briefing.cli import main; main(['--version']); print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert [m for m in loaded if m.startswith("briefing")] == ["briefing", "briefing.cli", "briefing.errors"]


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
