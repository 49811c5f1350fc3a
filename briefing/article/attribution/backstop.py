"""Plain attributions the tagger left unmarked.

The tagger misses some sentences of the plainest shape, a named subject and a verb of
saying followed by what was said ("Ana Lind insisted the berths would reopen").
Where a sentence has no content marked at all, that shape is marked here.
"""

from __future__ import annotations

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.after_quotes import after_appositive
from briefing.article.attribution.clauses import FRONTING, SUBJECT_PRONOUNS, not_a_clause, scene_comma
from briefing.article.attribution.long_subjects import subject_before_that
from briefing.article.attribution.source_phrase import time_opening
from briefing.article.attribution.tokens import Paragraph, Token

_FINITE_ENDINGS = ("ed", "s")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_SKIP = frozenset({"that", ","})

def without_hearer(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with whom a speaker told ("told reporters she would wait") out of the content, and
    out of the sources."""
    out = list(labels)
    toks = par.tokens
    for i in range(1, len(toks) - 1):
        if out[i] == "B-CON" and out[i - 1].endswith("CUE") and cues.lemma(toks[i - 1].text) == "tell" \
                and toks[i].text.lower() in lexicon.lower("hearer_words") and out[i + 1] == "I-CON":
            k = i + 1
            if k + 1 < len(toks) and out[k + 1] == "I-CON" and toks[k + 1].text.lower() in _CLAUSE_OPENERS \
                    and toks[k].text.isalpha() and toks[k].text.islower() \
                    and toks[k].text not in lexicon.lower("clause_words"):
                k += 1  # "told her husband she was leaving": "her" owns the hearer
            out[i:k] = ["O"] * (k - i)
            out[k] = "B-CON"
        elif out[i] == "B-CON" and out[i - 1].endswith("CUE") and cues.lemma(toks[i - 1].text) == "tell":
            end = _after_hearer(toks, out, i)  # "told the court he had never been there"
            if end is not None:
                out[i:end] = ["O"] * (end - i)
                out[end] = "B-CON"
        elif out[i] == "B-SRC" and out[i - 1].endswith("CUE") and cues.lemma(toks[i - 1].text) == "tell":
            k = i  # "“…,” the senator told THE WEEKLY COURIER": the paper heard it, it did not speak
            while k < len(toks) and out[k].endswith("SRC") and (k == i or out[k] == "I-SRC"):
                out[k] = "O"
                k += 1
    return out


_HEARER_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "local", "state"})
_CLAUSE_OPENERS = (SUBJECT_PRONOUNS - {"there"}) | {"that"}


def _after_hearer(toks, labels: list[str], i: int) -> int | None:
    """Where what was told starts after a hearer of two to five words ("told the court he …",
    "told the Tarn Gazette that …"), or None."""
    first = toks[i].text
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if nxt in _CLAUSE_OPENERS - {"that", "it"} and first.isalpha() and labels[i + 1] == "I-CON" \
            and first.lower() not in lexicon.lower("clause_words") and not toks[i].quoted:
        return i + 1  # "told police she heard …", "told Brandt he would quit": a hearer of one word
    if first.lower() not in _HEARER_OPENERS and not first[:1].isupper():
        return None
    times = lexicon.lower("time_words")
    for k in range(i + 1, min(i + 8, len(toks))):
        word = toks[k].text
        if labels[k] != "I-CON" or toks[k].quoted or not word[:1].isalpha():
            return None
        if k >= i + 2 and word.lower() in _CLAUSE_OPENERS:
            return k
        if word.lower() in times or word.lower() == "on" and k + 1 < len(toks) and toks[k + 1].text.lower() in times:
            continue  # "told the Tarn Gazette on Monday she …"
        if cues.lemma(word) is not None or word.lower().endswith("ed") and word.islower() \
                or word.lower() in lexicon.lower("prepositions") | {"how", "why", "what", "when", "where"} \
                or word.lower() in _HEARER_OPENERS | {"this", "these", "those", "my", "our"}:
            return None  # a verb, a preposition, or a second noun phrase: "told the jury the car he drove was …"
    return None


def short_cues(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a cue that runs on into what was said ("said Strand first came to their
    attention when …") cut after its verb: a name or a pronoun after "said" opens the clause."""
    out = list(labels)
    toks = par.tokens
    i = 0
    while i < len(toks):
        if out[i] != "B-CUE":
            i += 1
            continue
        end = i + 1
        while end < len(toks) and out[end] == "I-CUE":
            end += 1
        k = i + 1
        after_comma = i > 0 and not toks[i - 1].text[:1].isalnum()  # "“…,” said Ana Lind …": the speaker follows
        lemma = cues.lemma(toks[i].text)
        if end - i > 3 and not after_comma and lemma and lemma != "tell" and toks[k].unit == toks[i].unit \
                and toks[k].text.lower() not in lexicon.lower("time_words") \
                and (toks[k].text[:1].isupper() or toks[k].text.lower() in SUBJECT_PRONOUNS):
            out[k] = "B-CON"
            for j in range(k + 1, end):
                out[j] = "I-CON"
            j = end
            while j < len(toks) and out[j] in ("B-CON", "I-CON") and toks[j].unit == toks[i].unit:
                out[j] = "I-CON"  # the content the tagger began after the long cue goes on the same clause
                j += 1
        i = end
    return out


_REPORTING = frozenset({"report", "quote", "cite"})
_SAYING = frozenset({"saying", "says", "said", "as"})


def reported_saying(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with "“…,” the Post reported Daniels saying" credited to Daniels: an outlet that
    reports or quotes somebody saying the words passes them on; it did not say them."""
    out = list(labels)
    toks = par.tokens
    for i, tok in enumerate(toks):
        if not out[i].endswith("CUE") or cues.lemma(tok.text) not in _REPORTING:
            continue
        j = i + 1
        while j < len(toks) and j - i <= 4 and toks[j].unit == tok.unit and toks[j].text[:1].isupper():
            j += 1
        k = j + 1 if j < len(toks) and toks[j].text.lower() == "as" else j
        if j == i + 1 or k >= len(toks) or toks[k].text.lower() not in _SAYING - {"as"} or toks[k].unit != tok.unit:
            continue
        start = i
        while start > 0 and (out[start - 1].endswith("SRC") or out[start - 1].endswith("CUE")):
            start -= 1
        for m in range(start, i + 1):
            out[m] = "O"  # the outlet and its verb of reporting
        for m in range(i + 1, j):
            out[m] = "B-SRC" if m == i + 1 else "I-SRC"
        for m in range(j, k):
            out[m] = "O"
        out[k] = "B-CUE"
        m = k + 1
        while m < len(toks) and toks[m].unit == tok.unit and out[m].endswith("CON") and not toks[m].quoted:
            out[m] = "O"  # "… saying during the press tour": when and where, not more of the quotation
            m += 1
    return out


def plain_attributions(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with "SUBJECT VERB-OF-SAYING CLAUSE" marked in sentences that have no content marked."""
    out = list(labels)
    # a sentence with a content but no cue marked is open to the shape too: the tagger saw that
    # something was said, not who said it
    cued = {par.tokens[i].unit for i, label in enumerate(labels) if label.endswith("CUE")}
    marked = {par.tokens[i].unit for i, label in enumerate(labels) if label.endswith("CON")} & cued
    first: dict[int, int] = {}
    for i, tok in enumerate(par.tokens):
        first.setdefault(tok.unit, i)
    for unit, start in first.items():
        stop = _participle_after(par, labels, start) if unit in marked else None
        if unit in marked and stop is None:
            continue
        if stop is not None:  # "Veer denied that A, saying that B": the main clause before the participle
            found = _shape(par, start)
            if found is None or found[2][1] <= stop or stop - found[2][0] < 4 or _no_clause(par.tokens, found[2][0]):
                continue
            found = found[0], found[1], (found[2][0], stop)
        else:
            found = _shape(par, start) or _according(par, start) or _shape_after_but(par, start) \
                or _with_participle(par, start) or _and_said(par, start) or subject_before_that(par, start)
        if found is None:
            continue
        found = found[0], found[1], (found[2][0], _before_speaker_last(labels, par, *found[2]))
        for k in range(found[0][0], found[2][1]):
            out[k] = "O"
        for k in range(start, found[0][0]):
            if out[k].endswith("CON") and par.tokens[k].unit == unit:
                out[k] = "O"  # "The board approved the plan, with the mayor saying …": narrative, not said
        for (lo, hi), role in zip(found, ("SRC", "CUE", "CON")):
            for k in range(lo, hi):
                out[k] = ("B-" if k == lo else "I-") + role
    return out


Spans = tuple[tuple[int, int], tuple[int, int], tuple[int, int]]  # source, cue, content


def _no_clause(toks: tuple[Token, ...], k: int) -> bool:
    """"denied hitting the officer", "added to Veer's comments": an act or a thing after the verb, not what was said."""
    word = toks[k].text
    return word.islower() and word.endswith("ing") or word.lower() == "to" and k + 1 < len(toks) and (
        toks[k + 1].text[:1].isupper() or toks[k + 1].text.lower() in _DETERMINERS)


def _participle_after(par: Paragraph, labels: list[str], start: int) -> int | None:
    """The comma before ", saying (that) …" when that participle of saying and what it reports are all
    the tagger marked in the sentence from `start`: the clause before it is still open to the plain shape."""
    toks = par.tokens
    k = start
    while k < len(toks) and toks[k].unit == toks[start].unit and labels[k] == "O":
        k += 1
    if k >= len(toks) or toks[k].unit != toks[start].unit or labels[k] != "B-CUE" or k - start < 6 \
            or toks[k - 1].text != "," or not toks[k].text.endswith("ing") or not cues.lemma(toks[k].text):
        return None
    return k - 1


def _before_speaker_last(labels: list[str], par: Paragraph, lo: int, hi: int) -> int:
    """Where a content ends that runs into ", Marlow said on Monday": a speaker and a cue the tagger
    marked after a comma, with nothing marked after them, report the whole clause before the comma,
    and are no words of the first speaker's."""
    for k in range(lo + 1, hi - 1):
        if par.tokens[k].text != "," or labels[k + 1] != "B-SRC":
            continue
        m = k + 1
        while m < hi and labels[m].endswith("SRC"):
            m += 1
        if m < hi and labels[m] == "B-CUE" and all(label == "O" or label == "I-CUE" for label in labels[m + 1:hi]):
            return k
    return hi


_OPENING_PREPOSITIONS = frozenset({"during", "in", "on", "at", "after", "before", "speaking", "addressing", "with", "amid",
                                   "following", "despite"})


def _opening_end(toks: tuple[Token, ...], start: int) -> tuple[int, bool] | None:
    """Where the subject starts past what may open the sentence before it, and whether an opening of time
    was passed: a dateline ("Port Anselm: …"), a time ("Earlier in the week …"), a phrase up to its comma
    ("At the Friday session, …", "With cases rising, …"), a linking adverb ("However, …", "Meanwhile …").
    None when an opening phrase has no comma to end it."""
    unit = toks[start].unit
    colon = next((k for k in range(start, min(len(toks), start + 4)) if toks[k].text == ":"), None)
    if colon is not None and colon + 1 < len(toks) and toks[colon + 1].unit == unit \
            and all(toks[k].text[:1].isupper() for k in range(start, colon)):
        start = colon + 1  # "Port Anselm: …": a dateline before the sentence
    timed = _past_time_opening(toks, start)  # "Earlier in the week HarbourWatch had accused …"
    if timed is not None:
        return timed, True
    if toks[start].text.lower() in _OPENING_PREPOSITIONS:
        # "At the ministry's Friday press session, Dr Ivo Brand said …": past the opening phrase
        comma = next((k for k in range(start + 1, min(len(toks), start + 16)) if toks[k].text == ","), None)
        if comma is None or toks[comma].unit != unit or comma + 1 >= len(toks):
            return None
        return comma + 1, False
    if toks[start].text.lower() in lexicon.lower("leading_adverbs") and toks[start].text[:1].isupper() \
            and start + 2 < len(toks) and toks[start + 1].unit == unit:
        after = start + (2 if toks[start + 1].text == "," else 1)  # "However, the board said …"
        if toks[after].text.lower() in _OPENING_PREPOSITIONS:  # "Meanwhile, speaking on radio, …"
            comma = next((k for k in range(after + 1, min(len(toks), after + 16)) if toks[k].text == ","), None)
            return (comma + 1, False) if comma is not None and comma + 1 < len(toks) and toks[comma + 1].unit == unit \
                else None
        return after, False
    return start, False


def _shape(par: Paragraph, start: int) -> Spans | None:
    toks = par.tokens
    unit = toks[start].unit
    opening = _opening_end(toks, start)
    if opening is None:
        return None
    opened, timed_opening = opening[0] > start, opening[1]
    start = opening[0]
    timed = start if timed_opening else None
    if opened and toks[start].text == "the":
        toks = toks[:start] + (toks[start]._replace(text="The"),) + toks[start + 1:]  # "However, the board said"
    j = start
    while j < len(toks) and toks[j].unit == unit and (toks[j].text[:1].isupper() or toks[j].text == "." or (
            j > start and j + 1 < len(toks) and toks[j + 1].text[:1].isupper()
            and (toks[j].text in lexicon.lower("role_nouns") or toks[j].text in ("for", "of")))
            or (j > start or opened) and _role_words(toks, j)):
        j += 1  # "Foreign Office spokesman Dr Ivo Brand", "Minister for Harbours Ivo Brand"
    if j == start or toks[start].quoted:
        return None
    if j - start == 1 and toks[start].text.lower() not in _PRONOUNS and len(toks[start].text) < 2:
        return None
    capitals = j
    j = _body_after_the(toks, start, j)  # "The bench pointed out that …"
    verb = _past_aside(toks, j)  # "The board, however, said …"
    aside = verb != j
    if verb < len(toks) and toks[verb].text == "," and toks[start].text.lower() not in _PRONOUNS:
        verb = after_appositive(toks, verb) or _after_name(toks, verb) or verb  # "Marta Keller, the port's director, agreed …"
    if verb + 2 < len(toks) and toks[verb].text.lower() in ("on", "this", "last", "late", "early") \
            and toks[verb + 1].text.lower() in lexicon.lower("time_words"):
        verb += 2  # "Ivo Brand on Thursday accused …"
    if verb >= len(toks) or toks[verb].unit != unit:
        return None
    source_end = j if verb == j else verb - 1
    # the subjects and adverbs the tagger's rules did not read before report only a clause after "that"
    wider = j != capitals or aside or toks[verb].text.lower() in ("earlier", "also") \
        or verb + 1 < len(toks) and _adverb(toks[verb + 1].text) and toks[verb].text.lower() in ("has", "have", "had")
    if toks[verb].text.lower() in ("has", "have", "had") and verb + 2 < len(toks) and _adverb(toks[verb + 1].text) \
            and toks[verb + 2].text.endswith("ed") and cues.lemma(toks[verb + 2].text):
        verb += 1  # "Ivo Brand had earlier indicated …"
    if toks[verb].text.lower() in ("has", "have", "had", "earlier", "also") and verb + 1 < len(toks) \
            and toks[verb + 1].text.endswith("ed") and cues.lemma(toks[verb + 1].text):
        verb += 1  # "Apple has emphasized …", "Brand earlier indicated …"
    word = toks[verb].text
    pair = (word.lower(), toks[verb + 1].text.lower()) if verb + 1 < len(toks) else ()
    if pair in cues.phrases():
        verb_end = verb + 2  # "pointed out"
    elif cues.lemma(word) and (word.endswith(_FINITE_ENDINGS) or word.lower() in ("said", "told", "wrote")):
        verb_end = verb + 1
    else:
        return None
    k = verb_end
    while k < len(toks) and toks[k].unit == unit and toks[k].text.lower() in _SKIP:
        k += 1
    end = k
    while end < len(toks) and toks[end].unit == unit and toks[end].text != ";":
        end += 1  # "Republicans said the timing was not intended; they learned of it on Friday"
    while end > k and not toks[end - 1].text[:1].isalnum():
        end -= 1
    if k < end and not_a_clause(toks[k].text):
        # "told Reuters over the weekend that …": what was said starts after "that"
        k = next((m + 1 for m in range(k, min(end, k + 8)) if toks[m].text.lower() == "that"), end)
    acts_on = timed is not None and cues.lemma(word) in lexicon.lower("object_verbs")  # "had accused Union officials of …"
    plain_say = (opened or aside) and cues.lemma(word) == "say"  # "However, the board said the ferry …"
    if end - k < 4 or (wider or timed is not None) and not (_that_clause(toks, verb_end, end) or acts_on or plain_say):
        return None  # "Ana Veer had earlier agreed to sell …", "The panel agreed a new timetable": no statement
    cue_end = verb_end
    while cue_end < k and toks[cue_end].text.lower() not in _SKIP:
        cue_end += 1
    return (start, source_end), (verb, cue_end), (k, end)


def _after_name(toks: tuple[Token, ...], comma: int) -> int | None:
    """"the health minister, Ana Veer, pointed out": past a name set off by commas after a description."""
    k = comma + 1
    while k < len(toks) and k - comma <= 4 and toks[k].text[:1].isupper() and toks[k].unit == toks[comma].unit:
        k += 1
    return k + 1 if k - comma >= 3 and k < len(toks) and toks[k].text == "," else None


def _past_aside(toks: tuple[Token, ...], j: int) -> int:
    """Past a linking adverb between the subject and its verb: "The board, however, said", "Veer though said"."""
    adverbs = lexicon.lower("speaker_tail_adverbs")
    if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].text in adverbs and toks[j + 2].text == ",":
        return j + 3
    if j + 1 < len(toks) and toks[j].text in adverbs and toks[j].text not in ("also", "earlier"):
        return j + 1
    if j + 2 < len(toks) and _adverb(toks[j].text) and toks[j + 1].text.endswith("ed") \
            and (cues.lemma(toks[j + 1].text) or (toks[j + 1].text, toks[j + 2].text) in cues.phrases()):
        return j + 1  # "The counsel initially pointed out that …"
    return j


def _that_clause(toks: tuple[Token, ...], k: int, end: int) -> bool:
    """A clause opened by "that" or "whether" right after the cue, or after when and where it was said ("said on
    Monday that"), not after an object ("added a clause that …")."""
    skipped = lexicon.lower("prepositions") | lexicon.lower("time_words")
    while k < end and k < len(toks) and toks[k].text.lower() not in ("that", "whether"):
        if not (toks[k].text.lower() in skipped or toks[k].text[:1].isupper()):
            return False
        k += 1
    return k < end


def _past_time_opening(toks: tuple[Token, ...], start: int) -> int | None:
    """Where the subject starts after a short opening of time with no comma ("Earlier in the week
    HarbourWatch had accused …"); None when the sentence does not open so."""
    k = time_opening([t.text for t in toks[start:start + 8] if t.unit == toks[start].unit])
    return start + k if k else None


def _adverb(word: str) -> bool:
    """"earlier", "also", "previously": a word between "had" and its verb of saying."""
    return word in ("earlier", "also", "already", "again") or word.endswith("ly") and len(word) > 4 and word.islower()


def _body_after_the(toks: tuple[Token, ...], start: int, j: int) -> int:
    """Where "The bench", "The harbour board", "The appeal judges" end, when the sentence opens with "The" and
    a few lower-case words that end on a body or a role: the subject of a verb of saying the tagger left bare."""
    if j != start + 1 or toks[start].text != "The":
        return j
    k = j
    while k < len(toks) and k - j < 3 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].unit == toks[start].unit:
        k += 1
    bodies = lexicon.lower("org_nouns") | lexicon.lower("org_name_nouns") | lexicon.lower("role_nouns") | lexicon.lower("plural_roles")
    while k > j and toks[k - 1].text not in bodies:
        k -= 1
    return k if k > j else j


