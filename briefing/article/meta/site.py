"""Weaker evidence of the site's name, read where no copyright, masthead or byline names it.

A station's call letters over the headline, a sign-up prompt ("Get the Harbour Daily
newsletter"), the page's own address pasted under a share button, a staff photographer's
credit, the outlet printed under the byline ("Westmoor Broadcasting, Tarnside"), and a
blog's name over a tagline that says what it is. Each is read only in a shape that names
the site that carries the story, never another story's source.
"""

from __future__ import annotations

import re

from briefing import lexicon
from briefing.article import outlet_names
from briefing.article.clean import Page, looks_like_name, vocab
from briefing.article.clean.lines import prompt_parts, site_prompts
from briefing.article.clean.site_lines import PHOTO_AGENCY, looks_like_outlet

# A broadcaster's call letters alone on a line: "KQTH", "WKRV 89.3", "KHON2", "WXYZ-TV", a Canadian "CJWR".
CALL_SIGN = re.compile(r"^(?:[KW][A-Z]{3}|C[FHIJK][A-Z]{2}|[KW][A-Z]{2}(?=[-\s]?(?:TV|FM|AM|\d)))(?:-?(?:TV|FM|AM|DT))?(?:\s?\d{1,3}(?:\.\d)?)?$")
# A tagline that says what the site is: "A blog about small farms", "Independent news from the valley".
_DESCRIBES_SITE = re.compile(
    r"\b(?:blog|news|journalism|magazine|newsletter|podcast|reporting|stories|newspaper|notes|diary|musings|"
    r"writings|commentary|since (?:18|19|20)\d\d)\b", re.I
)
_URL = re.compile(r"(?:https?://|\bwww\.)(?P<host>[\w.-]{3,80}\.[a-z]{2,6})(?P<path>/[^\s()<>\"]{0,300})?", re.IGNORECASE)
# "(Photo: Ada Linde/The Marrow Courier)", "Photographer: Ada Linde / Marrow Courier", "Source: Ada Linde | Kestrel
# Central", "photo by Ada Linde, Kestrel Midwest".
_STAFF_PHOTO = re.compile(
    r"(?:photo(?:graph)?(?:er)?s?|pictures?|images?|source)\s*(?::|by)\s*(?P<who>[^/|,()]{3,60}?)\s*(?P<sep>[/|,])\s*"
    r"(?P<outlet>[^/|,()]{2,60}?)\)?\s*$",
    re.IGNORECASE,
)
_SMALL = {"the", "of", "and", "&", "on", "in", "at", "de", "la", "le"}


def call_sign(page: Page) -> str | None:
    """'KQTH' alone over the headline: the station's own page (its licensee's copyright names a company)."""
    for label, line in page.furniture:
        if label in ("masthead", "section", "ui", "tagline") and CALL_SIGN.match(line.strip()):
            return line.strip()
    return None


def known_masthead(page: Page) -> str | None:
    """A real outlet's name alone on a line of the page's head ('Dawn', 'RNZ' over a menu): the table of
    outlets knows it even without an outlet word. An agency there is a credit, read as one elsewhere."""
    for label, line in page.furniture:
        name = line.strip(" |·•-–—")
        if label in ("masthead", "section", "tagline", "ui") and outlet_names.canonical(name) and not outlet_names.agency(name):
            return name
    return None


