"""The text briefing as a complete RFC 5322 message, ready for `| sendmail -t`.

Header values come from the command line and from article counts only; a value
with a line break or other control character is refused, never passed through.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from briefing.errors import HeaderError
from briefing.model import Briefing
from briefing.present.render.text import render_text
from briefing.present.views import date_range

_POLICY = policy.default.clone(linesep="\n", max_line_length=78)


def _header(name: str, value: str) -> str:
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise HeaderError(f"--{name.lower()} contains a line break or control character")
    return value


def render_email(briefing: Briefing, *, to: str | None, sender: str | None, subject: str | None,
                 now: datetime | None, width: int = 72) -> bytes:
    body = render_text(briefing, width=width)
    n = len(briefing.entries)
    when = now or datetime.now(UTC)
    try:
        msg = EmailMessage(policy=_POLICY)
        msg["From"] = _header("From", sender or "briefing <briefing@localhost>")
        if to:
            msg["To"] = _header("To", to)
        msg["Subject"] = _header("Subject", subject or f"Briefing: {n} article{'s' if n != 1 else ''}, {date_range(briefing.entries)}")
        msg["Date"] = format_datetime(when if when.tzinfo else when.replace(tzinfo=UTC))
        digest = hashlib.sha256((body + msg["Date"]).encode()).hexdigest()[:24]
        msg["Message-ID"] = f"<{digest}@briefing.localhost>"
        # Readable as it stands (8bit UTF-8) when every line fits in 78 characters;
        # quoted-printable only when wider lines (--width 120) must be folded for transport.
        fits = all(len(line.encode("utf-8")) <= 78 for line in body.splitlines())
        msg.set_content(body, charset="utf-8", cte="8bit" if fits else "quoted-printable")
    except HeaderError:
        raise
    except ValueError as exc:  # the email package refused a header value
        raise HeaderError(str(exc)) from None
    # Bytes, not str: a str generator would re-encode the 8-bit UTF-8 body as base64.
    return msg.as_bytes()
