"""The publication date: machine-readable metadata first, then the page's date lines."""

from __future__ import annotations

import re

from briefing.article import dates
from briefing.article.clean import Page

_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)



def published(page: Page) -> tuple[str | None, float | None, str | None]:
    html_date = page.html_meta.get("date")
    if html_date:
        # Machine-readable metadata ("article:published_time") beats a printed date.
        parsed = dates.parse_absolute(html_date)
        if parsed:
            return parsed, None, html_date
    lines = page.lines("date")
    # "Published …" is the publication date; "Updated …" only when nothing else is given.
    lines.sort(key=lambda ln: 1 if _UPDATED.match(ln) else 0)
    for line in lines:
        published, ago, text = dates.parse(line)
        if published or ago is not None:
            return published, ago, text
    return None, None, None
