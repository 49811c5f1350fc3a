"""The top of the page: headline, masthead, section labels and loose bylines above the story."""

from __future__ import annotations

import re

import briefing.article.clean.headline as headline
import briefing.article.clean.vocab as vocab
from briefing import lexicon
from briefing.article import dates, outlet_names
from briefing.article.clean.bylines import BY, TERMINAL, looks_like_name
from briefing.article.clean.lines import NAV_SPLIT, READING_TIME, given_name_first, is_section_pair, is_sentence, quoted
from briefing.article.clean.page import Line, Page, line_key, unlabelled
from briefing.article.clean.page_title import headline_with_suffix, page_title_site
from briefing.article.clean.site_lines import looks_like_outlet


def take_head(page: Page, lines: list[Line]) -> None:
    """Headline, and the masthead and section labels above it, from the top of the page."""
    _take_name_by_marker(lines)
    _split_today_bar(page, lines)
    _free_headline_read_as_byline(lines)
    _take_cut_teaser(lines)
    _take_crumb_ending_with_headline(lines)
    _unglue_headline_from_lead(lines)
    _take_gallery_headline(lines)
    _take_dated_title(lines)
    free = unlabelled(lines)
    first_story = headline.story_start(lines, free)
    # "Headline | Section | Site" looks like a menu, but it is the headline with the site's suffix.
    suffixed = [i for i in range(min(first_story, len(lines))) if lines[i].label == "nav" and headline_with_suffix(lines[i].text)]
    head = sorted([i for i in free if i < first_story] + suffixed)
    _take_byline_outlet(lines, head)
    _take_breadcrumb_of_headline(lines, head)
    html_title = page.html_meta.get("title")
    title_at = None
    if html_title:
        key = line_key(html_title)
        for i in free:
            if line_key(lines[i].text) == key:
                lines[i].label = "title"  # trafilatura or the paste repeats the headline
        head = [i for i in head if not lines[i].label]
    else:
        title_at = _under_page_title(lines, first_story)
        if title_at is None:
            title_at = headline.choose(lines, head, free, first_story)
        if title_at is None:
            title_at = _video_headline(lines, first_story)
        if title_at is None:
            title_at = _short_headline(lines, first_story)
        if title_at is None:
            title_at = _short_over_byline(lines, first_story)
        title_at = _short_over_lede(lines, head, first_story, title_at)
        if title_at is not None:
            lines[title_at].label = "title"
            # The same headline again further down ("Most viewed: 1. <this story>").
            key = line_key(lines[title_at].text)
            for i in free:
                if i != title_at and not lines[i].label and line_key(lines[i].text) == key:
                    lines[i].label = "title-repeat"
            _take_name_by_stamp(lines, title_at)
            _take_bulleted_byline(lines, title_at)
            _take_lone_byline(lines, title_at, first_story)
    _take_masthead(page, lines, title_at)
    _take_capitals_name_under_deck(lines)
    _take_header_clock(lines, title_at)
    for i in head:
        _label_head_line(lines, i, title_at)


def _take_name_by_marker(lines: list[Line]) -> None:
    """' date 2026-03-09 Ada Finch': the name after the page's date marker is the byline, unless the story
    speaks of her (then she is its subject, a tag)."""
    story = " ".join(line.text for line in lines if not line.label).casefold()
    for line in lines:
        if line.label == "name-by-stamp":
            surnames = line.text.split(",")[0].split()[1:]  # "Ada Finch, Abuja": the place she files from is no tag
            named = any(re.search(r"\b" + re.escape(w.casefold()) + r"\b", story) for w in surnames)
            line.label = "section" if named else "byline"


