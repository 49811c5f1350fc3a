"""One list of actions for the footer, the help screen and the command palette.

Every binding of ours has an id and a description; this module turns the
bindings active on a screen into entries that the help screen lists and the
command palette offers, so the three never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode


@dataclass(frozen=True)
class Command:
    id: str
    keys: str  # as displayed: "j ↓"
    description: str
    action: str
    node: DOMNode  # where the action runs


def _bindings(node: DOMNode) -> list[Binding]:
    out: list[Binding] = []
    for cls in type(node).__mro__:
        for b in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
            out.append(b)
    return out


def commands_for(screen) -> list[Command]:
    """Our bindings active on `screen`: the focused widget's and its containers', the screen's, the app's."""
    app = screen.app
    nodes: list[DOMNode] = []
    node = screen.focused
    while node is not None and node is not screen:
        nodes.append(node)
        node = node.parent
    nodes.append(screen)
    if not getattr(screen, "is_modal", False):
        nodes.append(app)
    found: dict[str, Command] = {}
    keys: dict[str, list[str]] = {}
    for node in nodes:
        for b in _bindings(node):
            if not b.id or not b.description:
                continue
            name, _, _params = b.action.partition("(")
            name = name.rpartition(".")[2]
            if node.check_action(name, ()) is False:
                continue
            shown = app.get_key_display(b)
            keys.setdefault(b.id, [])
            if shown not in keys[b.id]:
                keys[b.id].append(shown)
            if b.id not in found:
                found[b.id] = Command(b.id, "", b.description, b.action, node)
    return [
        Command(c.id, " ".join(keys[c.id]), c.description, c.action, c.node) for c in found.values()
    ]


async def run_command(command: Command) -> None:
    await command.node.app.run_action(command.action, command.node)


class BindingsProvider(Provider):
    """Every action of the current screen, by its description."""

    def _commands(self) -> list[Command]:
        return commands_for(self.screen)

    async def discover(self) -> Hits:
        for c in self._commands():
            yield DiscoveryHit(c.description, partial(run_command, c), help=f"key: {c.keys}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for c in self._commands():
            score = matcher.match(c.description)
            if score > 0:
                yield Hit(score, matcher.highlight(c.description), partial(run_command, c), text=c.description, help=f"key: {c.keys}")
