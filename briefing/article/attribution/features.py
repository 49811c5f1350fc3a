"""What the tagger sees of each token: the word, its shape, its neighbours, and where it
stands against the cues and quotation marks of its sentence.

Features are short strings (the tagger weighs each one); the same function serves
training and reading. It reads the lexicon's lists of roles, titles, organisations and
verbs and nouns of saying, which may have grown since the shipped model was trained: a word
added there reaches the model's features at once, and the model learns its weight only when
it is retrained.
"""

from __future__ import annotations

import bisect
from functools import cache, lru_cache
from typing import NamedTuple

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.tokens import MARKS, Paragraph

_PRONOUNS = frozenset("i we you he she it they who which that this these those one".split())


@cache
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return lexicon.lower("role_nouns"), frozenset(lexicon.table("honorifics")), lexicon.lower("org_nouns")


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")


def _shape(text: str) -> str:
    if text in MARKS:
        return "Q"
    ch = text[0]
    if ch.isdigit():
        return "9"
    if not ch.isalnum():
        return text if len(text) == 1 else "p"
    if text.isupper() and len(text) > 1:
        return "AA"
    if ch.isupper():
        return "Aa"
    return "a"


def _kind(word: str, folded: str) -> str:
    """A coarse class of the word: cue verb, cue noun, pronoun, role, title, organisation, name, other."""
    roles, titles, orgs = _vocab()
    if cues.lemma(word):
        return "V"
    if folded in cues.nouns():
        return "N"
    if folded in _PRONOUNS:
        return "P"
    if folded in titles or folded.rstrip(".") in titles:
        return "T"
    if folded in roles:
        return "R"
    if folded in orgs:
        return "O"
    if word[:1].isupper():
        return "C"
    return "w"


def _distance(i: int, anchors: list[int]) -> str:
    """Where token i stands against the nearest anchor (a cue) of its unit: L1, L2, L3, L4+, R1...
    (the nearer on the left when two are as near).

    `anchors` is sorted; the nearest is found by bisection, so a sentence with thousands of
    anchors (a run of quote marks) costs n log n, not n squared."""
    if not anchors:
        return "none"
    k = bisect.bisect_left(anchors, i)
    if k == len(anchors) or k > 0 and i - anchors[k - 1] <= anchors[k] - i:
        return _LEFT_OF.get(i - anchors[k - 1], "R9+")  # the anchor is on the left: the token is right of it
    return _RIGHT_OF.get(anchors[k] - i, "L9+")


def _distance_names(side: str) -> dict[int, str]:
    names = {d: side + (str(d) if d < 4 else "4+") for d in range(1, 9)}
    names[0] = "0"
    return names


def _distances(units: list[int], anchors: dict[int, list[int]]) -> list[str]:
    """`_distance` of every token (given by its unit) against the anchors of its unit."""
    return [_distance(i, anchors[unit]) if unit in anchors else "none" for i, unit in enumerate(units)]


_LEFT_OF = _distance_names("R")  # token after its anchor: d = anchor - i < 0
_RIGHT_OF = _distance_names("L")


class _Word(NamedTuple):
    """What the features say of one written word, built once per distinct word: its class, its
    shape, and the feature strings it gives itself (w=, k=, s=, x=) and the tokens around it (w_2 is
    the "w-2=" feature of the token two after it, which sees this word two before). Plain strings,
    so that a memoised word is one object, not one per group of features."""

    folded: str
    kind: str
    shape: str
    w: str
    k: str
    s: str
    x: str  # "" for words of four letters or fewer
    w_2: str
    k_2: str
    w_1: str
    k_1: str
    s_1: str
    w1: str
    k1: str
    s1: str
    w2: str
    k2: str


