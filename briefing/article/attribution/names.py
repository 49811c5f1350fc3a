"""Names compared as readers compare them: folded, token by token, with small spelling slips.

'Velaro Tantis' ~ 'Velaro Tantiis' ~ 'Velarotantis'; 'Lan Mei-yu' ~ 'Lan Meiyu';
'Zhang Wei' and 'Zhang Wen' stay two people. A speaker's name is tidied of what was cut from the
phrase around it.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from briefing import lexicon
from briefing.article.attribution.tokens import Token


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, spaces and punctuation folded: 'Velaro Tantis' → 'velarotantis'."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text.lower() if ch.isalnum())


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(f for f in (fold(t) for t in name.split()) if f)


def tokens(name: str) -> list[str]:
    # Memoised: an article names the same few people hundreds of times.
    return list(_tokens(name))


def _edits_at_most(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance <= limit, in O(len * limit) (a diagonal band)."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    prev = {j: j for j in range(0, min(len(b), limit) + 1)}
    for i in range(1, len(a) + 1):
        cur = {}
        lo, hi = max(0, i - limit), min(len(b), i + limit)
        for j in range(lo, hi + 1):
            if j == 0:
                cur[j] = i
                continue
            best = prev.get(j - 1, limit + 1) + (a[i - 1] != b[j - 1])
            best = min(best, prev.get(j, limit + 1) + 1, cur.get(j - 1, limit + 1) + 1)
            cur[j] = best
        if min(cur.values()) > limit:
            return False
        prev = cur
    return prev.get(len(b), limit + 1) <= limit


def one_letter_apart(a: str, b: str) -> bool:
    """Two different words of five letters or more that one letter added, dropped or changed makes the same; not
    a new letter at the end ("Brand" and "Brandt", "Adam" and "Adams" are other families' names)."""
    short, long_ = sorted((a, b), key=len)
    suffixed = len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] != short[-1]
    return a != b and min(len(a), len(b)) >= 5 and not suffixed and _edits_at_most(a, b, 1)


def _token_close(a: str, b: str) -> bool:
    if a == b:
        return True
    n = min(len(a), len(b))
    if n >= 8:
        return _edits_at_most(a, b, 2)
    if n >= 5:
        return _edits_at_most(a, b, 1)
    return False


def same_name(a: str, b: str) -> bool:
    """Spelling variants of one name: 'Velaro Tantis' ~ 'Velaro Tantiis' ~ 'Velarotantis', 'Lan Mei-yu' ~ 'Lan Meiyu'."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    ta, tb = tokens(a), tokens(b)
    if len(ta) == len(tb) and len(ta) >= 2:
        # Token by token, at least one identical: 'Zhang Wei' and 'Zhang Wen' stay apart (short tokens must match).
        return any(x == y for x, y in zip(ta, tb)) and all(_token_close(x, y) for x, y in zip(ta, tb))
    if min(len(fa), len(fb)) >= 10 and (len(ta) == 1 or len(tb) == 1):
        return _edits_at_most(fa, fb, 2)  # 'Velarotantis' ~ 'Velaro Tantiis'
    return False


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")


def acronym(name: str) -> bool:
    """'KCPS', 'K.C.P.S.': a short run of capitals that may stand for a longer name."""
    return bool(_ACRONYM.fullmatch(name.strip().replace(".", "")))


def initials(name: str) -> str:
    """The letters an organisation's name is shortened to: the first letter of each capitalised word, a word
    of capitals whole ('Harbour UK Rail Board' -> 'HUKRB'); small words ('for', 'and', 'of') are skipped."""
    out = []
    for word in name.replace("-", " ").split():
        word = word.strip(",.;:()'’")
        if word[:1].isupper():
            out.append(word if word.isupper() and word.isalpha() else word[0])
    return "".join(out)


def spelled_out(short: str, name: str) -> bool:
    """'KCPS' is the short form of 'Kessel Centre for Port Safety': its letters are the initials of the
    name, or of all its words but a last one added later ('... Control and Prevention' for 'KCDC'), or of
    the name without its legal ending ('KD' for 'Kessel Dredging Co.')."""
    letters = short.strip().replace(".", "").replace("&", "").upper()  # "Nasa", "Num": written as a word
    words = name.split()
    if len(letters) < 2 or len(words) < 2:
        return False
    full = initials(name)
    if full == letters or len(letters) >= 3 and full[:-1] == letters and words[-2].islower():
        return True
    while len(words) > 2 and words[-1].strip(",").casefold() in lexicon.lower("company_suffixes"):
        words = words[:-1]
    return len(words) < len(name.split()) and initials(" ".join(words)) == letters


# "the 29-year-old": an age that stands for a person.
AGE = re.compile(r"\d{1,3}-year-old")


@cache
def given_names() -> dict[str, str]:
    """Every given name the table holds, folded, with its usual gender (m, f, or - for either)."""
    return {k.casefold(): v for k, v in lexicon.table("given_names").items()}


def is_given_name(word: str) -> bool:
    """'Tomas', 'Ada': a word the table of given names holds."""
    return word.casefold() in given_names()


@cache
def _time_words() -> frozenset[str]:
    return lexicon.lower("time_words")


@cache
def _month_abbreviations() -> frozenset[str]:
    return frozenset(m.casefold()[:3] for m in lexicon.entries("month_names")) | {"sept"}


def weekday(word: str) -> bool:
    """'Tuesday', 'today': a day, never the last word of anybody's name ('the ministry Tuesday'). A capitalised
    'Today' after a name is part of it ('Marrow Today'): only the week's days are written in capitals."""
    bare = word.strip(",.;:")
    low = bare.casefold()
    if bare[:1].isupper() and low not in _week_days():
        return False
    return low.endswith("day") and low in _time_words()


