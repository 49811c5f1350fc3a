"""The outlet: who published the story, from the strongest evidence the page gives, else None."""

from __future__ import annotations

import re

import briefing.article.meta.self_name as self_name
import briefing.article.meta.site as site
from briefing import lexicon
from briefing.article import dates, outlet_names
from briefing.article.clean import Page, looks_like_name, parse_byline, vocab
from briefing.article.clean.lines import is_list_header
from briefing.article.clean.site_lines import (
    PUBLISHED_IN,
    feed_channel,
    logo_name,
    looks_like_outlet,
    newsletter_from,
    placed_agency,
    print_promise,
    source_line,
    station_self,
)
from briefing.article.meta.authors import authors
from briefing.article.meta.self_name import DESK_CREDIT as _DESK_CREDIT
from briefing.article.meta.title import first, tidy

_COMPANY_TAIL = re.compile(
    # Nordic and other European company forms too: "© Ostvik Ledger AS 2024".
    r"(?:[,.]?\s+(?:&\s+)?(?:ltd|limited|inc|llc|l\.?l\.?c|plc|gmbh|ag|sa|s\.a|bv|nv|se|l\.?p|pty|as|asa|ab|oy|oyj|a/s|aps|spa|srl|"
    r"corp(?:oration)?|company|co)\b\.?)+\s*$",
    re.IGNORECASE,
)
# Corporate words after an outlet's name: "Pacific Dispatch Media Group" is "Pacific Dispatch".
_GROUP_TAIL = re.compile(
    r"\s+(?:media(?:\s+group)?|group|holdings|publishing|publications|newspapers|communications|digital|"
    r"network|enterprises|partners)$",
    re.IGNORECASE,
)
# "(With inputs from PTI)" and "(With PTI inputs)".
_INPUTS_FROM = re.compile(
    r"^\(?\s*with (?:(?:agency )?inputs? from\s+([^()]{2,60}?)|([\w&.,/' ]{2,40}?)\s+inputs?)\s*\)?\.?$", re.IGNORECASE)
_ROLE_AFTER = re.compile(r"(?<=\w)\s+(?:staff\s+)?(?:contributor|correspondent|columnist|reporter|writer|editor)s?$", re.I)
# A media company's legal name: "Harbourline Media Inc.", "Gray Media Group, Inc.".
_OWNER = re.compile(
    r"\b(?:media|group|holdings|communications|publishing|broadcasting|enterprises|networks?)\b,?\s+"
    r"(?:inc|llc|l\.l\.c|corp(?:oration)?|ltd|limited|plc)\b", re.IGNORECASE)
# A release section's label over a wire's story: "Press Releases", "News release".
_RELEASES = re.compile(r"^(?:news|press|media) (?:release|statement)s?$", re.IGNORECASE)
# A wire's sign-off under the story: "With KNS", "— With AFP".
_WITH_WIRE = re.compile(r"^[—–-]?\s*with\s+(?=[A-Z])", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)?\d{2,4})?")

def outlet_and_credit(page: Page, suffix: str | None = None) -> tuple[str | None, str | None]:
    """(the outlet, the wire agency credited), each in its one display form, or None.

    The outlet is the site that carries the story, from the strongest evidence the
    page gives; when the page names only a wire ("BEIJING (Reuters) -", "By AP"),
    the wire is the outlet too. Unknown stays unknown: never a breadcrumb or a section.
    """
    credit = _credit(page)
    site = self_name.brand_of(_site(page), page) or suffix  # "Headline - Kestrel News": the page title's suffix names the site
    if suffix and site and outlet_names.agency(site) and not outlet_names.agency(suffix):
        site = suffix  # "Headline - kessel7.com-…" over "KESSEL (AP) -": the page's own site carries the wire's story
    if site and outlet_names.agency(site) and not credit:
        credit = site
    sourced = _source_named(page)
    if sourced and site and not credit and outlet_names.display(self_name.brand_of(sourced, page)) != outlet_names.display(site):
        credit = sourced  # "Source: Kessel Ledger" on a page that names its own site: the story's maker
    # Two wires and no site: the first wire is the outlet.
    return outlet_names.display(site or (credit or "").split(", ")[0] or None), outlet_names.display(credit)