def _free_headline_read_as_byline(lines: list[Line]) -> None:
    """'Marrow Party in Dilemma, Says Chief' printed three times over the story reads as two names, but a byline
    is not printed again and again at the top (a writer's name, 'Ana Veer, Kessel Post', may be): the line is the headline."""
    top = lines[:15]
    for line in top:
        if line.label != "byline" or BY.match(line.text) or looks_like_name(line.text):
            continue
        key = line_key(line.text)
        parts = [part.split() for part in line.text.split(",")]
        given = any(words and words[0].casefold() in vocab.given_names() for words in parts)  # "Ana Veer, Kessel Post"
        given = given or len(parts) > 1 and looks_like_name(" ".join(parts[0])) \
            and all(looks_like_outlet(" ".join(words)) for words in parts[1:])  # "Oskar Lind, Marrow Post"
        # "Home News Region Three Held, Boats Seized": a crumb trail glued to a copy of the line is a copy too.
        copies = sum(line_key(other.text) == key or _glued_crumb(other.text, line.text) for other in top)
        repeated = copies >= 2 and not given
        if repeated:
            for other in top:
                if other.label == "byline" and line_key(other.text) == key:
                    other.label = None


def _glued_crumb(text: str, head: str) -> bool:
    """'Home News Region Three Held, Boats Seized' ends with 'Three Held, Boats Seized' after a few crumbs."""
    head = head.strip()
    return len(head.split()) >= 4 and text.endswith(head) and 2 <= len(text[: -len(head)].split()) <= 10


def _take_header_clock(lines: list[Line], title_at: int | None) -> None:
    """'9 Mar 2026 17:53' over the site's whole menu (eight items or more) and then the headline: the portal's
    clock, the day the page was copied, not the story's date."""
    if title_at is None:
        return
    for i in range(title_at):
        if lines[i].label == "date":
            menu = sum(1 for line in lines[i + 1: title_at] if line.label in ("ui", "nav", "section") or line.bullet)
            if menu >= 8:
                lines[i].label = "clock"


_ROLE_ENDS = frozenset({"editor", "reporter", "correspondent", "writer", "columnist"})


def _under_page_title(lines: list[Line], stop: int) -> int | None:
    """'Dry Spell | Kestrel Review' over 'Dry Spell': the page's <title> with the site's name, then the
    headline alone, however short it is. The title line is labelled 'page-title' (never a byline)."""
    for i in range(min(stop, len(lines), 12)):
        if lines[i].label not in (None, "byline", "nav", "tagline") or len(lines[i].text) > 260:
            continue
        for j in range(i + 1, min(i + 6, stop, len(lines))):
            titled = page_title_site(lines[i].text, lines[j].text) or _title_chain(lines[i].text, lines[j].text)
            # a headline with a comma may read as "Name in Place, Outlet"; the page's title shows it is the headline
            taken = lines[j].label in (None, "ui") or lines[j].label == "byline" and j == i + 1 \
                and len(lines[j].text.split()) >= 5 and lines[j].text.rstrip(".").split()[-1].lower() not in _ROLE_ENDS
            if taken and titled and not given_name_first(lines[j].text):
                lines[i].label = "page-title"
                lines[j].label = None
                return j
    return None


def _take_gallery_headline(lines: list[Line]) -> None:
    """'Photos: Floods sweep away the Kessel footbridge' opening the page reads like a picture's credit, but it
    heads a photo story: it stays a candidate for the headline (a credit names who took the picture)."""
    for line in lines[:3]:
        label, _, rest = line.text.partition(":")
        if (line.label == "caption" and label.strip().casefold() in lexicon.lower("gallery_prefixes")
                and len(rest.split()) >= 3 and rest.split()[0].casefold() not in vocab.given_names() and not re.search(r"[/©]", rest)):
            line.label = None
            return
        if line.label not in ("ui", "section", "masthead", "date") and len(line.text.split()) > 3:
            return  # past a menu's short items, the page opens with something else


def _take_dated_title(lines: list[Line]) -> None:
    """'Harbour Digest 9 March 2026' over 'March 9, 2026 • 4 min read': a title that names its day reads like a
    stamp, but the stamp under it is the page's own; words before the day with no label or mark make it a title."""
    for i in range(min(5, len(lines) - 1)):
        line = lines[i]
        day = dates.date_words(line.text) if line.label == "date" and lines[i + 1].label == "date" else None
        before = line.text[: line.text.find(day)].split() if day and line.text.endswith(day) else []
        if (len(before) >= 2 and all(re.fullmatch(r"[A-Z][\w'’-]*", w) for w in before)
                and not dates.opens_with_stamp_label(line.text) and not outlet_names.canonical(" ".join(before))):
            line.label = None
            return