def masthead_named_again(name: str, page: Page) -> bool:
    """'THE LONG TABLE' over a menu ('Food', 'Travel', 'Culture'), and '… in Issue 31 of The Long Table' or
    'Download the Locally app' further down: a name the site prints over its menu and again, capitalised,
    after a word of a sentence, is the site's own even with no outlet word ('Locally, the council …' is not)."""
    labels = [label for label, _line in page.furniture]
    at = next((k for k, (label, line) in enumerate(page.furniture) if label == "masthead" and line.strip().casefold() == name.casefold()), None)
    if at is None or sum(label in ("section", "ui", "nav") for label in labels[at + 1: at + 4]) < 2 or not plain_name(name):
        return False
    pattern = re.compile(rf"(?<=[a-z,] ){re.escape(name)}\b", re.IGNORECASE)
    others = [line for k, (label, line) in enumerate(page.furniture) if k != at and label not in ("title", "masthead")]
    for line in others + page.body:
        for m in pattern.finditer(line[:3000]):
            before = line[: m.start()].split()[-1:]
            if before and before[0].lower() in _LOCATIVE:
                continue  # "… in Kestrel Bay": a place's name over the menu (a location crumb) is not a site's
            if all(w[:1].isupper() for w in m.group(0).split() if w.lower() not in _SMALL):
                return True
    return False


_LOCATIVE = {"in", "at", "near", "around", "outside", "across", "to", "into", "through"}


# What a masthead may stand over on an organisation's own page: "News Release", "Press statement".
_RELEASE = re.compile(r"^(?:news|press|media) (?:release|statement)s?$", re.IGNORECASE)


def described_masthead(page: Page) -> str | None:
    """'The Quiet Orchard' over 'A blog about small farms and the people who run them';
    'Kestrel County Health Department' over 'News Release', or over its menu and then 'Media release'."""
    for k, (label, line) in enumerate(page.furniture):
        if label != "masthead" or k + 1 >= len(page.furniture):
            continue
        next_label, nxt = page.furniture[k + 1]
        # A blog may carry its writer's name: the tagline says it is a site.
        described = next_label == "tagline" and _DESCRIBES_SITE.search(nxt)
        if (described or _release_under(page.furniture[k + 1: k + 12])) and plain_name(line, True):
            return line.strip()
    return None


def _release_under(head: list[tuple[str, str]]) -> bool:
    """A release's label among the menu lines under the masthead: 'Media centre › Media releases', 'Media release'."""
    for label, line in head:
        if label not in ("section", "tagline", "ui", "nav", "breadcrumb"):
            return False
        if any(_RELEASE.match(crumb.strip()) for crumb in re.split(r"[›»>|/]", line)):
            return True
    return False


# The outlet words a one-word brand is made with: "Newsgrid", "Dailyhunt", "Techpost", "Valleytimes".
# Only these: a section label "Starship", "Wireless" or "Pressure" also starts with an outlet word.
_BRAND_START = ("news", "daily")
_BRAND_END = ("news", "daily", "post", "times", "wire", "press", "herald", "gazette", "tribune", "journal",
              "telegraph", "chronicle", "ledger", "insider", "report")


def brand_word(name: str) -> bool:
    """'Newsgrid', 'Dailyhunt', 'Techpost': one word made with an outlet word."""
    low = name.lower()
    if not re.fullmatch(r"[A-Z][a-zA-Z]{5,24}", name) or low in vocab.ui_lines() or low in vocab.section_words():
        return False
    return (any(low.startswith(w) and len(low) >= len(w) + 3 for w in _BRAND_START)
            or any(low.endswith(w) and len(low) >= len(w) + 3 for w in _BRAND_END))


def prompt(page: Page) -> str | None:
    """The site a sign-up or app prompt names: 'Get the Harbour Daily newsletter', 'Top stories on Newsleaf'.
    The prompt may follow another sentence: 'You have read 3 free stories. Subscribe to the Kestrel Star for $1.'"""
    for label, line in page.furniture:
        if label == "title":
            continue
        for sentence in prompt_parts(line):
            name = _prompted_name(sentence, line)
            if name:
                return name
    return None


def _first_names(line: str) -> set[str]:
    """The given names of the people a line names in full: 'Ada' for 'Ada Linde covers transport'."""
    pairs = re.finditer(r"\b(?P<first>[A-Z][\w'’-]+) [A-Z][\w'’-]+", line[:1000])
    return {m.group("first") for m in pairs if looks_like_name(m.group(0))}


