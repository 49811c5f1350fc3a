"""Bad input: one clear line on stderr naming the file, and every other article still read."""

import gzip
import json
import os
import struct
import zlib

import pytest
from factories import NOW, digest, run_cli

GOOD = """Council agrees budget for river path

The Marrow Town council approved money on Thursday to rebuild the river path that floods every winter.

"People walk this path to work every day and they deserve better than mud," councillor Ada Finch said.

Work is due to start in April and take three months, officials said.
"""


def png_bytes():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)) + chunk(b"IEND", b"")


BAD = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n\t \n", "white space"),
    "image.txt": (png_bytes(), "PNG"),
    "archive.txt": (gzip.compress(b"hello world " * 100), "gzip"),
    "document.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    "nul.txt": (b"Some words\x00 and a NUL byte in the middle of text.", "NUL"),
    "undecodable.txt": (b"Caf\x81 \x8d\x8f\x90\x9d and more bytes \xff\xfe\x81 here in the text.", "UTF-8"),
    "noise.txt": (b"abc" * 10 + b" " + b"word " * 220_000, "not prose"),
    "quotes.txt": ("“".encode() * 10_000, "no words"),
}


def folder_with(tmp_path, name, data):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(data)
    return tmp_path


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_reported_and_the_rest_is_read(tmp_path, name):
    data, why = BAD[name]
    folder = folder_with(tmp_path, name, data)
    result = digest(folder)
    assert result.returncode == 1, result.stderr.decode()
    err = result.stderr.decode().strip().splitlines()
    assert len(err) == 1, err
    assert name in err[0] and why.lower() in err[0].lower(), err[0]
    assert "Traceback" not in result.stderr.decode()
    titles = [a["title"] for a in json.loads(result.stdout)["articles"]]
    assert titles == ["Council agrees budget for river path"]


def test_ten_thousand_unbalanced_quote_marks_inside_an_article(tmp_path):
    text = GOOD + "\n" + " ".join(["He said “ yes" if i % 3 else 'and " then' for i in range(10_000)]) + ".\n"
    (tmp_path / "many.txt").write_text(text, encoding="utf-8")
    result = digest(tmp_path / "many.txt")
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr.decode()


def test_file_over_the_size_limit_is_refused_and_the_option_raises_it(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    big = tmp_path / "big.txt"
    sentence = b"The committee met again on Monday to discuss the plan in detail. "
    with open(big, "wb") as fh:
        for _ in range(11 * 1024 * 1024 // len(sentence) + 1):
            fh.write(sentence)
    result = digest(tmp_path)
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "big.txt" in err and "too large" in err and "--max-size" in err
    assert len(json.loads(result.stdout)["articles"]) == 1
    # The limit is a documented default, not a wall: raise it and the file is read.
    raised = digest(big, "--max-size", "20M", "--no-cache")
    assert "too large" not in raised.stderr.decode()


def test_fifty_megabytes_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: the size alone must refuse it
    result = digest(big)
    assert result.returncode == 1 and "too large" in result.stderr.decode()


def test_paths_that_do_not_exist_or_point_nowhere(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    result = run_cli("digest", str(tmp_path), str(tmp_path / "missing.md"), "--now", NOW, "--format", "json")
    assert result.returncode == 1
    err = result.stderr.decode().strip().splitlines()
    assert len(err) == 2
    assert any("broken.txt" in e and "broken symbolic link" in e for e in err)
    assert any("missing.md" in e and "no such file" in e for e in err)
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_symlink_loop_in_a_folder_is_not_followed_forever(tmp_path):
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (inner / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "a", inner / "loop")
    result = digest(tmp_path)
    assert "loop" in result.stderr.decode()
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_unreadable_file(tmp_path, monkeypatch):
    # Permission bits do not stop root (CI runs as root), so the failure is injected.
    from briefing.model import Problem
    from briefing.store import load

    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    real_open = open

    def guarded(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    problem = load.read(str(path))
    assert isinstance(problem, Problem)
    assert problem.line() == f"briefing: {path}: cannot read: Permission denied"


def test_folder_with_ten_thousand_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"photo-{i:05d}.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    result = digest(folder)
    assert result.returncode == 0, result.stderr.decode()
    assert len(json.loads(result.stdout)["articles"]) == 1


HOSTILE_HTML = {
    "nested.html": "<html><body><article>" + "<div>" * 100_000 + "<p>Deep text here.</p>" + "</div>" * 100_000 + "</article></body></html>",
    "bomb.html": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                 '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><html><body><p>&lol3;</p></body></html>',
    "broken.html": "<html><head><title>Half a page</ti<body><p>Unclosed <b>bold <i>and <p>more",
    "script.html": "<html><body><script>" + "var a = 1;" * 50_000 + "</script><p>Short.</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_HTML))
def test_hostile_html_is_read_safely_or_refused(tmp_path, name):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_text(HOSTILE_HTML[name], encoding="utf-8")
    result = digest(tmp_path)
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr.decode()
    assert "lollollol" not in result.stdout.decode()
    if result.returncode == 1:
        err = result.stderr.decode().strip().splitlines()
        assert len(err) == 1 and name in err[0]
    titles = [a["title"] for a in json.loads(result.stdout)["articles"]]
    assert "Council agrees budget for river path" in titles


def test_bad_stdin_is_named_stdin():
    result = run_cli("digest", "-", "--now", NOW, stdin=b"\x00\x01\x02binary")
    assert result.returncode == 1
    assert result.stderr.decode().startswith("briefing: -: ")