_ROLE_WORDS = 3  # lower-case words of a description before its role noun: "state flood manager"
_NOT_DESCRIBING = frozenset({"and", "or", "but", "nor", "the", "a", "an", "his", "her", "its", "their", "our", "my"})


def _role_words(toks: tuple[Token, ...], j: int) -> bool:
    """True when token `j` opens a few lower-case words of description that end on a role noun
    right before a name ("Tesshan state flood manager Ravi Kolle"): words that describe the name."""
    for k in range(j, min(len(toks) - 1, j + _ROLE_WORDS)):
        word = toks[k].text
        if toks[k].unit != toks[j].unit or not word.isalpha() or not word.islower() or cues.lemma(word) not in (None, word) \
                or word in _NOT_DESCRIBING or word in lexicon.lower("prepositions") or word.endswith(("ed", "ing")):
            return False
        if word in lexicon.lower("role_nouns") and toks[k + 1].text[:1].isupper() and toks[k + 1].unit == toks[j].unit:
            return True
    return False


def _shape_after_but(par: Paragraph, start: int) -> Spans | None:
    """"More were expected to leave but Vale expressed fears that …": the shape in the clause
    after "but", when the clause before it holds no verb of saying."""
    toks = par.tokens
    unit = toks[start].unit
    k = start
    while k + 1 < len(toks) and toks[k + 1].unit == unit:
        k += 1
        if toks[k - 1].text.lower() == "but" and (toks[k].text[:1].isupper() or toks[k].text.lower() in _PRONOUNS) \
                and not toks[k].quoted:
            if any(cues.lemma(toks[m].text) for m in range(start, k)):
                return None
            return _shape(par, k)
    return None


