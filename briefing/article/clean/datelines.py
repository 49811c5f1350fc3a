"""The wire dateline that opens a story ("PORT AVEN, March 3 (Meridian Wire) – "), cut off the lead: its
place, its date and the wire or the site it credits, each read as the page's own furniture."""

from __future__ import annotations

import re

from briefing.article import dates, outlet_names
from briefing.article.clean.page import Line, Page
from briefing.article.clean.site_lines import looks_like_outlet

# A wire dateline opening the first paragraph: "PORT AVEN, March 3 (Meridian Wire) - ".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]{1,30}(?:(?: |/)[A-Z][A-Z.'\-]{1,30}){0,3}(?:,\s?[A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2})?)"
    # "PORT AVEN, March 3", "PORT AVEN, 5th March, 2026": month first or day first.
    # "LAHORE, NOV 06": the month in capitals too.
    r"(?:,\s?(?P<date>(?:[A-Z][a-z]{2,9}|[A-Z]{3,9})\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:[A-Z][a-z]{2,9}|[A-Z]{3,9})\.?(?:,? \d{4})?))?\s?"  # "WINDHOEK, 10 JUN"
    # "(Meridian Wire)", or a release wire between slashes: "/Kestrel Newswire/".
    r"(?:\((?P<wire>[^()]{2,40})\)|/(?P<slashed>[A-Z][^/]{1,40})/)?\s?[-–—]{1,2}\s(?=\S)"
)
# "(Bloomberg) -- ", "(Capital Ledger) — " at the very start of the body; "MARROW. KESTRELINFORM - ", a
# place and then the agency after a full stop; "Kestrelpost.com - ", the site's own address.
_WIRE_OPEN = re.compile(
    # "March 9 (Kestrapress) - ", "April 9, 2026 (Kestrapress) – ": no place, the date with or without its year
    r"^(?:(?:(?P<date>[A-Z][a-z]{2,9}\.? \d{1,2}(?:,? \d{4})?)\s?)?\((?P<wire>[A-Z][\w&'’. ]{1,40})\)"
    r"|(?P<place>[A-Z][A-Z'’-]{3,30}(?: [A-Z][A-Z'’-]{1,30}){0,2})\.\s(?P<dotted>[A-Z][A-Za-z]{2,24})"
    r"|(?P<address>[A-Za-z0-9][\w-]{1,40}(?:\.[a-z]{2,12}){1,2}))\s?[-–—]{1,2}\s?(?=\S)"
    # "(Kestrapress) The council met …": a known wire's credit alone before the story's first words.
    r"|^\((?P<bare>[A-Z][A-Za-z]{1,12})\)\s(?=[A-Z\"“‘])")


# "London, (Kestrel Press - Harbour Daily - 3rd May, 2024 ) :": a place in Title Case, then the credit.
_DATELINE_CREDIT = re.compile(
    # "New Delhi [India], June 5 (ANI):": the state or country in brackets after the place.
    r"^(?P<place>[A-Z][\w.'’\-]{1,30}(?: [A-Z][\w.'’\-]{1,30}){0,3})(?:\s?\[[A-Z][\w .'’-]{1,30}\])?"
    r"(?:,\s?[A-Z][A-Za-z.]{1,20})?,?\s?"
    # "Al Sadiyah, March 7 (QNA) -": a date may stand before the credit; "Marrow – March 7, 2026: 8.30am (…):",
    # after a dash and with the time.
    r"(?:(?:[-–—]\s)?(?<=[\s,])(?P<date>[A-Z][a-z]{2,9}\.? \d{1,2}(?:,? \d{4}(?::? \d{1,2}(?:[:.]\d{2})?\s?[ap]m)?)?)\s?)?"
    r"\((?P<wire>[^()]{2,80})\)\s?[-–—:]{1,2}\s?"
)
# "HARLOW (AP) Jurors met again …": a known wire's dateline with no dash after it.
_DATELINE_BARE = re.compile(
    # "Hanwang, Kessia (AP) The …", "Marrow, March 5 (Kestrapress) The …": in title case too, with its date.
    r"^(?P<place>[A-Z][A-Za-z.'\-]{1,30}(?: [A-Z][A-Za-z.'\-]{1,30}){0,3}(?:,\s?[A-Z][A-Za-z.]{1,20})?)"
    r"(?:,\s?(?P<date>[A-Z][a-z]{2,9}\.? \d{1,2}))?\s?"
    r"\((?P<wire>[A-Za-z][\w&. ]{1,30})\)\s(?=[A-Z\"“‘'])")
# The dateline alone on the line over the story, the agency's initials after a hyphen: "Marrow-KNA".
_CREDIT_ALONE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s?[-–—]\s?(?P<wire>[A-Z]{2,6})$")
# "Marrow (Kestrapress) –" alone on the line over the story, nothing after the dash.
_WIRE_DATELINE_ALONE = re.compile(
    r"^[A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30}){0,2}(?:, [A-Z][\w.]{1,20})?\s?\((?P<wire>[A-Za-z][\w&. -]{1,30})\)\s?[-–—]{1,2}$")