def source(page: Page) -> str | None:
    return outlet_and_credit(page)[0]


def _site(page: Page) -> str | None:
    """Order: HTML metadata, a station's call letters over the headline, the copyright line, a
    'Source:' line, the site named in the dateline's credit or alone on a line, the masthead or
    logo over the headline, a byline's outlet, then the weaker evidence of `_named_elsewhere`."""
    if page.html_meta.get("sitename"):
        return page.html_meta["sitename"]
    letters = site.call_sign(page)
    if letters:
        return letters
    # One line a line: "The Harbour Herald" over "News" and "Opinion" in the menu is not "The Harbour Herald News Opinion".
    everything = "\n".join(page.body) + "\n" + "\n".join(line for _l, line in page.furniture)
    providers = {tidy(line).casefold() for line in page.lines("provider")}
    for line in page.lines("copyright"):
        name = outlet_from_copyright(line)
        name = name.split(" via ")[0] if name else name  # "© 2026 WKRV News via WKTS": the site, then its partner
        if name and name.casefold() in providers:
            continue  # "© Kestrel Post" under the partner's story an aggregator carries: the partner's notice
        pair = _copyright_pair(name, everything)
        if pair:
            return pair[0]
        if name and not _junk(name) and not outlet_names.agency(name):  # "Copyright 2025 The Associated Press"
            site_name = _fuller_name(name, everything) or _shorten_group(name, everything)
            if site_name == name and _OWNER.search(line):
                continue  # "Copyright 2025 Harbourline Media Inc.": the company that owns the station, not the station
            return site_name
    # Then the page's own naming, a known outlet's name alone in its head, a 'Source:' line (unless the page names
    # itself often enough to read that line as a credit), and the signs elsewhere on the page.
    return _named_on_page(page) or site.known_masthead(page) or _over_source(page) or _named_elsewhere(page)


def _over_source(page: Page) -> str | None:
    """A 'Source:' line names the site unless the page names itself in its own voice (its sign-up line, its app,
    told …) at least twice: beside that name it credits the outlet whose story the site carries."""
    sourced = _source_named(page)
    return (_not_a_sign_off(self_name.named_most(page)) or sourced) if sourced else None


def _source_named(page: Page) -> str | None:
    """'Source: Kessel Ledger' under the story: the outlet named, never a wire nor a list of wires."""
    for line in page.lines("source"):
        name = source_line(line)
        if name and not outlet_names.agency(name) and not wire_list(name):  # "Source: AFP, Reuters" credits wires
            return name
    return None


