"""The outlet the page names as itself, by a vote over every place it is named.

Where no one line settles it (no copyright, dateline, masthead or byline), a page still
names its own site in many small ways: the name alone on a line (a logo's text, a desk's
credit), a segment of the browser's page title ("Headline | Business | Kestrel Post"),
the newsroom as the subject of its own reporting ("Kestrel Post observed that …",
"investigations by Kestrel Post"), a sentence in the site's own voice about its journalism
("The Kestrel Post is free to read because our readers …"), a prompt to follow it ("Join
the Kestrel Post WhatsApp channel", "Stay with KQTH.com for updates"), a byline naming only the site, and the outlet that
people "told". Each place gives the
name a vote; names said again get more. Only an outlet-looking name (a known outlet, or
a capitalised name with an outlet word, never a person's or a wire's) can win, or any plain
name where the page's template leaves the writer's slot empty ("By , Kestrel Digital") or where
the site speaks as itself (its privacy notice, "Kestrel Sound understands that …"), and only
with two or more votes: a single "told The Marrow Ledger" is as often another paper.
"""

from __future__ import annotations

import re

import briefing.article.meta.site as site
from briefing import lexicon
from briefing.article import outlet_names
from briefing.article.clean import Page, looks_like_name, vocab
from briefing.article.clean.bylines import parse_byline
from briefing.article.clean.lines import is_list_header
from briefing.article.clean.site_lines import looks_like_outlet

_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*"
_NAME = rf"(?P<name>(?:[Tt]he\s+)?{_WORD}(?:\s+(?:of\s+(?:[Tt]he\s+)?|&\s+)?{_WORD}){{0,4}})"
# The newsroom reporting: "Kestrel Post observed that", "Marrow News has gathered", "… is on the ground".
_REPORTS = re.compile(
    rf"{_NAME}\s+(?:has\s+|have\s+|had\s+)?(?:observed|gathered|learnt|learned|understands|can\s+(?:reveal|report|confirm)|"
    r"reached out|contacted|obtained|visited|is on the ground|was at the scene)\b")
# Its own staff at the scene: "a Kessel Radio Network reporter observed", "our Marrow News crew saw".
_STAFF_SAW = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ur)\s+{_NAME}\s+(?:reporter|correspondent|journalist|crew|team)s?\s+(?:also\s+)?"
    r"(?:observed|saw|visited|found|witnessed|counted|noticed)\b")
# Its own paywall: "Kessel Scoop has an Ethical Paywall", "Marrow News's paywall".
_PAYWALL = re.compile(rf"(?<![\w'’-]){_NAME}(?:['’]s\s+(?:[\w-]+\s+)?|\s+(?:has|uses|runs)\s+an?\s+(?:[\w-]+\s+){{0,2}})[Pp]aywall")
# Its own legal voice: "Kessel Now uses cookies", "Kessel Now (KNA) uses tracking technologies", "Kessel Now's privacy policy".
_NOTICE = re.compile(
    rf"(?<![\w'’-]){_NAME}(?:\s\([A-Z]{{2,6}}\))?(?:['’]s)?\s+(?:uses\s+(?:cookies|tracking)|privacy\s+(?:policy|notice)|"
    r"cookie\s+policy|terms\s+of\s+(?:use|service))")
