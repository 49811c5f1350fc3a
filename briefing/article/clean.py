"""Turn a pasted page into the story's paragraphs, setting the furniture aside.

`clean()` returns a `Page`: the body paragraphs, and the lines it removed, each
labelled (title, byline, date, caption, ...) so that `meta` can read the
metadata from them without parsing the text again.

It works in three passes:

1. split the text into paragraphs (blank lines, single newlines, or hard-wrapped
   lines joined back together) and unwrap markdown;
2. label each line that is furniture on its own (UI words, captions, copyright,
   bylines, datelines, promos, ...);
3. read the page's shape: the headline and the labels above it, the promo lists
   under "Read more" or "topics", and what trails after the last story sentence.

When unsure, a line stays in the story: a long line with a full sentence is
never dropped by the shape rules. Every regular expression here is linear
(bounded repeats, no nested quantifiers over the same characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.article import dates


@dataclass
class Page:
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (label, line) in order
    html_meta: dict[str, str | None] = field(default_factory=dict)

    def lines(self, label: str) -> list[str]:
        return [line for lab, line in self.furniture if lab == label]


# --- markdown -----------------------------------------------------------------

# Link text stops at the next "[": a line of "[[[[" costs one step per bracket, not 500.
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\((?:[^()\s]|\([^()\s]{0,500}\)){1,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,100}\]")
# Bold text stops at the next marker character, so every "**" is scanned past once.
_MD_BOLD = re.compile(r"\*\*(?=[^\s*])([^*\n]{1,500}?)(?<=\S)\*\*|__(?=[^\s_])([^_\n]{1,500}?)(?<=\S)__")
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]{1,500}?)(?<=\S)\1(?![\w*])")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•▪◦]|\d{1,2}[.)])\s+(?=\S)")
_MD_QUOTE = re.compile(r"^\s*>\s?")
_MD_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_MD_LINK_DEF = re.compile(r"^\s*\[[^\]]{1,200}\]:\s*\S")
_MD_TABLE = re.compile(r"^\s*\|")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def unwrap_markdown_inline(line: str) -> str:
    """`[text](url)` → text, `**bold**` → bold, `_it_` → it (also used on plain pastes)."""
    if "[" in line or "*" in line or "_" in line:
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_REF_LINK.sub(r"\1", line)
        line = _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), line)
        line = _MD_ITALIC.sub(r"\2", line)
    return line


# --- vocabulary ------------------------------------------------------------------

# UI words on a line of their own (real pastes: "Profile Image", "icon", "Upgrade", "topics").
_UI_LINES = {
    "icon", "upgrade", "share", "share this", "share this article", "share this story", "share article",
    "share on facebook", "share on twitter", "share on x", "share on linkedin", "share via email",
    "share by email", "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest", "telegram",
    "flipboard", "tweet", "email", "e-mail", "print", "copy link", "link copied", "copied", "profile image",
    "author image", "avatar", "subscribe", "subscribe now", "all newsletters", "newsletters", "newsletter",
    "save", "save article", "save for later", "saved", "bookmark", "listen", "listen to this article",
    "listen to article", "advertisement", "advertisment", "ad", "ads", "sponsored", "sponsored content",
    "partner content", "skip to content", "skip to main content", "skip to navigation", "sign in", "log in",
    "login", "register", "sign up", "menu", "search", "close", "home", "comments", "comment", "view comments",
    "show comments", "gift this article", "gift article", "gift", "more", "next", "previous", "back to top",
    "enlarge", "expand", "collapse", "loading", "open in app", "follow", "follow us", "contact us", "accept",
    "accept all", "accept all cookies", "reject all", "reject non-essential", "manage preferences",
    "cookie settings", "manage cookies", "ok", "got it", "reprints", "permissions", "reprints & permissions",
    "add to myft", "add to favourites", "live", "play", "play video", "watch", "watch video", "video",
    "photo", "image", "view image", "view gallery", "gallery", "privacy policy", "terms of use",
    "terms of service", "terms and conditions", "cookie policy", "about us", "careers", "help", "faq",
    "feedback", "font size", "text size", "dark mode", "translate", "print this article", "share full article",
    "reuse this content", "story continues", "story continues below", "article continues below",
    "continue reading the main story", "skip advertisement", "read in app", "sign up here", "learn more",
    "view more", "see more", "show more", "load more", "open image", "zoom", "full screen", "audio",
    "supported by", "sponsored by", "presented by", "in partnership with",
}
# Headers of promo lists: the short lines under them are other stories or topic tags
# ("Read Next", "Related stories", "topics", "Follow the topics in this article", "Most viewed").
_LIST_HEADERS = {
    "read more", "read next", "read also", "also read", "see also", "related", "related stories",
    "related articles", "related content", "related coverage", "related links", "related topics",
    "more on this story", "more on this topic", "more stories", "more news", "more to read", "most read",
    "most viewed", "most popular", "most shared", "popular", "popular now", "recommended",
    "recommended for you", "recommended stories", "you may also like", "you might also like",
    "you may have missed", "trending", "trending now", "topics", "tags", "follow the topics in this article",
    "latest", "latest news", "latest stories", "top stories", "editor's picks", "editors' picks",
    "in other news", "what to read next", "further reading", "explore more", "don't miss", "up next",
    "watch next", "keep reading", "continue reading", "explore more on these topics", "more like this",
    "around the web", "from our partners", "you may be interested in", "topics in this article",
}
_LIST_HEADER_MORE = re.compile(r"^more (?:from|in|on|about) [\w'’&. -]{1,40}$", re.IGNORECASE)
_UI_PREFIX = re.compile(
    r"^(?:subscribe (?:to|for|now|today)\b|sign up (?:to|for|now)\b|sign up$|"
    r"get (?:the|our) [\w'’ ]{1,40}\b(?:newsletter|briefing|app|inbox)|follow (?:us|the topics)\b|"
    r"(?:read|see|watch|listen)(?: next| more| also)?\s*[:|–—]|read next\b|related(?: stories| articles| coverage| content)?\s*[:|–—]|"
    r"more (?:from|on|in) [^:]{1,60}:|recommended\s*[:|–—]|also read\s*:|don't miss\s*:|click here\b|"
    r"this (?:article|story) (?:was|is|has been) (?:amended|updated|corrected|edited)|for updates and corrections\b|"
    r"corrections? (?:and|&) clarifications\b|read (?:about )?our (?:editorial|ethics|corrections|standards)\b|"
    r"how we report\b|we use cookies\b|we and our partners\b|this (?:site|website) uses cookies\b|"
    r"by (?:clicking|continuing|using) (?:this|our)\b|download (?:the|our) app\b|sign in to\b|"
    r"already a subscriber|you have \d+ free|support (?:our|independent) journalism\b|"
    r"advertisement\s*[-–—:]|scroll to continue\b|(?:story|article) continues (?:below|after)\b|"
    r"our standards\s*:|a version of this (?:article|story) appears in print\b|"
    r"this (?:article|story) (?:was|has been|is) (?:originally|first) published\b|listen to this article\b|"
    r"reporting from [A-Z][\w'’.\- ]{1,40}$|"
    r"skip (?:[\w-]+ ){0,2}(?:post|content|video|ad)\b|end of (?:[\w-]+ ){0,2}(?:post|content)\b|allow [\w-]+ content\b|"
    # "Comments are closed on this article.", "Our journalism is supported by readers. Subscribe from £1 a week."
    r"comments (?:are|have been) (?:closed|disabled|turned off)\b|"
    r"(?:our|this|independent) journalism is (?:supported|funded|made possible) by\b|subscribe from\b)",
    re.IGNORECASE,
)
_COOKIES = re.compile(r"\bcookies?\b.{0,120}\b(?:policy|settings|preferences|consent|accept|agree|partners)\b", re.I)
# Newsletter prompts talk to the reader: "Our free newsletter brings you...", "Get the Echo in your inbox".
_NEWSLETTER = re.compile(
    r"\b(?:(?:newsletters?|inbox|briefing|sign up|subscribe|email alerts?)\b.{0,160}"
    r"\b(?:your|you|free|daily|weekly|every (?:morning|day|week|weekday)|inbox)\b"
    r"|(?:our|your|free)\b.{0,80}\b(?:newsletters?|inbox|daily email|weekday briefing)\b"
    r"|delivered (?:daily|weekly|every)\b|in your inbox\b)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*(?:19|20)\d\d)|\ball rights reserved\b", re.IGNORECASE)
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
    r"^(?:(?:estimated )?read(?:ing)? time\s*:?\s*)?(?:about |approx\.? |~)?\d{1,3}\s*(?:-\s*)?"
    r"(?:min|mins|minutes?)\.?(?:\s+(?:read|listen|watch))?$",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"^\d[\d,.]*[km]?\s+(?:comments?|shares?|replies|reactions|views|likes)$", re.IGNORECASE)
# Photo captions and credits: "… on Tuesday. © Name/Getty Images", "(Photo Courtesy of Pool via Getty
# Images)", "… in August. Photo: Name/Agency", "Image: Brackwater Rovers FC".
_AGENCY = r"(?:getty images|afp|ap photo|ap|reuters|epa(?:-efe)?|shutterstock|istock(?:photo)?|alamy|bloomberg|pa(?: wire| media)?|xinhua|anadolu|sipa|imago)"
_CREDIT = re.compile(
    r"\((?:photos?|photograph|images?|pictures?|file photo|credit|video|illustration)\b[^()]{0,200}\)\s*$"
    r"|(?:^|[.!?”\"’]\s{1,5})(?:photos?|photograph|images?|pictures?|illustration|graphic|video|credit|source)"
    r"(?:\s*:|\s+by\b|\s+courtesy(?:\s+of)?\b|\s+credit\s*:?)\s*[A-Z][^.!?]{0,100}$"
    r"|(?<=\S)\s{1,5}©\s?(?!(?:19|20)\d\d)[^©]{2,100}$"
    rf"|(?:/|\bvia\s)\s?{_AGENCY}\)?\s*$"
    r"|^(?:getty images|epa(?:-efe)?|pa media|shutterstock|alamy|ap photo|afp via getty images)$"
    r"|^(?:image|photo|video|media) (?:source|caption|credit)\s*[,:]"
    # Credits as "Name / Outlet" or "Outlet photo/Name": "(Tomasz Wren / Selden Bay Examiner)",
    # "… on the quay in May. (Coastline Press photo/Freya Lund)", "… lifts off. Northstar News/Halvard Roos".
    r"|\([A-Z][^()/]{1,60}/\s?[A-Z][^()/]{1,60}\)\s*$"
    r"|(?<=[.!?])\s{1,3}[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}$",
    re.IGNORECASE,
)
_CREDIT_HINT = re.compile(r"[(:©/,]|\b(?:by|courtesy|via|getty|epa|pa|shutterstock|alamy|ap)\b", re.IGNORECASE)
# The caption's credit, to match a bare caption repeated without it.
_CREDIT_TAIL = re.compile(
    r"\s*(?:\((?:photos?|photograph|images?|pictures?|credit|video|illustration)[^()]{0,200}\)"
    r"|©\s?[^©]{2,100}|(?:photos?|photograph|images?|pictures?|illustration|credit)"
    r"(?:\s*:|\s+by\b|\s+courtesy(?:\s+of)?\b|\s+credit\s*:?)\s*[^.!?]{2,100})\s*$",
    re.IGNORECASE,
)
# Wire credits under the story: "(Reporting by A in X and B in Y; Editing by C)", "Additional reporting by D".
# Also Bloomberg's "--With assistance from D." and "To contact the reporter on this story: ...",
# AP's "Associated Press writer E contributed to this report.", "Write to F at f@example.com".
_CREDIT_LINE = re.compile(
    r"^[(\-–— ]{0,3}(?:(?:additional |further )?(?:reporting|writing|editing|compiled|produced|research|"
    r"graphics?|fact-checking|translation)(?: and [a-z]+)? by\b|(?:contributing|with reporting from)\s*:?\s|"
    r"with assistance from\b|to contact the (?:reporters?|editors?|authors?)\b|write to [^.]{2,80}\bat\b)"
    r"|^[^.!?]{2,120}\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\.?\s*$"
    # "Marta Oyelowo reported from Vesterby. Pieter Dahl contributed from Kalmhaven."
    r"|^(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:reported|contributed(?: reporting)?|wrote) (?:from|in) "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\.\s?){1,3}$",
    re.IGNORECASE,
)
# "Home | News | Sport | Business", "Share on Relay · Share by email · Copy link".
_NAV_SPLIT = re.compile(r"\s+[|›»>/]\s+|\s*[|·•›»]\s*")
_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]{0,3}$")
_SENTENCE_END = re.compile(r"[.!?…](?:\s?[\"”’')\]]){0,3}$")
# Words that name outlets ("Brackwater Gazette", "Meridian Wire", "HANDSET DAILY").
OUTLET_WORDS = {
    "times", "post", "herald", "gazette", "tribune", "chronicle", "journal", "news", "daily", "weekly",
    "observer", "record", "review", "echo", "courier", "dispatch", "ledger", "wire", "press", "mail",
    "telegraph", "guardian", "independent", "express", "standard", "star", "sun", "mirror", "examiner",
    "inquirer", "sentinel", "register", "globe", "advertiser", "bulletin", "reporter", "monitor",
    "enquirer", "argus", "courant", "magazine", "today", "insider", "digest", "media", "network", "radio",
    "tv", "television", "broadcasting", "agency", "citizen", "leader", "voice", "beacon", "messenger",
    "telegram", "times-herald", "sport", "sports", "business", "markets", "finance", "report", "reuters",
    "bloomberg", "associated", "economist", "week", "world",
}
# Words in the names of outlets and organisations, never in a person's name
# ("Washington Post", "Local Democracy Reporting Service"); "Sun" and "Star" are surnames too.
_NOT_NAME_WORDS = (OUTLET_WORDS - {"sun", "star", "young", "leader", "voice", "week", "world", "today", "sport",
                                   "sports", "business", "markets", "finance"}) | {
    "service", "services", "agency", "council", "group", "association", "institute", "university", "department",
    "ministry", "office", "company", "corporation", "foundation", "committee", "commission", "authority",
    "reporting", "democracy", "desk", "staff", "newsroom", "online", "digital", "live",
}
# Section words: a line made only of these is a section label, not an outlet or a person.
GENERIC_WORDS = {
    "news", "local", "world", "national", "international", "business", "politics", "opinion", "opinions",
    "markets", "market", "economy", "money", "finance", "technology", "tech", "science", "health", "sport",
    "sports", "football", "culture", "arts", "art", "life", "lifestyle", "style", "travel", "food",
    "entertainment", "education", "environment", "climate", "energy", "real", "estate", "property",
    "housing", "home", "homes", "latest", "breaking", "live", "video", "videos", "podcast", "podcasts",
    "analysis", "features", "feature", "comment", "commentary", "editorial", "letters", "region",
    "regional", "city", "metro", "uk", "us", "usa", "europe", "asia", "africa", "americas", "middle",
    "east", "west", "north", "south", "pacific", "china", "india", "companies", "company", "industry",
    "industries", "chips", "semiconductors", "crypto", "pharma", "healthcare", "media", "law", "crime",
    "weather", "transport", "motoring", "cars", "jobs", "careers", "obituaries", "puzzles", "games",
    "and", "&", "the", "of", "more", "top", "stories", "personal", "wealth", "investing", "stocks",
    "commodities", "currencies", "bonds", "rates", "interest", "trade", "global", "government", "policy",
    "elections", "election", "council", "courts", "society", "religion", "books", "music",
    "film", "tv", "television", "fashion", "beauty", "wellness", "fitness", "family", "parenting", "pets",
    "shopping", "deals", "reviews", "guides", "phones", "gadgets", "ai", "startups", "retail", "banking",
}
ROLE_WORDS = re.compile(
    r"\b(?:staff|senior|chief|correspondent|reporter|writer|editor|contributor|columnist|analyst|"
    r"bureau|desk|team|newsroom|journalist|producer|special to|contributing|freelance|intern|"
    r"photographer|host|anchor|critic|economist|strategist)s?\b",
    re.IGNORECASE,
)
# Capitalised words that start sentences and headlines, never a person's name ("In Sarrano, ...").
_NOT_FIRST_NAMES = {"the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "with", "as", "after",
                    "before", "under", "over", "this", "that", "these", "those", "it", "its", "his", "her", "their",
                    "our", "we", "they", "he", "she", "i", "but", "and", "or", "if", "when", "while", "why", "how",
                    "what", "who", "where", "new", "more", "read", "see", "share", "follow", "updated", "published",
                    "posted", "about", "all", "top", "latest", "live", "watch", "listen", "mr", "mrs", "ms", "dr"}
_TITLE_ABBREVIATIONS = {"gov.", "sen.", "rep.", "col.", "gen.", "capt.", "sgt.", "prof.", "rev.", "hon.", "jr.", "sr.",
                        "mrs.", "lt.", "maj.", "adm.", "cmdr.", "supt.", "insp.", "det.", "cpl.", "pvt."}
_PARTICLES = {"de", "da", "van", "von", "der", "den", "al", "el", "bin", "le", "la", "du", "del", "di", "dos",
              "das", "ter", "ten", "st", "st.", "y", "e"}


def is_sentence(line: str) -> bool:
    """A full sentence: six words or more, ending in a full stop, ? or ! (maybe inside quotes)."""
    return len(line.split()) >= 6 and bool(_SENTENCE_END.search(line))


def is_ui_line(line: str) -> bool:
    s = line.strip()
    # "[Advertisement]", "(Advertisement)": UI words in brackets are still UI words.
    low = s.lower().strip("[]() ").rstrip(":.!|›»>→ ").strip()
    return low in _UI_LINES or bool(_UI_PREFIX.match(s))


def is_list_header(line: str) -> bool:
    low = line.strip().lower().rstrip(":.›»>→ ").strip()
    return low in _LIST_HEADERS or bool(_LIST_HEADER_MORE.match(low))


def _quoted(line: str) -> bool:
    return any(q in line for q in "\"“”")


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
    if _READING_TIME.match(s) or _COUNTER.match(s):
        return "ui"
    if is_ui_line(s) and (n <= 25 or s.lower().rstrip(":.!|›»>→ ").strip() in _UI_LINES):
        return "ui"  # a long "Read more: <headline> . <story sentence>" keeps its story (CNN copy)
    low = s.lower()
    if n <= 40 and "cookie" in low and _COOKIES.search(s) and re.search(r"\b(?:we|our|you|this site)\b", s, re.IGNORECASE):
        return "ui"  # cookie banners: "We and our partners use cookies to personalise content and ads."
    if n <= 30 and _NEWSLETTER.search(s) and not _quoted(s):
        return "newsletter"
    if n <= 60 and _CREDIT_LINE.match(s):
        return "credit"
    if n <= 60 and _CREDIT_HINT.search(s) and _CREDIT.search(s) and not _COPYRIGHT.match(s):
        return "caption"
    if _COPYRIGHT.search(s) and (n <= 40 or s.lower().startswith(("copyright", "©"))):
        return "copyright"
    if n <= 60 and _DISCLAIMER.search(s) and not _quoted(s):
        return "disclaimer"
    if dates.is_date_line(s):
        return "date"
    if split_byline_date(s):
        return "byline"
    if is_nav(s):
        return "nav"
    if is_byline(s):
        return "byline"
    return None


def is_nav(line: str) -> bool:
    """Three or more short items between separators: a menu or breadcrumb, not a sentence."""
    if not any(sep in line for sep in "|·•›»/>") or len(line.split()) > 30:
        return False
    parts = [p.strip() for p in _NAV_SPLIT.split(line)]
    if len(parts) < 3:
        return False
    return all(p and len(p.split()) <= 5 and not _TERMINAL.search(p) for p in parts)


def is_section_pair(line: str) -> bool:
    """'Technology | Chips', 'World · Tessaly Strait': two short labels, the first not a person."""
    if not any(sep in line for sep in "|·•›»/>"):
        return False
    parts = [p.strip() for p in _NAV_SPLIT.split(line)]
    return len(parts) == 2 and all(p and len(p.split()) <= 3 and not _TERMINAL.search(p) for p in parts)


# --- bylines ------------------------------------------------------------------------

_BY = re.compile(r"^(?:(?:written|words|story|text|reporting|report)\s+)?(?:by|BY|By)\s+(?=\S)", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}\s*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.IGNORECASE)


def looks_like_name(part: str) -> bool:
    """'Anna Lind', 'MAUREEN OKAFOR', 'Shanthi M', 'Lucía Ferrer', 'Sven Okonkwo-Hart'."""
    words = part.split()
    if not 2 <= len(words) <= 4:
        return False
    if words[0].lower() in _PARTICLES or words[0].lower() in _NOT_FIRST_NAMES:
        return False
    named = 0
    for w in words:
        low = w.lower()
        if low in _PARTICLES:
            continue
        if not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['’.\-](?=[^\W\d_])){0,30}\.?", w) or not w[0].isupper():
            return False
        if low.endswith(("'s", "’s")):
            return False  # "CNN's Dan Simon contributed to this report"
        if w.endswith(".") and len(w) > 3 and low not in _TITLE_ABBREVIATIONS:
            return False  # "Missouri." ends a sentence; "J." and "Gov." do not
        if low.strip(".") in _NOT_NAME_WORDS:
            return False
        named += 1
    if all(w.lower() in GENERIC_WORDS for w in words):
        return False  # "Real Estate", "Middle East" (but "Steve Jobs", "Jane West" are people)
    return named >= 2 and not ROLE_WORDS.search(part)


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """('By Anna Lind and Marco Reyes in Oslo') → (['Anna Lind', 'Marco Reyes'], None);
    'Anna Lind · The Harbour Times' → (['Anna Lind'], 'The Harbour Times');
    'MAUREEN OKAFOR, Staff Writer' → (['Maureen Okafor'], 'Staff Writer'). None if not a byline."""
    s = re.sub(r"\s+", " ", unwrap_markdown_inline(line)).strip(" -–—|")
    if not s or len(s) > 160 or len(s.split()) > 20 or _SENTENCE_END.search(s) and not s.endswith("."):
        return None
    has_by = bool(_BY.match(s))
    if s.endswith(".") and not has_by:
        return None  # "Col. Rick Francona, a CNN military analyst." ends a sentence
    if has_by:
        s = s[_BY.match(s).end():]
    tail = None
    parts = [p.strip() for p in re.split(r"\s*[·•|]\s*|\s+[–—]\s+", s) if p.strip()]
    if not parts:
        return None
    names_text = parts[0]
    if len(parts) > 1:
        tail = " · ".join(parts[1:])
    names, rest = _split_names(names_text, has_by)
    if not names:
        return None
    if rest:
        if tail is not None:
            return None
        tail = rest
    in_place = bool(re.search(r"\s+in\s+[A-Z]", names_text))
    if tail is not None and not _looks_tail(tail):
        return None
    if not has_by and not (len(names) >= 2 or in_place or tail):
        return None  # a lone "Anna Lind" may be anything; the page shape decides (see _take_head)
    return names, tail


def _split_names(text: str, has_by: bool = False) -> tuple[list[str], str | None]:
    """'A, B and C in Oslo' → ([A, B, C], None); 'A, Staff Writer' → ([A], 'Staff Writer')."""
    text = text.strip(" ,.")
    pieces = [p for p in _NAME_SPLIT.split(text) if p.strip()]
    names: list[str] = []
    for i, piece in enumerate(pieces):
        piece = _IN_PLACE.sub("", piece.strip(" .")).strip()
        if looks_like_name(piece):
            names.append(piece.title() if piece.isupper() else piece)
            continue
        if names and i == len(pieces) - 1 and "," in text and not re.search(r"\band\b|&", text.rsplit(",", 1)[1]):
            return names, text.rsplit(",", 1)[1].strip()  # "Name, Role" or "Name, Outlet"
        if i == len(pieces) - 1 and has_by:
            split = _name_then_tail(piece)  # "By JANE DOE Associated Press", "By Jane Doe Staff Writer"
            if split:
                return names + [split[0]], split[1]
        return [], None
    return names, None


def _name_then_tail(piece: str) -> tuple[str, str] | None:
    words = piece.split()
    for k in (2, 3):
        name, tail = " ".join(words[:k]), " ".join(words[k:])
        if tail and looks_like_name(name) and (ROLE_WORDS.search(tail) or any(w.lower() in OUTLET_WORDS for w in words[k:])):
            if _looks_tail(tail):
                return (name.title() if name.isupper() else name), tail
    return None


def _looks_tail(tail: str) -> bool:
    """A role ('Staff Writer', 'senior editor') or an outlet ('The Harbour Times') after a name."""
    words = tail.split()
    if not 1 <= len(words) <= 8 or _SENTENCE_END.search(tail) or not tail[0].isupper():
        return False  # "Rick Francona, a CNN military analyst." is a sentence's end, not a byline
    if ROLE_WORDS.search(tail):
        return True
    small = {"of", "and", "&", "the", "for", "at", "de", "du", "la", "le"}
    return tail[0].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


def is_byline(line: str) -> bool:
    return parse_byline(line) is not None


def _strip_md(line: str) -> str:
    return unwrap_markdown_inline(line).strip()


# --- paragraphs ----------------------------------------------------------------


@dataclass
class _Line:
    text: str
    heading: int = 0  # markdown heading level
    bullet: bool = False
    label: str | None = None


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")


def _unit_start(line: str, last: str = "") -> bool:
    if _NUMBERED.match(line) and last and not (_TERMINAL.search(last) or _BULLET.match(last)):
        return False  # "... on March" / "5. The council ..." is a wrapped date, not item 5 of a list
    return bool(_BULLET.match(line) or _MD_HEADING.match(line) or _MD_QUOTE.match(line) or line.lstrip().startswith(("![", "|")))


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None if it was not.

    Evidence is lines of 40–100 characters that stop mid-sentence and go on in
    lower case on the next line (a real paste wrapped at 70 columns).
    """
    lengths = []
    for lines in blocks:
        for a, b in zip(lines, lines[1:]):
            if 40 <= len(a) <= 100 and not _TERMINAL.search(a) and b[:1].islower():
                lengths.append(len(a))
    if len(lengths) < 3:
        return None
    return max(lengths)


