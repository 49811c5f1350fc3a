"""Splitting a paste into paragraphs: blank lines, single newlines, or hard-wrapped lines joined back."""

from __future__ import annotations

import re

from briefing.article.clean.bylines import SENTENCE_END, TERMINAL, firm_byline
from briefing.article.clean.lines import classify
from briefing.article.clean.markdown import BULLET, MD_HEADING, MD_QUOTE, MD_RULE, strip_md

_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")


def _unit_start(line: str, last: str = "") -> bool:
    if _NUMBERED.match(line) and last and not (TERMINAL.search(last) or BULLET.match(last)):
        return False  # "... on March" / "5. The council ..." is a wrapped date, not item 5 of a list
    return bool(BULLET.match(line) or MD_HEADING.match(line) or MD_QUOTE.match(line) or line.lstrip().startswith(("![", "|")))


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None if it was not.

    Evidence is lines of 40–100 characters that stop mid-sentence and go on in
    lower case on the next line (a real paste wrapped at 70 columns).
    """
    lengths = []
    for lines in blocks:
        for a, b in zip(lines, lines[1:]):
            if 40 <= len(a) <= 100 and not TERMINAL.search(a) and b[:1].islower():
                lengths.append(len(a))
    if len(lengths) < 3:
        return None
    return max(lengths)


def paragraphs(text: str, markdown: bool = False) -> list[str]:
    blocks = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines:
            blocks.append(lines)
    width = _wrap_width(blocks)
    # Blank lines between paragraphs and wrapped lines inside them (the usual "save as text"):
    # then a line ending in a full stop inside a block does not end the paragraph.
    blank_separated = width is not None and sum(1 for lines in blocks if len(lines) >= 3) >= 3
    out: list[str] = []
    for lines in blocks:
        out.extend(_join_lines(lines, width, blank_separated, markdown))
    return out


def _join_lines(lines: list[str], width: int | None, blank_separated: bool, markdown: bool = False) -> list[str]:
    out: list[str] = []
    last = ""
    single = False  # the paragraph so far is one physical line
    for line in lines:
        if out and _continues(last, line, width, single, blank_separated, markdown):
            prev = out.pop()
            sep = "" if prev.endswith("-") and prev[-2:-1].isalnum() else " "  # "Radnor-" + "Wayne"
            out.append(prev + sep + line)
            single = False
        else:
            out.append(line)
            single = True
        last = line
    return out


def _continues(last: str, line: str, width: int | None, single: bool, blank_separated: bool, markdown: bool = False) -> bool:
    """Does `line` carry on the paragraph that physical line `last` belongs to?"""
    if _unit_start(line, last) or MD_HEADING.match(last) or MD_RULE.match(line) or MD_RULE.match(last):
        return False
    if SENTENCE_END.search(last) and not line[:1].islower() and not blank_separated:
        return False  # a colon does not end a paragraph: "... tweeted:" / "#EqualRights."
    if _stands_alone(line) or single and _stands_alone(last) and classify(strip_md(last)) != "ui":
        return False  # a byline or a dateline under a headline is its own line
    if markdown:
        # In Markdown a newline inside a block does not end the paragraph, and link URLs and
        # "**" make raw line lengths useless for finding a wrap column: a line that stops
        # mid-sentence goes on ("... did not properly weigh" / "the effect on ...").
        return not SENTENCE_END.search(last) or line[:1].islower()
    if width is None:
        # Not a wrapped text: only a line stopping mid-sentence with the next in lower case.
        return len(last) >= 30 and not SENTENCE_END.search(last) and line[:1].islower()
    first_word = line.split(" ", 1)[0]
    # The next word would not have fitted on the line: the break is the wrap, not the writer's.
    return len(last) <= width + 2 and len(last) + 1 + len(first_word) > width - 2


def _stands_alone(line: str) -> bool:
    """A line that is never the middle of a wrapped paragraph: a dateline, UI words, 'By Name'.

    Not when it ends a sentence: "print." or "February 23, 2014." after a line
    that stops mid-sentence are the end of that sentence (wrapped CNN copy).
    """
    s = strip_md(line)
    if s.endswith((".", ",", ";")):
        return False
    label = classify(s)
    return label in ("date", "ui", "promo-head", "copyright", "nav") or label == "byline" and firm_byline(s)