# An author-follow button the site fills with its own name where no writer signs: "Click to follow" over
# "The Kessel Evening Post" (a writer's name there is the byline, read elsewhere). A bare "Follow" is any
# topic's button, as in a row of them under the story ("Follow" / "Kessel News" / "Follow" / "Wildfires").
_FOLLOW = re.compile(r"^(?:click|tap) to follow$", re.IGNORECASE)


def follow_button(page: Page) -> str | None:
    """The outlet named on the line under an author-follow button, when it is no person's name."""
    for k, (_label, line) in enumerate(page.furniture[:-1]):
        name = page.furniture[k + 1][1].strip()
        if _FOLLOW.match(line.strip()) and looks_like_outlet(name) and plain_name(name) and not outlet_names.agency(name):
            return name
    return None


# What stands before "Newsletters" on a link or a heading that names no site.
_NOT_SITES = {"all", "our", "more", "free", "email", "manage", "my", "your", "other", "latest", "daily", "weekly", "get"}


def _prompted_name(sentence: str, sentence_line: str = "") -> str | None:
    for pattern in site_prompts():
        m = pattern.match(sentence)
        if not m:
            continue
        name, rest = m.group("name").strip(), sentence[m.end("name"):m.end()]
        if re.search(r"(?i)\s(?:&|and)\s+partners$", name):
            continue  # "More from The Star & Partners": a list of the group's and its partners' sites, no one site
        if name.casefold() in vocab.given_names() or name in _first_names(sentence_line.replace(sentence, " ")):
            continue  # "Ada Linde covers transport … Follow Ada on Twitter": the writer, not the site
        capital = re.match(r"\s+([A-Z][\w'’-]*)\s", rest)
        if capital and capital.group(1).lower() not in lexicon.lower("social_platforms"):
            # "Get the Selwyn Bay Daily newsletter": "Daily" is the site's name, not how often
            name = f"{name} {capital.group(1)}"
        # A newsletter has names of its own ("Get the First Thing newsletter"), and so do a club's or a
        # league's apps ("Download the Kestrel Rovers app") and a paywall's offers ("Subscribe to Premium"):
        # there only an outlet's name counts.
        strict = re.search(r"(?i)newsletter|briefing|bulletin|email|inbox|\bapp\b|^subscribe", sentence[: m.end()])
        if re.fullmatch(r"(?i)[^:;,.!?|]{2,60} newsletters\s*", sentence) and name.split()[0].lower() not in _NOT_SITES:
            strict = None  # "Kestrel Post Newsletters": the heading over the site's own list ("All Newsletters" is a link)
        if strict and (looks_like_outlet(name) or brand_word(name)) and plain_name(name, True):
            return name  # "the Coral Coast Today app": an outlet word, though it reads like a person's name too
        # Members, donors and subscribers belong to a site, not to a person: "Join Harbour Adviser for free".
        belongs = re.search(r"(?i)\bmember|\bdonation|\bgift\b|\bjoin\b|subscription", sentence[: m.end()])
        if plain_name(name, person_ok=bool(belongs)) and not strict:
            return name
        if not strict and _lower_brand(name) and re.match(r"(?i)top|latest|trending", sentence):
            return name  # an app spelled in lower case: "Top stories on kestrl right now"
    return None


# "Read more stories on harbourdaily.co.ug", "For the latest news visit www.kestrelpost.com".
_MORE_AT = re.compile(
    r"^(?:(?:read|find|get|see|for)\s+(?:more|all|the latest|the full story)(?:\s+[a-z]+){0,3}\s+(?:on|at|visit)"
    r"|visit|(?:more|full story) at)\s+(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,12}){1,3})\.?\s*$",
    re.IGNORECASE,
)


def read_more_at(page: Page) -> str | None:
    """The site's own address in a 'Read more on …' line under the story."""
    for label, line in page.furniture + [("body", p) for p in page.body[-2:]]:
        m = _MORE_AT.match(line.strip()) if label != "title" else None
        if m and outlet_names.is_domain(m.group("host")) and not outlet_names.agency(m.group("host")):
            return m.group("host").casefold()
    return None


