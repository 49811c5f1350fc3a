"""One name per outlet: aliases folded through a reviewed table, domains and company forms tidied."""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicon


# Web addresses: "kestrelnews.com.cn", "Harbourdaily.com", "marrow.ge".
@cache
def _domain() -> re.Pattern[str]:
    """Web addresses: "kestrelnews.com.cn", "Harbourdaily.com", "marrow.ge"."""
    endings = "|".join(sorted(lexicon.lower("web_domain_endings"), key=len, reverse=True))
    return re.compile(
        r"^(?:https?://)?(?:www\.)?(?P<name>[a-z0-9][a-z0-9-]{0,40}(?:\.[a-z0-9-]{1,40}){0,2}?)"
        rf"\.(?:{endings})(?:\.[a-z]{{2}})?/?$",
        re.IGNORECASE,
    )


_GENERIC_END = re.compile(r"\.(?:com|net|org)(?:\.[a-z]{2})?/?$", re.IGNORECASE)


# A wire's desk after its name: "Reuters Staff", "AFP newsroom", "Kyodo News Sport".
_DESK = re.compile(r"\s+(?:staff|desk|newsroom|reporters?|correspondents?|writer|wire|news agency|news service|sports?)$", re.I)
# A wire's beat line under its writer's byline: "AP Medical Writer", "Kestrel Press Chief Science Correspondent".
_BEAT = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter)$")


def key(name: str) -> str:
    """The fold key of a name: case, a leading 'The', punctuation and spacing aside."""
    low = name.casefold().strip()
    low = re.sub(r"^the\s+", "", low)
    return re.sub(r"[^\w&/.+-]+", " ", low).strip(" .")


@cache
def _table() -> dict[str, str]:
    """The agencies' and outlets' own aliases first, then the wider table of real outlets' names."""
    out: dict[str, str] = {}
    for name in ("outlet_aliases", "known_outlets"):
        for alias, display in lexicon.table(name).items():
            out.setdefault(key(alias), display)
    return out


def canonical(name: str | None) -> str | None:
    """The display name of a known outlet ('REUTERS' → 'Reuters', 'nytimes.com' → 'The New York Times'), else None."""
    if not name:
        return None
    table = _table()
    k = key(name)
    if k in table:
        return table[k]
    bare = re.sub(r"[.\s]+", "", k)
    return table.get(bare)


def is_domain(name: str) -> bool:
    return " " not in name.strip() and bool(_domain().match(name.strip()))


# A station's call letters keep their capitals: "KMRW 90.1", "WKRV FM".
_CALL_LETTERS = re.compile(r"^[KWC][A-Z]{2,3}(?:-[A-Z]{2})?\s")
# A US station under its band, with or without its channel: "WKRV-TV", "WKRV-TV 16" and "WKRV-FM" are WKRV, the call
# letters its dateline and its copyright line also use. A brand and a number alone ("KISS 92", "WAVE 9") stay as written.
_STATION = re.compile(r"^(?P<letters>[KW][A-Z]{2,3})-(?:TV|DT|FM|AM|CD|LD)(?:\s+\d{1,2})?$")


def display(name: str | None) -> str | None:
    """The name to show: the alias table's form, else a domain without its ending, else as written."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip()
    known = canonical(name) or _before_edition(name)
    if known:
        return known
    station = _STATION.match(name)
    if station:
        return station.group("letters")
    m = _domain().match(name) if is_domain(name) else None
    if m:
        base = m.group("name").split(".")[-1]
        known = canonical(base)
        if known:
            return known
        if _GENERIC_END.search(name):  # "Harbourdaily.com" → "Harbourdaily"; "Marrow.ge" keeps its ending
            return base if any(c.isupper() for c in base) else base[:1].upper() + base[1:]
    if name.isupper() and len(name.split()) >= 2 and not _CALL_LETTERS.match(name):
        return name.title()  # "THE KESTREL POST" → "The Kestrel Post" (one-word acronyms stay)
    return name


def _before_edition(name: str) -> str | None:
    """"Hindustan Times ST (Jaipur)", "Deccan Herald (Mysuru)": a known outlet's name with a city in brackets
    or an edition's code in capitals after it is that outlet; other words after a known name make another
    outlet's name ("The Times Union", "The Hill Times", "Gulf News Agency")."""
    bare = re.sub(r"\s*\([A-Z][\w .'’-]{1,30}\)\s*$", "", name)
    words = bare.split()
    if bare != name and canonical(bare):
        return canonical(bare)
    if len(words) >= 3 and re.fullmatch(r"[A-Z]{1,3}", words[-1]) and len(" ".join(words[:-1]).split()) >= 2:
        return canonical(" ".join(words[:-1]))
    return None


def agency(name: str | None) -> str | None:
    """The display name of a news agency ('The Associated Press' → 'AP'), else None."""
    if not name:
        return None
    known = canonical(name) or canonical(_DESK.sub("", name)) or canonical(_BEAT.sub("", name))  # "Reuters Staff"
    return known if known and known in lexicon.words("wire_agencies") else None
