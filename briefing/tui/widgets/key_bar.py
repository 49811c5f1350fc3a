"""The footer: the keys of the current bindings, on one line, clickable."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget


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
