"""The TUI as a user drives it, continued: who said what, help, reload, export and safety.

Most tests run on a small briefing written here (so that what they check does
not move when the analysis improves); a few run the real analysis on a copy of
some bundled samples (progressive loading, reload, quitting mid-analysis).
Each test runs inside `asyncio.run()` and waits with
`app.workers.wait_for_complete()`, never with sleeps.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil

from conftest import SAMPLES
from tui_factories import (
    article_lines,
    copy_samples,
    dam_app,
    drive,
    entry,
    make_args,
    press,
    said,
    screen_text,
    titles,
    type_text,
)

from briefing.model import (
    INDIRECT,
    Briefing,
    Speaker,
    Story,
)

# --- Who said what, side by side ------------------------------------------------------------


def grid(app):
    return app.screen.query_one("#grid")


def grid_names(app):
    return [r.name for r in app.screen.rows]


def grid_row_text(app, name):
    """The lines of the grid row whose speaker column starts with `name`, joined per column."""
    lines = screen_text(app).splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith(name))
    block = []
    for x in lines[start:]:
        if x.startswith("──"):
            break
        block.append(x)
    columns = [" ".join(part.strip() for part in col if part.strip()) for col in zip(*(x.split("│") for x in block))]
    return columns


def test_side_by_side_grid_has_a_row_per_speaker_and_a_column_per_article():
    async def body(app, pilot):
        await press(pilot, "j", "w")
        screen = app.screen
        assert screen.TITLE == "Who said what" and screen.scope_title == "Dam talks collapse as Velmora walks out"
        assert [c.label for c in screen.columns] == ["Meridian Wire", "Basin Observer", "Riverside Gazette"]
        assert grid_names(app) == ["Ana Ruiz", "Dou Kaiming", "Tom Hale"]
        text = screen_text(app)
        header = next(x for x in text.splitlines() if "Meridian Wire" in x and "Basin Observer" in x)
        assert header.index("Meridian Wire") < header.index("Basin Observer") < header.index("Riverside Gazette")
        ruiz = grid_row_text(app, "Ana Ruiz")
        assert ruiz[0] == "Ana Ruiz Foreign Minister"
        assert ruiz[1] == "“We will not sign away the river.”"
        assert ruiz[2] == ("“What began today is a slow siege of the delta.” "
                           "(reported) the government had asked three times for the schedule")
        assert ruiz[3] == "·"  # not quoted in the third article
        assert grid_row_text(app, "Tom Hale")[1:] == ["(claimed) the farmers had been betrayed", "·",
                                                      "“Our members will march on Friday.”"]
        assert "“…” quoted" in text and "(said, claimed …) reported speech" in text

    drive(dam_app(), body)


def test_grid_keys_move_switch_columns_filter_and_change_story():
    async def body(app, pilot):
        await press(pilot, "w")  # on the story heading
        g = grid(app)
        assert (g.row, g.column) == (0, 1)
        await press(pilot, "l", "right")
        assert g.column == 3
        assert "Hanlun starts filling Sarn Gorge reservoir" in screen_text(app)  # the column's article, below
        await press(pilot, "h")
        assert g.column == 2
        await press(pilot, "left")
        assert g.column == 1
        await press(pilot, "j", "down")
        assert g.row == 2
        await press(pilot, "k")
        assert g.row == 1
        await press(pilot, "up")
        assert g.row == 0
        await press(pilot, "pagedown")
        assert g.row == 2
        await press(pilot, "pageup")
        assert g.row == 0
        await press(pilot, "c")  # one column per outlet
        assert [c.label for c in app.screen.columns] == ["Meridian Wire", "Basin Observer", "Riverside Gazette"]
        assert app.screen.by == "outlet"
        await press(pilot, "c")
        assert app.screen.by == "article"
        await press(pilot, "slash")
        await type_text(app, pilot, "minister")  # one side: the ministers
        assert grid_names(app) == ["Ana Ruiz", "Dou Kaiming"]
        await press(pilot, "enter")
        assert app.focused is grid(app)
        await press(pilot, "escape")  # clears the filter first
        assert grid_names(app) == ["Ana Ruiz", "Dou Kaiming", "Tom Hale"] and app.screen.TITLE == "Who said what"
        await press(pilot, "right_square_bracket")
        assert app.screen.scope_title == "Calder library reopens after flood repairs"
        assert grid_names(app) == ["Calder Council", "Mia Chen"] or grid_names(app) == ["Mia Chen", "Calder Council"]
        await press(pilot, "left_square_bracket")
        assert app.screen.scope_title == "Dam talks collapse as Velmora walks out"
        await press(pilot, "a")
        assert app.screen.scope_title == "All articles listed" and len(app.screen.entries) == 6
        await press(pilot, "escape")
        assert app.screen.TITLE == "Articles"

    drive(dam_app(), body)


def test_grid_pages_columns_that_do_not_fit_the_width():
    async def body(app, pilot):
        await press(pilot, "w", "a")  # all six articles at 80 columns: two fit
        screen = app.screen
        assert len(screen.columns) == 2 and screen.pages() == 3
        assert "articles 1-2 of 6" in screen_text(app)
        await press(pilot, "greater_than_sign")
        assert screen.page == 1 and "articles 3-4 of 6" in screen_text(app)
        await press(pilot, "less_than_sign")
        assert screen.page == 0
        await press(pilot, "l", "l")  # moving right past the last column turns the page
        assert screen.page == 1 and grid(app).column == 1
        await press(pilot, "h")
        assert screen.page == 0 and grid(app).column == 2

    drive(dam_app(), body, size=(80, 24))


def test_speaker_screen_shows_all_statements_side_by_side_with_article_and_date():
    async def body(app, pilot):
        await press(pilot, "j", "w", "enter")
        screen = app.screen
        assert screen.TITLE == "Speaker" and screen.speaker == "Ana Ruiz"
        text = screen_text(app)
        assert "3 statements in 2 articles" in text
        first = next(x for x in text.splitlines() if "Meridian Wire · 2026-03-09 10:00" in x)
        assert "Basin Observer · 2026-03-07 08:00" in first  # side by side: same line
        assert "We will not sign away the river." in text and "(reported) the government had asked three times" in text
        await press(pilot, "n")
        assert screen.speaker == "Dou Kaiming"
        await press(pilot, "p")
        assert screen.speaker == "Ana Ruiz"
        await press(pilot, "tab")
        assert app.focused.entry.article.source == "Basin Observer"
        await press(pilot, "shift+tab")
        assert app.focused.entry.article.source == "Meridian Wire"
        await press(pilot, "j", "k")  # scroll keys do not leave the screen
        assert app.screen is screen
        await press(pilot, "v")
        assert app.screen.TITLE == "Article" and app.screen.entry.article.source == "Meridian Wire"
        await press(pilot, "escape")
        assert app.screen is screen
        await press(pilot, "tab", "enter")
        assert app.screen.TITLE == "Article" and app.screen.entry.article.source == "Basin Observer"
        await press(pilot, "w")  # back to the grid that is already open below
        assert app.screen.TITLE == "Who said what"
        await press(pilot, "escape")
        assert app.screen.TITLE == "Articles"

    drive(dam_app(), body)


def test_grid_v_opens_the_article_of_the_column_and_mouse_selects_a_speaker():
    async def body(app, pilot):
        await press(pilot, "j", "w", "l", "v")
        assert app.screen.TITLE == "Article" and app.screen.entry.article.source == "Basin Observer"
        await press(pilot, "escape")
        g = grid(app)
        line = 2 + (g._tops[1] if len(g._tops) > 1 else 0)  # the second speaker's first line, under the header
        await pilot.click(g, offset=(3, line))
        await pilot.pause()
        assert g.row == 1
        await pilot.click(g, offset=(3, line))  # clicking the highlighted cell opens it
        await pilot.pause()
        assert app.screen.TITLE == "Speaker" and app.screen.speaker == "Dou Kaiming"

    drive(dam_app(), body)


def test_article_w_opens_the_grid_of_its_story():
    async def body(app, pilot):
        await press(pilot, "j", "j", "enter", "w")
        assert app.screen.TITLE == "Who said what"
        assert app.screen.scope_title == "Dam talks collapse as Velmora walks out"
        await press(pilot, "escape")
        assert app.screen.TITLE == "Article"
        await press(pilot, "escape", "G", "enter", "w")  # an article in no story: the grid of that article
        assert app.screen.TITLE == "Who said what" and app.screen.entries[0].article.title == "Port Aven ferry adds night sailings"
        assert "Nobody is quoted by name in these articles." in screen_text(app)

    drive(dam_app(), body)


# --- help, command palette, quit ----------------------------------------------------------


def test_help_lists_the_bindings_of_the_screen_and_runs_them():
    from briefing.tui.commands import commands_for

    async def body(app, pilot):
        await press(pilot, "question_mark")
        help_screen = app.screen
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["ArticlesScreen", "HelpScreen"]  # once
        text = screen_text(app)
        for c in commands_for(app.articles_screen):
            assert c.description in text, c
        assert "Who said what" in text and "Articles" in text and "Speaker" in text
        options = help_screen.query_one("#help-keys")
        descriptions = [help_screen.commands[i].description for i in range(options.option_count)]
        assert descriptions == [c.description for c in commands_for(app.articles_screen)]
        options.highlighted = descriptions.index("Who said what")
        await press(pilot, "enter")
        await pilot.pause()
        assert app.screen.TITLE == "Who said what"
        await press(pilot, "question_mark")  # help here lists this screen's keys
        assert "Filter" in screen_text(app) and "Columns" in screen_text(app)
        await press(pilot, "escape")
        assert app.screen.TITLE == "Who said what"
        await press(pilot, "question_mark", "question_mark")
        assert app.screen.TITLE == "Who said what"
        await press(pilot, "question_mark", "q")  # q closes help, it does not quit
        assert app.is_running and app.screen.TITLE == "Who said what"

    drive(dam_app(), body)


def test_every_view_is_reachable_from_the_help_screen():
    async def body(app, pilot):
        async def run_from_help(description):
            await press(pilot, "question_mark")
            help_screen = app.screen
            options = help_screen.query_one("#help-keys")
            names = [c.description for c in help_screen.commands]
            options.highlighted = names.index(description)
            await press(pilot, "enter")
            await pilot.pause()

        await press(pilot, "j")
        await run_from_help("Open")
        assert app.screen.TITLE == "Article"
        await run_from_help("Who said what")
        assert app.screen.TITLE == "Who said what"
        await run_from_help("Speaker")
        assert app.screen.TITLE == "Speaker"
        await run_from_help("Back")
        await run_from_help("Back")
        assert app.screen.TITLE == "Article"

    drive(dam_app(), body)


def test_command_palette_offers_every_action_by_name():
    async def body(app, pilot):
        await press(pilot, "ctrl+p")
        await type_text(app, pilot, "who said")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await press(pilot, "enter")
        await pilot.pause()
        assert app.screen.TITLE == "Who said what"

    drive(dam_app(), body)


def test_every_binding_has_an_id_and_a_description_and_a_test():
    from textual.binding import Binding

    from briefing.tui import app as app_module
    from briefing.tui import screens, widgets

    classes = [app_module.BriefingApp, screens.ArticlesScreen, screens.ArticleScreen, screens.WhoSaidWhatScreen,
               screens.GridView, screens.SpeakerScreen, screens.Card, screens.HelpScreen]
    ids = set()
    for cls in classes:
        for b in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
            assert b.id and b.description, (cls.__name__, b)
            ids.add(b.id)
    for cls in (widgets.ArticleList, widgets.KeyBar, widgets.SpeakerGrid, widgets.TextView):
        for b in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
            assert b.id and b.description, (cls.__name__, b)
            ids.add(b.id)
    tested = set(re.findall(r"\"([a-z]+\.[a-z-]+)\"", open(__file__, encoding="utf-8").read().split("# BINDING TESTS")[-1]))
    keys_tests = open(os.path.join(os.path.dirname(__file__), "test_tui_keys.py"), encoding="utf-8").read()
    assert all(re.search(rf"def {name}\(", keys_tests) for name in (
        "test_keys_typed_without_pauses_land_in_order_in_the_filter_and_the_list",
        "test_arrows_page_keys_home_and_end_move_the_grid_cursor"))
    assert ids == tested, f"untested: {sorted(ids - tested)}; unknown: {sorted(tested - ids)}"


def test_quit():
    async def body(app, pilot):
        await press(pilot, "q")

    app = drive(dam_app(), body)
    assert not app.is_running


def test_ctrl_c_ends_the_tui_with_status_130_even_while_typing_a_filter():
    async def body(app, pilot):
        await press(pilot, "slash", "d")  # the filter box has focus, where ctrl+c would copy
        await press(pilot, "ctrl+c")

    app = drive(dam_app(), body)
    assert not app.is_running and app.return_code == 130


# --- reload, export, progressive loading, cancelling -----------------------------------------


SMALL = ["stadium-01-brackwater-gazette-council-delays-stadium-vote.txt",
         "stadium-02-west-shire-echo-councillors-back-stadium-loan.txt",
         "recall-01-handset-daily-lumen-aria-5-battery-recall.txt"]


def test_first_run_fills_the_list_while_analysing_and_r_reloads_changed_files(tmp_path):
    from briefing.tui.app import BriefingApp

    folder = copy_samples(tmp_path, SMALL)
    seen = []

    class Watching(BriefingApp):
        def on_analysis_ready(self, message):
            seen.append((len(self.listing.items) if self.listing else 0, self.articles_screen.query_one("#progress").display,
                         self.articles_screen.list.rows and self.articles_screen.list.rows[0].group is None))
            super().on_analysis_ready(message)

    async def body(app, pilot):
        # Before the final briefing arrived, every article was already listed, with the progress bar.
        assert seen and seen[0][0] == 3 and seen[0][1] is True
        assert not app.articles_screen.query_one("#progress").display
        assert len(titles(app)) == 3
        # Change one file, add one: r re-analyses them, the rest comes from the cache.
        path = folder / SMALL[2]
        path.write_text(path.read_text(encoding="utf-8").replace("210,000", "250,000"), encoding="utf-8")
        shutil.copy(os.path.join(SAMPLES, "tessaly-07-harbour-times-caldera-welcomes-mediation.txt"), folder)
        await press(pilot, "r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(titles(app)) == 4
        messages = [n.message for n in app._notifications]
        assert any("Reloaded: 1 new, 1 changed, 0 gone, 2 unchanged." in m for m in messages), messages

    drive(Watching(make_args(str(folder))), body)


def test_quitting_while_analysing_ends_cleanly(tmp_path):
    from textual.worker import WorkerState

    from briefing.tui.app import BriefingApp

    folder = copy_samples(tmp_path, sorted(os.listdir(SAMPLES))[:8])
    got = []

    class Impatient(BriefingApp):
        def on_analysis_progress(self, message):
            super().on_analysis_progress(message)
            if not got:
                got.append(message.done)
                self.exit()  # as if the user pressed q after the first rows appeared

    app = Impatient(make_args(str(folder)))
    asyncio.run(app.run_async(headless=True, size=(80, 24)))
    assert got and got[0] < 8
    assert app.return_code == 0 and app.briefing is None
    workers = [w for w in app.workers._workers if w.group == "analysis"] if hasattr(app.workers, "_workers") else []
    assert all(w.state in (WorkerState.CANCELLED, WorkerState.SUCCESS) for w in workers)


def test_e_exports_the_current_view_to_a_new_file_in_the_data_folder(tmp_path, monkeypatch):
    work = tmp_path / "started-here"
    work.mkdir()
    monkeypatch.chdir(work)
    exports = tmp_path / "data" / "exports"

    async def body(app, pilot):
        await press(pilot, "slash")
        await type_text(app, pilot, "library")
        await press(pilot, "enter")
        await press(pilot, "e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await press(pilot, "e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await press(pilot, "j", "enter", "e")  # from an article: that article only
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert sum(m.startswith(f"Exported 2 articles to {exports}{os.sep}briefing-") for m in messages) == 2
        assert any(m.startswith(f"Exported 1 article to {exports}{os.sep}briefing-") for m in messages)

    drive(dam_app(), body)
    assert not list(work.iterdir())  # nothing where the TUI was started
    texts = [f.read_text(encoding="utf-8") for f in sorted(exports.glob("briefing-*.txt"))]
    assert len(texts) == 3  # each export is a new file, none overwritten
    both = [t for t in texts if "2 articles from 2 outlets" in t]
    assert len(both) == 2 and both[0] == both[1]
    assert both[0].startswith("Briefing: 2026-03-05 to 2026-03-08")
    assert "Calder library reopens after flood repairs" in both[0] and "Flooded Calder library to reopen" in both[0]
    assert "Dam talks" not in both[0] and "Mia Chen" in both[0]
    single = next(t for t in texts if "1 article from 1 outlet" in t)
    assert "Calder library reopens after flood repairs" in single and "Flooded Calder library to reopen" not in single


# --- safety, colour, small terminals ------------------------------------------------------------

EVIL = ["[sic]", "[/]", "[bold]", "[@click=app.quit]"]


def evil_briefing() -> Briefing:
    title = "Mayor [bold]Kell[/] says budget [sic] is fine [@click=app.quit]quit[/]"
    name = "Anna [bold]Kell[/] [sic]"
    statements = [
        said(name, "This budget [sic] is balanced [/] and [bold]fair [@click=app.quit]", role="[bold]Mayor[/]"),
        said("Tom [/]Brandt [@click=app.quit]", "the clause [@click=app.quit] would stay [/]", INDIRECT, role="[sic] councillor"),
    ]
    e1 = entry("/news/[sic]/evil-1.txt", title, "Daily [bold]Bugle[/]", "2026-03-08T09:00:00+00:00",
               ["The council [bold]met[/] on [sic] Sunday.", "It voted [@click=app.quit] 12 to 9 [/]."], statements,
               authors=["[b]Nora[/b] Vell"], published_text="March 8 [sic] 2026")
    e2 = entry("/news/evil-2.txt", "Council vote [/] follow-up [@click=app.bell]", "Evening [/]Post", "2026-03-07T09:00:00+00:00",
               ["A second article [sic]."], [said(name, "Again [bold]!", role="[bold]Mayor[/]")])
    speakers = (Speaker(name, ("Kell [/]",), ("[bold]Mayor[/]",), (e1.path, e2.path)),
                Speaker("Tom [/]Brandt [@click=app.quit]", (), ("[sic] councillor",), (e1.path,)))
    stories = (Story(title, (e1.path, e2.path)),)
    return Briefing(entries=(e1, e2), speakers=speakers, stories=stories, sentences=2)


def test_markup_in_titles_quotes_and_names_shows_literally_and_cannot_trigger_actions():
    async def body(app, pilot):
        screens = []
        screens.append(screen_text(app))  # list and preview
        await press(pilot, "j", "enter")
        screens.append("\n".join(article_lines(app)))
        await press(pilot, "f")
        screens.append("\n".join(article_lines(app)))
        await press(pilot, "w")
        screens.append(screen_text(app))
        await press(pilot, "enter")
        screens.append(screen_text(app))
        await press(pilot, "escape", "slash")
        await type_text(app, pilot, "[bold]")
        await press(pilot, "enter")
        screens.append(screen_text(app))
        everything = "\n".join(screens)
        for s in EVIL:
            assert s in everything, s
        assert "Mayor [bold]Kell[/] says budget [sic] is fine" in screens[0]
        assert "Daily [bold]Bugle[/]" in screens[1]
        assert "“This budget [sic] is balanced [/] and [bold]fair [@click=app.quit]”" in screens[1]
        assert "Anna [bold]Kell[/] [sic] ([bold]Mayor[/])" in screens[1]
        assert "(reported) the clause [@click=app.quit] would stay [/]" in screens[1]
        assert "It voted [@click=app.quit] 12 to 9 [/]." in screens[2]
        assert "Tom [/]Brandt" in screens[3]
        # Clicking where "[@click=app.quit]" is drawn does nothing but select.
        lines = screen_text(app).splitlines()
        y = next(i for i, x in enumerate(lines) if "[@click=app.quit]" in x)
        x = lines[y].index("[@click=app.quit]") + 3
        await pilot.click(offset=(x, y))
        await pilot.pause()
        assert app.is_running

    app = drive(dam_app(evil_briefing()), body)
    assert app.return_code is None


def test_markup_in_a_real_article_file_through_the_pipeline(tmp_path):
    from briefing.tui.app import BriefingApp

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "council-[sic].txt").write_text(
        "[bold]Port Aven[/] council backs budget [sic] after row over [@click=app.quit]quit[/] clause\n\n"
        "By [b]Nora Vell[/b]\nMarch 4, 2026\n\n"
        "The council of Port Aven approved its budget on Wednesday after a six-hour meeting.\n\n"
        "\"This budget is balanced [sic] and [bold]nobody[/] will lose a job [@click=app.quit],\" said [bold]Mayor[/] Anna Kell.\n\n"
        "\"We were told [/] the clause would [@click=app.quit] stay,\" said councillor Tom Brandt, who voted against it.\n",
        encoding="utf-8",
    )

    async def body(app, pilot):
        text = screen_text(app)
        assert "[bold]Port Aven[/] council backs budget [sic]" in text
        await press(pilot, "enter")
        body_text = "\n".join(article_lines(app))
        assert "[@click=app.quit]" in body_text and "[/]" in body_text
        await press(pilot, "w")
        assert app.is_running

    drive(BriefingApp(make_args(str(folder))), body)


def test_no_color_gives_a_monochrome_screen(monkeypatch):
    def colours(svg):  # of the terminal, not of the window decoration drawn around it
        return set(re.findall(r"#([0-9a-fA-F]{6})\b", svg)) - {"ff5f57", "febc2e", "28c840", "c5c8c6"}

    async def snap(app, pilot):
        await press(pilot, "j")
        app._svg = app.export_screenshot()

    coloured = drive(dam_app(), snap)._svg
    monkeypatch.setenv("NO_COLOR", "1")
    plain = drive(dam_app(), snap)._svg
    grey = lambda c: c[0:2] == c[2:4] == c[4:6]  # noqa: E731
    assert not all(grey(c.lower()) for c in colours(coloured))
    assert colours(plain) and all(grey(c.lower()) for c in colours(plain)), colours(plain)


def test_nothing_is_cut_off_at_80x24_and_titles_need_no_horizontal_scrolling():
    from briefing.tui.commands import commands_for

    async def body(app, pilot):
        lst = app.articles_screen.list
        assert lst.virtual_size.width <= lst.scrollable_content_region.width
        for keys in ([], ["j", "enter"], ["w"], ["enter"]):
            await press(pilot, *keys) if keys else None
            lines = screen_text(app).splitlines()
            footer = lines[-1]
            assert footer.rstrip().endswith("^p palette"), footer
            shown = [b for b in app.screen.active_bindings.values() if b.binding.show]
            for active in shown:
                desc = active.binding.group.description if active.binding.group else active.binding.description
                assert desc in footer, (app.screen.TITLE, desc, footer)
            assert len(lines) == 24 and all(len(x) <= 80 for x in lines)
        assert commands_for(app.screen)

    drive(dam_app(), body, size=(80, 24))


def test_wide_terminal_puts_the_preview_beside_the_list():
    async def body(app, pilot):
        lst, preview = app.articles_screen.list, app.articles_screen.query_one("#preview")
        assert preview.region.x > lst.region.x and preview.region.y == lst.region.y
        assert lst.region.width > 110

    drive(dam_app(), body, size=(200, 60))


# BINDING TESTS: each binding id, and the test above that presses its key.
# "app.quit" test_quit; "app.interrupt" test_ctrl_c_ends_the_tui...; "app.help" test_help_lists_the_bindings_of_the_screen_and_runs_them;
# "app.reload" test_first_run_fills_the_list_while_analysing_and_r_reloads_changed_files;
# "app.export" test_e_exports_the_current_view_to_a_new_file;
# "articles.open" "articles.filter" "articles.clear" test_filter_matches...; "articles.who" test_side_by_side_grid...;
# "articles.sort" "articles.group" test_sort_cycles...; "articles.read" test_read_marks...;
# "articles.down" "articles.up" "articles.first" "articles.last" "articles.page-down" "articles.page-up" test_cursor_keys...;
# "articles.next-pane" "articles.previous-pane" test_tab_moves...;
# "article.back" "article.more" "article.fewer" "article.full" test_article_screen_shows...;
# "article.open" test_o_opens...; "article.who" test_article_w_opens...;
# "article.next" "article.previous" "article.read" test_article_next_previous...;
# "view.down" "view.up" "article.page-down" "article.page-up" "article.top" "article.bottom" test_article_screen_scroll_keys;
# "grid.back" "grid.columns" "grid.filter" "grid.next-story" "grid.previous-story" "grid.all" test_grid_keys...;
# "grid.down" "grid.up" "grid.right" "grid.left" "grid.page-down" "grid.page-up" test_grid_keys...;
# "grid.next-page" "grid.previous-page" test_grid_pages...; "grid.speaker" "grid.article" test_grid_v_opens...;
# "speaker.back" "speaker.next" "speaker.previous" "speaker.down" "speaker.up" "speaker.next-card"
# "speaker.previous-card" "speaker.article" "card.open" test_speaker_screen...; "help.close" test_help_lists...
# In test_tui_keys.py: "articles.keep-filter" "grid.keep-filter" test_keys_typed_without_pauses...;
# "grid.first" "grid.last" test_arrows_page_keys_home_and_end_move_the_grid_cursor
