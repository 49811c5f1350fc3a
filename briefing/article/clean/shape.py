"""The page's shape below the headline: promo lists, the tail after the story, repeats, bios, datelines."""

from __future__ import annotations

import re

import briefing.article.clean.vocab as vocab
from briefing import lexicon
from briefing.article import dates, outlet_names
from briefing.article.clean.bylines import (
    BY,
    DESK_WORDS,
    SENTENCE_END,
    TERMINAL,
    firm_byline,
    is_byline,
    looks_like_name,
    parse_byline,
    split_byline_date,
)
from briefing.article.clean.headline import candidate
from briefing.article.clean.lines import CREDIT_ONLY, CREDIT_TAIL, is_sentence
from briefing.article.clean.page import Line, Page, line_key, unlabelled
from briefing.article.clean.site_lines import is_agency_line, looks_like_outlet, source_line


def split_byline_and_date(line: Line, lines: list[Line]) -> None:
    parts = split_byline_date(line.text) if line.label == "byline" else None
    if parts:
        lines.append(Line(text=parts[1], label="date"))
        line.text = parts[0]
        if is_agency_line(line.text):
            line.label = "agency"  # "Kestrel Presse Agentur 9 March 2026 15:47 CET": the wire and the stamp, no writer

_BY_WIRE_DATED = re.compile(r"^(?P<by>[Bb]y\s+[^-–—|]{2,40}?)\s+[-–—]\s+(?P<stamp>\S.{5,80})$")
_STAMP_BY_WIRE = re.compile(r"^(?P<stamp>\S.{5,80}?)\s+(?P<by>[Bb]y:?\s+[A-Z][\w&. ]{1,30})$")
_DATE_THEN_SITE = re.compile(r"^(?P<date>\S.{5,80}?)\s*\((?P<site>[\w-]{2,40}(?:\.[\w-]{2,12}){1,3})\)$")


_DATE_THEN_WIRE = re.compile(r"^(?P<stamp>.{6,60}?)\s+[-–—]\s+(?P<wire>[A-Z][\w&. ]{1,30})$")


