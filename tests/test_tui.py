"""The TUI as a user drives it: every screen and every binding, with Pilot.

Most tests run on a small briefing written here (so that what they check does
not move when the analysis improves); a few run the real analysis on a copy of
some bundled samples (progressive loading, reload, quitting mid-analysis).
Each test runs inside `asyncio.run()` and waits with
`app.workers.wait_for_complete()`, never with sleeps.
"""

from __future__ import annotations

import os
import re

from tui_factories import (
    article_lines,
    current,
    dam_app,
    dam_briefing,
    drive,
    press,
    rows,
    screen_text,
    titles,
    type_text,
)

from briefing.model import (
    Analysis,
    Article,
    Briefing,
    Entry,
)

# --- the Articles screen ------------------------------------------------------------


def test_list_groups_stories_newest_first_with_date_ranges_and_counts():
    async def body(app, pilot):
        text = screen_text(app)
        kinds = [("story" if r.group else "article") for r in rows(app)]
        assert kinds == ["story", "article", "article", "article", "story", "article", "article", "article"]
        dam = rows(app)[0].group
        assert dam.title == "Dam talks collapse as Velmora walks out"
        assert "3 articles, 2026-02-27 to 2026-03-09" in text
        assert "2 articles, 2026-03-05 to 2026-03-08" in text
        # Newest first inside a story; the lone article sits where its date puts it.
        assert titles(app) == [
            "Dam talks collapse as Velmora walks out", "Velmora warns of 'slow siege' as dam fills",
            "Hanlun starts filling Sarn Gorge reservoir", "Calder library reopens after flood repairs",
            "Flooded Calder library to reopen", "Port Aven ferry adds night sailings",
        ]
        # Relative dates when recent, absolute otherwise; outlet; statement count; unread mark.
        line = next(x for x in text.splitlines() if "Dam talks collapse as Velmora walks out" in x and "Meridian" in x)
        assert re.search(r"● 2 h ago\s+Meridian Wire\s+Dam talks collapse as Velmora walks out\s+2\s*$", line.rstrip())
        line = next(x for x in text.splitlines() if "Hanlun starts filling" in x)
        assert "2026-02-27" in line and "Riverside Gazette" in line

    drive(dam_app(), body)


def test_cursor_keys_move_through_the_list_and_the_preview_follows():
    async def body(app, pilot):
        lst = app.articles_screen.list
        assert lst.cursor == 0 and "Story: " in screen_text(app)
        await press(pilot, "j")
        assert current(app).item.title == "Dam talks collapse as Velmora walks out"
        assert "We will not sign away the river." in screen_text(app)  # the preview shows the statements
        await press(pilot, "down", "down")
        assert lst.cursor == 3
        await press(pilot, "k")
        assert lst.cursor == 2
        await press(pilot, "up")
        assert lst.cursor == 1
        await press(pilot, "G")
        assert current(app).item.title == "Port Aven ferry adds night sailings"
        await press(pilot, "g")
        assert lst.cursor == 0
        await press(pilot, "end")
        assert lst.cursor == len(rows(app)) - 1
        await press(pilot, "home")
        assert lst.cursor == 0
        await press(pilot, "pagedown")
        assert lst.cursor == len(rows(app)) - 1  # the whole list fits on one page
        await press(pilot, "pageup")
        assert lst.cursor == 0
        await press(pilot, "space")
        assert lst.cursor == len(rows(app)) - 1
        await press(pilot, "b")
        assert lst.cursor == 0

    drive(dam_app(), body)


def test_filter_matches_words_in_title_outlet_speaker_or_text_and_escape_clears_it():
    async def body(app, pilot):
        await press(pilot, "slash")
        assert app.focused.id == "filter"
        await type_text(app, pilot, "hale")  # a speaker, in two articles of the dam story
        assert titles(app) == ["Dam talks collapse as Velmora walks out", "Hanlun starts filling Sarn Gorge reservoir"]
        assert "2 match “hale”" in screen_text(app)
        await type_text(app, pilot, " friday")  # every word must match: "Friday" is in one quote only
        assert titles(app) == ["Hanlun starts filling Sarn Gorge reservoir"]
        await press(pilot, "enter")  # keeps the filter, back to the list
        assert app.focused.id == "articles" and titles(app) == ["Hanlun starts filling Sarn Gorge reservoir"]
        await press(pilot, "escape")
        assert len(titles(app)) == 6 and not app.articles_screen.query_one("#filter-bar").display
        # outlet and body text match too
        await press(pilot, "slash")
        await type_text(app, pilot, "harbour")
        assert titles(app) == ["Port Aven ferry adds night sailings"]
        await press(pilot, "escape")
        await press(pilot, "slash")
        await type_text(app, pilot, "repairs took")
        assert titles(app) == ["Calder library reopens after flood repairs"]
        await press(pilot, "escape")
        await press(pilot, "slash")
        await type_text(app, pilot, "zzzz")
        assert titles(app) == [] and "No article has all of these words" in screen_text(app)

    drive(dam_app(), body)


