"""A noun of saying with a named owner: "Ana Veer's assertion that CLAUSE", "comments from Ivo Brand that
CLAUSE". The owner said the clause; the tagger, which learned nouns of saying with their cue verbs, often
leaves such a sentence unmarked."""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicon
from briefing.article.attribution.clauses import AUXILIARIES
from briefing.article.attribution.inverted import SCENE_OPENERS
from briefing.article.attribution.tokens import Paragraph, Token

_OPENERS = frozenset({"the", "a", "an"}) | SCENE_OPENERS  # a capital after them opens the sentence, not the owner's name


@cache
def _owned_noun() -> re.Pattern[str]:
    """A noun of saying up to two words after a possessive's "s": "[Veer']s [repeated] assertion"."""
    nouns = "|".join(map(re.escape, sorted(lexicon.lower("owned_claim_nouns"))))
    return re.compile(rf"s\s+(?:[a-z]+\s+){{0,2}}(?:{nouns})\b")


_FROM_CAPITAL = re.compile(r"\s+from\s+[A-Z]")


def _claim_shape(text: str) -> bool:
    """An owned noun of saying after a possessive or before "from" and a capital: a cheap test before the token
    loop, read around each possessive and each "from" (far fewer than the words)."""
    for apostrophe in ("'s", "’s"):
        at = text.find(apostrophe)
        while at >= 0:
            if _owned_noun().match(text, at + 1):
                return True
            at = text.find(apostrophe, at + 2)
    nouns = lexicon.lower("owned_claim_nouns")
    for m in _FROM_CAPITAL.finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split()
        if before and before[-1].lower() in nouns:
            return True
    return False


def possessed_claims(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with "Ana Veer's assertion that CLAUSE" and "comments from Ivo Brand that CLAUSE" marked as
    speaker, cue and content where the tagger left the words unmarked: the noun's owner said the clause."""
    if not _claim_shape(par.text):
        return labels
    out = list(labels)
    toks = par.tokens
    nouns = lexicon.lower("owned_claim_nouns")
    for i, tok in enumerate(toks):
        if tok.text.lower() not in nouns or tok.quoted:
            continue
        owner = _possessor(par, i) or _from_owner(par, i)
        if owner is None:
            continue
        that = (owner[1] if toks[owner[1]].text.lower() == "that" else owner[1] + 1) if owner[0] > i else i + 1
        end = that + 1
        while end < len(toks) and toks[end].unit == tok.unit and toks[end].text not in (",", ";", ".", ":"):
            end += 1
        first = min(owner[0], i)
        cued = any(label[2:] in ("CUE", "SRC") for t, label in zip(toks, out) if t.unit == tok.unit)
        if that >= len(toks) or toks[that].text.lower() != "that" or end - that < 5 \
                or cued and any(label != "O" for label in out[first:end]):
            continue  # (a sentence the tagger read whole as what was said, with no cue, is no statement yet)
        if _opens_sentence(toks, first) or toks[that + 1].text.lower() in AUXILIARIES:
            # "Veer's promise that the road would open was broken": the sentence's own verb follows the clause,
            # where nothing marks its end; "Veer's statement that was read out": "that" opens a relative clause.
            continue
        cue = (i, i + 1)
        for k in range(len(toks)):
            if toks[k].unit == tok.unit and (not cued or first <= k < end):
                out[k] = "O"
        for start, stop, role in ((owner[0], owner[1], "SRC"), (cue[0], cue[1], "CUE"), (that + 1, end, "CON")):
            for k in range(start, stop):
                out[k] = ("B-" if k == start else "I-") + role
    return out


def _possessor(par: Paragraph, noun: int) -> tuple[int, int] | None:
    """"Ana Veer's [repeated] assertion": the capitalised run of the owner ending in "'s", or None."""
    toks = par.tokens
    j = noun - 1
    while j > 0 and noun - j <= 2 and toks[j].text.isalpha() and toks[j].text.islower():
        j -= 1  # "repeated", "earlier"
    if j < 0 or not toks[j].text.endswith(("'s", "’s")) or not toks[j].text[:1].isupper():
        return None
    start = j
    while start > 0 and toks[start - 1].text[:1].isupper() and toks[start - 1].unit == toks[j].unit \
            and toks[start - 1].text.isalpha():
        start -= 1
    if toks[start].text.lower() in _OPENERS:
        start += 1  # "After Brand's insistence": the capital opens the sentence
    return (start, j + 1) if start <= j else None


def _from_owner(par: Paragraph, noun: int) -> tuple[int, int] | None:
    """"comments from Professor Ivo Brand, a critic of the plan, that": the words between "from" and "that"
    when they open with a capital, or None."""
    toks = par.tokens
    if noun + 2 >= len(toks) or toks[noun + 1].text.lower() != "from" or not toks[noun + 2].text[:1].isupper():
        return None
    for k in range(noun + 3, min(noun + 18, len(toks))):
        if toks[k].unit != toks[noun].unit:
            return None
        if toks[k].text.lower() == "that":
            end = k - 1 if toks[k - 1].text == "," else k
            return noun + 2, end
    return None


def _opens_sentence(toks: tuple[Token, ...], k: int) -> bool:
    """True when token k opens its sentence, after at most a conjunction ("But Veer's assertion …")."""
    start = k
    while start > 0 and toks[start - 1].unit == toks[k].unit:
        start -= 1
    return k - start <= 1 and (k == start or toks[start].text.lower() in ("but", "and", "yet"))