def split_date_and_source(line: Line, lines: list[Line]) -> None:
    """'Jan 7, 2025 09:50 AM IST | Source: kestrelnews.com', 'KNA / Updated: Mar 4, 2025, 18:20 IST':
    a timestamp beside the source or the wire is two labels; so is 'Updated: 2026-03-08 09:40 (kestrelnews.co.za)'."""
    bracketed = _DATE_THEN_SITE.match(line.text) if line.label is None and len(line.text) <= 120 else None
    if bracketed and dates.is_date_line(bracketed.group("date")) and outlet_names.is_domain(bracketed.group("site")):
        lines.append(Line(text=bracketed.group("site"), label="site"))
        line.text, line.label = bracketed.group("date"), "date"
        return
    wire_after = _DATE_THEN_WIRE.match(line.text) if line.label == "date" and len(line.text) <= 100 else None
    if wire_after and is_agency_line(wire_after.group("wire")) and dates.is_date_line(wire_after.group("stamp")):
        lines.append(Line(text=wire_after.group("wire"), label="agency"))  # "Friday, 25 July 2008 - Kestrapress"
        line.text = wire_after.group("stamp")
        return
    by_wire = _BY_WIRE_DATED.match(line.text) if line.label == "date" and len(line.text) <= 120 else None
    if by_wire and is_agency_line(by_wire.group("by")) and dates.is_date_line(by_wire.group("stamp")):
        # "By KNA - 9 March 2026 - 07:40": the wire's byline and the stamp, joined by dashes.
        lines.append(Line(text=by_wire.group("by"), label="agency"))
        line.text = by_wire.group("stamp")
        return
    by_after = _STAMP_BY_WIRE.match(line.text) if line.label == "date" and len(line.text) <= 120 else None
    if by_after and is_agency_line(by_after.group("by")) and dates.is_date_line(by_after.group("stamp")):
        # " date 2026-03-09 By KNA": the stamp and the wire's byline glued on one line.
        lines.append(Line(text=by_after.group("by"), label="agency"))
        line.text = by_after.group("stamp")
        return
    if line.label not in (None, "date", "caption", "nav") or len(line.text) > 160 or not re.search(r"[|·•]|\s/\s", line.text):
        return
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s+/\s+", line.text) if p.strip()]
    if line.label == "nav":
        # "Kessel, Norland / Fri, March 6, 2026 / 03:20 pm": the place, the day and the time, read as a menu.
        at = next((k for k, p in enumerate(parts) if dates.is_date_line(p) and re.search(r"\b(?:19|20)\d\d\b", p)), None)
        labels = [p for p in parts if all(w.lower().strip(",") in vocab.section_words() for w in p.split())]
        if at is not None and len(parts) <= 4 and not labels:  # "News | Sport | 9 March 2026" is a menu and its clock
            clock = parts[at + 1] if at + 1 < len(parts) and _clock_part(parts[at + 1]) else ""
            line.text, line.label = f"{parts[at]} {clock}".strip(), "date"
            if at == 1 and len(parts) <= 3 and looks_like_outlet(parts[0]):
                # "Kessel Times | March 2, 2026 | 11:51 am": the stamp, then the site that opens it (below the stamp,
                # so the line over the stamp stays the headline's neighbour)
                lines.append(Line(text=line.text, label="date"))
                line.text, line.label = parts[0], "dateline-site"
        return
    sources = [p for p in parts if source_line(p) or is_agency_line(p) or _desk(p) or outlet_names.is_domain(p)]
    # "Source: Xinhua | 2025-03-04 18:41:00 | Editor: Ivo Dane": the editor is furniture, not the date.
    editors = [p for p in parts if _EDITOR.match(p) and p not in sources]
    # "India News | Reported by Ada Linde, Edited by Ivo Dane | Updated: March 09, 2026 7:42 pm IST":
    # the section, the byline and the stamp.
    bylines = [p for p in parts if BY.match(p) and is_byline(p) and p not in sources]
    named = sources + editors + bylines
    first = min((parts.index(p) for p in named), default=0)
    sections = [p for p in parts[:first] if _SECTION_PART.match(p)]
    rest = " ".join(p for p in parts if p not in named and p not in sections)
    if named and rest and dates.is_date_line(rest):
        lines.extend(Line(text=p, label="section") for p in sections)
        # "TOI City Desk / KESTRELNEWS.COM / Updated: …": the desk, the site's address, the stamp.
        lines.extend(Line(text=p, label="source" if source_line(p) else "agency" if is_agency_line(p)
                          else "site" if outlet_names.is_domain(p) else "byline-desk") for p in sources)
        lines.extend(Line(text=p, label="byline") for p in bylines)
        lines.extend(Line(text=p, label="credit") for p in editors)
        line.text, line.label = rest, "date"


# A clock on its own between pipes, its zone after it: "11:51 am", "21:10 CET".
_CLOCK_PART = re.compile(r"\d{1,2}[:.]\d\d\s?(?:[ap]\.?m\.?)?(?:\s?(?P<zone>[A-Za-z]{2,5}))?", re.IGNORECASE)


def _clock_part(part: str) -> bool:
    m = _CLOCK_PART.fullmatch(part)
    return m is not None and (not m.group("zone") or dates.is_zone(m.group("zone")))


# A section's label before the byline on a stamp line: "India News", "World", "Business Desk".
_SECTION_PART = re.compile(r"^[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,2}$")


# A newsletter's or a paper's edition: "Issue 212", "No. 4,118", "Vol. 12", "Weekend Edition".
_EDITION = re.compile(r"^(?:(?:issue|edition|no\.?|vol\.?|volume|number)\s*#?\d[\d,]*|[\w-]+ edition)$", re.IGNORECASE)


# A magazine's issue line over the story: "From Kestrel Review, June 2026", "From the March 2026 issue".
_ISSUE = re.compile(
    r"^From\s+(?:(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}),\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2})"
    r"|the\s+(?P<issued>[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2})\s+(?:issue|edition|number))\.?$"
    # "Kestrel Review Magazine" over "June 2026 Issue": the issue alone, under the magazine's name.
    r"|^(?P<alone>[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2})\s+(?i:issue|edition)$")


def split_issue_line(line: Line, lines: list[Line]) -> None:
    """'From Kestrel Review, June 2026': the issue the story ran in dates it to the month."""
    m = _ISSUE.match(re.sub(r"\s+", " ", line.text.strip())) if line.label in (None, "ui") and len(line.text) <= 80 else None
    if m is None or line.label == "ui" and not m.group("alone"):
        return
    stamp = m.group("date") or m.group("issued") or m.group("alone")
    if stamp and dates.is_date_line(stamp):
        if m.group("name"):
            lines.append(Line(text=m.group("name"), label="issue"))
        above = lines[-1] if lines else None
        magazine = _MAGAZINE.match(above.text) if m.group("alone") and above and above.label in (None, "ui") else None
        if above and magazine:
            above.text, above.label = magazine.group("name"), "site"
        line.text, line.label = stamp, "date"


