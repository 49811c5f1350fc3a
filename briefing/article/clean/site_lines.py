"""Lines in which the site or a wire names itself: "Source: Harbour Daily", "Channel: …", the logo's text, a
newsletter's or a station's line about itself, "Read the full story in …", a wire's sign-off."""

from __future__ import annotations

import re

import briefing.article.clean.vocab as vocab
from briefing.article import outlet_names

# "Source: Harbour Daily", "Source: kestrelnews.com" naming the outlet (not "Source: Getty Images" under a photo).
_SOURCE_LINE = re.compile(r"^\(?source\s*:\s*(?P<name>[^()|]{2,60}?)\)?$", re.IGNORECASE)
PHOTO_AGENCY = re.compile(r"\b(?:getty|shutterstock|alamy|istock|images?|photos?|pictures?|epa)\b", re.IGNORECASE)


def looks_like_outlet(name: str) -> bool:
    """A web address, a known outlet, or a short capitalised name with an outlet word ('Harbour Daily')."""
    name = name.strip(" .()")
    if not name or len(name.split()) > 6 or PHOTO_AGENCY.search(name):
        return False
    if outlet_names.is_domain(name) or outlet_names.canonical(name):
        return True
    words = [w.lower().strip(".,") for w in name.split()]
    parts = [p for w in words if "-" in w for p in w.split("-")]  # "Courier-Press", "Star-Ledger"
    return name[0].isupper() and any(w in vocab.outlet_words() for w in words + parts) and not all(
        w in vocab.section_words() for w in words)


# "Source: News agencies", "Source: Agency reports": a credit to no one outlet.
_UNNAMED_SOURCES = {"agencies", "reports", "services", "wires", "sources", "staff", "desk", "media"}


# "Source: https://www.kestrelpost.co.uk/news/2026/03/09/bridge-vote": the page's own address.
_SOURCE_URL = re.compile(
    r"^\(?source\s*:\s*(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20}){1,3})(?:/[^\s()]{0,300})?\)?$",
    re.IGNORECASE)


def source_line(line: str) -> str | None:
    """The outlet a 'Source: …' line names, or None."""
    url = _SOURCE_URL.match(line.strip())
    if url and outlet_names.is_domain(url.group("host")):
        return url.group("host")
    m = _SOURCE_LINE.match(line.strip())
    if not m or m.group("name").split()[-1].lower() in _UNNAMED_SOURCES:
        return None
    return m.group("name").strip() if looks_like_outlet(m.group("name")) else None


# A feed mirror's header over the stories it copies: "Channel: The Harbour Ledger", "Channel: Courts – The Harbour
# Ledger" (the feed's own name, then the site that publishes it).
FEED_CHANNEL = re.compile(r"^channel\s*:\s*(?:[^–—|]{2,60}?\s+[–—|-]\s+)?(?P<name>[^–—|]{2,60})$", re.IGNORECASE)


# A byline slot holding only the outlet and the separator before an empty writer's or date's slot: "Kessel News ·".
_OUTLET_SLOT = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s*[·•]$")


def outlet_slot(line: str) -> str | None:
    m = _OUTLET_SLOT.match(line.strip())
    name = m.group("name") if m else ""
    words = [w.lower() for w in name.split()]
    return name if m and looks_like_outlet(name) and not all(w in vocab.section_words() for w in words) else None


def feed_channel(line: str) -> str | None:
    """The site a feed mirror's 'Channel: …' line names, or None."""
    m = FEED_CHANNEL.match(line.strip())
    return m.group("name").strip() if m and looks_like_outlet(m.group("name").strip()) else None


def is_source_note(line: str) -> bool:
    """'Source: News agencies', 'Source: Kestrel Ministry of Health': a credit line, never story text."""
    m = _SOURCE_LINE.match(line.strip())
    return m is not None and len(m.group("name").split()) <= 6