def page_url(page: Page, title: str | None) -> str | None:
    """This page's address pasted under a share button: its path spells the headline, its host is the site."""
    if not title:
        return None
    words = {w for w in re.findall(r"[a-z0-9]+", title.casefold()) if len(w) >= 3}
    if len(words) < 3:
        return None
    # A web clipper's "source: https://…" in the front matter is the page's address too.
    url = page.html_meta.get("url")
    clipped = [url] if url else []
    for line in [line for _label, line in page.furniture] + page.body[-3:] + clipped:
        for m in _URL.finditer(line[:2000]):
            slug = set(re.findall(r"[a-z0-9]+", (m.group("path") or "").casefold()))
            if len(words & slug) >= min(4, len(words)):
                return re.sub(r"^www\.", "", m.group("host").casefold())
    return None


def staff_photo(page: Page, authors: tuple[str, ...]) -> str | None:
    """'(Photo: Ada Linde/The Marrow Courier)' where Ada Linde wrote the story: her paper is the site. A site's
    own credit for a photographer who did not write it sets the paper after a bar or a comma ('Source: Ivo Dane |
    Kestrel Central', 'photo by Ivo Dane, Kestrel Central'); after a slash it is as often a borrowed picture's
    ('Ivo Dane/Marrow Echo'). Never an agency, a picture library or a platform ('Ivo Dane via Flickr')."""
    for label, line in page.furniture:
        m = _STAFF_PHOTO.search(line) if label == "caption" else None
        if not m or outlet_names.agency(m.group("outlet").strip()):
            continue
        who, name = m.group("who").strip(), m.group("outlet").strip()
        if who in authors and looks_like_outlet(name):
            return name
        second = name.split()[0].casefold() in vocab.given_names()  # "Photos: Ada Linde/Ivo Dane": two photographers
        if (m.group("sep") != "/" and looks_like_name(who) and " via " not in line and plain_name(name, True) and not second
                and not PHOTO_AGENCY.search(name) and name.lower() not in lexicon.lower("social_platforms")):
            return name
    return None


# The rest of an imprint line: a street, a town, a county ("Market Square, Drumquill, Co. Dromard").
_ADDRESS_PART = re.compile(r"^(?:\d{1,5}[A-Za-z]?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}$")


def imprint(page: Page) -> str | None:
    """The outlet's name and address under the story: 'The Drumquill Advertiser, Market Square, Drumquill',
    'Prairie Press Association | 410 Grain Street, Marlow Falls'."""
    for label, line in page.furniture:
        if label not in ("tail", "signature", "ui", "notice", "copyright") or len(line.split()) > 16:
            continue
        parts = [p.strip() for p in re.split(r"\s*[|,·•]\s*", line.strip()) if p.strip()]
        name = parts[0] if len(parts) >= 2 else ""
        if (name and looks_like_outlet(name) and plain_name(name, True) and not outlet_names.agency(name)
                and all(_ADDRESS_PART.match(p) for p in parts[1:])):
            return name
    return None


_NAME = r"(?P<name>(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*(?:\s+\d{1,2})?)"
# A newsroom speaking of itself in the story: "…, the Harbour Ledger has learnt", "As KXYZ first reported, …".
_HAS_LEARNT = re.compile(rf"\b{_NAME}\s+(?:has|have)\s+(?:learnt|learned)\b")
_FIRST_REPORTED = re.compile(rf"\b[Aa]s\s+{_NAME}\s+(?:first\s+|previously\s+|exclusively\s+)?reported\b")

# Unnamed sources speak to the newsroom that reports them: "…, government sources told Kestrel TV on Thursday."
# (a named person who "told" an outlet may be quoted from another outlet's interview, and names none).
_SOURCES_TOLD = re.compile(
    r"\b(?:sources?|insiders?|people (?:familiar with|close to|briefed on) [\w ]{2,40}?)\s+(?:have\s+|had\s+)?told\s+"
    rf"(?:the\s+)?{_NAME}(?=\s*[.,;]|\s+(?:on|that|last|this|earlier|[A-Z][a-z]+day)\b)")


