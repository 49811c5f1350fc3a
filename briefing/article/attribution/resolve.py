"""Who a source phrase stands for: a name, a pronoun, a role or an organisation.

- A name is the fullest form the article gave it ("Lind" → "Ana Lind").
- "he" / "she" is the person who spoke last, when the gender agrees and no other
  person of that gender has become the subject of a sentence since; failing
  that, the last person of that gender named as a sentence's subject, or named
  at all, in the last few sentences. "they" is the organisation or group that
  spoke last. "who" is the name just before it.
- A role ("the spokeswoman", "the senator") is the person the article named with
  that role; an organisation's description ("the ministry") is the organisation
  whose name holds that noun. A role or group the article ties to nobody
  ("analysts", "a senior official") stays a description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing import lexicon
from briefing.article import outlet_names
from briefing.article.attribution.descriptors import GENERIC_BODIES
from briefing.article.attribution.entities import Entities, Entity, Event, family_words, role_family
from briefing.article.attribution.names import AGE, given_names, tokens
from briefing.article.attribution.phrases import (
    DOC_NOUNS,
    ORG,
    ORG_NOUNS,
    PERSON,
    PRONOUN,
    ROLE,
    UNKNOWN,
    Mention,
    demonym,
    is_country,
)
from briefing.article.attribution.spelled import respelled

PRONOUN_WINDOW = 6  # units back that a pronoun may reach
DOCUMENTS = DOC_NOUNS | {"post", "posts", "tweet", "account"}
_BODY_TYPES = frozenset({"ministry", "department", "office", "court", "council", "party", "police", "university", "hospital",
                         "school", "church", "parliament", "commission", "committee"})
# Nouns that stand for a body only when it has already spoken: "the party said" after the Calder
# Greens said so, not after "owners such as the Harbour Rovers".
SPOKEN_BODIES = frozenset({"party", "band"})
_FORMER = frozenset({"former", "ex", "then", "late", "outgoing"})
_POSSESSIVE = re.compile(r"['’]s?$")
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # PERSON, ORG or ROLE
    role: str | None = None
    written: str | None = None  # the name as the article wrote it here ("Lind", "ELENA VARGA"): an alias
    entity: Entity | None = field(default=None, compare=False)  # who it is, as the article goes on
    # "the company said" after "Lumen Mobile is recalling …": the name it may stand for, taken once the
    # whole article shows that name is an organisation's
    maybe: Entity | None = field(default=None, compare=False)

    @staticmethod
    def of(entity: Entity, role: str | None = None, written: str | None = None) -> Speaker:
        return Speaker(entity.name, entity.kind, role or (entity.roles[0] if entity.roles else None), written, entity)


def resolve(mention: Mention, written: str, people: Entities, position: int, previous: Entity | None,
            offset: int = -1) -> Speaker | None:
    """The speaker a source mention stands for, recording it in `people`; `offset` is where the
    source stands in its paragraph (names after it in its sentence are not what a pronoun stands for)."""
    if mention.kind == PRONOUN:
        entity = _pronoun(mention.name.lower(), people, position, previous, offset)
        if entity is None:
            return None
        if entity.kind == PERSON and mention.name.lower() in _GENDER:
            # a pronoun that agrees with a gender guessed from the given name confirms it
            entity.gender, entity.guessed = entity.gender or _GENDER[mention.name.lower()], False
        people.spoke(entity, position)
        return Speaker.of(entity)
    if mention.kind == ORG and mention.definite and _party_member(mention.name):
        # "The Republican is also urging …": a person by party, like "the Swede", not a body
        mention = Mention(ROLE, mention.name, mention.name, noun=mention.name.lower(), definite=True)
    if mention.kind == ROLE or (mention.kind == ORG and mention.name[:1].islower()):
        entity = _description(mention, written, people, position, offset)
        if entity is not None:
            people.spoke(entity, position)
            return Speaker.of(entity, mention.role)
        maybe = _unnamed_body(mention, people, position, offset) if mention.kind == ORG else None
        if mention.kind == ROLE and not mention.definite and mention.gender and mention.noun:
            # "A spokesman for Veer's office said …": somebody unnamed whom a later "he" may stand for
            people.described(_as_written(written), mention.noun, position).gender = mention.gender
        return Speaker(_as_written(written), ROLE if mention.kind == ROLE else ORG, mention.role, maybe=maybe)
    entity = people.named(respelled(mention, people), position, speaker=True, subject=True)
    if entity is None:
        return None
    return Speaker.of(entity, mention.role, mention.name)  # the name as this article wrote it: an alias


def subject_pronoun(word: str, people: Entities, position: int, previous: Entity | None, offset: int) -> Entity | None:
    """The person a "He" or "She" opening a sentence of the narrative stands for, or None."""
    gender = _GENDER.get(word.lower())
    return _person(gender, people, position, previous, offset) if gender is not None else None


def _as_written(written: str) -> str:
    """A description as the article wrote it, without its trailing commas: "the company"."""
    return " ".join(written.split()).strip(" ,;:")


def _pronoun(word: str, people: Entities, position: int, previous: Entity | None, offset: int = -1) -> Entity | None:
    if word == "who":
        # "Lind, who chairs the board, said …": the name just before, in the same sentence.
        events = [e for e in people.before(position) if e.position == position and e.offset < offset or offset < 0]
        return events[-1].entity if events and events[-1].position == position else None
    if word in ("they", "it"):
        # The subject of the pronoun's own sentence ("Carrow Rail beat the forecasts, it said"), else
        # the organisation that spoke last, else the one named last, within a few sentences.
        subject = next((e.entity for e in people.before(position) if e.position == position and e.subject
                        and 0 <= e.offset < offset and _impersonal(e.entity)), None)
        if subject is not None:
            return _as_organisation(subject)
        named = None
        for event in reversed(people.before(position)):
            if position - event.position > PRONOUN_WINDOW:
                break
            if word == "they" and _one_person(event.entity):
                continue  # "They say …" after "the minister, Oona Taskev,": a group, not her
            if _impersonal(event.entity) or word == "they" and event.entity.kind == ROLE:
                if event.speaker:
                    return _as_organisation(event.entity)
                named = named or event.entity
        return _as_organisation(named) if named is not None else None
    gender = _GENDER.get(word)
    if gender is None:
        return None  # "I", "we": a speaker inside a quotation, not in the narrative
    return _person(gender, people, position, previous, offset) or _only_guessed(gender, people, position, offset)


def _impersonal(entity: Entity) -> bool:
    """An organisation, or a name that may be one: "Carrow Rail" (no given name, no gender)."""
    if entity.kind in (ORG, UNKNOWN):
        return True
    return entity.kind == PERSON and entity.gender is None and entity.name.split()[0].casefold() not in given_names()


def _one_person(entity: Entity) -> bool:
    """A name the article gave one person's role ("the deputy minister, Oona Taskev"): never a "they"."""
    held = {n for n in entity.role_nouns() if n in lexicon.lower("role_nouns")}
    return entity.kind == PERSON and bool(held) and not held & lexicon.lower("plural_roles")