_SUBJECT_WORDS = 6  # "The Marrow harbour board": a subject before its first verb is short
def _and_said(par: Paragraph, start: int) -> Spans | None:
    """"The board raised the fee and said it would review it in a year": the sentence's subject,
    then a verb of its own, then "and said" and what was said."""
    if " and " not in par.text:
        return None
    toks = par.tokens
    unit = toks[start].unit
    members = [start]
    while members[-1] + 1 < len(toks) and toks[members[-1] + 1].unit == unit:
        members.append(members[-1] + 1)
    if not any(toks[k].text == "and" for k in members):
        return None
    verb = next((k for k in members[1:_SUBJECT_WORDS + 1] if toks[k].text.islower()
                 and (toks[k].text.endswith("ed") or toks[k].text in lexicon.lower("past_tense_verbs"))), None)
    if verb is None or cues.lemma(toks[verb].text) or toks[start].quoted \
            or not (toks[start].text[:1].isupper() and all(not t.quoted for t in toks[start:verb])):
        return None
    said = next((k for k in members if k > verb and toks[k - 1].text.lower() == "and" and toks[k].text in ("said", "told")
                 or k > verb and toks[k - 1].text.lower() == "and" and toks[k].text.endswith("ed") and cues.lemma(toks[k].text)), None)
    if said is None or any(cues.lemma(toks[m].text) for m in range(verb, said - 1)):
        return None
    k = said + 2 if said + 1 < len(toks) and toks[said + 1].text.lower() == "that" else said + 1
    end = k
    while end <= members[-1] and toks[end].text != ";" and not scene_comma(toks, end):
        end += 1
    while end > k and not toks[end - 1].text[:1].isalnum():
        end -= 1
    first = toks[k].text
    if end - k < 4 or not_a_clause(first) or not (k > said + 1 or first.lower() in SUBJECT_PRONOUNS
                                                  or first.lower() in _HEARER_OPENERS or first[:1].isupper()):
        return None  # "… and said goodbye to the coast": no clause of its own
    return (start, verb), (said, k), (k, end)


