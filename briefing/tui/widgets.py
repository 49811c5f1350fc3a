"""Widgets of the briefing TUI.

`ArticleList` draws only the rows on screen (Textual's line API), so a list of
thousands of articles costs no more to show, move through or filter than a
list of ten: setting new rows is a list assignment and a repaint.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input

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
        name = ("  " + item.title) if row.member and width >= 100 else item.title
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


class TextView(ScrollView, can_focus=True):
    """A scrollable, read-only view of one Rich renderable.

    Rendered to lines once per width and drawn with the line API, so replacing
    its content (the preview follows the list cursor) repaints this widget only
    and never re-lays out the screen, as a changing `Static` would.
    """

    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="view.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="view.up"),
    ]

    DEFAULT_CSS = """
    TextView {
        background: $surface;
        scrollbar-gutter: stable;
    }
    """

    def __init__(self, *, id: str | None = None, max_width: int | None = None) -> None:
        super().__init__(id=id)
        self.max_width = max_width  # long lines are hard to read on a wide terminal
        self.renderable = None
        self._lines: list[Strip] = []
        self._width = 0

    def update(self, renderable) -> None:
        self.renderable = renderable
        self._width = 0
        self._layout_lines()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def _layout_lines(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or self.renderable is None:
            self._lines = []
            self.virtual_size = Size(0, 0)
            return
        if width == self._width:
            return
        console = self.app.console
        text_width = min(width, self.max_width) if self.max_width else width
        options = console.options.update_width(text_width).update(highlight=False)
        lines = console.render_lines(self.renderable, options, style=self.rich_style, pad=True)
        self._lines = [Strip(line, width) for line in lines]
        self._width = width
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self) -> None:
        self._width = 0
        self._layout_lines()

    def render_line(self, y: int) -> Strip:
        self._layout_lines()
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if 0 <= index < len(self._lines):
            return self._lines[index].crop_extend(0, width, self.rich_style)
        return Strip.blank(width, self.rich_style)

    def plain_lines(self) -> list[str]:
        """The text as shown, line by line (for tests and export)."""
        self._layout_lines()
        return [line.text.rstrip() for line in self._lines]


class KeyBar(Widget):
    """The footer: the keys shown (show=True) of the current bindings, clickable.

    One widget drawing one line. Textual's Footer rebuilds a widget per key
    whenever the bindings change (every focus change and screen switch), which
    was most of the time spent opening a screen.
    """

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--key { color: $footer-key-foreground; text-style: bold; }
        & > .key-bar--description { color: $footer-description-foreground; }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, _screen) -> None:
        self.refresh()

    def _items(self) -> list[tuple[list[tuple[str, str]], str]]:
        """[( [(key, shown key), ...], description )] in footer order, groups merged."""
        items: list[tuple[list[tuple[str, str]], str]] = []
        seen: set[str] = set()
        last_group = None
        for _node, binding, enabled, _tip in self.screen.active_bindings.values():
            if not binding.show or not enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            shown = self.app.get_key_display(binding)
            if binding.group is not None and binding.group is last_group and items:
                items[-1][0].append((binding.key, shown))
                continue
            last_group = binding.group
            items.append(([(binding.key, shown)], binding.group.description if binding.group else binding.description))
        return items

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        desc_style = self.get_component_rich_style("key-bar--description", partial=True)
        width = self.size.width
        palette = Text.assemble(("▏", "dim"), (self.app.get_key_display(Binding(self.app.COMMAND_PALETTE_BINDING, "")), key_style), (" palette ", desc_style))
        t = Text(no_wrap=True, overflow="crop")
        t.append(" ")
        spans: list[tuple[int, int, str]] = []
        room = width - palette.cell_len - 1
        for keys, description in self._items():
            piece = Text()
            starts = []
            for key, shown in keys:
                starts.append((piece.cell_len, key, len(shown)))
                piece.append(shown, key_style)
            piece.append(" " + description + "  ", desc_style)
            if t.cell_len + piece.cell_len - 2 > room:
                break
            base = t.cell_len
            for offset, key, length in starts:
                spans.append((base + offset, base + offset + length + (len(description) + 1 if len(keys) == 1 else 0), key))
            t.append_text(piece)
        if t.cell_len < width - palette.cell_len:
            t.append(" " * (width - palette.cell_len - t.cell_len))
        spans.append((t.cell_len, t.cell_len + palette.cell_len, self.app.COMMAND_PALETTE_BINDING))
        t.append_text(palette)
        self._spans = spans
        return t

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return


STYLES = {
    "plain": Style(),
    "bold": Style(bold=True),
    "italic": Style(italic=True),
    "label": Style(dim=True, italic=True),
    "dim": Style(dim=True),
    "role": Style(dim=True, italic=True),
}


def wrap_plain(text: str, width: int, console) -> list[str]:
    """Word-wrap one line of plain text to `width` cells; fast for the usual text."""
    lines = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
    if any(cell_len(line) > width for line in lines):  # wide characters: let Rich measure cells
        lines = [line.plain for line in Text(text).wrap(console, width, overflow="fold")]
    return lines


class SpeakerGrid(ScrollView, can_focus=True):
    """Who said what: one row per speaker, one column per article (or outlet).

    Cells are wrapped once when the data is set; drawing a line only joins
    ready-made segments, so the grid opens and scrolls at the same speed
    whatever the story's size (the screen pages the columns to fit the width).
    The header (two lines) and the speaker column stay in place.
    """

    COMPONENT_CLASSES = {
        "speaker-grid--header",
        "speaker-grid--cursor",
        "speaker-grid--row",
        "speaker-grid--rule",
        "speaker-grid--empty",
    }
    DEFAULT_CSS = """
    SpeakerGrid {
        background: $surface;
        scrollbar-gutter: stable;
        & > .speaker-grid--header { text-style: bold; background: $panel; }
        & > .speaker-grid--cursor { background: $block-cursor-blurred-background; }
        &:focus > .speaker-grid--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
        }
        & > .speaker-grid--row { background: $boost; }
        & > .speaker-grid--rule { color: $primary 30%; }
        & > .speaker-grid--empty { color: $text-muted; }
    }
    """
    HEADER = 2
    GAP = " │ "

    class Highlighted(Message):
        def __init__(self, row: int, column: int) -> None:
            super().__init__()
            self.row = row
            self.column = column  # 0: the speaker column; 1..: data columns

    class Selected(Message):
        def __init__(self, row: int, column: int) -> None:
            super().__init__()
            self.row = row
            self.column = column

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.headers: list[tuple[Text, Text]] = []
        # per row: [speaker, cell, cell, ...]; a cell is None or a list of runs
        # (prefix, body, style name), each run starting on a new line
        self.cells: list[list] = []
        self.widths: list[int] = []
        self.max_lines = 8
        self.row = 0
        self.column = 1
        self._lines: list[list[list[Segment]]] = []  # per row: per line: per column segments
        self._tops: list[int] = []  # first virtual line (below the header) of each row
        self._height = 0
        self.empty_message = ""

    # --- data ------------------------------------------------------------------

    def set_data(self, headers, cells, widths, *, max_lines: int = 8, cursor: tuple[int, int] | None = None) -> None:
        self.headers, self.cells, self.widths, self.max_lines = headers, cells, widths, max_lines
        self._wrap()
        row, column = cursor if cursor is not None else (0, 1 if len(widths) > 1 else 0)
        self.row = max(0, min(row, len(cells) - 1))
        self.column = max(0, min(column, len(widths) - 1))
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self.row, self.column))

    def _wrap(self) -> None:
        self._lines, self._tops = [], []
        top = 0
        for cells in self.cells:
            columns = [self._cell_lines(runs, width) for runs, width in zip(cells, self.widths)]
            height = max(len(c) for c in columns) if columns else 1
            rows = []
            for i in range(height):
                rows.append([c[i] if i < len(c) else [Segment(" " * w)] for c, w in zip(columns, self.widths)])
            rows.append(None)  # the rule under each row
            self._lines.append(rows)
            self._tops.append(top)
            top += len(rows)
        self._height = top
        self.virtual_size = Size(self._total_width(), self._height + self.HEADER)

    def _cell_lines(self, runs, width: int) -> list[list[Segment]]:
        """A cell's runs (prefix, body, style) wrapped to `width`, each run from a new line."""
        if not runs:
            return [[Segment(fit("·", width), STYLES["dim"])]]
        lines: list[list[Segment]] = []
        for prefix, body, tag in runs:
            if len(lines) > self.max_lines:
                break
            text = prefix + body
            wrapped = wrap_plain(text, width, self.app.console)
            style = STYLES[tag]
            for i, line in enumerate(wrapped):
                pad = " " * max(0, width - cell_len(line))
                if i == 0 and prefix and line.startswith(prefix):
                    lines.append([Segment(prefix, STYLES["label"]), Segment(line[len(prefix):] + pad, style)])
                else:
                    lines.append([Segment(line + pad, style)])
        if len(lines) > self.max_lines:
            lines = lines[: self.max_lines]
            last = "".join(seg.text for seg in lines[-1]).rstrip()
            style = lines[-1][-1].style
            lines[-1] = [Segment(fit(last[: width - 1] + "…", width), style)]
        return lines

    def _total_width(self) -> int:
        return sum(self.widths) + len(self.GAP) * max(0, len(self.widths) - 1)

    # --- cursor ------------------------------------------------------------------

    def move(self, row: int | None = None, column: int | None = None) -> None:
        if not self.cells:
            return
        old = (self.row, self.column)
        if row is not None:
            self.row = max(0, min(row, len(self.cells) - 1))
        if column is not None:
            self.column = max(0, min(column, len(self.widths) - 1))
        if (self.row, self.column) != old:
            self._scroll_to_cursor()
            self.refresh()
            self.post_message(self.Highlighted(self.row, self.column))

    def action_cursor_down(self) -> None:
        self.move(row=self.row + 1)

    def action_cursor_up(self) -> None:
        self.move(row=self.row - 1)

    def action_cursor_right(self) -> None:
        self.move(column=self.column + 1)

    def action_cursor_left(self) -> None:
        self.move(column=self.column - 1)

    def _page(self, direction: int) -> None:
        if not self._tops:
            return
        visible = max(1, self.scrollable_content_region.height - self.HEADER)
        target = self._row_at(max(0, self._tops[self.row] + direction * visible))
        if target == self.row:
            target += direction
        self.move(row=target)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_select(self) -> None:
        if self.cells:
            self.post_message(self.Selected(self.row, self.column))

    def _row_at(self, y: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self._tops, y) - 1)

    def _scroll_to_cursor(self) -> None:
        if not self._tops:
            return
        top = self._tops[self.row]
        bottom = top + len(self._lines[self.row]) - 1
        visible = max(1, self.scrollable_content_region.height - self.HEADER)
        y = int(self.scroll_y)
        if top < y or bottom >= y + visible:
            y = top  # rows are tall: show the whole row from its first line
        if y != int(self.scroll_y):
            self.scroll_to(y=y, animate=False, immediate=True)

    # --- mouse -------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < self.HEADER or not self.cells:
            return
        vy = int(self.scroll_y) + offset.y - self.HEADER
        if vy >= self._height:
            return
        row = self._row_at(vy)
        x, column = offset.x, 0
        for i, w in enumerate(self.widths):
            if x < w + len(self.GAP):
                column = i
                break
            x -= w + len(self.GAP)
        same = (row, column) == (self.row, self.column)
        self.move(row, column)
        if same or event.chain >= 2:
            self.action_select()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # --- drawing -------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y < self.HEADER:
            style = base + self._style("speaker-grid--header")
            segments = []
            for i, (head, w) in enumerate(zip(self.headers, self.widths)):
                if i:
                    segments.append(Segment(self.GAP, style))
                part = head[y].copy()
                part.truncate(w, pad=True)
                segments.extend(Segment.apply_style(part.render(self.app.console), style))
            return Strip(list(Segment.adjust_line_length(segments, width, style)), width)
        vy = int(self.scroll_y) + y - self.HEADER
        if not self.cells:
            if y == self.HEADER + 1 and self.empty_message:
                return Strip([Segment(fit("  " + self.empty_message, width), base + self._style("speaker-grid--empty"))], width)
            return Strip.blank(width, base)
        if vy >= self._height:
            return Strip.blank(width, base)
        row = self._row_at(vy)
        line = self._lines[row][vy - self._tops[row]]
        if line is None:
            rule = self._style("speaker-grid--rule")
            return Strip([Segment("─" * width, base + rule)], width)
        cursor = self._style("speaker-grid--cursor")
        row_style = self._style("speaker-grid--row") if row == self.row else None
        rule = base + self._style("speaker-grid--rule")
        segments: list[Segment] = []
        for i, cell in enumerate(line):
            if i:
                segments.append(Segment(self.GAP, rule))
            post = cursor if (row == self.row and i == self.column) else row_style
            segments.extend(Segment.apply_style(cell, base, post))
        return Strip(list(Segment.adjust_line_length(segments, width, base)), width)


class FilterInput(Input):
    """The filter box. Keys typed in a burst right after `/` reach it even though
    Textual had already sent them towards the list (see `BriefingApp._on_key`)."""

    def _on_key(self, event: events.Key) -> None:
        # Textual then calls Input's own handler (handlers run down the class tree).
        event._seen_by_filter = True
