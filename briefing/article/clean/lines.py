"""Furniture that a line shows on its own: UI words, promo headers, captions, credits, copyright, navigation."""

from __future__ import annotations

import re
from functools import cache

import briefing.article.clean.vocab as vocab
from briefing import lexicon
from briefing.article import dates, outlet_names
from briefing.article.clean.bylines import (
    BY,
    DESK_WORDS,
    SENTENCE_END,
    TERMINAL,
    is_byline,
    looks_like_name,
    split_byline_date,
)
from briefing.article.clean.site_lines import (
    FEED_CHANNEL,
    PAGE_URL,
    PUBLISHED_IN,
    is_agency_line,
    is_site_line,
    is_source_note,
    logo_name,
    looks_like_outlet,
    newsletter_from,
    outlet_slot,
    print_promise,
    source_line,
    station_self,
)

# UI words on a line of their own (real pastes: "Profile Image", "icon", "Upgrade", "topics").

_LIST_HEADER_MORE = re.compile(r"^more (?:from|in|on|about) [\w'’&. -]{1,40}$", re.IGNORECASE)
@cache
def _ui_prefix() -> re.Pattern[str]:
    """Furniture lines by how they begin ("Subscribe to …", "Read more:"), from the lexicon."""
    return re.compile("^(?:" + "|".join(lexicon.entries("ui_line_patterns")) + ")", re.IGNORECASE)


@cache
def site_prompts() -> list[re.Pattern[str]]:
    """Sign-up, app and follow prompts that name the site, from the lexicon; {name} is the site's name."""
    name = r"(?:the\s+)?(?P<name>[^\s:;,.!?|][^:;,.!?|]{1,60}?)"
    return [re.compile("^(?:" + p.replace("{name}", name) + ")", re.IGNORECASE) for p in lexicon.entries("site_prompts")]


def is_site_prompt(s: str) -> bool:
    """'Follow The Kestrel Star's Google News channel for the latest updates.', after another sentence too."""
    return any(p.match(part) for part in prompt_parts(s) for p in site_prompts())


def prompt_parts(s: str) -> list[str]:
    """The sentences and clauses a prompt may start: 'Never miss a story: sign up to …', '…, subscribe to …'."""
    return [p for p in re.split(r"(?<=[.!?:,])\s+", s.strip())[:6] if p]


_COOKIES = re.compile(r"\bcookies?\b.{0,120}\b(?:policy|settings|preferences|consent|accept|agree|partners)\b", re.I)
# A consent manager's paragraph: "We and our 600 partners store and/or access information on a device, such as cookies".
_CONSENT = re.compile(r"\b(?:we|our)\b.{0,40}\b(?:partners|vendors)\b.{0,160}\bcookies?\b", re.I)
# Newsletter prompts talk to the reader: "Our free newsletter brings you...", "Get the Echo in your inbox".
_NEWSLETTER = re.compile(
    r"\b(?:(?:newsletters?|inbox|briefing|sign up|subscribe|email alerts?)\b.{0,160}"
    r"\b(?:your|you|free|daily|weekly|every (?:morning|day|week|weekday)|inbox)\b"
    r"|(?:our|your|free)\b.{0,80}\b(?:newsletters?|inbox|daily email|weekday briefing)\b"
    r"|delivered (?:daily|weekly|every)\b|in your inbox\b)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    # "All content © 2026 Marrow Courier Ltd unless otherwise stated" too.
    r"^(?:(?:all )?(?:content|contents|material|articles|text)\s+)?(?:copyright\b|©|\(c\)\s*(?:19|20)\d\d)|\ball rights reserved\b",
    re.IGNORECASE)
# The name before the sign: "Marrow Courier © 2026" (a person's "Ada Linde © 2026" is a photo credit).
_NAME_FIRST_COPYRIGHT = re.compile(
    r"^(?P<name>[A-Z][^©.!?]{1,60}?)\s*©\s?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\.?(?:\s+all rights reserved\.?)?$",
    re.IGNORECASE)


