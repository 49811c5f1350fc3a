"""The keys people reach for first, on lists longer than the screen, typed fast.

Keys are sent the way a fast typist or a paste sends them: every key is queued
before the first is handled (`burst`), so a key that moves the focus or opens a
view must take effect before the next key is routed.
"""

from __future__ import annotations

import os

from tui_factories import (
    NOW_DT,
    copy_samples,
    current,
    dam_app,
    drive,
    entry,
    make_args,
    press,
    said,
    screen_text,
    titles,
)

from briefing.model import Briefing, Speaker, Story

TOWNS = ["Arlow", "Brisk", "Cardell", "Dunmore", "Eskby", "Fenwick", "Galloway", "Hollis", "Ivers", "Jarrow"]


def long_briefing(n=60, folder="/news") -> Briefing:
    """`n` articles on a ferry strike, each quoting its own harbour master; the last
    (oldest) one also quotes the union's Petra Lund."""
    entries = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)] + (str(i // len(TOWNS)) if i >= len(TOWNS) else "")
        statements = [said(f"Ola {town}", f"The {town} quay is closed for day {i + 1}.", role="harbour master")]
        if i == n - 1:
            statements.append(said("Petra Lund", "Crews will stay out until the rota is fixed.", role="union organiser"))
        day = 28 - (i % 28)
        entries.append(entry(os.path.join(folder, f"ferry-{i:03d}.txt"), f"Ferry strike reaches {town}", "Coast Courier",
                             f"2026-02-{day:02d}T{(i * 7) % 24:02d}:00:00+00:00",
                             [f"The ferry strike reached {town} on day {i + 1}.", "Passengers waited for hours."],
                             statements))
    entries.sort(key=lambda e: (e.published, e.path), reverse=True)
    speakers = tuple(Speaker(name, (), (), tuple(e.path for e in entries if name in e.speakers))
                     for name in sorted({n for e in entries for n in e.speakers}))
    stories = (Story("Ferry strike spreads along the coast", tuple(e.path for e in entries)),)
    return Briefing(entries=tuple(entries), speakers=speakers, stories=stories, sentences=2)


def long_app(n=60):
    from briefing.tui.app import BriefingApp

    return BriefingApp(make_args("/news"), briefing=long_briefing(n), now=NOW_DT)


async def burst(app, pilot, *keys):
    """Queue every key before the first is handled, as a paste or a fast typist does."""
    from textual import events
    from textual.keys import _character_to_key

    for key in keys:
        character = key if len(key) == 1 else {"space": " ", "slash": "/", "enter": "\r"}.get(key)
        name = _character_to_key(key) if len(key) == 1 and not key.isalnum() else key
        app._driver.send_message(events.Key(name, character))
    await pilot.pause()
    await pilot.pause()


def preview(app) -> str:
    return "\n".join(app.articles_screen.query_one("#preview").plain_lines())


# --- the article list ---------------------------------------------------------------------


def test_arrows_page_keys_home_and_end_move_the_selection_of_a_long_list():
    """A list longer than the screen: the arrows move the selection (not only the view)."""

    async def body(app, pilot):
        lst = app.articles_screen.list
        assert len(lst.rows) == 61 and lst.cursor == 0
        await press(pilot, "down")
        first = current(app).item.title
        assert lst.cursor == 1 and first in preview(app)
        await press(pilot, "down", "down")
        assert lst.cursor == 3 and current(app).item.title in preview(app) and first not in preview(app)
        await press(pilot, "up")
        assert lst.cursor == 2
        await press(pilot, "pagedown")
        page = lst.cursor - 2
        assert page >= 5 and current(app).item.title in preview(app)
        await press(pilot, "pageup")
        assert lst.cursor == 2
        await press(pilot, "end")
        assert lst.cursor == 60 and lst.rows[-1].item.title in preview(app)
        assert lst.scroll_y > 0  # the view followed the selection down
        await press(pilot, "home")
        assert lst.cursor == 0 and lst.scroll_y == 0
        await press(pilot, "j", "j", "k")
        assert lst.cursor == 1

    drive(long_app(), body, size=(80, 24))


def test_arrows_page_keys_home_and_end_move_the_grid_cursor():
    async def body(app, pilot):
        await press(pilot, "w")
        assert app.screen.TITLE == "Who said what"
        view = app.screen.grid
        rows = len(app.screen.rows)
        assert rows > 2 and view.row == 0
        await press(pilot, "down", "down")
        assert view.row == 2
        await press(pilot, "up")
        assert view.row == 1
        await press(pilot, "end")
        assert view.row == rows - 1
        await press(pilot, "home")
        assert view.row == 0
        await press(pilot, "pagedown")
        assert view.row > 0
        await press(pilot, "pageup")
        assert view.row == 0

    drive(long_app(12), body, size=(120, 30))


def test_keys_typed_without_pauses_land_in_order_in_the_filter_and_the_list(tmp_path, monkeypatch):
    """"/", a word, Enter and j in one burst: the word is the filter, j moves the list."""
    work = tmp_path / "started-here"
    work.mkdir()
    monkeypatch.chdir(work)

    async def body(app, pilot):
        await burst(app, pilot, "/", *"hale", "enter", "j")
        screen = app.articles_screen
        assert screen.query_one("#filter").value == "hale"
        assert app.focused is screen.list
        assert titles(app) == ["Dam talks collapse as Velmora walks out", "Hanlun starts filling Sarn Gorge reservoir"]
        assert screen.list.cursor == 1  # j reached the list, after Enter gave it the focus
        await burst(app, pilot, "escape", "j")  # the cursor stays on its article (row 1), then j
        assert screen.query_one("#filter").value == "" and len(titles(app)) == 6 and screen.list.cursor == 2
        # A view change in the middle of a burst: the keys after Enter belong to the article.
        await burst(app, pilot, "g", "j", "enter", "f")
        assert app.screen.TITLE == "Article" and app.screen.full_text
        await burst(app, pilot, "escape", "w", "slash", *"ruiz", "enter")
        assert app.screen.TITLE == "Who said what"
        assert app.screen.query_one("#grid-filter").value == "ruiz"
        assert [r.name for r in app.screen.rows] == ["Ana Ruiz"] and app.focused is app.screen.grid

    drive(dam_app(), body)
    assert not list(work.iterdir()) and not (tmp_path / "data").exists()  # no r (reload) or e (export) ran


def test_typing_a_filter_while_the_articles_load_loses_no_key(tmp_path):
    """A word typed at once after start, while the list is still filling: all of it, in order."""
    from briefing.tui.app import BriefingApp

    folder = copy_samples(tmp_path, sorted(os.listdir(os.path.join(os.path.dirname(__file__), "..", "sample_articles")))[:6])
    app = BriefingApp(make_args(str(folder)))
    app.animation_level = "none"

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await burst(app, pilot, "/", *"harbour strait")
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.articles_screen
            assert screen.query_one("#filter").value == "harbour strait"
            shown = titles(app)
            assert shown and all("harbour" in r.item.haystack and "strait" in r.item.haystack
                                 for r in screen.list.rows if r.item is not None)

    import asyncio

    asyncio.run(main())


# --- who said what ------------------------------------------------------------------------------


def test_grid_filter_searches_every_speaker_of_the_story_not_only_the_columns_shown():
    async def body(app, pilot):
        await press(pilot, "w")
        screen = app.screen
        assert screen.pages() > 1 and "Petra Lund" not in [r.name for r in screen.rows]  # her article is on the last page
        await press(pilot, "slash")
        await burst(app, pilot, *"lund")
        assert [r.name for r in screen.rows] == ["Petra Lund"]
        text = screen_text(app)
        assert "1 matching “lund”" in text and "Petra Lund" in text
        await press(pilot, "enter", "h")
        assert "Petra Lund: 1 statement in 1 column" in screen_text(app)

    drive(long_app(12), body, size=(120, 30))


# --- article, help, export ------------------------------------------------------------------------


def test_f_jumps_to_the_full_text():
    async def body(app, pilot):
        await press(pilot, "j", "enter")
        view = app.screen.query_one("#article-scroll")
        assert view.scroll_y == 0
        await press(pilot, "f")
        assert view.scroll_y > 0
        assert "Full text (4 paragraphs)" in screen_text(app)
        await press(pilot, "f")
        assert "Full text (" not in screen_text(app)

    drive(dam_app(), body, size=(80, 24))


def test_help_at_80x24_says_how_many_keys_are_below_and_scrolls_to_them():
    async def body(app, pilot):
        await press(pilot, "question_mark")
        text = screen_text(app)
        assert "more below (↓ or PgDn)" in text
        keys = app.screen.query_one("#help-keys")
        count = keys.option_count
        await press(pilot, *["down"] * (count - 1))  # to the last key (one more wraps to the first)
        text = screen_text(app)
        assert "more above" in text and "more below" not in text
        assert app.screen.commands[-1].description in text

    drive(dam_app(), body, size=(80, 24))


def test_singular_counts_in_the_status_and_story_preview():
    async def body(app, pilot):
        text = screen_text(app)
        assert "1 story" in text and "1 stories" not in text
        assert "2 articles, 2026-03-05" in text

    from tui_factories import dam_briefing

    from briefing.tui.app import BriefingApp

    b = dam_briefing()
    b = Briefing(entries=b.entries, speakers=b.speakers, stories=b.stories[1:], sentences=2)
    drive(BriefingApp(make_args("/news"), briefing=b, now=NOW_DT), body)


def test_at_200_columns_every_title_starts_in_the_same_column():
    async def body(app, pilot):
        lines = screen_text(app).splitlines()
        starts = set()
        for title in titles(app):
            line = next(x for x in lines if title[:30] in x and "●" in x)
            starts.add(line.index(title[:30]))
        assert len(starts) == 1, starts

    drive(dam_app(), body, size=(200, 50))


def test_text_pasted_on_the_list_or_the_grid_becomes_the_filter():
    from textual import events

    async def body(app, pilot):
        app.screen.focused.post_message(events.Paste("/hale"))
        await pilot.pause()
        screen = app.articles_screen
        assert screen.query_one("#filter").value == "hale" and app.focused.id == "filter"
        assert titles(app) == ["Dam talks collapse as Velmora walks out", "Hanlun starts filling Sarn Gorge reservoir"]
        await press(pilot, "escape", "w")
        app.screen.focused.post_message(events.Paste("ruiz"))
        await pilot.pause()
        assert app.screen.query_one("#grid-filter").value == "ruiz" and [r.name for r in app.screen.rows] == ["Ana Ruiz"]

    drive(dam_app(), body)


def test_the_article_view_paints_every_cell_of_its_lines_on_a_wide_terminal():
    """Text is at most 100 columns wide; the cells right of it are painted too (a line
    that only claimed the width left what the list's preview had drawn there)."""

    async def body(app, pilot):
        await press(pilot, "j", "enter")
        view = app.screen.query_one("#article-scroll")
        width = view.scrollable_content_region.width
        assert width > 100
        for y in range(5):
            strip = view.render_line(y)
            assert len(strip.text) == width and strip.text[100:].strip() == ""

    drive(dam_app(), body, size=(160, 45))


def test_a_burst_after_leaving_an_article_moves_the_list_before_enter_opens():
    """Escape, Home, Down, Enter sent at once from the last article: the first article opens
    (Enter used to run before Home and Down had reached the list, reopening the last)."""

    async def body(app, pilot):
        await press(pilot, "down", "end", "enter")
        assert app.screen.sub_title == "60 of 60"
        await burst(app, pilot, "escape", "home", "down", "enter")
        assert app.screen.TITLE == "Article" and app.screen.sub_title == "1 of 60"
        await burst(app, pilot, "escape", "tab", "j", "j")  # Tab to the preview: j scrolls it, the list stays
        assert app.articles_screen.list.cursor == 1 and app.focused.id == "preview"

    drive(long_app(), body, size=(160, 45))
