"""The Speaker screen: everything one speaker said, one card per article."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static

from briefing.model import Entry
from briefing.present import views
from briefing.textsafe import one_line
from briefing.tui import texts
from briefing.tui.keys import at_once
from briefing.tui.screens.base import BaseScreen
from briefing.tui.widgets import (
    KeyBar,
)

MAX_CARDS = 60


class Card(Static, can_focus=True):
    """One article's statements by the speaker; Enter or a click opens the article."""

    BINDINGS = at_once([Binding("enter", "open", "Open article", id="card.open", show=False)])

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
    BINDINGS = at_once([
        Binding("escape", "back", "Back", id="speaker.back", key_display="esc"),
        Binding("n", "step(1)", "Next speaker", id="speaker.next"),
        Binding("p", "step(-1)", "Previous speaker", id="speaker.previous", show=False),
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="speaker.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="speaker.up"),
        Binding("tab", "app.focus_next", "Next article", show=False, id="speaker.next-card"),
        Binding("shift+tab", "app.focus_previous", "Previous article", show=False, id="speaker.previous-card"),
        Binding("v", "open_focused", "Open article", id="speaker.article"),
    ])

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
