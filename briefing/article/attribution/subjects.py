"""Who a sentence is about: the name or description that opens it, after any phrase of time, place or
manner before it ("Late on Thursday, Lind said …", "Speaking in Marrow, Lind …", "The Norwegian coach rued …
and revealed …"). Token positions in, token positions out; `spans` makes speakers of them."""

from __future__ import annotations

from functools import cache

from briefing import lexicon
from briefing.article.attribution.clauses import SUBJECT_PRONOUNS
from briefing.article.attribution.cues import lemma as cue_lemma
from briefing.article.attribution.names import in_title, is_given_name
from briefing.article.attribution.tokens import Paragraph

_TIME_OPENERS = frozenset({"late", "early", "last", "next"})  # with the time words: "Late Thursday,"
_OPENERS_NOT_SUBJECTS = frozenset("on in at after before during since for from with by as when while if".split())


def sentence_subject(par: Paragraph, unit: int, before: int) -> tuple[int, int] | None:
    """A name (or a capitalised pronoun) that opens the sentence, ending before token `before`."""
    toks = par.tokens
    i = next((k for k, t in enumerate(toks) if t.unit == unit), None)
    if i is None:
        return None
    while i < before and (toks[i].text.lower() in ("but", "and", "yet", "so", "still", "meanwhile", ",", "then")):
        i += 1
    i = past_adverb_phrase(par, i, before)
    # "Shortly after the vote, …", "Separately, …": an adverb opening the sentence, not "Italy pulled out"
    adverb = i + 1 < before and toks[i].text.endswith("ly") \
        and toks[i + 1].text.lower() in lexicon.lower("prepositions") | _OPENERS_NOT_SUBJECTS | {","}
    if i < before and (adverb or toks[i].text.lower() in _OPENERS_NOT_SUBJECTS | _TIME_OPENERS | lexicon.lower("time_words")):
        # "Late Thursday, Vance reached out …", "In a statement released online, Lind sought …":
        # the subject follows the opening phrase's comma
        comma = next((k for k in range(i, min(before, i + 10)) if toks[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    elif i < before and len(toks[i].text) > 4 and toks[i].text.endswith("ing") and _place_then_comma(par, i + 1, before):
        i = next(k for k in range(i, before) if toks[k].text == ",") + 1  # "Visiting Marrow, Ana Veer stated …"
    named = _described_name(par, i, before)
    if named is not None:
        return named
    j = name_end(par, i, before)
    if j <= i + 1 and i < before and toks[i].text.capitalize() in _DETERMINERS and not toks[i].quoted:
        j = _noun_phrase_end(par, i + 1, before)  # "The harbour union is suing …, claiming …"
    elif i < before and toks[i].text.capitalize() in _DETERMINERS:
        j = _head_noun_end(par, j, before)  # "The Norwegian coach rued … and revealed …": not "Norwegian"
    while j > i and not toks[j - 1].text[:1].isalnum():
        j -= 1
    if j == i or toks[i].quoted or toks[j - 1].text.endswith(("'s", "’s")) \
            or j < before and toks[j].text.endswith(("'s", "’s")):
        return None  # "English football's governing body": a description, not the name "English"
    return i, j


_POSSESSIVES = frozenset({"her", "his", "their", "its", "our", "my"})


def _described_name(par: Paragraph, i: int, before: int) -> tuple[int, int] | None:
    """"Her deputy, Ivo Brand," before the verb: a possessive description and the name set off after it."""
    toks = par.tokens
    if toks[i].text.lower() not in _POSSESSIVES or before - i > 10 or toks[before - 1].text != ",":
        return None
    comma = next((k for k in range(i + 1, before - 1) if toks[k].text == ","), None)
    if comma is None or comma == i + 1 or not all(toks[k].text.islower() for k in range(i + 1, comma)) \
            or not all(toks[k].text[:1].isupper() for k in range(comma + 1, before - 1)) or comma + 1 == before - 1:
        return None
    return i, before - 1


def clause_subject(par: Paragraph, cue: int) -> tuple[int, int] | None:
    """The name that is the subject of the sentence a cue stands in, after an opening phrase that ends
    on a comma or a dash: "Speaking on Sunday, Lind said …", "Asked about the vote, Lind praised …",
    "KESSEL — Lind on Monday said …"; None when the sentence has no such phrase or no name follows it."""
    toks = par.tokens
    unit = toks[cue].unit
    i = next((k for k, t in enumerate(toks) if t.unit == unit), cue)
    while i < cue and toks[i].text.lower() in ("but", "and", "yet", "so", "still", "meanwhile"):
        i += 1
    i = past_adverb_phrase(par, i, cue)
    if i < cue and _opening_phrase(par, i, cue):
        # the first comma or dash after which a capitalised word follows: "Speaking in Marrow on Sunday,
        # where the tide had flooded the square, Dorn …"; a quotation's closing mark is passed over
        stops = [k for k in range(i + 1, min(cue, i + 40)) if toks[k].text in (",", "—", "–", "--")]
        for k in stops:
            k += 1
            while k < cue and toks[k].mark == "close":
                k += 1
            if k < cue and toks[k].text[:1].isupper():
                i = k
                break
        else:
            return None
    if toks[i].text.lower() in _POSSESSIVES and i + 1 < cue and toks[i + 1].text.islower():
        return _described_name(par, i, cue)  # "Her deputy, Ivo Brand, warned …": not "her"
    j = name_end(par, i, cue)
    while j > i and not toks[j - 1].text[:1].isalnum():
        j -= 1
    if j == i or j < cue and toks[j].text.endswith(("'s", "’s")):
        return None
    # The cue is the subject's own verb: right after it, or after "and", "but" or a comma; a cue after
    # a noun belongs to that noun ("faced a petition demanding …", "met a crewman whose mother said …").
    prev = toks[cue - 1].text.lower()
    joined = j == cue or prev in _JOINING or prev in (",", ")", "put", "puts") or prev.endswith("ly") \
        or prev in lexicon.lower("time_words")  # "Quell on Wednesday said", "Dorn (R-Kessel) quickly said"
    return (i, j) if joined else None


def name_end(par: Paragraph, i: int, before: int) -> int:
    """Where the run of capitalised words (and the particles and initials inside a name) from `i` ends."""
    toks = par.tokens
    j = i
    while j < before and not toks[j].quoted and (toks[j].text[:1].isupper() or toks[j].text in (".", "-") and j > i
                                                 or toks[j].text.lower() in lexicon.lower("name_particles") and j > i
                                                 or in_title(toks, j)):  # "Minister in the Presidency Ana Lind"
        j += 1
    role = next((k for k in range(j, min(before, j + 4)) if not toks[k].text.islower()), before)
    # "Outgoing Kessel party leader Ana Lind": a description, its role and the name; not "Carl Dorn sacked
    # manager Ana Lind" (a person's name, then a verb and its object)
    if i < j < role < before and toks[role - 1].text in lexicon.lower("role_nouns") and toks[role].text[:1].isupper() \
            and not is_given_name(toks[i].text) and not any(_verb_like(toks[k].text) for k in range(j, role - 1)):
        return name_end(par, role, before)
    return j


def _verb_like(word: str) -> bool:
    return word.endswith("ed") or word in _verbs()


_JOINING = frozenset({"and", "but", "then", "also", "later"})


def past_adverb_phrase(par: Paragraph, i: int, before: int) -> int:
    """Where the subject starts after an opening phrase led by an adverb the sentence capitalises ("Back in
    1999, Lind …", "Ever since the vote, Lind …", "Long before that, she …"): the first name or pronoun
    after a comma; `i` itself when the first word is a given name or nothing of the kind follows."""
    toks = par.tokens
    if i + 1 >= before or not toks[i].text[:1].isupper() or is_given_name(toks[i].text):
        return i
    nxt = toks[i + 1].text
    low = toks[i].text.lower()
    if nxt not in _OPENERS_NOT_SUBJECTS or low in _OPENERS_NOT_SUBJECTS or low.endswith(("ing", "ed")):
        return i  # a participle ("Speaking on Sunday, …") is another kind of opening, read on its own
    if not low.endswith("ly") and low not in lexicon.lower("leading_adverbs") | lexicon.lower("opening_adverbs"):
        return i  # "Voters in Tarn, Ohio, told …": a noun, the sentence's subject
    for k in range(i + 2, min(before, i + 25)):
        if toks[k].unit != toks[i].unit or toks[k].text in (";", ":") or toks[k].quoted:
            return i
        if toks[k].text == "," and k + 1 < before and (toks[k + 1].text[:1].isupper() and not toks[k + 1].quoted
                                                       or toks[k + 1].text.lower() in SUBJECT_PRONOUNS):
            return k + 1
    return i


def _opening_phrase(par: Paragraph, i: int, cue: int) -> bool:
    """True when token `i` opens a phrase before the subject: a participle ("Speaking", "Asked"), a
    preposition or word of time, an adverb, or a dateline in capitals."""
    toks = par.tokens
    low = toks[i].text.lower()
    nxt = toks[i + 1] if i + 1 < cue else None
    if nxt is None:
        return False
    participle = len(low) > 4 and low.endswith(("ing", "ed")) and (nxt.text[:1].islower() or nxt.text == ","
                                                                  or low.endswith("ing") and _place_then_comma(par, i + 1, cue))
    dateline = toks[i].text.isupper() and len(low) > 2 and any(
        toks[k].text in ("—", "–", "--") for k in range(i + 1, min(cue, i + 6)))
    adverb = low.endswith("ly") and (nxt.text == "," or nxt.text.lower() in lexicon.lower("prepositions"))
    return participle or dateline or adverb or low in _OPENERS_NOT_SUBJECTS | _TIME_OPENERS | lexicon.lower("time_words")


def _place_then_comma(par: Paragraph, k: int, cue: int) -> bool:
    """"Visiting Marrow, Ana Veer …": a few capitalised words, none a title ("Acting Mayor Ana Veer"), then
    a comma and a capitalised word."""
    toks = par.tokens
    end = k
    while end < min(cue, k + 4) and toks[end].text[:1].isupper() and toks[end].text.lower() not in lexicon.lower("role_nouns"):
        end += 1
    return k < end < cue - 1 and toks[end].text == "," and toks[end + 1].text[:1].isupper()


_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
                          "One", "Another", "Some", "Many", "Several"})
_CLAUSE_OPENERS = frozenset({"who", "which", "that"})


def _noun_phrase_end(par: Paragraph, k: int, before: int) -> int:
    """Where the noun phrase after a determiner ends: at its verb ("is", "filed", "wants", "left"), within a
    few words; `k` itself when no noun follows."""
    toks = par.tokens
    start = k
    while k < before and k - start < 8 and toks[k].text.replace("-", "").isalnum() and not toks[k].quoted:
        low = toks[k].text.lower()
        nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
        if low in _verbs() or cue_lemma(low) \
                or toks[k].text.islower() and (low.endswith("ed") or k > start and low.endswith("s")
                                                and not low.endswith("ss") and nxt not in _after_noun()):
            break  # "The union wants to …": a verb; "Some traders at the port", "One of the authors of …": nouns
        k += 1
    return k if k > start and k < before and toks[k].text[:1].islower() else start


@cache
def _verbs() -> frozenset[str]:
    """Words that end a subject: auxiliaries, plain verbs after a plural, irregular pasts, "who"."""
    return (lexicon.lower("auxiliary_verbs") | lexicon.lower("subject_verbs") | lexicon.lower("past_tense_verbs")
            | _CLAUSE_OPENERS)


@cache
def _after_noun() -> frozenset[str]:
    return lexicon.lower("prepositions") | {"who", "and", "or", "from"}


def _head_noun_end(par: Paragraph, j: int, before: int) -> int:
    """Where a description that opens with capitals ends: after the role or body it describes, up to three
    words on ("The Kessel coach", "The Dutch foreign minister", "The Swiss bank", "The Kessel police"); `j`
    itself when no such noun follows."""
    toks = par.tokens
    heads = lexicon.lower("role_nouns") | lexicon.lower("org_nouns")
    end = j
    for k in range(j, min(before, j + 3)):
        if not (toks[k].text.isalpha() and toks[k].text.islower()) or toks[k].quoted:
            break
        if toks[k].text in heads:
            end = k + 1
    return end

