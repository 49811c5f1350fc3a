"""briefing never deletes or changes a file it did not write.

The cache keeps everything it writes inside one namespace folder with a marker;
clear and prune remove only entries proven to be its own; dangerous cache
directories are refused; workers end with their parent; output errors end with
one line; untrusted bytes never reach an output.
"""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from factories import NOW, SAMPLES, run_cli
from factories import main_in_process as cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.store.cache import NAMESPACE, Cache
from briefing.store.state import FILENAME, ReadState

STORY = """Ferry fares rise for the winter

The Tarn Ferry company will raise fares by a tenth from November, its director said on Monday.

"Fuel has never cost us more," director Ines Holm told the council. Holm said the rise would be reviewed in spring.
"""

HEX = "ab" + "0" * 62


def snapshot(*folders):
    """Path -> SHA-256 (or the link target) of everything under `folders`."""
    out = {}
    for top in folders:
        for folder, dirs, files in os.walk(top):
            for name in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
                path = os.path.join(folder, name)
                if os.path.islink(path):
                    out[path] = "link:" + os.readlink(path)
                else:
                    with open(path, "rb") as fh:
                        out[path] = hashlib.sha256(fh.read()).hexdigest()
    return out


def ours(path):
    return f"{os.sep}{NAMESPACE}{os.sep}" in path or path.endswith(os.sep + NAMESPACE)


def articles(tmp_path, count=2):
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for i in range(count):
        (folder / f"story-{i}.txt").write_text(STORY.replace("Tarn", f"Tarn {i}"), encoding="utf-8")
    return folder


# --- the cache owns only what it wrote -------------------------------------------------


def test_cache_clear_keeps_a_foreign_json_file(tmp_path):
    root = tmp_path / "x"
    (root / "a").mkdir(parents=True)
    (root / "a" / "keep.json").write_text("{}")
    # Two analyses, one whole digest and one index of the folder.
    code, _out, _err = cli("digest", str(articles(tmp_path)), "--cache-dir", str(root), "--now", NOW, "--jobs", "1")
    assert code == 0
    code, out, _err = cli("cache", "clear", "--cache-dir", str(root))
    assert code == 0 and out.decode().startswith("Removed 4 cache entries")
    assert (root / "a" / "keep.json").read_text() == "{}"


FOREIGN_NAMES = ["keep.json", HEX + ".json", ".tmp-briefing-abc123.part", ".tmp-x", "CACHEDIR.TAG",
                 FILENAME, "notes.txt", "ab"]
FOREIGN_FOLDERS = ["", "a", "analysis", "analysis/ab", "briefing/ab", "deep/er/still", ".hidden"]


@st.composite
def foreign_trees(draw):
    """Files (folder, name, bytes) under the cache root, plus files beside it and links out of it."""
    files = draw(st.lists(st.tuples(st.sampled_from(FOREIGN_FOLDERS), st.sampled_from(FOREIGN_NAMES),
                                    st.binary(max_size=64)), min_size=1, max_size=12))
    beside = draw(st.lists(st.tuples(st.sampled_from(["", "sibling", "sibling/analysis/ab"]),
                                     st.sampled_from(FOREIGN_NAMES), st.binary(max_size=32)), max_size=4))
    links = draw(st.booleans())
    return files, beside, links


