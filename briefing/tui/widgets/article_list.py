"""The article list: articles and story headings with a cursor; only the rows on screen are drawn
(Textual's line API), so thousands of articles cost no more to show, move through or filter than ten."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.keys import at_once
from briefing.tui.listing import Row

SORT_LABELS = {"date": "newest first", "outlet": "outlet A-Z", "title": "title A-Z"}


def fit(text: str, width: int) -> str:
    """Pad or cut `text` to exactly `width` cells, with an ellipsis when cut."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


class ArticleList(ScrollView, can_focus=True):
    """Articles (and story headings) with a cursor; only visible lines are drawn."""

    COMPONENT_CLASSES = {
        "article-list--header",
        "article-list--cursor",
        "article-list--story",
        "article-list--unread",
        "article-list--read",
        "article-list--dim",
        "article-list--marker",
    }

    DEFAULT_CSS = """
    ArticleList {
        background: $surface;
        scrollbar-gutter: stable;
        & > .article-list--header { color: $text-muted; text-style: bold; }
        & > .article-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .article-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
        }
        & > .article-list--story { color: $text-accent; text-style: bold; }
        & > .article-list--unread { text-style: bold; }
        & > .article-list--read { color: $text-muted; }
        & > .article-list--dim { color: $text-muted; }
        & > .article-list--marker { color: $text-accent; }
    }
    """

    # The scroll bindings a ScrollView brings would move the view and leave the
    # selection (and the preview) behind: every movement key moves the cursor.
    BINDINGS = at_once([
        # The same ids as the Articles screen's bindings: help lists each once.
        Binding("j,down", "cursor_down", "Down", show=False, id="articles.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="articles.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="articles.page-down"),
        Binding("pageup", "page_up", "Page up", show=False, id="articles.page-up"),
        Binding("home", "first", "First article", show=False, id="articles.first"),
        Binding("end", "last", "Last article", show=False, id="articles.last"),
    ])

    cursor: reactive[int] = reactive(0, always_update=False, repaint=False)

    class Highlighted(Message):
        def __init__(self, row: Row | None) -> None:
            super().__init__()
            self.row = row

    class Selected(Message):
        def __init__(self, row: Row) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Row] = []
        self.sort = "date"
        self.is_read: Callable[[object], bool] = lambda _entry: False
        self.empty_message = "Reading articles…"
        self._outlet_width = 6
        self.touched = False  # has the user moved the cursor? (if not, new rows start at the top)

    # --- data ----------------------------------------------------------------

    @property
    def current(self) -> Row | None:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    def set_rows(self, rows: list[Row], keep: str | None = None, outlet_width: int | None = None) -> None:
        """Show `rows`, keeping the cursor on the row keyed `keep` (or the current one) if still there."""
        if keep is None and self.touched and self.current is not None:
            keep = self.current.key
        before = self.current
        self.rows = rows
        if outlet_width is None:
            outlet_width = max((cell_len(r.item.outlet) for r in rows if r.item is not None), default=6)
        self._outlet_width = outlet_width
        index = 0
        if keep is not None:
            for i, row in enumerate(rows):
                if row.key == keep:
                    index = i
                    break
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows) + 1)
        self.set_reactive(ArticleList.cursor, max(0, min(index, len(rows) - 1)))
        self._scroll_to_cursor()
        self.refresh()
        if self.current is not before:
            self.post_message(self.Highlighted(self.current))

    def index_of(self, key: str) -> int | None:
        for i, row in enumerate(self.rows):
            if row.key == key:
                return i
        return None

    # --- cursor --------------------------------------------------------------

    def move_to(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        self.touched = True
        if index == self.cursor:
            return
        old = self.cursor
        self.cursor = index
        self._scroll_to_cursor()
        self._refresh_row(old)
        self._refresh_row(index)
        self.post_message(self.Highlighted(self.current))

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_page_down(self) -> None:
        self.move_to(self.cursor + self._page())

    def action_page_up(self) -> None:
        self.move_to(self.cursor - self._page())

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.rows) - 1)

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def _scroll_to_cursor(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)  # the header takes a line
        top = int(self.scroll_y)
        if self.cursor < top:
            top = self.cursor
        elif self.cursor >= top + visible:
            top = self.cursor - visible + 1
        if top != int(self.scroll_y):
            self.scroll_to(y=top, animate=False, immediate=True)

    def _refresh_row(self, index: int) -> None:
        self.refresh_line(index + 1)  # virtual line: the header is line 0

    # --- mouse ---------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        index = int(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self.rows):
            self.move_to(index)
            if event.chain >= 2:
                self.action_select()

    def on_focus(self) -> None:
        self._refresh_row(self.cursor)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows) + 1)
        self._scroll_to_cursor()

    # --- drawing -------------------------------------------------------------

    def _columns(self, width: int) -> tuple[int, int, int]:
        """(date, outlet, title) widths; the rest is marker, gaps and the count."""
        cap = 22 if width >= 110 else 16 if width >= 90 else 14
        outlet = max(6, min(self._outlet_width, cap))
        date = 10
        title = max(10, width - 2 - date - 1 - outlet - 1 - 1 - 5)
        return date, outlet, title

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            return self._header(width, base)
        index = int(self.scroll_y) + y - 1
        if not self.rows and y == 2:
            return Strip([Segment(fit("  " + self.empty_message, width), base + self._style("article-list--dim"))], width)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        style = base
        if index == self.cursor:
            style = base + self._style("article-list--cursor")
        segments = self._story_line(row, width, style) if row.group is not None else self._article_line(row, width, style)
        return Strip(segments, width)

    def _header(self, width: int, base: Style) -> Strip:
        date, outlet, title = self._columns(width)
        arrow = {"date": "Date", "outlet": "Outlet", "title": "Title"}
        labels = {k: (v + " ▾" if k == self.sort else v) for k, v in arrow.items()}
        text = "  " + fit(labels["date"], date) + " " + fit(labels["outlet"], outlet) + " " + fit(labels["title"], title) + " " + "Said".rjust(5)
        return Strip([Segment(fit(text, width), base + self._style("article-list--header"))], width)

    def _article_line(self, row: Row, width: int, style: Style) -> list[Segment]:
        item = row.item
        date, outlet, title = self._columns(width)
        read = self.is_read(item.entry)
        # Every title starts in the same column (an indent for a story's articles put
        # them two cells out of line with the articles that stand alone).
        name = item.title
        text_style = style + self._style("article-list--read" if read else "article-list--unread")
        dim = style + self._style("article-list--dim")
        said = str(item.said) if item.said else "·"
        segments = [
            Segment("  " if read else "● ", style if read else style + self._style("article-list--marker")),
            Segment(fit(item.date, date) + " ", dim),
            Segment(fit(item.outlet, outlet) + " ", style),
            Segment(fit(name, title) + " ", text_style),
            Segment(said.rjust(5), dim),
        ]
        used = 2 + date + 1 + outlet + 1 + title + 1 + 5
        if used < width:
            segments.append(Segment(" " * (width - used), style))
        return list(Segment.adjust_line_length(segments, width, style))

    def _story_line(self, row: Row, width: int, style: Style) -> list[Segment]:
        group = row.group
        count = f"{len(group.items)} articles" if len(group.items) == group.total else f"{len(group.items)} of {group.total} articles"
        right = f"   {count}, {group.span}"
        left_w = max(10, width - 2 - cell_len(right))
        segments = [
            Segment("▾ ", style + self._style("article-list--marker")),
            Segment(fit(group.title, left_w), style + self._style("article-list--story")),
            Segment(right, style + self._style("article-list--dim")),
        ]
        return list(Segment.adjust_line_length(segments, width, style))
