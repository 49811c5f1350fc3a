"""The filter box."""

from __future__ import annotations

from textual.widgets import Input


class FilterInput(Input):
    """The filter box. Keys typed in a burst right after `/` reach it in order: the
    screens bind `/` (and the keys that leave the box) as priority bindings, which
    run as each key arrives, so the focus has moved before the next key is routed."""