def _party_member(word: str) -> bool:
    """'Republican', 'Tory': one member of a party, as a capitalised singular noun (not 'the GOP', the party
    itself, nor 'The Independent', a paper)."""
    return (word.istitle() and " " not in word and word.lower() in lexicon.lower("party_words")
            and not outlet_names.canonical(f"The {word}"))


def _as_organisation(entity: Entity) -> Entity:
    if entity.kind in (PERSON, UNKNOWN):
        entity.kind = ORG  # "it said": the name was an organisation's all along
    return entity


def _person(gender: str, people: Entities, position: int, previous: Entity | None, offset: int = -1) -> Entity | None:
    """He or she: the most salient person of that gender in the last few sentences."""
    events = [e for e in people.before(position) if position - e.position <= PRONOUN_WINDOW and not e.aside
              and (e.entity.kind in (PERSON, UNKNOWN) and e.entity.gender in (None, gender)
                   or e.entity.kind == ROLE and e.entity.gender == gender)  # "a spokeswoman for Veer said"
              and not _plural_body(e.entity.name)
              # "… he said of Lind and Ode": names after the pronoun in its own sentence are not it
              and not (e.position == position and offset >= 0 and e.offset > offset)]
    if previous is not None and (previous.kind not in (PERSON, UNKNOWN) or previous.gender not in (None, gender)):
        previous = None
    return _salient(events, position, previous)


