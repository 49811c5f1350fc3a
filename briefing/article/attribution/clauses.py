"""Where one statement ends and the next begins inside a sentence.

Passes over the tagger's labels that move the boundaries it draws: a time phrase before
"that" belongs to the cue, a second verb of saying after "and" opens a statement of its own,
a verb of saying in "-ing" reports the sentence's subject, and a name after a preposition in
an insert is not the speaker.
"""

from __future__ import annotations

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.tokens import Paragraph

SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "there"})


def not_a_clause(word: str) -> bool:
    """True for a word that cannot open what was said: a preposition or a manner adverb
    ("said into the phone", "told of the encounter", "spoke pleasantly")."""
    low = word.lower()
    return (low in lexicon.lower("prepositions") and low != "to") or (low.endswith("ly") and low.isalpha() and len(low) > 4)


_TIME_LINKS = frozenset({"last", "this", "next", "on", "in", "over", "during", "earlier", "late", "early", "the", "a",
                         "past", "recent",
                         "days", "weeks", "months", "years"})


def time_before_that(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a time phrase between a cue and "that" ("admitted last month that …") in
    the cue, not at the head of what was said."""
    out = list(labels)
    toks = par.tokens
    times = lexicon.lower("time_words")
    for i in range(1, len(toks)):
        if out[i] != "B-CON" or not out[i - 1].endswith("CUE"):
            continue
        k = i
        while k < len(toks) and k - i < 4 and out[k].endswith("CON") and not toks[k].quoted \
                and (toks[k].text.lower() in times or toks[k].text.lower() in _TIME_LINKS):
            k += 1
        if k == i or k >= len(toks) or toks[k].text.lower() != "that" or out[k] != "I-CON" \
                or not any(toks[m].text.lower().removesuffix("s") in times for m in range(i, k)):
            continue
        for m in range(i, k):
            out[m] = "I-CUE"
        out[k] = "B-CON"
    return out


_OBJECT_PREPOSITIONS = frozenset({"of", "for", "with", "about", "during", "at", "from", "against", "toward", "towards"})


def no_object_sources(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels without a source that stands after a preposition right before its cue ("Holt,
    speaking at the funeral of former Governor Ivo Brand, said …": Brand is no speaker)."""
    out = list(labels)
    toks = par.tokens
    for i in range(1, len(toks)):
        if out[i] != "B-SRC" or toks[i - 1].text.lower() not in _OBJECT_PREPOSITIONS:
            continue
        k = i
        while k + 1 < len(toks) and out[k + 1] == "I-SRC":
            k += 1
        if k + 1 < len(toks) and out[k + 1] == "B-CUE" and toks[k].text == "," \
                and any(toks[m].text == "," for m in range(max(0, i - 30), i)):
            for m in range(i, k + 1):
                out[m] = "O"
    return out


_NAMING_OBJECT = frozenset({"cite", "point", "quote", "refer", "mention", "tout", "label"})


def participle_cues(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a verb of saying in "-ing" after a comma marked in a sentence the tagger
    left bare ("Brand sought to calm the anger, claiming that his remarks were misread"), and a
    fronted one split from the main clause it ran into ("Noting that X, Lind underlined that Y")."""
    out = list(labels)
    toks = par.tokens
    cued = {toks[i].unit for i, label in enumerate(out) if label.endswith("CUE")}
    for i in range(1, len(toks) - 4):
        tok = toks[i]
        if toks[i - 1].text != "," or not tok.text.endswith("ing") or not tok.text.islower() \
                or not cues.lemma(tok.text) or tok.unit in cued or tok.quoted:
            continue
        k = i + 1 + (toks[i + 1].text.lower() == "that")
        end = k
        while end < len(toks) and toks[end].unit == tok.unit and toks[end].text != ";":
            end += 1
        while end > k and not toks[end - 1].text[:1].isalnum() and not toks[end - 1].mark:
            end -= 1
        lemma = cues.lemma(tok.text) or ""
        if end - k < 4 or not_a_clause(toks[k].text) or toks[k].text.lower() == "to" \
                or lemma in lexicon.lower("object_verbs") or lemma in _NAMING_OBJECT:
            continue
        out[i] = "B-CUE"
        for m in range(i + 1, k):
            out[m] = "I-CUE"
        for m in range(k, end):
            out[m] = "B-CON" if m == k else "I-CON"
        cued.add(tok.unit)
    for i in range(1, len(toks) - 3):
        if out[i] != "I-CON" or toks[i].text != "," or toks[i].quoted:
            continue
        start = i
        while start > 0 and out[start - 1].endswith("CON"):
            start -= 1
        if start == 0 or not out[start - 1].endswith("CUE") or not toks[start - 1].text.endswith("ing") \
                or start - 1 != next(m for m, t in enumerate(toks) if t.unit == toks[i].unit):
            continue  # only a participle that opens its sentence
        j = i + 1
        while j < len(toks) and out[j] == "I-CON" and toks[j].text[:1].isupper() and not toks[j].quoted:
            j += 1
        verb = toks[j].text if j < len(toks) else ""
        if j == i + 1 or out[j] != "I-CON" or not (verb.islower() and cues.lemma(verb) and verb.endswith(("ed", "s"))):
            continue
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1].text.lower() == "that")
        if k >= len(toks) or out[k] != "I-CON":
            continue
        out[i] = "O"
        for m in range(i + 1, j):
            out[m] = "B-SRC" if m == i + 1 else "I-SRC"
        out[j] = "B-CUE"
        for m in range(j + 1, k):
            out[m] = "I-CUE"
        out[k] = "B-CON"
    return out


def second_cues(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a second verb of saying joined by "and" inside a content split off as its
    own cue ("Lind said the council met and claimed the minutes were false"): two statements."""
    out = list(labels)
    toks = par.tokens
    for i in range(1, len(toks) - 3):
        if out[i] != "I-CON" or toks[i].quoted or toks[i].text.lower() not in ("and", "but") \
                or out[i + 1] != "I-CON" or toks[i + 1].quoted:
            continue
        verb = toks[i + 1].text
        if not (verb.islower() and cues.lemma(verb) and (verb.endswith("ed") or verb in ("said", "told", "wrote"))):
            continue
        head = i
        while head > 0 and out[head] != "B-CON":
            head -= 1
        if toks[head].text.lower() == "that":
            head += 1
        if toks[head].text.lower() in SUBJECT_PRONOUNS:
            continue  # "said he spoke to the mayor and asked him to …": the same clause goes on
        k = i + 2
        if k < len(toks) and toks[k].text.lower() == "that":
            k += 1
        rest = [m for m in range(k, len(toks)) if out[m] == "I-CON" and toks[m].unit == toks[i].unit]
        if len(rest) < 4:
            continue
        out[i] = "O"
        out[i + 1] = "B-CUE"
        for m in range(i + 2, k):
            out[m] = "I-CUE"
        out[k] = "B-CON"
    return out


def relative_heads(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a source found inside a relative clause moved to the name the clause
    describes: in "Lind, who met her counterpart, Ivo Brand, last week, said …" Lind speaks."""
    out = list(labels)
    toks = par.tokens
    k = 0
    while k < len(toks):
        if not out[k].startswith("B-SRC"):
            k += 1
            continue
        end = k + 1
        while end < len(toks) and out[end] == "I-SRC":
            end += 1
        cue = end
        while cue < len(toks) and toks[cue].unit == toks[k].unit and not out[cue].endswith("CUE") and cue - end < 25:
            cue += 1
        head = relative_head(par, k, cue) if cue < len(toks) and out[cue].endswith("CUE") else None
        if head is not None and all(out[i] == "O" for i in range(*head)):
            for i in range(k, end):
                out[i] = "O"
            for i in range(*head):
                out[i] = ("B-" if i == head[0] else "I-") + "SRC"
        k = end
    return out


def relative_head(par: Paragraph, start: int, cue: int) -> tuple[int, int] | None:
    """(start, end) of the name opening the sentence before ", who" when token `start` stands
    inside that clause and the clause closes with a comma right before the cue at `cue`."""
    toks = par.tokens
    unit = toks[start].unit
    if cue < 1 or toks[cue - 1].text != "," or toks[cue].unit != unit or cue <= start:
        return None
    who = next((i for i in range(start - 1, 0, -1) if toks[i].unit != unit or toks[i].text.lower() == "who"), 0)
    if who <= 1 or toks[who].unit != unit or toks[who].text.lower() != "who" or toks[who - 1].text != ",":
        return None
    first = who - 1
    while first > 0 and toks[first - 1].unit == unit and toks[first - 1].text[:1].isupper() and not toks[first - 1].quoted:
        first -= 1
    if first == who - 1 or first > 0 and toks[first - 1].unit == unit:
        return None  # no name, or one that does not open its sentence
    return first, who - 1