def _named_on_page(page: Page) -> str | None:
    publications = [name for name in map(_publication, page.lines("publication")) if name] + _issuers(page)
    stations = [name for name in map(station_self, page.lines("station")) if name]
    stations += [name for name in map(feed_channel, page.lines("feed")) if name]  # a feed mirror copies the site's stories
    for named in page.lines("dateline-site") + page.lines("site") + publications + stations:
        if not _junk(named.strip("()[] ")):
            return named.strip("()[] ")
    everything = " ".join(line for _l, line in page.furniture)
    for line in page.lines("masthead") + _logo_links(page):
        name = _outlet_name(line)
        # "Portugal" over a headline is a section; "Newsgrid" is a site whose one word holds an outlet word,
        # "Sportscope" one the page signs again with an outlet word ("Sportscope News Services").
        if (name and (_has_outlet_word(name) or site.brand_word(name) or _signed_again(name, everything)
                      or site.masthead_named_again(name, page)) and not _junk(name)
                and not _DESK_CREDIT.search(name)):
            return name
    logos = {name.casefold(): name for name in _logo_links(page)
             if site.plain_name(name, True) and name.lower() not in lexicon.lower("social_platforms")}
    if len(logos) == 1 and not outlet_names.agency(next(iter(logos.values()))):
        return next(iter(logos.values()))  # "Kestrel Now logo": the logo's own text names the site, outlet word or not
    in_menu = _outlets_in_menu(page)
    if 1 <= len(in_menu) <= 2:  # a menu naming three outlets lists the group's other titles, and singles out none
        return in_menu[0]
    for line in page.lines("byline"):
        parsed = parse_byline(line)
        if not parsed or not parsed[1]:
            continue
        # "Ada Linde, Senior Writer, Marrow Courier": the part after the role, with an outlet word ("Oslo" is a town);
        # "Ada Linde, Marrow Courier Contributor": the outlet before the role.
        parts = [p for p in re.split(r"\s*[,·]\s*", parsed[1])]
        parts = [_ROLE_AFTER.sub("", p).strip() if _has_outlet_word(_ROLE_AFTER.sub("", p)) else p for p in parts]
        for tail in parts if len(parts) == 1 else [p for p in parts if _has_outlet_word(p)]:
            one_word = " " not in tail.strip() and not (outlet_names.canonical(tail) or outlet_names.is_domain(tail)
                                                        or _has_outlet_word(tail) or site.brand_word(tail))
            if _is_outlet(tail) and not outlet_names.agency(tail) and not (one_word and re.search(r"[,|(]", line)):
                return tail  # "Ada Linde, Abuja", "Ada Linde | Abuja": one plain word is where she files from
                # (after "·" it is the site: "Ada Linde·Tickerline")
    return None


def _outlets_in_menu(page: Page) -> list[str]:
    """'News / Local / Sport / Brackworth Echo': the site's name among the menu's labels, by a word no section
    has; each such name once, at most three."""
    names: list[str] = []
    for line in page.lines("section"):
        name = _outlet_name(line)
        words = [w.lower().strip(".,") for w in (name or "").split()]
        if (name and 2 <= len(words) <= 5 and any(w in vocab.outlet_words() and w not in vocab.section_words() for w in words)
                and site.plain_name(name) and not _junk(name) and not _DESK_CREDIT.search(name) and not outlet_names.agency(name)
                and name not in names):
            names.append(name)
            if len(names) == 3:
                break
    return names


def _copyright_pair(name: str | None, everything: str) -> tuple[str, str] | None:
    """'© 2026 Kestrel FM, Marrow Portal' on a page whose menu says 'About Marrow Portal' and 'Contact Marrow
    Portal': (the site, the partner whose story it carries). The site is the name the page prints again,
    at least twice more than the other; None when neither stands out."""
    parts = [p.strip() for p in (name or "").split(",")]
    if len(parts) != 2 or not all(p[:1].isupper() and len(p.split()) <= 4 for p in parts):
        return None
    counts = [len(re.findall(rf"(?<![\w.]){re.escape(p)}(?![\w])", everything)) - 1 for p in parts]
    if max(counts) < min(counts) + 2:
        return None
    site_at = counts.index(max(counts))
    return parts[site_at], parts[1 - site_at]


def _issuers(page: Page) -> list[str]:
    """'From: Department for Rivers and The Rt Hon Ada Linde MP': the first body named, when it is an organisation."""
    names = []
    for line in page.lines("publisher"):
        name = re.split(r",\s*|\s+and\s+(?=The\s|the\s)", tidy(line))[0].strip()
        words = name.split()
        capitalised = 1 <= len(words) <= 8 and all(w[:1].isupper() or w in ("for", "of", "the", "and", "&") for w in words)
        if capitalised and (looks_like_outlet(name) or vocab.not_name_words() & {w.lower() for w in words}):
            names.append(name)
    return names


def _publication(line: str) -> str | None:
    """'Published in Kestrel Notes', 'A newsletter from the Marrow Courier': the publication named."""
    m = PUBLISHED_IN.match(line)
    return m.group("name") if m else newsletter_from(line) or print_promise(line)


