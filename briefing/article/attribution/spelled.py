"""Names an article spells out and then shortens: "the Kessel Centre for Port Safety (KCPS)", "members of
the Marrow Dock Union, or MDU,". The full name is recorded as an organisation's where the short form is
given, so that "the KCPS said" later names the body by its full name, shown with the short form:
"Kessel Centre for Port Safety (KCPS)". A name written around "&" ("AT&T", "K&M") is kept whole as a source
too: the tagger reads the letters after "&" alone. A surname the page spells a second way by one letter ("Dr.
Kelvin" after "Dr. Marta Kelvinn") is the person named first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from briefing import lexicon
from briefing.article.attribution.entities import Entities
from briefing.article.attribution.names import acronym, is_given_name, one_letter_apart, spelled_out, tokens
from briefing.article.attribution.phrases import ORG, PERSON, UNKNOWN, Mention
from briefing.article.attribution.tokens import Paragraph, Token

_JOINERS = frozenset({"of", "for", "and", "the", "&", "on", "in", "to"})
_REACH = 12  # words a spelled-out name may run to
_TITLED_SHORT = re.compile(r"[A-Z][a-z]{2,5}")  # "(Num)": a short form some papers write as a word


def _short_form(tokens: tuple[Token, ...], k: int) -> str | None:
    """The short form given at `k`, just after a name: "(KCPS)" or ", or KCPS," (letters joined by "&" too)."""
    if k + 2 < len(tokens) and (tokens[k].text == "(" or tokens[k].text == "," and tokens[k + 1].text == "or"):
        first = k + 1 if tokens[k].text == "(" else k + 2
        end = first
        while end < len(tokens) and end - first < 5 and tokens[end].text not in (")", ",", ".") \
                and (end == first or tokens[end].start == tokens[end - 1].end):
            end += 1
        closer = tokens[end].text if end < len(tokens) else "."
        short = "".join(t.text for t in tokens[first:end])
        if (acronym(short) or tokens[k].text == "(" and _TITLED_SHORT.fullmatch(short)) and (closer == ")" if tokens[k].text == "(" else closer in (",", ".")):
            return short
    return None


def spelled_names(tokens: tuple[Token, ...]) -> Iterator[tuple[int, int, str]]:
    """(start, end, short form) of each name the paragraph spells out before giving its short form."""
    for k in range(1, len(tokens)):
        if tokens[k].text != "(" and tokens[k].text != ",":
            continue
        short = _short_form(tokens, k)
        if short is None or not tokens[k - 1].text[:1].isupper():
            continue
        start = k - 1
        best = None
        while start >= 0 and k - start <= _REACH and tokens[start].unit == tokens[k].unit \
                and (tokens[start].text[:1].isupper() or tokens[start].text in _JOINERS):
            if tokens[start].text[:1].isupper() and spelled_out(short, " ".join(t.text for t in tokens[start:k])):
                best = start
            start -= 1
        if best is not None and not _a_persons(tokens[best:k], short):
            yield best, k, short


def _a_persons(name: tuple[Token, ...], short: str) -> bool:
    """'Ana Veer (AV)', 'Ivo Brand (IB)': two words whose initials are two letters, or a given name first, make a
    person's initials, not an organisation's short form."""
    return len(name) <= 2 and len(short) <= 2 or is_given_name(name[0].text)


def note_spelled(par: Paragraph, people: Entities, base: int) -> None:
    """Record each spelled-out name of a paragraph as an organisation's, where the reader meets it."""
    if "(" not in par.text and ", or " not in par.text:
        return  # (most paragraphs give no short form: the token walk is skipped)
    for start, end, short in spelled_names(par.tokens):
        name = par.text[par.tokens[start].start:par.tokens[end - 1].end]
        entity = people.named(Mention(ORG, name), base + par.tokens[start].unit, offset=par.tokens[start].start)
        if entity is not None and entity.name == name:
            entity.short = short


def joined_sources(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a source that starts inside a name written around "&" ("AT&T", "Marrow&Co") taken from
    the name's first letter: the tagger read the letters after "&" alone as the source."""
    if "&" not in par.text:
        return labels
    out = list(labels)
    toks = par.tokens
    for i in range(2, len(toks)):
        if out[i] != "B-SRC" or toks[i - 1].text != "&" or out[i - 1] != "O" or out[i - 2] != "O":
            continue
        if toks[i - 1].start == toks[i - 2].end and toks[i].start == toks[i - 1].end and toks[i - 2].text[:1].isupper():
            out[i - 2], out[i - 1], out[i] = "B-SRC", "I-SRC", "I-SRC"
    return out


def _honorifics(role: str | None) -> set[str]:
    """The honorifics among the words of a role: {"dr"} for "the board's chief engineer Dr."."""
    return {w.strip(".,").lower() for w in (role or "").split()} & lexicon.table("honorifics").keys()


def respelled(mention: Mention, people: Entities) -> Mention:
    """A lone titled surname the article has not written before, one letter from the surname of exactly one person
    named before with the same honorific ("Dr. Kelvin" after "Dr. Marta Kelvinn"), as that person's surname; any other
    mention as it was ("Ivo Kelvin" after "Ana Kelvinn" has a given name of his own, so is somebody else)."""
    if mention.kind not in (PERSON, UNKNOWN) or not mention.role or " " in mention.name.strip():
        return mention
    title = _honorifics(mention.role)
    if not title:
        return mention  # "Republican" after "House Republicans": only a titled surname is read so
    toks = tokens(mention.name)
    if len(toks) != 1 or people.find(mention.name) is not None:
        return mention
    found = {id(e): e for e in people.all if e.kind == PERSON and len(tokens(e.name)) >= 2
             and one_letter_apart(toks[0], tokens(e.name)[-1])
             and title == set().union(*(_honorifics(r) for r in e.roles))}
    if len(found) != 1:
        return mention
    surname = next(iter(found.values())).name.split()[-1]
    return replace(mention, name=surname)