def place(path, data):
    """Write a foreign file, unless the tree already has a folder or file in its way."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_bytes(data)
    except (FileExistsError, NotADirectoryError, IsADirectoryError):
        pass


def build(tmp_path, tree):
    files, beside, links = tree
    around = tmp_path / "around"
    root = around / "cache"
    root.mkdir(parents=True)
    for folder, name, data in files:
        place(root / folder / name, data)
    for folder, name, data in beside:
        place(around / folder / name, data)
    if links:
        outside = around / "precious.json"
        outside.write_text("precious")
        try:
            (root / "analysis" / "ab").mkdir(parents=True, exist_ok=True)
            (root / "analysis" / "ab" / (HEX[:2] + "1" * 62 + ".json")).symlink_to(outside)
        except (FileExistsError, NotADirectoryError):
            pass
        (root / "linked-folder").symlink_to(around, target_is_directory=True)
    return around, root


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=foreign_trees())
def test_no_operation_changes_a_foreign_file(tmp_path_factory, tree):
    tmp_path = tmp_path_factory.mktemp("tree")
    around, root = build(tmp_path, tree)
    folder = articles(tmp_path)
    before = snapshot(around)
    common = ("--cache-dir", str(root), "--now", NOW, "--jobs", "1")
    assert cli("digest", str(folder), *common)[0] == 0
    assert cli("quotes", str(folder), *common, "--format", "json")[0] == 0
    (folder / "story-9.txt").write_text(STORY.replace("Tarn", "Vell"), encoding="utf-8")
    assert cli("digest", str(folder), *common, env={"BRIEFING_CACHE_MAX_MB": "0"})[0] == 0  # prunes everything
    assert cli("cache", "info", "--cache-dir", str(root))[0] == 0
    assert cli("cache", "clear", "--cache-dir", str(root))[0] == 0
    after = snapshot(around)
    assert {p: h for p, h in after.items() if not ours(p)} == before
    # And what briefing wrote is gone again, but for its marker.
    left = [p for p in after if ours(p)]
    assert all(p.endswith("CACHEDIR.TAG") for p in left), left


def test_the_zero_size_cap_removes_only_briefings_entries(tmp_path):
    root = tmp_path / "c"
    folder = articles(tmp_path, 3)
    common = ("--cache-dir", str(root), "--now", NOW, "--jobs", "1")
    cli("digest", str(folder), *common)
    legacy = root / "analysis" / "ab" / (HEX + ".json")  # shaped like an entry, but outside the namespace
    legacy.parent.mkdir(parents=True)
    legacy.write_text('{"schema": 2, "key": "%s"}\n{}' % HEX)
    (folder / "story-9.txt").write_text(STORY.replace("Tarn", "Vell"), encoding="utf-8")
    cli("digest", str(folder), *common, env={"BRIEFING_CACHE_MAX_MB": "0"})
    assert Cache(str(root)).info()["entries"] == 0
    assert legacy.exists()


@pytest.mark.parametrize("where", ["root", "home", "above-home", "articles-folder", "input-folder"])
def test_dangerous_cache_directories_are_refused_with_one_line(tmp_path, where, monkeypatch):
    home = tmp_path / "home" / "me"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    (data / "articles" / "mine.txt").write_text(STORY, encoding="utf-8")
    folder = articles(tmp_path)
    chosen = {"root": "/", "home": str(home), "above-home": str(home.parent),
              "articles-folder": str(data / "articles"), "input-folder": str(folder)}[where]
    before = snapshot(tmp_path)
    commands = [["digest", str(folder), "--now", NOW], ["quotes", str(folder)]]
    if where != "input-folder":  # a folder is an input folder only for the command that reads it
        commands += [["cache", "clear"], ["cache", "info"], ["digest", "--now", NOW]]
    for argv in commands:
        code, out, err = cli(*argv, "--cache-dir", chosen)
        assert code == 2 and out == b"", argv
        assert err.count("\n") == 1 and err.startswith("briefing: refusing to use") and "cache directory" in err
    assert snapshot(tmp_path) == before
    assert not os.path.exists(os.path.join(chosen, NAMESPACE))


def test_a_namespace_briefing_did_not_make_is_left_alone(tmp_path):
    root = tmp_path / "c"
    squatted = root / NAMESPACE / "analysis" / "ab"
    squatted.mkdir(parents=True)
    (squatted / (HEX + ".json")).write_text('{"schema": 2, "key": "%s"}\n{}' % HEX)
    before = snapshot(root)
    code, out, err = cli("digest", str(articles(tmp_path)), "--cache-dir", str(root), "--now", NOW, "--jobs", "1")
    assert code == 0 and b"Ferry fares rise" in out
    assert err.count("\n") == 1 and "not made by briefing" in err and "running without it" in err
    assert cli("cache", "clear", "--cache-dir", str(root))[0] == 0
    assert snapshot(root) == before


def test_clear_follows_no_symbolic_link(tmp_path):
    root = tmp_path / "c"
    cli("digest", str(articles(tmp_path)), "--cache-dir", str(root), "--now", NOW, "--jobs", "1")
    outside = tmp_path / "outside"
    (outside / "analysis" / "ab").mkdir(parents=True)
    victim = outside / "analysis" / "ab" / (HEX + ".json")
    victim.write_text('{"schema": 2, "key": "%s"}\n{}' % HEX)
    shard = root / NAMESPACE / "analysis" / "cd"
    shard.mkdir(parents=True, exist_ok=True)
    (shard / ("cd" + "2" * 62 + ".json")).symlink_to(victim)
    # A real entry may already live in shard "ab" (its name comes from a hash): the link takes its place.
    shutil.rmtree(root / NAMESPACE / "analysis" / "ab", ignore_errors=True)
    (root / NAMESPACE / "analysis" / "ab").symlink_to(outside / "analysis" / "ab", target_is_directory=True)
    cli("cache", "clear", "--cache-dir", str(root))
    assert victim.read_text().startswith('{"schema"')


def test_stale_temporaries_go_but_only_briefings(tmp_path):
    cache = Cache(str(tmp_path / "c"))
    cache.put(HEX, {"x": 1})
    shard = os.path.dirname(cache._path(HEX))
    stale = os.path.join(shard, ".tmp-briefing-k3j2h1g0.part")
    other = os.path.join(shard, ".tmp-someone-else")
    for path in (stale, other):
        with open(path, "w") as fh:
            fh.write("half")
        os.utime(path, (time.time() - 7200, time.time() - 7200))
    cache.prune()
    assert not os.path.exists(stale) and os.path.exists(other)


def test_cache_info_says_what_clear_would_remove(tmp_path):
    root = tmp_path / "c"
    empty = cli("cache", "info", "--cache-dir", str(root))[1].decode()
    assert "written nothing here yet" in empty and not root.exists()
    cli("digest", str(articles(tmp_path)), "--cache-dir", str(root), "--now", NOW, "--jobs", "1")
    info = cli("cache", "info", "--cache-dir", str(root))[1].decode()
    assert f"would remove those 4 entries, in {root / NAMESPACE} only" in info


# --- read marks -------------------------------------------------------------------------


def test_a_damaged_read_state_is_kept_aside_and_reported_once(tmp_path):
    (tmp_path / FILENAME).write_bytes(b"\x00{not json")
    state = ReadState(str(tmp_path))
    assert state.marks == {}
    kept = [n for n in os.listdir(tmp_path) if n.startswith(FILENAME + ".damaged-")]
    assert len(kept) == 1 and (tmp_path / kept[0]).read_bytes() == b"\x00{not json"
    assert state.notice and kept[0] in state.notice
    assert ReadState(str(tmp_path)).notice is None  # nothing damaged left to report


def test_read_marks_of_the_earlier_layout_are_read_and_left_as_they_were(tmp_path):
    earlier = tmp_path / FILENAME
    earlier.write_text(json.dumps({"schema": 1, "read": {"p:/n/a.txt": 1.0}}))
    before = earlier.read_bytes()
    state = ReadState(str(tmp_path / NAMESPACE), earlier=str(earlier))
    assert state.is_read(("p:/n/a.txt",))
    assert state.set_read(("p:/n/b.txt",))
    fresh = ReadState(str(tmp_path / NAMESPACE), earlier=str(earlier))
    assert fresh.is_read(("p:/n/a.txt",)) and fresh.is_read(("p:/n/b.txt",))
    assert earlier.read_bytes() == before


# --- workers die with their parent -------------------------------------------------------


def _children(pid):
    kids = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                kids.append(int(name))
    return kids


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


FROM_A_THREAD = r"""
import sys, threading
from briefing.assemble import pipeline
from briefing.store.cache import Cache
t = threading.Thread(target=pipeline.analyse_paths, args=([sys.argv[1]], Cache(None, enabled=False)),
                     kwargs={"method": "news", "jobs": 2})
