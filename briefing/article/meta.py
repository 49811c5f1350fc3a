"""Title, outlet, authors and publication date, read from the furniture `clean` set aside.

Each field is taken from what the page says, or left empty: a wrong outlet or
date is worse than none, since the reader cannot tell it was guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.article import dates
from briefing.article.clean import (
    GENERIC_WORDS,
    OUTLET_WORDS,
    ROLE_WORDS,
    Page,
    looks_like_name,
    parse_byline,
    unwrap_markdown_inline,
)


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
    # Nordic and other European company forms too: "© Ostvik Ledger AS 2024".
    r"(?:[,.]?\s+(?:&\s+)?(?:ltd|limited|inc|llc|l\.?l\.?c|plc|gmbh|ag|sa|s\.a|bv|nv|se|l\.?p|pty|as|asa|ab|oy|oyj|a/s|aps|spa|srl|"
    r"corp(?:oration)?|company|co)\b\.?)+\s*$",
    re.IGNORECASE,
)
# Corporate words after an outlet's name: "Pacific Dispatch Media Group" is "Pacific Dispatch".
_GROUP_TAIL = re.compile(
    r"\s+(?:media(?:\s+group)?|group|holdings|publishing|publications|newspapers|communications|digital|"
    r"network|enterprises|partners)$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)?\d{2,4})?")
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&)\s*", re.IGNORECASE)
_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)


def extract(page: Page) -> Meta:
    html = page.html_meta
    title = _without_site(html.get("title"), html.get("sitename")) or _first(page, "title")
    published, ago, text = _published(page)
    return Meta(
        title=_tidy(title) if title else None,
        source=_source(page),
        authors=_authors(page),
        published=published,
        published_text=text,
        published_ago=ago,
        url=html.get("url"),
    )


def _without_site(title: str | None, site: str | None) -> str | None:
    """'Headline | The Harbour Times' → 'Headline' (a page <title> often carries the site's name)."""
    if not title or not site:
        return title
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        if title.endswith(sep + site) and len(title) > len(sep + site):
            return title[: -len(sep + site)].strip()
    return title


def _first(page: Page, label: str) -> str | None:
    lines = page.lines(label)
    return lines[0] if lines else None


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", unwrap_markdown_inline(text)).strip()


# --- published -----------------------------------------------------------------


def _published(page: Page) -> tuple[str | None, float | None, str | None]:
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


# --- authors --------------------------------------------------------------------


def _authors(page: Page) -> tuple[str, ...]:
    found: list[str] = []
    for line in page.lines("byline"):
        parsed = parse_byline(line)
        names = parsed[0] if parsed else ([line.strip()] if looks_like_name(line.strip()) else [])
        _add(found, names)
    if not found and page.html_meta.get("author"):
        _add(found, [a.strip() for a in _AUTHOR_SPLIT.split(page.html_meta["author"]) if looks_like_name(a.strip())])
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


# --- source ---------------------------------------------------------------------


def _source(page: Page) -> str | None:
    """The outlet, from the strongest evidence the page gives, else None.

    Order: HTML metadata, the copyright line, the masthead over the headline,
    a byline's outlet, a wire credit in the dateline, a wire signature under
    the story.
    """
    if page.html_meta.get("sitename"):
        return page.html_meta["sitename"]
    everything = " ".join(page.body) + " " + " ".join(line for _l, line in page.furniture)
    for line in page.lines("copyright"):
        name = outlet_from_copyright(line)
        if name:
            return _shorten_group(name, everything)
    for line in page.lines("masthead") + _logo_links(page):
        name = _outlet_name(line)
        if name and _has_outlet_word(name):  # "Portugal" over a headline is a section, not the outlet
            return name
    for line in page.lines("byline"):
        parsed = parse_byline(line)
        if parsed and parsed[1] and _is_outlet(parsed[1]):
            return parsed[1]
    wire = _first(page, "wire")
    if wire:
        return wire
    for line in page.lines("signature"):
        name = line.strip("()— -")
        if name.lower() in _WIRES or _has_outlet_word(name):
            return name
    return None


_WIRES = {"reuters", "ap", "afp", "bloomberg", "dpa", "xinhua", "ansa", "efe", "upi", "kyodo", "yonhap", "tass",
          "anadolu", "aap", "associated press", "press association", "pa media"}


def _has_outlet_word(name: str) -> bool:
    return name.lower() in _WIRES or any(w.lower().strip(".,") in OUTLET_WORDS for w in name.split()) and not all(
        w.lower() in GENERIC_WORDS for w in name.split()
    )


def _outlet_name(line: str) -> str | None:
    name = _tidy(line).strip(" |·•-–—")
    if not name or len(name.split()) > 6 or not name[0].isupper():
        return None
    return name.title() if name.isupper() and len(name) > 4 else name


def _is_outlet(tail: str) -> bool:
    """A byline's tail names an outlet, not a role ('Staff Writer') or a date."""
    if ROLE_WORDS.search(tail) or dates.date_words(tail) or len(tail.split()) > 6:
        return False
    return tail[:1].isupper() and not looks_like_name(tail) or _has_outlet_word(tail)


def _shorten_group(name: str, text: str) -> str:
    """'Pacific Dispatch Media Group' → 'Pacific Dispatch' when the page also calls it that."""
    short = _GROUP_TAIL.sub("", name).strip()
    if short != name and len(short.split()) >= 2 and text.count(short) > text.count(name):
        return short
    return name


_LOGO_LINK = re.compile(r"^(?P<name>[^|·•]{3,60}?)\s*[-–—|:]\s*(?:back to (?:the )?home(?:page)?|home ?page|go to (?:the )?home(?:page)?)$", re.I)


def _logo_links(page: Page) -> list[str]:
    """The site's logo link as pasted: "The Brannoch Standard - Back to home"."""
    out = []
    for _label, line in page.furniture[:12]:
        m = _LOGO_LINK.match(line.strip())
        if m:
            out.append(m.group("name"))
    return out


def outlet_from_copyright(line: str) -> str | None:
    """'© 2026 The Harbour Times Ltd. All rights reserved.' → 'The Harbour Times'."""
    s = _tidy(line)
    if not (_YEAR.search(s) or re.search(r"(?i)all rights reserved", s)):
        return None  # "© Jana Holm/Getty Images" is a photo credit
    s = re.sub(r"(?i)\ball rights reserved\.?", "", s)
    s = re.split(r"(?<=[a-z)])\.\s", s)[0]  # "Copyright 2025 Harlow Press. This material may not…"
    s = re.sub(r"(?i)^\s*(?:(?:copyright|\(c\)|©)\s*)+", "", s)
    s = re.split(r"(?i)\s+(?:or|and) its (?:affiliates?|affiliated companies|licensors|subsidiaries)", s)[0]
    s = _YEAR.sub("", s)
    s = re.sub(r"^[\s,.©:]+|[\s,.:]+$", "", s)
    s = _COMPANY_TAIL.sub("", s).strip(" ,.")
    if not s or len(s.split()) > 6 or not s[0].isupper() or "/" in s:
        return None
    return s
