"""The headline as the page gives it, tidied: site and section suffixes cut, glued badges removed."""

from __future__ import annotations

import re

from briefing import lexicon
from briefing.article.clean import Page, unwrap_markdown_inline, vocab
from briefing.article.clean.lines import looks_like_outlet

# "Headline | The Harbour Times", "Headline - Kestrel News", "Opinion | Headline".
_SUFFIX = re.compile(r"^(?P<head>.{8,}?)\s+(?:\||-|–|—|::)\s+(?P<tail>[^|–—]{2,60})$")
_PREFIX = re.compile(r"^(?P<label>[\w&' ]{2,30}?)\s+\|\s+(?P<head>.{8,})$")


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


def split_suffix(title: str) -> tuple[str, str | None]:
    """('Headline', 'Kestrel News') for 'Headline - Kestrel News'; a section suffix or prefix is cut too.

    Only a suffix that names an outlet or a section goes: 'Rates are too high - Varga' keeps its speaker.
    The outlet's name is returned so it can name the outlet; a section's is not.
    """
    m = _SUFFIX.match(title)
    if m:
        tail = m.group("tail").strip()
        if _section(tail):
            return split_suffix(m.group("head").strip())[0], None
        if looks_like_outlet(tail):
            return split_suffix(m.group("head").strip())[0], tail
    p = _PREFIX.match(title)
    if p and _section(p.group("label")):
        return p.group("head").strip(), None
    return title, None


def _section(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return bool(words) and len(words) <= 4 and all(w in vocab.section_words() for w in words)


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
