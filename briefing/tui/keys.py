"""Key bindings that run as each key arrives.

Textual runs a widget's ordinary bindings when the key has reached the widget,
through its message queue, and a priority binding as soon as the app takes the
key from the terminal. Mixed, a burst of keys (typed fast, or sent by a script)
was reordered: "Escape Home Down Enter" on an article ran Enter, the priority
binding, before Home and Down had reached the list, and reopened the article.
Every binding of ours is a priority binding, so keys act in the order they were
typed; a screen's `check_action` keeps letters for a filter box while it has
the focus.
"""

from __future__ import annotations

import dataclasses

from textual.binding import Binding


def at_once(bindings: list[Binding]) -> list[Binding]:
    """The same bindings, each run as its key arrives (priority)."""
    return [dataclasses.replace(b, priority=True) for b in bindings]
