"""The Articles screen: the list (grouped by story) and the preview of the highlighted article."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Input, Label, ProgressBar, Static

from briefing.model import Entry
from briefing.tui import texts
from briefing.tui.keys import at_once
from briefing.tui.listing import SORTS
from briefing.tui.screens.base import WIDE, BaseScreen, plural
from briefing.tui.widgets import (
    SORT_LABELS,
    ArticleList,
    FilterInput,
    KeyBar,
    TextView,
)


class ArticlesScreen(BaseScreen):
    FILTER_BOX = "#filter"  # where pasted text goes
    TITLE = "Articles"
    AUTO_FOCUS = "#articles"
    BINDINGS = at_once([
        Binding("enter", "open", "Open", id="articles.open", key_display="⏎"),
        Binding("enter", "submit_filter", "Keep the filter", show=False, id="articles.keep-filter"),
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
        Binding("q", "app.quit", "Quit", id="app.quit"),  # shown in the footer; the same key as the app's
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="articles.previous-pane"),
    ])

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

    MOVES = {"cursor_down", "cursor_up", "first", "last", "page_down", "page_up"}

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in self.MOVES and self.focused is not None and self.focused.id == "preview":
            return False  # the preview has the focus (Tab): these keys scroll it
        return super().check_action(action, parameters)

    @property
    def list(self) -> ArticleList:
        return self.query_one(ArticleList)

    def refresh_list(self, keep: str | None = None) -> None:
        lst = self.list
        lst.sort = self.sort
        listing = self.app.listing
        rows = listing.rows(self.query_text, self.sort, self.grouped) if listing else []
        if self.query_text and listing is not None and not listing.searchable:
            lst.empty_message = "Reading the articles to search them…"
        elif self.app.loading:
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
        done, total = self.app.progress
        listing = self.app.listing
        analysing = self.app.loading and total > 0
        progress.display = analysing
        if analysing:
            # Only articles the cache did not hold: reading the cache is not work to watch.
            self.sub_title = "analysing"
            status.update(Text(f"Analysing {done} of {total} articles"), layout=False)
            progress.update(total=total, progress=done)
            return
        if self.app.loading and not self.app.listed_from_index:
            count = len(listing) if listing else 0
            self.sub_title = "reading"
            status.update(Text(f"Reading {count} articles from the cache…" if count else "Looking for articles…"), layout=False)
            return
        items = listing.items if listing else []
        shown = sum(1 for r in self.list.rows if r.item is not None)
        unread = self.app.unread_count()
        parts = [plural(len(items), "article")]
        self.sub_title = parts[0]  # the header counts them too
        if listing and listing.stories:
            parts.append(plural(len(listing.stories), "story", "stories"))
        parts.append(f"{unread} unread")
        if self.query_text:
            if listing is not None and not listing.searchable:
                parts.append(f"“{self.query_text}”: reading the articles to search them…")
            else:
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
            entry = row.item.entry
            a = entry.analysis
            if (not a.ranking and not a.short) or not all(a.summary(self.app.sentences)):
                # Listed from the index, or a longer summary than was kept: the article's
                # own entry is read in a thread; title, outlet and date show meanwhile.
                found = self.app.full(entry, read=False)
                if found is None:
                    target.update(texts.preview_text(entry, self.app.sentences))
                    self._read_preview(entry)
                    return
                entry = found
            target.update(texts.preview_text(entry, self.app.sentences))
        else:
            g = row.group
            t = Text()
            t.append("Story: ", style="dim")
            t.append(g.title, style="bold")
            t.append(f"\n{plural(len(g.items), 'article')}, {g.span}\n", style="dim")
            outlets = sorted({it.outlet for it in g.items})
            t.append("Outlets: " + ", ".join(outlets) + "\n\n")
            t.append("⏎ or w: who said what in this story, side by side", style="dim")
            target.update(t)

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def _read_preview(self, entry: Entry) -> None:
        whole = self.app.full(entry)
        self.app.call_from_thread(self._show_read, whole)

    def _show_read(self, entry: Entry) -> None:
        row = self.list.current
        if row is not None and row.item is not None and row.item.entry.path == entry.path and entry.article.paragraphs:
            self.query_one("#preview", TextView).update(texts.preview_text(entry, self.app.sentences))

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
        # At once (a priority binding runs as the key arrives): typed fast or pasted,
        # "/caldera" must all reach the filter, not run r (reload) and e (export) on the way.
        self.set_focus(self.query_one("#filter", Input))

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self.refresh_list()

    def action_submit_filter(self) -> None:
        """Enter in the filter box: keep the filter, back to the list."""
        if not self.query_one("#filter", Input).value.strip():
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
