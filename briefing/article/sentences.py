"""Our sentence splitter and word tokenizer: news-aware and free of NLTK data.

sumy's own Tokenizer("english") needs NLTK's punkt data, which an offline machine
lacks, so sumy is given a `Tokenizer` instance of ours instead.

A candidate boundary is terminal punctuation (. ! ? … or ". . .") with any
closing quotes or brackets after it, followed by white space. It is a boundary
when the next word starts a sentence (a capital letter or a digit, possibly
behind an opening quote or bracket) and the word before the full stop is not an
abbreviation that carries on. Each line is split on its own: a line without
final punctuation (a headline, a list item) is a sentence by itself.
"""

from __future__ import annotations

import functools
import re

from briefing import lazy, lexicon

# The word lists are lexicon files (briefing/lexicon/sentence_*.txt, each saying what it
# is for with its examples), read on first use. a.m. and p.m. end a sentence unless a
# day, month or time zone follows ("6 a.m. Tuesday").
_TIMES = frozenset({"a.m", "p.m"})


class _Lists:
    """The splitter's word lists, read once from the lexicon."""

    def __init__(self) -> None:
        self.titles = lexicon.words("sentence_titles")  # never end a sentence: "Gov.", "e.g."
        self.soft = lexicon.words("sentence_soft_abbreviations")  # end one before an opener: "Inc."
        self.places = lexicon.words("sentence_places")  # carry on into an institution: "U.S."
        self.institutions = lexicon.words("sentence_institutions")
        self.after_time = lexicon.words("sentence_after_time")
        self.months = lexicon.words("sentence_months")
        self.number_signs = lexicon.words("sentence_number_signs")
        self.openers = lexicon.words("sentence_openers")
        self.speech = lexicon.words("sentence_speech_verbs")
        self.before_bracket = self.places | _TIMES | self.soft


@functools.cache
def _lists() -> _Lists:
    return _Lists()


_CLOSERS = "\"'”’»)]"
_OPENING = "\"'“‘«(["
# A candidate end: terminal punctuation, then closing quotes/brackets, then space.
_END = lazy.pattern(r"(?:\.{3}|\. \. \.|…|[.!?]+)[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_WORD = lazy.pattern(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_FIRST_WORD = lazy.pattern(r"[^\W_]+(?:['’][^\W_]+)?")


class Tokenizer:
    """The object sumy asks for: `to_sentences(paragraph)` and `to_words(sentence)`."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def words(text: str) -> list[str]:
    """Words and numbers, keeping inner apostrophes, hyphens and dots ("U.S.", "3.5bn", "don't")."""
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
    # Only the next few words decide; slicing the whole rest of a long paragraph at
    # every full stop made an 11 MB article take minutes.
    after = text[end:end + 400].lstrip()
    if not after:
        return True
    lists = _lists()
    marks = text[punct_start:end]
    inner = after.lstrip(_OPENING)
    nxt = inner[0] if inner else after[0]
    if not (nxt.isupper() or nxt.isdigit()):
        return False  # "“Will we go?” she asked." / ". . . and then" / "3.5bn"
    m = _FIRST_WORD.match(inner)
    next_word = m.group(0) if m else ""
    next_low = next_word.lower()
    if marks[0] in "?!" and marks[-1] in _CLOSERS and not after.startswith(tuple(_OPENING)):
        # '“Why now?” Renfrew asked.': a name and a speech verb finish the sentence.
        following = inner.split(None, 4)
        if next_low in lists.openers:
            return True  # '…in your life?’ She said: …'
        for word in following[1:4]:
            w = word.strip(",.;:").lower()
            if w in lists.speech:
                return False
            if not word[:1].isupper():
                break
        return True
    if marks.startswith(("...", ". . .", "…")) or marks[0] != ".":
        return True
    if any(c in _CLOSERS for c in marks):
        return True  # 'He said, “We will go.” Then ...'
    window = max(0, punct_start - 200)
    space = max(text.rfind(" ", window, punct_start), text.rfind("\t", window, punct_start), window - 1)
    word = text[space + 1:punct_start].rsplit(")", 1)[-1].lstrip(_OPENING)  # "(NSN)U.S." is "U.S."
    if not word:
        return True
    low = word.lower()
    if low in lists.before_bracket and after[0] == "(":
        return False  # "at 9:40 a.m. (4:40 a.m. ET)"
    if next_low.endswith(("'s", "’s")):
        next_low = next_low[:-2]  # "the U.S. President's message"
    if low in lists.places:
        # "a U.S. UAV", "403 U.S. 602": an acronym or a number carries on the name.
        if next_low in lists.openers:
            return True
        acronym = len(next_word) > 1 and next_word.isupper()
        return next_low not in lists.institutions and not acronym and not next_word[0].isdigit()
    if low in _TIMES:
        return next_low not in lists.after_time
    if low in lists.months:
        return not next_word[0].isdigit()
    if low in lists.number_signs:
        return not next_word[0].isdigit()
    if low in lists.soft:
        return next_low in lists.openers
    if low in lists.titles:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "George W. Bush", "H. R. Oduya"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        # Other dotted abbreviations: "P.J. Hartigan", "R.J. Penhallow".
        return next_low in lists.openers
    return True
