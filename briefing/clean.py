"""Turn a pasted page into the story's paragraphs, setting the furniture aside.

`clean()` returns a `Page`: the body paragraphs, and the lines it removed, each
labelled (title, byline, date, caption, ...) so that `meta` can read the
metadata from them without parsing the text again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing import dates


@dataclass
class Page:
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (label, line) in order
    html_meta: dict[str, str | None] = field(default_factory=dict)

    def lines(self, label: str) -> list[str]:
        return [line for lab, line in self.furniture if lab == label]


# --- markdown -----------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"\n]*\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_QUOTE = re.compile(r"^\s*>\s?")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_LINK_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+")


def unwrap_markdown_inline(line: str) -> str:
    """`[text](url)` → text, `**bold**` → bold, `_it_` → it (also used on plain pastes)."""
    if "[" in line or "*" in line or "_" in line:
        line = _MD_IMAGE.sub(r"\1", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_REF_LINK.sub(r"\1", line)
        line = _MD_BOLD.sub(r"\2", line)
        line = _MD_ITALIC.sub(r"\2", line)
    return line


# --- what counts as furniture --------------------------------------------------

# UI words on a line of their own (seen in browser pastes: "Profile Image", "topics").
_UI_LINES = {
    "icon", "upgrade", "share", "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "share on x", "share on linkedin", "share via email", "tweet", "email", "print",
    "copy link", "link copied", "profile image", "subscribe", "subscribe now", "all newsletters", "newsletters",
    "topics", "follow the topics in this article", "save", "save article", "saved", "listen",
    "listen to this article", "advertisement", "advertisment", "ad", "sponsored", "skip to content",
    "skip to main content", "sign in", "log in", "login", "register", "sign up", "menu", "search", "close",
    "home", "comments", "comment", "view comments", "show comments", "gift this article", "gift article",
    "more", "next", "previous", "back to top", "top stories", "trending", "most read", "most popular",
    "related", "related articles", "related stories", "recommended", "you may also like", "watch",
    "play video", "video", "photo", "image", "enlarge", "expand", "loading", "open in app", "follow",
    "follow us", "contact us", "accept", "accept all", "reject all", "cookie settings", "manage cookies",
    "reprints", "permissions", "reprints & permissions", "add to myft", "the big read", "live",
}
_UI_PREFIX = re.compile(
    r"^(?:subscribe\b|sign up\b|get (?:the|our) \w+ newsletter|follow (?:us|the topics)|"
    r"(?:read|see|watch|listen)(?: next| more| also)\s*[:|\-–—]|related(?: stories| articles| coverage)?\s*[:|\-–—]|"
    r"more from\b|recommended\s*[:|\-–—]|also read\s*:|don't miss\s*:|click here\b|"
    r"this (?:article|story) (?:was|is) (?:amended|updated|corrected)|for updates and corrections\b|"
    r"read about our editorial\b|we use cookies\b|by (?:clicking|continuing|using) (?:this|our)\b|"
    r"download (?:the|our) app\b|sign in to\b|already a subscriber|you have \d+ free)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|^copyright\b|\ball rights reserved\b", re.IGNORECASE)
_DISCLAIMER = re.compile(
    r"\bnot (?:be )?(?:intended as |considered )?(?:investment|financial|legal|medical) advice\b|"
    r"\bmay not be (?:published|reproduced|copied)|\bbroadcast, rewritten\b|\bredistributed\b|"
    r"\bfor (?:general )?information(?:al)? purposes only\b|\bdoes not constitute\b.{0,40}\badvice\b|"
    r"\bthe views expressed\b.{0,60}\b(?:are|do not)\b|\beditorial guidelines\b|\bethics policy\b|"
    r"\bdelivered (?:daily|weekly|every)\b|\bto your inbox\b|\bterms of (?:use|service)\b|\bprivacy policy\b",
    re.IGNORECASE,
)
_READING_TIME = re.compile(r"^\d+\s*(?:-|\s)?(?:min|mins|minutes?)\.?(?:\s+read)?$", re.IGNORECASE)
# Photo credits: "… © Name/Getty Images", "(Photo Courtesy of Pool via Getty Images)".
_CREDIT = re.compile(
    r"\((?:photo|photograph|image|picture|file photo|credit)s?\b[^)]*\)\s*$|"
    r"^(?:photo|photograph|image|picture|credit|illustration|source)s?\s*(?:by|:)\s*\S|"
    r"\b(?:getty images|afp via getty|ap photo|reuters/|/reuters|shutterstock|istock|alamy|epa-efe)\b|"
    r"(?:photo|photograph|image|picture)s?(?: by| courtesy of| credit:?)\s+[A-Z][^.]{0,60}$",
    re.IGNORECASE,
)
# "Ryan Holt and Joe Lanza in Oslo", "By Anna Lind", "Anna Lind · Outlet", "Shanthi Rao·Marketwire".
_NAME = r"[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+|de|da|van|von|der|al|bin|le|la)){1,3}"
_BYLINE_BY = re.compile(r"^(?:written\s+|words\s+|reporting\s+)?by\s+(?:[A-Z]|the\b)", re.IGNORECASE)
_BYLINE_NAMES = re.compile(
    rf"^(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?:\s+in\s+[A-Z][\w .\-]+)?"
    r"(?:\s*[,|·•–—-]\s*(?P<tail>[A-Z][\w&'’.\- ]{1,60}))?$"
)
_DOT_BYLINE = re.compile(r"^(?P<names>[^·•]{3,80}?)\s*[·•]\s*(?P<tail>[^·•]{2,60})$")
_SECTION_SEP = re.compile(r"^[\w&' ]{2,30}(?:\s*[|/>›»]\s*[\w&' ]{2,30})+$")
# A wire dateline opening the first paragraph: "PORT AVEN, March 3 (Meridian Wire) - ".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,9}\.? \d{1,2}(?:,? \d{4})?))?\s*"
    r"(?:\((?P<wire>[^)]{2,40})\))?\s*[-–—]{1,2}\s+(?=\S)"
)
# "(Bloomberg) -- ", "(Capital Ledger) — " at the very start of the body.
_WIRE_OPEN = re.compile(r"^\((?P<wire>[A-Z][\w&'’. ]{1,40})\)\s*[-–—]{1,2}\s*")
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]]$")


def is_ui_line(line: str) -> bool:
    low = line.strip().lower().rstrip(":.!|")
    return low in _UI_LINES or bool(_UI_PREFIX.match(line.strip()))


def classify(line: str) -> str | None:
    """The furniture label of a whole line, or None when it may be story text."""
    s = line.strip()
    if not s:
        return None
    words = len(s.split())
    if is_ui_line(s):
        return "ui"
    if _READING_TIME.match(s):
        return "ui"
    if _COPYRIGHT.search(s) and (words <= 40 or s.lower().startswith(("copyright", "©"))):
        return "copyright"
    if _DISCLAIMER.search(s) and words <= 80:
        return "disclaimer"
    if _CREDIT.search(s) and words <= 60:
        return "caption"
    if dates.is_date_line(s):
        return "date"
    if is_byline(s):
        return "byline"
    return None


def is_byline(line: str) -> bool:
    s = _strip_md(line.strip())
    if len(s) > 120 or _TERMINAL.search(s) and not s.endswith("."):
        return False
    if _BYLINE_BY.match(s) and len(s.split()) <= 14 and not s.endswith("."):
        return True
    if _DOT_BYLINE.match(s) and len(s.split()) <= 12:
        return True
    m = _BYLINE_NAMES.match(s)
    if m and (" and " in m.group("names") or " in " in s or m.group("tail")):
        tail = (m.group("tail") or "").lower()
        # "Anna Lind, Staff Writer" / "Name and Name in City" / "Name, Outlet"
        return len(s.split()) <= 12 and not tail.startswith(("the ", "a ", "an ")) or _looks_outlet(m.group("tail"))
    return False


def _looks_outlet(tail: str | None) -> bool:
    return bool(tail) and tail[0].isupper() and len(tail.split()) <= 5


def _strip_md(line: str) -> str:
    return unwrap_markdown_inline(line).strip()


# --- paragraphs ----------------------------------------------------------------


def _blocks(text: str, fmt: str) -> list[str]:
    """Split text into candidate paragraphs, joining hard-wrapped lines."""
    raw_blocks = re.split(r"\n[ \t]*\n", text)
    multi_line = [b for b in raw_blocks if b.strip().count("\n") >= 1]
    out: list[str] = []
    for block in raw_blocks:
        lines = [ln.rstrip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if len(lines) > 1 and (_hard_wrapped(lines) or fmt == "markdown" and _md_continuation(lines)):
            out.append(" ".join(ln.strip() for ln in lines))
        else:
            out.extend(ln.strip() for ln in lines)
    del multi_line
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    # Text wrapped at ~70 columns: every line but the last is long and none is very long.
    body = lines[:-1]
    lengths = [len(ln) for ln in body]
    if not lengths or max(len(ln) for ln in lines) > 100:
        return False
    return min(lengths) >= 40 and sum(lengths) / len(lengths) >= 55


def _md_continuation(lines: list[str]) -> bool:
    # In markdown a single newline continues the paragraph, unless the lines are a list.
    return not any(_MD_BULLET.match(ln) or _MD_HEADING.match(ln) for ln in lines)


def clean(text: str, fmt: str = "text", html_meta: dict | None = None) -> Page:
    page = Page(body=[], html_meta=dict(html_meta or {}))
    blocks = _blocks(text, fmt)
    seen: set[str] = set()
    body: list[str] = []
    headings: set[int] = set()
    for block in blocks:
        is_heading = False
        m = _MD_HEADING.match(block)
        if m:
            block, is_heading = m.group(1), True
        if _MD_RULE.match(block) or _MD_LINK_DEF.match(block):
            continue
        block = _MD_QUOTE.sub("", block)
        block = _MD_BULLET.sub("", block) if _MD_BULLET.match(block) and fmt == "markdown" else block
        line = re.sub(r"\s+", " ", unwrap_markdown_inline(block)).strip()
        if not line or not re.search(r"\w", line):
            continue
        line, glued = dates.split_leading_date(line)
        if glued:
            page.furniture.append(("date", glued))
            if not line:
                continue
        label = classify(line)
        if label:
            page.furniture.append((label, line))
            continue
        key = re.sub(r"\W+", " ", line).strip().lower()
        if key in seen:
            continue  # a paragraph repeated verbatim, or a standfirst repeated as the lead
        seen.add(key)
        if is_heading:
            headings.add(len(body))
        body.append(line)
    _take_head(page, body, headings)
    _take_tail(page, body)
    _drop_captions_repeating_body(page, body)
    page.body = body
    return page


def _take_head(page: Page, body: list[str], headings: set[int]) -> None:
    """Headline (and a section label above it) from the top of the text."""
    title_from_html = page.html_meta.get("title")
    if title_from_html:
        return
    # Section labels: short lines ("Markets", "WORLD", "Technology | Chips") before the headline.
    while len(body) >= 2 and _is_section_label(body[0]) and _is_headline(body[1], 0 in headings or 1 in headings):
        page.furniture.append(("section", body.pop(0)))
        headings = {i - 1 for i in headings if i > 0}
    if body and _is_headline(body[0], 0 in headings) and len(body) > 1:
        page.furniture.insert(0, ("title", body.pop(0)))
    if body:
        m = _WIRE_OPEN.match(body[0]) or _DATELINE.match(body[0])
        if m and m.end() < len(body[0]):
            if m.groupdict().get("wire"):
                page.furniture.append(("wire", m.group("wire").strip()))
            if m.groupdict().get("date"):
                page.furniture.append(("dateline", m.group("date")))
            body[0] = body[0][m.end():]


def _is_section_label(line: str) -> bool:
    words = line.split()
    if _SECTION_SEP.match(line) and len(words) <= 6:
        return True
    return len(words) <= 3 and not _TERMINAL.search(line) and not any(c.isdigit() for c in line)


def _is_headline(line: str, is_heading: bool) -> bool:
    if is_heading:
        return True
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 220:
        return False
    # A headline does not end in a full stop; a first body paragraph does.
    return not line.endswith((".", ",", ";", ":", "…")) or line.endswith("?.")


def _take_tail(page: Page, body: list[str]) -> None:
    # A wire signature alone on the last line: "Reuters", "Meridian Wire".
    while body:
        last = body[-1]
        words = last.split()
        if len(words) <= 4 and not _TERMINAL.search(last) and all(w[:1].isupper() or w in {"&", "of"} for w in words):
            page.furniture.append(("signature", body.pop()))
            continue
        break


def _drop_captions_repeating_body(page: Page, body: list[str]) -> None:
    """Drop a body line that a credited caption repeats.

    Pastes give the caption twice, once bare and once with its credit:
    "China said it was evaluating a proposal." then "... proposal. (Photo Courtesy of Pool)".
    """
    keys = set()
    for cap in page.lines("caption"):
        core = _CREDIT_TAIL.sub("", cap).strip()
        keys.add(re.sub(r"\W+", " ", core).strip().lower())
    if not keys:
        return
    for i in range(len(body) - 1, -1, -1):
        if re.sub(r"\W+", " ", body[i]).strip().lower() in keys:
            page.furniture.append(("caption", body.pop(i)))


_CREDIT_TAIL = re.compile(
    r"\s*(?:\((?:photo|photograph|image|picture|credit)[^)]*\)|[©|]\s*[^©|]{2,80}|"
    r"(?:photo|photograph|image|picture)s?(?: by| courtesy of| credit:?)\s+[^.]{2,80})\s*$",
    re.IGNORECASE,
)
