"""Speaker phrases: is it a name, a role, an organisation or a pronoun?

`parse_phrase` reads the words that name a speaker, e.g. "Foreign ministry
spokeswoman Ana Lind" (name "Ana Lind", role "Foreign ministry spokeswoman"),
"Ivo Ober, co-founder of Larchmont Research, an advisory group" (the appositive
is the role), "state media-affiliated account Harbour Watch" (an organisation),
"A Norvish Trade Department spokesperson" (an unnamed role) or "the ministry"
(a re-mention that the article's entities resolve).

Everything here works on a bounded phrase (at most a few dozen words), so the
cost is linear in the text that reaches it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing import lexicon
from briefing.article import outlet_names
from briefing.article.attribution import cues
from briefing.article.attribution.descriptors import appositive_gender, appositive_roles, occasion
from briefing.article.attribution.names import is_given_name, number_run, time_run, weekday

PERSON, ORG, ROLE, PRONOUN, UNKNOWN = "person", "org", "role", "pronoun", "unknown"


def _words(text: str) -> set[str]:
    return set(text.split())


ROLE_NOUNS = lexicon.lower("role_nouns")
TITLE_WORDS = lexicon.words("title_words")
HONORIFICS = {k: (v if v in ("m", "f") else None) for k, v in lexicon.table("honorifics").items()}
GENDERED = lexicon.table("gendered_nouns")
ORG_NOUNS = lexicon.lower("org_nouns")
# The first word of a place that stands for its government: "Port Anselm said".
PLACE_WORDS = _words("Port Fort Mount Lake San Santa Saint St. St New Los Las El North South East West Upper Lower Greater Central")
# Countries, capitals and blocs speak through their governments ("China said", "Beijing has"); agencies report.
COUNTRIES = lexicon.lower("speaking_places") | lexicon.lower("news_agencies")
_PRONOUNS = {"he": "m", "she": "f", "it": "n", "they": "p", "i": "x", "we": "p", "him": "m", "her": "f"}
_DETERMINERS = _words("the a an one another its his her their our this that these those some two three several")
_PREPS = lexicon.lower("prepositions")
_PARTICLES = lexicon.lower("name_particles")
_CLAUSE_WORDS = lexicon.lower("clause_words")
_NOT_NAMES = lexicon.lower("not_names")
_TIME_WORDS = lexicon.lower("time_words")
_APPOSITIVE_OPENERS = lexicon.lower("appositive_openers")


@dataclass(frozen=True)
class Mention:
    kind: str  # PERSON, ORG, ROLE, PRONOUN or UNKNOWN (a lone capitalised word: "Lumora", "Dou")
    name: str  # "Ana Lind", "Water Resources Ministry spokesperson", "the ministry", "he"
    role: str | None = None  # "Foreign ministry spokeswoman"; for ROLE, the phrase itself
    gender: str | None = None  # "m", "f" or None
    noun: str | None = None  # head noun of an unnamed role or organisation: "spokesperson", "ministry"
    definite: bool = False  # "the spokesperson" (a re-mention) rather than "a spokesperson" (someone new)
    affiliation: str | None = None  # "the bank" in "a senior official at the bank"


def _bare(word: str) -> str:
    return word.strip(",.;:!?()[]\"“”‘’'").lower()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _acronym(word: str) -> bool:
    core = word.replace(".", "")
    return len(core) >= 2 and core.isupper() and core.isalpha() and len(core) <= 5


def _is_role(word: str) -> bool:
    b = _bare(word)
    if b in ROLE_NOUNS or b.rstrip("s") in ROLE_NOUNS and len(b) > 4:
        return True
    # "Editor-in-Chief", "commander-in-chief", "vice-chair"
    return "-" in b and any(part in ROLE_NOUNS for part in b.split("-") if len(part) > 3)


def _is_org_word(word: str) -> bool:
    return _bare(word) in ORG_NOUNS or _bare(word) in lexicon.lower("org_name_nouns")


def is_country(name: str) -> bool:
    return name.strip().lower().removeprefix("the ") in COUNTRIES


@lru_cache(maxsize=16384)
def parse_phrase(phrase: str) -> Mention | None:
    """Classify the words that name a speaker; None when they cannot be a speaker.

    A pure function of the phrase, memoised: an article tries the same few phrases
    ("he", "the spokesperson", "Qiao") for every sentence. Mention is immutable.
    """
    text = re.sub(r"\s+", " ", phrase).strip(" ,.;:\"“”'’‘—–-")
    if not text or len(text) > 300:
        return None
    low = text.lower()
    if low.split()[0] in _PREPS or low.split()[0] in _TIME_WORDS:
        return None  # "On September", "In Honolulu": a time or a place, not a speaker
    if " " not in low and (low in _DETERMINERS or low in _CLAUSE_WORDS or low in _NOT_NAMES) and low not in _PRONOUNS:
        return None  # "This", "Those", "Several"
    if low in _PRONOUNS:
        return Mention(PRONOUN, low, gender=_PRONOUNS[low] if _PRONOUNS[low] in "mf" else None)
    segments = [s.strip() for s in re.split(r",\s+|\s+[—–]\s+|\s+-\s+", text) if s.strip()]
    if not segments:
        return None
    head, rest = segments[0], segments[1:]
    # "the spokesman for the Velmoran delegation, Teodor Varga" / "Lessard's mayor, Anton Greive"
    if rest:
        first = _head(head)
        second = _head(rest[0])
        # A long title the parser cannot read whole ("Minister for … Development, Ada Lind") before a name.
        titled = (first is None and any(_is_role(w) for w in head.split()[:3])
                  or first is not None and first.kind in (PERSON, UNKNOWN) and any(_is_role(w) for w in first.name.split())
                  and second is not None and second.kind == PERSON and len(second.name.split()) >= 2
                  and not any(_is_role(w) for w in second.name.split()))  # "Public Relations Officer, Ada Lind"
        if second is not None and (titled and second.kind == PERSON or first is not None and (
                first.kind == ROLE or first.kind == ORG and first.noun is not None)
                and second.kind in (PERSON, ORG, UNKNOWN) and not second.definite):
            role = _join(" ".join(_strip_det(head.split())), second.role, *appositive_roles(rest[1:]))
            if second.kind == ORG or first is not None and first.kind == ORG:
                return Mention(ORG, second.name, role)  # "The port's owner, Caspian Holdings," "the operator, Aven Strait Terminals"
            return Mention(PERSON, second.name, role, (first.gender if first else None) or second.gender or appositive_gender(rest))
    mention = _head(head)
    if mention is None:
        return None
    extra = appositive_roles(rest)
    if extra:
        role = _join(mention.role if mention.kind != ROLE else None, *extra) if mention.kind != ROLE else mention.role
        kind = mention.kind
        if kind in (UNKNOWN, PERSON) and _org_appositive(extra[0]):
            kind = ORG  # "River Watch, an independent group that tracks the river" (not "Kivo, director of
            # Bloomline, a company that …": a later appositive describes the employer)
        elif kind == UNKNOWN and any(_is_role(w) for e in extra for w in e.split()[:4]):
            kind = PERSON  # "Halden, a rice farmer"
        mention = Mention(kind, mention.name, role, mention.gender or appositive_gender(rest), mention.noun, mention.definite, mention.affiliation)
    elif mention.gender is None and rest:
        mention = Mention(mention.kind, mention.name, mention.role, appositive_gender(rest), mention.noun, mention.definite, mention.affiliation)
    return mention


def _org_appositive(seg: str) -> bool:
    """ "an independent group that tracks the river" describes an organisation; "the authority's chief
    executive" a person: the head noun is the last word before "of", "that", "at" ..."""
    words = [_bare(w) for w in seg.split()[:10]]
    if not words or words[0] not in {"a", "an", "the"}:
        return False
    head = None
    for w in words[1:]:
        if w in {"of", "that", "which", "who", "at", "in", "for", "with", "from", "based", "whose", "on", "to", "and"}:
            break
        if len(w) > 5 and w.endswith(("ed", "ing")) and head is not None:
            break  # "a social media account affiliated with …", "the company building the dam"
        head = w
    return head is not None and not _possessive(head) and head in ORG_NOUNS and head not in ROLE_NOUNS