def _paragraphs(text: str, markdown: bool = False) -> list[str]:
    blocks = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines:
            blocks.append(lines)
    width = _wrap_width(blocks)
    # Blank lines between paragraphs and wrapped lines inside them (the usual "save as text"):
    # then a line ending in a full stop inside a block does not end the paragraph.
    blank_separated = width is not None and sum(1 for lines in blocks if len(lines) >= 3) >= 3
    out: list[str] = []
    for lines in blocks:
        out.extend(_join_lines(lines, width, blank_separated, markdown))
    return out


def _join_lines(lines: list[str], width: int | None, blank_separated: bool, markdown: bool = False) -> list[str]:
    out: list[str] = []
    last = ""
    single = False  # the paragraph so far is one physical line
    for line in lines:
        if out and _continues(last, line, width, single, blank_separated, markdown):
            prev = out.pop()
            sep = "" if prev.endswith("-") and prev[-2:-1].isalnum() else " "  # "Radnor-" + "Wayne"
            out.append(prev + sep + line)
            single = False
        else:
            out.append(line)
            single = True
        last = line
    return out


def _continues(last: str, line: str, width: int | None, single: bool, blank_separated: bool, markdown: bool = False) -> bool:
    """Does `line` carry on the paragraph that physical line `last` belongs to?"""
    if _unit_start(line, last) or _MD_HEADING.match(last) or _MD_RULE.match(line) or _MD_RULE.match(last):
        return False
    if _SENTENCE_END.search(last) and not line[:1].islower() and not blank_separated:
        return False  # a colon does not end a paragraph: "... tweeted:" / "#EqualRights."
    if _stands_alone(line) or single and _stands_alone(last) and classify(_strip_md(last)) != "ui":
        return False  # a byline or a dateline under a headline is its own line
    if markdown:
        # In Markdown a newline inside a block does not end the paragraph, and link URLs and
        # "**" make raw line lengths useless for finding a wrap column: a line that stops
        # mid-sentence goes on ("... did not properly weigh" / "the effect on ...").
        return not _SENTENCE_END.search(last) or line[:1].islower()
    if width is None:
        # Not a wrapped text: only a line stopping mid-sentence with the next in lower case.
        return len(last) >= 30 and not _SENTENCE_END.search(last) and line[:1].islower()
    first_word = line.split(" ", 1)[0]
    # The next word would not have fitted on the line: the break is the wrap, not the writer's.
    return len(last) <= width + 2 and len(last) + 1 + len(first_word) > width - 2


