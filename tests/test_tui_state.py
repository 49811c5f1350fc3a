"""Read/unread marks: kept in the cache directory, written on every change."""

import json
import os
import threading

from briefing.model import Article
from briefing.store.state import FILENAME, ReadState, article_keys


def article(path="/news/a.txt", title="Dam talks collapse", paragraphs=("One.", "Two.")):
    return Article(path=path, title=title, source="Wire", authors=(), published=None, published_text=None,
                   published_ago=None, paragraphs=tuple(paragraphs))


def test_marks_are_on_disk_after_each_change_without_any_close(tmp_path):
    a, b = article_keys(article("/n/a.txt")), article_keys(article("/n/b.txt", title="Other"))
    state = ReadState(str(tmp_path))
    assert state.set_read(a)
    # Another process (a restart after a crash) reads the file as it is now.
    assert ReadState(str(tmp_path)).is_read(a)
    assert not ReadState(str(tmp_path)).is_read(b)
    assert state.set_read(a, False)
    assert not ReadState(str(tmp_path)).is_read(a)
    data = json.loads((tmp_path / FILENAME).read_text(encoding="utf-8"))
    assert data["schema"] == 1 and data["read"] == {}


def test_an_article_stays_read_when_renamed_or_when_its_cleaned_text_changes(tmp_path):
    state = ReadState(str(tmp_path))
    original = article("/n/a.txt")
    state.set_read(article_keys(original))
    moved = article("/n/moved/a-renamed.txt")
    reworded = article("/n/a.txt", paragraphs=("One, cleaned better.", "Two."))
    unrelated = article("/n/b.txt", title="Something else", paragraphs=("Three.",))
    fresh = ReadState(str(tmp_path))
    assert fresh.is_read(article_keys(moved))
    assert fresh.is_read(article_keys(reworded))
    assert not fresh.is_read(article_keys(unrelated))


def test_two_sessions_do_not_undo_each_other(tmp_path):
    a, b = article_keys(article("/n/a.txt")), article_keys(article("/n/b.txt", title="B"))
    one, two = ReadState(str(tmp_path)), ReadState(str(tmp_path))
    one.set_read(a)
    two.set_read(b)  # two never saw a, but must not drop it
    fresh = ReadState(str(tmp_path))
    assert fresh.is_read(a) and fresh.is_read(b)


def test_a_damaged_file_starts_afresh_and_a_read_only_folder_reports_once(tmp_path):
    (tmp_path / FILENAME).write_bytes(b"\x00{not json")
    state = ReadState(str(tmp_path))
    assert state.marks == {}
    assert state.set_read(article_keys(article()))
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    bad = ReadState(str(blocked))
    assert bad.set_read(article_keys(article())) is False
    assert bad.error and FILENAME in bad.error
    assert bad.is_read(article_keys(article()))  # still marked for this session


def test_marks_made_while_a_save_runs_in_another_thread_are_kept(tmp_path):
    state = ReadState(str(tmp_path))
    keys = [article_keys(article(f"/n/{i}.txt", title=f"T{i}")) for i in range(40)]
    threads = []
    for k in keys:
        state.mark([k])
        t = threading.Thread(target=state.save)
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    state.save()
    fresh = ReadState(str(tmp_path))
    assert all(fresh.is_read(k) for k in keys)


def test_no_directory_keeps_marks_in_memory(tmp_path):
    state = ReadState(None)
    assert state.set_read(article_keys(article()))
    assert state.is_read(article_keys(article()))
    assert not os.listdir(tmp_path)