def _named_elsewhere(page: Page) -> str | None:
    """The outlet printed under the byline, a signature under the story, a blog's name over its
    tagline, a sign-up prompt, the page's own address, a staff photographer's credit."""
    under = site.under_byline(page) or site.bio_outlet(page) or site.follow_button(page)
    if under:
        return under
    for line in page.lines("signature"):
        name = line.strip("()— -")
        if not _not_a_sign_off(name):
            continue  # "With Reuters" under the story credits the wire, and names no site
        if _has_outlet_word(name) and not _junk(name):
            return name
    desk = _desk_name(page) or _staff_name(page, ("byline-desk",))
    if desk:
        return desk
    title = first(page, "title") or page.html_meta.get("title")  # a clipper's front matter holds the headline
    found = site.described_masthead(page) or site.imprint(page) or _signed_copyright(page) or site.prompt(page) \
        or site.page_url(page, title) or site.read_more_at(page)
    if found:
        return found
    writers = authors(page)  # read once for the two signs that need them
    return (site.staff_photo(page, writers) or site.self_report(page) or site.self_named(page) or site.footer_name(page)
            or site.author_address(page, writers) or _not_a_sign_off(self_name.named_most(page)) or _staff_name(page)
            or _closing_initials(page) or _staff_picture(page) or self_name.own_slot(page))


# A staff photographer's credit: "(Ana Veer / Kessel Times)", "… on Tuesday. Photo by Ana Veer /Kessel Times".
_PICTURE_CREDIT = re.compile(
    r"(?:\(|\b(?i:photo|picture|image)s?\s+(?i:by)\s+)(?P<who>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})\s*/\s*"
    r"(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})\)?\s*$")


def _staff_picture(page: Page) -> str | None:
    """The one outlet the page's photo credits set after a photographer and a slash, when nothing else names the
    site: its staff took the pictures. Never a wire, a picture library or a public body handing out its own."""
    found = set()
    for line in page.lines("caption"):
        m = _PICTURE_CREDIT.search(line.strip())
        if not m or not looks_like_name(m.group("who")):
            continue
        name = m.group("outlet")
        camel = {w.lower() for w in re.findall(r"[A-Z][a-z]{2,}", name)}  # "Kessel StarPost": Star and Post
        if not (looks_like_outlet(name) or camel & vocab.outlet_words()) or outlet_names.agency(name) \
                or {w.lower() for w in name.split()} & lexicon.lower("public_body_words"):
            return None  # a borrowed or handed-out picture: the credits name no site of their own
        found.add(name)
    return found.pop() if len(found) == 1 else None


# A newsroom's initials closing the story's last sentence: "… and the road reopened. (KNAX)".
_CLOSING_INITIALS = re.compile(r"[.!?\"”’]\s*\((?P<name>[A-Z]{3,8})\)\s*$")


def _closing_initials(page: Page) -> str | None:
    """Initials in brackets closing a long last paragraph (20 words or more, in the story, no caption) sign the
    story: the site's own, when no wire is known by them, they are no copy mark ('(ENDS)'), and the story never
    spells them out or uses them before."""
    last = page.body[-1] if page.body else ""
    m = _CLOSING_INITIALS.search(last)
    if not m or len(last.split()) < 20 or outlet_names.agency(m.group("name")) \
            or m.group("name").lower() in lexicon.lower("copy_end_marks"):
        return None
    name = m.group("name")
    story = " ".join(page.body)
    if story.count(name) > 1 or name.lower() in vocab.section_words():
        return None  # "the Kessel Water Board (KWB)" earlier: an acronym the story uses, not a signature
    return name


def _not_a_sign_off(name: str | None) -> str | None:
    """'With Reuters' alone under the story is the wire's sign-off (its credit), never the site's name."""
    return None if name and _WITH_WIRE.match(name) and outlet_names.agency(_WITH_WIRE.sub("", name)) else name