def test_keys_typed_fast_after_slash_all_reach_the_filter(tmp_path, monkeypatch):
    """A burst (a paste, or tmux send-keys): the letters after / are filter text, not commands."""
    from textual import events

    monkeypatch.chdir(tmp_path)

    async def body(app, pilot):
        for ch in "/hale re":  # r would reload, e would export
            app._driver.send_message(events.Key("slash" if ch == "/" else "space" if ch == " " else ch, ch))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one("#filter").value == "hale re"
        assert titles(app) == ["Dam talks collapse as Velmora walks out", "Hanlun starts filling Sarn Gorge reservoir"]
        assert not [n for n in app._notifications if "Reload" in n.message]

    drive(dam_app(), body)
    assert not list(tmp_path.glob("briefing-*.txt"))


def test_sort_cycles_date_outlet_title_and_z_toggles_grouping():
    async def body(app, pilot):
        await press(pilot, "z")
        assert all(r.group is None for r in rows(app))
        dates = [r.item.entry.published for r in rows(app)]
        assert dates == sorted(dates, reverse=True)
        await press(pilot, "s")
        outlets = [r.item.outlet for r in rows(app)]
        assert outlets == sorted(outlets, key=str.casefold)
        assert "Outlet ▾" in screen_text(app)
        await press(pilot, "s")
        assert titles(app) == sorted(titles(app), key=str.casefold)
        await press(pilot, "s")
        assert [r.item.entry.published for r in rows(app)] == dates
        await press(pilot, "z")
        assert rows(app)[0].group is not None

    drive(dam_app(), body)


def test_read_marks_toggle_and_survive_a_restart(tmp_path):
    async def first(app, pilot):
        await press(pilot, "j")
        assert not app.is_read(current(app).item.entry)
        assert "6 unread" in screen_text(app)
        await press(pilot, "u")
        assert app.is_read(current(app).item.entry)
        assert "5 unread" in screen_text(app)
        await press(pilot, "j", "enter")  # opening an article marks it read
        await press(pilot, "escape")
        assert "4 unread" in screen_text(app)
        await press(pilot, "j", "u")  # third article: read
        await press(pilot, "u")  # and unread again
        await press(pilot, "g", "u")  # a story heading marks its articles together
        await press(pilot, "j")
        assert app.is_read(current(app).item.entry)

    drive(dam_app(), first)  # the marks are written by a worker; drive() waited for it
    # A new session (same cache directory) sees the same marks, without any clean shutdown.
    state = os.path.join(os.environ["BRIEFING_CACHE_DIR"], "briefing-cache-v1", "read-state.json")
    assert os.path.exists(state)

    async def second(app, pilot):
        read = {r.item.title for r in rows(app) if r.item and app.is_read(r.item.entry)}
        assert read == {"Dam talks collapse as Velmora walks out", "Velmora warns of 'slow siege' as dam fills",
                        "Hanlun starts filling Sarn Gorge reservoir"}
        assert "3 unread" in screen_text(app)

    drive(dam_app(), second)


def test_tab_moves_between_list_and_preview():
    async def body(app, pilot):
        assert app.focused.id == "articles"
        await press(pilot, "tab")
        assert app.focused.id == "preview"
        await press(pilot, "shift+tab")
        assert app.focused.id == "articles"

    drive(dam_app(), body)


def test_mouse_click_selects_a_row_and_double_click_opens_it():
    async def body(app, pilot):
        lst = app.articles_screen.list
        await pilot.click("#articles", offset=(20, 3))  # header line, then rows 0, 1, 2
        await pilot.pause()
        assert lst.cursor == 2
        await pilot.click("#articles", offset=(20, 3), times=2)
        await pilot.pause()
        assert app.screen.TITLE == "Article"
        assert app.screen.entry.article.title == "Velmora warns of 'slow siege' as dam fills"

    drive(dam_app(), body)


def test_footer_keys_are_clickable():
    async def body(app, pilot):
        bar = app.screen.query_one("KeyBar")
        x = next(start for start, _end, key in bar._spans if key == "w")
        await pilot.click(bar, offset=(x, 0))
        await pilot.pause()
        assert app.screen.TITLE == "Who said what"

    drive(dam_app(), body)


# --- the Article screen ---------------------------------------------------------------


