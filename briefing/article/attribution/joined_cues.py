"""A second verb of saying joined to a first statement: by "and" ("Lind said the council met and
claimed the minutes were false", "The union called the fee unlawful and said it would appeal") or as a
participle after a comma or semicolon inside what was said ("…; insisting that …")."""

from __future__ import annotations

from briefing import lexicon
from briefing.article.attribution import cues, filters
from briefing.article.attribution.clauses import SUBJECT_PRONOUNS, scene_comma
from briefing.article.attribution.phrases import ORG, PERSON, ROLE, UNKNOWN, parse_phrase
from briefing.article.attribution.tokens import Paragraph


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
    return _participles_within(par, _and_said_after(par, _two_verbs_in_one_cue(par, out)))


def _two_verbs_in_one_cue(par: Paragraph, out: list[str]) -> list[str]:
    """"That was a mistake, he said and explained that he had met Brand": a cue the tagger ran over "and" into
    a second verb of saying, between a content before it and one after it, is two cues of two statements."""
    if " and " not in par.text.lower() or "I-CUE" not in out:
        return out
    toks = par.tokens
    for i in range(2, len(toks) - 2):
        verb = toks[i + 1].text
        if out[i] != "I-CUE" or toks[i].text.lower() != "and" or out[i + 1] != "I-CUE" or toks[i].quoted \
                or not (verb.islower() and cues.lemma(verb) and verb.endswith("ed")):
            continue
        head = i - 1
        while head > 0 and out[head] == "I-CUE":
            head -= 1
        before = head - 1
        while before > 0 and out[before] in ("O", "B-SRC", "I-SRC") and toks[before].unit == toks[i].unit:
            before -= 1
        after = i + 2
        while after < len(toks) and out[after] == "I-CUE":
            after += 1
        if out[head] != "B-CUE" or not out[before].endswith("CON") or after >= len(toks) or out[after] != "B-CON":
            continue
        out[i], out[i + 1] = "O", "B-CUE"
    return out


def _participles_within(par: Paragraph, out: list[str]) -> list[str]:
    """"She said the deficit was a short-term problem; insisting that it did not mean …": a verb of saying in
    "-ing" and its "that" after a comma or semicolon inside a content opens a second statement of the same
    speaker, where the tagger read both as one."""
    toks = par.tokens
    for i in range(1, len(toks) - 6):
        if out[i] != "I-CON" or toks[i].text not in (",", ";") or out[i + 1] != "I-CON" or toks[i].quoted:
            continue
        verb = toks[i + 1].text
        lemma = cues.lemma(verb)
        if not (verb.islower() and verb.endswith("ing") and lemma):
            continue
        that = toks[i + 2].text.lower() == "that"
        bare = toks[i].text == "," and lemma in lexicon.words("bare_clause_cues") and _clause_follows(par, i + 2)
        if not (that or bare) \
                or sum(1 for m in range(i + 3, len(toks)) if out[m] == "I-CON" and toks[m].unit == toks[i].unit) < 4:
            continue
        if _speaking_subject(par, out, i):
            continue  # "Ruud said the board sent a letter; claiming that …": the claim is the board's
        out[i], out[i + 1], out[i + 2] = "O", "B-CUE", "B-CON"
    return out


_CLAUSE_STOPS = frozenset({",", ";", "who", "whom", "whose", "which", "that", "where", "when", "while"})


def _clause_follows(par: Paragraph, k: int) -> bool:
    """"…, saying plans would need a new road": a clause with its own finite verb within a few words, not an
    object ("saying a prayer", "claiming victory")."""
    toks = par.tokens
    window = []
    for t in toks[k:k + 10]:
        if t.unit != toks[k].unit or t.text.lower() in _CLAUSE_STOPS:
            break  # "…, quoting documents that were never published": the clause after "that" is the object's
        window.append(t.text.lower())
    return len(window) >= 3 and window[0] not in ("a", "an", "to", "it") and any(
        (w in filters.finite_verbs() or w.endswith("ed")) and window[j] != "to" for j, w in enumerate(window[1:]))


def _speaking_subject(par: Paragraph, out: list[str], i: int) -> bool:
    """True when the clause before position `i` has a subject that can speak for itself (a name, a body, a
    role: "the board", "police", "the auditors"), which the "-ing" verb after it may belong to."""
    head = i
    while head > 0 and out[head] != "B-CON":
        head -= 1
    words = [t.text for t in par.tokens[head:i]]
    if words and words[0].lower() == "that":
        words = words[1:]
    return any((m := parse_phrase(" ".join(words[:k]))) is not None and m.kind in (PERSON, ORG, ROLE, UNKNOWN)
               for k in range(1, min(4, len(words)) + 1))


def _and_said_after(par: Paragraph, out: list[str]) -> list[str]:
    """"The union called the fee unlawful and said it was drawing up a response, as …": the clause
    after "and said" that follows a content, left unlabelled, is a second statement of the same
    speaker (up to a comma that opens a clause of the scene)."""
    toks = par.tokens
    if " and " not in par.text:
        return out
    for i in range(1, len(toks) - 3):
        verb = toks[i + 1].text
        if out[i] != "O" or toks[i].text.lower() != "and" or not out[i - 1].endswith("CON") or toks[i].quoted \
                or out[i + 1] != "O" or not (verb.islower() and cues.lemma(verb) and (verb.endswith("ed") or verb in ("said", "told", "wrote"))):
            continue
        k = i + 3 if toks[i + 2].text.lower() == "that" else i + 2
        end = k
        while end < len(toks) and toks[end].unit == toks[i].unit and out[end] == "O" \
                and not scene_comma(toks, end):
            end += 1
        while end > k and not toks[end - 1].text[:1].isalnum():
            end -= 1
        if end - k < 4:
            continue
        out[i + 1] = "B-CUE"
        for m in range(i + 2, end):
            out[m] = "I-CUE" if m < k else "B-CON" if m == k else "I-CON"
    return out
