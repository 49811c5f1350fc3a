"""What can go wrong, as one small hierarchy; exit codes are chosen only in `cli`."""

from __future__ import annotations


class BriefingError(Exception):
    """A failure the user can act on; its message is one line, without "briefing:"."""


class UsageError(BriefingError):
    """The options, the environment or a chosen directory cannot be used (exit 2)."""


class HeaderError(UsageError):
    """An email header value would break the message (a line break, a control character)."""


class ArticleRejected(BriefingError):
    """One input is not an article that can be read; it is reported for that file and skipped."""


class OutputError(BriefingError):
    """Standard output cannot be written: closed, a full disk, an I/O error."""
