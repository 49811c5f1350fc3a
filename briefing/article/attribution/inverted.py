"""Attributions written last: "CLAUSE, said Holt at Larchmont Wealth." and "CLAUSE, says the harbour master."

The speaker comes after the cue and the sentence ends with them, so everything
before the comma is what was said. The tagger often marks the cue and leaves the
rest, or reads the name after the cue as the content; this marks the name as the
source and the clause as the content. Only a sentence whose words before the comma
carry no label of their own is changed.
"""

from __future__ import annotations

from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.tokens import Paragraph

MAX_SOURCE = 14  # tokens of a speaker phrase after the cue ("said Ana Holt, chief strategist at …")
MIN_CLAUSE = 4  # words of the clause before
_FINITE = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "does", "did"})


@cache
def _joiners() -> frozenset[str]:
    """Lower-case words a speaker phrase may hold: articles, prepositions, "and"."""
    return lexicon.lower("prepositions") | {"the", "a", "an", "and", "&", "'s", "’s"}


def inverted_attributions(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with "CLAUSE, CUE SPEAKER." marked where the clause has no label."""
    out = list(labels)
    toks = par.tokens
    by_unit: dict[int, list[int]] = {}
    for i, tok in enumerate(toks):
        by_unit.setdefault(tok.unit, []).append(i)
    for members in by_unit.values():
        found = _shape(par, members, labels)
        if found is None:
            continue
        (c_lo, c_hi), cue, (s_lo, s_hi) = found
        for k in range(c_lo, c_hi):
            out[k] = ("B-" if k == c_lo else "I-") + "CON"
        out[cue] = "B-CUE"
        for k in range(s_lo, s_hi):
            out[k] = ("B-" if k == s_lo else "I-") + "SRC"
    return out


def _shape(par: Paragraph, members: list[int], labels: list[str]) -> tuple[tuple[int, int], int, tuple[int, int]] | None:
    toks = par.tokens
    end = len(members)
    while end > 0 and not toks[members[end - 1]].text[:1].isalnum():
        end -= 1  # the full stop
    # The cue: the last verb of saying after a comma, with only a speaker phrase after it.
    cue_at = next((k for k in range(end - 2, 0, -1)
                   if toks[members[k - 1]].text == "," and cues.lemma(toks[members[k]].text)
                   and not toks[members[k]].quoted), None)
    if cue_at is None or end - cue_at - 1 > MAX_SOURCE:
        return None
    source = [members[k] for k in range(cue_at + 1, end)]
    if not _speaker_phrase(par, source):
        return None
    clause = [members[k] for k in range(0, cue_at - 1)]
    if sum(1 for i in clause if toks[i].text[:1].isalnum()) < MIN_CLAUSE:
        return None
    if any(labels[i] != "O" for i in clause):
        return None  # the tagger read this sentence another way; leave it to the linking
    return (clause[0], clause[-1] + 1), members[cue_at], (source[0], source[-1] + 1)


def _speaker_phrase(par: Paragraph, idx: list[int]) -> bool:
    """A name or a description: opens with a capital or an article, holds a capitalised word
    or is a description of two words or more, and has no verb of its own."""
    if not idx:
        return False
    words = [par.tokens[i].text for i in idx]
    first = words[0]
    if not (first[:1].isupper() or first.lower() in ("the", "a", "an")):
        return False
    described = first.lower() in ("the", "a", "an")
    for w in words:
        if w == ",":
            described = True  # an apposition follows: "Holt, chief strategist at …"
            continue
        if w in ("-", ".") or w[:1].isupper() or w[:1].isdigit() or w.lower() in _joiners():
            continue
        if not described or _verb(w):
            return False
    return True


def _verb(word: str) -> bool:
    w = word.lower()
    return bool(cues.lemma(w)) or w in _FINITE or w in lexicon.lower("past_tense_verbs")
