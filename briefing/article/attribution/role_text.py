"""The role shown beside a speaker's name, or none.

A role comes from the words written around a name: "Ana Lind, the port's spokeswoman",
"union leader Tomas Brandt", "Republican Ode", "Tom Park of Harbour Bank". Those words are not
always a description: a clause before the name ("Although Lind is not yet a candidate, Ode …"),
the setting of a sentence ("At Monday's hearing, Ode …"), a fragment cut at a preposition
("a spokesman for the"), a given name read as a description ("Cornell William Brooks"), a list of
other people. shown_role keeps the words when they read as a description and gives None when not.
"""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues

COURTESIES = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "m"})
# Prepositions a description may open on when a name follows: "at Harbour Bank", "of the Port Board".
_AFFILIATION = frozenset({"at", "for", "from", "of", "with", "in"})
# Words that date a description, which it may open on: "then ambassador to Kessel", "now a consultant".
_DATING = frozenset({"then", "now", "formerly", "once", "only", "later"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "another"})
_AGE = re.compile(r"\d{1,3}-year-old")
_PARTY_STATE = re.compile(r"[A-Z]-[A-Z][\w.]*")  # "D-Ohio", "R-Texas"
_RELATIVE = frozenset({"who", "whose", "whom", "which"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Endings of adverbs and adjectives, on which a description does not end: "Many prominent", "Oversight ranking".
_NOT_NOUN_ENDINGS = ("ly", "ing", "ive", "ous", "al", "ic", "able", "ible", "ful", "less", "est", "ed", "based")
# Endings of nouns for a person: "Comedian", "Pollster", "Assemblywoman", "Vermonter".
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ess", "ant", "ent", "aire", "ee")


@cache
def _describing() -> frozenset[str]:
    """Words that make a description of a person or body."""
    return (lexicon.lower("role_nouns") | lexicon.lower("org_nouns") | frozenset(lexicon.table("honorifics"))
            | lexicon.lower("title_words") | lexicon.lower("title_abbreviations") | lexicon.lower("party_words")
            | lexicon.lower("demonym_nouns"))


@cache
def _not_openers() -> frozenset[str]:
    """Words a clause or an adverbial opens on, where a description does not."""
    return (lexicon.lower("appositive_openers") | lexicon.lower("prepositions") | lexicon.lower("clause_words")
            | {"if", "like", "along", "wherever", "whenever", "here", "there", "many", "some", "most", "more", "several"}) \
        - _AFFILIATION - _DATING - {"its", "their", "his", "her", "our", "my", "your", "also", "still", "never", "just",
                                    "even"}


@cache
def _function_words() -> frozenset[str]:
    return (lexicon.lower("clause_words") | lexicon.lower("prepositions") | lexicon.lower("time_words")
            | {"a", "an", "the", "some", "many", "more", "most", "several", "few", "all", "both", "half",
               "those", "these", "this", "other", "another", "recent"})


@cache
def _dangling() -> frozenset[str]:
    """Words a description never ends on: "a spokesman for the"."""
    return lexicon.lower("role_dangling_words")


@cache
def _things() -> frozenset[str]:
    """Nouns for what was written or found, not for who wrote it: "the email", "the poll"."""
    return lexicon.lower("document_nouns") | lexicon.lower("finding_nouns") | lexicon.lower("speech_nouns") \
        | {"poll", "book", "paper", "website", "site", "plan", "tally", "average", "story", "passage"}


@cache
def _given_names() -> frozenset[str]:
    return frozenset(k.casefold() for k in lexicon.table("given_names"))


def _word(w: str) -> str:
    return w.strip(",.;:()[]\"“”").casefold()


def _describes(w: str) -> bool:
    low = _word(w)
    known = _describing()
    return low in known or low.rstrip("s") in known or w.casefold() in known or low + "." in known


def shown_role(role: str | None) -> str | None:
    """The role as a reader should see it, or None when the words are no description."""
    if not role:
        return None
    words = role.replace(" --", ",").split()
    if len(words) > 1 and _word(words[0]) == "as" and not words[0].startswith("("):
        words = words[1:]  # "As the bank's chief economist, Ana Lind …"
        if any(_word(w) in ("his", "her", "their", "its") for w in words):
            return None  # "As the judge read his ruling, Lind …"
    if len(words) > 2 and _word(words[0]) == "who" and _word(words[1]) == "is":
        words = words[2:]  # "Ana Lind, who is a harbour pilot": "a harbour pilot"
    if len(words) > 1 and words[0].endswith(",") and _word(words[0]) in COURTESIES:
        words = words[1:]  # "Mr. Park, the harbour master": "the harbour master"
    while len(words) > 1 and _word(words[-1]) in _dangling() and any(w.endswith(",") for w in words[:-1]):
        words = " ".join(words).rsplit(",", 1)[0].split()  # "Gov. of Tarn, a Republican who": "Gov. of Tarn"
    words[-1:] = [w.rstrip(",-–—") for w in words[-1:] if w.rstrip(",-–—")]
    if not words or _word(" ".join(words)) in COURTESIES:
        return None
    if len(words) == 1 and (_AGE.fullmatch(words[0]) or _PARTY_STATE.fullmatch(words[0])):
        return words[0]
    first, last = _word(words[0]), _word(words[-1])
    if first in _not_openers() and not words[0].isupper():
        return None  # "At Monday's hearing", "If the vote holds", "who added …", "and his wife"
    if first in _AFFILIATION and not _names_a_body(words[1:]):
        return None  # "for a while", "in 2009"; "of Tarnside", "at the Harbour Board" stay
    if _POSSESSIVE.search(words[-1]) and len(words) <= 4 and all(w[:1].isupper() for w in words):
        # "Harbour Radio's Ana Lind": the outlet she is with; "Here's Ana Lind": nothing;
        # "Mayor Ana Lind's office": the office is no role of the office's
        if _POSSESSIVE.sub("", last) in _function_words() | {"here", "let"} \
                or any(_word(w) in _given_names() for w in words[:-1]):
            return None
        words[-1] = _POSSESSIVE.sub("", words[-1])
        return " ".join(words)
    if last in _dangling():
        return None  # "a spokesman for the"
    main = words[:next((i for i, w in enumerate(words) if _word(w) in _RELATIVE or w.islower() and _describes(w)),
                       len(words))]
    if any(w.islower() and w.endswith("ed") and cues.lemma(w) for w in main):
        return None  # "as the Harbour Gazette first reported"; "a pilot who warned of it" stays
    if _clause_first(words):
        return None  # "Although Lind is not yet a candidate", "an explosion that Mayor"
    if _names_people(words):
        return None  # "Ana Lind and Tom Park": other people, not a description
    if any(_describes(w) for w in words) or _reads_as_description(words):
        return " ".join(words)
    return None  # "Cornell" (of "Cornell William Brooks"), "Many prominent", "Ana Lind and Tom Park"


def repeats(role: str, speaker: str) -> bool:
    """The role only repeats the speaker's name: "an Iowa voter" for "Iowa voter", "its chief executive"
    for "Tarn Bank chief executive"."""
    words = role.split()
    while len(words) > 1 and _word(words[0]) in _DETERMINERS | {"its", "their", "his", "her"}:
        words = words[1:]
    bare = " ".join(words).casefold()
    name = speaker.casefold()
    return name == bare or name.endswith(" " + bare) or bare.endswith(" " + name)


def _names_a_body(rest: list[str]) -> bool:
    """After "of", "at", "in": a name, past any lower-case words ("of the law firm Vale & Park")."""
    for w in rest[:5]:
        if w[:1].isupper():
            return _word(w).rstrip("’'s") not in lexicon.lower("time_words")
        if not w[:1].isalpha():
            return False
    return False


def _names_people(words: list[str]) -> bool:
    """Words that open on a person's name ("Ana Lind and Tom Park"), not on a description
    ("Tarnside Mayor", "a pollster who advised Ana Lind")."""
    return len(words) > 1 and _word(words[0]) in _given_names() and words[1][:1].isupper() \
        and not words[1].isupper() and not _describes(words[1]) and not _POSSESSIVE.search(words[1]) \
        and words[-1] not in lexicon.words("title_words") and all(w[:1].isupper() or w in ("and", "or") for w in words)


def _clause_first(words: list[str]) -> bool:
    """A verb or a "that"-clause before the words that describe: a sentence, not a description."""
    aux = lexicon.lower("auxiliary_verbs") - {"be"}
    for i, w in enumerate(words):
        low = _word(w)
        if _describes(w) or low in _RELATIVE or low in _AFFILIATION:
            return False
        if low in aux or low == "that" and i + 1 < len(words) and words[i + 1][:1].isupper():
            return True
    return False


def _reads_as_description(words: list[str]) -> bool:
    """Words none of the lists hold, read by their shape: a noun for a person ("Comedian",
    "a barrister from Kessel"), or a place of origin ("of Tarnside")."""
    if _word(words[0]) in _AFFILIATION:
        return True
    if len(words) > 2 and _word(words[0]) == "one" and _word(words[1]) == "of" and _word(words[-1]) not in _function_words():
        return True  # "one of the founders of the port trust"
    head = []
    for w in words:  # the words before any prepositional tail: "a cook at the harbour inn"
        if _word(w) in _AFFILIATION | {"in", "on", "near", "who", "which", "and"}:
            break
        head.append(w)
        if w.endswith(","):
            break
    if not head:
        return False
    noun = head[-1].strip(",.;:")
    low = noun.casefold()
    if low in _function_words() or low.rstrip("s") in _things():
        return False  # "the email", "a new poll": a speaker that is a document has no role
    if len(head) > 1 and _word(head[0]) in _DETERMINERS:
        return True  # "a barrister from Kessel", "an IT professional", "a pro-port campaign group"
    if noun[:1].isupper() and len(head) > 1:
        return False  # "Ana Lind and Tom Park", "White House", "Christina N"
    if len(head) > 1:
        return not low.endswith(_NOT_NOUN_ENDINGS) and noun.replace("-", "").isalpha()  # "pizza magnate"
    return low.endswith(_PERSON_ENDINGS) and not low.endswith(("ed", "ing"))