# A photo's credit glued to the dateline: "Photo by Ada Linde/Kestrel Images(HARLOW, Wex.) -- …".
_GLUED_PHOTO_CREDIT = re.compile(
    r"^(?:photos?|image|picture)\s*(?:by\b|:|credit\s*:)[^()]{2,100}?(?=\([A-Z][A-Z .,'’-]{2,40}\)\s?[-–—]{1,2}\s)", re.I)
# A UI label glued to the dateline: "Cover picture for the articleHARLOW (AP) — ...".
_GLUED_DATELINE = re.compile(r"(?<=[a-z])(?=[A-Z][A-Z.'\-]{2,30}(?: [A-Z][A-Z.'\-]{1,30}){0,3}(?:, [A-Z][A-Za-z.]{1,20})? \()")
# "Marrow, 12.03.2026 / KNA “Kesselpress” /.", "MARROW, March 02, 21:09 /KESSEL-TASS/.": the place and its date,
# then the agency between slashes; "Marrow, Nov. 30, Kesseldot/KNA - ": the site, a slash, then the wire it carries.
_SLASH_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’\-]{1,30}(?: [A-Z][\w.'’\-]{1,30}){0,2}),\s?"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|(?:[A-Z][a-z]{2,9}|[A-Z]{3,9})\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?"
    r"|\d{1,2} (?:[A-Z][a-z]{2,9}|[A-Z]{3,9})\.?(?:,? \d{4})?)(?:,\s?\d{1,2}:\d{2})?,?\s?"
    r"(?:/\s?(?P<slashed>[^/\s][^/]{0,40}?)\s?/\s?[.:\-–—]{0,2}"
    r"|(?P<site>[A-Z][\w.-]{1,30})/(?P<carried>[A-Z][\w-]{1,12})\s?[-–—]{1,2})\s?(?=\S)")
# "MARROW. KESSELINFORM The council met …": a place, a full stop, then a known agency's name in capitals.
_DOTTED_AGENCY = re.compile(r"^(?P<place>[A-Z][A-Z'’-]{2,30}(?: [A-Z][A-Z'’-]{1,30}){0,2})\.\s(?P<dotted>[A-Z][A-Z-]{2,24})\s(?=[A-Z](?:[a-z]|\s)|[\"“‘])")
# An agency's name in quotes after its kind's initials: "KNA “Kesselpress”" is Kesselpress.
_QUOTED_NAME = re.compile(r"[“\"«](?P<name>[^”\"»]{2,30})[”\"»]")
# A station's four call letters in a bare credit: "(KQTH)", "(WKRV)"; "(WHO)" is an acronym.
_STATION = re.compile(r"^[KW][A-Z]{3}$")
_CREDIT_SPLIT = re.compile(r"\s+[-–—/|]\s+")
# The site's name and a slash opening the lede, no place before it: "Kessel News / The governor said …".
_SITE_SLASH = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) / (?=[A-Z\"“‘])")
# A place and its country in title case: "Marrow, Norland" (never an outlet's name, which has no comma).
_PLACE_PAIR = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}$")