@lru_cache(maxsize=65536)
def _word(text: str) -> _Word:
    w = _fold(text)
    k, sh = _kind(text, w), _shape(text)
    return _Word(w, k, sh, "w=" + w, "k=" + k, "s=" + sh, "x=" + w[-3:] if len(w) > 4 else "",
                 "w-2=" + w, "k-2=" + k, "w-1=" + w, "k-1=" + k, "s-1=" + sh,
                 "w1=" + w, "k1=" + k, "s1=" + sh, "w2=" + w, "k2=" + k)


_CAPITAL = frozenset({"Aa", "AA"})


def paragraph_features(par: Paragraph, first: bool = False) -> list[list[str]]:
    """One list of feature strings per token of the paragraph (`first`: the article's first line).

    A word's own features and those it lends its neighbours come from `_word`, built once per
    distinct word; a token's quotation state as a neighbour (q-1=, q1=) once per token."""
    toks = par.tokens
    n = len(toks)
    words = [_word(t.text) for t in toks]
    folded = [w.folded for w in words]
    kinds = [w.kind for w in words]
    according = {i for i in range(n - 1) if folded[i] == "according" and folded[i + 1] == "to"}
    by_unit: dict[int, list[int]] = {}
    marks_by_unit: dict[int, list[int]] = {}
    unit_lemma: dict[int, str] = {}
    unit_start: dict[int, int] = {}
    for i, t in enumerate(toks):
        unit_start.setdefault(t.unit, i)
        if kinds[i] in "VN" or i in according:
            by_unit.setdefault(t.unit, []).append(i)
            unit_lemma.setdefault(t.unit, "acc" if i in according else cues.lemma(t.text) or folded[i])
        if t.mark:
            marks_by_unit.setdefault(t.unit, []).append(i)
    units = [t.unit for t in toks]
    near_cue, near_mark = _distances(units, by_unit), _distances(units, marks_by_unit)
    quoting = ["q" if t.quoted else t.mark or "-" for t in toks]
    quoting_before = ["q-1=" + q for q in quoting]
    quoting_after = ["q1=" + q for q in quoting]
    out = []
    for i, t in enumerate(toks):
        word = words[i]
        w, k = word.folded, word.kind
        d = near_cue[i]
        f = ["b", word.w, word.k, word.s, "d=" + d, "ul=" + unit_lemma.get(t.unit, "-"), "qd=" + near_mark[i], "dk=" + d + k]
        if i - unit_start[t.unit] < 3:
            f.append(f"up={i - unit_start[t.unit]}")
        if word.x:
            f.append(word.x)
        if k == "V":
            f.append("lem=" + (cues.lemma(t.text) or ""))
        if i in according:
            f.append("acc")
        if t.quoted:
            f.append("q")
        if t.mark:
            f.append("m=" + t.mark)
        if i == 0 or toks[i - 1].unit != t.unit:
            f.append("bos")
        if i + 1 == n or toks[i + 1].unit != t.unit:
            f.append("eos")
        if first:
            f.append("head")
        if i >= 2:
            f += words[i - 2].w_2, words[i - 2].k_2
        if i >= 1:
            f += words[i - 1].w_1, words[i - 1].k_1, words[i - 1].s_1, quoting_before[i - 1]
        else:
            f.append("w-1=<s>")
        if i + 1 < n:
            f += words[i + 1].w1, words[i + 1].k1, words[i + 1].s1, quoting_after[i + 1]
        else:
            f.append("w1=<e>")
        if i + 2 < n:
            f += words[i + 2].w2, words[i + 2].k2
        if 0 < i < n - 1:
            f.append(f"kk={kinds[i - 1]}{k}{kinds[i + 1]}")
        if word.shape in _CAPITAL and (i > 0 and words[i - 1].shape in _CAPITAL or i + 1 < n and words[i + 1].shape in _CAPITAL):
            f.append("run")
        if i > 0 and toks[i - 1].mark == "close":
            f.append("afterq")
        if i + 1 < n and toks[i + 1].mark == "open":
            f.append("beforeq")
        f.append("wd=" + w + ":" + d)
        out.append(f)
    return out