def is_name_first_copyright(s: str) -> bool:
    m = _NAME_FIRST_COPYRIGHT.match(s)
    return m is not None and looks_like_outlet(m.group("name")) and not looks_like_name(m.group("name"))
_DISCLAIMER = re.compile(
    r"\b(?:not (?:be )?(?:intended as |considered |constitute )?(?:investment|financial|legal|medical|tax) advice\b|"
    r"does not constitute\b.{0,60}\badvice\b|may not be (?:published|reproduced|copied|redistributed)|"
    r"broadcast, rewritten\b|for (?:general )?information(?:al)? (?:purposes )?only\b|"
    r"the views expressed\b.{0,80}\b(?:are|do not)\b|may hold positions\b|"
    r"(?:affiliate|commission) (?:links?|earned)\b|we may earn (?:a )?commission\b)",
    re.IGNORECASE,
)
# "5 min read", "47min read", "Reading time: 3 minutes", "3-minute read".
_READING_TIME = re.compile(
    # A reader view's range too: "5–6 minutes", "4-5 min read"; a player's "Listen · 5:32".
    r"^(?:(?:estimated )?read(?:ing)? time\s*:?\s*)?(?:about |approx\.? |~)?\d{1,3}\s*(?:[-–]\s*(?:\d{1,3}\s*)?)?"
    r"(?:min|mins|minutes?)\.?(?:\s+(?:read|listen|watch))?$|^listen\s*[·•|:-]?\s*\d{1,2}:\d{2}$",
    re.IGNORECASE,
)
READING_TIME = _READING_TIME
_COUNTER = re.compile(
    r"^\d[\d,.]*[km]?\s+(?:comments?|shares?|replies|reactions|views|likes)$"
    r"|^(?:comments?|shares?|likes?|listen)\s*\(?\d[\d,.]*[km]?(?:\s*min)?\)?$",  # "Share 412", "Comment 38", "Listen (4 min)"
    re.IGNORECASE)
# A media player's readout, a label and a measure only: "Duration: 4 minutes 8 seconds", "Length: 3:20".
_PLAYER = re.compile(
    r"^[A-Z][\w ]{2,20}:\s*(?:\d[\d:.,]*\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|h|m|s)?\b\s*(?:and\s+)?){1,4}$",
    re.IGNORECASE)