# A newsroom's desk signing the story: "By Kestrel Today Web Desk", "Marrow Ledger News Desk (AF)".
_DESK_SIGN = re.compile(
    r"^(?:by\s+)?(?:(?P<name>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}?)(?:\s*[/|]\s*|\s+)(?:(?:web|news|online|digital|sports?)\s+)?"
    r"desk(?:\s*\([A-Z]{1,4}\))?|team\s+(?P<team>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})"
    r"|(?P<crew>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4}?)\s+team)\s*[:•|·]?$", re.IGNORECASE)  # "By Kessel News Team"
# The newsroom's staff signing over the headline: "By Kestrel-Post staff •".
_STAFF_SIGN = re.compile(r"^by\s+(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}?)\s+staff\s*[:•|·]?$", re.IGNORECASE)


def _desk_name(page: Page) -> str | None:
    """The outlet whose desk signs the story over or under it ('our', 'the', 'staff' name no outlet)."""
    for label in ("byline-desk", "byline", "signature", "tail", "masthead"):
        for line in page.lines(label):
            m = _DESK_SIGN.match(line.strip())
            name = (m.group("name") or m.group("team") or m.group("crew") or "") if m else ""
            if m and m.group("crew") and not (looks_like_outlet(name) or _on_another_line(page, name, line)
                                               or _posted_by(page, line)):
                continue  # "By Rovers Match Team": a crew's name, no outlet's unless the page names it too
            if re.search(r"\s[/|]\s", line) and looks_like_name(name):
                continue  # "Ana Veer / News Desk": a writer of the desk, not the site
            if name[:1].isupper() and name.split()[0].lower() not in ("our", "the", "staff", "news", "web") and not _junk(name):
                return name
    return None


def _posted_by(page: Page, line: str) -> bool:
    """The team signs a blog's own post line ("Posted March 3, 2026 by Harbour Lifeboat Team"): the site's."""
    items = page.furniture
    return any(text == line and k and items[k - 1][0] == "date" and items[k - 1][1].lower().startswith("posted")
               for k, (_label, text) in enumerate(items))


def _on_another_line(page: Page, name: str, line: str) -> bool:
    """The name stands on some other line of the page's furniture (its masthead, its copyright)."""
    return any(name.casefold() in text.casefold() for _label, text in page.furniture if text != line)


def _staff_name(page: Page, labels: tuple[str, ...] = ("byline", "byline-desk", "ui", "masthead")) -> str | None:
    """'By Kestrel-Courier staff': the newsroom's staff sign the story (a line read as the desk's byline first,
    any other only where nothing else names the site)."""
    for line in [line for label in labels for line in page.lines(label)]:
        m = _STAFF_SIGN.match(line.strip())
        if m and not _junk(m.group("name")) and not outlet_names.agency(m.group("name")) \
                and not _DESK_CREDIT.search(m.group("name")):  # "By Digital Desk staff" names a desk, not a site
            return m.group("name")
    return None


def _signed_copyright(page: Page) -> str | None:
    """'© The Wexcombe Naturalist' with no year under a page whose masthead says the same: the site."""
    mastheads = {tidy(line).casefold() for line in page.lines("masthead")}
    for line in page.lines("copyright"):
        name = re.sub(r"(?i)^\s*(?:copyright\s*|©\s*|\(c\)\s*)+", "", tidy(line)).strip(" .")
        if name and name.casefold() in mastheads:
            return name
    return None


