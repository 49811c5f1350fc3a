"""Title, outlet, authors and publication date, read from the furniture `clean` set aside."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import dates
from briefing.clean import Page, unwrap_markdown_inline


@dataclass(frozen=True)
class Meta:
    title: str | None
    source: str | None
    authors: tuple[str, ...]
    published: str | None
    published_text: str | None
    published_ago: float | None
    url: str | None


_COMPANY_TAIL = re.compile(
    r"[,.]?\s*\b(?:ltd|limited|inc|llc|plc|gmbh|corp(?:oration)?|company|co)\b\.?\s*$", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)?\d{2,4})?")
_ROLE_WORDS = re.compile(
    r"\b(?:staff|senior|chief|correspondent|reporter|writer|editor|contributor|columnist|analyst|"
    r"bureau|desk|team|newsroom|journalist|producer|special to)\b",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def extract(page: Page) -> Meta:
    html = page.html_meta
    title = html.get("title") or _first(page, "title")
    authors = _authors(page)
    if not authors and html.get("author"):
        authors = tuple(a for a in _NAME_SPLIT.split(html["author"]) if a)
    published, ago, text = _published(page)
    if not published and ago is None and html.get("date"):
        published = dates.parse_absolute(html["date"])
        text = html["date"]
    return Meta(
        title=_tidy(title) if title else None,
        source=_source(page),
        authors=authors,
        published=published,
        published_text=text,
        published_ago=ago,
        url=html.get("url"),
    )


def _first(page: Page, label: str) -> str | None:
    lines = page.lines(label)
    return lines[0] if lines else None


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", unwrap_markdown_inline(text)).strip()


def _published(page: Page) -> tuple[str | None, float | None, str | None]:
    lines = page.lines("date")
    # "Published …" is the publication date; "Updated …" only when nothing else is given.
    lines.sort(key=lambda ln: 1 if re.match(r"\s*(?:last\s+)?(?:updated|modified)", ln, re.IGNORECASE) else 0)
    for line in lines:
        published, ago, text = dates.parse(line)
        if published or ago is not None:
            return published, ago, text
    return None, None, None


def _authors(page: Page) -> tuple[str, ...]:
    found: list[str] = []
    for line in page.lines("byline"):
        names, _tail = split_byline(line)
        for name in names:
            if name not in found:
                found.append(name)
    return tuple(found)


def split_byline(line: str) -> tuple[list[str], str | None]:
    """'By Anna Lind and Marco Reyes in Oslo' → (['Anna Lind', 'Marco Reyes'], None);
    'Anna Lind · The Harbour Times' → (['Anna Lind'], 'The Harbour Times')."""
    s = _tidy(line)
    s = re.sub(r"^(?:written\s+|words\s+|reporting\s+)?by\s+", "", s, flags=re.IGNORECASE)
    tail = None
    m = re.match(r"^(?P<names>[^·•|]+?)\s*[·•|]\s*(?P<tail>.+)$", s)
    if m:
        s, tail = m.group("names"), m.group("tail").strip()
    else:
        m = re.match(r"^(?P<names>.+?),\s*(?P<tail>[^,]+)$", s)
        if m and not _looks_name(m.group("tail")):
            s, tail = m.group("names"), m.group("tail").strip()
    s = re.sub(r"\s+in\s+[A-Z][\w .'\-]+$", "", s)
    names = []
    for part in _NAME_SPLIT.split(s):
        part = part.strip(" .")
        if _looks_name(part):
            names.append(part.title() if part.isupper() else part)
    if tail and _ROLE_WORDS.search(tail):
        tail = None  # "Staff Writer", "Chief Correspondent": a role, not an outlet
    return names, tail


def _looks_name(part: str) -> bool:
    words = part.split()
    if not 2 <= len(words) <= 4 or _ROLE_WORDS.search(part):
        return False
    return all(w[:1].isupper() or w.lower() in {"de", "da", "van", "von", "der", "al", "bin", "le", "la"} for w in words)


def _source(page: Page) -> str | None:
    if page.html_meta.get("sitename"):
        return page.html_meta["sitename"]
    for line in page.lines("byline"):
        _names, tail = split_byline(line)
        if tail:
            return tail
    wire = _first(page, "wire")
    if wire:
        return wire
    signature = page.lines("signature")
    if signature:
        return signature[-1]
    for line in page.lines("copyright"):
        name = outlet_from_copyright(line)
        if name:
            return name
    return None


def outlet_from_copyright(line: str) -> str | None:
    """'© 2026 The Harbour Times Ltd. All rights reserved.' → 'The Harbour Times'."""
    s = re.sub(r"(?i)\ball rights reserved\.?", "", line)
    s = re.split(r"(?<=[a-z)])\.\s", s)[0]  # "Copyright 2025 Harlow Press. This material may not…"
    s = re.sub(r"(?i)^\s*(?:copyright|\(c\)|©)\s*(?:©|\(c\))?", "", s)
    s = _YEAR.sub("", s)
    s = re.sub(r"^[\s,.©:]+|[\s,.:]+$", "", s)
    s = _COMPANY_TAIL.sub("", s).strip(" ,.")
    if not s or len(s.split()) > 6 or not s[0].isupper():
        return None
    return s