def test_article_screen_shows_facts_summary_statements_and_full_text_on_demand():
    async def body(app, pilot):
        await press(pilot, "j", "enter")
        assert app.screen.TITLE == "Article"
        text = "\n".join(article_lines(app))
        assert text.startswith("Dam talks collapse as Velmora walks out")
        assert re.search(r"Outlet\s+Meridian Wire", text)
        assert re.search(r"By\s+Jonah Whitley", text)
        assert "(from “Monday, March 9, 2026 10:00 GMT”)" in text
        assert "Summary: 2 of 4 sentences" in text
        # statements in reading order, speaker and role, direct in quotes, reported labelled
        assert text.index("Ana Ruiz (Foreign Minister)") < text.index("Tom Hale (union leader)")
        assert "“We will not sign away the river.”" in text
        assert "(claimed) the farmers had been betrayed" in text
        assert "Farmers in the delta fear a dry season." not in text  # 4th sentence: neither summary nor shown
        await press(pilot, "plus")
        text = "\n".join(article_lines(app))
        assert "Summary: 3 of 4 sentences" in text and "A new round may follow in April." in text
        await press(pilot, "minus", "minus")
        text = "\n".join(article_lines(app))
        assert "Summary: 1 of 4 sentences" in text and "Velmora's delegation walked out" not in text
        await press(pilot, "equals_sign")  # = is + without shift
        assert "Summary: 2 of 4 sentences" in "\n".join(article_lines(app))
        await press(pilot, "f")
        text = "\n".join(article_lines(app))
        assert "Full text (4 paragraphs)" in text and "Farmers in the delta fear a dry season." in text
        await press(pilot, "f")
        assert "Farmers in the delta fear a dry season." not in "\n".join(article_lines(app))
        await press(pilot, "escape")
        assert app.screen.TITLE == "Articles"

    drive(dam_app(), body)


def test_article_screen_scroll_keys(tmp_path):
    long = dam_briefing()
    first = long.entries[0]
    paragraphs = tuple(f"Paragraph {i} of a long article." for i in range(80))
    big = Entry(
        analysis=Analysis(
            article=Article(**{**first.article.__dict__, "paragraphs": paragraphs}),
            sentences=paragraphs, ranking=tuple(range(80)), statements=first.analysis.statements, keywords=(),
        ),
        published=first.published,
        speakers=first.speakers,
    )
    briefing = Briefing(entries=(big, *long.entries[1:]), speakers=long.speakers, stories=long.stories, sentences=60)

    async def body(app, pilot):
        await press(pilot, "j", "enter")
        view = app.screen.query_one("#article-scroll")
        assert view.scroll_y == 0
        await press(pilot, "j")
        assert view.scroll_y == 1
        await press(pilot, "down", "down")
        assert view.scroll_y == 3
        await press(pilot, "k")
        assert view.scroll_y == 2
        await press(pilot, "up")
        assert view.scroll_y == 1
        await press(pilot, "space")
        assert view.scroll_y > 20
        await press(pilot, "b")
        assert view.scroll_y == 1
        await press(pilot, "pagedown")
        assert view.scroll_y > 20
        await press(pilot, "pageup")
        assert view.scroll_y == 1
        await press(pilot, "G")
        assert view.scroll_y == view.max_scroll_y > 30
        await press(pilot, "g")
        assert view.scroll_y == 0
        await press(pilot, "end")
        assert view.scroll_y == view.max_scroll_y
        await press(pilot, "home")
        assert view.scroll_y == 0

    drive(dam_app(briefing), body)


def test_article_next_previous_and_mark_unread():
    async def body(app, pilot):
        await press(pilot, "j", "enter")
        assert app.screen.sub_title == "1 of 6"
        await press(pilot, "n")
        assert app.screen.entry.article.title == "Velmora warns of 'slow siege' as dam fills"
        assert app.screen.sub_title == "2 of 6"
        await press(pilot, "p")
        assert app.screen.entry.article.title == "Dam talks collapse as Velmora walks out"
        await press(pilot, "p")  # already the first
        assert app.screen.entry.article.title == "Dam talks collapse as Velmora walks out"
        assert app.is_read(app.screen.entry)
        await press(pilot, "u")
        assert not app.is_read(app.screen.entry)

    drive(dam_app(), body)


def test_o_opens_the_url_when_the_article_names_one_else_the_file():
    opened = []

    async def body(app, pilot):
        app.launch = lambda target, *, is_url: opened.append((target, is_url))
        await press(pilot, "G", "enter", "o")  # the ferry article names its URL
        await press(pilot, "escape", "g", "j", "enter", "o")  # this one does not

    drive(dam_app(), body)
    assert opened == [("https://harbour.example/ferry-night-sailings", True), ("/news/dam-3-wire.txt", False)]