def take_dateline(page: Page, lines: list[Line]) -> None:
    """Cut the wire dateline off the lead (it may follow a standfirst): the story starts after it."""
    _take_dateline_alone(page, lines)
    for line in [line for line in lines if not line.label][:3]:
        _unglue_dateline(page, line)
        m = _WIRE_OPEN.match(line.text) or _DATELINE.match(line.text) or _DATELINE_CREDIT.match(line.text)
        bare = _DATELINE_BARE.match(line.text) if not m else None
        m = m or (bare if bare and outlet_names.agency(bare.group("wire")) else None)
        if not m and _take_slash_dateline(page, line, any(other.label in _OUTLET_LINES for other in lines)):
            return
        if not m and _take_site_slash(page, line):
            return
        if m and m.re is _DATELINE_CREDIT and _inverted(m.group("place"), m.group("wire")) and m.end() < len(line.text):
            page.furniture.append(("dateline-site", m.group("place")))  # "Kessel News (Marrow, Norland) -": the site, then the place
            line.text = line.text[m.end():].lstrip()
            return
        if not m or m.end() >= len(line.text):
            continue
        groups = m.groupdict()
        if m.re is _WIRE_OPEN and groups.get("date") and not outlet_names.agency(groups.get("wire") or "") \
                and not _STATION.match(groups.get("wire") or ""):
            continue  # "April 9, 2026 (Video) –", a timeline's "March 3, 2019 (Kessel) –": no wire's dateline
        if groups.get("address") and not outlet_names.is_domain(groups["address"]):
            continue  # "Mr. Ek - " opens a sentence
        if groups.get("dotted") and not (groups["dotted"].isupper() or outlet_names.agency(groups["dotted"])):
            continue  # "OSLO. Officials - " is the story's own words
        if groups.get("bare") and _STATION.match(groups["bare"]):
            page.furniture.append(("dateline-site", groups["bare"]))  # "(KQTH) A crowd gathered …": the station's own story
            line.text = line.text[m.end():].lstrip()
            return
        if groups.get("bare") and not outlet_names.agency(groups["bare"]):
            continue  # "(Updated) The council …"
        groups["wire"] = (groups.get("wire") or groups.get("slashed") or groups.get("dotted") or groups.get("address")
                          or groups.get("bare"))
        if not groups.get("wire") and not groups.get("date"):
            continue  # "NATO - " could be the story's own words
        if groups.get("wire") and dates.is_date_line(groups["wire"]) and groups.get("place"):
            # "Kestrel Law (March 4, 2025, 6:41 PM EST) -- ": the site names itself, then the date.
            if _site_before_date(groups["place"]):
                page.furniture.append(("dateline-site", groups["place"]))
            page.furniture.append(("date", groups["wire"]))
        elif groups.get("wire"):
            _credit(page, groups["wire"], any(other.label in _OUTLET_LINES for other in lines))
        if groups.get("date"):
            # "KESTREL CITY, March 4, 2025 /Kestrel Newswire/ --": with its year, the dateline dates the story.
            page.furniture.append(("date" if re.search(r"\d{4}(?:$|:? \d)", groups["date"]) else "dateline", groups["date"]))
        line.text = line.text[m.end():].lstrip()
        return


def _take_slash_dateline(page: Page, line: Line, outlet_named: bool) -> bool:
    """'Marrow, 12.03.2026 / KNA “Kesselpress” /.', 'Marrow, Nov. 30, Kesseldot/KNA - ', 'MARROW. KESSELINFORM ':
    the credit is taken, and the date with it; the story starts after it."""
    m = _SLASH_DATELINE.match(line.text)
    if m and m.end() < len(line.text):
        credit = _slashed_name(m.group("slashed")) if m.group("slashed") else None
        site, carried = m.group("site"), m.group("carried")
        if carried and outlet_names.agency(carried) and not outlet_names.agency(site):
            credit = f"{carried} / {site}"  # the wire the site carries, then the site
        if credit:
            _credit(page, credit, outlet_named)
            page.furniture.append(("date" if re.search(r"\d{4}", m.group("date")) else "dateline", m.group("date")))
            line.text = line.text[m.end():].lstrip()
            return True
    dotted = _DOTTED_AGENCY.match(line.text)
    if dotted and outlet_names.agency(dotted.group("dotted")) and dotted.end() < len(line.text):
        _credit(page, dotted.group("dotted"), outlet_named)
        line.text = line.text[dotted.end():].lstrip()
        return True
    return False


def _slashed_name(text: str) -> str | None:
    """'KNA “Kesselpress”' → 'Kesselpress'; 'KESSEL-TASS' as it stands; never a time or a date."""
    quoted = _QUOTED_NAME.search(text)
    name = (quoted.group("name") if quoted else text).strip()
    # an agency's shape: its name quoted after its initials, written in capitals, or known ("/ Ana Veer /" is a writer)
    agency_like = bool(quoted) or name.isupper() or outlet_names.agency(name) is not None
    return name if agency_like and _credit_name(name) else None


def _take_site_slash(page: Page, line: Line) -> bool:
    """'Kessel News / The governor said …': an outlet's name and a slash open the story, the site's own credit
    (a known wire's name there is the wire's); a writer's name ('Ana Veer / …') or a breadcrumb is not taken."""
    m = _SITE_SLASH.match(line.text)
    if not m or len(line.text[m.end():].split()) < 8:
        return False
    name = m.group("name")
    if outlet_names.agency(name):
        _credit(page, name)
    elif looks_like_outlet(name):
        page.furniture.append(("dateline-site", name))
    else:
        return False
    line.text = line.text[m.end():].lstrip()
    return True


def _inverted(name: str, bracketed: str) -> bool:
    """'Kessel News (Marrow, Norland) -': an outlet's name before a place and its country in brackets."""
    parts = bracketed.split(", ")
    return (bool(_PLACE_PAIR.match(bracketed)) and looks_like_outlet(name)
            and not any(looks_like_outlet(p) or outlet_names.agency(p) for p in parts))