def _credit(page: Page) -> str | None:
    """The wire the page credits: the dateline's '(Reuters)', 'By AP', 'By Ada Linde, Reuters', an
    agency alone on a line, a wire signature under the story."""
    wire = first(page, "wire")
    if wire:
        return _agencies(wire)
    for line in page.lines("byline"):
        parsed = parse_byline(line)
        if parsed and parsed[1] and outlet_names.agency(parsed[1]):
            return parsed[1]
    # "Kestrel News' Ada Linde and Ivo Dane contributed to this report.": the known outlet whose staff helped.
    for line in page.lines("credit"):
        m = _CONTRIBUTED.match(line.strip())
        if m and (outlet_names.agency(m.group("outlet")) or outlet_names.canonical(m.group("outlet"))):
            return outlet_names.agency(m.group("outlet")) or m.group("outlet")
    # "(With inputs from PTI and Reuters)" under an Indian site's story.
    inputs = [m.group(1) or m.group(2) for m in map(_INPUTS_FROM.match, page.lines("credit")) if m]
    # "[Copyright 2026 Kestrel Public Radio]" under a story another station carries: the station that made it.
    partners = [name for name in map(outlet_from_copyright, page.lines("partner")) if name]
    everything = "\n".join(page.body) + "\n" + "\n".join(line for _l, line in page.furniture)
    # "… let crops die. (Marrow Ledger)": the known outlet a digest's item came from.
    partners += [name for name in map(outlet_names.canonical, page.lines("carried")) if name]
    partners += page.lines("provider")  # "Marrow Ledger logo Marrow Ledger 3/21/2026 …": an aggregator's partner
    partners += [name.split(" via ")[1] for name in map(outlet_from_copyright, page.lines("copyright"))
                 if name and " via " in name]
    partners += [pair[1] for pair in (_copyright_pair(outlet_from_copyright(line), everything) for line in page.lines("copyright")) if pair]
    closing = [line for line in page.lines("tail")[:1] if _WITH_WIRE.match(line.strip())]  # "With KNS" over a related list
    for line in page.lines("agency") + page.lines("source") + page.lines("signature") + _copyright_agencies(page) + inputs \
            + closing:
        line = re.sub(r"^[a-z]{2,4}(?:/[a-z]{2,4}){0,3}\s*(?=\()", "", line.strip())  # "ald/ivd (AFP, Reuters)"
        line = re.sub(r"(?i)^(?:by|source\s*:|with)\s*", "", line.strip("()— -"))
        every = wire_list(line)
        if every:
            return ", ".join(every)  # "— With AFP, Reuters": both wires, each by its own name
        for part in re.split(r",|\band\b", line):
            name = outlet_names.agency(part.strip("()— -")) or placed_agency(part.strip("()— -"))
            if name:
                return name
    return partners[0] if partners else network_segment(page)


# A network's interview carried by a member station, summed up in its first line: "KPR's Ada Linde talks with …".
_SEGMENT = re.compile(
    r"^(?P<net>[A-Z][\w&.-]{1,20}(?: [A-Z][\w&.-]{1,20}){0,2})['’]s\s+(?:[A-Z][\w.'’-]+\s+){1,3}"
    r"(?:talks|speaks|chats|talked|spoke|checks in)\s+(?:with|to)\s")


_CONTRIBUTED = re.compile(r"^(?P<outlet>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})(?:['’]s|s?['’])\s.{3,120}\bcontributed\b")


def network_segment(page: Page) -> str | None:
    """The known network whose host speaks with someone in the story's opening line: the segment's maker."""
    m = _SEGMENT.match(page.body[0]) if page.body else None
    return outlet_names.canonical(m.group("net")) if m else None


def wire_list(text: str) -> list[str]:
    """'AFP and Reuters', 'dpa/AP', 'AFP, Reuters' → each agency once; [] unless every part is an agency."""
    parts = [p.strip("()— -") for p in re.split(r"\s*(?:/|,|&|\band\b)\s*", text) if p.strip("()— -")]
    names = [outlet_names.agency(p) for p in parts]
    return list(dict.fromkeys(n for n in names if n)) if parts and all(names) else []


def _agencies(wire: str) -> str:
    """'AFP/Reuters' → 'AFP, Reuters': a story two wires wrote, each agency under its one name; 'Xinhua
    via Newsfeed': the wire, not the service that passed its copy on."""
    wire = re.sub(r"\s+via\s+.*$", "", wire)
    every = wire_list(wire)
    return ", ".join(every) if len(every) >= 2 else wire


def _signed_again(name: str, text: str) -> bool:
    for m in re.finditer(rf"\b{re.escape(name)}\s+((?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*)", text):
        if any(w.lower() in vocab.outlet_words() for w in m.group(1).split()):
            return True
    return False