def _stands_alone(line: str) -> bool:
    """A line that is never the middle of a wrapped paragraph: a dateline, UI words, 'By Name'.

    Not when it ends a sentence: "print." or "February 23, 2014." after a line
    that stops mid-sentence are the end of that sentence (wrapped CNN copy).
    """
    s = _strip_md(line)
    if s.endswith((".", ",", ";")):
        return False
    label = classify(s)
    return label in ("date", "ui", "promo-head", "copyright", "nav") or label == "byline" and _firm_byline(s)


def _firm_byline(s: str) -> bool:
    """'By Anna Lind', 'Anna Lind · Outlet', 'Anna Lind in Oslo': bylines no sentence would look like."""
    return bool(_BY.match(s) or re.search(r"[·•|]", s) or _IN_PLACE.search(s))


def _to_line(raw: str, furniture: list[tuple[str, str]]) -> _Line | None:
    heading = 0
    m = _MD_HEADING.match(raw)
    if m:
        heading, raw = len(m.group(1)), m.group(2)
    if _MD_RULE.match(raw) or _MD_LINK_DEF.match(raw):
        return None
    raw = _MD_QUOTE.sub("", raw)
    bullet = False
    b = _BULLET.match(raw)
    if b:
        bullet, raw = True, raw[b.end():]
    for alt in _MD_IMAGE.findall(raw):
        if alt.strip():
            furniture.append(("image", alt.strip()))
    text = " ".join(unwrap_markdown_inline(raw).split())
    if _MD_TABLE.match(text):
        text = text.strip("| ")
    if not text or not re.search(r"\w", text):
        return None
    return _Line(text=text, heading=heading, bullet=bullet)


