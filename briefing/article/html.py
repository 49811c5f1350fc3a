"""Saved HTML pages: main text and metadata through trafilatura.

trafilatura (imported only here, only when an HTML file is analysed) finds the
article body far better than a hand-written readability port; what it returns is
then cleaned by the same rules as pasted text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from briefing.errors import ArticleRejected

# Pages larger than this are refused before parsing: a hostile page can nest or
# repeat elements without end, and the tree would not fit in memory.
MAX_HTML_CHARS = 5_000_000
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)


class HtmlError(ArticleRejected):
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
        tree = trafilatura.load_html(html)
    except (ValueError, RecursionError, MemoryError) as exc:
        raise HtmlError(f"cannot parse HTML: {exc.__class__.__name__}") from exc
    if tree is None:
        raise HtmlError("cannot parse HTML")
    stamp = _published_time(tree)  # read before trafilatura prunes the tree
    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True},
        )
    except (ValueError, RecursionError, MemoryError) as exc:
        raise HtmlError(f"cannot parse HTML: {exc.__class__.__name__}") from exc
    text = _field(doc, "text") or ""
    if not text.strip():
        raise HtmlError("no article text found in the HTML page")
    meta = {
        "title": _clean(_field(doc, "title")),
        "author": _clean(_field(doc, "author")),
        "sitename": _clean(_field(doc, "sitename")),
        "date": _with_time(_clean(_field(doc, "date")), stamp),
        "url": _clean(_field(doc, "url")),
    }
    # trafilatura repeats the headline as the first line of the text.
    lines = [ln for ln in text.split("\n")]
    if meta["title"] and lines and lines[0].strip() == meta["title"]:
        lines = lines[1:]
    return "\n\n".join(ln.strip() for ln in lines if ln.strip()), meta


# Where pages state the publication time in full (htmldate, inside trafilatura, keeps only the day).
_STAMP_XPATHS = (
    '//meta[@property="article:published_time" or @name="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="dc.date.issued" or @name="DC.date.issued"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
)
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def _published_time(tree) -> str | None:
    """The ISO publication timestamp from the page's metadata or JSON-LD, if it gives one."""
    for xpath in _STAMP_XPATHS:
        for value in tree.xpath(xpath):
            value = str(value).strip()
            if _ISO_STAMP.match(value):
                return value
    for script in tree.xpath('//script[@type="application/ld+json"]/text()')[:10]:
        if len(script) > 200_000:
            continue
        try:
            data = json.loads(script)
        except ValueError:
            continue
        value = _find_key(data, "datePublished", depth=0)
        if isinstance(value, str) and _ISO_STAMP.match(value.strip()):
            return value.strip()
    return None


def _field(doc, name: str) -> str | None:
    """A field of trafilatura's result: a Document, or a dict from trafilatura before 2.0."""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value if isinstance(value, str) else None


def _find_key(data, key: str, depth: int):
    if depth > 6:
        return None
    if isinstance(data, dict):
        if key in data:
            return data[key]
        items: Iterable = data.values()
    elif isinstance(data, list):
        items = data[:50]
    else:
        return None
    for item in items:
        found = _find_key(item, key, depth + 1)
        if found is not None:
            return found
    return None


def _with_time(day: str | None, stamp: str | None) -> str | None:
    """trafilatura's date, with the time and offset of the page's own timestamp for that day."""
    if stamp and (day is None or stamp[:10] == day[:10]):
        return stamp
    return day


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None