# Its disclaimer under readers' comments: "… do not reflect the opinions of The Kessel Post".
_DISCLAIMER = re.compile(rf"\b(?:reflect|represent)\s+(?:the\s+)?(?:opinions?|views?)\s+of\s+{_NAME}")
_LINK_VERB = re.compile(r"^(?:Read|See|View|Visit|Review|Check)\s+(?:the\s+|our\s+)?")  # "Read Kessel Focus's privacy policy"
# Cheap tests first: the name-first patterns below are slow over a whole page.
_NEWSROOM_WORDS = re.compile(r"understands|has\s+learn|can\s+reveal|(?:contacted|approached|reached)\s+by")
_NOTICE_WORDS = re.compile(r"cookie|tracking|privacy|terms\s+of")
_CONTACTED = re.compile(rf"\b(?:contacted|approached|reached)\s+by\s+{_NAME}")
_UNDERSTANDS = re.compile(rf"{_NAME}\s+(?:understands|has\s+learn[te]d?|can\s+reveal)\b")
# Its own work: "Investigations by Kestrel Post", "a Marrow News analysis".
_WORK_BY = re.compile(rf"\b(?:[Ii]nvestigations?|[Cc]hecks|[Ff]indings|[Aa]nalysis|[Ss]urvey|[Ii]nquiries)\s+by\s+{_NAME}")
# Spoken to: "told The Kestrel Post", "in an interview with Marrow News".
_TOLD = re.compile(rf"\b(?:told|spoke to|speaking to|in an interview with|interviewed by)\s+{_NAME}")
# The newsroom's own promise or policy, the name opening the sentence: "The Kessel Post will update this story",
# "Marrow News will have more", "The Kessel Post generally does not name …", "The Kessel Post believes …",
# "The Kessel Post was told …". Another paper is told things; it does not promise this story's updates.
_VOICE = re.compile(
    rf"(?:^|(?<=[.!?] )){_NAME}\s+(?:will\s+(?:update|have\s+more|bring\s+you\s+more)|is\s+following\s+this|believes|was\s+told(?!\s+(?:by|to)\b)|"
    r"(?:generally\s+|usually\s+)?(?:does\s+not|doesn['’]t|do\s+not|will\s+not)\s+(?:name|identify|publish)\b)\b")
# The site asking its reader back: "Stay with Kessel News for updates", "Stay tuned to KQTH.com".
_STAY = re.compile(rf"(?:^|(?<=[.!?] ))Stay (?:with|tuned to)\s+{_NAME}")
# The site's own voice around its name: an appeal, an about box.
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# "… by this newspaper and the Marrow Gazette": a partner paper beside the site's voice; the name could be either.
_WITH_PARTNER = re.compile(r"\bthis\s+(?:newspaper|paper|publication)\s+(?:and|with)\s|\b(?:and|with)\s+this\s+(?:newspaper|paper)\b",
                           re.IGNORECASE)
# The paper speaking of itself in the third person: "this newspaper's yearly review".
_THIS_PAPER = re.compile(r"\bthis\s+(?:newspaper|paper|publication|news\s+site|website)\b", re.IGNORECASE)
# What a site says of itself in its own voice: its journalism, its readers, its subscriptions.
_JOURNALISM = re.compile(
    r"\b(?:journalism|journalists?|reporting|coverage|newsletters?|subscri\w+|readers|premium|newsroom|"
    r"independent news|paywalls?|donat\w+)\b", re.IGNORECASE)
# A desk's credit over the story is not the masthead: "Star Online Report", "Kestrel Staff Report".
# "News Desk", "Kessel Bureau", and a newsroom's "Kessel News Team" (the site is the name before "Team").
DESK_CREDIT = re.compile(r"\b(?:online|staff|web|news) (?:report|desk)$|\b(?:desk|bureau|team)$", re.IGNORECASE)
# A reader asked to follow the site: the verb, and what is followed besides a social platform.
_ENGAGE = re.compile(r"\b(?:join|follow|subscribe|download|sign up|never miss|don['’]t miss|stay (?:updated|connected))\b",
                     re.IGNORECASE)
# "Subscribe to the Kessel Post E-paper": the paper's printed edition online is a product too.
_PRODUCTS = {"app", "newsletter", "newsletters", "channel", "alerts", "podcast", "posts", "post", "whatsapp", "youtube",
             "e-paper", "epaper", "e-edition"}
# A byline that names only the site: "By KestrelLIVE", "By , Kestrel Digital" (an empty name slot).
_BY_SITE = re.compile(r"(?:^|\s)By\s*(?P<slot>,)?\s+(?:Staff\s+)?(?P<site>[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,3})"
                      r"(?:\s+\d{1,2}/\d{1,2}/(?:19|20)?\d\d)?$")  # "By Kesselrud 2/3/2026": the desk signs, dated
