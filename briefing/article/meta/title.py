"""The headline as the page gives it, tidied: site and section suffixes cut, glued badges removed."""

from __future__ import annotations

import re

from briefing import lexicon
from briefing.article.clean import Page, unwrap_markdown_inline
from briefing.article.clean.lines import split_suffix


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


def without_badge(title: str, page: Page) -> str:
    """'... after the defeatnew' → '... after the defeat' when the story says 'defeat' and never 'defeatnew'."""
    m = re.search(r"(?<=[a-z])([a-z]+)$", title)
    if not m:
        return title
    word = title[title.rfind(" ") + 1:]
    story = " ".join(page.body).casefold()
    for badge in lexicon.lower("badge_words"):
        stem = word[: -len(badge)]
        if word.endswith(badge) and len(stem) >= 3 and stem.isalpha():
            if re.search(rf"\b{re.escape(stem.casefold())}\b", story) and not re.search(
                    rf"\b{re.escape(word.casefold())}\b", story):
                return title[: -len(badge)]
    return title


def headline(page: Page) -> tuple[str | None, str | None]:
    """(the headline, an outlet its suffix named)."""
    html = page.html_meta
    text = without_site(html.get("title"), html.get("sitename")) or first(page, "title")
    if not text:
        return None, None
    text, named = split_suffix(tidy(text))
    return without_badge(text, page), named