_WITH_SOURCE = 8  # tokens of a speaker phrase between "with" and its participle: "the head of the pilots' union"
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "some", "many", "several"})
_TENSED = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can"})


def _with_participle(par: Paragraph, start: int) -> Spans | None:
    """"The vote was put off, with the head of the union calling it a disgrace": the speaker after
    "with" and a participle of saying, in a sentence whose main clause says nothing."""
    if " with " not in par.text:
        return None
    toks = par.tokens
    unit = toks[start].unit
    end = start
    while end < len(toks) and toks[end].unit == unit and toks[end].text != ";":
        end += 1
    while end > start and not toks[end - 1].text[:1].isalnum():
        end -= 1
    for m in range(start + 1, end - 2):
        if toks[m].text.lower() != "with" or toks[m - 1].text != "," or toks[m].quoted:
            continue
        first = toks[m + 1].text
        if not (first[:1].isupper() or first.lower() in _DETERMINERS):
            return None
        verb = next((k for k in range(m + 2, min(end, m + 2 + _WITH_SOURCE))
                     if toks[k].text.endswith("ing") and toks[k].text.islower()), None)
        if verb is None or not cues.lemma(toks[verb].text) \
                or any(t.text in (",", ":") or t.quoted or t.text.lower() in _TENSED for t in toks[m + 1:verb]):
            return None
        k = verb + 1 + (toks[verb + 1].text.lower() == "that")
        if sum(1 for t in toks[k:end] if t.text[:1].isalnum()) < 3:
            return None
        return (m + 1, verb), (verb, verb + 1), (k, end)
    return None