# A blog's previous/next links: "« Older post title | Main | Newer post title »".
_PREV_NEXT = re.compile(r"^«.{2,300}\|.{2,300}»$")
_COMMENT_STAMP = re.compile(r"^\S+(?:\s\S+){0,3}\s+(?:says|said|wrote)\s*(?:\.{3}|…|:)\s*(?P<when>\S.*)$", re.IGNORECASE)
# A caption as a reader view pastes the picture: "[Photo: The mayor at the quay]".
_BRACKETED_PICTURE = re.compile(r"^\[(?:photos?|image|picture|video|graphic)\s*:\s*[^\[\]]{2,300}\]$", re.IGNORECASE)
# Photo captions and credits: "… on Tuesday. © Name/Getty Images", "(Photo Courtesy of Pool via Getty
# Images)", "… in August. Photo: Name/Agency", "Image: Brackwater Rovers FC".
_AGENCY = r"(?:getty images|afp|ap photo|ap|reuters|epa(?:-efe)?|shutterstock|istock(?:photo)?|alamy|bloomberg|pa(?: wire| media)?|xinhua|anadolu|sipa|imago)"
_CREDIT = re.compile(
    r"\((?:photos?|photograph|images?|pictures?|file photo|credit|courtesy|video|illustration)\b[^()]{0,200}\)\s*$"
    r"|(?:^|[.!?”\"’]\s{1,5})(?:photos?|photograph|images?|pictures?|illustration|graphic|video|credit|source)"
    r"(?:\s*:|\s+by\b|\s+courtesy(?:\s+of)?\b|\s+credit\s*:?)\s*[A-Z][^.!?]{0,100}$"
    r"|(?<=\S)\s{0,5}©\s?(?!(?:19|20)\d\d)[^©]{2,100}$"
    rf"|(?:/|\bvia\s)\s?{_AGENCY}\)?\s*$"
    r"|^(?:getty images|epa(?:-efe)?|pa media|shutterstock|alamy|ap photo|afp via getty images)$"
    r"|(?-i:\b(?:PICTURE|PHOTO|PHOTOGRAPH|IMAGE)S? BY [A-Z][A-Z.'’ -]{2,40})$"  # "… the lockdown PICTURE BY ADA LINDE"
    r"|^(?:image|photo|video|media) (?:source|caption|credit)\s*[,:]"
    # The credit glued to the caption: "… wins the 2016 Gold CupCredit: Ada Linde".
    r"|(?<=[a-z0-9])(?:Credit|Photo|Picture|Image)s?\s?:\s*[A-Z][^.!?]{0,60}$"
    # … and after a space: "Mayor quits after vote Credit: Kestrel Radio" (a capital C, mid-line)
    # after a caption's words, and naming only who took the picture (no lower-case word, four at most)
    r"|(?<=\S)(?:\s+\S+){5}\s+(?-i:Credits?|Photo credit|Image credit)\s?:\s*(?-i:(?:[A-Z@][\w@.&/'’-]*\s?){1,4})$"
    # "caption: Ducks on the pond …" as a player pastes it, and a wire's picture credit "AP Photo/Ada Linde".
    r"|^(?:photo\s+)?caption\s*:\s*\S"
    r"|^(?:ap|afp|reuters|epa|pa|aap|cp) photo\s?/\s?[A-Z][\w.'’ -]{1,60}$"
    # Credits as "Name / Outlet" or "Outlet photo/Name": "(Tomasz Wren / Selden Bay Examiner)",
    # "… on the quay in May. (Coastline Press photo/Freya Lund)", "… lifts off. Northstar News/Halvard Roos".
    r"|\([A-Z][^()/]{1,60}/\s?[A-Z][^()/]{1,60}\)\s*$"
    # "Name, Outlet" in brackets after the caption's last sentence, or alone: "… on Monday. (Ada Linde, KSTR TV)"
    r"|(?:(?<=[.!?])\s{1,3}|^)(?-i:\([A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2},\s(?:[KW][A-Z]{3}\b|[A-Z][\w.&'’-]*"
    r"(?:\s[A-Z0-9][\w.&'’-]*){0,3}\s(?:TV|News|Radio))[\w .&'’-]{0,20}\))\s*$"
    r"|(?<=[.!?])\s{1,3}[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}$",
    re.IGNORECASE,
)
# A photo's agency credit in capitals after the caption's last sentence: "... in the capital on Monday. (REUTERS)".
# Case matters: a wire story signs off in Title Case ("(Reuters)"), a picture desk in capitals.
_CAPS_AGENCY_CREDIT = re.compile(
    r"(?<=[.!?”\"’])\s{1,3}\((?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|GETTY IMAGES|AP PHOTO|AFP/GETTY IMAGES|PA|SUPPLIED|FILE)\)\s*$"
    # without brackets too: "... a sign warning of a strike that never came. EPA"
    r"|(?<=[.!?])\s{1,3}(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|GETTY IMAGES|AFP/GETTY IMAGES|EPA-EFE)\s*$"
    r"|(?<=\.)\s{1,3}PA\s*$"  # "… on Monday. PA" ("Who runs the port now? PA" asks a question of a state)
)
# A picture's credit alone on its line: "(Photo: Kestrel News)", "Image: Ada Linde".
CREDIT_ONLY = re.compile(r"^\(?(?:photo|picture|image|file photo|credit)s?\s*:\s*[^()]{2,60}\)?$", re.IGNORECASE)
# The photographer after "Pic", the press's short form: "… during the visit. Pic Ivo Dane (Kestrel Agency)".
_PIC_CREDIT = re.compile(r"(?<=[.”\"’])\s{1,5}(?:Pics?|PICS?)\s*:?\s+(?P<given>[A-Z][\w'’-]+)\s(?:[A-Z][\w'’-]+\s){0,2}?[A-Z][\w'’-]+"
                         r"(?:\s\([A-Z][\w .'’-]{1,30}\))?\s*$")