# The newsroom's own correspondent on the spot: "Kestrel TV's Ada Linde reported from the harbour." (another
# paper's scoop is "reported that …", never "from" a place).
_OWN_CORRESPONDENT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>(?:The\s+)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})(?:['’]s?)\s+"
    r"(?P<who>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})\s+(?:reported|reports)\s+(?:this\s+(?:story|report)\s+)?from\b")


def self_report(page: Page) -> str | None:
    """The outlet the story's opening names as its own newsroom: a name with an outlet word that 'has learnt'
    (another outlet's scoop is 'reported'), a station's call letters 'as KXYZ first reported', or the outlet
    unnamed sources 'told'."""
    for para in page.body[:3]:
        for m in _HAS_LEARNT.finditer(para):
            name = m.group("name")
            if quoted_at(para, m.start()) or outlet_names.agency(name):
                continue  # a story quoting another paper's scoop: '"…, The Post has learned," the report said'
            # "The Post" alone is another paper's short name as often as this one's: two words, or a known outlet.
            if looks_like_outlet(name) and len(re.sub(r"^The\s+", "", name).split()) >= 2 or outlet_names.canonical(name) \
                    or CALL_SIGN.match(name):
                return name
        for m in _FIRST_REPORTED.finditer(para):
            if CALL_SIGN.match(m.group("name")):
                return m.group("name")
        for m in _SOURCES_TOLD.finditer(para[:5000]):
            name = re.sub(r"\s+[A-Z][a-z]+day$", "", m.group("name"))  # "told Kestrel TV Thursday"
            if not quoted_at(para, m.start()) and looks_like_outlet(name) and not outlet_names.agency(name):
                return name
    return own_correspondent(page)


def own_correspondent(page: Page) -> str | None:
    """'Kestrel TV's Ada Linde reported from the harbour': the outlet whose reporter files from the scene, in the
    story's own words (not a quotation, not a wire's correspondent, not a person's 'Ivo Dane's Ada Linde')."""
    for para in page.body[:5]:
        for m in _OWN_CORRESPONDENT.finditer(para[:5000]):
            name = m.group("name")
            if (not quoted_at(para, m.start()) and looks_like_name(m.group("who")) and plain_name(name, True)
                    and name.split()[0].casefold() not in vocab.given_names() and not outlet_names.agency(name)):
                return name
    return None


# The newsroom naming itself inside the story: "a resident the Kestrel Post spoke to", "one trader Marrow News
# spoke to" (the reporter's own interviews), and a list story's "Here, Kestrel Sport brings you the latest …".
_SPOKE_TO = re.compile(rf"\b(?:that|whom|who|[a-z]{{3,}})\s+(?:the\s+)?{_NAME}\s+spoke\s+to\b")
_BRINGS_YOU = re.compile(r"^Here,?\s+(?:the\s+)?(?P<name>[\w'’&.-]+(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?:brings|gives|offers)\s+you\b")
_NOT_NAMES = {"he", "she", "it", "this", "that", "everyone", "everybody", "one"}
# A list story's count after the newsroom's name, mid-sentence too: "…, and here Kestrel Sport recalls 11 of the
# best", "Here, Marrow Radio picks the ten …" (a count, so "here Ada recalls her first day" names no outlet).
_HERE_COUNTS = re.compile(
    r"(?:^|[.;,]\s+(?:and\s+)?)[Hh]ere,?\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+"
    r"(?:recalls|picks|selects|ranks|looks back at|rounds up|takes a look at|presents)\s+(?:the\s+|its\s+|our\s+)?"
    r"(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty)\b")


def self_named(page: Page) -> str | None:
    """The outlet the story names as the one doing the interviewing or bringing the round-up: a name with an
    outlet word before 'spoke to' (never a quoted one, nor a wire's), or whoever 'brings you' the list."""
    for para in page.body:
        m = _BRINGS_YOU.match(para)
        if m and m.group("name").lower() not in _NOT_NAMES:
            return m.group("name")
        m = _HERE_COUNTS.search(para[:3000])
        if m and not looks_like_name(m.group("name")) and not outlet_names.agency(m.group("name")):
            return m.group("name")
        for m in _SPOKE_TO.finditer(para):
            name = m.group("name")
            if (not quoted_at(para, m.start()) and looks_like_outlet(name) and not outlet_names.agency(name)
                    and len(name.split()) >= 2):
                return name
    return None


# The author's note under the story: "Ada Linde is the Fenmoor Ledger's health reporter", "… writes for the Fenmoor Ledger."
_BIO_POSSESSIVE = re.compile(rf"\b(?:is|was)\s+(?:the|a|an)\s+{_NAME}(?:'s|’s)\s")
_BIO_FOR = re.compile(rf"\b(?:for|at|with)\s+(?:the\s+)?{_NAME}\s*\.?$")
# "Lynde is WORLD's executive editor for news": a name owning a newsroom's trade is a paper, outlet word or
# not ("the Kessport Institute's senior fellow", "the Ferrymen's Union's chief negotiator" are not).
_NEWSROOM_TRADE = re.compile(r"\b(?:editor|reporter|correspondent|journalist|columnist)\b")
# An author box's role line: "Staff reporter at Kessel Now", "Senior writer with The Marrow Post".
_ROLE_AT = re.compile(rf"^(?P<role>[A-Z][a-z]+(?:\s[a-z]+){{0,2}})\s+(?:at|for|with)\s+(?:the\s+)?{_NAME}\s*\.?$")
_FORMER_ROLE = re.compile(r"(?i)(?:former|ex-?|retired)\b")  # "Former reporter at The Marrow Post": not the site
_BIO_TRADE = re.compile(rf"\b(?:is|was)\s+(?:the\s+)?{_NAME}(?:'s|’s)\s+(?P<trade>(?:[a-z-]+\s+){{0,2}}[a-z]+)")


def _organisation(name: str) -> bool:
    """'Marrow University', 'the Ferrymen's Union': a body's name, not a paper's."""
    words = {w.strip("'’").removesuffix("'s").removesuffix("’s").lower() for w in name.split()}
    return bool(words & (lexicon.lower("organisation_words") | lexicon.lower("org_nouns")) - vocab.outlet_words())


def bio_outlet(page: Page) -> str | None:
    """The paper an author's note says the writer works for."""
    for line in page.lines("bio"):
        for m in (_BIO_POSSESSIVE.search(line), _BIO_FOR.search(line.strip())):
            name = m.group("name") if m else None
            if name and looks_like_outlet(name) and not outlet_names.agency(name):
                return name
        m = _BIO_TRADE.search(line)
        if m and _NEWSROOM_TRADE.search(m.group("trade")) and not looks_like_name(m.group("name")) \
                and not outlet_names.agency(m.group("name")) and not _organisation(m.group("name")):
            return m.group("name")
    return _role_at(page)


def _role_at(page: Page) -> str | None:
    """'Staff reporter at Kessel Now' on its own line in the author box under the story: the writer's paper."""
    for line in page.lines("bio") + page.lines("tail"):
        m = _ROLE_AT.match(line.strip())
        role = m.group("role") if m else ""
        name = m.group("name") if m and vocab.role_words().search(role) and not _FORMER_ROLE.match(role) else None
        if name and not looks_like_name(name) and not outlet_names.agency(name) and not _organisation(name):
            return name
    return None


def quoted_at(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def under_byline(page: Page) -> str | None:
    """'By Nia Okafor' over 'Westmoor Broadcasting, Tarnside': the outlet, then where the reporter is."""
    for line in page.lines("byline-outlet"):
        name = line.split(",")[0].strip(" ·•")
        if not outlet_names.agency(name):
            return name
    return None


# What "Top stories on ..." may name besides a site: "on this site", "on our app".
_NOT_BRANDS = {"this", "our", "the", "site", "app", "web", "page", "website", "homepage", "now", "today", "here"}


def _lower_brand(name: str) -> bool:
    return bool(re.fullmatch(r"[a-z]{3,20}", name)) and name not in _NOT_BRANDS and name not in vocab.section_words()


def plain_name(name: str, person_ok: bool = False) -> bool:
    """A name as a site writes its own: one to five capitalised words, no person, no section, no menu word."""
    words = name.split()
    if not 1 <= len(words) <= 5 or not name[:1].isupper() or not person_ok and looks_like_name(name):
        return False
    if any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL) for w in words):
        return False
    low = [w.lower().strip(".,") for w in words]
    return not all(w in vocab.section_words() or w in _SMALL for w in low) and name.lower() not in vocab.ui_lines()


