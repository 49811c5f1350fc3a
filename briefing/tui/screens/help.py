"""Help: the keys of the screen underneath, from its bindings; Enter runs one."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.tui.commands import commands_for, run_command


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
            yield Static(id="help-more", markup=False)
            views_text = Text(no_wrap=True, overflow="ellipsis")
            for name, how in self.VIEWS:
                views_text.append(f"{name:>14}  ", style="bold")
                views_text.append(how + "\n")
            views_text.append(f"{'ctrl+p':>14}  every action by name", style="dim")
            yield Static(views_text, id="help-views")

    def on_mount(self) -> None:
        self._fit(self.size.height)
        self.call_after_refresh(self._more)

    def on_resize(self, event) -> None:
        self._fit(event.size.height)
        self.call_after_refresh(self._more)

    def _fit(self, height: int) -> None:
        # On a small terminal the keys come first: the list of views gives them its room.
        self.query_one("#help-views").display = height >= 32

    @on(OptionList.OptionHighlighted, "#help-keys")
    def _highlighted(self, _event) -> None:
        self.call_after_refresh(self._more)  # once the list has scrolled to the option

    def _more(self) -> None:
        """Say how many keys lie below the visible ones, so that scrolling is visible."""
        keys = self.query_one("#help-keys", OptionList)
        below = max(0, keys.virtual_size.height - int(keys.scroll_y) - keys.scrollable_content_region.height)
        more = self.query_one("#help-more", Static)
        more.display = keys.virtual_size.height > keys.scrollable_content_region.height
        above = int(keys.scroll_y)
        parts = []
        if above:
            parts.append(f"▲ {above} more above")
        if below:
            parts.append(f"▼ {below} more below (↓ or PgDn)")
        more.update(Text("   ".join(parts) or "▲ top: ↑ or PgUp", style="bold"))

    @on(OptionList.OptionSelected, "#help-keys")
    async def _run(self, event: OptionList.OptionSelected) -> None:
        command = self.commands[int(event.option.id)]
        self.dismiss()
        self.app.call_later(run_command, command)
