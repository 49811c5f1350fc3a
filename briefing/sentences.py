"""Our sentence splitter and word tokenizer: news-aware and free of NLTK data.

sumy's own Tokenizer("english") needs NLTK's punkt data, which an offline machine
lacks, so sumy is given a `Tokenizer` instance of ours instead.
"""

from __future__ import annotations

import re

# Abbreviations that do not end a sentence when followed by a capitalised word.
_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr",
    "sgt", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "adm", "maj", "messrs",
    "no", "nos", "vs", "v", "fig", "approx", "dept", "est", "ft", "mt", "ave", "blvd", "rd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "corp", "co", "ltd", "bros", "plc", "e.g", "i.e", "etc", "cf", "al",
}
# Abbreviations that often end a sentence too ("... moved to the U.S. She said"):
# a break is made when the next word is a typical sentence opener.
_SOFT = {"u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "inc", "corp", "co", "ltd", "etc", "jr", "sr", "plc", "d.c"}
_OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "this", "that", "these", "those", "there", "but", "and", "in", "on", "at", "for", "as",
    "after", "before", "while", "when", "if", "meanwhile", "however", "still", "yet", "so",
    "some", "many", "most", "other", "others", "officials", "analysts", "one", "two", "both",
    "no", "our", "my", "what", "why", "how", "who", "shares", "prices", "stocks",
}

_CLOSERS = "\"'”’»)]"
_OPENERS_PUNCT = "\"'“‘«(["
# A candidate end: terminal punctuation, then closing quotes/brackets, then space.
_END = re.compile(r"(?:\.{3}|\. \. \.|…|[.!?]+)[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_PREV_TOKEN = re.compile(r"(\S+)$")


class Tokenizer:
    """The object sumy asks for: `to_sentences(paragraph)` and `to_words(sentence)`."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences; lines without final punctuation stand alone."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.extend(_split_line(line))
    return out


def _split_line(text: str) -> list[str]:
    sentences = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if _is_boundary(text, match.start(), end):
            piece = text[start:end].strip()
            if piece:
                sentences.append(piece)
            start = end
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _is_boundary(text: str, punct_start: int, end: int) -> bool:
    after = text[end:].lstrip()
    if not after:
        return True
    marks = text[punct_start:end]
    nxt = after[0]
    if nxt in _OPENERS_PUNCT:
        # A quote or bracket opens the next sentence only if a letter inside is upper case.
        inner = after.lstrip(_OPENERS_PUNCT)
        nxt = inner[0] if inner else nxt
    if not (nxt.isupper() or nxt.isdigit()):
        return False  # "“Will we go?” she asked." / ". . . and then"
    if marks.startswith("...") or marks.startswith(". . .") or marks.startswith("…"):
        return True
    if not marks.startswith("."):
        return True
    if any(c in _CLOSERS for c in marks):
        return True  # 'He said, “We will go.” Then ...'
    token = _PREV_TOKEN.search(text[:punct_start])
    if not token:
        return True
    word = token.group(1).lstrip(_OPENERS_PUNCT)
    low = word.lower()
    next_word = re.match(r"[^\W_]+", after.lstrip(_OPENERS_PUNCT))
    next_low = next_word.group(0).lower() if next_word else ""
    if low in _SOFT:
        return next_low in _OPENERS
    if low in _TITLES:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "George W. Bush"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        # Dotted abbreviations such as "J.K" in "J.K. Rowling" or "a.m".
        return next_low in _OPENERS
    return True
