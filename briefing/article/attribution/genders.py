"""What tells "he" from "she" for a name: a courtesy title ("Mrs. Ode"), a gendered role ("her
husband", "the spokeswoman"), and, as a guess only, the gender most people with a given name have
(`lexicon/given_names.txt`: "Ana" f, "Tomas" m, "Kelly" either)."""

from __future__ import annotations

from briefing import lexicon
from briefing.article.attribution.names import given_names, tokens


def titled_gender(name: str) -> str | None:
    """The gender a courtesy title gives a name ("Mrs. Ode" -> f), the surest sign there is."""
    first = name.split()[0].casefold() if name.split() else ""
    gender = lexicon.table("honorifics").get(first)
    return gender if gender in ("m", "f") else None


def name_gender(name: str) -> str | None:
    """The usual gender of a full name's given name ("Ana Lind" -> f); None for a lone name."""
    words = name.split()
    if len(words) < 2:
        return None
    gender = given_names().get(words[0].casefold())
    return gender if gender in ("m", "f") else None


def role_gender(role: str | None) -> str | None:
    """The gender a role's head noun gives ("her husband" -> m, "the spokeswoman" -> f)."""
    words = tokens(role or "")
    return lexicon.table("gendered_nouns").get(words[-1]) if words else None