def _join(*parts: str | None) -> str | None:
    got = [p.strip(" ,") for p in parts if p and p.strip(" ,")]
    return ", ".join(got) if got else None


_NAMEABLE = lexicon.lower("nameable_nouns")
_SPEECH_VERBS = frozenset(cues.verb_forms())
_PAST = lexicon.lower("past_tense_verbs")
_LEADING_ADVERBS = lexicon.lower("leading_adverbs")
# What an organisation speaks through: "the bank's statement said", "the filing said".
DOC_NOUNS = lexicon.lower("document_nouns")
_PLACE_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A."}
_DET_START = _words("the a an its this that these those one another")


def _head(text: str) -> Mention | None:
    """The core noun phrase of a speaker phrase, without appositives."""
    text = re.sub(r"\s*\([^()]{0,40}\)", "", text).strip()  # "Aven Strait Terminals ($AVST)"
    words = text.split()
    if not words or len(words) > 14:
        return None
    words = _sentence_start(words)
    low0 = _bare(words[0])
    early = _pronoun_or_possessive(words, low0)
    if early is not None:
        return early if isinstance(early, Mention) else None
    # Drop a trailing time phrase: "Mehta on Tuesday".
    for i in range(1, len(words)):
        if _bare(words[i]) in {"on", "late", "early", "last", "this", "earlier", "later"} and i + 1 < len(words) and _bare(words[i + 1]) in _TIME_WORDS:
            words = words[:i]
            break
    outlet = _known_outlet(words)
    if outlet is not None:
        return outlet
    tags = [_tag(w, i, words) for i, w in enumerate(words)]
    if _is_clause(words, tags):
        return None
    definite = low0 in {"the", "its", "this", "that", "these", "those"}
    found = _name_in(words, tags)
    if isinstance(found, Mention):
        return found
    if found is not None:
        return _named(words, tags, found, definite)
    if low0 in {"her", "his", "their", "our", "my", "your"}:
        return None
    return _unnamed(words, tags, definite)


