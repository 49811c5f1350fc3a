"""Who is who in one article: the people and organisations it names, as it reads on.

Every named mention (a speaker or just a name in the narrative) is kept in order,
so that "he", "the spokeswoman" and "Lind" can be resolved to "Ana Lind" the way a
reader does: the fullest form of a name, its gender (from "Mrs.", "spokeswoman",
or a "she" that already stood for her) and the roles the article gave it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

from briefing import lexicon
from briefing.article.attribution.names import fold, same_name, tokens
from briefing.article.attribution.phrases import ORG, PERSON, UNKNOWN, Mention


@dataclass
class Entity:
    name: str  # the fullest form seen: "Ana Lind"
    kind: str  # PERSON or ORG
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # how the article wrote it: "Lind", "Ana Lind"

    def add_role(self, role: str | None) -> None:
        if role and role not in self.roles:
            self.roles.append(role)

    def role_nouns(self) -> set[str]:
        return {w for r in self.roles for w in tokens(r)}


@dataclass(frozen=True)
class Event:
    """A moment an entity was named: where (a running unit number) and how."""

    entity: Entity
    position: int
    speaker: bool  # as the source of a statement
    subject: bool  # at the start of its sentence


def _given_gender(entity: Entity) -> str | None:
    """The gender of a person's given name, when the name has one ("Ana Lind" -> f)."""
    if entity.kind != PERSON:
        return None
    words = entity.name.split()
    if len(words) < 2:
        return None
    gender = given_names().get(words[0].casefold())
    return gender if gender in ("m", "f") else None


@cache
def given_names() -> dict[str, str]:
    return {k.casefold(): v for k, v in lexicon.table("given_names").items()}


class Entities:
    def __init__(self) -> None:
        self.all: list[Entity] = []
        self.events: list[Event] = []
        self._by_token: dict[str, list[Entity]] = {}

    def named(self, mention: Mention, position: int, *, speaker: bool = False, subject: bool = False) -> Entity | None:
        """Record a named mention; returns its entity (merged with an earlier form of the name)."""
        if mention.kind not in (PERSON, ORG, UNKNOWN) or not mention.name:
            return None
        entity = self.find(mention.name, mention.kind) or self._new(mention)
        if len(tokens(mention.name)) > len(tokens(entity.name)) and mention.kind != ORG:
            entity.name = mention.name
            self._index(entity)
        if mention.name not in entity.forms:
            entity.forms.append(mention.name)
        entity.gender = entity.gender or mention.gender or _given_gender(entity)
        entity.add_role(mention.role)
        self._record(Event(entity, position, speaker, subject))
        return entity

    def spoke(self, entity: Entity, position: int) -> None:
        self._record(Event(entity, position, True, True))

    def before(self, position: int) -> list[Event]:
        """The events up to and including sentence `position`, oldest first."""
        return self.events[: bisect.bisect_right(self.events, position, key=lambda e: e.position)]

    def _record(self, event: Event) -> None:
        # Names of a whole paragraph are noted before its speakers: keep the events in reading order.
        bisect.insort_right(self.events, event, key=lambda e: e.position)

    def find(self, name: str, kind: str = UNKNOWN) -> Entity | None:
        """An entity already named this way: the same name, a surname of a full name, a spelling variant."""
        toks = tokens(name)
        if not toks:
            return None
        for entity in reversed(self._by_token.get(toks[-1], []) + self._by_token.get(toks[0], [])):
            etoks = tokens(entity.name)
            if fold(entity.name) == fold(name) or same_name(entity.name, name):
                return entity
            if entity.kind == PERSON and kind != ORG and len(toks) == 1 and toks[0] in (etoks[-1], etoks[0]):
                return entity  # "Lind" after "Ana Lind"
            if entity.kind == PERSON and len(toks) >= 2 and toks[-1] == etoks[-1] and toks[0] == etoks[0]:
                return entity  # "Ana M. Lind"
        return None

    def with_role(self, noun: str, before: int) -> Entity | None:
        """The person last named with this role noun ("the spokeswoman" after "Ana Lind, a spokeswoman")."""
        for event in reversed(self.before(before)):
            if noun in event.entity.role_nouns():
                return event.entity
        return None

    def _new(self, mention: Mention) -> Entity:
        entity = Entity(mention.name, ORG if mention.kind == ORG else PERSON, mention.gender)
        self.all.append(entity)
        self._index(entity)
        return entity

    def _index(self, entity: Entity) -> None:
        toks = tokens(entity.name)
        for t in {toks[0], toks[-1]} if toks else ():
            bucket = self._by_token.setdefault(t, [])
            if entity not in bucket:
                bucket.append(entity)