# "Kestrel Review Magazine": the magazine's name, two to five words, then the word itself.
_MAGAZINE = re.compile(r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){1,4})\s+magazine$", re.IGNORECASE)


def split_edition_date(line: Line, lines: list[Line]) -> None:
    """'THE MARROW WEEK | Issue 212 | Monday 9 March 2026': an edition's header gives the day it went out."""
    if line.label != "nav" or len(line.text) > 160:
        return
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*", line.text) if p.strip()]
    stamps = [p for p in parts if dates.is_date_line(p) and dates.find(p)]
    if len(stamps) == 1 and any(_EDITION.match(p) for p in parts):
        lines.append(Line(text=stamps[0], label="date"))


def _desk(part: str) -> bool:
    """'TOI Sports Desk', 'Web Desk', 'Staff Reporter': a newsroom's desk signing the story."""
    words = part.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and (
        words[-1].lower() in DESK_WORDS or part.lower() in ("staff reporter", "our correspondent"))


_EDITOR = re.compile(r"^(?:editor|edited by|editing by)\s*:?\s*[A-Z]", re.IGNORECASE)


_SIGNED = re.compile(r"^[—–-]{1,2}\s*(?P<who>\S.{2,30})$")


def mark_signed_notice(lines: list[Line]) -> None:
    """'The Kessel Wire's online service will be off on Friday …' signed '— The Editors' on the next line, over
    the headline, at the top of the page: the site's notice to its readers, not the story's start."""
    for k in range(1, min(5, len(lines) - 1)):
        m = _SIGNED.match(lines[k].text.strip())
        if not m or m.group("who").casefold().rstrip(".") not in lexicon.lower("notice_signatures"):
            continue
        above = [j for j in range(k) if not lines[j].label]
        if above and all(is_sentence(lines[j].text) for j in above) and candidate(lines[k + 1]):
            for j in (*above, k):
                lines[j].label = "notice"
        return


def mark_promo_lists(lines: list[Line]) -> None:
    """Under 'Read more', 'Related stories' or 'topics', the short lines are other stories or tags."""
    in_list = dated = False
    story = False  # a story sentence seen: the lists below it are not over the headline
    for i, line in enumerate(lines):
        story = story or not line.label and is_sentence(line.text)
        # "Trending" over three other stories' headlines is a list even at the top of the page or in the menu.
        listed = line.label == "promo-head" and _headlines_follow(lines, i)
        if line.label == "promo-head" and all(other.label for other in lines[:i]) and not listed:
            # "Latest News" opening a listing page: the section's name, then its first story.
            line.label = "section"
            continue
        if line.label == "promo-head" and _menu_item(lines, i) and not listed:
            line.label = "section"  # "Home / Latest / Business": a menu's item over the headline, not a list
            continue
        if line.label == "promo-head":
            in_list, dated = True, False
            continue
        if not in_list:
            continue
        if line.label == "date" and i > 0 and lines[i - 1].label == "promo":
            line.label, dated = "promo-date", True  # "Bridge plan unveiled" / "March 2, 2026": another story's day
            continue
        if line.label:
            continue  # "Sign up for our newsletter" between two lists
        if _teaser(line.text):
            line.label = "promo"  # "By Ada Linde The council met on Monday to ..." under "More stories"
            continue
        if line.heading or is_sentence(line.text) and not line.bullet or len(line.text.split()) > 25:
            in_list = False
            continue
        if not story and _heads_byline(lines, i, dates=not dated):
            in_list = False  # "Top Stories" over the menu, then this page's headline over its byline
            continue
        line.label = "promo"


