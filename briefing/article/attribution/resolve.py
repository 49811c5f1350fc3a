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

from dataclasses import dataclass

from briefing.article.attribution.entities import Entities, Entity
from briefing.article.attribution.names import tokens
from briefing.article.attribution.phrases import ORG, PERSON, PRONOUN, ROLE, Mention

PRONOUN_WINDOW = 6  # units back that a pronoun may reach
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # PERSON, ORG or ROLE
    role: str | None = None
    written: str | None = None  # the words the article used here: "Lind", "the spokeswoman"


def resolve(mention: Mention, written: str, people: Entities, position: int, previous: Entity | None) -> Speaker | None:
    """The speaker a source mention stands for, recording it in `people`."""
    if mention.kind == PRONOUN:
        entity = _pronoun(mention.name.lower(), people, position, previous)
        if entity is None:
            return None
        if entity.kind == PERSON and entity.gender is None and mention.name.lower() in _GENDER:
            entity.gender = _GENDER[mention.name.lower()]
        people.spoke(entity, position)
        return Speaker(entity.name, entity.kind, _role(entity), written)
    if mention.kind == ROLE or (mention.kind == ORG and mention.name[:1].islower()):
        entity = _description(mention, people, position)
        if entity is not None:
            people.spoke(entity, position)
            return Speaker(entity.name, entity.kind, mention.role or _role(entity), written)
        return Speaker(mention.name, ROLE if mention.kind == ROLE else ORG, mention.role, written)
    entity = people.named(mention, position, speaker=True, subject=True)
    if entity is None:
        return None
    return Speaker(entity.name, entity.kind, mention.role or _role(entity), written)


def _role(entity: Entity) -> str | None:
    return entity.roles[0] if entity.roles else None


def _pronoun(word: str, people: Entities, position: int, previous: Entity | None) -> Entity | None:
    if word == "who":
        events = people.before(position)
        return events[-1].entity if events and events[-1].position == position else None
    if word in ("they", "it"):
        # The organisation that spoke last, else the one named last, within a few sentences.
        named = None
        for event in reversed(people.before(position)):
            if position - event.position > PRONOUN_WINDOW:
                break
            if event.entity.kind == ORG:
                if event.speaker:
                    return event.entity
                named = named or event.entity
        return named
    gender = _GENDER.get(word)
    if gender is None:
        return None  # "I", "we": a speaker inside a quotation, not in the narrative
    return _person(gender, people, position, previous)


def _person(gender: str, people: Entities, position: int, previous: Entity | None) -> Entity | None:
    def fits(entity: Entity) -> bool:
        return entity.kind == PERSON and entity.gender in (None, gender)

    # A new subject of the right gender since the last speaker takes over; else the last speaker.
    fallback = None
    for event in reversed(people.before(position)):
        if position - event.position > PRONOUN_WINDOW:
            break
        if not fits(event.entity):
            continue
        if event.speaker or event.subject:
            return event.entity
        fallback = fallback or event.entity
    if previous is not None and fits(previous):
        return previous
    return fallback


def _description(mention: Mention, people: Entities, position: int) -> Entity | None:
    noun = (mention.noun or "").lower()
    if not noun:
        return None
    if mention.kind == ROLE:
        if not mention.definite:
            return None  # "a spokesman": somebody not named yet
        return people.with_role(noun, position)
    for event in reversed(people.before(position)):
        if event.entity.kind == ORG and noun in tokens(event.entity.name):
            return event.entity
    return None