_QUOTE_MARKS = re.compile("[\"“”]")
_INSTRUCTION = re.compile(r"^by\s|\b(?:us|our|we|you|your)\b", re.IGNORECASE)
# Lines where a name alone is a menu's entry, another story's source or a caption's credit.
_NOT_ALONE = {"title", "title-repeat", "repeat", "section", "ui", "nav", "breadcrumb", "tail", "promo", "related", "agency",
              "comments", "caption"}
_SEGMENTS = re.compile(r"\s*[|·•«»]\s*")
_MARKER = re.compile(r"^\s*date \d{4}-\d\d(?:-\d\d)?\s*")


def named_most(page: Page) -> str | None:
    """The outlet-looking name the page gives the most votes to, with at least two; else None."""
    paywalls = {_tidy(name) for name in _paywalls(page)}
    paywall = next(iter(paywalls)) if len(paywalls) == 1 else None
    if paywall and site.plain_name(paywall, True) and not outlet_names.agency(paywall):
        return paywall  # only the site itself speaks of its paywall
    slots = {_tidy(name) for name in _empty_slot_sites(page)}
    notices = _notices(page)
    cast = _title_tails(page) + _alone(page) + _reporting(page) + _own_voice(page) + _promos(page) + notices
    # Any plain name where the template left the writer's slot empty; elsewhere only an outlet-looking one,
    # unless nothing outlet-looking wins and the site speaks as itself under a plain name (its privacy
    # notice, "Kestrel Sound understands …", "contacted by Kestrel Sound").
    slotted = {name for name in slots | _signed_and_named(page) if site.plain_name(name) and not outlet_names.agency(name)}
    return _winner(cast, slotted) or _winner(cast, slotted | _speaks_as_itself(page, notices))


def _winner(cast: Votes, plain: set[str]) -> str | None:
    votes: dict[str, float] = {}
    shown: dict[str, str] = {}
    for name, weight in cast:
        name = _tidy(name)
        if not _outlet_like(name) and name not in plain:
            continue
        k = _key(name)
        votes[k] = votes.get(k, 0.0) + weight
        shown.setdefault(k, name)
    if not votes:
        return None
    best = max(votes, key=lambda k: votes[k])
    if votes[best] < 2 or sum(v == votes[best] for v in votes.values()) > 1:
        return None
    return shown[best]


def _speaks_as_itself(page: Page, notices: Votes) -> set[str]:
    """Plain names the site gives itself twice or more in its own voice: its notices, its newsroom at
    work. Never a person's name, a body's ("Kessel Council understands"), nor a platform's notice."""
    said = [_tidy(name) for name, _w in notices + _newsroom(page)]
    bodies = lexicon.lower("org_nouns") | lexicon.lower("org_name_nouns") | lexicon.lower("social_platforms")
    return {name for name in said if said.count(name) >= 2 and _not_a_person(name) and not outlet_names.agency(name)
            and name.split()[-1].lower() not in bodies and name.lower() not in bodies and not _speaks(name, page)}


def _speaks(name: str, page: Page) -> bool:
    """'Ivo Brand, a ferry engineer, …', 'Brand said': the name, or its last word, is somebody in the story."""
    last = re.escape(name.split()[-1])
    pattern = re.compile(rf"\b{last}(?:,\s+(?:a|an|who)\b|\s+(?:said|says|told|tells|added)\b)")
    return any(pattern.search(para) for para in page.body)


Votes = list[tuple[str, float]]


def _title_tails(page: Page) -> Votes:
    """'Headline | Business | Kestrel Post | 09.01.2026', 'Headline « KESTREL POST': the browser's page title
    ends with the site; 'Ada Linde, Reporter · Kestrel Post': a byline's outlet. One word counts in full here.
    (A reporter's 'Ada Linde/Kestrelpost.com' is read as a byline, whose outlet comes first.)"""
    votes: Votes = []
    for _label, line in page.furniture + [("body", para) for para in page.body]:
        parts = _SEGMENTS.split(_MARKER.sub("", line).strip(" |·•-–—()[]:"))
        if len(parts) > 1 and len(line) < 300:
            votes += [(part, 2.0) for part in parts[1:]]
        by_site = _BY_SITE.search(line.strip())
        if by_site:  # "09 March 2026 - 10:09 By KestrelLIVE": the desk signs
            votes.append((by_site.group("site"), 2.0))
    return votes