# A reporter's address under the story: "Contact Ada Linde at alinde@marrowledger.com or 555-0142."
_ADDRESS = re.compile(r"\b(?P<user>[\w.+-]{1,64})@(?P<host>[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})\b")
# Mail services a writer may use that name no outlet.
_MAIL_SERVICES = {"gmail", "googlemail", "yahoo", "outlook", "hotmail", "live", "icloud", "me", "aol", "proton",
                  "protonmail", "mail", "gmx", "zoho", "fastmail", "yandex"}


# A newsroom's own mailbox: "Email the newsroom: news@marrowcourier.co.uk".
_SITE_VOICE = re.compile(r"\b(?:us|our|newsroom|newsdesk|news desk|the editor)\b", re.IGNORECASE)
_NEWSROOM_BOXES = {"news", "newsdesk", "newsroom", "editor", "editors", "editorial", "tips", "letters", "desk"}


def author_address(page: Page, authors: tuple[str, ...]) -> str | None:
    """The site an author's own e-mail address names, under the story: the line speaks of the author or
    the address is the author's name ('dokonkwo@…') or the newsroom's ('newsdesk@…'), and its host is no mail service."""
    surnames = {a.split()[-1].casefold() for a in authors}
    for line in [line for label, line in page.furniture if label != "title"] + page.body[-3:]:
        if len(line.split()) > 30:
            continue  # a story sentence quoting someone else's address
        for m in _ADDRESS.finditer(line[:2000]):
            host = m.group("host").casefold().rstrip(".")
            box = m.group("user").casefold() in _NEWSROOM_BOXES
            newsroom = box and _SITE_VOICE.search(line)
            # "By Ada Linde @Handle news@group.example": a desk's box beside a byline may be the owning group's.
            mine = newsroom or not box and any(
                s in m.group("user").casefold() or re.search(rf"\b{re.escape(s)}\b", line.casefold()) for s in surnames)
            if mine and host.split(".")[0] not in _MAIL_SERVICES and outlet_names.is_domain(host) \
                    and not outlet_names.agency(host):
                return host
    return None


# A street address under the site's name: "14 Quay Street, Marrow", "Unit 3, Mill Yard, Kessel".
_STREET = re.compile(r"^(?:(?:unit|suite|floor)\s+)?\d{1,5}[A-Za-z]?,?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+[A-Z]", re.I)


def footer_name(page: Page) -> str | None:
    """'The Wexmoor Observer' alone under the story, over the footer's links ('Contact us', 'Privacy') or
    its street address: the site's logo and imprint as a paste keeps them."""
    tail = [(label, line) for label, line in page.furniture if label in ("tail", "ui", "promo", "section")]
    for k, (label, line) in enumerate(tail):
        name = line.strip()
        if label != "tail" or not looks_like_outlet(name) or not plain_name(name) or outlet_names.agency(name):
            continue
        after = [other.strip() for _l, other in tail[k + 1: k + 4]]
        if sum(other.casefold() in vocab.ui_lines() for other in after) >= 1 and len(after) >= 2:
            return name
        if after and _STREET.match(after[0]):
            return name  # over its address: "14 Quay Street, Marrow MR1 4QS"
    return None