# Only a dated notice is split off: "… at dusk. © Lena Vik/Getty Images" is a photo credit, kept whole.
_GLUED_COPYRIGHT = re.compile(
    r"(?<=[.!?\"”’])\s+(?=(?:copyright\s?)?(?:©|\(c\))\s?(?:copyright\s?)?(?:19|20)\d\d\b|copyright\s?(?:19|20)\d\d\b)", re.I
)


def _key(line: str) -> str:
    if len(line) > 5000:
        return line.lower()  # a line this long is compared whole; no need to tidy it
    return re.sub(r"\W+", " ", line).strip().lower()


def clean(text: str, fmt: str = "text", html_meta: dict | None = None) -> Page:
    page = Page(body=[], html_meta=dict(html_meta or {}))
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\u00a0", " ").replace("\t", " ")
    text, front = front_matter(text)
    for key, value in front.items():
        page.html_meta.setdefault(key, value)
    lines: list[_Line] = []
    for raw in _paragraphs(text, markdown=fmt == "markdown"):
        line = _to_line(raw, page.furniture)
        if line is None:
            continue
        rest, glued = dates.split_leading_date(line.text)
        if glued:
            lines.append(_Line(text=glued, label="date"))
            line.text = rest
        cut = _GLUED_COPYRIGHT.search(line.text)
        if cut and len(line.text) < 5000:
            # "She is signed to a talent agency. ©2015 Trade Weekly.": the notice glued to the last paragraph.
            lines.append(_Line(text=line.text[: cut.start()].rstrip(), heading=line.heading, bullet=line.bullet))
            lines[-1].label = classify(lines[-1].text)
            line = _Line(text=line.text[cut.end():])
        line.label = classify(line.text)
        _split_byline_and_date(line, lines)
        lines.append(line)

    _mark_promo_lists(lines)
    _keep_loose_bylines_in_story(lines)
    _take_head(page, lines)
    _take_tail(page, lines)
    _drop_author_bio(lines)
    _drop_repeats(page, lines)
    _drop_captions_repeating_body(lines)
    _take_dateline(page, lines)
    for line in lines:
        if line.label:
            page.furniture.append((line.label, line.text))
        else:
            page.body.append(line.text)
    # Furniture in page order, headline first (meta reads the first of each label).
    page.furniture.sort(key=lambda item: 0 if item[0] == "title" else 1)
    return page