def _known_outlet(words: list[str]) -> Mention | None:
    """"USA Today", "the BBC Sport website"'s outlet: a real outlet the outlet table knows is an
    organisation as a whole, not a person with a role in front ("Today", role "USA")."""
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return None
    definite = _bare(words[0]) == "the"
    name = " ".join(words[1:] if definite else words).strip(",;:")
    return Mention(ORG, name, definite=definite) if outlet_names.canonical(name) else None


def _sentence_start(words: list[str]) -> list[str]:
    while len(words) > 1 and _bare(words[0]) in _LEADING_ADVERBS:
        words = words[1:]  # "Yet Caldera announced …"
    if words[0][:1].isupper() and (_bare(words[0]) in ORG_NOUNS or _is_role(words[0])) and (
        len(words) == 1
        or words[1][:1].islower() and not _is_role(words[1])
        and not (_bare(words[1]) in {"of", "for", "in"} and len(words) > 3
                 and (words[2][:1].isupper() or _bare(words[2]) == "the" and words[3][:1].isupper()))  # "Ministry of Maritime Affairs"
    ):
        # A common noun capitalised only because it starts the sentence: "Crowds gathered", "Police said".
        words = [words[0][0].lower() + words[0][1:]] + words[1:]
    return words


def _time_zone(word: str) -> bool:
    """"GMT", "EDT": printed after a clock time ("until 6pm GMT"), never a speaker."""
    return word.isupper() and word in lexicon.table("time_zones")