_CREDIT_FIRST = re.compile(r"^©\s?(?!(?:19|20)\d\d)[^|©]{2,60}?\s\|\s(?P<caption>[A-Z].{20,400})$")
_CREDIT_HINT = re.compile(r"[(:©/,]|\b(?:by|courtesy|via|getty|epa|pa|shutterstock|alamy|ap)\b", re.IGNORECASE)
_SHOT_BY = re.compile(r"\s\((?P<given>[A-Z][\w'’-]+) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\)\s*$")
# The caption's credit, to match a bare caption repeated without it.
CREDIT_TAIL = re.compile(
    r"\s*(?:\((?:photos?|photograph|images?|pictures?|credit|video|illustration)[^()]{0,200}\)"
    r"|©\s?[^©]{2,100}|(?:photos?|photograph|images?|pictures?|illustration|credit)"
    r"(?:\s*:|\s+by\b|\s+courtesy(?:\s+of)?\b|\s+credit\s*:?)\s*[^.!?]{2,100})\s*$",
    re.IGNORECASE,
)
# Wire credits under the story: "(Reporting by A in X and B in Y; Editing by C)", "Additional reporting by D".
# Also Bloomberg's "--With assistance from D." and "To contact the reporter on this story: ...",
# AP's "Associated Press writer E contributed to this report.", "Write to F at f@example.com".
# A feature's picture credits under the writer's: "Photography by G", "Illustrations by H".
_CREDIT_LINE = re.compile(
    r"^[(\-–— ]{0,3}(?:(?:additional |further )?(?:reporting|writing|editing|edited|compiled|produced|research|"
    r"graphics?|fact-checking|fact-checked|translation|translated|curated|reviewed|photography|photographs|photos|"
    r"pictures|illustrations?|styling)(?: and [a-z]+)? by\b|(?:contributing|with reporting from)\s*:?\s|"
    r"with assistance from\b|with (?:agency )?inputs? from\b|with [\w&.,/' ]{2,40} inputs?\)?\.?$|to contact the (?:reporters?|editors?|authors?)\b|"
    r"write to [^.]{2,80}\bat\b|(?:contact|reach|e-?mail) [^.@]{2,60}\bat\s+[\w.+-]{1,64}@)"
    r"|^[^.!?]{2,120}\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\.?\s*$"
    # "Marta Oyelowo reported from Vesterby. Pieter Dahl contributed from Kalmhaven."
    r"|^(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:reported|contributed(?: reporting)?|wrote) (?:from|in) "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\.\s?){1,3}$",
    re.IGNORECASE,
)
# "Home | News | Sport | Business", "Share on Relay · Share by email · Copy link".
NAV_SPLIT = re.compile(r"\s+[|›»>/]\s+|\s*[|·•›»]\s*")
# Words that name outlets ("Brackwater Gazette", "Meridian Wire", "HANDSET DAILY").

def is_sentence(line: str) -> bool:
    """A full sentence: six words or more, ending in a full stop, ? or ! (maybe inside quotes)."""
    return len(line.split()) >= 6 and bool(SENTENCE_END.search(line))


def is_ui_line(line: str) -> bool:
    s = line.strip()
    # "[Advertisement]", "(Advertisement)": UI words in brackets are still UI words.
    low = s.lower().strip("[]() ").rstrip(":.!|›»>→ ").strip()
    if low in vocab.ui_lines() or _ui_prefix().match(s):
        return True
    # "Print this article | Single page", "Email this article |": a button, then the toolbar's next one.
    parts = [p for p in NAV_SPLIT.split(s) if p.strip()] if len(s) <= 80 else []
    return (1 < len(parts) <= 3 and len(parts[0].split()) >= 2 and parts[0].lower().strip() in vocab.ui_lines()
            and all(len(p.split()) <= 3 and not BY.match(p) and not given_name_first(p) for p in parts[1:]))