t.start(); t.join()
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
@pytest.mark.parametrize("how", ["command", "thread"])  # the CLI forks; the TUI's thread uses a forkserver
def test_a_killed_parent_leaves_no_worker(tmp_path, how):
    folder = tmp_path / "many"
    folder.mkdir()
    names = sorted(os.listdir(SAMPLES))
    for i in range(600):
        text = open(os.path.join(SAMPLES, names[i % len(names)]), encoding="utf-8").read()
        (folder / f"{i:04d}.txt").write_text(f"Edition {i}\n\n" + text, encoding="utf-8")
    if how == "command":
        cmd = [sys.executable, "-m", "briefing", "digest", str(folder), "--jobs", "2", "--no-cache"]
    else:
        cmd = [sys.executable, "-c", FROM_A_THREAD, str(folder)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = []
    for _ in range(600):  # wait until the workers exist (a forkserver has them one level down)
        workers = [g for c in _children(proc.pid) for g in [c, *_children(c)]]
        if len(workers) >= 2:
            break
        time.sleep(0.05)
    assert workers, "no worker started"
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for _ in range(100):
        if not any(_alive(w) for w in workers):
            break
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "a worker outlived its parent by 5 s"


# --- output errors end cleanly --------------------------------------------------------------


@pytest.mark.parametrize("redirect", [">&-", ">/dev/full"])
@pytest.mark.parametrize("command", ["digest", "quotes", "cache info", "--version", "--help"])
def test_a_closed_or_full_stdout_gives_one_line_and_a_failure(tmp_path, redirect, command):
    if redirect == ">/dev/full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    args = f"{command} {SAMPLES} --now {NOW}" if command in ("digest", "quotes") else command
    result = subprocess.run(f"{sys.executable} -m briefing {args} {redirect}", shell=True, capture_output=True,
                            timeout=300, env=dict(os.environ, BRIEFING_CACHE_DIR=str(tmp_path / "c")))
    err = result.stderr.decode()
    if command == "--help" and redirect == ">&-":
        assert result.returncode == 0 and err.startswith("usage:")  # the help text goes to stderr instead
        return
    assert result.returncode == 74, err
    assert err.count("\n") == 1 and err.startswith("briefing: cannot write the output"), err
    assert "Traceback" not in err


# --- untrusted text in every format ----------------------------------------------------------


def test_terminal_sequences_are_gone_from_every_format_including_json_values(tmp_path):
    evil = STORY.replace("Ferry fares", "Ferry \x1b[2J\x1b[31mfares\x1b[0m").replace(
        "never cost", "never \x9b2J\x1b]0;owned\x07cost\x08\x08")
    path = tmp_path / "evil.txt"
    path.write_text(evil, encoding="utf-8")

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)

    digest = json.loads(run_cli("digest", str(path), "--now", NOW, "--format", "json").stdout)
    quotes = json.loads(run_cli("quotes", str(path), "--now", NOW, "--format", "json").stdout)
    found = list(strings(digest)) + list(strings(quotes))
    assert any("Ferry fares rise" in s for s in found)
    assert any("Fuel has never cost us more" in s for s in found)
    for s in found:
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in s), repr(s)