def _pronoun_or_possessive(words: list[str], low0: str) -> Mention | bool | None:
    """A pronoun, or a phrase led by a possessive ("Her neighbour"); False when the words are no
    speaker at all; None when the phrase needs the full reading."""
    if len(words) == 1:
        if low0 in _PRONOUNS:
            return Mention(PRONOUN, low0, gender=_PRONOUNS[low0] if _PRONOUNS[low0] in "mf" else None)
        if low0 in _TIME_WORDS or low0 in _NOT_NAMES or low0 in _LEADING_ADVERBS or low0 == "reports" \
                or _time_zone(words[0]):
            return False  # "Tuesday", "GMT": a time, nobody who speaks
        return None
    if low0 in {"he", "she", "it", "they", "we", "i", "you", "there", "here"}:
        return False  # "It said average waiting times": a clause, not a speaker
    if low0 in {"her", "his", "their", "our", "my", "your"}:
        # "Her neighbour" names a role (and is followed by a name: "Her neighbour, Yusuf Kaya"); "Her members" does not.
        rest = words[1:]
        head = rest[:rest.index("of")] if "of" in rest[1:-1] and len(rest) <= 5 else rest  # "his chief of staff"
        noun = _bare(head[-1]) if head else ""
        if len(head) <= 3 and (noun in lexicon.lower("possessed_roles") or _is_role(head[-1]) and (not noun.endswith("s") or noun in lexicon.lower("plural_roles"))):
            phrase = " ".join(words)
            return Mention(ROLE, phrase, phrase, None, noun, True)  # "her lawyer", "his aides"
        if len(rest) <= 2 and _is_org_word(rest[-1]):
            return Mention(ORG, " ".join(words), None, None, _bare(rest[-1]), True)  # "…, their union said"
        return False
    return None


_NOT_A_CLAUSE = frozenset({"unnamed", "retired", "elected", "embattled", "detained", "jailed", "unidentified"})


def _is_clause(words: list[str], tags: list[str]) -> bool:
    for i, (w, t) in enumerate(zip(words, tags)):
        b = _bare(w)
        if w[:1].isupper() or t in ("P", "particle") or i == 0 and t == "D":
            continue
        if b in _CLAUSE_WORDS or b in _SPEECH_VERBS or b in _PAST:
            return True  # "the talks were", "that the detour": a clause, not a speaker
        if t == "L" and re.fullmatch(r"[a-z]+ed", b) and b not in _NOT_A_CLAUSE:
            return True
    return False


def _name_in(words: list[str], tags: list[str]) -> tuple[int, int] | Mention | None:
    """The run of proper words that names the speaker, or an organisation named before the noun
    that says what it is ("the Save Fenwick Park campaign"), or None."""
    runs = _proper_runs(words, tags)
    for n_run, (start, end) in enumerate(reversed(runs)):
        while end - start > 1 and weekday(words[end - 1]):
            end -= 1  # "the ministry Tuesday", "the White House Saturday": when, not who
        if time_run(words[start:end]) or number_run(words[start:end]):
            continue  # "Tuesday", "Feb.", "Last September": a time; "Six in 10": a count; nobody who speaks
        prev_end = runs[len(runs) - n_run - 2][1] if len(runs) - n_run - 2 >= 0 else -1
        if prev_end >= 0 and any(tags[k] == "P" for k in range(prev_end, start)) and tags[start - 1] != "R":
            continue  # "Lina Moss of the aid group Relief North": an affiliation (not "Seats for 40
            # campaign director Ivo Ode", whose lower-case role makes him the one named)
        j = start - 1
        while j >= 0 and tags[j] == "D":
            j -= 1
        if j >= 0 and tags[j] == "P":
            continue  # "at ANZ Research": an affiliation
        if start == 0 and end == 1 and len(words) > 2 and _bare(words[1]) == "of" and not _is_org_word(words[0]) and tags[0] == "C":
            continue  # "Shares of Aven Strait Terminals": a common noun that starts the sentence
        if tags[end - 1] == "M":
            continue  # "Velmora’s …": a possessor
        after = words[end:]
        if after and after[0][:1].islower() and _bare(after[0]) not in _PREPS:
            # A run before a lowercase noun modifies it ("Cordana president", "Lessard police") unless the noun
            # says what the name is: "the Save Fenwick Park campaign", "HarbourWatch account".
            if len(after) <= 2 and _bare(after[-1]) in _NAMEABLE and [_bare(w) for w in words[:start]] not in (["a"], ["an"]):
                # (not "a Kessel newspaper": some newspaper of that place, described)
                lead = " ".join(_strip_det(words[:start]))
                role = _join(" ".join(x for x in (lead, " ".join(after)) if x))
                return Mention(ORG, " ".join(w.strip(",;:") for w in words[start:end]), role, None, None, False)
            continue
        return start, end
    return None