def _headlines_follow(lines: list[Line], i: int) -> bool:
    """The next two lines are other stories' headlines (three words or more, not a sentence), not menu words;
    each may stand over its day ('Bridge plan unveiled' / 'March 2, 2026')."""
    at = [j for j in range(i + 1, min(i + 6, len(lines))) if lines[j].label != "date"][:2]
    nxt = [lines[j] for j in at]
    sizes = [len(line.text.split()) for line in nxt]
    if len(nxt) < 2 or not all(not line.label and not line.heading and not TERMINAL.search(line.text) for line in nxt):
        return False
    dated = any(lines[j].label == "date" for j in range(at[0] + 1, at[1]))
    # "Trending" / the headline / its byline is not a list.
    return min(sizes) >= 3 and (dated or max(sizes) >= 4 and not any(
        line.label in ("date", "byline") for line in lines[at[1] + 1: at[1] + 3]))


# What may stand between a headline and its byline besides a standfirst.
_UNDER_HEADLINE = ("ui", "section", "caption", "image", "newsletter", "role")


def _dated_item_follows(lines: list[Line], k: int) -> bool:
    """After the date at k, another short line over another date: 'Council sets budget' / 'February 20, 2026'."""
    nxt = lines[k + 1: k + 3]
    return (len(nxt) == 2 and not nxt[0].label and len(nxt[0].text.split()) <= 15 and not is_sentence(nxt[0].text)
            and nxt[1].label == "date")


def _heads_byline(lines: list[Line], i: int, dates: bool = True) -> bool:
    """A byline or a date under the line, past buttons and at most one standfirst longer than the line:
    the page's own headline, where a list over it ends. In a list whose stories stand over their days,
    only a byline."""
    deck = 0
    for k, other in enumerate(lines[i + 1: i + 8], start=i + 1):
        if other.label == "date" and not dates:
            return k + 1 < len(lines) and not lines[k + 1].label and is_sentence(lines[k + 1].text)  # the story begins
        if other.label == "date" and _dated_item_follows(lines, k):
            return False  # a list of stories, each over its day
        if other.label in ("byline", "date", "byline-desk", "wire-byline"):
            return True
        if not other.label and looks_like_name(other.text) and k + 1 < len(lines) and lines[k + 1].label == "date":
            return True  # "Ada Finch" alone under the headline, over the date
        if other.label in _UNDER_HEADLINE:
            continue
        if other.label or deck or len(other.text.split()) <= len(lines[i].text.split()):
            return False
        deck += 1
    return False


def take_from_line(lines: list[Line]) -> None:
    """'From:' alone on a line, then who issued the page ('Department for Rivers and The Rt Hon Ada Linde MP'),
    as a government site prints a release: the issuer, neither the headline nor the story."""
    for line, value in zip(lines, lines[1:]):
        if line.text.strip().casefold() in ("from:", "from") and not value.label and len(value.text.split()) <= 15 \
                and not SENTENCE_END.search(value.text):
            line.label, value.label = "ui", "publisher"


# An aggregator card's age: "2h", "45m", "1d", "3 hours ago".
_CARD_AGE = re.compile(r"^(?:\d{1,2}\s?(?:m|min|mins|h|hr|hrs|d)(?:\s+ago)?|\d{1,2}\s+(?:minutes?|hours?|days?)\s+ago)$", re.I)


def mark_card_lists(lines: list[Line]) -> None:
    """Other stories as an aggregator lists them, source, headline and age ('Marrow Record' / 'Water main
    break closes Fulton Street' / '2h'), two cards or more in a row: neither the site nor the headline."""
    ages = [i for i in range(2, len(lines)) if _CARD_AGE.match(lines[i].text.strip()) and _card(lines[i - 2], lines[i - 1])]
    run: list[int] = []
    for i in ages + [-1]:
        if run and i == run[-1] + 3:
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                for line in lines[j - 2: j + 1]:
                    line.label = "promo"
        run = [i]


def _card(source: Line, head: Line) -> bool:
    n = len(head.text.split())
    return (len(source.text.split()) <= 5 and not TERMINAL.search(source.text) and not _CARD_AGE.match(source.text.strip())
            and source.label in (None, "ui", "nav") and head.label is None and 3 <= n <= 25 and not TERMINAL.search(head.text))


def _menu_item(lines: list[Line], i: int) -> bool:
    """A list header with two short menu words right above it, before any story sentence."""
    if i < 1 or any(not line.label and is_sentence(line.text) for line in lines[:i]):
        return False
    # Two menu words above it, or one above and one below ("Mothership / Latest / News").
    around = lines[i - 2:i] if i >= 2 else lines[i - 1:i] + lines[i + 1:i + 2]
    return len(around) == 2 and all(len(line.text.split()) <= 3 and not TERMINAL.search(line.text) for line in around)


