"""Who is who in one article: the people and organisations it names, as it reads on.

Every named mention (a speaker or just a name in the narrative) is kept in order,
so that "he", "the spokeswoman" and "Lind" can be resolved to "Ana Lind" the way a
reader does: the fullest form of a name, its gender (from "Mrs.", "spokeswoman",
or a "she" that already stood for her) and the roles the article gave it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from briefing import lexicon
from briefing.article.attribution.genders import name_gender, titled_gender
from briefing.article.attribution.name_runs import DETERMINERS, is_kin
from briefing.article.attribution.names import (
    acronym,
    fold,
    given_names,
    same_name,
    spelled_out,
    tokens,
)
from briefing.article.attribution.phrases import ORG, PERSON, ROLE, UNKNOWN, Mention, is_country


@dataclass
class Entity:
    name: str  # the fullest form seen: "Ana Lind"
    kind: str  # PERSON, ORG, ROLE (somebody the article never names) or UNKNOWN (a lone name)
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    guessed: bool = False  # the gender is only the usual one of the given name ("Tracy" f)
    short: str | None = None  # the short form an organisation goes by too: "KCPS"

    def add_role(self, role: str | None) -> None:
        role = tidy_role(role)
        if not role or role in self.roles:
            return
        for k, held in enumerate(self.roles):
            if role.endswith(" " + held) and "," not in role:
                if role[: -len(held)].strip().lower() not in DETERMINERS:
                    self.roles[k] = role  # "Rovers chairman" after "chairman": the fuller form of the same role
                return  # "its chief executive" after "chief executive": the same role
        self.roles.append(role)

    def role_nouns(self) -> set[str]:
        return {_spelled(w) for r in self.roles for w in tokens(r)}


@lru_cache(maxsize=4096)
def _spelled(word: str) -> str:
    """A long role noun typed with one letter too many, too few or wrong ("MININSTER" for
    "minister", in a title written in capitals) is that noun; any other word is itself."""
    roles = lexicon.lower("role_nouns")
    if len(word) < 7 or word in roles or word[:-1] in roles:
        return word  # "directors" is a plural, not a slip
    for noun in roles:
        if len(noun) >= 7 and abs(len(noun) - len(word)) <= 1 and _one_edit(word, noun):
            return noun
    return word


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[k:] == long[k + 1:]


_LED_BY = re.compile(r"\b(?:led|headed|chaired|run)\s+by\s+(?:its|their|the)\s+", re.IGNORECASE)


def tidy_role(role: str | None) -> str | None:
    """A role as a reader wants it: "On Monday the country's spokesman" → "the country's spokesman",
    "delegation led by its trade commissioner" → "trade commissioner"."""
    if not role:
        return role
    led = _LED_BY.search(role)
    if led is not None:
        role = role[led.end():]
    words = role.split()
    times, preps = lexicon.lower("time_words"), lexicon.lower("prepositions")
    while words and (words[0].lower().strip(",") in times
                     or len(words) > 1 and words[0].lower() in preps and words[1].lower().strip(",") in times):
        words = words[1:]  # "On Monday the country's spokesman"
    return " ".join(words).strip(" ,") or None


@dataclass(frozen=True)
class Event:
    """A moment an entity was named: where (a running unit number) and how."""

    entity: Entity
    position: int
    speaker: bool  # as the source of a statement
    subject: bool  # at the start of its sentence
    offset: int = -1  # where in its paragraph the name stands (-1: not known)
    aside: bool = False  # it only qualifies the name after it: "Ode" in "Ode spokeswoman Ana Lind"
    placed: bool = False  # named after a preposition of place: "at Harbour Arena", "the cover of Silver Gull"


def _without_descriptor(mention: Mention) -> Mention:
    """"Rival Ana Lind", "Democrat Ana Lind": a capitalised word before a given name describes
    the person; it is not part of the name (it becomes the role, when there is none)."""
    words = mention.name.split()
    if mention.kind == ORG or len(words) < 3:
        return mention
    names = given_names()
    honorifics = lexicon.table("honorifics")
    for k in range(1, len(words) - 1):
        if words[k].casefold() in names and words[k - 1].casefold() not in names:
            lead = words[:k]
            if all(w.casefold() in honorifics for w in lead):
                return replace(mention, name=" ".join(words[k:]))  # "Ms Priya Raman": a courtesy, not a role
            role = mention.role if mention.role and any(c.isalpha() for c in mention.role) else " ".join(lead)
            return replace(mention, name=" ".join(words[k:]), role=role)
    return mention


def _given_name_mended(mention: Mention) -> Mention:
    """"HARBOUR MINISTER ANNA Vik": a given name caught in a title written in capitals is "Anna"."""
    words = mention.name.split()
    if mention.kind == ORG or len(words) < 2 or not words[0].isupper() or words[-1].isupper() \
            or words[0].casefold() not in given_names():
        return mention
    return replace(mention, name=" ".join([words[0].title()] + words[1:]))


def _given_gender(entity: Entity) -> str | None:
    """The gender of a person's given name, when the name has one ("Ana Lind" -> f)."""
    return name_gender(entity.name) if entity.kind == PERSON else None