def _title_chain(text: str, head: str) -> bool:
    """'Dry Spell | Farming | News from the valley | KR | 09.03.2026' over 'Dry Spell': the page's <title>
    strings the section, the site's tagline, its name and the day after the headline, two parts or more."""
    rest = text[len(head):] if line_key(head) and text.startswith(head) and len(head.split()) >= 3 else ""
    parts = [p.strip() for p in rest.split("|")]
    return len(parts) >= 3 and parts[0] == "" and all(p and len(p.split()) <= 8 for p in parts[1:])


def _unglue_headline_from_lead(lines: list[Line]) -> None:
    """'Kiln Street bakery wins the county prize' over 'Kiln Street bakery wins the county prizeThe bakery on …':
    the paste glued the headline, printed again, to the story's first words. The story keeps its own."""
    for i, line in enumerate(lines[:15]):
        words = line.text.split()
        if line.label or not 4 <= len(words) <= 30 or TERMINAL.search(line.text):
            continue
        for other in lines[i + 1: i + 5]:
            rest = other.text[len(line.text):] if other.text.startswith(line.text) else ""
            if len(rest) > 40 and re.match(r"[A-Z“\"‘']", rest):
                other.text = rest
                return


def _take_crumb_ending_with_headline(lines: list[Line]) -> None:
    """'Home World Europe — Trams return to Kessel after a year' over 'Trams return to Kessel after a year': a
    trail of crumbs that ends with the headline printed under it."""
    for i, line in enumerate(lines[:15]):
        if line.label:
            continue
        for other in lines[i + 1: i + 4]:
            head = other.text.strip()
            before = line.text[: -len(head)].split() if head and line.text.endswith(head) else []
            if not other.label and len(head.split()) >= 4 and 2 <= len(before) <= 10:
                line.label = "breadcrumb"
                break


def _take_cut_teaser(lines: list[Line]) -> None:
    """'Home News Kiln Street bakery wins the county prize for its...' over 'Kiln Street bakery wins the county
    prize for its rye loaf': a crumb or a teaser that cuts the headline short is no lead sentence."""
    for i, line in enumerate(lines[:15]):
        text = line.text.rstrip()
        if line.label or not text.endswith(("...", "…")):
            continue
        words = text.rstrip(".… ").split()[-6:]
        if len(words) < 5:
            continue
        key = " ".join(words).casefold()
        fuller = [other for other in lines[i + 1: i + 6] if key in other.text.casefold()
                  and not other.text.rstrip().endswith(("...", "…"))]
        if fuller:
            line.label = "breadcrumb"
            if fuller[0].label == "promo" and fuller[0].text.casefold().startswith(text.rstrip(".… ").casefold()):
                fuller[0].label = None  # under "Trending:", the page's own headline that the cut title began


def _take_breadcrumb_of_headline(lines: list[Line], head: list[int]) -> None:
    """'Home › News › Kiln Street bakery wins again' over 'Kiln Street bakery wins again': the breadcrumb
    ends with the headline, which the page prints again under it."""
    for i in head:
        parts = NAV_SPLIT.split(lines[i].text) if not lines[i].label and len(lines[i].text) <= 300 else []
        if len(parts) < 2 or len(parts[-1].split()) < 3:
            continue
        key = line_key(parts[-1])
        if any(line_key(lines[j].text) == key and not lines[j].label for j in head if i < j <= i + 3):
            lines[i].label = "breadcrumb"


# "Marrow Broadcasting, Kestrel Bay" under "By Ada Linde": the reporter's outlet and town.
_PLACE = re.compile(r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}$")


def _take_byline_outlet(lines: list[Line], head: list[int]) -> None:
    """The outlet printed under a byline is not a headline (nor story): it names the site."""
    for i in head:
        above = lines[i - 1] if i > 0 else None
        lone = above is not None and not above.label and looks_like_name(above.text)  # "Ada Linde" / "KBC News, Kestrel"
        role = above is not None and _role_alone(above)  # "Staff Writer" / "Kessel Daily Ledger": a byline with no name
        if above is None or above.label != "byline" and not lone and not role or lines[i].label:
            continue
        name, _, place = lines[i].text.partition(",")
        words = name.split()
        if (1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in words)
                and looks_like_outlet(name) and not vocab.role_words().search(name)
                and (not place or _PLACE.match(place.strip()))):
            lines[i].label = "byline-outlet"
            above.label = "role" if role else "byline"