def _according(par: Paragraph, start: int) -> Spans | None:
    """"According to Ham, the administration …" opening a sentence."""
    toks = par.tokens
    if start + 2 >= len(toks) or toks[start].text.lower() != "according" or toks[start + 1].text.lower() != "to":
        return None
    unit = toks[start].unit
    comma = next((k for k in range(start + 3, min(start + 10, len(toks))) if toks[k].text == ","), None)
    if comma is None or toks[comma].unit != unit:
        return None
    named = comma + 1
    while named < len(toks) and toks[named].unit == unit and toks[named].text[:1].isupper() and not toks[named].quoted:
        named += 1
    if named > comma + 1 and named < len(toks) and toks[named].text == "," and named - comma <= 6:
        comma = named  # "According to the Emir of Kestrel, HRH Alhaji Ivo Brand, the attackers …": the name too
    end = comma + 1
    while end < len(toks) and toks[end].unit == unit and toks[end].text != ";":
        end += 1
    while end > comma + 1 and not toks[end - 1].text[:1].isalnum():
        end -= 1
    if end - comma - 1 < 4:
        return None
    return (start + 2, comma), (start, start + 2), (comma + 1, end)


def short_inner_attributions(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with an attribution inside another's content merged back into it when its own content
    is a few words with no quotation ("Police said Strand came to their notice after his uncle reported
    the boat stolen"): an object, not something said, and the outer content runs on through it, and
    through a "when" or "after" the tagger left out between them ("… to their notice after his uncle reported …")."""
    out = list(labels)
    toks = par.tokens
    i = 1
    while i < len(toks):
        # "after", "when": a word that makes the inner attribution part of the outer content's clause
        g = i - 1 if i > 1 and out[i - 1] == "O" and toks[i - 1].text in FRONTING and not toks[i - 1].quoted else i
        if out[i] != "B-SRC" or not out[g - 1].endswith("CON") or toks[i].unit != toks[g - 1].unit \
                or toks[g - 1].quoted or toks[g - 1].mark or not _outer_cue(par, out, g):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and out[j] == "I-SRC":
            j += 1
        k = j
        while k < len(toks) and out[k].endswith("CUE") and (k == j or out[k] == "I-CUE"):
            k += 1
        m = k + 1 if k < len(toks) and out[k] == "B-CON" else k
        while m < len(toks) and out[m] == "I-CON":
            m += 1
        inner = [t for t in toks[k:m] if t.text[:1].isalnum()]
        if k > j and m > k and len(inner) <= 3 and not any(t.quoted or t.mark for t in toks[k:m]) \
                and (m >= len(toks) or out[m] == "O"):
            for n in range(g, m):
                out[n] = "I-CON"
        i = m if m > i else i + 1
    return out


def _outer_cue(par: Paragraph, labels: list[str], i: int) -> bool:
    """True when the content running up to token `i` follows a cue in the narrative of its sentence,
    with nothing quoted between them."""
    toks = par.tokens
    k = i - 1
    while k >= 0 and labels[k].endswith("CON") and toks[k].unit == toks[i].unit:
        if toks[k].quoted or toks[k].mark:
            return False
        k -= 1
    return k >= 0 and labels[k].endswith("CUE") and toks[k].unit == toks[i].unit


def content_starts(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with each content opening on a word or a quotation mark, not on the full stop or
    comma that ends the sentence before ("“…?” Marden continued. “…”": the second quotation opens
    after the full stop)."""
    out = list(labels)
    toks = par.tokens
    for i, label in enumerate(labels):
        opens = label == "B-CON" or label == "I-CON" and (i == 0 or not out[i - 1].endswith("CON"))
        if not opens:
            continue
        k = i
        while k < len(toks) and out[k].endswith("CON") and toks[k].text in (".", ",", ";") and not toks[k].quoted:
            out[k] = "O"
            k += 1
        if k > i and k < len(toks) and out[k] == "I-CON":
            out[k] = "B-CON"
    return out