def _take_dateline_alone(page: Page, lines: list[Line]) -> None:
    """'Marrow-KNA' on its own line just over the story (read as a section label above no headline)."""
    first = next((k for k, line in enumerate(lines) if not line.label), None)
    for line in lines[max(0, (first or 0) - 2): (first or 0)]:
        alone = _CREDIT_ALONE.match(line.text.strip())
        wire = _WIRE_DATELINE_ALONE.match(line.text.strip())
        if wire and outlet_names.agency(wire.group("wire")) and line.label in (None, "section", "ui"):
            alone = wire  # "Marrow (Kestrapress) –": a known wire's dateline, read as a button's label
        if alone is not None and (alone is wire or line.label in (None, "section")):
            _credit(page, alone.group("wire"), any(other.label in _OUTLET_LINES for other in lines))
            line.label = "ui"
            return


def opens_with_wire_dateline(text: str) -> bool:
    """'HARLOW (Kestrapress) – …': the story's first words, whatever stands above them."""
    m = _DATELINE.match(text) or _DATELINE_CREDIT.match(text)
    # "HARLOW, Mont. (KQTH) - …": a station's call letters there open its own story as a wire's would.
    credit = m.group("wire") if m else None
    return bool(credit and (outlet_names.agency(credit) or _STATION.match(credit)) and m and m.end() < len(text))


def _site_before_date(name: str) -> bool:
    """'Kestrel Law' before '(March 4, 2025) --' is the site; 'WASHINGTON' or 'Oslo, Norland' is a place."""
    words = name.split()
    return len(words) <= 4 and not name.isupper() and "," not in name and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _unglue_dateline(page: Page, line: Line) -> None:
    """'Cover picture for the articleHARLOW (AP) — …': the glued label goes, the dateline stays."""
    credit = _GLUED_PHOTO_CREDIT.match(line.text)
    if credit:
        page.furniture.append(("caption", credit.group(0)))
        line.text = line.text[credit.end():]
    cut = _GLUED_DATELINE.search(line.text[:120])
    if not cut or len(line.text[: cut.start()].split()) > 8 or not _DATELINE.match(line.text[cut.start():]):
        return
    page.furniture.append(("ui", line.text[: cut.start()]))
    line.text = line.text[cut.start():]


def _credit_name(part: str) -> bool:
    """'Meridian Wire', '77 News', 'Channel 4'; never a date or a time ('March 4', '6:41 PM', '(April 22)')
    nor an update note ('2nd UPDATE')."""
    if dates.find(part) or re.fullmatch(r"[\d\s.,:/-]+(?:[ap]\.?m\.?)?", part, re.I) or not re.search(r"[A-Za-z]{2}", part):
        return False
    if any(w.lower().strip(".,") in dates.month_words() for w in part.split()):
        return False
    return not re.search(r"(?i)\bupdated?\b|\bcorrected\b", part)


# Lines naming the page's own outlet: beside them a station's call letters in the dateline are a credit.
_OUTLET_LINES = ("masthead", "copyright", "logo")


def _two_outlets(text: str) -> bool:
    """'Marrow Times/Harbour Watch': two outlets' names, each with its outlet word; not 'WKRV/KQTH' nor 'AP/Reuters'."""
    halves = [h.strip() for h in text.split("/")]
    return len(halves) == 2 and all(" " in h and looks_like_outlet(h) and not outlet_names.agency(h) for h in halves)


def _credit(page: Page, text: str, outlet_named: bool = False) -> None:
    """'(Reuters)' is a wire; '(APP - Harbour Daily / Kestrel News - 15th Apr, 2022)' is a wire, then the site.
    A station's call letters alone are the site when no masthead, logo or copyright names the page's outlet."""
    parts = [p.strip(" ,") for p in _CREDIT_SPLIT.split(text.strip()) if p.strip(" ,")]
    parts = [p for p in parts if _credit_name(p)]
    paired = re.fullmatch(r"(?P<site>[A-Z][\w&.-]{1,30})/(?P<wire>[A-Za-z][\w&.-]{1,20})", parts[0]) if parts else None
    if paired and outlet_names.agency(paired.group("wire")) and not outlet_names.agency(paired.group("site")):
        parts = [paired.group("wire"), paired.group("site")]  # "(WKRV/AP)": the station and the wire it carries
    elif len(parts) == 1 and _two_outlets(parts[0]):
        page.furniture.append(("wire", ", ".join(p.strip() for p in parts[0].split("/"))))
        return  # "(Marrow Times/Harbour Watch)": two outlets share the credit, each by its own name
    if not parts:
        return
    # "HARLOW, Mont. (KQTH) -": the station's own story; "(KQTH/WKRV)", two stations sharing one newsroom, the first's.
    stations = parts[0].split("/") if len(parts) == 1 else []
    if stations and all(_STATION.match(s) and not outlet_names.agency(s) for s in stations) and not outlet_named:
        page.furniture.append(("dateline-site", stations[0]))
        return
    page.furniture.append(("wire", parts[0]))
    if len(parts) > 1:
        page.furniture.append(("dateline-site", parts[1]))