def _role_alone(line: Line) -> bool:
    """A journalist's role on its own line, with no name: "Staff Writer", "Senior Correspondent"."""
    text = line.text.strip()
    return (line.label in (None, "role") and len(text.split()) <= 4 and not looks_like_name(text)
            and bool(vocab.role_words().search(text)) and not TERMINAL.search(text))


def _label_head_line(lines: list[Line], i: int, title_at: int | None) -> None:
    line = lines[i]
    if line.label:
        return
    n = len(line.text.split())
    if title_at is not None and i > title_at and headline.caption_marked(line.text):
        line.label = "caption"  # "File photo: a harbour guard" over the story is no part of it (a lead that lost
        # its last full stop looks like a long alt text, and stays)
    elif title_at is not None and i < title_at:
        # Above the headline: masthead, menu, section labels, taglines.
        line.label = "section" if n <= 4 else "tagline"
    elif looks_like_name(line.text) and _beside_byline_furniture(lines, i):
        line.label = "byline"  # "Sabine Reid" alone on a line, over or under the date or a role
    elif n <= 3 and not TERMINAL.search(line.text) and not line.heading and not quoted(line.text):
        # Between headline and story: "Profile Image", "142 comments", "Facebook", a lone section label.
        line.label = "section" if title_at is None else "ui"
    elif is_section_pair(line.text) and (title_at is None or i < title_at):
        line.label = "section"


def _take_capitals_name_under_deck(lines: list[Line]) -> None:
    """'ADA FINCH' alone on the line under the page's first paragraph, the headline missing: the byline set in
    capitals over the story (a name the story goes on to speak of is its subject instead)."""
    if any(line.label in ("byline", "byline-desk") for line in lines):
        return
    free = unlabelled(lines)[:3]
    for i in free[1:3]:
        text = lines[i].text.strip()
        if text.isupper() and 2 <= len(text.split()) <= 3 and looks_like_name(text) and i - 1 in free:
            story = " ".join(line.text for line in lines[i + 1:] if not line.label).casefold()
            if not any(re.search(r"\b" + re.escape(w.casefold()) + r"\b", story) for w in text.split()):
                lines[i].label = "byline"
            return


def _take_bulleted_byline(lines: list[Line], title_at: int) -> None:
    """'• adafinch' / '• Mar 9' / '• 4 min read' under the headline: a blog's post header lists its writer (a
    name, or the one-word handle she signs with), the day and the reading time as one row of items."""
    row = lines[title_at + 1: title_at + 4]
    if len(row) < 3 or not all(line.bullet for line in row) or not any(READING_TIME.match(line.text) for line in row[1:]):
        return
    name = row[0]
    handle = re.fullmatch(r"[^\W\d_][\w.]{2,30}", name.text.strip()) and name.text.strip().casefold() not in vocab.ui_lines()
    if name.label in (None, "ui") and (looks_like_name(name.text) or handle) and not READING_TIME.match(name.text):
        name.label = "byline"


def _take_lone_byline(lines: list[Line], title_at: int, stop: int) -> None:
    """A name alone on the line over the headline, under it, under its standfirst or under a photo's caption is the
    byline."""
    if any(line.label == "byline" for line in lines[:stop]):
        return
    story = " ".join(line.text for line in lines[stop:] if not line.label).casefold()
    # "Ada Finch" under the photo's caption, past the standfirst: the caption is the last thing over the story.
    captioned = [j for j in range(title_at + 2, min(title_at + 6, len(lines) - 1)) if lines[j - 1].label == "caption"
                 and not lines[j + 1].label and is_sentence(lines[j + 1].text)]
    for j in (title_at - 1, title_at + 1, title_at + 2, *captioned):
        if not 0 <= j < (len(lines) if j in captioned else min(stop, len(lines))) or lines[j].label or not looks_like_name(lines[j].text):
            continue
        if j in captioned:
            story = " ".join(line.text for line in lines[j + 1:] if not line.label).casefold()
        if j == title_at + 2 and j not in captioned and (lines[j - 1].label or is_sentence(lines[j - 1].text)):
            continue  # two lines down only past a standfirst
        if any(re.search(r"\b" + re.escape(w.casefold()) + r"\b", story) for w in lines[j].text.split()):
            continue  # "Marrow Floods" under the headline is a caption: the story speaks of it
        lines[j].label = "byline"
        return


