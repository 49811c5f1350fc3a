"""End to end on the bundled samples: what a new user sees first."""

import json
import os
import re

from factories import NOW, SAMPLES, run_cli

from briefing.store.load import SUFFIXES


def sample_files():
    return sorted(n for n in os.listdir(SAMPLES) if os.path.splitext(n)[1] in SUFFIXES)


def test_digest_json_without_paths_lists_every_sample(tmp_path):
    # From another directory, with no PATH: the bundled samples.
    result = run_cli("digest", "--format", "json", "--now", NOW, cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    names = sorted(os.path.basename(a["path"]) for a in data["articles"])
    assert names == sample_files()
    for art in data["articles"]:
        assert art["title"], art["path"]
        assert art["summary"] and all(s.strip() for s in art["summary"]), art["path"]
    story = [a for a in data["articles"] if "tessaly" in a["path"]]
    assert len(story) >= 12
    with_speakers = [a for a in story if any(q["speaker"] for q in a["quotes"])]
    assert len(with_speakers) >= len(story) - 1
    for art in data["articles"]:
        for q in art["quotes"]:
            assert q["kind"] in ("direct", "indirect")
            assert q["text"].strip()
    names = {s["name"] for s in data["speakers"]}
    assert "Elena Varga" in names and "Qiao Minglun" in names


def test_piped_digest_is_plain_text(tmp_path):
    result = run_cli(SAMPLES, "--now", NOW, cwd=tmp_path)  # stdout is a pipe: the digest
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode("utf-8")
    assert "\x1b" not in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text)
    assert text.startswith("Briefing:")
    assert "Who said what" in text


def test_quotes_json_contract(tmp_path):
    result = run_cli("quotes", SAMPLES, "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    rows = json.loads(result.stdout)
    assert rows
    for row in rows:
        assert set(row) >= {"article", "speaker", "text", "kind"}
        assert row["article"].startswith(SAMPLES)
        assert row["kind"] in ("direct", "indirect")
    assert any(r["speaker"] == "Elena Varga" and r["kind"] == "direct" for r in rows)
    assert any(r["kind"] == "indirect" for r in rows)


def test_version_and_help():
    assert run_cli("--version").stdout.decode().startswith("briefing ")
    out = run_cli("--help").stdout.decode()
    for command in ("digest", "quotes", "tui", "cache", "add"):
        assert command in out
    assert run_cli("digest", "--help").returncode == 0


def test_no_nltk_data_is_needed(monkeypatch, tmp_path):
    """Analysis must never look for NLTK data (an offline machine has none)."""
    import nltk.data

    def refuse(*_a, **_k):
        raise AssertionError("NLTK data was requested")

    monkeypatch.setattr(nltk.data, "load", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    from briefing.article.analyze import analyze
    from briefing.store.load import read

    for name in sample_files():
        raw = read(os.path.join(SAMPLES, name))
        analysis = analyze(raw)
        assert analysis.sentences
