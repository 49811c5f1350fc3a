"""Untrusted article text made safe for a terminal, a mail client or a header."""

from __future__ import annotations

from briefing import lazy

# CSI/OSC/other escape sequences, then any remaining C0/C1 control character but
# newline and tab ("\x1b]8;;evil\x07", "\x1b[2J", bells, carriage returns). A string
# sequence left open ends at the line's end, so it cannot swallow the article.
_ESCAPES = lazy.pattern(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[PX^_][^\x1b\n]*(?:\x1b\\)?|[@-Z\\-_])"
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the same CSI and OSC sequences with their one-byte (C1) introducers
    r"|\x9d[^\x07\x9c\x1b\n]*(?:\x07|\x9c)?"
)
_CONTROLS = lazy.pattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

_ASCII = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "—": "--", "–": "-", "…": "...", "\u00a0": " ", "·": "-", "•": "*", "′": "'", "″": '"',
})


def clean_text(text: str) -> str:
    """Remove terminal escape sequences and control characters (keeps \\n and \\t)."""
    if not text or text.isprintable():
        return text  # the usual case, checked in C: nothing to remove
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def shown(name: str) -> str:
    """A file name for a diagnostic line: line breaks and control characters escaped
    ("a\\nb.txt", "\\x1b[2J.txt"), so a name can neither break nor colour the line."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)


def one_line(text: str) -> str:
    """For headers and single-line fields: no line breaks at all."""
    return " ".join(clean_text(text).split())


def to_ascii(text: str) -> str:
    return text.translate(_ASCII)