def split_byline_date(s: str) -> tuple[str, str] | None:
    """'Teresa Okonjo, Senior Correspondent · March 9, 2026 · 18:00 GMT+8' → (byline, date words)."""
    if len(s) > 200 or len(s.split()) > 25:
        return None
    m = dates.find(s)
    if not m:
        return None
    p = re.search(r"(?:(?:last )?updated|published|posted)\s*(?:on\s*)?:?\s*$", s[: m.start()], re.IGNORECASE)
    start = p.start() if p else m.start()
    date_part = s[start: m.end()].strip(" ·•|,-–—")
    rest = (s[:start].rstrip(" ·•|,-–—") + " " + s[m.end():].lstrip(" ·•|,-–—")).strip(" ·•|,-–—")
    if rest and dates.is_date_line(date_part) and is_byline(rest):
        return rest, date_part
    return None


_FRONT_KEYS = {
    "title": "title", "headline": "title", "author": "author", "authors": "author", "byline": "author",
    "published": "date", "date": "date", "pubdate": "date", "published_at": "date", "site": "sitename",
    "site_name": "sitename", "publisher": "sitename", "source": "url", "url": "url", "link": "url",
}


def front_matter(text: str) -> tuple[str, dict[str, str]]:
    """A YAML header from a web clipper ('---', 'title: ...', 'author: [[Name]]', '---') → its metadata.

    Only plain 'key: value' lines and '- item' lists are read; anything else means it is not front matter.
    """
    if not text.lstrip("\n").startswith("---\n"):
        return text, {}
    lines = text.lstrip("\n").split("\n", 80)
    found: dict[str, str] = {}
    key = None
    for n, line in enumerate(lines[1:80], start=1):
        if line.strip() == "---":
            return "\n".join(lines[n + 1:]), found
        item = re.match(r"^\s+-\s+(.+)$|^-\s+(.+)$", line)
        pair = re.match(r"^([A-Za-z_][\w-]{0,30})\s*:\s*(.*)$", line)
        if item and key:
            value = _front_value(item.group(1) or item.group(2))
            if value and _FRONT_KEYS.get(key) == "author":
                found["author"] = f"{found['author']}; {value}" if found.get("author") else value
        elif pair:
            key = pair.group(1).lower()
            value = _front_value(pair.group(2))
            field_name = _FRONT_KEYS.get(key)
            if field_name and value and field_name not in found:
                if field_name == "url" and not value.startswith(("http://", "https://")):
                    continue
                found[field_name] = value
        elif line.strip():
            return text, {}
    return text, {}