# A blog platform's publication line: "Published in Kestrel Notes".
PUBLISHED_IN = re.compile(
    r"^(?:(?:published|posted) in|(?:this (?:article|story) )?(?:first )?(?:appeared|was (?:first )?published) in"
    # "From the May-June 2026 issue of Kestrel & Quill": a magazine's story, marked with its issue.
    r"|from the (?:[\w'’-]+ ){0,4}(?:issue|edition) of)"
    # "This article first appeared in The Kestrel Weekly on March 9, 2026": the print edition, and when.
    r"\s+(?P<name>[A-Z][\w'’&.-]*(?:\s(?:[A-Z][\w'’&.-]*|&)){0,5}?)(?:\s+on\s+[A-Z0-9][^.]{3,60})?\.?$", re.IGNORECASE)
# A print paper's promise of the rest: "Read the full story in this weekend's Kestrel Leader".
_FULL_STORY_IN = re.compile(
    r"^(?:read|see|find) (?:the |this )?(?:entire|full|complete|whole|rest of the) (?:story|article|report) in"
    r"(?: (?:this|next) (?:weekend|week)['’]s| (?:today|tomorrow|[a-z]+day)['’]s| (?:the |our )?(?:print )?(?:edition|issue) of)?"
    r"(?: the)?\s+(?P<name>(?-i:[A-Z])[\w'’&-]*(?:\s(?-i:[A-Z])[\w'’&-]*){0,4})\.?$", re.IGNORECASE)


def print_promise(line: str) -> str | None:
    """The paper a 'Read the full story in Sunday's Kestrel Leader' line names, when the name looks like an
    outlet's ('Read the full story in Spanish' names a language)."""
    m = _FULL_STORY_IN.match(line.strip())
    return m.group("name") if m and looks_like_outlet(m.group("name")) else None
# A newsletter's line naming the paper that sends it: "A newsletter from the Wexcombe Sentinel",
# "The morning briefing from Harbour Daily", "From the newsroom of the Marrow Courier".
NEWSLETTER_FROM = re.compile(
    r"^(?i:(?:(?:an?|the|your)\s+)?(?:[\w'’-]+\s+){0,2}(?:newsletter|briefing|bulletin|digest|edition|dispatch|brief|roundup|round-up|update)\s+(?:from|by)"
    r"|from the newsroom (?:of|at))\s+(?:(?i:the)\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s(?:[A-Z][\w'’&.-]*|of|and|&)){0,4})\.?$")
# A station's line about itself under the story: "Tessamine Public Media is a service of Carrow State University",
# "KVRN is a member station of NPR", "WKRV is licensed to the Marrow Valley College board".
STATION_SELF = re.compile(
    r"^(?P<name>(?:The\s)?[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,5})\s+(?:is|are)\s+(?i:an?\s+(?:public\s+)?service of|"
    r"(?:an?\s+)?(?:[A-Z]{2,5}\s+)?member station\b|licensed to|owned and operated by|an?\s+(?:[\w-]+\s+)?production of)")
_BARE_CALL_SIGN = re.compile(r"^[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$")


def newsletter_from(line: str) -> str | None:
    """The paper a newsletter's 'The Morning Dispatch from the Marrow Ledger' line names, when it reads as an outlet."""
    m = NEWSLETTER_FROM.match(line.strip()) if len(line) <= 200 else None
    return m.group("name") if m and looks_like_outlet(m.group("name")) else None


def station_self(line: str) -> str | None:
    """The station a 'X is a service of …' line names, when X reads as an outlet or call letters."""
    m = STATION_SELF.match(line.strip()) if len(line) <= 300 else None
    if not m:
        return None
    name = m.group("name")
    return name if looks_like_outlet(name) or _BARE_CALL_SIGN.match(name) else None


# An address with a path alone on a line: "https://www.marrowledger.com/news/2026/03/09/bridge-vote/",
# or labelled by a clipper: "Source URL: https://…", "URL: https://…".
PAGE_URL = re.compile(r"^(?:(?:source|original|page)?\s?(?:url|link|address)\s*:\s*)?<?(?:https?://|www\.)[\w.-]{3,80}\.[a-z]{2,6}/[^\s<>]{0,400}>?$", re.IGNORECASE)


