"""The headline as the page gives it, tidied."""

from __future__ import annotations

import re

from briefing.article.clean import Page, unwrap_markdown_inline


def without_site(title: str | None, site: str | None) -> str | None:
    """'Headline | The Harbour Times' → 'Headline' (a page <title> often carries the site's name)."""
    if not title or not site:
        return title
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        if title.endswith(sep + site) and len(title) > len(sep + site):
            return title[: -len(sep + site)].strip()
    return title


def first(page: Page, label: str) -> str | None:
    lines = page.lines(label)
    return lines[0] if lines else None


def tidy(text: str) -> str:
    return re.sub(r"\s+", " ", unwrap_markdown_inline(text)).strip()
