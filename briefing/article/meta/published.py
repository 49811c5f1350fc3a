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
    pairs = _without_calendar(pairs)
    if not pairs:
        for fallback in (_url_date, _posted_on, _dateline_day):
            found_day = fallback(page)
            if found_day[0]:
                return found_day
        return None, None, None
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
    listed = _listed_stamps(page)
    today = _saved_day_header(pairs, listed) or _stacked_today_bar(page, pairs, listed) or _stacked_clocks(page, pairs)
    if today:
        return today
    if best[0] and _DAY_ONLY.search(best[0]):
        fuller = [f for f in found[1:] if f[0] and not _DAY_ONLY.search(f[0]) and _same_day(f[0], best[0])]
        if fuller:
            return fuller[0]
    return best


# A site's header giving the day the page was opened: "Sat, Oct 15, 2022", "Sunday, November 24, 2024".
_WEEKDAY_FIRST = re.compile(r"^\s*[|·•]?\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s", re.IGNORECASE)


def _listed_stamps(page: Page) -> set[str]:
    """The date lines under a list header ("Trending", "Related"): other stories' stamps, not this one's."""
    listed: set[str] = set()
    under_list = False
    for label, text in page.furniture:
        under_list = under_list or label == "promo-head"
        if under_list and label == "date":
            listed.add(text)
    return listed


def _saved_day_header(pairs: list, listed: set[str]) -> tuple[str | None, float | None, str | None] | None:
    """The story's own stamp when the first stamp is the site's today-date header: a weekday's date with no
    clock, later than a stamp the page gives with its time or than the paste's date marker (never a stamp
    in a list of other stories under it)."""
    (best, line), rest = pairs[0], pairs[1:]
    if not (best[0] and _DAY_ONLY.search(best[0]) and _WEEKDAY_FIRST.match(line)):
        return None
    earlier = [found for found, other in rest if found[0] and found[0][:10] < best[0][:10] and other not in listed
               and (not _DAY_ONLY.search(found[0]) or _LABEL_ONLY.match(other))]
    return earlier[0] if earlier else None


# A site's clock bar led by its city: "Marrow, November 27th 2026 - 18:42 UTC".
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_PLACE_FIRST = re.compile(r"^\s*(?P<place>[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),\s")


def _stacked_today_bar(page: Page, pairs: list, listed: set[str]) -> tuple[str | None, float | None, str | None] | None:
    """Two date lines stacked, the first the site's today bar (a weekday's date with no clock, or its city's
    clock), the next the story's own earlier day: the story's. One date line alone is never passed over."""
    (best, line) = pairs[0]
    place = _PLACE_FIRST.match(line)
    first = place.group("place").split()[0] if place else ""
    bar = _WEEKDAY_FIRST.match(line) and _DAY_ONLY.search(best[0] or "") or place and not dates.WEEKDAY_WORD.fullmatch(first) \
        and first.casefold() not in dates.month_words() and _CLOCK.search(line)
    texts = [text for _label, text in page.furniture]
    after = texts[texts.index(line) + 1] if bar and best[0] and line in texts[:-1] else None
    for found, other in pairs[1:]:
        # The story's stamp has its weekday or its clock: a letter's "2nd September 2026" quoted in the story has not.
        stamp = dates.WEEKDAY_WORD.match(other.strip()) or not _DAY_ONLY.search(found[0] or "")
        if other == after and stamp and other not in listed and found[0] and found[0][:10] < (best[0] or "")[:10]:
            return found
    return None


def _without_calendar(pairs: list) -> list:
    """The date lines less a forecast's or a calendar's row of days: three or more bare days in a row,
    each the day after the one before ("04/20/2026", "04/21/2026", "04/22/2026"), date nothing."""
    days = [datetime.fromisoformat(p[0]).date() if p[0] and _DAY_ONLY.search(p[0]) else None for p, _line in pairs]
    dropped: set[int] = set()
    start = 0
    for k in range(1, len(days) + 1):
        day, before = (days[k] if k < len(days) else None), days[k - 1]
        if day is not None and before is not None and (day - before).days == 1:
            continue
        if k - start >= 3:
            dropped.update(range(start, k))
        start = k
    return [pair for k, pair in enumerate(pairs) if k not in dropped]


_LABELLED = re.compile(r"^\s*(?:(?:first|last|originally)\s+)?(?:updated|modified|published|posted)\b", re.IGNORECASE)


def _stacked_clocks(page: Page, pairs: list) -> tuple[str | None, float | None, str | None] | None:
    """Two unlabelled stamps of one day, each with its clock, one straight under the other and the later first
    ("March 9, 2026 21:53" over "20:12 9 March 2026"): a site's clock over the story's, or the last edit over the
    first run; either way the earlier is when the story came out."""
    if len(pairs) < 2:
        return None
    (first, line), (second, other) = pairs[0], pairs[1]
    texts = [text for _label, text in page.furniture]
    if not (first[0] and second[0]) or _DAY_ONLY.search(first[0]) or _DAY_ONLY.search(second[0]) \
            or _LABELLED.match(line) or _LABELLED.match(other) or line not in texts[:-1]:
        return None
    if texts[texts.index(line) + 1] == other and _same_day(first[0], second[0]) \
            and datetime.fromisoformat(second[0]) < datetime.fromisoformat(first[0]):
        return second
    return None


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


# A story's first paragraph opening on its place and day: "PORT ANSELM, March 9, 2026 (Tarn Wire): …",
# "Kessel, Tarn – 9 March 2026 – …". The day is written out with its month's name, never slashed.
_DATELINE_PLACE = re.compile(r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3},?(?:\s[A-Z][\w.]{1,15})?\s*[–—-]?\s*$")


def _dateline_day(page: Page) -> tuple[str | None, float | None, str | None]:
    """The day in the dateline that opens the story, when nothing else on the page dates it."""
    for para in page.body[: max(3, len(page.body) // 2)]:  # captions may come before the story
        m = dates.find(para[:120])
        if m is None or not m.group("abs") or not re.search(r"[A-Za-z]{3}", m.group("abs")) \
                or not _DATELINE_PLACE.match(para[: m.start()]) or m.start() == 0:
            continue
        after = para[m.end(): m.end() + 3].lstrip()
        if after[:1] not in ("(", "–", "—", "-", ":", "/") and not after[:1].isupper():
            continue
        parsed = dates.parse_absolute(m.group("abs"))
        if parsed:
            return parsed, None, m.group(0)
    return None, None, None


# A byline that gives its day: "By Tarn Desk on 08/11/2017", "Posted by Ana Lind on March 3rd, 2021".
_POSTED_ON = re.compile(r"^\s*(?:(?:posted|written|published|submitted)\s+)?by\s+\S.{0,60}?\s+on\s+(?P<day>\S.*?)\s*$",
                        re.IGNORECASE)


def _posted_on(page: Page) -> tuple[str | None, float | None, str | None]:
    """The day a byline line gives after "on", in the page's furniture or as a short line of its own."""
    lines = [line for _label, line in page.furniture] + [para for para in page.body if len(para) <= 120]
    for line in lines:
        m = _POSTED_ON.match(line)
        words = dates.date_words(m.group("day")) if m else None
        if m and words and words == m.group("day").strip():
            order = date_order.day_first(page) if dates.open_slashed(words) else None
            parsed = dates.parse(words, order)
            if parsed[0]:
                return parsed[0], None, line
    return None, None, None