def _only_guessed(gender: str, people: Entities, position: int, offset: int) -> Entity | None:
    """"Tracy Veer said … “…,” he said": when the one person of the last few sentences spoke and has a gender
    guessed from the given name alone, the speaker's pronoun tells it better; with two people, nobody (and a
    "she" opening a sentence of the narrative may be somebody never named: "a woman … She was …")."""
    events = [e for e in _earlier(people, position, offset)
              if position - e.position <= PRONOUN_WINDOW and e.entity.kind in (PERSON, UNKNOWN)]
    only = events[0].entity if events and all(e.entity is events[0].entity for e in events) else None
    if only is None or not only.guessed or not any(e.speaker for e in events):
        return None  # (a name only mentioned, "in Ana Lind's way", is not who spoke)
    only.gender, only.guessed = gender, False
    return only


def _plural_body(name: str) -> bool:
    """'Kestrel and Marrow Counties', 'the Harbour Authorities': places or bodies, never a 'he' or a 'she'."""
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith("s") and (last[:-1] in ORG_NOUNS or last.endswith("ies") and last[:-3] + "y" in ORG_NOUNS)


def _salient(events: list[Event], position: int, previous: Entity | None) -> Entity | None:
    """A new subject since the last speaker takes over; else the last speaker; else the first
    person named in the sentence just before ("Speaking in Dover, Lind took aim at Ode. He said …")."""
    fallback = None
    for event in reversed(events):
        if event.speaker or event.subject:
            # "… the same fire Mr. Ode has. He noted …": a person of that gender named in the
            # sentence just before outweighs a speaker further back.
            if fallback is not None and event.position < fallback.position:
                return fallback.entity
            return event.entity
        if event.position >= position - 1 and (fallback is None or event.position == fallback.position) \
                and not (event.placed and _impersonal(event.entity) and event.entity.gender is None):
            # "… before kick-off at Harbour Arena. “…,” he said": a name with no given name or gender,
            # named as a place, is not the "he" of the next sentence
            fallback = event
    if fallback is not None and previous is not None and not any(e.entity is previous for e in events):
        return fallback.entity  # the last speaker has not been named for a while: the person just named
    return previous or (fallback.entity if fallback is not None else None)


