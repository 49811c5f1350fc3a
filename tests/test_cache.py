"""The cache never lies: damaged, foreign or stale entries are recomputed, never served."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from factories import NOW, SAMPLES, run_cli
from factories import digest as run_digest

from briefing.store.cache import Cache, atomic_write

ARTICLE = """Library extends opening hours over the winter

The Fenwick public library will stay open until nine on weekday evenings from December, the town council said on Friday.

"Students have asked for this for years and we finally found the money," head librarian Ruth Calder said.
"""


NS = "briefing-cache-v1"


def entry_files(cache_dir):
    out = []
    for folder, _d, files in os.walk(os.path.join(cache_dir, NS, "analysis")):
        out += [os.path.join(folder, f) for f in files if f.endswith(".json")]
    return sorted(out)


def forget_briefings(cache_dir):
    """Drop whole-briefing entries, so the next run reads the per-article entries."""
    import shutil

    shutil.rmtree(os.path.join(cache_dir, NS, "briefing"), ignore_errors=True)


def digest(path, cache_dir, *extra):
    return run_digest(path, *extra, env={"BRIEFING_CACHE_DIR": str(cache_dir)})


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "library.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_second_run_is_served_from_the_cache(article, tmp_path):
    cache_dir = tmp_path / "c"
    first = digest(article, cache_dir)
    files = entry_files(cache_dir)
    assert len(files) == 1
    stamp = os.stat(files[0]).st_mtime_ns
    second = digest(article, cache_dir)
    assert second.stdout == first.stdout
    assert entry_files(cache_dir) == files
    assert os.stat(files[0]).st_mtime_ns >= stamp  # touched (LRU), not rewritten with new content


@pytest.mark.parametrize("damage", ["truncate", "garbage", "edit-payload", "empty"])
def test_a_damaged_entry_is_recomputed_with_a_warning(article, tmp_path, damage):
    cache_dir = tmp_path / "c"
    good = digest(article, cache_dir).stdout
    [path] = entry_files(cache_dir)
    raw = open(path, "rb").read()
    if damage == "truncate":
        bad = raw[: len(raw) // 2]
    elif damage == "garbage":
        bad = os.urandom(len(raw))
    elif damage == "empty":
        bad = b""
    else:  # a well-formed entry whose payload no longer matches its checksum
        header, _, payload = raw.partition(b"\n")
        data = json.loads(payload)
        data["article"]["title"] = "Something the article never said"
        bad = header + b"\n" + json.dumps(data).encode()
    open(path, "wb").write(bad)
    forget_briefings(cache_dir)
    result = digest(article, cache_dir)
    assert result.stdout == good
    assert "damaged" in result.stderr.decode()
    assert result.returncode == 0
    # ...and the entry was repaired.
    forget_briefings(cache_dir)
    assert digest(article, cache_dir).stderr == b""


def test_a_foreign_entry_under_another_key_is_not_served(tmp_path):
    cache_dir = tmp_path / "c"
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(ARTICLE.replace("library", "museum").replace("Library", "Museum"), encoding="utf-8")
    good_b = digest(b, cache_dir).stdout
    [entry_b] = entry_files(cache_dir)
    digest(a, cache_dir)
    [entry_a] = [p for p in entry_files(cache_dir) if p != entry_b]
    os.replace(entry_a, entry_b)  # a's analysis now sits under b's key
    forget_briefings(cache_dir)
    result = digest(b, cache_dir)
    assert result.stdout == good_b
    assert "damaged or foreign" in result.stderr.decode()


def test_an_unchanged_second_digest_is_answered_whole(article, tmp_path):
    cache_dir = tmp_path / "c"
    first = digest(article, cache_dir)
    [stored] = [os.path.join(d, f) for d, _s, fs in os.walk(cache_dir / NS / "briefing") for f in fs]
    for path in entry_files(cache_dir):
        os.remove(path)  # the per-article entries are not needed for the same run again
    again = digest(article, cache_dir)
    assert again.stdout == first.stdout and again.returncode == 0
    assert entry_files(cache_dir) == []
    # A changed file, or other options, are a different briefing.
    article.write_text(ARTICLE.replace("nine", "ten"), encoding="utf-8")
    changed = digest(article, cache_dir)
    assert b"ten on weekday" in changed.stdout and changed.stdout != first.stdout
    assert digest(article, cache_dir, "--format", "markdown").stdout != changed.stdout
    assert os.path.exists(stored)


def test_the_whole_briefing_keeps_its_problems_and_exit_code(tmp_path):
    cache_dir = tmp_path / "c"
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    first = digest(tmp_path, cache_dir)
    second = digest(tmp_path, cache_dir)
    assert first.returncode == second.returncode == 1
    assert first.stderr == second.stderr and b"empty.txt" in second.stderr
    assert first.stdout == second.stdout


def test_an_analyzer_change_invalidates_old_entries(monkeypatch):
    from briefing import version
    from briefing.assemble import pipeline
    from briefing.store.load import read

    raw = read(os.path.join(SAMPLES, sorted(os.listdir(SAMPLES))[0]))
    before = pipeline.cache_key(raw, "news")
    version.analyzer_version.cache_clear()
    monkeypatch.setattr(version, "ANALYZER_VERSION", version.ANALYZER_VERSION + "-next")
    try:
        assert pipeline.cache_key(raw, "news") != before
    finally:
        version.analyzer_version.cache_clear()
    assert pipeline.cache_key(raw, "lead") != pipeline.cache_key(raw, "news")


def test_an_unwritable_cache_directory_means_no_caching_and_one_warning(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(ARTICLE.replace("Fenwick", f"Fenwick {i}"), encoding="utf-8")
    result = digest(folder, blocker / "cache")
    assert result.returncode == 0
    warnings = result.stderr.decode().strip().splitlines()
    assert len(warnings) == 1 and "running without it" in warnings[0]
    assert len(json.loads(result.stdout)["articles"]) == 3


def test_a_full_disk_degrades_the_same_way(tmp_path, monkeypatch):
    import errno

    from briefing.store import cache as cache_mod

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_mod, "atomic_write", full)
    seen = []
    cache = Cache(str(tmp_path / "c"), warn=seen.append)
    cache.put("b" * 64, {"x": 1})
    cache.put("c" * 64, {"x": 2})
    assert len(seen) == 1 and "No space left" in seen[0]
    assert not cache.enabled


def test_size_cap_prunes_least_recently_used(tmp_path):
    cache = Cache(str(tmp_path / "c"), max_bytes=4000)
    keys = [f"{i:02d}" + "0" * 62 for i in range(10)]
    for i, key in enumerate(keys):
        cache.put(key, {"blob": "x" * 900})
        path = cache._path(key)
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    cache.get(keys[0])  # used recently: must survive
    removed = cache.prune()
    assert removed > 0
    info = cache.info()
    assert info["bytes"] <= 4000
    assert cache.get(keys[0]) is not None
    assert cache.get(keys[1]) is None


def test_cache_info_and_clear_commands(article, tmp_path):
    cache_dir = tmp_path / "c"
    digest(article, cache_dir)
    env = {"BRIEFING_CACHE_DIR": str(cache_dir)}
    info = run_cli("cache", "info", env=env).stdout.decode()
    # A digest also leaves an index of the folder it read (its list without the texts).
    assert str(cache_dir) in info and "entries:  3 (1 article analyses, 1 briefings, 1 folder indexes)" in info
    cleared = run_cli("cache", "clear", env=env)
    assert cleared.returncode == 0 and "Removed 3 cache entries" in cleared.stdout.decode()
    assert entry_files(cache_dir) == []
    assert "entries:  0" in run_cli("cache", "info", "--cache-dir", str(cache_dir)).stdout.decode()


def test_two_processes_on_one_cache_both_succeed_and_agree(tmp_path):
    cache_dir = tmp_path / "c"
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(cache_dir))
    cmd = [sys.executable, "-m", "briefing", "digest", SAMPLES, "--now", NOW, "--format", "json", "--jobs", "1"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outs]
    assert outs[0][0] == outs[1][0]
    assert outs[0][1] == outs[1][1] == b""
    # Every entry either process wrote is complete and valid.
    third = subprocess.run(cmd, capture_output=True, env=env, timeout=600)
    assert third.stdout == outs[0][0] and third.stderr == b""


WRITER = r"""
import sys
from briefing.store.cache import Cache
cache = Cache(sys.argv[1])
i = 0
while True:
    key = f"{i % 7:02d}" + "a" * 62
    cache.put(key, {"round": i, "blob": ("%d " % i) * 20000})
    i += 1
"""


def crash_rounds(tmp_path, rounds):
    cache_dir = str(tmp_path / "c")
    rng = random.Random(7)
    for _ in range(rounds):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, cache_dir])
        time.sleep(0.15 + rng.random() * 0.2)  # somewhere in the middle of a write
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        cache = Cache(cache_dir, warn=lambda m: pytest.fail(f"served a damaged entry: {m}"))
        for path in entry_files(cache_dir):
            key = os.path.basename(path)[:-5]
            data = cache.get(key)
            assert data is not None and data["blob"] == ("%d " % data["round"]) * 20000


def test_killed_writers_leave_only_complete_entries(tmp_path):
    crash_rounds(tmp_path, 8)


@pytest.mark.slow
def test_killed_writers_leave_only_complete_entries_200_rounds(tmp_path):
    crash_rounds(tmp_path, 200)


def test_atomic_write_replaces_whole_files(tmp_path):
    target = tmp_path / "x" / "f.json"
    atomic_write(str(target), b"old")
    atomic_write(str(target), b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(target.parent) == ["f.json"]