def _unnamed(words: list[str], tags: list[str], definite: bool) -> Mention | None:
    """No name: an unnamed role ("A Chinese Commerce Department spokesperson", "a senior official
    at the bank") or organisation ("the ministry", "Lessard police", "the post")."""
    core = words
    affiliation = None
    for i, t in enumerate(tags):
        if t == "P" and i > 0:
            core = words[:i]
            affiliation = " ".join(words[i + 1:]) or None
            break
    # "A source familiar with the talks": the noun before its modifier.
    while len(core) > 1 and not (_is_role(core[-1]) or _is_org_word(core[-1])) and any(_is_role(w) for w in core[:-1]):
        core = core[:-1]
    if core and _bare(core[-1]) in DOC_NOUNS:
        # "The bank's statement said": the bank speaks; "the statement said": whoever issued it.
        owner = [w for w in core[:-1] if _possessive(w)]
        if owner:
            return parse_phrase(" ".join(core[: core.index(owner[-1]) + 1])[:-2].rstrip("’'"))
        if definite and len(_strip_det(core)) == 1:
            return Mention(ORG, " ".join(words), None, None, _bare(core[-1]), True)
        return None
    if not core or _possessive(core[-1]) or not _strip_det(core):
        return None  # "Harbour Workers Union's": a possessor, not a speaker
    last = _bare(core[-1])
    full = " ".join(_strip_det(words))
    gender = next((GENDERED[_bare(w)] for w in core if _bare(w) in GENDERED), None)
    # "the ministry" points back at someone; "the Calderan government" names its own speaker.
    named = any(w[:1].isupper() and not _bare(w).endswith("-based") for w in _strip_det(core))
    if last in ORG_NOUNS or last.rstrip("s") in ORG_NOUNS and len(last) > 4:
        noun = last if last in ORG_NOUNS else last.rstrip("s")
        if named or definite and len(_strip_det(core)) > 2:
            # "the state meteorological service" is someone new; "the company" points back.
            return Mention(ORG, full, None, None, None, False, affiliation)
        return Mention(ORG, full, None, None, noun, definite or last == "police", affiliation)
    if _is_role(last) or last.endswith("-old"):  # "the spokesperson", "the 58-year-old"
        return Mention(ROLE, full, full, gender, last, definite, affiliation)
    return None


_TITLEISH = ("R", "H", "T", "X")


def _titled_person(run: list[str]) -> bool:
    """A name led by a person's title: "Lt. Kenny Park", "Mrs. Ada Church"; "Mr Park" (a title with a gender)."""
    first = run[0].casefold()
    return len(run) == 2 and bool(HONORIFICS.get(_bare(run[0]))) and run[1][:1].isupper() or len(run) >= 3 and (first in HONORIFICS or first in lexicon.lower("title_abbreviations")) \
        and run[1][:1].isupper() and not _is_org_word(run[1])


