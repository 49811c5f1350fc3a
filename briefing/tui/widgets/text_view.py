"""A scrollable, read-only view of one Rich renderable, drawn with the line API."""

from __future__ import annotations

from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.keys import at_once


class TextView(ScrollView, can_focus=True):
    """A scrollable, read-only view of one Rich renderable.

    Rendered to lines once per width and drawn with the line API, so replacing
    its content (the preview follows the list cursor) repaints this widget only
    and never re-lays out the screen, as a changing `Static` would.
    """

    BINDINGS = at_once([
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="view.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="view.up"),
    ])

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
        # Each line as wide as its text (not the widget): render_line pads it to the width,
        # so no cell right of a narrower text keeps what an earlier screen drew there.
        self._lines = [Strip(line) for line in lines]
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
