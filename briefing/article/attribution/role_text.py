"""The role shown beside a speaker's name, or none.

A role comes from the words written around a name: "Ana Lind, the port's spokeswoman",
"union leader Tomas Brandt", "Republican Ode", "Tom Park of Harbour Bank". Those words are not
always a description: a clause before the name ("Although Lind is not yet a candidate, Ode …"),
the setting of a sentence ("Standing outside the court, Ode …"), a fragment cut at a preposition
("a spokesman for the"), a given name read as a description ("Cornell William Brooks"), another
person ("the mayor, Tom Brandt"), a headline tag. shown_role keeps the words when they read as a
description and gives None when not.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.names import is_given_name
from briefing.article.attribution.phrases import demonym

COURTESIES = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "m"})
# Prepositions a description may open on when a body follows: "at Harbour Bank", "of the ferry union".
_AFFILIATION = frozenset({"at", "for", "from", "of", "with"})
# Words that date a description, which it may open on: "then ambassador to Kessel", "now a consultant".
_DATING = frozenset({"then", "now", "formerly", "once", "only", "later"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "another"})
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
# "Ana Lind, who heads the dockers' union": a relative clause that says what the person does.
_HOLDING = frozenset({"heads", "chairs", "runs", "leads", "teaches", "owns", "represents", "manages", "coaches"})
_AGE = re.compile(r"\d{1,3}-year-old|aged \d{1,3}")
_PARTY_STATE = re.compile(r"[A-Z]-[A-Z][\w.]*")  # "D-Ohio", "R-Texas"
_WIRE_TAG = re.compile(r"[A-Z]{2,}\s*\d+\s*-")  # "UPDATE 2-Kessel Bank's"
_RELATIVE = frozenset({"who", "whose", "whom", "which"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Endings of nouns for a person: "Comedian", "Assemblywoman", "venture capitalist", "neurosurgeon".
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "ess", "aire", "ee", "surgeon")


@cache
def _describing() -> frozenset[str]:
    """Words that make a description of a person or body."""
    return (_person_words() | lexicon.lower("org_nouns") | lexicon.lower("party_words")
            | lexicon.lower("demonym_nouns"))


@cache
def _person_words() -> frozenset[str]:
    """Roles, titles and honorifics: the words that describe a person."""
    return (lexicon.lower("role_nouns") | frozenset(lexicon.table("honorifics")) | lexicon.lower("title_words")
            | lexicon.lower("title_abbreviations") | lexicon.lower("description_words"))


@cache
def _not_openers() -> frozenset[str]:
    """Words a clause or an adverbial opens on, where a description does not."""
    return (lexicon.lower("appositive_openers") | lexicon.lower("prepositions") | lexicon.lower("clause_words")
            | {"if", "like", "along", "alongside", "together", "unlike", "ahead", "following", "including",
               "wherever", "whenever", "here", "there", "many", "some", "most", "more", "several"}) \
        - _AFFILIATION - _DATING - _POSSESSIVES - {"our", "my", "your", "also", "still", "never", "just", "even"}


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


def _word(w: str) -> str:
    return w.strip(",.;:()[]\"“”").casefold()


@lru_cache(maxsize=8192)
def _describes(w: str) -> bool:
    low = _word(w)
    known = _describing()
    return low in known or low.rstrip("s") in known or w.casefold() in known or low + "." in known \
        or demonym(w.strip(",.;:"))


def _describes_person(w: str) -> bool:
    low = _word(w)
    return low in _person_words() or low + "." in _person_words() or w.casefold() in _person_words()


@lru_cache(maxsize=4096)
def shown_role(role: str | None) -> str | None:
    """The role as a reader should see it, or None when the words are no description."""
    words = _trimmed(role or "")
    if not words:
        return None
    joined = " ".join(words)
    if _AGE.fullmatch(joined) or len(words) == 1 and _PARTY_STATE.fullmatch(words[0]):
        return joined
    if _not_a_description(words):
        return None
    if _POSSESSIVE.search(words[-1]) and len(words) <= 4 and all(w[:1].isupper() for w in words):
        return _with_outlet(words)  # "Harbour Radio's Ana Lind": the outlet she is with
    head = _head(words)
    if all(w.islower() for w in head) and len(head) > 1 and not {_word(w) for w in head} & _DETERMINERS:
        # "union leader", "county freeholder"; "campaign trail" and "picket line" are places
        return joined if _describes(head[-1]) or _word(head[-1]).endswith(_PERSON_ENDINGS + ("er", "or")) else None
    if any(_describes(w) for w in words) or _reads_as_description(words):
        return joined
    return None  # "Cornell" (of "Cornell William Brooks"), "Many prominent"


def _trimmed(role: str) -> list[str]:
    """The words without what only leads into or trails after a description."""
    words = role.replace(" --", ",").split()
    if len(words) > 1 and _word(words[0]) == "as" and not words[0].startswith("("):
        words = words[1:]  # "As the bank's chief economist, Ana Lind …"
        if any(_word(w) in _POSSESSIVES for w in words[1:]):
            return []  # "As the judge read his ruling, Lind …"; "As their captain" stays
    if len(words) > 2 and _word(words[0]) == "who" and _word(words[1]) in ("is", "was"):
        words = words[2:]  # "Ana Lind, who is a harbour pilot": "a harbour pilot"
    elif len(words) > 3 and _word(words[0]) == "who" and _word(words[1]) == "has" and _word(words[2]) == "been":
        words = words[3:]
    if len(words) > 1 and words[0].endswith(",") and (_word(words[0]) in COURTESIES or _describes_person(words[0])):
        words = words[1:]  # "Mr. Park, the harbour master", "Rep., a Republican from Kessel"
    while len(words) > 1 and _word(words[-1]) in _dangling() and any(w.endswith(",") for w in words[:-1]):
        words = " ".join(words).rsplit(",", 1)[0].split()  # "Gov. of Tarn, a Republican who": "Gov. of Tarn"
    words[-1:] = [w.rstrip(",-–—") for w in words[-1:] if w.rstrip(",-–—")]
    return [] if not words or _word(" ".join(words)) in COURTESIES else words


def _not_a_description(words: list[str]) -> bool:
    """A clause, a setting, a cut phrase, a headline tag or other people: no description."""
    first, last = _word(words[0]), _word(words[-1])
    if any(":" in w for w in words) or _WIRE_TAG.match(" ".join(words)):
        return True  # "Tarn United 1 Kessel Rovers 2:", "UPDATE 2-Kessel Bank's"
    if first in _not_openers() and not _opener_allowed(words):
        return True  # "At Monday's hearing", "If the vote holds", "who added …", "and his wife"
    if _setting(words):
        return True  # "Standing outside the court", "Flanked by police officers"
    if first in _AFFILIATION and not (_names_a_body(words[1:]) or any(_word(w) in lexicon.lower("org_nouns")
                                                                      for w in words[1:])):
        return True  # "for a while"; "of Tarnside", "of the residents' association" stay
    if last in _dangling():
        return True  # "a spokesman for the"
    if _reported_by(words) or _clause_first(words):
        return True  # "as the Harbour Gazette first reported", "Although Lind is not yet a candidate"
    if any(_names_people(part.split()) for part in " ".join(words).split(", ")):
        return True  # "Ana Lind and Tom Park", "the mayor, Tom Brandt"
    return words[0][:1].isupper() and first.endswith("s") and not first.endswith("ss") and first.isalpha() \
        and (len(words) == 1 or _word(words[1]) in ("of", "without", "against", "for")) \
        and not _describes_person(words[0]) and first not in _POSSESSIVES  # "Friends of Tarn", "Doctors"


def _opener_allowed(words: list[str]) -> bool:
    """Openers that are part of a description: "No. 2 seed", "IS spokesman", "until recently the director",
    "who heads the dockers' union"."""
    first = _word(words[0])
    nxt = words[1] if len(words) > 1 else ""
    return words[0].isupper() or first == "no" and nxt[:1].isdigit() or first == "until" and _word(nxt) == "recently" \
        or first == "who" and _word(nxt) in _HOLDING or first == "most" and _describes_person(nxt)


def _setting(words: list[str]) -> bool:
    """"Standing outside the court", "Asked about the port", "Backed by the unions": a participle that opens
    the sentence the name stands in ("Acting Mayor", "Retired judge" are descriptions)."""
    first = _word(words[0])
    if len(words) < 2 or _describes(words[0]) or not first.endswith(("ing", "ed")):
        return False
    nxt = _word(words[1])
    return nxt in lexicon.lower("prepositions") or nxt in _DETERMINERS | _POSSESSIVES | {"to", "by", "up", "out"}


def _reported_by(words: list[str]) -> bool:
    """A verb of saying in the past before any description: "as the Tarn Gazette first reported". An
    adjective after an article is a description: "the alleged ringleader", "a noted historian"."""
    for i, w in enumerate(words):
        low = _word(w)
        if low in _RELATIVE or w.islower() and _describes(w):
            return False
        if w.islower() and w.endswith("ed") and cues.lemma(w) and not (i and _word(words[i - 1]) in _DETERMINERS):
            return True
    return False


def _with_outlet(words: list[str]) -> str | None:
    """"Harbour Radio's" -> "Harbour Radio"; "Here's" and "Mayor Ana Lind's" (another person) -> None."""
    owner = _POSSESSIVE.sub("", _word(words[-1]))
    if owner in _function_words() | {"here", "let"}:
        return None
    if owner not in lexicon.lower("org_nouns") and any(is_given_name(_word(w)) for w in words[:-1]):
        return None  # "Mayor Ana Lind's office"; "Victoria Police's" stays
    return " ".join(words[:-1] + [_POSSESSIVE.sub("", words[-1])])


def repeats(role: str, speaker: str) -> bool:
    """The role only repeats the speaker's name: "an Iowa voter" for "Iowa voter", "its chief executive"
    for "Tarn Bank chief executive"."""
    words = role.split()
    while len(words) > 1 and _word(words[0]) in _DETERMINERS | _POSSESSIVES:
        words = words[1:]
    bare = " ".join(words).casefold()
    name = speaker.casefold()
    return name == bare or name.endswith(" " + bare) or bare.endswith(" " + name)


def _names_a_body(rest: list[str]) -> bool:
    """After "of", "at", "for": a name, past any lower-case words ("of the law firm Vale & Park")."""
    for w in rest[:5]:
        if w[:1].isupper():
            return _word(w).rstrip("’'s") not in lexicon.lower("time_words") and not _names_people(rest)
        if not w[:1].isalpha():
            return False
    return False


def _names_people(words: list[str]) -> bool:
    """Words that open on a person's name ("Ana Lind and Tom Park", "Tom Brandt"), not on a description
    ("Charlotte Mayor", "Victoria Police")."""
    return len(words) > 1 and is_given_name(_word(words[0])) and words[1][:1].isupper() \
        and not words[1].isupper() and not _describes_person(words[1]) and not _POSSESSIVE.search(words[1]) \
        and words[-1] not in lexicon.words("title_words") and all(w[:1].isupper() or w in ("and", "or") for w in words)


def _clause_first(words: list[str]) -> bool:
    """A verb or a "that"-clause before the words that describe: a sentence, not a description."""
    aux = lexicon.lower("auxiliary_verbs") - {"be"}
    for i, w in enumerate(words):
        low = _word(w)
        if _describes(w) or low in _RELATIVE or low in _AFFILIATION:
            return False
        if w.islower() and (low in aux or low == "that" and i + 1 < len(words) and words[i + 1][:1].isupper()):
            return True
    return False


def _head(words: list[str]) -> list[str]:
    """The words before any prepositional tail or clause: "a cook" of "a cook at the harbour inn"."""
    head = []
    for w in words:
        if _word(w) in _AFFILIATION | {"in", "on", "near", "who", "which", "and"}:
            break
        head.append(w)
        if w.endswith(","):
            break
    return head


def _reads_as_description(words: list[str]) -> bool:
    """Words none of the lists hold, read by their shape: a noun for a person ("Comedian",
    "a barrister from Kessel"), or a place of origin ("of Tarnside")."""
    if _word(words[0]) in _AFFILIATION:
        return True
    if len(words) > 2 and _word(words[0]) == "one" and _word(words[1]) == "of" and _word(words[-1]) not in _function_words():
        return True  # "one of the founders of the port trust"
    head = _head(words)
    if not head:
        return False
    noun = head[-1].strip(",.;:")
    low = noun.casefold()
    if low in _function_words() or low.rstrip("s") in _things():
        return False  # "the email", "a new poll": a speaker that is a document has no role
    if len(head) > 1 and _word(head[0]) in _DETERMINERS:
        return True  # "a barrister from Kessel", "an IT professional", "a pro-port campaign group"
    if noun[:1].isupper() and len(head) > 1:
        return False  # "White House", "Christina N"
    # "Comedian", "screenwriter"; a capitalised word in -er is as often no person ("Water", "Together")
    endings = _PERSON_ENDINGS if noun[:1].isupper() else _PERSON_ENDINGS + ("er", "or")
    return low.endswith(endings) and not low.endswith(("ed", "ing"))
