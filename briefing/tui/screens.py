"""The screens: Articles (list + preview), Article, Who said what (grid),
Speaker (one person's statements side by side) and Help.

Screens read the briefing from the app and never analyse anything. Untrusted
article text reaches widgets only as `rich.text.Text` or `Content` objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Input, Label, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from briefing.model import Entry
from briefing.present import views
from briefing.textsafe import one_line
from briefing.tui import texts
from briefing.tui.commands import commands_for, run_command
from briefing.tui.listing import SORTS
from briefing.tui.widgets import (
    SORT_LABELS,
    ArticleList,
    FilterInput,
    KeyBar,
    SpeakerGrid,
    TextView,
)

SUMMARY = Binding.Group("Summary", compact=True)
WIDE = 150  # from this width the preview sits beside the list instead of under it


class BaseScreen(Screen):
    """What every full screen has: a header, a footer, and an export scope."""

    def export_scope(self) -> tuple[list[Entry], str]:
        return self.app.listed_entries(), "the articles listed"

    def on_screen_resume(self) -> None:
        self.refresh_bindings()


# --- Articles -----------------------------------------------------------------


class ArticlesScreen(BaseScreen):
    TITLE = "Articles"
    AUTO_FOCUS = "#articles"
    BINDINGS = [
        Binding("enter", "open", "Open", id="articles.open", key_display="⏎"),
        Binding("slash", "filter", "Filter", id="articles.filter"),
        Binding("w", "who", "Who said what", id="articles.who"),
        Binding("s", "sort", "Sort", id="articles.sort"),
        Binding("z", "group", "Group by story on/off", show=False, id="articles.group"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="articles.read"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="articles.clear"),
        Binding("j,down", "cursor_down", "Down", show=False, id="articles.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="articles.up"),
        Binding("g,home", "first", "First article", show=False, id="articles.first"),
        Binding("G,end", "last", "Last article", show=False, id="articles.last"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="articles.page-down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="articles.page-up"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="articles.next-pane"),
        Binding("q", "app.quit", "Quit", id="articles.quit"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="articles.previous-pane"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.query_text = ""
        self.sort = "date"
        self.grouped = True

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="status-bar"):
            yield Static(id="status", markup=False)
            yield ProgressBar(id="progress", show_eta=False)
        with Vertical(id="panes"):
            yield ArticleList(id="articles")
            yield TextView(id="preview")
        with Horizontal(id="filter-bar"):
            yield Label("Filter", id="filter-label")
            yield FilterInput(id="filter", placeholder="words in title, outlet, speaker or text", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        lst = self.query_one(ArticleList)
        lst.is_read = self.app.is_read
        self.query_one("#filter-bar").display = False
        self.query_one("#progress").display = False
        self._layout(self.size.width)
        self.refresh_list()

    def on_resize(self, event) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        self.query_one("#panes").set_class(width >= WIDE, "-wide")

    # --- the list --------------------------------------------------------------

    @property
    def list(self) -> ArticleList:
        return self.query_one(ArticleList)

    def refresh_list(self, keep: str | None = None) -> None:
        lst = self.list
        lst.sort = self.sort
        listing = self.app.listing
        rows = listing.rows(self.query_text, self.sort, self.grouped) if listing else []
        if self.app.loading:
            lst.empty_message = "Reading articles…"
        elif self.query_text:
            lst.empty_message = "No article has all of these words. Escape clears the filter."
        else:
            lst.empty_message = "No articles found."
        lst.set_rows(rows, keep, listing.outlet_width if listing else None)
        self.update_status()
        if not rows:
            self._preview(None)

    def update_status(self) -> None:
        status = self.query_one("#status", Static)
        progress = self.query_one("#progress", ProgressBar)
        progress.display = self.app.loading
        if self.app.loading:
            done, total = self.app.progress
            status.update(Text(f"Analysing {done} of {total} articles" if total else "Looking for articles…"), layout=False)
            progress.update(total=total or None, progress=done)
            return
        listing = self.app.listing
        items = listing.items if listing else []
        shown = sum(1 for r in self.list.rows if r.item is not None)
        unread = self.app.unread_count()
        parts = [f"{len(items)} article{'s' if len(items) != 1 else ''}"]
        if listing and listing.stories:
            parts.append(f"{len(listing.stories)} stor{'ies' if len(listing.stories) != 1 else 'y'}")
        parts.append(f"{unread} unread")
        if self.query_text:
            parts.append(f"{shown} match “{self.query_text}”")  # the sort shows as ▾ in the list's header
        status.update(Text(" · ".join(parts)), layout=False)  # one line, fixed height

    @on(ArticleList.Highlighted)
    def _highlighted(self, event: ArticleList.Highlighted) -> None:
        self._preview(event.row)

    def _preview(self, row) -> None:
        target = self.query_one("#preview", TextView)
        if row is None:
            target.update(Text(""))
        elif row.item is not None:
            target.update(texts.preview_text(row.item.entry, self.app.sentences))
        else:
            g = row.group
            t = Text()
            t.append("Story: ", style="dim")
            t.append(g.title, style="bold")
            t.append(f"\n{len(g.items)} articles, {g.span}\n", style="dim")
            outlets = sorted({it.outlet for it in g.items})
            t.append("Outlets: " + ", ".join(outlets) + "\n\n")
            t.append("⏎ or w: who said what in this story, side by side", style="dim")
            target.update(t)

    @on(ArticleList.Selected)
    def _selected(self, event: ArticleList.Selected) -> None:
        self._open_row(event.row)

    def _open_row(self, row) -> None:
        if row is None:
            return
        if row.group is not None:
            self.app.open_grid(row.group.title, [it.entry for it in row.group.items])
            return
        siblings = [r.item.entry for r in self.list.rows if r.item is not None]
        self.app.open_article(row.item.entry, siblings)

    # --- actions -----------------------------------------------------------------

    def action_open(self) -> None:
        self._open_row(self.list.current)

    def action_cursor_down(self) -> None:
        self.list.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.list.action_cursor_up()

    def action_first(self) -> None:
        self.list.action_first()

    def action_last(self) -> None:
        self.list.action_last()

    def action_page_down(self) -> None:
        self.list.action_page_down()

    def action_page_up(self) -> None:
        self.list.action_page_up()

    def action_filter(self) -> None:
        self.query_one("#filter-bar").display = True
        # At once, not after the queued keys: typed fast (or pasted), "/caldera" must all
        # reach the filter, not run r (reload) and e (export) on the way.
        self.set_focus(self.query_one("#filter", Input))

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self.refresh_list()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.query_one("#filter-bar").display = False
        self.set_focus(self.list)

    def action_clear_filter(self) -> None:
        bar = self.query_one("#filter-bar")
        if not bar.display and not self.query_text:
            return
        self.query_one("#filter", Input).value = ""
        self.query_text = ""
        bar.display = False
        self.set_focus(self.list)
        self.refresh_list()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.refresh_list()
        self.notify(f"Sorted {SORT_LABELS[self.sort]}", timeout=2)

    def action_group(self) -> None:
        self.grouped = not self.grouped
        self.refresh_list()
        self.notify("Grouped by story" if self.grouped else "Not grouped", timeout=2)

    def action_toggle_read(self) -> None:
        row = self.list.current
        if row is None:
            return
        entries = [it.entry for it in row.group.items] if row.group is not None else [row.item.entry]
        read = not all(self.app.is_read(e) for e in entries)
        self.app.set_read(entries, read)

    def action_who(self) -> None:
        row = self.list.current
        if row is None:
            return
        if row.group is not None:
            self.app.open_grid(row.group.title, [it.entry for it in row.group.items])
            return
        story = self.app.listing.story_items(row.item.entry.path)
        if story is not None:
            title, items = story
            self.app.open_grid(title, [it.entry for it in items])
        else:
            self.app.open_grid("All articles listed", self.app.listed_entries())

    def read_changed(self) -> None:
        if self.app.screen is self:
            self.list.refresh()
            self.update_status()
        else:
            self._stale = True  # counted when the list is shown again

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        if getattr(self, "_stale", False):
            self._stale = False
            self.list.refresh()
            self.update_status()

    def export_scope(self) -> tuple[list[Entry], str]:
        return self.app.listed_entries(), "the articles listed"


# --- Article ------------------------------------------------------------------


class ArticleScreen(BaseScreen):
    TITLE = "Article"
    AUTO_FOCUS = "#article-scroll"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="article.back", key_display="esc"),
        Binding("plus,equals_sign", "more", "Longer summary", id="article.more", key_display="+", group=SUMMARY),
        Binding("minus", "fewer", "Shorter summary", id="article.fewer", key_display="-", group=SUMMARY),
        Binding("f", "full", "Full text", id="article.full"),
        Binding("o", "open_source", "Open", id="article.open"),
        Binding("w", "who", "Who said what", id="article.who"),
        Binding("n", "next", "Next article", show=False, id="article.next"),
        Binding("p", "previous", "Previous article", show=False, id="article.previous"),
        Binding("u", "toggle_read", "Mark unread", show=False, id="article.read"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="article.page-down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="article.page-up"),
        Binding("g,home", "top", "Top", show=False, id="article.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="article.bottom"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entry: Entry | None = None
        self.sequence: list[Entry] = []
        self.full_text = False

    def open(self, entry: Entry, sequence: list[Entry] | None = None) -> None:
        """Show `entry`; n and p step through `sequence` (the list it was opened from)."""
        self.sequence = sequence or [entry]
        self.full_text = False
        self.entry = entry
        if self.is_mounted:
            self.show(entry)

    def compose(self) -> ComposeResult:
        yield Header()
        yield TextView(id="article-scroll", max_width=100)
        yield KeyBar()

    def on_mount(self) -> None:
        if self.entry is not None:
            self.show(self.entry)

    def show(self, entry: Entry) -> None:
        self.entry = entry
        self.app.set_read([entry], True)
        self._redraw()

    def _redraw(self) -> None:
        index = next((i for i, e in enumerate(self.sequence) if e.path == self.entry.path), None)
        self.sub_title = f"{index + 1} of {len(self.sequence)}" if index is not None else ""
        body = texts.article_text(self.entry, self.app.sentences, full_text=self.full_text)
        self.query_one("#article-scroll", TextView).update(body)

    def action_more(self) -> None:
        self.app.sentences = min(self.app.sentences + 1, max(1, len(self.entry.analysis.sentences)))
        self._redraw()

    def action_fewer(self) -> None:
        self.app.sentences = max(1, self.app.sentences - 1)
        self._redraw()

    def action_full(self) -> None:
        self.full_text = not self.full_text
        self._redraw()

    def action_open_source(self) -> None:
        art = self.entry.article
        if art.url:
            self.app.launch(art.url, is_url=True)
        elif art.path and art.path != "-":
            self.app.launch(art.path, is_url=False)
        else:
            self.notify("This article came from standard input: there is no file to open.", severity="warning")

    def action_who(self) -> None:
        story = self.app.listing.story_items(self.entry.path) if self.app.listing else None
        if story is not None:
            title, items = story
            self.app.open_grid(title, [it.entry for it in items])
        else:
            self.app.open_grid(one_line(views.title(self.entry)), [self.entry])

    def _step(self, delta: int) -> None:
        paths = [e.path for e in self.sequence]
        try:
            i = paths.index(self.entry.path)
        except ValueError:
            return
        j = i + delta
        if 0 <= j < len(self.sequence):
            self.show(self.sequence[j])
        else:
            self.notify("No more articles this way.", timeout=2)

    def action_next(self) -> None:
        self._step(1)

    def action_previous(self) -> None:
        self._step(-1)

    def action_toggle_read(self) -> None:
        read = not self.app.is_read(self.entry)
        self.app.set_read([self.entry], read)
        self.notify("Marked read" if read else "Marked unread", timeout=2)

    def _scroll(self):
        return self.query_one("#article-scroll", TextView)

    def action_page_down(self) -> None:
        self._scroll().scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self._scroll().scroll_page_up(animate=False)

    def action_top(self) -> None:
        self._scroll().scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._scroll().scroll_end(animate=False)

    def export_scope(self) -> tuple[list[Entry], str]:
        return [self.entry], "this article"


# --- Who said what, side by side ------------------------------------------------

COLUMN_MIN = 28  # narrower columns wrap quotes into towers
COLUMN_MAX = 60
CELL_LINES = 8  # a cell shows this many lines; the speaker screen shows everything


@dataclass(frozen=True)
class Column:
    label: str  # outlet
    sub: str  # date, or article count for an outlet
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class SpeakerRow:
    name: str
    role: str | None
    cells: dict  # column index -> tuple[Statement, ...]
    total: int


def grid_columns(entries: list[Entry], by: str, start: int = 0, stop: int | None = None) -> tuple[list[Column], int]:
    """Columns start..stop (one per article, or per outlet) and how many there are in all.

    Only the columns of the page are made: a story of 2,000 articles costs no
    more to open than one of ten.
    """
    if by == "outlet":
        order: dict[str, list[Entry]] = {}
        for e in entries:
            order.setdefault(views.outlet(e), []).append(e)
        names = list(order)[start:stop]
        return [Column(one_line(n), f"{len(order[n])} article{'s' if len(order[n]) != 1 else ''}", tuple(order[n])) for n in names], len(order)
    return [Column(one_line(views.outlet(e)), views.date_label(e.published)[:16], (e,)) for e in entries[start:stop]], len(entries)


def grid_rows(columns: list[Column], roles: dict[str, str], query: str = "") -> list[SpeakerRow]:
    cells: dict[str, dict[int, list]] = {}
    first_role: dict[str, str] = {}
    for ci, col in enumerate(columns):
        for e in col.entries:
            for st, name in zip(e.analysis.statements, e.speakers):
                if not name:
                    continue
                cells.setdefault(name, {}).setdefault(ci, []).append(st)
                if st.role and name not in first_role:
                    first_role[name] = st.role
    words = query.casefold().split()
    rows = []
    for name, by_col in cells.items():
        role = roles.get(name) or first_role.get(name)
        if words:
            hay = f"{name} {role or ''}".casefold()
            if not all(w in hay for w in words):
                continue
        rows.append(SpeakerRow(name, role, {k: tuple(v) for k, v in by_col.items()}, sum(len(v) for v in by_col.values())))
    rows.sort(key=lambda r: (-len(r.cells), -r.total, r.name))
    return rows


class GridView(SpeakerGrid):
    """The grid's keys; moving right from the last column (or left from the first) turns the page."""

    BINDINGS = [
        Binding("enter", "select", "Speaker", id="grid.speaker", key_display="⏎"),
        Binding("down,j", "cursor_down", "Down", show=False, id="grid.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="grid.up"),
        Binding("right,l", "cursor_right", "Right", show=False, id="grid.right"),
        Binding("left,h", "cursor_left", "Left", show=False, id="grid.left"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="grid.page-down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="grid.page-up"),
    ]

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
    TITLE = "Who said what"
    AUTO_FOCUS = "#grid"
    BINDINGS = [
        Binding("escape", "back", "Back", id="grid.back", key_display="esc"),
        Binding("enter", "speaker", "Speaker", id="grid.speaker", key_display="⏎"),
        Binding("v", "view_article", "Article", id="grid.article"),
        Binding("c", "columns", "Columns", id="grid.columns"),
        Binding("slash", "filter", "Filter", id="grid.filter"),
        Binding("right_square_bracket", "story(1)", "Next story", show=False, id="grid.next-story"),
        Binding("left_square_bracket", "story(-1)", "Previous story", show=False, id="grid.previous-story"),
        Binding("a", "all_articles", "All listed articles", show=False, id="grid.all"),
        Binding("greater_than_sign", "page(1)", "Next columns", show=False, id="grid.next-page"),
        Binding("less_than_sign", "page(-1)", "Previous columns", show=False, id="grid.previous-page"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.scope_title = ""
        self.entries: list[Entry] = []
        self.by = "article"
        self.page = 0
        self.query_text = ""
        self.columns: list[Column] = []
        self.rows: list[SpeakerRow] = []
        self._column_count: int | None = None
        self._built_shape = (0, 0, 0)

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
        """(columns per page, speaker column width, column width) for a screen `width`."""
        gap = len(SpeakerGrid.GAP)
        name_w = 22 if width >= 100 else 16
        room = max(COLUMN_MIN, width - 2 - name_w)  # 2: the scrollbar
        per_page = max(1, room // (COLUMN_MIN + gap))
        count = self._column_count if self._column_count is not None else per_page
        shown = max(1, min(per_page, count))
        return per_page, name_w, max(COLUMN_MIN, min(COLUMN_MAX, room // shown - gap))

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
        grid = self.grid
        old = (grid.row, grid.column) if keep else None
        _none, self._column_count = grid_columns(self.entries, self.by, 0, 0)
        per_page, name_w, col_w = self._shape(self.size.width)
        self._built_shape = (per_page, name_w, col_w)
        self.page = max(0, min(self.page, self.pages() - 1))
        self.columns, _count = grid_columns(self.entries, self.by, self.page * per_page, (self.page + 1) * per_page)
        self.rows = grid_rows(self.columns, self.app.speaker_roles(), self.query_text)
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
                row.append([texts.statement_run(st, limit=320) for st in sts[:CELL_LINES]] if sts else None)
            cells.append(row)
        grid.empty_message = "No speaker matches the filter." if self.query_text else "Nobody is quoted by name in these articles."
        grid.set_data(headers, cells, [name_w] + [col_w] * len(self.columns), max_lines=CELL_LINES, cursor=old)
        self._scope_line()
        self._cell_info()

    def _scope_line(self) -> None:
        t = Text()
        t.append(self.scope_title, style="bold")
        n = len(self.entries)
        t.append(f"  {n} article{'s' if n != 1 else ''}, {len(self.rows)} speaker{'s' if len(self.rows) != 1 else ''}", style="dim")
        if self.query_text:
            t.append(f" matching “{self.query_text}”", style="dim")
        t.append("\n")
        unit = "articles" if self.by == "article" else "outlets"
        if self.pages() > 1:
            first = self.page * self._built_shape[0] + 1
            last = first + len(self.columns) - 1
            t.append(f"{unit} {first}-{last} of {self._column_count} (h/l, < >)", style="dim")
        else:
            t.append(f"one column per {unit[:-1]} (c)", style="dim")
        t.append("   “…” quoted   ")
        t.append(texts.REPORTED + "reported speech", style="italic")
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
            info.append(f"{r.name}: {r.total} statement{'s' if r.total != 1 else ''} in {len(r.cells)} column{'s' if len(r.cells) != 1 else ''}")
        self.query_one("#cell-info", Static).update(info, layout=False)  # one line, fixed height

    @on(SpeakerGrid.Highlighted)
    def _cell_highlighted(self, _event) -> None:
        self._cell_info()

    @on(SpeakerGrid.Selected)
    def _cell_selected(self, _event) -> None:
        self.action_speaker()

    def _current_row(self) -> SpeakerRow | None:
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

    @on(Input.Submitted, "#grid-filter")
    def _filter_submitted(self, _event) -> None:
        if not self.query_text:
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


# --- Speaker ------------------------------------------------------------------

MAX_CARDS = 60


class Card(Static, can_focus=True):
    """One article's statements by the speaker; Enter or a click opens the article."""

    BINDINGS = [Binding("enter", "open", "Open article", id="card.open", show=False)]

    def __init__(self, entry: Entry, body: Text, title: Content) -> None:
        super().__init__(body, markup=False, classes="card")
        self.entry = entry
        self.border_title = title

    def action_open(self) -> None:
        self.screen.open_entry(self.entry)

    def on_click(self, event) -> None:
        if event.chain >= 2:
            self.action_open()


class SpeakerScreen(BaseScreen):
    TITLE = "Speaker"
    AUTO_FOCUS = ".card"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="speaker.back", key_display="esc"),
        Binding("n", "step(1)", "Next speaker", id="speaker.next"),
        Binding("p", "step(-1)", "Previous speaker", id="speaker.previous", show=False),
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="speaker.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="speaker.up"),
        Binding("tab", "app.focus_next", "Next article", show=False, id="speaker.next-card"),
        Binding("shift+tab", "app.focus_previous", "Previous article", show=False, id="speaker.previous-card"),
        Binding("v", "open_focused", "Open article", id="speaker.article"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.speaker = ""
        self.entries: list[Entry] = []
        self.names: list[str] = []
        self.found: list = []

    def open(self, name: str, entries: list[Entry], names: list[str] | None = None) -> None:
        """All of `name`'s statements in `entries`; n and p step through `names`."""
        self.speaker = name
        self.entries = list(entries)
        self.names = names or [name]
        if self.is_mounted:
            self.show(name)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="speaker-head", markup=False)
        with VerticalScroll(id="cards-scroll"):
            yield Grid(id="cards")
        yield KeyBar()

    def on_mount(self) -> None:
        if self.speaker:
            self.show(self.speaker)

    def on_resize(self, event) -> None:
        self._columns(event.size.width)

    def _columns(self, width: int) -> None:
        cards = min(len(self.found), MAX_CARDS)
        self.query_one("#cards", Grid).styles.grid_size_columns = max(1, min(max(cards, 1), width // 44))

    def show(self, name: str) -> None:
        self.speaker = name
        found = []
        for e in self.entries:
            sts = tuple(st for st, n in zip(e.analysis.statements, e.speakers) if n == name)
            if sts:
                found.append((e, sts))
        speaker = self.app.speaker_info(name)
        head = Text()
        head.append(one_line(name), style="bold")
        roles = speaker.roles if speaker else tuple({st.role for _e, sts in found for st in sts if st.role})
        if roles:
            head.append("  " + "; ".join(one_line(r) for r in roles[:3]), style="dim")
        total = sum(len(s) for _e, s in found)
        head.append(f"\n{total} statement{'s' if total != 1 else ''} in {len(found)} article{'s' if len(found) != 1 else ''}")
        if speaker and speaker.aliases:
            head.append("  also called " + ", ".join(one_line(a) for a in speaker.aliases), style="dim")
        if len(found) > MAX_CARDS:
            head.append(f"\nShowing the newest {MAX_CARDS}; export (e) writes them all.", style="dim")
        self.query_one("#speaker-head", Static).update(head)
        self.sub_title = one_line(name)
        grid = self.query_one("#cards", Grid)
        grid.remove_children()
        cards = []
        for e, sts in found[:MAX_CARDS]:
            title = Content(f"{one_line(views.outlet(e))} · {views.date_label(e.published)[:16]}")
            cards.append(Card(e, texts.card_text(e, sts, roles[0] if roles else None), title))
        self.found = found
        grid.mount_all(cards)
        self._columns(self.size.width)
        self.query_one("#cards-scroll").scroll_home(animate=False)
        if cards:
            self.call_after_refresh(cards[0].focus)

    def open_entry(self, entry: Entry) -> None:
        self.app.open_article(entry, [e for e, _ in self.found] or [entry])

    def action_open_focused(self) -> None:
        focused = self.focused
        if isinstance(focused, Card):
            focused.action_open()

    def action_step(self, delta: int) -> None:
        if self.speaker not in self.names:
            return
        i = self.names.index(self.speaker)
        self.show(self.names[(i + delta) % len(self.names)])

    def action_scroll_down(self) -> None:
        self.query_one("#cards-scroll").scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#cards-scroll").scroll_up(animate=False)

    def export_scope(self) -> tuple[list[Entry], str]:
        return [e for e, _ in self.found], f"the articles quoting {one_line(self.speaker)}"


# --- Help -----------------------------------------------------------------------


class HelpScreen(ModalScreen):
    """The keys of the screen underneath, from its bindings; Enter runs one."""

    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close help", id="help.close"),
    ]

    VIEWS = (
        ("Articles", "by story · ⏎ article · w who said what"),
        ("Article", "summary +/- · statements · f full text"),
        ("Who said what", "speaker × article · c per outlet"),
        ("Speaker", "⏎ in the grid: all their statements"),
    )

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under
        self.commands = commands_for(under)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            title = getattr(self.under, "TITLE", None) or "briefing"
            yield Static(Text.assemble((f"Keys: {title}", "bold"), ("   ⏎ runs the highlighted action, esc closes", "dim")), id="help-title")
            options = []
            for i, c in enumerate(self.commands):
                t = Text()
                t.append(f"{c.keys:>12}  ", style="bold")
                t.append(c.description)
                options.append(Option(t, id=str(i)))
            yield OptionList(*options, id="help-keys")
            views_text = Text(no_wrap=True, overflow="ellipsis")
            for name, how in self.VIEWS:
                views_text.append(f"{name:>14}  ", style="bold")
                views_text.append(how + "\n")
            views_text.append(f"{'ctrl+p':>14}  every action by name", style="dim")
            yield Static(views_text, id="help-views")

    @on(OptionList.OptionSelected, "#help-keys")
    async def _run(self, event: OptionList.OptionSelected) -> None:
        command = self.commands[int(event.option.id)]
        self.dismiss()
        self.app.call_later(run_command, command)