def _named(words: list[str], tags: list[str], head: tuple[int, int], definite: bool) -> Mention | None:
    start, end = head
    run, run_tags = words[start:end], tags[start:end]
    before, tail = words[:start], words[end:]
    lead = [w for w in _strip_det(before) if _possessive(w)]
    clean_run = [w.strip(",;:") for w in run]
    # "Temsa Basin Development Bank", "Republic of Caldera", "Ministry of Maritime Affairs": an organisation.
    org_word = next((k for k, w in enumerate(run) if _is_org_word(w) and run_tags[k] != "R" and (k == len(run) - 1 or _bare(run[k + 1]) in {"of", "for", "on"})), None)
    if _is_org_word(run[-1]) and run_tags[-1] != "R":
        org_word = len(run) - 1  # "Northern Shipowners’ Association"
    elif len(run) >= 2 and _is_org_word(run[-2]) and re.fullmatch(r"[A-Z]", clean_run[-1]):
        org_word = len(run) - 2  # "Group B", "Party B": a body with a letter, no one's name
    if org_word is not None and _titled_person(run):
        org_word = None  # "Lt. Kenny Park", "Dr. Ada Church": a title makes the name a person's
    if org_word is not None:
        noun = _bare(run[-1]) if len(run) == 1 else None  # "the Ministry" is a description, "the Finance Ministry" a name
        name = " ".join(lead[-1:] + clean_run) if lead and lead[-1] == before[-1] else " ".join(clean_run)
        return Mention(ORG, name, _join(" ".join(tail) or None), None, noun, definite and noun is not None)
    # Titles inside the run: "U.S. Secretary of State Dana Whitlow", "Water Resources Minister Dou Kaiming";
    # a title word at the end is a name ("Jane Justice").
    def titleish(k: int) -> bool:
        return run_tags[k] in _TITLEISH or run_tags[k] == "P"
    cut = 0
    for k in range(len(run)):
        if titleish(k) and any(not titleish(x) for x in range(k + 1, len(run))):
            cut = k + 1
    # "Minister of Harbours, Ana Lind", "Director of Communications Ana Lind": the word after the title's
    # "of" is its portfolio, not a name, unless it is a given name ("the widow of Ana Lind" is no one here).
    if 0 < cut < len(run) and _bare(run[cut - 1]) in {"of", "for", "in"} and not is_given_name(clean_run[cut]):
        cut += 2 if _bare(run[cut]) == "the" and cut + 2 < len(run) else 1  # "Minister in the Presidency Ana Lind"
    name_words = clean_run[cut:]
    title = run[:cut]
    gender = None
    for w in before + title:
        b = _bare(w)
        gender = gender or (HONORIFICS.get(b) if b in HONORIFICS else GENDERED.get(b))
    if occasion(tail):
        tail = []  # "Jane Holt at a briefing on Monday": when and where she spoke, not who she is
    role = " ".join(_strip_det(before) + title + tail) or None  # "Senior China strategist … at ANZ Research"
    # "Kessel Bakeries CEO": a role in capitals ends the run, so no name is in it (unlike "Jane Justice")
    if not name_words or all(titleish(cut + k) for k in range(len(name_words))) \
            or run_tags[-1] == "R" and clean_run[-1].isupper() and len(clean_run) > 1:
        joined = " ".join(_strip_det(before) + run + tail)
        noun = next((_bare(w) for w in reversed(run) if _is_role(w)), _bare(run[-1]))
        return Mention(ROLE, joined, joined, gender, noun, definite)
    name = " ".join(name_words)
    # "El Paso" is a place, "Dr el Bushra" a person
    org = name_words[0][:1].isupper() and _bare(name_words[0]).capitalize() in PLACE_WORDS and len(name_words) > 1 \
        or is_country(name)
    # "account Harbour Watch", "the company Lumora": the noun before the name says what it is.
    noun_before = before[-1] if before and not title and before[-1][:1].islower() else None
    if noun_before is not None and _is_org_word(noun_before) and not _is_role(noun_before):
        org = True
    if org:
        return Mention(ORG, name, role, None, None, definite)
    if len(name_words) == 1 and not title and not any(_is_role(w) for w in before):
        # "the Times" names an organisation; "the elder Ruiz" a person met before; "the Frenchman" and
        # "the Slovenian" describe someone already named.
        right_after_the = definite and len(before) == 1
        described = definite and all(not w[:1].isupper() for w in before)  # "the angry 41-year-old Swede"
        if described and demonym(name_words[0]):
            return Mention(ROLE, " ".join(words), None, gender, _bare(name_words[0]), True)
        kind = ORG if right_after_the or _acronym(name_words[0]) else UNKNOWN
        return Mention(kind, name, role, gender, None, definite)
    return Mention(PERSON, name, role, gender, None, False)


def demonym(word: str) -> bool:
    """"Swede", "Norlander"? A noun for a person of a nation or place ("the Swede said")."""
    w = word.strip(",;:")
    if is_country(w) or _bare(w) in ORG_NOUNS or w in {"Guardian", "Christian", "Vatican", "Pentagon", "Kremlin", "Parisian"}:
        return False
    if "-" in w and w[:1].isupper():
        return all(part[:1].isupper() for part in w.split("-")) and any(demonym(part) for part in w.split("-"))
    return w[:1].isupper() and (w.endswith(("ian", "ean", "ese", "man", "woman", "ish"))
                                or w in lexicon.words("demonym_nouns")
                                or w.endswith("an") and is_country(w[:-1]))  # "Kenyan", "Cuban"


def _strip_det(words: list[str]) -> list[str]:
    i = 0
    while i < len(words) and _bare(words[i]) in {"the", "a", "an", "one", "another", "unnamed", "anonymous"}:
        i += 1
    return words[i:]


