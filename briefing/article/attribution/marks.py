"""Quote marks: which marks of a paragraph open and close a quotation.

Marks are paired in one pass, by their shape and by what stands on either side
of them, never by counting: “curly” and „low“ marks by shape, «guillemets»,
straight "marks" and the two apostrophes some papers print for a quote mark
(''like this'') by the characters around them. British single marks (‘like
this’) count only when no double mark is open and the closing ’ is not an
apostrophe inside a word ("the council’s plan"). A quotation still open at the
end of a paragraph is reported as open, so the reader can carry it on when the
next paragraph opens with a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile("''|[“”\"«»„]")
_BEFORE_OPEN = "([{—–-/:;,\u00a0"
_AFTER_CLOSE = ".,;:!?)]}—–-…’'"
_GLUED_CLOSE = ",.!?…"


@dataclass(frozen=True)
class Quote:
    """One quotation in a paragraph: `open` and `close` are character offsets of its marks."""

    open: int
    close: int  # the closing mark, or the paragraph's length when the quote runs on
    width: int = 1  # characters of the opening mark ('' is two)
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted text, marks excluded."""
        return self.open + self.width, self.close

    def text(self, paragraph: str) -> str:
        start, end = self.inner
        return paragraph[start:end].strip()


def _role(p: str, i: int, width: int, ch: str) -> str:
    prev = p[i - 1] if i > 0 else " "
    nxt = p[i + width] if i + width < len(p) else " "
    opens = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPEN)
    closes = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)
    if ch in "“„«":
        # A curly opener used as a closer ("…stage“ said") is rare but real in pasted copy.
        return "close" if closes and not opens and ch == "“" else "open"
    if ch in "”»":
        return "open" if opens and not closes and ch == "”" else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def find_quotes(paragraph: str, singles: bool = False) -> list[Quote]:
    """The quotations of one paragraph, in order; double marks first, then single curly ones, then (in
    an article with no double mark anywhere: `singles`) straight single ones."""
    quotes: list[Quote] = []
    start, width = -1, 1
    for m in _DOUBLE.finditer(paragraph):
        i, ch = m.start(), m.group()
        w = len(ch)
        role = _role(paragraph, i, w, ch[0] if ch != "''" else '"')
        if start < 0:
            if role == "close" or (ch == '"' and i > 0 and paragraph[i - 1].isdigit()):
                continue  # a stray closer, or an inch mark: 27" screen
            start, width = i, w
        elif role in ("close", "either") or (ch in "”\"" and paragraph[i - 1] in _GLUED_CLOSE):
            # "… in the county,”he said": a mark right after the quotation's last comma closes it
            # even when the next word is glued to it.
            quotes.append(Quote(start, i, width))
            start = -1
        else:
            # Two openers in a row: the first quote was never closed; it ends where the next begins.
            quotes.append(Quote(start, i, width, closed=False))
            start, width = i, w
    if start >= 0:
        quotes.append(Quote(start, len(paragraph), width, closed=False))
    if "‘" in paragraph:
        quotes = sorted(quotes + _single_quotes(paragraph, quotes), key=lambda q: q.open)
    elif not quotes and "'" in paragraph:
        quotes = _straight_singles(paragraph, singles)
    return quotes


def _straight_singles(paragraph: str, singles: bool) -> list[Quote]:
    """'Straight single' quotations in a paragraph with no other quotation, in an article that sets no
    double mark anywhere (`singles`; beside double marks ' quotes words in a headline): a mark at a word's start
    pairs with the next mark at a word's end ("'We are short of staff,' she said"), passing over
    apostrophes inside a word ("don't") and, when another closer follows, after a plural ("the
    workers' pay"). A quotation opened by ' at the paragraph's start may close with a double mark at
    its end ('We played well."); a short paragraph opened by ' is a heading ('All Quiet on the Quay.')."""
    text = paragraph.rstrip()
    if text.startswith("'") and text.endswith(("'", "'.")) and len(text.split()) <= _HEADING_WORDS:
        return []  # "'All Bets Are Off.'": a heading set in marks, no words anybody said ("'We won,' said Brand." is)
    if text.startswith("'") and text.endswith('"') and text.count('"') == 1:
        return [Quote(0, len(text) - 1, 1)]
    if '"' in paragraph or not singles:
        return []
    marks = [i for i, ch in enumerate(paragraph) if ch == "'"]
    out = []
    start = -1
    for n, i in enumerate(marks):
        role = _role(paragraph, i, 1, "'")
        if start < 0:
            if role == "open" and not _DECADE.match(paragraph, i):
                start = i
        elif role == "close" and not (paragraph[i - 1] in "sS" and _plural(paragraph, i, marks[n + 1:])):
            out.append(Quote(start, i, 1))
            start = -1
    return out


_HEADING_WORDS = 8
_DECADE = re.compile(r"'\d0s\b")  # "a '90s band"


def _plural(paragraph: str, i: int, later: list[int]) -> bool:
    """True when the ' after an s is the apostrophe of a plural ("the pilots' club"): a word follows it,
    or another closing mark comes later."""
    nxt = paragraph[i + 1:i + 3]
    return nxt[:1] == " " and nxt[1:].isalpha() or any(_role(paragraph, j, 1, "'") == "close" for j in later)


def _single_quotes(paragraph: str, doubles: list[Quote]) -> list[Quote]:
    """British ‘single’ quotations outside any double quotation."""
    out = []
    i = paragraph.find("‘")
    while i >= 0:
        inside = any(q.open < i < q.close for q in doubles)
        prev = paragraph[i - 1] if i > 0 else " "
        if not inside and (prev.isspace() or prev in _BEFORE_OPEN):
            j = i + 1
            close = -1
            while True:
                j = paragraph.find("’", j)
                if j < 0:
                    break
                nxt = paragraph[j + 1] if j + 1 < len(paragraph) else " "
                if not nxt.isalnum():  # not the apostrophe of "council’s" or "don’t"
                    close = j
                    break
                j += 1
            if close > i + 1:
                out.append(Quote(i, close, 1))
                i = paragraph.find("‘", close)
                continue
        i = paragraph.find("‘", i + 1)
    return out
