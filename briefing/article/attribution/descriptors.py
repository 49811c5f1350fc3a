"""The words around a name. A description written in front of it: "state disaster manager Ravi Kolle",
"the club's outgoing director of football Tomas Brandt", "Meteorologist Judson Vale",
"state media-affiliated account Lantern Desk", "a user named Roshni".

Web copy stacks words of description before the name without a comma. The
speaker is the name at the end; the words before it are the role. The words
after a name may be the occasion it spoke at ("at a briefing on Monday"), which
is no part of the role, or appositives between commas that give a role or a
gender ("Ada Lind, chief economist at Larchmont, who …"). A document named as a source speaks
for whoever issued it ("an update on Monday from the Harbour Board").
"""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.tokens import Paragraph

_BEFORE_A_NAME_ALONE = frozenset({"named", "called", "nicknamed", "handle"})
_ARTICLES = frozenset({"a", "an", "the"})


@cache
def _not_before_name() -> frozenset[str]:
    """Words after which the name is somebody else's ("a spokesman for Norland Rail")."""
    return lexicon.lower("prepositions") | {"and", "or", "&"}


@cache
def _role_nouns() -> frozenset[str]:
    return lexicon.lower("role_nouns")


def split_descriptor(written: str) -> tuple[str, str] | None:
    """(description, name) when `written` is a description followed by a name, else None."""
    words = written.strip(" ,;:").split()
    if len(words) < 2:
        return None
    start = len(words)
    while start > 0 and _name_word(words[start - 1]):
        start -= 1
    # Particles inside a name ("Ana de Vries") are part of it, not of the description.
    while 0 < start < len(words) and words[start - 1] in lexicon.lower("name_particles") and start > 1 and _name_word(words[start - 2]):
        start -= 2
        while start > 0 and _name_word(words[start - 1]):
            start -= 1
    run = words[start:]
    lead = words[:start]
    # A capitalised role word opening the run ("Meteorologist Judson Vale") is description.
    while len(run) > 2 and run[0].strip(",").casefold() in _role_nouns():
        lead, run = lead + run[:1], run[1:]
    if not lead or not run:
        return None
    before = lead[-1].casefold().strip(",")
    if before in _not_before_name():
        return None
    if len(run) < 2 and before not in _BEFORE_A_NAME_ALONE:
        return None
    if not lead or not any(w[:1].islower() for w in lead) and lead[-1].strip(",").casefold() not in _role_nouns():
        return None  # "Senate Minority Leader Ana Lind" is read by the phrase parser as it stands
    if before in _BEFORE_A_NAME_ALONE:
        lead = lead[:-1]  # "a user named Roshni": the role is "a user"
        while len(lead) > 1 and lead[-1].casefold() in _not_before_name() | _ARTICLES:
            lead = lead[:-1]  # "one person with the handle @lumo_fan": "one person"
    role = " ".join(lead).strip(" ,")
    return role.rsplit(", ", 1)[-1], " ".join(run)  # "One of them, Councillor Naomi Fisk": "Councillor"


def _name_word(word: str) -> bool:
    w = word.strip(",")
    return bool(w) and (w[:1].isupper() or w[:1] == "@") and not w.isupper() or len(w) == 2 and w.endswith(".")


def occasion(tail: list[str]) -> bool:
    """'at a briefing', 'during a visit to Tarnside', 'at the hearing': an occasion after a name, where an
    affiliation names a body ('at Larchmont Wealth', 'at the Harbour Authority')."""
    words = [w.lower().strip(",;:.") for w in tail[:3]]
    return len(words) >= 2 and words[0] in {"at", "during", "in", "on", "after", "before", "while"} and (
        words[1] in {"a", "an"} or words[1] == "the" and len(tail) > 2 and tail[2][:1].islower())


@cache
def _gendered() -> dict[str, str]:
    return lexicon.table("gendered_nouns")


def _low(word: str) -> str:
    return word.strip(",.;:!?()[]\"“”‘’'").lower()


def appositive_gender(segments: list[str]) -> str | None:
    """The gender an appositive gives by its pronoun or noun: "Miriam Halden, who drove to the bridge with her
    two sons"."""
    words = {_low(w) for s in segments for w in s.split()}
    if words & {"she", "her", "hers", "herself"} and not words & {"he", "his", "him", "himself"}:
        return "f"
    if words & {"he", "his", "him", "himself"} and not words & {"she", "her", "hers", "herself"}:
        return "m"
    for w in words:
        if w in _gendered():
            return _gendered()[w]
    return None


def appositive_roles(segments: list[str]) -> list[str]:
    """Appositives that describe the speaker: "chief economist at X", not "58" or "in a statement"."""
    out = []
    for seg in segments:
        words = seg.split()
        first = _low(words[0]) if words else ""
        if not words or seg.isdigit() or re.fullmatch(r"\d{1,3}", seg):
            continue  # an age: "Halden, 58,"
        if first.endswith("ing") and words[0][:1].islower() and len(first) > 5:
            continue  # "standing in the mud outside her kitchen"
        if first in lexicon.lower("appositive_openers"):
            continue  # a relative clause or an adverbial: "who is not related to the minister", "in a statement"
        out.append(seg)
        if len(out) >= 2:
            break
    return out