def _front_value(value: str) -> str:
    value = value.strip().strip("\"'").strip()
    value = re.sub(r"\[\[([^\]|]{1,100})(?:\|[^\]]{0,100})?\]\]", r"\1", value)  # Obsidian links "[[Ada Linde]]"
    return value.strip().strip("\"'").strip()


def _split_byline_and_date(line: _Line, lines: list[_Line]) -> None:
    parts = split_byline_date(line.text) if line.label == "byline" else None
    if parts:
        lines.append(_Line(text=parts[1], label="date"))
        line.text = parts[0]


def _mark_promo_lists(lines: list[_Line]) -> None:
    """Under 'Read more', 'Related stories' or 'topics', the short lines are other stories or tags."""
    in_list = False
    for line in lines:
        if line.label == "promo-head":
            in_list = True
            continue
        if not in_list:
            continue
        if line.label:
            continue  # "Sign up for our newsletter" between two lists
        if line.heading or is_sentence(line.text) and not line.bullet or len(line.text.split()) > 25:
            in_list = False
            continue
        line.label = "promo"


def _keep_loose_bylines_in_story(lines: list[_Line]) -> None:
    """Inside the story, 'Ada Lind, Kent Gov. Omar Reyes and Sen. Ivo Dane' is a list of names, not a byline.

    Only a byline no sentence would look like ('By ...', 'Name · Outlet', '... in Oslo'),
    or one beside a date line, is taken between the first and the last story sentence.
    """
    story = [i for i, line in enumerate(lines) if not line.label and is_sentence(line.text)]
    if len(story) < 2:
        return
    for i in range(story[0] + 1, story[-1]):
        line = lines[i]
        if line.label == "byline" and not _firm_byline(line.text) and not _beside_dateline(lines, i):
            line.label = None


