"""The Article screen: facts, summary, statements in reading order, full text on demand."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header

from briefing.model import Entry
from briefing.present import views
from briefing.textsafe import one_line
from briefing.tui import texts
from briefing.tui.keys import at_once
from briefing.tui.screens.base import SUMMARY, BaseScreen
from briefing.tui.widgets import (
    KeyBar,
    TextView,
)


class ArticleScreen(BaseScreen):
    TITLE = "Article"
    AUTO_FOCUS = "#article-scroll"
    BINDINGS = at_once([
        Binding("escape", "back", "Back", id="article.back", key_display="esc"),
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
    ])

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
        self.entry = self.app.full(entry)  # the list keeps no full text
        self.app.set_read([self.entry], True)
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
        """Show the full text and jump to it (f again hides it)."""
        self.full_text = not self.full_text
        self._redraw()
        if self.full_text:
            self.call_after_refresh(self._to_full_text)

    def _to_full_text(self) -> None:
        view = self.query_one("#article-scroll", TextView)
        lines = view.plain_lines()
        start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("Full text (")), None)
        if start is not None:
            view.scroll_to(y=start, animate=False, immediate=True)

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