def _empty_slot_sites(page: Page) -> list[str]:
    """'By , Kestrel Digital': the template's writer slot left empty before the site's name."""
    lines = [line for _label, line in page.furniture] + page.body
    return [m.group("site") for m in (_BY_SITE.search(line.strip()) for line in lines) if m and m.group("slot")]


def _signed_and_named(page: Page) -> set[str]:
    """'By Kesselrud 2/3/2026' over the story and 'Video supplied to Kesselrud' in it: one plain word that signs
    the story alone and that the story names again as the one told or given something is the site, not a writer
    ('By Veer', 'Veer said', 'Holm has covered the port for years')."""
    signed = {_tidy(m.group("site")) for m in (_BY_SITE.search(line.strip()) for _label, line in page.furniture) if m}
    body = "\n".join(para[:5000] for para in page.body)
    return {name for name in signed if " " not in name and _not_a_person(name) and not _speaks(name, page)
            and name.lower() not in vocab.ui_lines() and re.search(rf"\b(?:to|told|by|with|for|from)\s+{re.escape(name)}(?![\w'’-])", body)}


def _alone(page: Page) -> Votes:
    """One outlet's name alone on its lines over the story is the site's logo or desk credit; two or more
    are a list of sources (an aggregator's items) or a group's other titles, and a name alone further
    down labels a listed item."""
    story_at = next((k for k, para in enumerate(page.body) if len(para.split()) >= 40), len(page.body))
    lines = [line for label, line in page.furniture if label not in _NOT_ALONE and not _wire_reporter(label, line)]
    lines += page.body[:story_at]
    names = [_tidy(_MARKER.sub("", line).strip(" |·•-–—()[]:")) for line in lines]
    names = [name for name in names if len(name.split()) <= 5 and _outlet_like(name)]
    if len({_key(name) for name in names}) != 1:
        return []
    return [(name, _one_word(name, 2.0)) for name in names]


def _wire_reporter(label: str, line: str) -> bool:
    """'Ada Linde Kestrel Press Agency': a wire's reporter signing, not the site's name."""
    parsed = parse_byline(line) if label == "byline" else None
    return bool(parsed and parsed[0] and outlet_names.agency(parsed[1]))


# The verbs of the name-first patterns, for a cheap test before them.
_REPORTS_WORDS = re.compile(r"observed|gathered|learnt|learned|understands|can\s+(?:reveal|report|confirm)|reached out|"
                            r"contacted|obtained|visited|is on the ground|was at the scene")
_VOICE_WORDS = re.compile(r"will\s+(?:update|have|bring)|is\s+following|believes|was\s+told|(?:not|n['’]t)\s+(?:name|identify|publish)")
_REPORTING = ((_REPORTS, 2.0, _REPORTS_WORDS), (_STAFF_SAW, 2.0, re.compile(r"reporter|correspondent|journalist|crew|team")),
              (_WORK_BY, 2.0, None), (_TOLD, 1.5, None), (_STAY, 2.0, re.compile("Stay ")),
              (_VOICE, 2.0, _VOICE_WORDS))


def _reporting(page: Page) -> Votes:
    """The newsroom at work in the story's own sentences (never in a quotation)."""
    votes: Votes = []
    for para in page.body:
        for pattern, weight, words in _REPORTING:
            if words is not None and not words.search(para[:5000]):
                continue  # (the name-first patterns are slow: only where their verbs stand)
            for m in pattern.finditer(para[:5000]):
                if pattern is _VOICE and _CREDITED.search(_sentence_at(para, m.start())):
                    continue  # "The Marrow Gazette does not name its sources, Brand said": somebody else's words
                if not site.quoted_at(para, m.start()):
                    votes.append((m.group("name"), _one_word(_tidy(m.group("name")), weight)))
    return votes


