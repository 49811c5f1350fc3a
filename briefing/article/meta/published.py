"""The publication date: machine-readable metadata first, then the page's date lines."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import briefing.article.meta.date_order as date_order
from briefing.article import dates
from briefing.article.clean import Page

_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
# A live blog's stamp is its latest entry; "First published on Mon 9 Mar 2026 07.58 GMT" under it is the day it began.
_FIRST = re.compile(r"^\s*(?:first|originally)\s+(?:published|posted)\b", re.IGNORECASE)
# A bare label and a day, no time: "date 2019-01-07", "2 May 2023". A line giving the same day with a
# clock time is the fuller record ("Published Wednesday, August 16, 2017 7:14AM EDT" under "date 2017-08-16").
_LABEL_ONLY = re.compile(r"^\s*date\s+(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b", re.IGNORECASE)
_DAY_ONLY = re.compile(r"T00:00:00\+00:00$")


def published(page: Page) -> tuple[str | None, float | None, str | None]:
    html_date = page.html_meta.get("date")
    if html_date:
        # Machine-readable metadata ("article:published_time") beats a printed date.
        parsed = dates.parse_absolute(html_date)
        if parsed:
            return parsed, None, html_date
    lines = page.lines("date")
    # "Published …" is the publication date; "Updated …" only when nothing else is given; a bare
    # "date 2021-01-26" label over the page when the page's own words give none.
    lines.sort(key=lambda ln: 2 if _LABEL_ONLY.match(ln) else 1 if _UPDATED.match(ln) else -1 if _FIRST.match(ln) else 0)
    # "08/03/2026": read the way the page writes its dates, asked only when a stamp could be either.
    order = date_order.day_first(page) if any(dates.open_slashed(line) for line in lines) else None
    parsed_lines = [dates.parse(line, order) for line in lines]
    pairs = [(parsed, line) for parsed, line in zip(parsed_lines, lines) if parsed[0] or parsed[1] is not None]
    if not pairs:
        return _url_date(page)
    found = [parsed for parsed, _line in pairs]
    best = found[0]
    if best[0] is None:
        # "2 days ago" says less than a labelled day: the day wins when the page gives one.
        labelled = [parsed for parsed, line in pairs if parsed[0] and _LABEL_ONLY.match(line)]
        if labelled:
            return labelled[0]
        # "3 hrs ago" by the byline, "This article was first published on 9 March 2026." under the story.
        stated = [parsed for parsed, line in pairs if parsed[0] and not _UPDATED.match(line)]
        if stated:
            return stated[0]
    if best[0] and _DAY_ONLY.search(best[0]):
        fuller = [f for f in found[1:] if f[0] and not _DAY_ONLY.search(f[0]) and _same_day(f[0], best[0])]
        if fuller:
            return fuller[0]
    return best


def _same_day(a: str, b: str) -> bool:
    return a[:10] == b[:10]


# The day in the page's own address: ".../news/2026/03/09/ferry-fares-rise/", ".../2026-03-09/ferry-fares-rise".
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()]{4,400}", re.IGNORECASE)
_URL_DAY = re.compile(r"/((?:19|20)\d{2})([/-])(\d{2})\2(\d{2})(?=[/-])")


def _url_date(page: Page) -> tuple[str | None, float | None, str | None]:
    """The day the page's address gives, pasted alone on a line, when no line of the page dates it."""
    title = set(re.findall(r"[a-z0-9]{3,}", " ".join(page.lines("title")).casefold()))
    urls = [m.group(0) for m in (_URL.search(line) for line in page.lines("url") + page.lines("source")) if m]
    for url in urls:
        m = _URL_DAY.search(url)
        slug = set(re.findall(r"[a-z0-9]{3,}", url[m.end():].casefold())) if m else set()
        if not m or title and len(slug & title) < min(3 if len(urls) > 1 else 2, len(title)):
            continue  # only an address that spells the headline is this page's ("…/rovers-win-the-cup" is another)
        try:
            day = datetime(int(m.group(1)), int(m.group(3)), int(m.group(4)), tzinfo=UTC)
        except ValueError:
            continue
        return day.isoformat(), None, url
    return None, None, None
