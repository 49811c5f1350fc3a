"""What every screen shares: the base class, its key rules, small helpers."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input

from briefing.model import Entry

SUMMARY = Binding.Group("Summary", compact=True)


def plural(n: int, one: str, many: str | None = None) -> str:
    """"1 article", "2 articles"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
WIDE = 150  # from this width the preview sits beside the list instead of under it


# Allowed while a filter box has the focus; every other action of a screen waits
# until the box is left (its keys are text then).
WHILE_TYPING = {"submit_filter", "clear_filter", "back", "cursor_down", "cursor_up", "page_down", "page_up"}


class BaseScreen(Screen):
    """What every full screen has: a header, a footer, and an export scope.

    Every binding runs as its key arrives (tui/keys.py), before the next key is
    routed, so keys typed or pasted in a burst land where the user meant them, in
    order; `check_action` keeps letters for a filter box while it has the focus.
    """

    def typing(self) -> bool:
        return isinstance(self.focused, Input)

    def on_paste(self, event) -> None:
        """Text pasted outside a filter box goes into the filter (a leading "/" dropped),
        instead of being lost on a widget that takes no text."""
        box = getattr(self, "FILTER_BOX", None)
        if box is None or self.typing() or not event.text.strip():
            return
        event.stop()
        self.action_filter()
        self.query_one(box, Input).insert_text_at_cursor(" ".join(event.text.removeprefix("/").split()))

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "submit_filter":
            return self.typing()
        if self.typing() and action not in WHILE_TYPING:
            return False
        return True

    def export_scope(self) -> tuple[list[Entry], str]:
        return self.app.listed_entries(), "the articles listed"

    def on_screen_resume(self) -> None:
        self.refresh_bindings()

    def action_back(self) -> None:
        if self.app.screen is self and len(self.app.screen_stack) > 1:
            self.app.pop_screen()