def _teaser(text: str) -> bool:
    """Another story's teaser in a promo list: it opens with a byline or is cut off with an ellipsis."""
    return bool(re.match(r"(?i)by\b:?\s", text)) or text.rstrip().endswith(("...", "…"))


# "(3) comments", "12 Comments", "Comments (4)": the count over a comment section.
_COMMENT_COUNT = re.compile(r"^\(?\d{1,6}\)?\s+comments?$|^comments?\s*\(\d{1,6}\)$", re.IGNORECASE)


def drop_comment_section(lines: list[Line]) -> None:
    """Below 'Welcome to the discussion.' or '(0) comments', once the story has begun, come readers' comments."""
    story = 0
    for i, line in enumerate(lines):
        if not line.label and is_sentence(line.text):
            story += 1
        low = line.text.casefold().strip().rstrip(".:")
        if story >= 2 and (low in lexicon.lower("comment_headers") or _COMMENT_COUNT.match(low)):
            for later in lines[i:]:
                # A commenter's name and the time of the comment are neither a byline nor the page's date.
                if not later.label or later.label in ("ui", "date", "byline"):
                    later.label = "comments"
            return


def keep_loose_bylines_in_story(lines: list[Line]) -> None:
    """Inside the story, 'Ada Lind, Kent Gov. Omar Reyes and Sen. Ivo Dane' is a list of names, not a byline.

    Only a byline no sentence would look like ('By ...', 'Name · Outlet', '... in Oslo'),
    or one beside a date line, is taken between the first and the last story sentence.
    """
    _keep_headline_of_names(lines)
    story = [i for i, line in enumerate(lines) if not line.label and is_sentence(line.text)]
    if len(story) < 2:
        return
    for i in range(story[0] + 1, story[-1]):
        line = lines[i]
        if line.label == "byline" and not firm_byline(line.text) and not _beside_dateline(lines, i) \
                and not _signed_under_deck(lines, story, i):
            line.label = None
    for i in range(story[0] + 1, len(lines)):
        beside = lines[i - 1].bullet or i + 1 < len(lines) and lines[i + 1].bullet
        if lines[i].label == "byline" and lines[i].bullet and beside:
            lines[i].label = None  # "• Ivo Dane, Harbour Lights" amid a list of records under the story: an item
    _keep_crossheads_of_names(lines, story)


def _signed_under_deck(lines: list[Line], story: list[int], i: int) -> bool:
    """'The briefing starts at noon.' then 'Ana Veer, Digital Journalist': one short sentence under the
    headline is its deck, and one writer with her role right under it signs the story."""
    parsed = parse_byline(lines[i].text)
    return (i == story[0] + 1 and len(lines[story[0]].text.split()) < 12 and parsed is not None
            and len(parsed[0]) == 1 and bool(parsed[1]) and bool(vocab.role_words().search(parsed[1] or "")))


def _keep_crossheads_of_names(lines: list[Line], story: list[int]) -> None:
    """'Ivo Dane and Rhea Holm' or 'Ivo Dane (Kestrel Rovers)' under the story's end, in a list story whose
    earlier sections open with a name alone ('Rhea Holm', 'Ada Lind (Marrow City)'): one more crosshead
    naming whom the section is about, not the writers, who sign no 'By' there."""
    for i in range(story[0] + 1, len(lines)):
        line = lines[i]
        if line.label != "byline" or BY.match(line.text) or _beside_dateline(lines, i):
            continue
        above = [lines[j].text for j in range(story[0] + 1, i) if not lines[j].label]
        # "Rhea Holm (Marrow City)", "RHEA HOLM - MARROW CITY and NORLAND": the name, then whom she plays for.
        if any(looks_like_name(re.sub(r"\s*\([^()]{1,40}\)$|\s[-–—]\s[^-–—]{1,60}$", "", text)) for text in above):
            line.label = None


def _keep_headline_of_names(lines: list[Line]) -> None:
    """'KAREN VOSS, IVO DANE SIGN NEW DEAL' opening the page is a headline with commas, not two authors.

    A loose byline (no 'By', no separator) on the first line of the page, or one whose 'name'
    runs to four capitalised words, is given back to the headline and the story.
    """
    first = next((i for i, line in enumerate(lines) if line.label not in ("ui", "nav", "date")), None)
    for i, line in enumerate(lines):
        if line.label != "byline" or firm_byline(line.text) or _beside_dateline(lines, i):
            continue
        parsed = parse_byline(line.text)
        long_name = parsed and any(sum(w[:1].isupper() for w in n.split()) >= 4 for n in parsed[0])
        if i == first or long_name:
            line.label = None


