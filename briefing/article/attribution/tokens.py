"""Tokens of a paragraph, with their offsets, their sentence and whether they are quoted.

A *unit* is a sentence of the narrative: the shared sentence splitter's
sentences, merged where a boundary falls inside a quotation, so that
“We will wait. We will win,” she said.  is one unit with its attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from briefing.article.attribution.marks import Quote, find_quotes
from briefing.article.sentences import split_sentences

# Words (with inner apostrophes, hyphens and dots: "U.S.", "don't", "al-Masri"), numbers (with
# thousands commas and ranges: "1,750", "21–30"), the two-apostrophe quote mark, and any other single
# non-space character.
_TOKEN = re.compile(r"''|\d+(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+[–—]\d+|[^\W_]+(?:['’.\-][^\W_]+)*|\S")
MARKS = frozenset({"“", "”", '"', "''", "«", "»", "„", "‘", "’"})


class Token(NamedTuple):  # a named tuple: built three times faster than a frozen dataclass, a cost paid per word
    text: str
    start: int  # character offsets in the paragraph
    end: int
    unit: int  # index of the unit (quote-aware sentence) in the paragraph
    quoted: bool  # inside a quotation
    mark: str = ""  # "open" or "close" for the marks of a quotation


@dataclass(frozen=True)
class Paragraph:
    text: str
    tokens: tuple[Token, ...]
    quotes: tuple[Quote, ...]
    units: tuple[tuple[int, int], ...]  # character spans of the units


def read_paragraph(text: str, singles: bool = False) -> Paragraph:
    """The paragraph's tokens and quotations; `singles`: the article quotes in straight single marks."""
    quotes = tuple(find_quotes(text, singles))
    units = tuple(_units(text, quotes))
    opens = {q.open: q for q in quotes}
    closes = {q.close for q in quotes if q.closed}
    straight = {q.open for q in quotes if text[q.open] == "'" and q.width == 1}  # 'straight single' marks
    straight |= {q.close for q in quotes if q.open in straight and q.closed}
    tokens = []
    qi = 0
    ui = 0
    for m in _TOKEN.finditer(text):
        start, end = m.start(), m.end()
        while ui + 1 < len(units) and start >= units[ui + 1][0]:
            ui += 1
        while qi < len(quotes) and quotes[qi].close < start:
            qi += 1
        mark = ""
        word = m.group()
        is_mark = word in MARKS or word == "'" and start in straight
        if start in opens and is_mark:
            mark = "open"
        elif start in closes and is_mark:
            mark = "close"
        # Quotes are in order of their opening marks: when the next one opens after the token, none holds it.
        quoted = not mark and qi < len(quotes) and quotes[qi].open < start \
            and any(q.open < start < q.close for q in quotes[qi:qi + 3])
        tokens.append(Token(word, start, end, ui, quoted, mark))
    return Paragraph(text, tuple(tokens), quotes, units)


def _units(text: str, quotes: tuple[Quote, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    qi = 0  # quotes are in order and do not overlap: one pass over both lists
    for sentence in split_sentences(text):
        start = text.find(sentence, cursor)
        if start < 0:  # cannot happen for pieces of the same text; be safe
            start = cursor
        end = start + len(sentence)
        cursor = end
        if spans:
            offset = spans[-1][1]
            while qi < len(quotes) and quotes[qi].close < offset:
                qi += 1
            # The last sentence ended inside a quotation (its closing mark still ahead): one unit.
            if qi < len(quotes) and quotes[qi].open < offset <= quotes[qi].close:
                spans[-1] = (spans[-1][0], end)
                continue
        spans.append((start, end))
    if not spans:
        spans.append((0, len(text)))
    return spans
