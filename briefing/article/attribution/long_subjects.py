"""A subject the capitalised-name shapes do not read, before a verb of saying and its "that": "French
food group Marrow reported on Tuesday that …", "Divers surveying 900 reefs reported Monday that …".
The whole noun phrase from the sentence's start to the verb is the source, when it holds no verb,
comma or clause of its own."""

from __future__ import annotations

from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.filters import finite_verbs
from briefing.article.attribution.tokens import Paragraph

Spans = tuple[tuple[int, int], tuple[int, int], tuple[int, int]]  # source, cue, content

_SUBJECT_WORDS = 10  # "Surveyors and pilots charting the depth of 340 channels": a long subject, not a clause
_NOT_IN_SUBJECT = frozenset({"that", "which", "who", "whose", "when", "if", "because", "after", "before", "as", "but"})


def subject_before_that(par: Paragraph, start: int) -> Spans | None:
    """Source, cue and content of "SUBJECT VERB [when] that CLAUSE" in the unit opening at `start`,
    or None."""
    toks = par.tokens
    unit = toks[start].unit
    end = start
    while end < len(toks) and toks[end].unit == unit:
        end += 1
    if end - start < 5 or not any(toks[k].text in ("that", "That") for k in range(start + 2, end)):
        return None  # (the cheap test first: most sentences hold no "that")
    skipped = _skipped()
    for verb in range(start + 1, min(end - 2, start + _SUBJECT_WORDS + 1)):
        word = toks[verb].text
        if not (cues.lemma(word) and word.islower() and (word.endswith("ed") or word == "said")):
            continue
        that = verb + 1
        while that < end and that - verb <= 4 and toks[that].text.lower() in skipped \
                or that < end and toks[that].text in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                     "Saturday", "Sunday"):
            that += 1
        if that >= end - 3 or toks[that].text.lower() != "that" or _verb(toks[that + 1].text):
            return None  # "the four states that cast votes": a relative clause, no verb of saying
        subject = [toks[k].text for k in range(start, verb)]
        if not subject[0][:1].isupper() or any(not w[:1].isalnum() or w.lower() in _NOT_IN_SUBJECT for w in subject) \
                or any(w.lower() in finite_verbs() for w in subject) or any(toks[k].quoted for k in range(start, end)):
            return None
        last = end
        while last > that + 1 and not toks[last - 1].text[:1].isalnum():
            last -= 1
        return (start, verb), (verb, verb + 1), (that + 1, last)
    return None


@cache
def _skipped() -> frozenset[str]:
    """Words between the verb and its "that": a time or a place ("reported on Tuesday that")."""
    return lexicon.lower("prepositions") | lexicon.lower("time_words") | {"this", "last", "early", "late"}


def _verb(word: str) -> bool:
    """'cast', 'held', 'question': a verb right after "that" makes it a relative pronoun."""
    low = word.lower()
    return bool(low in finite_verbs() or cues.lemma(low) or low.endswith("ed"))