def _own_voice(page: Page) -> Votes:
    """A name of two or more words in a sentence in the site's own voice about its journalism: an appeal, a
    subscription notice ('… to The Kestrel Post, you get our premium …'), a review 'by this newspaper'. A quoted
    'we' is someone else's, and a columnist's 'us' ('360 million of us') speaks for everyone."""
    votes: Votes = []
    for para in [line for label, line in page.furniture if label not in _NOT_ALONE] + page.body:
        if not (_WE.search(para[:5000]) and _JOURNALISM.search(para[:5000]) or _THIS_PAPER.search(para[:5000])):
            continue  # (no sentence of it can speak in the site's voice: a cheap test before the split)
        for sentence in re.split(r"(?<=[.!?])\s+", para[:5000]):
            voice = _WE.search(sentence) and _JOURNALISM.search(sentence) or _THIS_PAPER.search(sentence) \
                and not _CREDITED.search(sentence) and not _WITH_PARTNER.search(sentence)
            if voice and not _QUOTE_MARKS.search(sentence):
                votes += [(m.group("name"), 2.0) for m in re.finditer(rf"(?<![\w'’-]){_NAME}", sentence)
                          if _one_word(m.group("name"), 2.0) == 2.0]
    return votes


def _not_a_person(name: str) -> bool:
    """'Kessel Sound' may look like a person's name; one that opens with a given name ('Ana Veer') is one."""
    return site.plain_name(name, True) and name.split()[0].casefold() not in vocab.given_names()


def _notices(page: Page) -> Votes:
    """The site's own legal notices name it: "Kessel Now uses cookies", "Kessel Now's privacy policy", a
    disclaimer "… do not reflect the views of Kessel Now" (in the page's furniture or its last lines, never in the story's sentences)."""
    lines = [line for label, line in page.furniture if label != "title"] + page.body[-3:]
    votes = [(_LINK_VERB.sub("", re.sub(r"['’]s$", "", m.group("name"))), 2.0) for line in lines
             if len(line) < 1500 and _NOTICE_WORDS.search(line) for m in _NOTICE.finditer(line)]
    return votes + [(m.group("name"), 2.0) for line in lines if len(line) < 1500 for m in _DISCLAIMER.finditer(line)]


def _paywalls(page: Page) -> list[str]:
    """'Kessel Scoop has an Ethical Paywall': only a site speaks of its own paywall (in its furniture)."""
    return [m.group("name") for label, line in page.furniture if label != "title" and len(line) < 300
            and "aywall" in line for m in _PAYWALL.finditer(line)]


def _newsroom(page: Page) -> Votes:
    """'Kessel Now understands that …', 'Kessel Now has learned', 'when contacted by Kessel Now': a
    newsroom reports so of itself."""
    return [(m.group("name"), 2.0) for para in page.body if _NEWSROOM_WORDS.search(para[:5000])
            for pattern in (_UNDERSTANDS, _CONTACTED)
            for m in pattern.finditer(para[:5000]) if not site.quoted_at(para, m.start())]


# A sentence the story credits to somebody: "…, the company said", "according to the court".
_CREDITED = re.compile(r"\b(?:said|says|according to)\b")


def _sentence_at(text: str, start: int) -> str:
    """The sentence that opens at `start`, up to its end mark."""
    end = re.search(r"[.!?](?:\s|$)", text[start:])
    return text[start:start + end.end()] if end else text[start:]


def _promos(page: Page) -> Votes:
    """A short line asking the reader to follow the site somewhere: 'Join the Kestrel Post WhatsApp channel',
    'Never miss another Facebook post from KXYZ-TV', 'Download the Marrow News app'. The platform's own
    name is not the site's."""
    platforms = lexicon.lower("social_platforms") | _PRODUCTS
    votes: Votes = []
    for line in [line for label, line in page.furniture if label != "title"] + page.body:
        if len(line.split()) > 20 or not _ENGAGE.search(line) or not _tokens(line) & platforms or _CREDITED.search(line):
            continue  # (a story's "Readers can subscribe to its e-paper, the company said" is not the site's prompt)
        for m in re.finditer(rf"(?<![\w'’-]){_NAME}", line):
            words = re.sub(r"(?:'s|’s)$", "", m.group("name")).split()
            while words and words[-1].lower() in platforms:
                words.pop()  # "the Kestrel Post WhatsApp channel"
            if " ".join(words).lower() not in platforms:  # "follow our Google News channel": a platform of two words
                votes.append((" ".join(words), 2.0))
    return votes