@cache
def _families() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.split()) for line in lexicon.entries("role_families"))


@cache
def family_words() -> frozenset[str]:
    """Every noun of every family: the types of body and role ("union", "bank", "spokesperson")."""
    return frozenset(w for family in _families() for w in family)


def role_family(noun: str) -> set[str]:
    """The noun and every noun of its families ("official" -> spokesperson, aide, source, …)."""
    out = {noun}
    for family in _families():
        if noun in family:
            out |= family
    return out


_CONTRASTS = frozenset({"elder", "younger", "older", "senior", "junior"})  # "the elder Ruiz"


class Entities:
    def __init__(self) -> None:
        self.all: list[Entity] = []
        self.events: list[Event] = []
        self._by_token: dict[str, list[Entity]] = {}
        self._spoke: dict[int, int] = {}  # id(entity) -> the position it last spoke at
        self._bare: dict[str, Entity] = {}  # a surname alone -> whom it first stood for

    def named(self, mention: Mention, position: int, *, speaker: bool = False, subject: bool = False,
              offset: int = -1, aside: bool = False, placed: bool = False, described: str | None = None) -> Entity | None:
        """Record a named mention; returns its entity (merged with an earlier form of the name)."""
        if mention.kind not in (PERSON, ORG, UNKNOWN) or not mention.name:
            return None
        mention = self._body_of_person(_given_name_mended(_without_descriptor(mention)))
        in_scene = (mention.role or "").lower() in _CONTRASTS
        gender = titled_gender(mention.role or mention.name)
        entity = self.find(mention.name, mention.kind, gender, in_scene)
        role = mention.role or described  # "Karl Veer, its chairman,": the role the narrative gives the name
        if entity is None and (speaker or subject) and not (in_scene or is_kin(role)):
            entity = self._surname_before(mention, gender, role)  # not "his son, Karl Veer"
        entity = entity or self._new(mention)
        if acronym(mention.name) and not acronym(entity.name) and "." not in mention.name and not is_country(entity.name):
            entity.short = entity.short or mention.name  # "the KCPS" for "the Kessel Centre for Port Safety", not "U.S."
        if len(tokens(mention.name)) > len(tokens(entity.name)) and mention.kind != ORG:
            entity.name = mention.name
            self._index(entity)
        if entity.kind == UNKNOWN and mention.kind in (PERSON, ORG) or entity.kind == PERSON and mention.kind == ORG:
            entity.kind = mention.kind  # "Red Lantern", then "the account Red Lantern": an organisation
        if entity.gender is None:
            entity.gender = mention.gender or _given_gender(entity)
            entity.guessed = mention.gender is None and entity.gender is not None
        entity.add_role(mention.role)
        self._record(Event(entity, position, speaker, subject, offset, aside, placed))
        return entity

    def _body_of_person(self, mention: Mention) -> Mention:
        """"the Lind campaign" after "Ana Lind": a body named for a person the article named, which keeps its
        noun ("Lind campaign") so that "Lind" goes on meaning her."""
        toks = tokens(mention.name)
        if mention.kind != ORG or len(toks) != 1 or not mention.role or " " in mention.role.strip():
            return mention
        if not any(e.kind == PERSON and tokens(e.name)[-1] == toks[0] for e in self._by_token.get(toks[0], [])):
            return mention
        return replace(mention, name=f"{mention.name} {mention.role.strip()}", role=None)

    def again(self, entity: Entity, position: int, offset: int) -> None:
        """Record that a sentence's subject is an entity named before ("He plans …"), so that it stays
        the one "he" stands for as the story goes on about it."""
        self._record(Event(entity, position, False, True, offset))

    def spoke(self, entity: Entity, position: int) -> None:
        self._record(Event(entity, position, True, True))

    def before(self, position: int) -> list[Event]:
        """The events up to and including sentence `position`, oldest first."""
        return self.events[: bisect.bisect_right(self.events, position, key=lambda e: e.position)]

    def _record(self, event: Event) -> None:
        # Names of a whole paragraph are noted before its speakers: keep the events in reading order.
        bisect.insort_right(self.events, event, key=lambda e: e.position)
        if event.speaker:
            self._spoke[id(event.entity)] = max(event.position, self._spoke.get(id(event.entity), -1))

    def find(self, name: str, kind: str = UNKNOWN, gender: str | None = None, in_scene: bool = False) -> Entity | None:
        """An entity already named this way: the same name, a surname of a full name, a spelling variant.
        A lone word is a surname before it is the first word of a longer name ("Mr. Voss" is "Ilse
        Voss" and not "Voss Tower"), and never a person of the other gender ("Mr. Voss" is not "Ilse Voss")."""
        toks = tokens(name)
        if not toks:
            return None
        candidates = [e for e in reversed(self._by_token.get(toks[-1], []) + self._by_token.get(toks[0], []))
                      if gender is None or e.gender in (None, gender)]
        for entity in candidates:
            if fold(entity.name) == fold(name) or same_name(entity.name, name):
                return entity
        if len(toks) == 1 and kind != ORG:
            for last in (True, False):
                found = list({id(e): e for e in candidates
                              if e.kind == PERSON and toks[0] == tokens(e.name)[-1 if last else 0]}.values())
                if len(found) == 1:
                    self._bare.setdefault(toks[0], found[0])
                    return found[0]  # "Lind" after "Ana Lind"
                if in_scene and found:
                    # "Javier Ruiz told the radio …" then "“…,” the elder Ruiz said": the namesake in the scene
                    return max(found, key=lambda e: self._spoke.get(id(e), -1))
                if self._bare.get(toks[0]) in found:
                    return self._bare[toks[0]]  # "Lind" goes on meaning whom it meant before "Eva Lind" came in
                if found:
                    # of two Linds, the one who spoke last, else the one the article names most, else first
                    named = {id(e): sum(1 for ev in self.events if ev.entity is e) for e in found}
                    first = {id(e): -k for k, e in enumerate(self.all)}
                    return max(found, key=lambda e: (self._spoke.get(id(e), -1), named[id(e)], first[id(e)]))
        if len(toks) == 1 and self._short_for_body(toks[0], candidates):
            return candidates[0]  # "Kestrel said" after "Kestrel Shipping said"
        if len(toks) == 1 and toks[0] in lexicon.lower("outlet_words"):
            papers = {id(e): e for e in candidates if e.kind in (ORG, UNKNOWN) and len(tokens(e.name)) >= 2
                      and tokens(e.name)[-1] == toks[0]}
            if len(papers) == 1:
                return next(iter(papers.values()))  # "the Post reported" after "The Marrow Post": the paper
        for entity in candidates:
            etoks = tokens(entity.name)
            if entity.kind == PERSON and len(toks) >= 2 and toks[-1] == etoks[-1] and toks[0] == etoks[0]:
                return entity  # "Ana M. Lind"
            if entity.kind in (PERSON, UNKNOWN) and kind != ORG and 2 <= len(etoks) < len(toks) and toks[-len(etoks):] == etoks:
                return entity  # "Bill de Blasio" after "De Blasio"
            if entity.kind == ORG and len(toks) >= 2 and etoks[:len(toks)] == toks:
                return entity  # "Brennmoor Anglers" cut short of "Brennmoor Anglers' Union"
        if acronym(name) or any(e.short == name for e in self.all):  # "KCPS" (or "Num" given as "(Num)") after "the Kessel Centre for Port Safety": the body those are the initials of
            spelled = [e for e in self.all if e.kind in (ORG, UNKNOWN) and spelled_out(name, e.name)]
            # the body the article gave the short form to, before any other with the same initials
            return next((e for e in spelled if e.short == name), spelled[-1] if spelled else None)
        return None

    def _surname_before(self, mention: Mention, gender: str | None, role: str | None) -> Entity | None:
        """"Mr. Veer said …" and only later "Karl Veer, its chairman, said …": a full name (a given name first),
        as a sentence's subject or a speaker, is of the one person the article had named by that surname alone,
        when nothing says they differ: a title's or a given name's gender, a role the full name is not given again
        ("Mayor Brand" is not "Peter Brand, a taxi driver"), "the elder Veer", or another full name with the surname."""
        toks = tokens(mention.name)
        if mention.kind == ORG or len(toks) < 2 or toks[0] not in given_names():
            return None  # "House Republicans" after "Republicans": a group, not a person's full name
        if any(len(tokens(e.name)) >= 2 and tokens(e.name)[-1] == toks[-1] for e in self._by_token.get(toks[-1], [])):
            return None  # "Karl Veer" named already: a second full name is somebody else
        gender = gender or given_names().get(toks[0])
        gender = gender if gender in ("m", "f") else None
        described = set(tokens(role or ""))
        bare = {id(e): e for e in self._by_token.get(toks[-1], [])
                if tokens(e.name) == [toks[-1]] and e.kind in (PERSON, UNKNOWN)
                and (gender is None or e.gender in (None, gender)) and not _CONTRASTS & e.role_nouns()
                and _role_given_again(e, described)}
        return next(iter(bare.values())) if len(bare) == 1 else None

    def _short_for_body(self, word: str, candidates: list[Entity]) -> bool:
        """"Kestrel" for "Kestrel Shipping": the one name the article holds with that word is an organisation's
        that has spoken, and the word is no given name, country or party ("Kessler" may be the mayor, "Norvia"
        the country, "Republican" a party's member)."""
        named = {id(e): e for e in candidates}
        if len(named) != 1 or word in given_names() or word in lexicon.lower("party_words") or is_country(word):
            return False
        body = candidates[0]
        return body.kind == ORG and len(tokens(body.name)) >= 2 and tokens(body.name)[0] == word and id(body) in self._spoke

    def with_role(self, noun: str, before: int, qualifiers: frozenset[str] | set[str] = frozenset()) -> Entity | None:
        """The speaker last named with this role noun or one of its family ("the spokeswoman" after
        "Ana Lind, a spokeswoman"; "the official" after "a ministry spokesperson"); words such as
        "Norvish" in "the Norvish leader" must be among that speaker's roles too."""
        family = role_family(noun)
        for event in reversed(self.before(before)):
            nouns = event.entity.role_nouns() | set(tokens(event.entity.name) if event.entity.kind == ROLE else ())
            if nouns & family and _qualified(qualifiers, nouns | set(tokens(event.entity.name))):
                return event.entity
        return None

    def holders(self, noun: str, qualifiers: frozenset[str] | set[str] = frozenset()) -> list[Entity]:
        """Every person the article gives this role noun with all the qualifying words ("the
        harbour commissioner": "harbour" among that person's roles); a lesser rank of it is
        another role ("vice president" is not "the president")."""
        out: list[Entity] = []
        for entity in self.all:
            held = [r for r in entity.roles if noun in tokens(r) and not _lesser(tokens(r), noun)]
            if entity.kind in (PERSON, UNKNOWN) and held and _qualified(qualifiers, entity.role_nouns() | set(tokens(entity.name))):
                out.append(entity)
        return out

    def described(self, text: str, noun: str, position: int) -> Entity:
        """A speaker the article describes but does not name ("a Transport Ministry spokesperson")."""
        for entity in self.all:
            if entity.kind == ROLE and fold(entity.name) == fold(text):
                break
        else:
            entity = Entity(text, ROLE)
            entity.add_role(noun)
            self.all.append(entity)
        self._record(Event(entity, position, True, True))
        return entity

    def _new(self, mention: Mention) -> Entity:
        entity = Entity(mention.name, mention.kind if mention.kind in (ORG, UNKNOWN) else PERSON, mention.gender)
        self.all.append(entity)
        self._index(entity)
        return entity

    def _index(self, entity: Entity) -> None:
        toks = tokens(entity.name)
        for t in {toks[0], toks[-1]} if toks else ():
            bucket = self._by_token.setdefault(t, [])
            if entity not in bucket:
                bucket.append(entity)


