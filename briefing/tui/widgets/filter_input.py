"""The filter box."""

from __future__ import annotations

from textual.widgets import Input


class FilterInput(Input):
    """The filter box. Keys typed in a burst right after `/` reach it in order: every
    binding of ours runs as its key arrives (tui/keys.py), so the focus has moved
    before the next key is routed; the screens keep letters for the box while it has
    the focus."""