def _tokens(line: str) -> set[str]:
    """The line's lower-case words, and its hyphened words whole ('e-paper')."""
    low = line.lower()
    return set(re.findall(r"[a-z]+", low)) | set(re.findall(r"[a-z]+-[a-z]+", low))


def _one_word(name: str, weight: float) -> float:
    """One word ('Sun', 'Today', 'The Ledger') is as often a date, a menu's entry, a planet or another paper's
    short name: one vote at most."""
    # "The Independent" is one outlet's name; "Kessel5.com" a site's own address.
    known = outlet_names.canonical(name) and not outlet_names.agency(name) or outlet_names.is_domain(name)
    return weight if known or " " in re.sub(r"^[Tt]he\s+", "", name.strip()) else min(weight, 1.0)


def _key(name: str) -> str:
    return outlet_names.key(outlet_names.canonical(name) or name)


def _tidy(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" .,;:'’\"")
    return re.sub(r"^the\s+(?=[A-Z])", "", name)  # "told the Marrow Ledger"


def _outlet_like(name: str) -> bool:
    if not name or not name[:1].isupper() or re.search(r"[:,/()\[\]]", name) or len(name.split()) > 5 or outlet_names.agency(name):
        return False
    if _INSTRUCTION.search(name) or DESK_CREDIT.search(name):
        return False  # "Follow Us On Social Media", "By Sports Desk"
    if dated_or_signed(name) or is_list_header(name) or furniture_name(name):
        return False  # "News Feed" over a ticker of other stories is a list's header
    return looks_like_outlet(name) and not looks_like_name(name) and site.plain_name(name)


def dated_or_signed(name: str) -> bool:
    """'News Roundup 9 March 2026' is a digest's headline and 'Ada Linde Reporter' a byline, though each
    holds an outlet word, and 'Staff Reporter' alone signs a writer the page leaves unnamed."""
    person, _, last = name.rpartition(" ")
    return bool(re.search(r"\b(?:19|20)\d\d\b", name)) or bool(
        person and vocab.role_words().fullmatch(last) and looks_like_name(person)) or bool(
        name.split() and all(vocab.role_words().fullmatch(w) for w in name.split()))


# A list's header under the story: "Other News Stories", "More Local Headlines".
_STORY_LIST = re.compile(r"^(?:other|more|latest|recent|related|similar)\s+(?:[\w'’-]+\s+){0,2}(?:stories|articles|headlines)$",
                         re.IGNORECASE)
# Two crumbs of a menu pasted without a break: "NewsKessel News" is "News" then "Kessel News".
_GLUED = re.compile(r"^(?P<crumb>[A-Z][a-z]+)(?P<rest>[A-Z][a-z]+(?:\s+[\w'’&-]+)+)$")


def _glued_crumbs(name: str) -> bool:
    """A section word glued to a crumb that ends in the same word again (a menu's 'News' over its 'Kessel News'):
    a brand made with an outlet word ('NewsChannel 5', 'BusinessDay News') does not end so."""
    m = _GLUED.match(name.strip())
    if not m:
        return False
    crumb = m.group("crumb").lower()
    return crumb in vocab.section_words() and m.group("rest").split()[-1].lower() == crumb


def furniture_name(name: str) -> bool:
    """A list's header ('Other News Stories') or two glued crumbs ('NewsKessel News'): the page's furniture."""
    return bool(_STORY_LIST.match(name.strip())) or _glued_crumbs(name)


# Slots only a page says of itself, read when nothing else names the site ("told Kessel News" is not one: as
# often another paper's interview). Its newsroom knowing: "Kessel News understands", "… can confirm".
_KNOWS = re.compile(rf"{_NAME}\s+(?:understands|has\s+learn[te]d?|can\s+(?:reveal|confirm)"
                    r"|will\s+update\s+(?:this|the|our|its)\s+(?:story|article|report|page|post)|will\s+update\s+(?:readers|you))\b")