_LESSER = frozenset({"vice", "deputy", "assistant", "associate", "acting", "former", "ex", "co", "under", "sub",
                     "fellow"})


def _qualified(qualifiers: frozenset[str] | set[str], held: set[str]) -> bool:
    """Every qualifying word of a description among the words a speaker was given, a nation's adjective
    for its name ("the Norwegian coach" is "Norway coach Ivo Brand", never "Norway coach Nora Brand")."""
    nations = lexicon.table("nation_adjectives")
    if {"former", "ex"} & held - set(qualifiers):
        return False  # "the Norway coach" is not "Former Norway coach Ivo Brand"
    return all(q in held or q in nations and set(tokens(nations[q])) <= held for q in qualifiers)


def _lesser(words: list[str], noun: str) -> bool:
    """True when the role holds the noun only in a lesser rank or as one of several: "deputy mayor",
    "fellow candidate"."""
    k = words.index(noun)
    return k > 0 and words[k - 1] in _LESSER




def _role_given_again(entity: Entity, described: set[str]) -> bool:
    """True when the entity holds no role noun ("Mr. Veer") or the later description repeats one ("Mayor Brand",
    then "Peter Brand, the mayor")."""
    held = set(tokens(" ".join(entity.roles))) & lexicon.lower("role_nouns")
    return not held or bool(described & held)
