"""Authors: the byline names, else the metadata's author, else the wire credit under the story."""

from __future__ import annotations

import re

from briefing.article.clean import Page, looks_like_name, parse_byline

_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&)\s*", re.IGNORECASE)

def authors(page: Page) -> tuple[str, ...]:
    found: list[str] = []
    for line in page.lines("byline"):
        parsed = parse_byline(line)
        names = parsed[0] if parsed else ([line.strip()] if looks_like_name(line.strip()) else [])
        _add(found, _without_place(line, names, page))
    author = page.html_meta.get("author")
    if not found and author:
        _add(found, [a.strip() for a in _AUTHOR_SPLIT.split(author) if looks_like_name(a.strip())])
    if not found:
        for line in page.lines("credit"):
            _add(found, credit_authors(line))
    return tuple(found)


def _without_place(line: str, names: list[str], page: Page) -> list[str]:
    """'By Deepa Shenoy, Kaveri Nagar' over a story about Kaveri Nagar: the town she files from, not a
    second writer. Only the last name after a comma (never one joined by 'and'), and only when the
    headline or the story's opening names it too."""
    if len(names) < 2 or re.search(r"\band\b|&", line) or not line.rstrip(" .").endswith(names[-1]):
        return names
    last = names[-1]
    opening = " ".join(page.lines("title") + page.body[:2])
    if re.search(rf"\b{re.escape(last)}\b", opening) and not re.search(rf"\b{re.escape(last)}\s+(?:said|told|says)\b", opening):
        return names[:-1]
    return names


def _add(found: list[str], names: list[str]) -> None:
    for name in names:
        if name and name not in found:
            found.append(name)


def credit_authors(line: str) -> list[str]:
    """'(Reporting by A in X and B in Y; Editing by C)' → [A, B]; editors and additional reporting are not authors."""
    names: list[str] = []
    for part in line.strip("() ").split(";"):
        m = re.match(r"^\s*(?:reporting|writing|reporting and writing)\s+by\s+(.+)$", part, re.IGNORECASE)
        if not m:
            continue
        for piece in _AUTHOR_SPLIT.split(m.group(1)):
            piece = re.sub(r"\s+in\s+[A-Z][\w'’.\- ]*$", "", piece.strip(" .")).strip()
            if looks_like_name(piece):
                names.append(piece)
    return names
