"""A page's title and what is set after or before its headline: the site's name ("Headline | The Harbour
Times", "Headline « Kestrel Notes"), a section ("Opinion | Headline"), a kicker."""

from __future__ import annotations

import re

import briefing.article.clean.vocab as vocab
from briefing.article import outlet_names
from briefing.article.clean.bylines import TERMINAL, looks_like_name
from briefing.article.clean.page import line_key
from briefing.article.clean.site_lines import looks_like_outlet

# "Headline | The Harbour Times", "Headline - Kestrel News", "Opinion | Headline".
# A blog's page title: "Headline « Kestrel Notes" (the guillemet as the separator).
_SUFFIX = re.compile(r"^(?P<head>.{8,}?)\s+(?P<sep>\||-|–|—|::|«|»)\s+(?P<tail>[^|–—«»]{2,60})$")
# After " | ", a short name in capitals is the site even with no outlet word: "| The Corra Mercury", "| Axios".
_PIPE_SITE = re.compile(r"^(?:[A-Z][\w'’.&-]*|of|the|and|&|on|de|la)(?:\s(?:[A-Z][\w'’.&-]*|of|the|and|&|on|de|la)){0,3}$")
# "Headline : The Kessel Herald": a site after a colon set between spaces (a headline's own colon has none before it).
_COLON_SITE = re.compile(r"^(?P<head>.{8,})\s+:\s+(?P<tail>[^:|–—«»]{2,60})$")
_PREFIX = re.compile(r"^(?P<label>[\w&' ]{2,30}?)\s+\|\s+(?P<head>.{8,})$")
# A local station's page title ends with the town it serves: "Headline - WKRV News 4 - Kessel, MT".
_TOWN_AFTER_SITE = re.compile(r"\s+[-–—|]\s+[A-Z][\w.'’ -]{1,30},\s+[A-Z]{2}$")


def split_suffix(title: str) -> tuple[str, str | None]:
    """('Headline', 'Kestrel News') for 'Headline - Kestrel News'; a section suffix or prefix is cut too.

    Only a suffix that names an outlet or a section goes: 'Rates are too high - Varga' keeps its speaker.
    The outlet's name is returned so it can name the outlet; a section's is not.
    """
    m = _SUFFIX.match(title)
    if m:
        tail = _TOWN_AFTER_SITE.sub("", m.group("tail").strip())
        if re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", tail):
            return split_suffix(m.group("head").strip())  # "… | Kestrel Post | 09.01.2026": the page's date, then the site
        if _section(tail):
            return split_suffix(m.group("head").strip())[0], None
        if looks_like_outlet(tail) or m.group("sep") in "|«»" and _pipe_site(tail, m.group("head")):
            return split_suffix(m.group("head").strip())[0], tail
    colon = _COLON_SITE.match(title)
    if colon and _named_outlet(colon.group("tail")):
        return colon.group("head").strip(), colon.group("tail").strip()
    p = _PREFIX.match(title)
    if p and (_section(p.group("label")) or _kicker(p.group("label"), p.group("head"))):
        return p.group("head").strip(), None
    return title, None


def _named_outlet(tail: str) -> bool:
    """After a spaced colon only an outlet's name is the site ("… : The Kessel Herald", "… : kesselherald.com"):
    a known one, an address, or a name ending in an outlet's word; not a subtitle ("… : The Voice of Marrow")."""
    words = tail.split()
    if outlet_names.canonical(tail) or outlet_names.is_domain(tail):
        return True
    return (2 <= len(words) <= 5 and words[-1].lower() in vocab.outlet_words() and all(w[:1].isupper() for w in words)
            and words[0].lower() not in ("a", "an") and not looks_like_name(tail) and not _section(tail))


def _kicker(label: str, head: str) -> bool:
    """'Harbour works | Council backs the new river bridge after a long debate': a topic's kicker of up to
    three words over a headline that reads as one (six words or more, some in small letters); a site is no kicker."""
    words = head.split()
    return (len(label.split()) <= 3 and not looks_like_outlet(label) and len(words) >= 6 and "|" not in head
            and sum(w.islower() and len(w) >= 3 for w in words) >= 2)