def _beside_dateline(lines: list[_Line], i: int) -> bool:
    return any(0 <= j < len(lines) and lines[j].label == "date" for j in (i - 1, i + 1))


def _unlabelled(lines: list[_Line]) -> list[int]:
    return [i for i, line in enumerate(lines) if not line.label]


def _take_head(page: Page, lines: list[_Line]) -> None:
    """Headline, and the masthead and section labels above it, from the top of the page."""
    free = _unlabelled(lines)
    first_story = next((i for i in free if is_sentence(lines[i].text) and not lines[i].heading), len(lines))
    head = [i for i in free if i < first_story]
    html_title = page.html_meta.get("title")
    title_at = None
    if html_title:
        key = _key(html_title)
        for i in free:
            if _key(lines[i].text) == key:
                lines[i].label = "title"  # trafilatura or the paste repeats the headline
        head = [i for i in head if not lines[i].label]
    else:
        title_at = _choose_title(lines, head)
        if title_at is not None:
            lines[title_at].label = "title"
            # The same headline again further down ("Most viewed: 1. <this story>").
            key = _key(lines[title_at].text)
            for i in free:
                if i != title_at and not lines[i].label and _key(lines[i].text) == key:
                    lines[i].label = "title-repeat"
    _take_masthead(page, lines, title_at)
    for i in head:
        line = lines[i]
        if line.label:
            continue
        n = len(line.text.split())
        if title_at is not None and i < title_at:
            # Above the headline: masthead, menu, section labels, taglines.
            line.label = "section" if n <= 4 else "tagline"
        elif looks_like_name(line.text) and _beside_byline_furniture(lines, i):
            line.label = "byline"  # "Sabine Reid" alone on a line, over or under the date or a role
        elif n <= 3 and not _TERMINAL.search(line.text) and not line.heading and not _quoted(line.text):
            # Between headline and story: "Profile Image", "142 comments", "Facebook", a lone section label.
            line.label = "section" if title_at is None else "ui"
        elif is_section_pair(line.text) and (title_at is None or i < title_at):
            line.label = "section"


def _choose_title(lines: list[_Line], head: list[int]) -> int | None:
    """The headline among the lines above the first story sentence.

    A markdown heading wins; otherwise the first line of four words or more that
    does not end in a full stop. A line followed by a section label and then
    another candidate is a tagline under a masthead, not the headline.
    """
    candidates = []
    for i in head:
        line = lines[i]
        words = len(line.text.split())
        if line.label or line.bullet or words > 30 or len(line.text) > 250 or _WIRE_PREFIX.match(line.text):
            continue  # "(CNN)Madonna, saying something controversial?" opens a story, not a headline
        if line.heading:
            if words >= 2:
                candidates.append(i)
            continue
        if words >= 4 and not line.text.rstrip("\"”’'").endswith((".", ",", ";", ":", "…")) and not is_nav(line.text):
            candidates.append(i)
    headed = [i for i in candidates if lines[i].heading]
    if headed:
        return min(headed, key=lambda i: (lines[i].heading, i))
    for a, b in zip(candidates, candidates[1:]):
        between = lines[a + 1: b]
        if any(_is_label_line(x) for x in between):
            continue  # a tagline under the masthead, then labels, then the headline
        return a
    return candidates[-1] if candidates else None


_WIRE_PREFIX = re.compile(r"^\([A-Z][\w&.' ]{1,30}\)")


def _is_label_line(line: _Line) -> bool:
    if line.label in ("nav", "section"):
        return True
    return not line.label and len(line.text.split()) <= 3 and not _TERMINAL.search(line.text)


