"""Whose a quotation is when it stands alone in its paragraph, after paragraphs of narrative."""

from __future__ import annotations

from briefing.article.attribution.entities import Entities, Entity
from briefing.article.attribution.names import given_names
from briefing.article.attribution.phrases import PERSON
from briefing.article.attribution.resolve import Speaker
from briefing.article.attribution.spans import Attribution
from briefing.article.attribution.tokens import Paragraph

Said = tuple[Speaker | None, str | None]


def speaker(people: Entities, starts: list[int], par: Paragraph, att: Attribution, base: int, said: Said) -> Said:
    """The speaker and cue of a quotation that carries on an attribution of an earlier paragraph (`said`), unless a
    paragraph of narrative since has made a new person its subject and the quotation does not speak of them.
    `starts` holds each paragraph's first sentence position, `base` this paragraph's."""
    origin = att.origin
    if origin is None or origin.para >= att.para - 1 or origin.para + 1 >= len(starts):
        return said
    newer = newer_subject(people, starts[origin.para + 1], base, said[0].entity if said[0] is not None else None)
    words = {par.tokens[i].text.casefold() for span in att.contents for i in range(span.start, span.end)}
    return (Speaker.of(newer), None) if newer is not None and not _spoken_of(newer, words) else said


_HE = frozenset({"he", "him", "his", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})


def _spoken_of(person: Entity, words: set[str]) -> bool:
    """"He gave us everything", "Nora kept us in the game": a quotation that names the new person or calls them
    he or she is said of them, by the speaker before."""
    pronouns = _HE if person.gender == "m" else _SHE if person.gender == "f" else _HE | _SHE
    return bool(words & {w.casefold() for w in person.name.split()} or words & pronouns)


def newer_subject(people: Entities, since: int, until: int, spoke: Entity | None) -> Entity | None:
    """The person the narrative made a sentence's subject after the last attribution and before the quotation
    ("New Marrow coach Ivo Brand was visibly pleased with the result." and then "“…”"): the quotation is
    theirs, not the last speaker's. `since` and `until` are sentence positions; None when nobody new."""
    for event in reversed(people.events):
        if event.position < since:
            break
        if event.position < until and event.subject and not event.speaker and event.entity.kind == PERSON \
                and event.entity is not spoke and not event.aside and _a_person(event.entity):
            return event.entity
    return None


def _a_person(entity: Entity) -> bool:
    """A name the article shows to be a person's: a given name, a gender or a role ("Capitol Hill" and
    "Social Security" open sentences too)."""
    return entity.gender is not None or bool(entity.roles) or entity.name.split()[0].casefold() in given_names()
