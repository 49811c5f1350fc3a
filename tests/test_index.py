"""The index of a folder's run: what an unchanged folder is listed from at once."""

from __future__ import annotations

import asyncio
import os
import shutil

from conftest import NOW, SAMPLES

from briefing.session import Options, cached_list, full_entry, load_briefing, make_cache

NAMES = sorted(n for n in os.listdir(SAMPLES) if n.startswith(("tessaly", "stadium")))[:8]


def folder_of(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(os.path.join(SAMPLES, name), folder / name)
    return folder


def options(folder, **kw):
    return Options(paths=(str(folder),), now=NOW, jobs=1, **kw)


def json_of(briefing) -> str:
    from briefing.present.render import render

    return render(briefing, "json")


def test_an_unchanged_folder_is_listed_from_its_index_as_the_full_run_lists_it(tmp_path):
    folder = folder_of(tmp_path)
    assert cached_list(options(folder)) is None  # never read
    full, _now = load_briefing(options(folder))
    quick, _now, details = cached_list(options(folder))
    assert [e.path for e in quick.entries] == [e.path for e in full.entries]
    assert [e.published for e in quick.entries] == [e.published for e in full.entries]
    assert [(s.title, s.articles) for s in quick.stories] == [(s.title, s.articles) for s in full.stories]
    assert [s.name for s in quick.speakers] == [s.name for s in full.speakers]
    assert all(not e.article.paragraphs for e in quick.entries)  # no text in the index
    assert details["said"] == {e.path: len(e.analysis.statements) for e in full.entries}
    # An article opened from the list reads its own cache entry: the same analysis.
    first = quick.entries[0]
    whole = full_entry(options(folder), first, details["keys"][first.path], details["names"][first.path])
    assert whole.analysis == full.entries[0].analysis and whole.speakers == full.entries[0].speakers


def test_a_run_from_the_index_gives_the_same_briefing_as_a_run_without_a_cache(tmp_path):
    folder = folder_of(tmp_path)
    load_briefing(options(folder))
    again, _now = load_briefing(options(folder))  # index and cached analyses
    fresh, _now = load_briefing(options(folder, no_cache=True))
    assert json_of(again) == json_of(fresh)
    slim, _now = load_briefing(options(folder), slim=True)
    assert json_of(slim) == json_of(load_briefing(options(folder, no_cache=True), slim=True)[0])


def test_a_changed_added_or_removed_file_is_not_listed_from_the_old_index(tmp_path):
    folder = folder_of(tmp_path)
    load_briefing(options(folder))
    path = folder / NAMES[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nThe council meets again on Friday, a spokesman said.\n",
                    encoding="utf-8")
    assert cached_list(options(folder)) is None
    changed, _now = load_briefing(options(folder))
    assert cached_list(options(folder)) is not None  # the run wrote a new index
    assert json_of(changed) == json_of(load_briefing(options(folder, no_cache=True))[0])
    shutil.copy(os.path.join(SAMPLES, sorted(os.listdir(SAMPLES))[0]), folder / "added.txt")
    assert cached_list(options(folder)) is None
    load_briefing(options(folder))
    (folder / "added.txt").unlink()
    assert cached_list(options(folder)) is None


def test_filters_are_applied_by_the_full_run_not_the_index(tmp_path):
    folder = folder_of(tmp_path)
    load_briefing(options(folder))
    assert cached_list(options(folder, source="harbour")) is None
    filtered, _now = load_briefing(options(folder, source="harbour"))
    assert filtered.entries and all("harbour" in e.article.source.casefold() for e in filtered.entries)
    assert json_of(filtered) == json_of(load_briefing(options(folder, source="harbour", no_cache=True))[0])


def test_cache_clear_removes_the_index(tmp_path):
    folder = folder_of(tmp_path)
    load_briefing(options(folder))
    cache = make_cache(options(folder))
    assert cache.info()["indexes"] == 1
    cache.clear()
    assert cache.info()["entries"] == 0 and cached_list(options(folder)) is None


def test_the_tui_lists_a_cached_folder_at_once_without_a_progress_bar(tmp_path):
    from tui_factories import make_args, screen_text

    from briefing.tui.app import BriefingApp

    folder = folder_of(tmp_path)
    load_briefing(options(folder))  # as `briefing digest` would have
    seen = []

    class Watching(BriefingApp):
        def on_listed_from_index(self, message):
            super().on_listed_from_index(message)
            screen = self.articles_screen
            seen.append((len(self.listing), screen.query_one("#progress").display, screen_text(self),
                         screen.sub_title))

    app = Watching(make_args(str(folder)))

    async def main():
        async with app.run_test(size=(160, 45)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert seen, "the list did not come from the index"
            count, bar, text, header = seen[0]
            assert count == len(NAMES) and bar is False
            assert f"{len(NAMES)} articles" in text.splitlines()[1] and "Analysing" not in text
            assert header == f"{len(NAMES)} articles"  # the header counts them (drawn in the next frame)
            assert f"Articles — {len(NAMES)} articles" in screen_text(app).splitlines()[0]
            await pilot.press("down")
            await app.workers.wait_for_complete()  # the article's own entry is read in a thread
            await pilot.pause()
            entry = app.articles_screen.list.current.item.entry
            preview = "\n".join(app.articles_screen.query_one("#preview").plain_lines())
            assert "Who said what (" in preview and entry.article.title in preview

    asyncio.run(main())


def test_the_same_folder_spelled_otherwise_is_listed_from_its_index(tmp_path, monkeypatch):
    folder = folder_of(tmp_path)
    monkeypatch.chdir(tmp_path)
    load_briefing(options("articles"))  # as `briefing digest articles` would
    quick, _now, _details = cached_list(options(str(folder)))  # `briefing tui /abs/path/articles`
    full, _now = load_briefing(options(str(folder), no_cache=True))
    assert [e.path for e in quick.entries] == [e.path for e in full.entries]
    assert all(e.path.startswith(str(folder) + os.sep) for e in quick.entries)
    assert [s.articles for s in quick.stories] == [s.articles for s in full.stories]
    assert json_of(load_briefing(options(str(folder)))[0]) == json_of(full)


def test_a_folder_with_an_unreadable_file_is_listed_from_its_index_with_the_problem(tmp_path):
    folder = folder_of(tmp_path)
    (folder / "empty.txt").write_text("")
    full, _now = load_briefing(options(folder))
    quick = cached_list(options(folder))
    assert quick is not None
    assert [(p.path, p.message) for p in quick[0].problems] == [(p.path, p.message) for p in full.problems]
    assert any(p.path.endswith("empty.txt") for p in quick[0].problems)


def test_files_touched_but_not_changed_are_still_listed_from_the_index(tmp_path):
    folder = folder_of(tmp_path)
    load_briefing(options(folder))
    for path in folder.iterdir():
        os.utime(path, (1_700_000_000, 1_700_000_000))  # as a copy or a restore from backup leaves them
    assert cached_list(options(folder)) is not None