def test_file_names_with_line_breaks_or_escapes_are_shown_escaped(tmp_path):
    (tmp_path / "two\nlines.txt").write_bytes(b"")
    (tmp_path / "\x1b[2Jclear.txt").write_bytes(b"")
    result = run_cli("digest", str(tmp_path), "--now", NOW)
    lines = result.stderr.decode().splitlines()
    assert result.returncode == 1
    assert sorted(lines) == sorted([f"briefing: {tmp_path}/two\\nlines.txt: empty file",
                                    f"briefing: {tmp_path}/\\x1b[2Jclear.txt: empty file"])


def test_invalid_utf8_is_read_by_the_fallback_with_a_one_line_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(STORY.replace("Holm", "H\u00f6lm").encode("utf-8").replace("\u00f6".encode(), b"\xf6", 1))
    result = run_cli("digest", str(path), "--now", NOW, "--format", "json")
    assert result.returncode == 0
    assert result.stderr.decode() == f"briefing: {path}: warning: not valid UTF-8: 1 byte sequence read as Windows-1252\n"
    data = json.loads(result.stdout)
    assert "director Ines H\u00f6lm" in " ".join(data["articles"][0]["summary"]) + json.dumps(data, ensure_ascii=False)
    assert data["problems"] == [{"path": str(path), "message": "not valid UTF-8: 1 byte sequence read as Windows-1252",
                                 "severity": "warning"}]


def test_a_zero_size_cap_empties_briefings_entries_even_when_nothing_is_new(tmp_path):
    root = tmp_path / "c"
    folder = articles(tmp_path, 2)
    cli("digest", str(folder), "--cache-dir", str(root), "--now", NOW, "--jobs", "1")
    assert Cache(str(root)).info()["entries"] > 0
    code, out, _err = cli("quotes", str(folder), "--cache-dir", str(root), "--now", NOW, "--jobs", "1",
                          env={"BRIEFING_CACHE_MAX_MB": "0"})
    assert code == 0 and out
    assert Cache(str(root)).info()["entries"] == 0
