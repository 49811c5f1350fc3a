"""Authors: the byline names, else the metadata's author, else the wire credit under the story."""

from __future__ import annotations

import re

from briefing.article import outlet_names
from briefing.article.clean import Page, looks_like_name, parse_byline, vocab
from briefing.article.clean.bylines import BY
from briefing.article.clean.site_lines import looks_like_outlet

# Labels of a page that somebody signs without a writer's name: a desk, a wire, a signature under the story.
_SIGNED = ("byline-desk", "wire", "wire-byline", "signature", "dateline-site")
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&)\s*", re.IGNORECASE)

def authors(page: Page) -> tuple[str, ...]:
    found: list[str] = []
    headline = " ".join(page.lines("title")).casefold()
    captions = _captions_under_stamp(page)
    for line in page.lines("byline"):
        if line in captions and len(line) > 3 and line.strip().casefold() in headline:
            continue  # "Realme XT" alone under a signed and dated story whose headline names it: a caption
        parsed = parse_byline(line)
        names = parsed[0] if parsed else _unparsed(line.strip())
        _add(found, _without_place(line, names, page))
    author = page.html_meta.get("author")
    if not found and author:
        _add(found, [a.strip() for a in _AUTHOR_SPLIT.split(author) if looks_like_name(a.strip())])
    if not found:
        for line in page.lines("credit"):
            _add(found, credit_authors(line))
    if not found:
        _add(found, reporter_signs_off(page.body[:2]))
    if not found:
        _add(found, social_sign_off([line for _, line in page.furniture] + page.body[-3:]))
    if not found and not any(page.lines(label) for label in _SIGNED):
        # "Additional reporting by Ada Linde." under a story nobody signs, not even a desk, a wire or an
        # editor's sign-off: the one journalist it names
        for line in page.lines("credit"):
            if not re.search(r"\bedit(?:ing|ed)\s+by\b", line, re.IGNORECASE):
                _add(found, credit_authors(line, additional=True))
    return tuple(found)


def _captions_under_stamp(page: Page) -> set[str]:
    """Bare byline lines below a 'By …' line and a date line after it: where a picture's caption stands,
    not a second writer (who stands on the line right under the first)."""
    found: set[str] = set()
    signed = dated = False
    for label, line in page.furniture:
        if label == "byline" and BY.match(line):
            signed = True
        elif label == "date":
            dated = signed
        elif label == "byline" and dated:
            found.add(line)
    return found


_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
# The writer's social sign-off under the story: "Ada Linde tweets @adalinde", "Follow Ada Linde on Twitter",
# "For more from Ada Linde, follow her on Twitter!".
_SOCIAL_SIGN_OFF = re.compile(
    rf"^(?:for more from (?P<more>{_NAME}),? follow (?:him|her|them) on|follow (?P<follow>{_NAME}) on|"
    rf"(?P<tweets>{_NAME}) tweets (?:at |as )?@\w+)", re.IGNORECASE)


def social_sign_off(lines: list[str]) -> list[str]:
    """The writer a sign-off under the story asks the reader to follow, when nothing else names one."""
    for line in lines:
        m = _SOCIAL_SIGN_OFF.match(line.strip())
        name = m and (m.group("more") or m.group("follow") or m.group("tweets"))
        if name and looks_like_name(name) and not looks_like_outlet(name):
            return [name]
    return []


# A standfirst that hands over to its reporter: "…, Ada Linde reports.", "… - Kestrel News' Ada Linde reports".
_REPORTS = re.compile(
    r"(?:^|[,.;:!?]\s+|\s[-–—]\s+)(?:(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*(?:['’]s|s['’])\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:reports|reported this story)"
    r"(?:\s+from\s+[A-Z][\w'’.-]*(?:[\s,]+[A-Z][\w'’.-]*){0,3})?\.?\s*$")  # "… Ada Linde reported this story from Kessel."


def reporter_signs_off(paragraphs: list[str]) -> list[str]:
    """The reporter a story's opening paragraph names at its end, outside any quotation."""
    for para in paragraphs:
        if "report" not in para[-150:]:
            continue  # (the pattern ends the paragraph: a cheap test before it)
        m = _REPORTS.search(para.strip())
        before = para.strip()[: m.start("name")] if m else ""
        quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        if m and looks_like_name(m.group("name")) and not quoted:
            return [m.group("name")]
    return []


def _unparsed(line: str) -> list[str]:
    """A byline the parser leaves: a name alone ('Ada Linde'), or a writer who signs with one word
    ('Written by Kestrelfox'), or a handle in small letters ('kestrelfox'); never the whole line with its 'By'."""
    by = BY.match(line)
    if not by:
        if re.fullmatch(r"[a-z][a-z0-9_.]{2,30}", line) and line not in vocab.ui_lines() and line not in vocab.not_name_words():
            return [line]  # "adafinch": the handle a blogger signs with, set where the byline stands
        return [line] if looks_like_name(line) else []
    rest = line[by.end():].strip(" .")
    if re.fullmatch(r"[A-Z][\w'’.-]{2,30}", rest) and not looks_like_outlet(rest) and rest.lower() not in vocab.ui_lines() \
            and rest.lower() not in vocab.not_name_words() and not outlet_names.agency(rest):
        return [rest]
    return []


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


def credit_authors(line: str, additional: bool = False) -> list[str]:
    """'(Reporting by A in X and B in Y; Editing by C)' → [A, B], 'Compiled by A' → [A]; editors are not authors, nor is additional
    reporting unless `additional` is asked for."""
    names: list[str] = []
    extra = "(?:additional |more )?" if additional else ""
    # "Reporting by A, writing by B, editing by C": a comma before the next role's "by" parts them as a ";" does.
    for part in re.split(r";|,\s*(?=[a-z]+(?:\s+and\s+[a-z]+)?\s+by\s)", line.strip("() "), flags=re.IGNORECASE):
        m = re.match(rf"^\s*{extra}(?:reporting|writing|reporting and writing|compiled)\s+by\s+(.+)$", part, re.IGNORECASE)
        if not m:
            continue
        # "Reporting by A Editing by B": the editor's credit run on without a semicolon.
        for piece in _AUTHOR_SPLIT.split(re.split(r"(?i)\s+(?:editing|edited)\s+by\b", m.group(1))[0]):
            piece = re.sub(r"\s+in\s+[A-Z][\w'’.\- ]*$", "", piece.strip(" .")).strip()
            if looks_like_name(piece):
                names.append(piece)
    return names