def _beside_dateline(lines: list[Line], i: int) -> bool:
    return any(0 <= j < len(lines) and lines[j].label == "date" for j in (i - 1, i + 1))

def take_tail(page: Page, lines: list[Line]) -> None:
    """After the last story sentence: a wire signature ('Reuters'), or promos and ads to drop."""
    free = unlabelled(lines)
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


_ABOUT_AUTHOR = re.compile(r"^(?:about|more about|meet) the (?:author|writer|reporter)\s*:?$", re.IGNORECASE)


def take_author_box(lines: list[Line]) -> None:
    """'About the Author' / 'Ada Linde' / 'Ada Linde, founder of …': the writer's box under the story names the
    byline when the top of the page gave none; her bio under the name is not the story."""
    if any(line.label == "byline" for line in lines):
        return
    for i in range(len(lines) - 1):
        if lines[i].label not in (None, "ui") or not _ABOUT_AUTHOR.match(lines[i].text.strip()):
            continue
        name = lines[i + 1]
        if name.label or not looks_like_name(name.text):
            return
        lines[i].label, name.label = "ui", "byline"
        bio = lines[i + 2] if i + 2 < len(lines) else None
        if bio is not None and not bio.label and bio.text.startswith((name.text, name.text.split()[-1] + " ")):
            bio.label = "bio"
        return
    # With no heading: 'Ada Linde' alone near the end, over 'Ada is the Kestrel Post's health editor. …'.
    for i in range(max(0, len(lines) - 10), len(lines) - 1):
        name, bio = lines[i], lines[i + 1]
        if name.label or bio.label or not looks_like_name(name.text):
            continue
        forms = (name.text + " ", name.text.split()[0] + " ", name.text.split()[-1] + " ")
        if bio.text.strip().casefold() == "about " + name.text.strip().casefold():
            name.label, bio.label = "byline", "ui"  # "Ada Linde" over "About Ada Linde": the box's heading names her
            return
        if bio.text.startswith(forms) and _JOURNALIST_BIO.match(bio.text.split(" ", 1)[1]):
            name.label, bio.label = "byline", "bio"
            return
    _take_signed_bio(lines)


# A writer's note under the story that opens on the writer's name and the trade: "Ada Linde covers shipping
# for …", "Ada Linde is a reporter at …", "Ada Linde is the Kestrel Post's health editor".
_TRADE = r"(?:editor|reporter|correspondent|writer|journalist|columnist|contributor|producer)"
_SIGNED_BIO = re.compile(
    rf"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,2}}) (?:covers\b|(?:is|was) (?:a|an|the)\b[^.]{{0,40}}?\b{_TRADE}s?\b)")
# A note that reports what someone said is the story's, not the writer's.
_SAYS = re.compile(r"\b(?:says|said|told|added)\b|[\"“”]")


def _take_signed_bio(lines: list[Line]) -> None:
    """With no byline anywhere, the writer's note among the last lines names the writer: a name that
    opens the note with the trade's words, and that the page names nowhere else, not even by surname."""
    # (a note that asks the reader to follow the writer may already be read as a sign-up prompt)
    for i in [k for k, line in enumerate(lines) if line.label in (None, "tail", "newsletter")][-4:]:
        text = lines[i].text
        m = _SIGNED_BIO.match(text)
        if not m or len(text.split()) > 60 or not looks_like_name(m.group("name")) or _SAYS.search(text):
            continue
        name = m.group("name")
        surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
        if any(surname.search(line.text) for k, line in enumerate(lines) if k != i):
            continue  # the story's own subject, described at its end
        lines[i].label = "bio"
        lines.insert(i, Line(text=name, label="byline"))
        return


# What a writer's note says of the writer: "… is the Kestrel Post's executive editor for news".
_JOURNALIST_BIO = re.compile(rf"(?:[A-Z][\w'’-]+\s+)?(?:is|was)\s+(?:a|an|the)?\s*[^.]{{0,60}}?\b{_TRADE}\b")


_AND_NAME = re.compile(r"^(?:and|&)\s+(?P<name>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3})$")


