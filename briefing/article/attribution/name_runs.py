"""Where a paragraph names somebody: the capitalised runs that are names (not a sentence's first word, a
topic's opening or a word that describes the noun after it), the asides beside them, and the role written
before a name ("state flood manager Ravi Kolle") or after it ("Ana Veer, the harbour master")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.names import (
    is_given_name,
    number_run,
    time_run,
    tokens,
    weekday,
)
from briefing.article.attribution.phrases import demonym, is_country
from briefing.article.attribution.tokens import Token

_NAME_START = re.compile(r"[A-Z]")


@cache
def _function_words() -> frozenset[str]:
    return (lexicon.lower("prepositions") | lexicon.lower("leading_adverbs") | lexicon.lower("time_words")
            | lexicon.lower("not_names") | lexicon.lower("clause_words"))


def names_in(tokens: tuple[Token, ...]) -> Iterator[tuple[int, int, bool]]:
    """(start, end, subject) of the runs of capitalised words outside quotations that may name
    somebody: "On September", "In Honolulu" and "But Lind" lose their first word, and a
    transcript's speaker label ("LIND: …") is left to the transcript reader."""
    for start, end, subject in _capitalised_runs(tokens):
        if start <= 1 and end < len(tokens) and tokens[end].text == ":":
            continue
        while start < end and (tokens[start].text.lower() in _function_words() or not tokens[start].text[:1].isalnum()):
            start += 1
            subject = False
        if end - start == 2 and tokens[start].text == "The" and _attributive(tokens, end) \
                and not demonym(tokens[start + 1].text):
            start, subject = start + 1, False  # "The Ebeling family moved": the name describes the noun after it
        while end - start > 1 and weekday(tokens[end - 1].text):
            end -= 1  # "the White House Saturday"
        words = [t.text for t in tokens[start:end]]
        if start < end and not time_run(words) and not number_run(words):
            yield start, end, subject or _after_opening_phrase(tokens, start)


def in_topic_opening(tokens: tuple[Token, ...], start: int) -> bool:
    """True when the name at `start` stands inside a sentence's opening phrase about its topic ("Concerning
    the visit of the Kessel harbour director, she said …"): what the sentence is about, not its speaker."""
    unit = tokens[start].unit
    first = start
    while first > 0 and tokens[first - 1].unit == unit:
        first -= 1
    return tokens[first].text.lower() in lexicon.lower("topic_openers") \
        and not any(t.text == "," for t in tokens[first:start]) \
        and any(t.text == "," for t in tokens[start:start + 24] if t.unit == unit)


def _attributive(tokens: tuple[Token, ...], end: int) -> bool:
    """True when the word after a name is a noun a person's name describes ("the Lind campaign", "the
    Ebeling family"), from the lexicon's list; not a verb or an adverb ("The Courier reported", "The
    Pentagon quickly denied")."""
    if end >= len(tokens) or tokens[end].unit != tokens[end - 1].unit:
        return False
    return tokens[end].text in lexicon.lower("person_name_nouns")


def _after_opening_phrase(tokens: tuple[Token, ...], start: int) -> bool:
    """"In an interview with the Dock Hour, Ham made it clear …": the name after the comma that
    closes a sentence's opening phrase is its subject."""
    if start == 0 or tokens[start - 1].text != "," or start + 1 >= len(tokens):
        return False
    unit = tokens[start].unit
    first = start - 1
    while first > 0 and tokens[first - 1].unit == unit:
        first -= 1
    opening = tokens[first].text.lower()
    return (opening in lexicon.lower("prepositions") | _SUBORDINATORS
            and not any(t.text == "," for t in tokens[first:start - 1]))


def with_asides(tokens: tuple[Token, ...], runs: list[tuple[int, int, bool]]) -> Iterator[tuple[int, int, bool, bool]]:
    """(start, end, subject, aside) of each run of `names_in`: a name followed by a role noun and
    another name ("Calder Port spokesman Ana Lind") only qualifies that name, which takes its
    place as the sentence's subject."""
    roles = lexicon.lower("role_nouns")
    subject = False
    for k, (start, end, first) in enumerate(runs):
        following = runs[k + 1][0] if k + 1 < len(runs) else len(tokens)
        between = tokens[end:following]
        aside = (following < len(tokens) and 0 < len(between) <= 3
                 and all(t.text.isalpha() and t.text.islower() for t in between)
                 and between[-1].text in roles and tokens[following].unit == tokens[start].unit)
        yield start, end, (first or subject) and not aside, aside
        subject = first and aside


def _capitalised_runs(tokens: tuple[Token, ...]) -> Iterator[tuple[int, int, bool]]:
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if t.quoted or not _NAME_START.match(t.text):
            i += 1
            continue
        j = i + 1
        while j < n and not tokens[j].quoted and tokens[j].unit == t.unit and (
            _NAME_START.match(tokens[j].text)
            # "Mayor Bill de Blasio": a particle inside a name, before its capitalised part
            or tokens[j].text in lexicon.lower("name_particles") and j + 1 < n and tokens[j + 1].unit == t.unit
            and not tokens[j + 1].quoted and _NAME_START.match(tokens[j + 1].text) is not None
            # "Mr. Ode", and "Calder Transit Workers' Union" (a plural possessive inside a name)
            or tokens[j].text in (".", "'", "’") and j + 1 < n and _NAME_START.match(tokens[j + 1].text)
            # "Chief of Staff Ivo Brand", "Minister for Harbours Ana Lind": a title's "of" or "for" and its
            # portfolio before a name (not "Spokesman for Ana Lind", whose "for" names the employer)
            or tokens[j].text in ("of", "for") and tokens[j - 1].text.lower() in lexicon.lower("role_nouns")
            and j + 2 < n and all(tokens[k].unit == t.unit and _NAME_START.match(tokens[k].text) for k in (j + 1, j + 2))
            and not is_given_name(tokens[j + 1].text)
        ):
            j += 1
        yield i, j, i == 0 or tokens[i - 1].unit != t.unit
        i = j


DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
_SUBORDINATORS = frozenset({"when", "while", "as", "although", "though", "because", "if", "since", "once", "after",
                            "before", "until"})


def is_kin(role: str | None) -> bool:
    """"his son", "Ana Veer's brother": a relative of somebody named."""
    return bool(set(tokens(role or "")) & lexicon.lower("kin_nouns"))


@cache
def _after_a_name() -> frozenset[str]:
    return lexicon.lower("prepositions") | lexicon.lower("clause_words")


def lone_name(tokens: tuple[Token, ...], start: int) -> bool:
    """A single capitalised word that stands as a name ("painter Orrin said", "painter Orrin's
    mural"), not as an adjective before a noun ("a major Norvish art fair")."""
    word = tokens[start].text
    after = tokens[start + 1].text if start + 1 < len(tokens) else ""
    if demonym(word):
        return False
    if after.isalpha() and after.islower() and after not in _after_a_name() and cues.lemma(after) is None \
            and not after.endswith("ed"):
        return word.endswith(("'s", "’s", "'", "’"))
    return True


def role_before(tokens: tuple[Token, ...], start: int) -> str | None:
    """The description written in lower case right before a name, ending in a role noun:
    "of street painter Kit Orrin's mural" -> "street painter", "Lind's lawyer Tomas Brandt" ->
    "Lind's lawyer" (a plural is a group: "told reporters Lind …" names no role)."""
    roles = lexicon.lower("role_nouns")
    stops = DETERMINERS | lexicon.lower("prepositions") | lexicon.lower("clause_words") \
        | lexicon.lower("past_tense_verbs")
    k = start
    # "said spokesman Lind", "thanked spokesman Lind": a verb before the description is no part of it
    while k > 0 and start - k < 3 and tokens[k - 1].unit == tokens[start].unit and not tokens[k - 1].quoted \
            and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower() and tokens[k - 1].text not in stops \
            and not tokens[k - 1].text.endswith("ed") and cues.lemma(tokens[k - 1].text) is None:
        k -= 1
    last = tokens[start - 1].text if k < start else ""
    if not last or last not in roles or last.endswith("s") and not last.endswith("ss"):
        return None
    if k > 0 and tokens[k - 1].unit == tokens[start].unit and tokens[k - 1].text[:1].isupper() \
            and tokens[k - 1].text.endswith(("'s", "’s")):
        k -= 1  # "Ana Lind's lawyer Tomas Brandt": whose lawyer he is
    else:
        k -= _nation_before(tokens, k, tokens[start].unit)  # "New Zealand coach Ivo Brand": whose coach he is
    return " ".join(t.text for t in tokens[k:start])


def _nation_before(tokens: tuple[Token, ...], k: int, unit: int) -> int:
    """How many words before token `k` name a country or give a nation's adjective ("Norway", "New Zealand",
    "Norwegian"), with a "former" before them ("Former Norway coach"): 0 when none do."""
    nations = lexicon.table("nation_adjectives")
    for n in (3, 2, 1):
        if k - n < 0 or any(t.unit != unit or not t.text[:1].isupper() for t in tokens[k - n:k]):
            continue
        words = " ".join(t.text for t in tokens[k - n:k])
        if is_country(words) or words.lower() in nations:
            before = tokens[k - n - 1] if k - n > 0 and tokens[k - n - 1].unit == unit else None
            if before is not None and before.text.lower() in _FORMER_WORDS:
                return n + 1
            # "New Mexico coach Ana Veer": a longer name than the country's, whose coach she is not
            return 0 if before is not None and before.text[:1].isupper() else n
    return 0


_FORMER_WORDS = frozenset({"former", "ex", "then"})


def appositive_role(tokens: tuple[Token, ...], start: int, end: int) -> str | None:
    """The role an appositive gives a name: "its fisheries commissioner, Rui Santo," or
    "Rui Santo, the fisheries commissioner," -> "fisheries commissioner"."""
    roles = lexicon.lower("role_nouns") | lexicon.lower("org_nouns")

    def phrase(lo: int, hi: int) -> str | None:
        words = [t.text for t in tokens[lo:hi]]
        if words and words[0].lower() in lexicon.lower("prepositions"):
            return None  # "Lind, through a spokeswoman, declined": no appositive
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        core = len(words)
        while core > 1 and words[core - 1][:1].isupper():
            core -= 1  # "a spokesman for union leader Ivo Brand": the name he speaks for is no length of the role
        if 0 < core <= 6 and len(words) <= 8 and any(w.lower() in roles for w in words):
            first = hi - len(words)
            # as written: "the Shipowners’ Association", with no space the tokens did not have
            return "".join(("" if k == first or tokens[k].start == tokens[k - 1].end else " ") + tokens[k].text
                           for k in range(first, hi))
        return None

    if start >= 2 and tokens[start - 1].text == ",":
        lo = start - 1
        while lo > 0 and start - 1 - lo < 6 and tokens[lo - 1].text not in ",.;:" and tokens[lo - 1].unit == tokens[start].unit:
            lo -= 1
        found = phrase(lo, start - 1)
        if found:
            return found
    if end < len(tokens) - 1 and tokens[end].text == ",":
        hi = end + 1
        while hi < len(tokens) and hi - end <= 8 and tokens[hi].text not in ",.;:–—" and tokens[hi].unit == tokens[end].unit:
            hi += 1
        if hi < len(tokens) and tokens[hi].text in ",.–—":  # "Rui Santo, a union spokesman – later said"
            return phrase(end + 1, hi)
    return None