def is_site_line(line: str) -> bool:
    """'(kestrelnews.com)' alone on a line: the site names itself."""
    s = line.strip()
    return len(s) <= 60 and outlet_names.is_domain(s.strip("()[] "))


# An editor's initials over the wires the story drew on: "ald/ivd (AFP, Reuters)", "(AP, dpa)".
_WIRE_SIGNOFF = re.compile(r"^(?:[a-z]{2,4}(?:/[a-z]{2,4}){0,3}\s*)?\((?P<wires>[A-Za-z][\w .&'-]{1,30}(?:,\s?[A-Za-z][\w .&'-]{1,30}){0,3})\)$")


def placed_agency(text: str) -> str | None:
    """'Press Trust of India Mumbai': the agency's full name, then the town it files from; the agency."""
    words = text.split()
    for k in (1, 2):
        wire, place = words[:-k], words[-k:]
        if len(wire) >= 2 and len(words) <= 7 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in place):
            name = outlet_names.agency(" ".join(wire))
            if name:
                return name
    return None


def is_agency_line(line: str) -> bool:
    """'The Associated Press', 'Reuters' alone on a line: the wire that wrote the story."""
    name = re.sub(r"(?i)^by\b:?\s*", "", line.strip(" ()—-–"))  # "By AP", "By Reuters Staff"
    if len(line.split()) <= 5 and outlet_names.agency(name) is not None:
        return True
    if placed_agency(name):
        return True
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", name) if p]
    if 2 <= len(parts) <= 4 and all(outlet_names.agency(p) for p in parts):
        return True  # "By AFP and Reuters", "AP, Reuters"
    m = _WIRE_SIGNOFF.match(line.strip())
    return m is not None and all(outlet_names.agency(w.strip()) for w in m.group("wires").split(","))


# The site's logo link as pasted: "The Brannoch Standard - Back to home", with the logo's alternative text
# glued after it ("The Brannoch Standard - Back to homeThe Brannoch Standard"). Or its alt text: "The Ostrander Sentinel logo".
LOGO_LINK = re.compile(
    r"^(?P<name>[^|·•]{3,60}?)(?:\s*[-–—|:]\s*(?:back to (?:the )?home(?:page)?|home ?page|go to (?:the )?home(?:page)?)"
    r"(?:\s*(?P=name))?|\s+logo)$", re.I)
# The logo's alternative text as other pastes give it: "[Image: Marrow Courier logo]", "Logo: Marrow Courier",
# "Logo of The Marrow Courier", "Go to the Marrow Courier homepage", "Marrow Courier homepage".
_LOGO_FORMS = (
    re.compile(r"^(?:image|img|picture)\s*:\s*(?P<name>[^|·•:]{3,60}?)\s+logo$", re.I),
    re.compile(r"^logo(?:\s+of|\s*[:|–—-])\s+(?P<name>[^|·•:]{3,60})$", re.I),
    # "Logo of Marrow Post newspaper Marrow Post - Headline": the alt text names the kind of site, then the link's text.
    re.compile(r"^logo\s+of\s+(?:the\s+)?(?P<name>[^|·•:]{3,60}?)\s+(?:newspaper|magazine|website|news site)\b", re.I),
    # A blog template's alternative text for the site's icon, with its slogan: "Site icon Kestrel FM – The Bay's Rock".
    re.compile(r"^site icon\s+(?P<name>[^|·•:]{3,60}?)(?:\s+[–—-]\s+[^|·•]{2,80})?$", re.I),
    re.compile(r"^(?:(?:go|back|return) to\s+(?:the\s+)?)?(?P<name>[^|·•:]{3,60}?)\s+home ?page$", re.I),
)


def logo_name(line: str) -> str | None:
    """The site a logo's link or alternative text names: 'The Marrow Courier - Back to home' → 'The Marrow Courier'."""
    s = line.strip().strip("[]").strip()
    for pattern in (*_LOGO_FORMS, LOGO_LINK):
        m = pattern.match(s)
        if m:
            name = m.group("name").strip()
            return name if name.lower() not in ("the", "our", "this", "site", "the site", "main", "go to", "back to") else None
    return None