def _tag(word: str, i: int, words: list[str]) -> str:
    b = _bare(word)
    if not b:
        return "L"
    if not word[:1].isupper():
        if b in _DETERMINERS:
            return "D"
        if b in _PREPS:
            return "P"
        if b in _PARTICLES:
            return "particle"
        if _is_role(word):
            return "R"
        if _is_org_word(word):
            return "O"
        return "L"
    if i == 0 and b in _DET_START:
        return "D"
    if b.endswith("-based") and all(_bare(w) in ("the", "a", "an") for w in words[:i]):
        return "L"  # "the Tarn-based company": an adjective, no part of a name (after a name it stays in the run)
    if b in HONORIFICS and b not in {"president", "premier", "mayor", "judge", "justice", "chancellor"}:
        return "H"  # "Mr", "Dr.", "Maj.", "Sen."
    if _is_role(word) and i >= 1 and re.fullmatch(r"[A-Z]\.", words[i - 1]):
        return "C"  # "Rep. Peter T. King": a surname after an initial, not a title
    if _is_role(word):
        return "R"
    if word.strip(",;:") in TITLE_WORDS:
        return "T"
    if re.fullmatch(r"(?:[A-Z]\.){1,3}", word.strip(",;:")) and word.strip(",;:").upper() not in _PLACE_INITIALS:
        return "C"  # initials: "J.D. Harlow", "John F. Kennedy"
    if _acronym(word) and i + 1 < len(words) and words[i + 1][:1].isupper() and not _is_org_word(words[i + 1]) \
            and not (len(word) >= 4 and is_given_name(word)) \
            and not (i + 2 == len(words) and i > 0 and not _is_role(words[i + 1])
                     and not is_given_name(words[i + 1])):  # "the news site KTV Info": a name, not a title  # "MINISTER SIMON Harris": a name in capitals
        return "X"  # "CE Arlo Penn", "U.S. Treasury Secretary"
    if word.endswith(("'s", "’s")):
        return "M"  # "Velmora’s" (a plural possessive stays in a name: "Rice Growers' Union")
    return "C"


def _proper_runs(words: list[str], tags: list[str]) -> list[tuple[int, int]]:
    """Capitalised stretches, with "of"/"for"/"and" and name particles inside them; a possessive ends one."""
    runs = []
    i, n = 0, len(words)
    caps = ("C", "R", "T", "H", "X", "M")
    def cap(k: int) -> bool:
        return tags[k] in caps and words[k][:1].isupper()

    while i < n:
        if not cap(i):
            i += 1
            continue
        j = i + 1
        if tags[i] != "M":
            while j < n:
                if cap(j):
                    j += 1
                    if tags[j - 1] == "M":
                        break
                elif tags[j] == "particle" and any(cap(k) for k in range(j + 1, min(n, j + 3))) and all(
                    tags[k] == "particle" for k in range(j, next(k for k in range(j + 1, min(n, j + 3)) if cap(k)))
                ):
                    j += 1  # "Ursula von der Leyen"
                elif j + 1 < n and cap(j + 1) and (
                    _bare(words[j]) in {"of", "for", "and", "&"} and (tags[j - 1] in ("R", "T") or _is_org_word(words[j - 1]))
                    or _bare(words[j]) == "on" and _is_org_word(words[j - 1])  # "Commission on Harbour Safety"
                ):
                    j += 1
                elif j + 2 < n and cap(j + 2) and (_is_org_word(words[j - 1]) and _bare(words[j]) in {"of", "for", "on"}
                                                   or tags[j - 1] == "R" and _bare(words[j]) in {"of", "for", "in"}) \
                        and _bare(words[j + 1]) in {"a", "the"}:
                    j += 2  # "Committee for a Safer Harbour", "Council of the Isles", "Minister in the Presidency"
                else:
                    break
        runs.append((i, j))
        i = j
    return runs


_RELATIVE = frozenset({"who", "which", "that", "whom"})
_CONJUNCTIONS = frozenset({"and", "nor", "or", "&"})