def join_byline_continuation(lines: list[Line]) -> None:
    """'By Ada Linde' over 'and Ivo Dane': the second writer, on a line of his own."""
    for line, nxt in zip(lines, lines[1:]):
        m = _AND_NAME.match(nxt.text.strip()) if line.label == "byline" and nxt.label in (None, "ui") else None
        if m and looks_like_name(m.group("name")):
            line.text = f"{line.text} and {m.group('name')}"
            nxt.label = "ui"


def drop_author_bio(lines: list[Line]) -> None:
    """'Anna Lind is a correspondent covering shipping.' under the story is about the writer, not the news."""
    names = []
    for line in lines:
        if line.label == "byline":
            parsed = parse_byline(line.text)
            names.extend(parsed[0] if parsed else [line.text])
    if not names:
        return
    forms = {n for name in names for n in (name, name.split()[-1])}
    free = unlabelled(lines)
    for i in free[-3:]:
        text = lines[i].text
        for form in forms:
            if text.startswith(form + " ") and _BIO_VERB.match(text[len(form) + 1:]) and len(text.split()) <= 60:
                lines[i].label = "bio"
                break


_BIO_VERB = re.compile(r"(?:is|was|covers|reports|writes|has (?:been|covered|reported|written))\b")


def _ends_sentence(text: str) -> bool:
    """'The cause is under investigation.', 'What if?': a short sentence still ends the story."""
    return len(text.split()) >= 2 and bool(SENTENCE_END.search(text))


def _looks_signature(text: str) -> bool:
    """'Reuters', 'Tidewater Wire', 'Meridian Wire': a short name alone under the story."""
    text = text.strip("()— -")
    words = text.split()
    if not 1 <= len(words) <= 4 or TERMINAL.search(text):
        return False
    return all(w[:1].isupper() or w.lower() in {"&", "of", "the"} for w in words)


def drop_repeats(page: Page, lines: list[Line]) -> None:
    """A paragraph repeated verbatim is kept once (a standfirst repeated as the lead, a pasted block twice)."""
    seen: set[str] = set()
    prev_key = None
    for line in lines:
        if line.label:
            continue
        key = line_key(line.text)
        if key in seen and (len(key.split()) >= 8 or key == prev_key):
            line.label = "repeat"
        seen.add(key)
        prev_key = key


def mark_captions_over_credits(lines: list[Line]) -> None:
    """'Ferries at the quay' over '(Photo: Kestrel News)', printed so twice: a short line, no sentence, over a
    credit alone on its line each time it appears is the picture's caption, never the headline or the story.
    (A headline over its photo's credit appears once.)"""
    over = [line for line, under in zip(lines, lines[1:])
            if not line.label and under.label == "caption" and CREDIT_ONLY.match(under.text.strip())
            and len(line.text.split()) <= 12 and not is_sentence(line.text)]
    for line in over:
        if sum(line_key(other.text) == line_key(line.text) for other in over) >= 2:
            line.label = "caption"


def drop_captions_repeating_body(lines: list[Line]) -> None:
    """Drop a body line that a credited caption repeats.

    Pastes give the caption twice, once bare and once with its credit:
    "<caption>." then "<caption>. (Photo Courtesy of Kestrel Images)".
    """
    keys = set()
    for line in lines:
        if line.label == "caption":
            # "caption: Ducks on the pond." as a player labels it, then the same caption bare.
            core = CREDIT_TAIL.sub("", re.sub(r"(?i)^(?:photo\s+)?caption\s*:\s*", "", line.text)).strip()
            if len(core.split()) >= 3:
                keys.add(line_key(core))
    if not keys:
        return
    for line in lines:
        if not line.label and line_key(line.text) in keys:
            line.label = "caption"


# A feed mirror's own furniture beside its "Channel: …" header: the item counter and the browse links.
_MIRROR_FURNITURE = re.compile(r"^(?:viewing all [\d,]{1,9} (?:articles|posts|items|entries)|browse latest)\b", re.I)


def keep_channel_lines_in_story(lines: list[Line]) -> None:
    """'Channel: Kessel TV 4' under a story sentence, on a page with no feed mirror's counter or browse links,
    is the story's own listing (a match's or a show's), not the mirror's header naming the site."""
    if any(_MIRROR_FURNITURE.match(line.text.strip()) for line in lines):
        return
    seen_story = False
    for line in lines:
        if line.label == "feed" and seen_story:
            line.label = None
        seen_story = seen_story or not line.label and is_sentence(line.text)