def given_name_first(text: str) -> bool:
    """'Ada Finch' (a known given name, then a surname), not 'Single Page'."""
    words = text.split()
    return looks_like_name(text) and bool(words) and words[0].casefold() in given_names()


given_names = vocab.given_names  # the given names the project knows, folded


# Link texts pasted with no space between them: "Skip to navigationSkip to content", "Tide TablesReturn to home".
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


@cache
def _link_start() -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(lexicon.entries("ui_link_starts")) + ")", re.IGNORECASE)


# A page template's slot left unfilled: "Harbour reopens ({{commentsTotal}})".
_PLACEHOLDER = re.compile(r"\s*\(?\{\{\s*[A-Za-z_][\w.]{0,40}\s*\}\}\)?")


def without_placeholders(text: str) -> str:
    """'Harbour reopens ({{commentsTotal}})' → 'Harbour reopens': a template's unfilled slots are no words."""
    return _PLACEHOLDER.sub("", text).strip() if "{{" in text else text


def without_glued_links(text: str) -> str | None:
    """A line whose menu links were pasted glued together, without them: '' when it is all links, the
    words before the first link when they could be a headline or a sentence ('Floods close the quayShare' →
    'Floods close the quay'), None when no link is glued. Every piece from the first glued link on is a link."""
    if len(text) > 300:
        return None
    pieces = _GLUE.split(text)
    for k in range(1, len(pieces)):
        if any(len(p.split()) > 8 for p in pieces[k:]):
            continue  # a link's text is short: "WordSearch puzzles are popular, the survey found" is a sentence
        if is_ui_line(pieces[k]) or _link_start().match(pieces[k]):
            before = "".join(pieces[:k]).strip()
            return before if len(before.split()) >= 4 and not is_ui_line(pieces[0]) else ""
    return None


# A reporter's role and outlets under the byline: "Multimedia Journalist, Kestrel FM·Marrow Herald·",
# "Senior Reporter at The Kestrel Post".
_ROLE_LINE = re.compile(r"^(?P<role>[A-Z][\w-]*(?: [A-Z&][\w-]*){0,3})\s*(?:,|\bat\b|\bfor\b|\||·)\s*(?P<rest>\S.{0,100})$")


def is_role_line(s: str) -> bool:
    m = _ROLE_LINE.match(s)
    if not m or not vocab.role_words().search(m.group("role")) or TERMINAL.search(s):
        return False
    parts = [p for p in re.split(r"\s*[,·•|]\s*", m.group("rest")) if p]
    return 1 <= len(parts) <= 3 and all(
        len(p.split()) <= 5 and all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in p.split())
        and not given_name_first(p) for p in parts)  # "Staff Writer, Ada Finch" is a byline


_TEMPLATE_ONLY = re.compile(r"^(?:\s*(?:\{\{[^{}]{0,80}\}\}|\{%[^{}]{0,80}%\}|\$\{[^{}]{0,80}\}))+\s*$")


def is_notice(text: str) -> bool:
    """A site notice about the page ('This is an archived article …', 'Currently viewing a test site')."""
    low = text.casefold().lstrip("*_ ")
    return any(low.startswith(p) for p in lexicon.lower("site_notices"))


def is_list_header(line: str) -> bool:
    low = line.strip().lower().rstrip(":.›»>→ ").strip()
    if low in vocab.list_headers() or _LIST_HEADER_MORE.match(low):
        return True
    # "Most Popular Sports", "Most Read Business": a header and the section it ranks.
    head, _, last = low.rpartition(" ")
    return " " in head and head in vocab.list_headers() and last in vocab.section_words()


def quoted(line: str) -> bool:
    return any(q in line for q in "\"“”")