def _copyright_agencies(page: Page) -> list[str]:
    """A wire's notice under the story it wrote: 'Copyright 2025 The Associated Press. All rights reserved.'"""
    names = [outlet_from_copyright(line) for line in page.lines("copyright")]
    return [name for name in names if name and outlet_names.agency(name)]


def _junk(name: str) -> bool:
    """A breadcrumb ('News /'), a section ('World', 'Real Estate') or a menu is never an outlet."""
    words = [w.lower().strip(".,") for w in name.split()]
    return (not words or bool(re.search(r"[/>›»]\s*$|^\s*[/>›»]", name)) or all(w in vocab.section_words() for w in words)
            or bool(_RELEASES.match(name.strip())) or self_name.dated_or_signed(name)
            or is_list_header(name)  # "News Feed" over a ticker of other stories
            or self_name.furniture_name(name))



def _has_outlet_word(name: str) -> bool:
    """'Marrow Courier', and 'Marrow Gazette-Times': an outlet word, alone or in a hyphenated pair."""
    words = [w.lower().strip(".,") for w in name.split()]
    parts = [p for w in words if "-" in w for p in w.split("-")]
    return bool(outlet_names.agency(name)) or any(w in vocab.outlet_words() for w in words + parts) and not all(
        w in vocab.section_words() for w in words
    )


def _outlet_name(line: str) -> str | None:
    name = re.sub(r"(?i)^(?:bookmark|visit|open)\s+(?=[A-Z])", "", tidy(line).strip(" |·•-–—"))  # "Bookmark Kestrel.com"
    name = re.sub(r"(?i)\s+e-?paper$", "", name)  # "The Kessel Standard e-Paper": the paper's printed edition online
    desk = _STAFF_SIGN.match(name)
    if desk:  # "By Kestrel-Post staff" over the headline: the newsroom signs
        name = desk.group("name")
    if not name or len(name.split()) > 6 or not name[0].isupper():
        return None
    return name.title() if name.isupper() and len(name) > 4 else name


def _is_outlet(tail: str) -> bool:
    """A byline's tail names an outlet, not a role ('Staff Writer') or a date."""
    if vocab.role_words().search(tail) or dates.date_words(tail) or len(tail.split()) > 6:
        return False
    if outlet_names.is_domain(tail):
        return True  # "Ada Linde · marrowcourier.com"
    return tail[:1].isupper() and not looks_like_name(tail) or _has_outlet_word(tail)


def _fuller_name(name: str, text: str) -> str | None:
    """'Ostrander Media Group' → 'The Ostrander Sentinel' when the page names a paper of that stem
    (its logo, a sign-up line, a reporter's address 'name@ostrandersentinel.com')."""
    stem = _GROUP_TAIL.sub("", _COMPANY_TAIL.sub("", name).strip()).strip()
    if stem == name or not stem or len(stem) < 3:
        return None
    found: dict[str, int] = {}
    for m in re.finditer(rf"\b(?:The[^\S\n]+)?{re.escape(stem)}(?:[^\S\n]+[A-Z][\w'’-]+){{1,2}}", text):
        added = m.group(0).split()[len(stem.split()) + (m.group(0).startswith("The ")):]
        corporate = any(_GROUP_TAIL.search(" " + w) or _COMPANY_TAIL.search(" " + w) for w in added)
        if any(w.lower() in vocab.outlet_words() for w in added) and not corporate:
            found[m.group(0)] = found.get(m.group(0), 0) + 1
    squeezed = re.escape(re.sub(r"\W+", "", stem).lower())
    for m in re.finditer(rf"@{squeezed}([a-z]{{3,12}})\.[a-z]{{2,3}}\b", text.lower()):
        if m.group(1) in vocab.outlet_words():
            fuller = f"{stem} {m.group(1).title()}"
            found[fuller] = found.get(fuller, 0) + 1
    return max(found, key=lambda k: (found[k], len(k))) if found else None