def _description(mention: Mention, written: str, people: Entities, position: int, offset: int = -1) -> Entity | None:
    """Who a description stands for: a document speaks for whoever spoke last ("the post said"),
    "its chief executive" is its organisation's, a definite role is the speaker last named with
    it ("the spokeswoman"), an indefinite one is somebody new ("a ministry spokesperson")."""
    noun = (mention.noun or "").lower()
    if not noun:
        return None
    words = written.split()
    owner = words[0].lower() if words else ""
    if noun in DOCUMENTS and mention.definite:
        last = _last_speaker(people, position)
        if last is not None and not (last.kind == PERSON and noun in lexicon.lower("body_documents")):
            return last  # (not "the release" after a quoted resident: a body issued it)
    if owner in ("its", "their") and mention.kind == ROLE:
        org = _last(people, position, (ORG, UNKNOWN))
        if org is not None:
            rest = " ".join(words[1:]).strip(" ,")
            return people.described(f"{org.name} {rest}", noun, position)
    if mention.kind == ROLE:
        if not mention.definite:
            if len(words) >= 2 and words[0].lower() not in ("a", "an", "another", "one") and words[0][:1].isupper() \
                    and words[-1][:1].isupper():
                # "Kessel Bakeries CEO said": a title with no article is the one person who holds it
                qualifiers = {w.lower() for w in words if w[:1].isupper() and w.lower() != noun}
                found = people.with_role(noun, position, qualifiers)
                if found is not None and not any(_FORMER & set(r.lower().split()) for r in found.roles):
                    return found  # (not "Former Kessel Bakeries CEO Ivo Brand": he no longer holds it)
            owned = _place_owned(words, noun, people, position)
            if owned is not None:
                return owned
            core = " ".join(w for w in words if w.lower() not in ("a", "an", "another", "one")).strip(" ,")
            return people.described(core, noun, position) if core[:1].isupper() else None
        if _party_member(words[-1]) and len(words) == 2:
            # "the Republican": the one person the article names as one ("Republican Karl Veer", "Karl Veer, a
            # Republican"); with two, or one whose name swallowed the word ("Republican Tomas Lind"), nobody
            held = people.holders(noun)
            named = any(e.name.split()[0] == words[-1] for e in people.all)
            return held[0] if len(held) == 1 and not named else None
        if (demonym(words[-1]) or AGE.fullmatch(words[-1].strip(",.;:"))) \
                and all(not w[:1].isupper() for w in words[1:-1]):
            found = _person_in_focus(people, position)  # "the Swede", "the 29-year-old": the person the story is about
            if found is not None:
                return found
        if owner in ("his", "her"):
            # "His lawyer said …": the lawyer of somebody else, not whoever was last a lawyer; but
            # "her father" after "Ivo Brand, her father," is him.
            found = people.with_role(noun, position)
            return found if found is not None and any(_same_owner(r, written, people) for r in found.roles) else None
        qualifiers = {w.lower() for w in words[1:] if (w[:1].isupper() or w.lower() in _FORMER) and w.lower() != noun}
        found = people.with_role(noun, position, qualifiers)
        # "the paper" after "the Harbour Daily reported": no person holds the role, a body does.
        return found or _body_of_family(role_family(noun), people, position, offset) \
            or _described_body(noun, people, position, offset) \
            or _qualified_official(noun, qualifiers, people, position)
    if mention.kind == ORG and _plural_body(written.strip(" ,.")):
        return None  # "the labour unions" are several bodies, not the one union the article named
    family = role_family(noun)
    found = _body_of_family(family, people, position, offset)
    if found is not None:
        return found
    if mention.definite and noun in GENERIC_BODIES | SPOKEN_BODIES:
        # "The authority said …" after "Calder Metropolitan Transit said …": the organisation that
        # spoke last, else the one named last, whose name does not say it is of another type.
        candidates = [e for e in reversed(_earlier(people, position, offset))
                      if e.entity.kind == ORG and not _other_type(e.entity, family) and not is_country(e.entity.name)
                      and not e.placed]
        spoke = [e for e in candidates if e.speaker]
        if noun in SPOKEN_BODIES:
            candidates = []
        if spoke or candidates:
            return (spoke or candidates)[0].entity
    return None


def _described_body(noun: str, people: Entities, position: int, offset: int) -> Entity | None:
    """"Marrow Freight posted its results. The shipping giant said …": a noun that describes a body stands for
    the organisation last named as a sentence's subject or speaker, within a few sentences."""
    if noun not in lexicon.lower("body_descriptions"):
        return None
    for event in reversed(_earlier(people, position, offset)):
        if position - event.position > PRONOUN_WINDOW:
            break
        if _impersonal(event.entity) and event.entity.gender is None and (event.subject or event.speaker) \
                and not is_country(event.entity.name):
            return event.entity
    return None


def _unnamed_body(mention: Mention, people: Entities, position: int, offset: int) -> Entity | None:
    """"The company said …" where no organisation is known yet: the name last given before it that
    may be one (no given name, no gender), unless that name says it is of another type."""
    noun = (mention.noun or "").lower()
    if not mention.definite or noun not in GENERIC_BODIES:
        return None
    for event in reversed(_earlier(people, position, offset)):
        if position - event.position > PRONOUN_WINDOW:
            return None
        if is_country(event.entity.name) or event.placed:
            continue  # "the US market", "plants at Harbour": a place is no company, firm or board
        if _impersonal(event.entity) and event.entity.gender is None:
            return None if _other_type(event.entity, role_family(noun)) else event.entity
    return None