def _stamp_label(s: str, n: int) -> str | None:
    """A line that dates something: the page ("date"), a writer beside the date ("byline"), a reader's comment."""
    if split_byline_date(s):
        return "byline"  # "Tomas Reyes · 3 min read · May 14, 2025": the name is kept apart from the date
    comment = _COMMENT_STAMP.match(s) if n <= 16 else None
    if comment and dates.is_date_line(comment.group("when")):
        return "comments"  # "HarbourFan says... March 9, 2026 at 11:09 a.m.": a reader's comment, not the page's date
    return "date" if dates.is_date_line(s) else None


def classify(line: str) -> str | None:
    """The furniture label of a whole line, or None when it may be story text."""
    s = line.strip()
    if not s:
        return None
    if len(s) > 1500:
        return None  # a long line is story text; never spend time matching it
    n = len(s.split())
    if is_list_header(s):
        return "promo-head"
    if _TEMPLATE_ONLY.match(s):
        return "ui"  # "{{#rendered}} {{/rendered}}": a page template's tags, left unfilled
    if n <= 60 and is_notice(s):
        return "notice"
    if n <= 12 and logo_name(s):
        return "logo"
    if n <= 8 and source_line(s):
        return "source"
    if n <= 8 and is_source_note(s) and not _CREDIT.search(s):
        return "source-note"
    slot = "feed" if n <= 12 and FEED_CHANNEL.match(s) else "byline-outlet" if n <= 5 and outlet_slot(s) else None
    if slot:
        return slot  # "Channel: The Kessel Ledger" over a feed mirror's items; "Kessel News ·" in an empty byline slot
    if n == 1 and is_site_line(s):
        return "site"
    if n <= 3 and PAGE_URL.match(s):
        return "url"  # the page's address, pasted over or under it
    if n <= 22 and (PUBLISHED_IN.match(s) or print_promise(s)) or n <= 12 and newsletter_from(s):
        return "publication"
    if n <= 40 and station_self(s):
        return "station"
    if n <= 8 and is_agency_line(s):
        return "agency"
    if _READING_TIME.match(s) or _COUNTER.match(s) or _PLAYER.match(s) or _PREV_NEXT.match(s):
        return "ui"
    if n <= 14 and dates.is_published_note(s):
        return "date"
    if is_ui_line(s) and (n <= 25 or s.lower().rstrip(":.!|›»>→ ").strip() in vocab.ui_lines()):
        return "ui"  # a long "Read more: <headline> . <story sentence>" keeps its story (CNN copy)
    low = s.lower()
    if n <= 80 and "cookie" in low and (_COOKIES.search(s) or _CONSENT.search(s)) and re.search(r"\b(?:we|our|you|this site)\b", s, re.IGNORECASE) \
            and not quoted(s):
        # Cookie banners: "We and our partners use cookies to personalise content and ads.", and a consent
        # manager's long paragraph ("We and our 600 partners store and/or access information on a device …").
        return "ui"
    if n <= 30 and (_NEWSLETTER.search(s) or is_site_prompt(s)) and not quoted(s):
        return "newsletter"
    if n <= 90 and _NEWSLETTER.match(s) and is_site_prompt(s) and not quoted(s):
        return "newsletter"  # "Sign up to our newsletter … Did you know with a subscription to the Kestrel Post, …"
    if n <= 60 and _CREDIT_LINE.match(s):
        return "credit"
    if n <= 12 and "©" in s and is_name_first_copyright(s):
        return "copyright"
    if n <= 60 and (_credited_caption(s) or _BRACKETED_PICTURE.match(s)) and not _COPYRIGHT.match(s):
        return "caption"
    shot_by = _SHOT_BY.search(s) if 6 <= n <= 60 else None
    if shot_by and shot_by.group("given").casefold() in vocab.given_names():
        return "caption"  # "The mayor opens the new bridge (Ada Linde)": the photographer in brackets
    pictured = _CREDIT_FIRST.match(s) if n <= 60 else None
    if pictured and len(pictured.group("caption").split()) >= 6:
        return "caption"  # "© Ivo Dane, Kestrel Images | Ferries wait at the quay on Monday.": the credit, then the caption
    if _COPYRIGHT.search(s) and (n <= 40 or s.lower().startswith(("copyright", "©"))):
        return "copyright"
    if n <= 60 and _DISCLAIMER.search(s) and not quoted(s):
        return "disclaimer"
    if n <= 12 and is_role_line(s):
        return "role"
    stamp = _stamp_label(s, n)
    if stamp:
        return stamp
    if BY.match(s) and is_byline(s):
        return "byline"  # "By Ada Linde | alinde@marrowledger.com | Marrow Ledger" has a menu's separators
    if is_nav(s):
        return "nav"
    if is_byline(s):
        return "byline"
    if n <= 12 and is_desk_byline(s):
        return "byline-desk"
    return None