def _shorten_group(name: str, text: str) -> str:
    """'Pacific Dispatch Media Group' → 'Pacific Dispatch' when the page also calls it that."""
    short = _GROUP_TAIL.sub("", name).strip()
    if short != name and len(short.split()) >= 2 and text.count(short) > text.count(name):
        return short
    return name




def _logo_links(page: Page) -> list[str]:
    """The site's logo link as pasted: "The Brannoch Standard - Back to home"."""
    out = []
    for _label, line in page.furniture[:12]:
        name = logo_name(line)
        if name:
            out.append(name)
    return out


def outlet_from_copyright(line: str) -> str | None:
    """'© 2026 The Harbour Times Ltd. All rights reserved.' → 'The Harbour Times'."""
    s = tidy(line)
    if not (_YEAR.search(s) or re.search(r"(?i)all rights reserved", s)):
        return None  # "© Jana Holm/Getty Images" is a photo credit
    # "… ALL RIGHTS RESERVED. NO PART MAY BE REUSED …": the reuse notice after the reservation is no name.
    reserved = re.search(r"(?i)\ball rights reserved\b", s)
    if reserved and re.search(r"[A-Za-z]{2}", re.sub(r"(?i)copyright", "", s[:reserved.start()])):
        s = s[:reserved.start()]
    s = re.sub(r"(?i)\ball rights reserved\.?|\s+unless otherwise (?:stated|noted|indicated|specified)\b.*$", "", s)
    domain = re.fullmatch(r"\s*(?:©|@|\(c\))?\s*(?:https?://)?(?:www\.)?([\w-]{3,40}\.[a-z]{2,6})\W*", s, re.IGNORECASE)
    if domain:
        return domain.group(1)  # "@ www.kesselnow.com All Rights Reserved": the site's address is its name
    s = re.sub(r"(?i)\s*\((?:https?://|www\.)[^()]{2,80}\)|\s+(?:https?://)?www\.[\w.-]{3,80}(?=\s*(?:[|·•]|$))", "", s)
    # "© 2026 Kestrel Post (www.kestrelpost.com)", "© 2026 Kestrel Post www.kestrelpost.com | website by …"
    s = re.sub(r"(?i)^(?:all )?(?:content|contents|material|articles|text)\s+(?=copyright|©|\(c\))", "", s)
    s = re.split(r"(?<=[a-z)])\.\s", s)[0]  # "Copyright 2025 Harlow Press. This material may not…"
    # "© 2024 Kestrel Valley Tribune | Powered by Pressline": the site, not its software.
    s = re.split(r"\s+[|·•]\s+|[\s,.–—-]+(?:powered|designed|developed|hosted|built) by\b", s, flags=re.IGNORECASE)[0]
    s = re.sub(r"(?i)^\s*(?:(?:copyright|\(c\)|©)\s*)+", "", s)
    s = re.sub(r"(?i)^(?:(?:owned|licensed|held)(?:\s+(?:or|and)\s+(?:owned|licensed))?\s+by)\s+", "", s)
    # "Copyright owned or licensed by Kessel Ledger Newspapers Limited. All rights reserved."
    s = re.split(r"(?i)\s+(?:or|and) its (?:affiliates?|affiliated companies|licensors|subsidiaries)", s)[0]
    s = _YEAR.sub("", s)
    s = re.sub(r"^[\s,.©:–—-]+|[\s,.:©–—-]+$", "", s)  # "© Copyright 2026 - The Harbour Times", "Harbour Times © 2026"
    if re.match(r"(?i)by\s", s):  # "Copyright 2026 by KQRT-TV" (but "by Ada Linde" is a book's author)
        s = s[3:].strip()
        if looks_like_name(s):
            return None
    s = _COMPANY_TAIL.sub("", s).strip(" ,.")
    if re.fullmatch(r"[a-z][a-z0-9]{3,24}", s) and s not in vocab.section_words():
        return s  # "Copyright © 2026 kestrelnews": a brand spelled in lower case
    if not s or len(s.split()) > 6 or not s[0].isupper() or "/" in s:
        return None
    return s
