"""Saved HTML pages: main text and metadata through trafilatura.

trafilatura (imported only here, only when an HTML file is analysed) finds the
article body far better than a hand-written readability port; what it returns is
then cleaned by the same rules as pasted text.
"""

from __future__ import annotations

import re

# Pages larger than this are refused before parsing: a hostile page can nest or
# repeat elements without end, and the tree would not fit in memory.
MAX_HTML_CHARS = 5_000_000
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)


class HtmlError(ValueError):
    pass


def extract(html: str) -> tuple[str, dict[str, str | None]]:
    """Return (text with one paragraph a line, {title, author, sitename, date, url})."""
    if len(html) > MAX_HTML_CHARS:
        raise HtmlError(f"HTML page too large to parse safely ({len(html):,} characters)")
    if _ENTITY_DECL.search(html[:100_000]):
        # An entity declaration in a web page is only ever an expansion bomb.
        raise HtmlError("HTML page declares XML entities; refused")
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True},
        )
    except (ValueError, RecursionError, MemoryError) as exc:
        raise HtmlError(f"cannot parse HTML: {exc.__class__.__name__}") from exc
    if doc is None or not (doc.text or "").strip():
        raise HtmlError("no article text found in the HTML page")
    meta = {
        "title": _clean(doc.title),
        "author": _clean(doc.author),
        "sitename": _clean(doc.sitename),
        "date": _clean(doc.date),
        "url": _clean(doc.url),
    }
    text = doc.text
    # trafilatura repeats the headline as the first line of the text.
    lines = [ln for ln in text.split("\n")]
    if meta["title"] and lines and lines[0].strip() == meta["title"]:
        lines = lines[1:]
    return "\n\n".join(ln.strip() for ln in lines if ln.strip()), meta


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None
