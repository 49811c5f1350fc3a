"""Who said what, side by side: one row per speaker, one column per article or outlet."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Header, Input, Label, Static

from briefing.model import Entry
from briefing.present import views
from briefing.textsafe import one_line
from briefing.tui import grid, texts
from briefing.tui.keys import at_once
from briefing.tui.screens.base import BaseScreen, plural
from briefing.tui.widgets import (
    FilterInput,
    KeyBar,
    SpeakerGrid,
)


class GridView(SpeakerGrid):
    """The grid's keys; moving right from the last column (or left from the first) turns the page."""

    BINDINGS = at_once([
        Binding("enter", "select", "Speaker", id="grid.speaker", key_display="⏎"),
        Binding("down,j", "cursor_down", "Down", show=False, id="grid.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="grid.up"),
        Binding("right,l", "cursor_right", "Right", show=False, id="grid.right"),
        Binding("left,h", "cursor_left", "Left", show=False, id="grid.left"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="grid.page-down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="grid.page-up"),
        Binding("home", "first", "First speaker", show=False, id="grid.first"),
        Binding("end", "last", "Last speaker", show=False, id="grid.last"),
    ])

    def action_first(self) -> None:
        self.move(row=0)

    def action_last(self) -> None:
        self.move(row=len(self.cells) - 1)

    def action_cursor_right(self) -> None:
        screen = self.screen
        if self.column >= len(self.widths) - 1 and screen.page + 1 < screen.pages():
            screen.turn_page(1, column=1)
        else:
            super().action_cursor_right()

    def action_cursor_left(self) -> None:
        screen = self.screen
        if self.column <= 1 and screen.page > 0:
            screen.turn_page(-1, column=-1)
        else:
            super().action_cursor_left()


class WhoSaidWhatScreen(BaseScreen):
    FILTER_BOX = "#grid-filter"  # where pasted text goes
    TITLE = "Who said what"
    AUTO_FOCUS = "#grid"
    BINDINGS = at_once([
        Binding("escape", "back", "Back", id="grid.back", key_display="esc"),
        Binding("enter", "speaker", "Speaker", id="grid.speaker", key_display="⏎"),
        Binding("enter", "submit_filter", "Keep the filter", show=False, id="grid.keep-filter"),
        Binding("v", "view_article", "Article", id="grid.article"),
        Binding("c", "columns", "Columns", id="grid.columns"),
        Binding("slash", "filter", "Filter", id="grid.filter"),
        Binding("right_square_bracket", "story(1)", "Next story", show=False, id="grid.next-story"),
        Binding("left_square_bracket", "story(-1)", "Previous story", show=False, id="grid.previous-story"),
        Binding("a", "all_articles", "All listed articles", show=False, id="grid.all"),
        Binding("greater_than_sign", "page(1)", "Next columns", show=False, id="grid.next-page"),
        Binding("less_than_sign", "page(-1)", "Previous columns", show=False, id="grid.previous-page"),
    ])

    def __init__(self) -> None:
        super().__init__()
        self.scope_title = ""
        self.entries: list[Entry] = []
        self.by = "article"
        self.page = 0
        self.query_text = ""
        self.columns: list[grid.Column] = []
        self.rows: list[grid.SpeakerRow] = []
        self._column_count: int | None = None
        self._built_shape = (0, 0, 0)
        self._all: tuple | None = None  # (scope key, every column, every speaker row)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="scope", markup=False)
        yield GridView(id="grid")
        yield Static(id="cell-info", markup=False)
        with Horizontal(id="grid-filter-bar"):
            yield Label("Speakers", id="grid-filter-label")
            yield FilterInput(id="grid-filter", placeholder="words in a speaker's name or role, e.g. a side", compact=True)
        yield KeyBar()

    @property
    def grid(self) -> GridView:
        return self.query_one("#grid", GridView)

    def open(self, title: str, entries: list[Entry]) -> None:
        """Compare what the speakers of `entries` said; the grid starts afresh."""
        self.scope_title = title
        self.entries = list(entries)
        self.by = "article"
        self.page = 0
        self.query_text = ""
        if self.is_mounted:
            self.query_one("#grid-filter", Input).value = ""
            self.query_one("#grid-filter-bar").display = False
            self.grid.focus()
            self.build()

    def on_mount(self) -> None:
        self.query_one("#grid-filter-bar").display = False
        self.build()

    def on_resize(self, event) -> None:
        if self.is_mounted and self._shape(event.size.width) != self._built_shape:
            first = self.page * max(1, self._built_shape[0])  # keep the first column shown in view
            self.page = first // self._shape(event.size.width)[0]
            self.build(keep=True)

    def _shape(self, width: int) -> tuple[int, int, int]:
        return grid.shape(width, self._column_count)

    def _scope(self) -> tuple[list, list]:
        """Every column and every speaker row of the scope, made once per scope."""
        key = (id(self.entries), len(self.entries), self.by)
        if self._all is None or self._all[0] != key:
            columns = grid.columns_of(self.entries, self.by)
            self._all = (key, columns, grid.speaker_rows(columns, self.app.speaker_roles()))
        return self._all[1], self._all[2]

    def pages(self) -> int:
        per_page = self._shape(self.size.width)[0]
        return max(1, -(-(self._column_count or 0) // per_page))

    def turn_page(self, delta: int, column: int | None = None) -> None:
        self.page = max(0, min(self.page + delta, self.pages() - 1))
        row = self.grid.row
        self.build()
        if self.rows and column is not None:
            self.grid.move(row, len(self.columns) if column < 0 else column)

    def build(self, keep: bool = False) -> None:
        view = self.grid
        old = (view.row, view.column) if keep else None
        columns, rows = self._scope()
        self._column_count = len(columns)
        per_page, name_w, col_w = self._shape(self.size.width)
        self._built_shape = (per_page, name_w, col_w)
        self.page = max(0, min(self.page, self.pages() - 1))
        start, stop = self.page * per_page, (self.page + 1) * per_page
        self.columns = columns[start:stop]
        self.rows = grid.page_rows(rows, start, stop, self.query_text)
        headers = [(Text("Speaker"), Text(""))]
        for col in self.columns:
            headers.append((Text(col.label), Text(col.sub, style="not bold dim")))
        cells = []
        for r in self.rows:
            name = [("", one_line(r.name), "bold")]
            if r.role:
                name.append(("", one_line(r.role), "role"))
            row = [name]
            for i in range(len(self.columns)):
                sts = r.cells.get(i)
                # A cell shows CELL_LINES lines: more statements than that cannot show.
                row.append([texts.statement_run(st, limit=320) for st in sts[:grid.CELL_LINES]] if sts else None)
            cells.append(row)
        view.empty_message = "No speaker matches the filter." if self.query_text else "Nobody is quoted by name in these articles."
        view.set_data(headers, cells, [name_w] + [col_w] * len(self.columns), max_lines=grid.CELL_LINES, cursor=old)
        self._scope_line()
        self._cell_info()

    def _scope_line(self) -> None:
        t = Text()
        t.append(self.scope_title, style="bold")
        n = len(self.entries)
        t.append(f"  {plural(n, 'article')}, {plural(len(self._scope()[1]), 'speaker')}", style="dim")
        if self.query_text:
            t.append(f", {len(self.rows)} matching “{self.query_text}”", style="dim")
        t.append("\n")
        unit = "articles" if self.by == "article" else "outlets"
        if self.pages() > 1:
            first = self.page * self._built_shape[0] + 1
            last = first + len(self.columns) - 1
            t.append(f"{unit} {first}-{last} of {self._column_count} (h/l, < >)", style="dim")
        else:
            t.append(f"one column per {unit[:-1]} (c)", style="dim")
        t.append("   “…” quoted   ")
        t.append("(said, claimed …) reported speech", style="italic")
        self.query_one("#scope", Static).update(t, layout=False)  # two lines, fixed height

    def _cell_info(self) -> None:
        grid = self.grid
        info = Text()
        if not self.rows:
            info.append("Nobody is quoted by name in these articles." if not self.query_text else "No speaker matches the filter.", style="dim")
        elif grid.column >= 1 and grid.column - 1 < len(self.columns):
            col = self.columns[grid.column - 1]
            if len(col.entries) == 1:
                e = col.entries[0]
                info.append(one_line(views.title(e)), style="bold")
                info.append(f"  {col.label}, {views.date_label(e.published)}", style="dim")
            else:
                info.append(col.label, style="bold")
                info.append(f"  {col.sub}", style="dim")
        else:
            r = self.rows[min(grid.row, len(self.rows) - 1)]
            info.append(f"{r.name}: {plural(r.total, 'statement')} in {plural(r.spread, 'column')}")
            if not r.cells:
                info.append("  (none on this page: h/l or < > for the others)", style="dim")
        self.query_one("#cell-info", Static).update(info, layout=False)  # one line, fixed height

    @on(SpeakerGrid.Highlighted)
    def _cell_highlighted(self, _event) -> None:
        self._cell_info()

    @on(SpeakerGrid.Selected)
    def _cell_selected(self, _event) -> None:
        self.action_speaker()

    def _current_row(self) -> grid.SpeakerRow | None:
        if not self.rows:
            return None
        return self.rows[min(self.grid.row, len(self.rows) - 1)]

    def action_speaker(self) -> None:
        r = self._current_row()
        if r is None:
            return
        names = [row.name for row in self.rows]
        self.app.open_speaker(r.name, self.entries, names)

    def action_view_article(self) -> None:
        if not self.columns:
            return
        col = self.columns[max(0, self.grid.column - 1)]
        self.app.open_article(col.entries[0], list(self.entries))

    def action_columns(self) -> None:
        self.by = "outlet" if self.by == "article" else "article"
        self.page = 0
        self.build()

    def action_page(self, delta: int) -> None:
        if self.pages() <= 1:
            self.notify("Every column is already on screen.", timeout=2)
            return
        self.turn_page(delta, column=1)

    def action_story(self, delta: int) -> None:
        stories = self.app.story_scopes()
        if not stories:
            self.notify("No stories were detected: every article stands alone.", timeout=3)
            return
        titles = [t for t, _ in stories]
        i = titles.index(self.scope_title) if self.scope_title in titles else (-1 if delta > 0 else 0)
        self.scope_title, entries = stories[(i + delta) % len(stories)]
        self.entries = list(entries)
        self.page = 0
        self.build()

    def action_all_articles(self) -> None:
        self.scope_title = "All articles listed"
        self.entries = self.app.listed_entries()
        self.page = 0
        self.build()

    def action_filter(self) -> None:
        self.query_one("#grid-filter-bar").display = True
        self.set_focus(self.query_one("#grid-filter", Input))  # at once: see ArticlesScreen.action_filter

    @on(Input.Changed, "#grid-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self.build()

    def action_submit_filter(self) -> None:
        if not self.query_one("#grid-filter", Input).value.strip():
            self.query_one("#grid-filter-bar").display = False
        self.set_focus(self.grid)

    def action_back(self) -> None:
        bar = self.query_one("#grid-filter-bar")
        if bar.display or self.query_text:
            self.query_one("#grid-filter", Input).value = ""
            self.query_text = ""
            bar.display = False
            self.grid.focus()
            self.build()
            return
        self.app.pop_screen()

    def export_scope(self) -> tuple[list[Entry], str]:
        return list(self.entries), f"“{self.scope_title}”"