# The site's desk signing with no "By": "Kestrel Bulletin / News Desk", "Marrow Post | Web Desk".
_SITE_DESK = re.compile(r"^(?P<site>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})\s*[/|]\s*(?:(?:news|web|online|digital|foreign|city|metro|"
                        r"national|international|sports?)\s+)?desk$", re.IGNORECASE)


def _credited_caption(s: str) -> bool:
    """A caption closed by its picture's credit: '(Photo by …)', '… Photo: Name/Agency', '… (REUTERS)', '… Pic Name'."""
    pic = _PIC_CREDIT.search(s)  # "Pics Show Kessel In Bloom" in a headline names no photographer
    return bool(_CREDIT_HINT.search(s) and _CREDIT.search(s) or _CAPS_AGENCY_CREDIT.search(s)
                or pic and pic.group("given").casefold() in vocab.given_names())


def is_desk_byline(s: str) -> bool:
    """'By HT News Desk | Edited by Ivo Dane', 'By Our Correspondent', 'Kestrel Bulletin / News Desk': a byline that
    names no person."""
    site_desk = _SITE_DESK.match(s)
    if site_desk:
        return not looks_like_name(site_desk.group("site"))  # "Ana Veer / News Desk" is her byline
    m = BY.match(s)
    if not m or SENTENCE_END.search(s) and not s.endswith("."):
        return False
    words = re.split(r"\s*[|·•]\s*", s[m.end():])[0].split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.lower() in ("our", "the", "of", "and", "&") or w in DESK_WORDS
                                           for w in words):  # "By admin | August 15, 2006": the site's account
        return False
    low = {w.lower().strip(".,") for w in words}
    return bool(low & DESK_WORDS or low & vocab.outlet_words()) or outlet_names.canonical(" ".join(words)) is not None


def is_nav(line: str) -> bool:
    """Three or more short items between separators: a menu or breadcrumb, not a sentence."""
    if _word_menu(line):
        return True
    if not any(sep in line for sep in "|·•›»/>") or len(line.split()) > 30:
        return False
    parts = [p.strip() for p in NAV_SPLIT.split(line)]
    if len(parts) < 3:
        return False
    return all(p and len(p.split()) <= 5 and not TERMINAL.search(p) for p in parts)


def _word_menu(line: str) -> bool:
    """'Home  News  Politics  Business  Sports': a menu pasted on one line with no separators,
    four or more capitalised section labels and nothing else."""
    words = [w for w in line.split() if w not in ("&", "and")]
    if not 4 <= len(words) <= 14:
        return False
    sections = vocab.section_words() | vocab.ui_lines()
    known = sum(w.lower().strip(",") in sections for w in words)
    if known == len(words) and all(w[:1].isupper() for w in words):
        return True
    # "News Sport Business Views Life Motors Farming": a longer menu names sections no list has ("Motors"),
    # but each item is one capitalised word, four or more of them and half of all are known labels.
    return len(words) >= 6 and known >= 4 and known * 2 >= len(words) and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)


def is_section_pair(line: str) -> bool:
    """'Technology | Chips', 'World · Tessaly Strait': two short labels, the first not a person."""
    if not any(sep in line for sep in "|·•›»/>"):
        return False
    parts = [p.strip() for p in NAV_SPLIT.split(line)]
    return len(parts) == 2 and all(p and len(p.split()) <= 3 and not TERMINAL.search(p) for p in parts)