def _pipe_site(tail: str, head: str) -> bool:
    """'Wage deal ends dock strike | The Corra Mercury': a site's name, not a person or a section."""
    return (len(head.split()) >= 4 and bool(_PIPE_SITE.match(tail)) and tail[:1].isupper()
            and not looks_like_name(tail) and not any(c.isdigit() for c in tail))


def _section(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return bool(words) and len(words) <= 4 and all(w in vocab.section_words() for w in words)


def headline_with_suffix(text: str) -> bool:
    """'Reservoirs fall to a low | Environment | The Kestrel Post' is a headline, not a menu."""
    head, _named = split_suffix(text)
    words = head.split()
    return head != text and len(words) >= 4 and any(w.islower() and len(w) >= 3 for w in words)


# The page's <title> as pasted: "Headline – Site Name", the headline printed again alone under it.
_TITLE_TAIL = re.compile(r"^(?P<head>.{3,200}?)\s+(?:\||-|–|—|::)\s+(?P<tail>(?:[A-Z]|[a-z0-9-]+\.[a-z]{2,6}-)[^|–—]{0,58}[\w.)])$")


def _without_section_after(head: str, headline: str) -> str:
    """'Kiln Street bakery wins, Local News' over 'Kiln Street bakery wins': the page's title names the
    section after a comma, then the site; the headline is what is left."""
    rest = head[len(headline):] if head.startswith(headline) else ""
    words = rest.lstrip(", ").split()
    if rest.startswith(", ") and 1 <= len(words) <= 4 and len(headline.split()) >= 3 \
            and all(w[:1].isupper() or w in ("&", "and") for w in words) \
            and any(w.lower() in vocab.section_words() for w in words):
        return headline  # "…, Local News", "…, Latest World News" (not "Kessel, Marrow Sign …" over "Kessel")
    return head


# A station's call letters and channel before its slogans: "WKSL-TV 16, Kessel's News Leader".
_NETWORK = re.compile(r"\b(?:FOX|NBC|ABC|CBS|CW|PBS|News|TV|Radio)\b")
_STATION_TAIL = re.compile(r"^(?P<site>[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?)(?: (?:News )?\d{1,3})?(?=,|$)")


# A site's address glued to its slogan by a bare dash: "kessel7.com-Kessel News, Weather & Sports".
_DOMAIN_TAGLINE = re.compile(r"^(?P<site>[a-z0-9][a-z0-9-]{1,40}\.(?:[a-z]{2,6}\.)?[a-z]{2,6})-(?=[A-Z])")


def page_title_site(text: str, headline: str) -> str | None:
    """'Kiln Street bakery wins – Harbour Metro' over 'Kiln Street bakery wins': the tail after the
    headline the page prints alone is the site's name, even in words a section could use; a name like a
    person's ('– Ivo Dane', a speaker) or a tail with figures or a full stop is not."""
    m = _TITLE_TAIL.match(text.strip().rstrip(" -–—|"))
    if not m or not line_key(headline) or line_key(_without_section_after(m.group("head"), headline)) != line_key(headline):
        return None
    tail = m.group("tail").strip()
    domain = _DOMAIN_TAGLINE.match(tail)
    if domain:
        return domain.group("site")  # "kessel7.com-Kessel News, Weather & Sports": the site's address, then its slogan
    station = _STATION_TAIL.match(tail)
    station = station if station and ("-" in station.group("site") or _NETWORK.search(tail)) else None
    if station:
        tail = station.group("site")  # "WKSL-TV 16, Kessel's News Leader, FOX 21": the station, its slogans after
    words = tail.split()
    if len(words) > 5 or any(c.isdigit() for c in tail) and not station or TERMINAL.search(tail):
        return None
    known = vocab.outlet_words() | vocab.section_words()
    if looks_like_name(tail) and not looks_like_outlet(tail) and not any(w.lower() in known for w in words):
        return None  # "– Ivo Dane": the speaker of a quoted headline
    if len(words) == 1 and not looks_like_outlet(tail) and not _PIPE_SITE.match(tail) or _section(tail) and len(words) == 1:
        return None
    return tail