def _same_owner(role: str, written: str, people: Entities) -> bool:
    """"her father" (or "her dad") is the role "father" or "her father", or "Ana Lind's father" with
    Ana Lind a woman; not "his father" or "Ivo Lind's father"."""
    said = tokens(written)
    words = role.strip(' "“”').split()
    k = next((i for i, w in enumerate(words) if w.lower() in _GENDER or _POSSESSIVE.search(w)), -1)
    rest = tokens(" ".join(words[k + 1:]))
    if not rest or rest[:-1] != said[1:-1] or len(rest) != len(said) - 1 or rest[-1] not in role_family(said[-1]):
        return False  # "her dad" is "Her father, Ray Brisk"
    if k < 0 or words[k].lower() == said[0]:
        return True  # the role with no owner written, or the same one
    if words[k].lower() in _GENDER:
        return False
    entity = people.find(_POSSESSIVE.sub("", " ".join(words[:k + 1])))
    return entity is not None and entity.kind == PERSON and entity.gender in (None, _GENDER[said[0]])


def _person_in_focus(people: Entities, position: int) -> Entity | None:
    """The person who last spoke or was last a sentence's subject, within a few sentences."""
    for event in reversed(people.before(position)):
        if position - event.position > PRONOUN_WINDOW:
            break
        if event.entity.kind == PERSON and (event.speaker or event.subject):
            return event.entity
    return None


def _earlier(people: Entities, position: int, offset: int = -1) -> list[Event]:
    """The events before a source at `offset` in sentence `position`: a name after it in its own
    sentence ("The ferry company said it was talking with Marrow Port") is not what it stands for."""
    return [e for e in people.before(position) if not (e.position == position and offset >= 0 and e.offset > offset)]


def _body_of_family(family: set[str], people: Entities, position: int, offset: int = -1) -> Entity | None:
    """The organisation last named whose name or description holds a noun of the family
    ("the group" after "River Watch, an independent group")."""
    for event in reversed(_earlier(people, position, offset)):
        if event.entity.kind in (ORG, UNKNOWN) and family & role_family_tokens(event.entity):
            return event.entity
    return None


def _other_type(entity: Entity, family: set[str]) -> bool:
    """True when the name says the organisation is of another type ("… Workers' Union" is no authority)."""
    types = family_words() | _BODY_TYPES
    return any(t in types and t not in family for t in tokens(entity.name))


def role_family_tokens(entity: Entity) -> set[str]:
    return set(tokens(entity.name)) | entity.role_nouns()


def _last_speaker(people: Entities, position: int) -> Entity | None:
    for event in reversed(people.before(position)):
        if event.speaker:
            return event.entity
        if position - event.position > PRONOUN_WINDOW:
            break
    return None


def _last(people: Entities, position: int, kinds: tuple[str, ...]) -> Entity | None:
    for event in reversed(people.before(position)):
        if event.entity.kind in kinds:
            return event.entity
    return None


def _place_owned(words: list[str], noun: str, people: Entities, position: int) -> Entity | None:
    """"Marrow's mayor says …" after "Marrow mayor Ana Veer": the one person named before with that role noun
    and that place among the words of the role or name."""
    if len(words) < 2 or not words[0][:1].isupper() or not _POSSESSIVE.search(words[0]) \
            or any(w[:1].isupper() for w in words[1:]):
        return None
    place = _POSSESSIVE.sub("", words[0]).lower()
    holders = people.holders(noun, {place})  # (not a mayor named with no place: "Kessel's mayor" may be another)
    return holders[0] if len(holders) == 1 and holders[0].kind == PERSON else None


def _qualified_official(noun: str, qualifiers: set[str], people: Entities, position: int) -> Entity | None:
    """"The Kessel official" after "Chief Kessel Negotiator Ivo Brand": a noun that fits any office, with a
    place that the titles of exactly one person named before hold, is that person."""
    if not qualifiers or noun not in role_family("official"):
        return None
    found = {id(e.entity): e.entity for e in people.before(position) if e.entity.kind == PERSON and e.entity.roles
             and all(q in e.entity.role_nouns() for q in qualifiers)}
    return next(iter(found.values())) if len(found) == 1 else None