def _short_headline(lines: list[Line], stop: int) -> int | None:
    """'Centuries of Runs' between the byline's stamp and the story (or its one standfirst), with no other
    headline on the page: a headline of two or three words (not a name, a site's name or a section label)."""
    free = [k for k in range(1, min(stop, len(lines))) if not lines[k].label]
    under = [k for k in free if lines[k - 1].label in ("date", "byline")]
    if not under or len([k for k in free if k > under[-1]]) > 1:
        return None
    i = under[-1]
    if any(len(lines[k].text.split()) < 12 for k in free if k > i):
        return None  # only a standfirst between it and the story
    return i if _short_enough(lines[i].text) else None


def _short_over_byline(lines: list[Line], stop: int) -> int | None:
    """'Pier reopens' over 'By Ada Finch' (or over its stamp) and then the story, with no other headline on the
    page: a headline of two or three words over a signed byline or a date."""
    # (a sidebar's bulleted links above it, or a round-up's first lead-in ending in a colon under it, aside)
    free = [k for k in range(min(stop, len(lines))) if not lines[k].label and not lines[k].bullet and not _lead_in(lines[k].text)]
    if len(free) != 1 or free[0] + 1 >= len(lines):
        return None
    i = free[0]
    below = lines[i + 1]
    signed = below.label == "byline" and BY.match(below.text) or below.label == "date"  # "Rural round-up" over its day
    if not signed or not all(j == i + 1 or lines[j].label or _lead_in(lines[j].text) for j in range(i + 1, stop)):
        return None
    return i if _short_enough(lines[i].text) else None


def _short_over_lede(lines: list[Line], head: list[int], stop: int, title_at: int | None) -> int | None:
    """'Harbour Notes' right over a long first paragraph, under an ad's or a section's label, is the headline
    when nothing else is one, or when the line taken for it is only the site's name above."""
    if not head or head[-1] != stop - 1 or stop >= len(lines) or head[-1] == 0:
        return title_at
    i = head[-1]
    text, words = lines[i].text, lines[i].text.split()
    if (not 2 <= len(words) <= 3 or not words[0][:1].isupper() or TERMINAL.search(text) or any(c.isdigit() for c in text)
            or looks_like_name(text) or outlet_names.canonical(text) or all(w.lower() in vocab.section_words() for w in words)):
        return title_at
    above = lines[i - 1]
    label = above.label is None and 1 <= len(above.text.split()) <= 3 \
        and all(w.lower() in vocab.section_words() for w in above.text.split())  # "world" over it
    if not (above.label == "ui" or label) or len(lines[stop].text.split()) < 25:
        return title_at  # under furniture only, over a story's full first paragraph
    if title_at is None and all(k == i for k in head):
        return i
    if title_at is not None and title_at < i - 1 and looks_like_outlet(lines[title_at].text):
        return i
    return title_at


def _lead_in(text: str) -> bool:
    """'Beef prices climb again:': a round-up's item heading, ending in a colon over the item."""
    return text.rstrip().endswith(":") and not TERMINAL.search(text.rstrip()[:-1])


def _short_enough(text: str) -> bool:
    """Two or three words that are no name, no site's name, no section label and no byline ('By Opta'),
    with no figures or stop."""
    words = text.split()
    return (2 <= len(words) <= 3 and words[0][:1].isupper() and not BY.match(text) and not TERMINAL.search(text) and not any(c.isdigit() for c in text)
            and not looks_like_name(text) and not looks_like_outlet(text) and not all(w.lower() in vocab.section_words() for w in words))


_VIDEO = re.compile(r"^(?:watch|video|listen)\s*:\s*(?P<rest>\S.{10,200})$", re.IGNORECASE)


def _video_headline(lines: list[Line], stop: int) -> int | None:
    """'Watch: Floods sweep away footbridge' opening a video page with no other headline is its headline
    (under another headline it is a player's link, and stays furniture)."""
    for i in range(min(2, stop, len(lines))):
        m = _VIDEO.match(lines[i].text)
        if lines[i].label == "ui" and m and len(m.group("rest").split()) >= 4 and not TERMINAL.search(lines[i].text):
            return i
    return None