@cache
def _week_days() -> frozenset[str]:
    return frozenset(day.casefold() for day in calendar.day_name)


def time_run(words: list[str]) -> bool:
    """Capitalised words that name a time, not anybody: 'Tuesday', 'Sept.', 'Last September',
    'Super Tuesday'. A month after a given name stays a name ('Ada May')."""
    bare = [w.strip(",;:’'").casefold() for w in words]
    if not bare or not all(bare):
        return False
    last = bare[-1]
    month_short = last.endswith(".") and last[:-1] in _month_abbreviations()  # "Feb. 1"
    if not (last.rstrip(".") in _time_words() or month_short):
        return False
    return all(w in _TIME_LEADS for w in bare[:-1])


# Words that lead a time in capitals: "Last September", "Super Tuesday", "Early Monday".
_TIME_LEADS = frozenset({"last", "next", "this", "early", "late", "super", "on", "by", "until", "since", "every"})


def number_run(words: list[str]) -> bool:
    """'Six', 'Twenty-seven', 'Hundreds': a count written in capitals, never a speaker's name."""
    parts = [p for w in words for p in w.strip(",.;:").casefold().split("-")]
    return bool(parts) and all(p in lexicon.lower("number_words") for p in parts)


_STRAY_MARKS = re.compile(r"''|``|[“”\"]")
_BARE_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|s['’])$")


def without_debris(name: str) -> str:
    """A speaker string without what was cut from the phrase around it: a quotation mark without
    its partner ("Empire,''", "Tarn” Star"), a possessive with nothing it owns ("Lind's") and the day it spoke."""
    opened, closed = name.count("“") + name.count("``"), name.count("”")
    if opened != closed or (name.count('"') + name.count("''")) % 2 == 1:
        name = _STRAY_MARKS.sub("", name)
    name = name.strip(" ,;:'’")
    if _BARE_POSSESSIVE.search(name):
        name = name[:-1].rstrip("'’") if name.endswith(("s'", "s’")) else name[:-2]
    words = name.split()
    if len(words) > 1 and weekday(words[-1]):
        name = name[: -len(words[-1])]  # "The port authority Tuesday": when it spoke, not who
    return name.strip(" ,;:")


def in_title(tokens: Sequence[Token], j: int) -> bool:
    """True when token `j` is the "in the", "of the" or "for the" inside a capitalised title before a name:
    "Minister in the Presidency Ana Lind", "Secretary of the Treasury Ana Lind"."""
    k = j - 1 if tokens[j].text == "the" else j
    return 1 <= k and k + 2 < len(tokens) and tokens[k].text in ("in", "of", "for") and tokens[k + 1].text == "the" \
        and tokens[k - 1].text[:1].isupper() and tokens[k - 1].text.lower() in lexicon.lower("role_nouns") \
        and tokens[k + 2].text[:1].isupper()


_PLACE_PREPOSITIONS = frozenset({"at", "in", "from", "of", "on", "near", "inside", "outside", "across", "into", "around"})


def place_name(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when the name at tokens[start:end] is written as a place: after a preposition of place ("at Harbour
    Arena"), further on in a list that one opens ("plants at Harbour, West Kessel and Veerton"), or before
    ", STATE-based" ("the Denver, Colorado-based firm")."""
    unit = tokens[start].unit
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].text.lower().endswith("-based"):
        return True
    k = start - 1
    listed = False
    while k >= 0 and tokens[k].unit == unit and start - k <= 12:
        word = tokens[k].text
        if word.lower() in _PLACE_PREPOSITIONS:  # (not "In Kessel, Marrow Mills said": a list goes on or ends)
            return k == start - 1 or listed and end < len(tokens) and tokens[end].text in (",", "and", ".", ";")
        if word in (",", "and"):
            listed = listed or word == ","
        elif not word[:1].isupper():
            return False
        k -= 1
    return False