_KNOWS_WORDS = re.compile(r"understands|has\s+learn|can\s+(?:reveal|confirm)|will\s+update")
# An author box's role or a prompt to stay with it: "Staff reporter at Kessel News", "Follow Kessel News on X".
_ROLE_OR_FOLLOW = re.compile(
    rf"(?:\b(?:reporter|editor|correspondent|journalist)\s+(?:at|for|with)|^(?:Stay\s+(?:with|tuned\s+to)|Follow))\s+"
    rf"(?:the\s+)?{_NAME}")

# In the story's last lines, only an author box's own shape: the role or the prompt first, or "NAME is a reporter at"
# ("Lia Holm, a reporter at the Marrow Herald, spoke against it" is a person in the story).
_BOX = re.compile(r"(?:Stay\s|Follow\s|(?:[A-Z][\w'’-]*\s+){0,3}(?:reporter|editor|correspondent|journalist)\s"
                  r"|(?:[A-Z][\w'’.-]*\s+){1,4}is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:reporter|editor|correspondent|journalist)\s)")
_FORMERLY = re.compile(r"\b(?:former|formerly|ex-|retired|previously)", re.IGNORECASE)  # "Former reporter at …": not the site


def own_slot(page: Page) -> str | None:
    """The one outlet-looking name the page puts in a slot only a site fills of itself: its newsroom knowing or
    promising ('Kessel News understands', '… will update this story'), an author box's 'reporter at Kessel
    News', 'Stay with Kessel News'. None when two names stand there. ('A Kessel News reporter' alone is as often
    another paper's: one asking a question, one whose post is quoted.)"""
    found = [m.group("name") for para in page.body if _KNOWS_WORDS.search(para[:5000])
             for m in _KNOWS.finditer(para[:5000]) if not site.quoted_at(para, m.start())]
    short = [line for label, line in page.furniture if label != "title"] + [p for p in page.body[-3:] if _BOX.match(p)]
    found += [m.group("name") for line in short if len(line.split()) <= 30 and not _CREDITED.search(line)
              and not _FORMERLY.search(line) for m in _ROLE_OR_FOLLOW.finditer(line.strip())]
    names = {_key(name): name for name in map(_unplatformed, found) if _slot_name(name)}
    return next(iter(names.values())) if len(names) == 1 else None


def _unplatformed(name: str) -> str:
    """'the Kessel News Facebook' → 'Kessel News': the platform a site is followed on is not its name."""
    words = _tidy(name).split()
    while len(words) > 1 and words[-1].lower() in lexicon.lower("social_platforms") | _PRODUCTS:
        words.pop()
    return " ".join(words)


def _slot_name(name: str) -> bool:
    """Outlet-looking (an outlet word, a known outlet, a domain) or a station's capitals ('KQTH'); never a
    wire, nor a person's given name, nor one plain word ('The Ledger' is as often another paper's short name)."""
    capitals = bool(re.fullmatch(r"[A-Z]{2,6}", name)) and not outlet_names.agency(name)
    outlet_like = _outlet_like(name) and _one_word(name, 2.0) == 2.0
    return (outlet_like or capitals) and name.split()[0].casefold() not in vocab.given_names()


def brand_of(name: str | None, page: Page) -> str | None:
    """'KMRV News Wire' → 'KMRV' when the page prints 'KMRV' without the product too ('KMRV Footer'), and the
    short form is a brand in itself (an outlet word, a known outlet, a station's capitals)."""
    if not name:
        return name
    for tail in sorted(lexicon.lower("product_tails"), key=len, reverse=True):
        short = name[: -len(tail)].strip() if name.lower().endswith(" " + tail) else ""
        if not short or not _slot_name(short):
            continue
        text = "\n".join([line for _label, line in page.furniture] + page.body)
        alone = re.findall(rf"(?<![\w'’-]){re.escape(short)}(?![\w'’-])(?!\s+{re.escape(name[len(short):].strip())})", text)
        return short if alone else name
    return name
