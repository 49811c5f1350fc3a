"""The statements of an article once it is read whole: each speaker with what the whole article says of
them, the fullest name, the kind ("it said": an organisation), and the person a description stood
for ("The fisheries commissioner told reporters …", and later "its fisheries commissioner, Rui Santo")."""

from __future__ import annotations

from dataclasses import replace

from briefing.article.attribution.entities import Entities, Entity
from briefing.article.attribution.names import tokens, without_debris
from briefing.article.attribution.phrases import ORG, PERSON, ROLE, UNKNOWN, demonym
from briefing.article.attribution.resolve import Speaker
from briefing.article.attribution.role_text import repeats, shown_role
from briefing.model import Statement


def kind_of(kind: str) -> str:
    """The kind a statement shows its speaker as: a lone name is a person's."""
    return "person" if kind in (PERSON, UNKNOWN) else kind


def settled(credits: list[tuple[Statement, Speaker]], people: Entities) -> list[Statement]:
    """Every statement with what the whole article says of its speaker: the fullest name,
    the kind ("it said": an organisation), and the name a description stood for."""
    out = []
    for statement, speaker in credits:
        entity = speaker.entity
        if entity is None and speaker.kind == ROLE:
            entity = _named_later(people, speaker.name)
        elif entity is None and speaker.maybe is not None and speaker.maybe.kind == ORG:
            entity = speaker.maybe  # "the company said", and later "Lumen Mobile … it said": the company
        elif entity is not None and entity.kind == ROLE and entity.name[:1].isupper():
            # "A Norvish union spokesman said …", and later "Rui Santo, a spokesman for the ferry union –"
            entity = _named_later(people, f"the {entity.name}", indefinite=True) \
                or _titled_in_paragraph(credits, statement.paragraph, entity.name) or entity
        if entity is not None and entity.kind != ROLE:
            shown = [statement.role] + [shown_role(r) for r in entity.roles]  # statement.role is shown already
            role = next((r for r in shown if r and not repeats(r, entity.name)), None)
            name = without_debris(entity.name) or statement.speaker
            if entity.short and name == entity.name and (entity.short not in statement.aliases or not entity.short.isupper()):
                # "it said", or "Nukd said" (a short form written as a word): the full name, and the short form
                name = f"{name} ({entity.short})"
            elif entity.short and name == entity.name:
                name = entity.short  # "the KCPS said": the short form, as the article chose here
            statement = replace(statement, speaker=name, speaker_kind=kind_of(entity.kind), role=role)
        elif statement.role and statement.speaker and repeats(statement.role, statement.speaker):
            statement = replace(statement, role=None)
        out.append(statement)
    return out


_DETERMINERS = frozenset({"a", "an", "the", "another", "one"})


def _titled_in_paragraph(credits: list[tuple[Statement, Speaker]], paragraph: int, description: str) -> Entity | None:
    """"A Kessel Port spokesman said …. “…,” Kessel Port spokesman Ivo Brand wrote.": in one paragraph, the one
    person who speaks under every word of the description ("A spokesman said" alone may be anybody)."""
    words = set(tokens(description)) - _DETERMINERS
    if len(words) < 2:
        return None
    found = {id(sp.entity): sp.entity for st, sp in credits if st.paragraph == paragraph and sp.entity is not None
             and sp.entity.kind == PERSON and any(words <= set(tokens(r)) for r in sp.entity.roles)}
    return next(iter(found.values())) if len(found) == 1 else None


def _named_later(people: Entities, description: str, indefinite: bool = False) -> Entity | None:
    """"The fisheries commissioner told reporters …", and later "its fisheries commissioner, Rui Santo"."""
    words = [w.strip(",.") for w in description.split()]
    noun = words[-1].lower() if words else ""
    if len(words) < 2 or words[0].lower() != "the" or noun.endswith("s") and not noun.endswith("ss"):
        return None  # "the sources": a group, not one person named later
    # Every word of the description but a nationality must be among that person's roles, and
    # nobody else may hold the role: "the New Jersey governor" is not "New York governor Ode".
    qualifiers = {w.lower() for w in words[1:-1] if not demonym(w)}
    if "of" in qualifiers:
        qualifiers = set()  # "the leader of the opposition": the person whose role names the opposition
    if indefinite and (not qualifiers or noun.endswith("s") or any(not w.islower() and not demonym(w) for w in words[1:-1])):
        # "a spokesman said", "a Treasury official said": any of them; "a union spokesman said",
        # then "Rui Santo, a spokesman for the union": him
        return None
    found = people.holders(noun, qualifiers)
    return found[0] if len(found) == 1 and found[0].kind in (PERSON, UNKNOWN) else None
