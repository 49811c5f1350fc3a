"""A paste whose head lost its line breaks: the headline, the byline, the date and the story's first
words run together in one paragraph ("Harbour to close for a week By Ada Finch KESSEL TIMES STAFF
Friday, March 12, 2010 The harbour will …"). The paragraph is parted into the lines it was."""

from __future__ import annotations

import re

from briefing.article import dates
from briefing.article.clean.lines import classify
from briefing.article.clean.page import Line

_BY = re.compile(r"\s[Bb]y\s+(?=[A-Z])")
_SITE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[a-z]{2,}){1,2}/?\s+")


def split_glued_head(line: Line, lines: list[Line]) -> bool:
    """Part a glued head from the story's first paragraph: the headline and byline become lines of
    their own before it, the date a date line; True when the paragraph was parted."""
    text = line.text
    if len(text) < 200 or any(not ln.label and len(ln.text) > 150 for ln in lines):
        return False  # only the first paragraph of the story can hold the page's head
    by = _BY.search(text, 15, 220)
    if by is None or re.search(r"[.!?][\"”’]?\s", text[: by.start()]):
        return False  # "… said the board. By then the …": a sentence before "By" is story, not a headline
    m = dates.find(text[by.end(): by.end() + 90])
    if m is None or not m.group("abs") or m.start() < 3 or m.start() > 70:
        return False
    start, end = by.end() + m.start(), by.end() + m.end()
    rest = _SITE.sub("", text[end:].lstrip(" ·|,-–—")).lstrip(" ·|,-–—")  # "· kesseltimes.example The …"
    if len(rest) < 100 or not rest[:1].isupper():
        return False
    head = text[: by.start()].strip()
    lines.append(Line(text=head, label=classify(head)))
    lines.append(Line(text="By " + text[by.end(): start].strip(" ·|,-–—"), label="byline"))
    lines.append(Line(text=m.group(0).strip(), label="date"))
    line.text = rest
    return True