def describe(phrase: str) -> Mention | None:
    """What a source phrase is when `parse_phrase` cannot tell: a relative pronoun ("who"),
    a name with a possessive ("Lind's"), a pair ("Lind and Ode", "Federal and state
    officials"), or a description taken as written ("critics", "the woman", "the poll")."""
    text = re.sub(r"\s+", " ", phrase).strip(" ,.;:\"“”'’‘—–-")
    words = text.split()
    if not words or len(words) > 12:
        return None
    low = text.lower()
    if low in _RELATIVE:
        return Mention(PRONOUN, "who")
    pronoun = re.sub(r"['’](?:s|d|ll|ve|re)$", "", low)
    if pronoun in _PRONOUNS:
        return parse_phrase(pronoun)  # "He’s", "She'd"
    if _bare(words[0]) in _PREPS or _bare(words[0]) in _TIME_WORDS:
        return None  # "in the Oval Office", "On Tuesday": a place or a time, not a speaker
    if len(words) == 1 and (_bare(words[0]) in _DETERMINERS | _CLAUSE_WORDS | _NOT_NAMES | _LEADING_ADVERBS
                            or _possessive(words[0]) and _bare(words[0]).rstrip("’'s") in _TIME_WORDS
                            or not words[0][:1].isalpha() or _time_zone(words[0]) or number_run(words)):
        return None  # "Those", "Therefore", "Whoever", "Thursday's", "GMT", "Four": no speaker
    if _possessive(words[-1]) and len(words) <= 4:
        bare = " ".join(words[:-1] + [re.sub(r"['’]s?$", "", words[-1])])
        inner = parse_phrase(bare)
        if inner is not None and inner.kind in (PERSON, ORG, UNKNOWN):
            return inner
    for k, w in enumerate(words[:-2]):
        if _bare(w) not in DOC_NOUNS | {"notice"}:
            continue
        # "a notice published by the Orlin Water Board": the document speaks for its author;
        # "a notice on the authority's website": for the owner of the site.
        by = next((i for i in range(k + 1, min(k + 4, len(words))) if _bare(words[i]) in {"by", "from"}), None)
        owner = next((i for i in range(k + 1, len(words)) if _possessive(words[i])), None)
        if by is not None:
            inner = parse_phrase(" ".join(words[by + 1:]))
        elif owner is not None:
            start = next((i for i in range(owner, k, -1) if _bare(words[i - 1]) in _PREPS), owner)
            inner = parse_phrase(re.sub(r"['’]s?$", "", " ".join(words[start:owner + 1])))
        else:
            continue
        if inner is not None and inner.kind in (PERSON, ORG, UNKNOWN):
            return inner
    if len(words) >= 2 and _bare(words[-1]) in lexicon.lower("finding_nouns") | DOC_NOUNS and words[-2][:1].isupper():
        # "according to Harbour Board figures": the board's, as the board's statement is the board's
        inner = parse_phrase(re.sub(r"['’]s?$", "", " ".join(words[:-1])))
        if inner is not None and inner.kind in (ORG, UNKNOWN):
            return inner
    if any(_bare(w) in _CONJUNCTIONS for w in words[1:-1]):
        kept = [w for w in words if _bare(w) not in {"neither", "either", "both"}]
        named = any(w[:1].isupper() for w in kept[1:]) or kept[0][:1].isupper() and _bare(kept[0]) not in _DETERMINERS
        return Mention(ORG if named else ROLE, " ".join(kept), None if named else " ".join(kept), noun=_bare(kept[-1]))
    if low.split()[0] in _CLAUSE_WORDS - _DETERMINERS:
        return None
    core = _strip_det(words)
    if not core or any(_bare(w) in _CLAUSE_WORDS for w in core):
        return None
    # "her father", "his spokesman": the one the article has named, like "the father"
    definite = _bare(words[0]) in {"the", "this", "that", "these", "those", "his", "her", "their"}
    noun = _bare(core[-1])
    gender = GENDERED.get(noun) or ("f" if noun in {"woman", "women's"} else "m" if noun == "man" else None)
    return Mention(ROLE, text, text, gender, noun, definite)


def is_group_noun(word: str) -> bool:
    """A noun for people or bodies that may speak on its own: "Authorities", "Officials", "Police"."""
    low = _bare(word)
    return any(w in ROLE_NOUNS or w in ORG_NOUNS for w in (low, low[:-1], low[:-2], low[:-3] + "y"))