# "an update on Monday from the board", "official results announced by the commission",
# "the testimony of Ivo Brand": a document or finding, and after "from", "by" or "of", who issued it.
# Nouns that any organisation may go by: "the authority", "the company", "the group".
GENERIC_BODIES = frozenset({"authority", "company", "firm", "group", "organisation", "organization", "agency",
                            "body", "operator", "club", "team", "corporation", "institution", "board"})
_ISSUED_BY = frozenset({"from", "by", "of"})
_ISSUED_NOUNS = frozenset({"update", "results", "announcement", "account"})
_WHEN = frozenset({"last", "this", "next", "early", "late", "earlier", "later"})


def issuer(written: str) -> str:
    """Who issued the document a source phrase names ("an update from the Harbour Board" -> "the
    Harbour Board"); the phrase as it was otherwise."""
    words = " ".join(written.split()).strip(" ,;:").split()
    k = next((i for i, w in enumerate(words[:7]) if w in _ISSUED_BY), None)
    nouns = _issued_nouns() | (lexicon.lower("issued_works") if k is not None and words[k] != "of" else frozenset())
    if k is None or not any(w in nouns for w in words[:k]) \
            or not all(w.islower() or w[:1].isdigit() or w.lower() in lexicon.lower("time_words") for w in words[:k]):
        return written
    owner = words[k + 1:]
    if owner and (owner[0].lower() in _WHEN or owner[0].lower() in lexicon.lower("time_words")
                  or owner[0].lower() in lexicon.lower("month_names") or owner[0][:1].isdigit()):
        return written  # "a study from March", "a poll from last week": when it was made, not who made it
    # "the commission" is the body the page named so; "the port operator" might be any of several
    named = owner[:1] != [] and owner[0][:1].isupper() or len(owner) >= 2 and owner[0] == "the" \
        and (owner[1][:1].isupper() or owner[-1] in lexicon.lower("org_nouns") | _role_nouns()
             and owner[-1] not in GENERIC_BODIES)
    return " ".join(owner) if named and len(owner) <= 8 else written


@cache
def _issued_nouns() -> frozenset[str]:
    return (lexicon.lower("document_nouns") | lexicon.lower("speech_nouns") | lexicon.lower("finding_nouns")
            | _ISSUED_NOUNS)


_ISSUING = frozenset({"issued", "sent", "signed", "released", "published", "posted", "written"})
_ISSUER_REACH = 10  # tokens from "by" to the verb of saying: "by the Kessel Port Authority on Tuesday night"


def issued_sources(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with "sent out by Veer on Tuesday night" after a document that is the source ("a fundraising
    email sent out by Veer … warned") read as part of the source, where the tagger read it as the cue: the
    document speaks for whoever issued it, and the verb after the issuer is the cue."""
    out = list(labels)
    toks = par.tokens
    for i in range(1, len(toks) - 3):
        if not out[i - 1].endswith("SRC") or out[i].endswith("SRC") or toks[i].text.lower() not in _ISSUING \
                or toks[i - 1].text.lower() not in lexicon.lower("document_nouns"):
            continue
        k = i + 1 + (toks[i + 1].text.lower() == "out")
        if k >= len(toks) or toks[k].text.lower() != "by":
            continue
        verb = next((m for m in range(k + 2, min(len(toks), k + _ISSUER_REACH)) if toks[m].unit == toks[i].unit
                     and toks[m].text.islower() and toks[m].text.endswith(("ed", "s")) and cues.lemma(toks[m].text)), None)
        if verb is None or not issuer_words([t.text for t in toks[k + 1:verb]]):
            continue  # "A notice posted by the door said …": no issuer, or more than one named
        for m in range(i, verb):
            out[m] = "I-SRC"
        out[verb] = "B-CUE"
    return out


_ISSUER_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def issuer_words(words: list[str]) -> list[str]:
    """The words after "issued by" that name who issued a document, up to a second clause or whom it was
    sent to ("the port director to staff" -> "the port director"); none for a manner or a place ("by
    hand", "by the door", "by request of the minister"): a capitalised name, or a determiner and a body
    or a role."""
    end = next((n for n, w in enumerate(words) if n and (w in (",", ";") or w.endswith(",") and n + 1 < len(words)
                                                          or w in ("to", "for") or w == "and" and n + 1 < len(words)
                                                          and words[n + 1].endswith("ed"))), len(words))
    kept = [w.strip(",") for w in words[:end]]
    low = [w.lower() for w in kept]
    if not kept or "by" in low or "of" in low[:2]:
        return []
    bodies = lexicon.lower("org_nouns") | lexicon.lower("org_name_nouns") | _role_nouns() | lexicon.lower("plural_roles") \
        | lexicon.lower("person_name_nouns") | lexicon.lower("hearer_words")
    named = kept[0][:1].isupper() or low[0] in bodies or (low[0] in _ISSUER_OPENERS or low[0] in lexicon.lower("number_words")) \
        and any(w in bodies or w.rstrip("s") in bodies for w in low[1:]) or low[0].endswith(("'s", "’s"))
    return kept if named else []
