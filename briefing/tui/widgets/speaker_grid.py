"""The who-said-what grid widget: cells wrapped once, lines drawn from ready-made segments."""

from __future__ import annotations

import textwrap

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.widgets.article_list import fit

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
