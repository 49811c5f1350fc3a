"""What scripts and cron jobs rely on: exit codes, filters, pipes, colour, stable bytes."""

import json
import os
import subprocess
import sys

from factories import NOW, ROOT, SAMPLES, run_cli, write_article

STORY_A = """Harbour board approves new ferry terminal

By Lena Moor

The Kestrel Harbour board voted on Tuesday to build a new ferry terminal on the east quay, ending two years of argument over the site.

"This terminal will carry the town for the next fifty years," board chair Oskar Lind said after the vote.

Lind said the first sailings could begin in the spring of next year.
"""


def test_unreadable_file_is_named_and_the_rest_is_printed(tmp_path):
    good = write_article(tmp_path, "good.txt", STORY_A)
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = run_cli("digest", str(tmp_path), "--now", NOW)
    assert result.returncode == 1
    err = result.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "bad.txt" in err[0] and "PNG" in err[0]
    assert "Harbour board approves new ferry terminal" in result.stdout.decode()
    assert good


def test_usage_errors_exit_2_with_one_line():
    for args in (["digest", "--width", "abc"], ["digest", "--since", "the day after never"], ["digest", "--method", "nope"],
                 ["digest", "--format", "pdf"]):
        result = run_cli(*args, SAMPLES)
        assert result.returncode == 2, args
        assert result.stdout == b""
        assert result.stderr.strip()


def test_same_input_gives_the_same_bytes_cold_and_warm(tmp_path):
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "c")}
    cold = run_cli("digest", SAMPLES, "--now", NOW, env=env)
    warm = run_cli("digest", SAMPLES, "--now", NOW, env=env)
    uncached = run_cli("digest", SAMPLES, "--now", NOW, "--no-cache", "--jobs", "2")
    assert cold.returncode == warm.returncode == 0
    assert cold.stdout == warm.stdout == uncached.stdout
    assert os.listdir(tmp_path / "c")  # the first run did write the cache


def test_closed_pipe_ends_quietly():
    cmd = f"{sys.executable} -m briefing digest {SAMPLES} --now {NOW} --width 40 | head -3"
    result = subprocess.run(cmd, shell=True, capture_output=True, timeout=300)
    assert len(result.stdout.decode().splitlines()) == 3
    assert result.stderr == b""


def _json(*args):
    result = run_cli("digest", SAMPLES, "--now", NOW, "--format", "json", *args)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def test_since_until_filter_by_publication_date():
    everything = _json()
    recent = _json("--since", "yesterday")  # relative to --now: from 2026-03-08 12:00
    assert 0 < len(recent["articles"]) < len(everything["articles"])
    assert all(a["published"] and a["published"] >= "2026-03-08" for a in recent["articles"])
    early = _json("--until", "2026-03-04")
    assert early["articles"] and all(a["published"] < "2026-03-04T23:59" for a in early["articles"])


def test_speaker_filter_matches_any_name_form():
    full = _json("--speaker", "Elena Varga")
    short = _json("--speaker", "varga")
    assert full["articles"] and [a["path"] for a in full["articles"]] == [a["path"] for a in short["articles"]]
    for art in short["articles"]:
        assert any(q["speaker"] == "Elena Varga" for q in art["quotes"])
    assert [s["name"] for s in short["speakers"]] == ["Elena Varga"]


def test_source_filter():
    data = _json("--source", "harbour times")
    assert data["articles"] and {a["source"] for a in data["articles"]} == {"The Harbour Times"}


def test_control_sequences_from_articles_never_reach_the_output(tmp_path):
    evil = STORY_A.replace("ferry terminal", "ferry \x1b[31mterminal\x1b[0m\x07").replace(
        "ending two", "ending \x1b]8;;http://example.com\x07two\x1b]8;;\x07\r"
    )
    path = write_article(tmp_path, "evil.txt", evil)
    for fmt in ("text", "markdown", "json"):
        result = run_cli("digest", path, "--now", NOW, "--format", fmt)
        out = result.stdout.decode()
        assert "\x1b" not in out and "\x07" not in out and "\r" not in out, fmt
    quotes = run_cli("quotes", path).stdout.decode()
    assert "\x1b" not in quotes and "\x07" not in quotes


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path):
    import pty

    path = write_article(tmp_path, "a.txt", STORY_A)

    def on_terminal(extra_env):
        master, slave = pty.openpty()
        env = dict(os.environ, **extra_env)
        proc = subprocess.Popen([sys.executable, "-m", "briefing", "digest", path, "--now", NOW],
                                stdout=slave, stderr=subprocess.PIPE, env=env)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=120)
        os.close(master)
        return b"".join(chunks)

    assert b"\x1b[1m" in on_terminal({"TERM": "xterm"})
    assert b"\x1b" not in on_terminal({"TERM": "xterm", "NO_COLOR": "1"})
    assert b"\x1b" not in run_cli("digest", path, "--now", NOW).stdout  # a pipe


def test_interrupt_exits_130(monkeypatch, capsys):
    from briefing import cli, session

    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(session, "load_briefing", interrupted)
    assert cli.main(["digest", SAMPLES]) == 130
    assert "interrupted" in capsys.readouterr().err


def test_stdin_is_an_article():
    result = run_cli("digest", "-", "--now", NOW, "--format", "json", stdin=STORY_A.encode())
    data = json.loads(result.stdout)
    assert [a["title"] for a in data["articles"]] == ["Harbour board approves new ferry terminal"]
    assert data["articles"][0]["path"] == "-"


def test_root_folder_is_readable_from_anywhere(tmp_path):
    assert run_cli("digest", "--now", NOW, cwd=tmp_path).returncode == 0
    assert ROOT
