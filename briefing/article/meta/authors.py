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
        _add(found, names)
    author = page.html_meta.get("author")
    if not found and author:
        _add(found, [a.strip() for a in _AUTHOR_SPLIT.split(author) if looks_like_name(a.strip())])
    if not found:
        for line in page.lines("credit"):
            _add(found, credit_authors(line))
    return tuple(found)


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