def _beside_byline_furniture(lines: list[_Line], i: int) -> bool:
    """A lone name next to a date line, a role line ("Senior Reporter") or an author photo ("Profile Image")."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines):
            continue
        other = lines[j]
        if other.label == "date":
            return True
        if other.text.lower() in ("profile image", "author image", "avatar", "follow"):
            return True
        if len(other.text.split()) <= 5 and ROLE_WORDS.search(other.text) and not _TERMINAL.search(other.text):
            if not other.label or other.label == "ui":
                other.label = "role"
            return True
    return False


def _take_masthead(page: Page, lines: list[_Line], title_at: int | None) -> None:
    """The outlet's name at the very top ('Brackwater Gazette', 'HANDSET DAILY', a menu's first item)."""
    if title_at is None:
        return
    for line in lines[:title_at]:
        if line.label in ("ui", "promo-head"):
            continue
        if line.label == "nav" or line.label is None and is_section_pair(line.text):
            first = _NAV_SPLIT.split(line.text)[0].strip()
            if first.lower() not in _UI_LINES and first.lower() not in GENERIC_WORDS:
                page.furniture.append(("masthead", first))
            return
        if line.label is None and 1 <= len(line.text.split()) <= 5 and not _TERMINAL.search(line.text):
            if not all(w.lower() in GENERIC_WORDS for w in line.text.split()):
                line.label = "masthead"
        return


def _take_tail(page: Page, lines: list[_Line]) -> None:
    """After the last story sentence: a wire signature ('Reuters'), or promos and ads to drop."""
    free = _unlabelled(lines)
    last_story = max((i for i in free if _ends_sentence(lines[i].text)), default=None)
    if last_story is None:
        return
    after = [i for i in free if i > last_story]
    kept_lists = set()
    for k, i in enumerate(after):
        line = lines[i]
        nxt = lines[after[k + 1]] if k + 1 < len(after) else None
        if line.bullet or (nxt is not None and nxt.bullet and after[k + 1] == i + 1):
            kept_lists.add(i)  # a list ending the story ("What to watch: - ..."), and its heading
    rest = [i for i in after if i not in kept_lists and len(lines[i].text.split()) < 15]
    if len(rest) == 1 and rest[0] == after[-1] and _looks_signature(lines[rest[0]].text):
        lines[rest[0]].label = "signature"
        return
    for i in rest:
        lines[i].label = "tail"


def _drop_author_bio(lines: list[_Line]) -> None:
    """'Anna Lind is a correspondent covering shipping.' under the story is about the writer, not the news."""
    names = []
    for line in lines:
        if line.label == "byline":
            parsed = parse_byline(line.text)
            names.extend(parsed[0] if parsed else [line.text])
    if not names:
        return
    forms = {n for name in names for n in (name, name.split()[-1])}
    free = _unlabelled(lines)
    for i in free[-3:]:
        text = lines[i].text
        for form in forms:
            if text.startswith(form + " ") and _BIO_VERB.match(text[len(form) + 1:]) and len(text.split()) <= 60:
                lines[i].label = "bio"
                break


_BIO_VERB = re.compile(r"(?:is|was|covers|reports|writes|has (?:been|covered|reported|written))\b")


def _ends_sentence(text: str) -> bool:
    """'The cause is under investigation.', 'What if?': a short sentence still ends the story."""
    return len(text.split()) >= 2 and bool(_SENTENCE_END.search(text))


def _looks_signature(text: str) -> bool:
    """'Reuters', 'Tidewater Wire', 'Meridian Wire': a short name alone under the story."""
    text = text.strip("()— -")
    words = text.split()
    if not 1 <= len(words) <= 4 or _TERMINAL.search(text):
        return False
    return all(w[:1].isupper() or w.lower() in {"&", "of", "the"} for w in words)


def _drop_repeats(page: Page, lines: list[_Line]) -> None:
    """A paragraph repeated verbatim is kept once (a standfirst repeated as the lead, a pasted block twice)."""
    seen: set[str] = set()
    prev_key = None
    for line in lines:
        if line.label:
            continue
        key = _key(line.text)
        if key in seen and (len(key.split()) >= 8 or key == prev_key):
            line.label = "repeat"
        seen.add(key)
        prev_key = key


def _drop_captions_repeating_body(lines: list[_Line]) -> None:
    """Drop a body line that a credited caption repeats.

    Pastes give the caption twice, once bare and once with its credit:
    "<caption>." then "<caption>. (Photo Courtesy of Pool via Getty Images)".
    """
    keys = set()
    for line in lines:
        if line.label == "caption":
            core = _CREDIT_TAIL.sub("", line.text).strip()
            if len(core.split()) >= 3:
                keys.add(_key(core))
    if not keys:
        return
    for line in lines:
        if not line.label and _key(line.text) in keys:
            line.label = "caption"


# A wire dateline opening the first paragraph: "PORT AVEN, March 3 (Meridian Wire) - ".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]{1,30}(?: [A-Z][A-Z.'\-]{1,30}){0,3}(?:,\s?[A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2})?)"
    r"(?:,\s?(?P<date>[A-Z][a-z]{2,9}\.? \d{1,2}(?:,? \d{4})?))?\s?"
    r"(?:\((?P<wire>[^()]{2,40})\))?\s?[-–—]{1,2}\s(?=\S)"
)
# "(Bloomberg) -- ", "(Capital Ledger) — " at the very start of the body.
_WIRE_OPEN = re.compile(r"^\((?P<wire>[A-Z][\w&'’. ]{1,40})\)\s?[-–—]{1,2}\s?")


def _take_dateline(page: Page, lines: list[_Line]) -> None:
    """Cut the wire dateline off the lead (it may follow a standfirst): the story starts after it."""
    for line in [line for line in lines if not line.label][:3]:
        m = _WIRE_OPEN.match(line.text) or _DATELINE.match(line.text)
        if not m or m.end() >= len(line.text):
            continue
        groups = m.groupdict()
        if not groups.get("wire") and not groups.get("date"):
            continue  # "NATO - " could be the story's own words
        if groups.get("wire"):
            page.furniture.append(("wire", groups["wire"].strip()))
        if groups.get("date"):
            page.furniture.append(("dateline", groups["date"]))
        line.text = line.text[m.end():]
        return