def _take_name_by_stamp(lines: list[Line], title_at: int) -> None:
    """A name alone on a line next to the date or a role line, just under the headline and its
    standfirst, is the byline, even where the standfirst is long enough to look like the story."""
    if any(line.label == "byline" for line in lines[: title_at + 8]):
        return
    for j in range(title_at + 1, min(title_at + 6, len(lines))):
        if not lines[j].label and looks_like_name(lines[j].text) and _beside_byline_furniture(lines, j):
            lines[j].label = "byline"
            if j - 1 > title_at and not lines[j - 1].label and looks_like_name(lines[j - 1].text):
                lines[j - 1].label = "byline"  # two writers, one a line: "Ada Linde" / "Ivo Dane" / "March 9, 2026"
            return


def _beside_byline_furniture(lines: list[Line], i: int) -> bool:
    """A lone name next to a date line, a role line ("Senior Reporter") or an author photo ("Profile Image")."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines):
            continue
        other = lines[j]
        if other.label == "date":
            return True
        if other.text.lower() in ("profile image", "author image", "avatar", "follow") or READING_TIME.match(other.text):
            return True  # a reader view's "Ada Linde" over "5–6 minutes"
        if len(other.text.split()) <= 5 and vocab.role_words().search(other.text) and not TERMINAL.search(other.text):
            if not other.label or other.label == "ui":
                other.label = "role"
            return True
    return False


def _split_today_bar(page: Page, lines: list[Line]) -> None:
    """'The Kessel Courier 9 June 2026, Sunday' on top of the page: the masthead with the site's today bar glued
    on. The name stays for the masthead; the day is the day the page was opened (a clock), not the story's."""
    top = next((line for line in lines if line.label not in ("ui", "url", "promo-head")), None)
    m = dates.find(top.text) if top is not None and top.label is None and len(top.text) <= 80 else None
    if top is None or m is None or not m.group("abs") or m.start() == 0:
        return
    name, tail = top.text[: m.start()].strip(" |·•-–—,"), top.text[m.end():].strip(" ,|")
    if tail and not dates.WEEKDAY_WORD.fullmatch(tail) or len(name.split()) > 5 or not looks_like_outlet(name):
        return
    # With no stamp of its own, the page has only this day to go by.
    page.furniture.append(("clock" if any(line.label == "date" for line in lines) else "date", top.text[m.start():].strip()))
    top.text = name


def _take_masthead(page: Page, lines: list[Line], title_at: int | None) -> None:
    """The outlet's name at the very top ('Brackwater Gazette', 'HANDSET DAILY', a menu's first item)."""
    if title_at is None:
        return
    for line in lines[:title_at]:
        if line.label in ("ui", "promo-head") and line.text.strip().casefold() in ("home", "homepage", "home page"):
            return  # "Home / Visayas / Nation": the menu's first item after "Home" is a section, not the masthead
        if line.label in ("ui", "promo-head", "url"):
            continue
        if line.label == "nav" or line.label is None and is_section_pair(line.text):
            parts = NAV_SPLIT.split(line.text)
            first = parts[0].strip()
            # A menu pasted with no separators ("Home News Politics Sports") names no site.
            if len(parts) > 1 and first.lower() not in vocab.ui_lines() and first.lower() not in vocab.section_words():
                page.furniture.append(("masthead", first))
            return
        if line.label is None and 1 <= len(line.text.split()) <= 5 and not TERMINAL.search(line.text):
            # "Kestrel News" / date / "- Business" / "- Kestrel News": a listing's card repeats its source among
            # its tags; the site's own name is not one of its tags.
            tagged = any(other.bullet and line_key(other.text) == line_key(line.text) for other in lines[:title_at])
            if not tagged and not all(w.lower() in vocab.section_words() for w in line.text.split()):
                line.label = "masthead"
                words = line.text.split()
                if len(words) >= 3 and words[-1].lower() in vocab.ui_lines():
                    line.text = " ".join(words[:-1])  # "Kestrel News Share": the share button pasted after the name
        return

