"""Which line is the headline: the lines above the story, scored on evidence, or none.

A candidate is a short line that does not end a sentence or a label. Each one
is scored on what a headline looks like and, above all, on where it stands: a
headline sits over the byline or the date and over the story, is the first of
a headline-and-standfirst pair, and is repeated on the page; a masthead's
tagline sits over section labels. Notices, menus, table rows, captions and a
lead sentence repeated from the story are never candidates. No candidate means
no headline: the page is shown without one.
"""

from __future__ import annotations

import re

import briefing.article.clean.vocab as vocab
from briefing import lexicon
from briefing.article.clean.bylines import BY, TERMINAL, looks_like_name
from briefing.article.clean.datelines import opens_with_wire_dateline
from briefing.article.clean.lines import NAV_SPLIT, is_nav, is_notice, is_section_pair, is_sentence
from briefing.article.clean.page import Line, line_key
from briefing.article.clean.page_title import headline_with_suffix
from briefing.article.clean.site_lines import looks_like_outlet

# "(CNN)Madonna, saying something controversial?" opens a story, not a headline.
_WIRE_PREFIX = re.compile(r"^\([A-Z][\w&.' ]{1,30}\)")
# A label and a list of short items, as a station's menu shows them: "Closings: Schools, clinics and pools".
_LABELLED_LIST = re.compile(r"^[\w'’ -]{2,30}:\s+(?P<items>.+)$")
_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "v", "vs"}
# Labels that lie between a headline and its story without being story text.
_PASSED = ("ui", "caption", "image", "section", "role", "newsletter", "promo-head", "title-repeat", "nav")


_JOINERS = _SMALL | {"but", "nor", "so", "yet", "into", "onto", "over", "after", "before", "about", "than", "via"}


def split_glued_deck(text: str) -> tuple[str, str] | None:
    """'Harbour rates to rise ahead of the 2026 budget Councillors warn of cuts as costs climb and reserves run
    low': a headline and its standfirst pasted onto one line with no stop between them. They part where a
    capitalised word follows a word in small letters or a figure (a headline in sentence case capitalises
    only names after its first word), leaving six to twenty words of headline and eight or more of standfirst."""
    words = text.split()
    if len(words) < 20 or TERMINAL.search(text) or text.rstrip().endswith((".", "!", "?", '"', "”")):
        return None
    for k in range(6, min(21, len(words) - 7)):
        before, word = words[k - 1], words[k]
        after = words[k + 1] if k + 1 < len(words) else ""
        if (re.fullmatch(r"[a-z][a-z'’-]*|\d[\d,.%]*", before) and before.lower() not in _JOINERS
                and re.fullmatch(r"[A-Z][a-z'’-]+", word) and not re.fullmatch(r"[A-Z][a-z'’-]+[,.]?", after)):
            # (not before a name of two capitalised words: "… and pacer Ivo Dane have been named …")
            return " ".join(words[:k]), " ".join(words[k:])
    return None


def story_start(lines: list[Line], free: list[int]) -> int:
    """The first line of the story: a sentence of twelve words or more, or a sentence followed by another.

    A short sentence alone above the headline is a site's slogan ("All the news in one place."), not the lead.
    """
    sentences = [i for i in free if is_sentence(lines[i].text) and not lines[i].heading]
    datelined = next((i for i in free[:12] if opens_with_wire_dateline(lines[i].text)), None)
    if datelined is not None and not any(i < datelined for i in sentences):
        return datelined  # "HARLOW (Kestrapress) – Factbox on …" over a factbox's short lines: the story starts here
    asked = None
    for i in sentences:
        nxt = next((j for j in free if j > i), None)
        if _question_over_byline(lines, i, nxt):
            asked = nxt if asked is None else asked  # the story starts under the byline, even in a teaser
            continue
        if _caption_over_headline(lines, free, i, nxt):
            continue
        if len(lines[i].text.split()) >= 12 or nxt is not None and is_sentence(lines[nxt].text):
            return i
    if asked is not None and asked == next((j for j in free if j > sentences[0]), None):
        return asked  # "Will the bridge be built?" over "By Ada Linde", then a teaser cut short: "… Read the rest"
    return sentences[0] if sentences else len(lines)


def _question_over_byline(lines: list[Line], i: int, nxt: int | None) -> bool:
    """'Will the new bridge ever be built?' over the byline and the stamp: a headline that asks, not the lead."""
    text = lines[i].text.rstrip("\"”’' ")
    if not text.endswith(("?", "!")) or len(text.split()) > 20 or nxt is None:
        return False
    if any(line.label in ("byline", "date") for line in lines[i + 1: nxt]):
        return True
    # "How Do Ferries Cross the Bay?" in Title Case, then a standfirst and a caption, then the byline or stamp.
    return _capitalised(text) and any(line.label in ("byline", "date") for line in lines[nxt: nxt + 6])


def _caption_over_headline(lines: list[Line], free: list[int], i: int, nxt: int | None) -> bool:
    """A photo caption over the headline: the page's first sentence, then a headline, then the story."""
    if nxt is None or any(j < i and candidate(lines[j]) for j in free):
        return False
    after = next((j for j in free if j > nxt), None)
    return (candidate(lines[nxt]) and len(lines[nxt].text.split()) <= 20 and after is not None
            and is_sentence(lines[after].text) and not _crosshead_of_a_list(lines, free, nxt))


# "Ada Linde - Marrow 1968", "IVO DANE: KESTREL ROVERS": a list story's crosshead, a name and what it is about.
_CROSSHEAD = re.compile(r"^[A-Z][^\s.!?]*(?:\s[^\s.!?]+){0,5}\s(?P<sep>[-–—:])\s[A-Z0-9][^.!?]{0,60}$")


def _crosshead_of_a_list(lines: list[Line], free: list[int], i: int) -> bool:
    """The first section's crosshead of a list story is no headline: later sections open the same way."""
    m = _CROSSHEAD.match(lines[i].text)
    if not m:
        return False
    later = [_CROSSHEAD.match(lines[j].text) for j in free if j > i + 1]
    return any(c and c.group("sep") == m.group("sep") for c in later)


def is_labelled_list(text: str) -> bool:
    """'Closings: Schools, clinics, libraries and pools': a menu entry, not a headline."""
    m = _LABELLED_LIST.match(text)
    if not m or any(c.isdigit() for c in text):
        return False
    items = [p.strip() for p in re.split(r",|\band\b|&", m.group("items")) if p.strip()]
    return len(items) >= 3 and all(len(p.split()) <= 2 for p in items)


# A picture desk's credit closing a caption, in capitals between bars: "… at the gate. PHOTO | ANA VEER | KNG".
_BARRED_CREDIT = re.compile(r"\b(?:FILE )?(?:PHOTOS?|PICTURES?|IMAGES?|GRAPHICS?)\s*\|\s*[A-Z][A-Z.'’ -]{2,40}(?:\|\s*[A-Z]{2,10}\s*)?\|?\s*$")


# Whose picture, with its holder and year in brackets: "Kessel Police image (KMRW 2021)".
_HELD_PICTURE = re.compile(r"\b(?:image|photo|photograph|picture)\s*\((?:[A-Z][\w'’&.-]*\s+){1,4}(?:19|20)\d\d\)\s*$",
                           re.IGNORECASE)


def caption_marked(text: str) -> bool:
    """A caption by its marks: 'File photo: a harbour guard', or closed by a picture desk's 'PHOTO | ANA VEER' or a
    picture's holder and year ('Kessel Police image (KMRW 2021)')."""
    label, colon, _ = text.partition(":")
    return bool(colon and label.strip().casefold() in lexicon.lower("caption_prefixes") or _BARRED_CREDIT.search(text)
                or _HELD_PICTURE.search(text))


def caption_shaped(text: str) -> bool:
    """A picture's caption or alt text, which a headline never is: 'File photo: a harbour guard', a caption
    closed by 'PHOTO | ANA VEER', or an alt text of twenty words or more with a sentence ended inside it and
    none at its end ('Tape across the quay at night. Blue lights flash behind it on the wet stones …')."""
    if caption_marked(text):
        return True
    words = text.split()
    # (a line cut mid-sentence, "… postponed its decision on the", ends on a small word: a paragraph broken in two)
    alt = 20 <= len(words) <= 40 and words[-1].isalpha() and words[-1].lower() not in _JOINERS and bool(re.search(r"[a-z][.!?] [A-Z]", text))
    return alt


def candidate(line: Line) -> bool:
    text = line.text
    words = len(text.split())
    if line.label == "nav" and headline_with_suffix(text):
        return True
    if line.label or line.bullet or words > 30 or len(text) > 250 or _WIRE_PREFIX.match(text):
        return False
    if caption_shaped(text):
        return False
    if is_notice(text) or is_labelled_list(text) or is_section_pair(text):
        return False  # "Premier Division | Kestrel 2-1 Harwick": two labels, not a headline
    if re.fullmatch(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][\w.]+(?: [A-Z][\w.]+)?)?\s*[-–—]{1,2}", text.strip()):
        return False  # "EL PASO, Texas -": a dateline left alone on its line
    if BY.match(text) and not re.search(r"\b(?!and\b)[a-z]{4,}\b", text[3:]):
        return False  # "By - Kestrel Press - Monday, March 9, 2026": a byline, however it is set ("By the numbers: …" is not)
    if line.heading:
        return words >= 2
    if words < 4 or text.rstrip("\"”’'").endswith((".", ",", ";", ":", "…", "|")) or text.startswith("|"):
        return False  # "Fourth Test, Sydney (day five) |" is a table row
    if text.rstrip().endswith((">", "»", "›")):
        return False  # "Local Stories >> Kestrel Post Archive >": a trail of links ends with its separator
    numbers = sum(any(c.isdigit() for c in w) for w in text.split())
    if numbers * 2 > words or numbers >= 3 and numbers * 3 >= words:
        return False  # "Okafor 12', 67', Lind 80'", "Tries: Vukona 30, Barr 64, Ahern 79": a scoreboard's scorers
    return not is_nav(text)


def _capitalised(text: str) -> bool:
    """Title Case or CAPITALS, the way most headlines are set."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _lead_repeated(lines: list[Line], i: int, free: list[int]) -> bool:
    """A long line repeated inside a later paragraph is the lead's first sentence, not a headline."""
    text = lines[i].text
    if len(text.split()) < 10:
        return False
    key = line_key(text)
    return any(j > i and len(lines[j].text) > len(text) and key in line_key(lines[j].text)
               and not _quotes_whole(lines[j].text, text) for j in free)


def _quotes_whole(later: str, text: str) -> bool:
    """'3 comments on “<headline>”': a later line quoting the whole line cites the headline, it is no lead."""
    return any(o + text.strip() + c in later for o, c in (("“", "”"), ('"', '"'), ("‘", "’")))


def _byline_follows(lines: list[Line], i: int, stop: int) -> bool:
    """A byline, a date, a role line or a lone name within the next few lines, before the story.

    Past one standfirst line, or past a run of up to three short deck lines straight under the
    headline ("Keepers searched for six hours" / "She was seen by a passer-by" / "By ..."):
    a headline's byline comes after its whole deck.
    """
    seen = 0
    deck = True  # every line passed so far is a deck line under line i
    for j in range(i + 1, min(stop, len(lines))):
        other = lines[j]
        if other.label in ("byline", "byline-desk", "date", "role", "wire-byline"):
            return True
        if other.label is None and (looks_like_name(other.text) or BY.match(other.text) and not candidate(other)):
            return True  # a lone name, or a "By …" line the byline reader could not take apart
        if other.label in _PASSED:
            continue
        seen += 1
        deck = deck and candidate(other) and not other.heading
        if seen > (3 if deck else 1):  # past a standfirst, the byline belongs to something else
            return False
    return False


def _story_follows(lines: list[Line], i: int, stop: int) -> bool:
    """The next line that is not a caption or a button starts the story."""
    for j in range(i + 1, len(lines)):
        if lines[j].label in _PASSED:
            continue
        return j >= stop or lines[j].label is None and is_sentence(lines[j].text)
    return False


def _masthead(lines: list[Line], i: int, cands: list[int], free: list[int]) -> bool:
    """'The Marrow Valley Courier' opening the page, over another candidate: the site's name."""
    text = lines[i].text
    return (i == free[0] and len(text.split()) <= 5 and _capitalised(text) and looks_like_outlet(text)
            and any(c > i for c in cands))


def _tagline(lines: list[Line], i: int, cands: list[int]) -> bool:
    """A masthead's tagline: section labels follow it, then another candidate."""
    later = [c for c in cands if c > i]
    if not later:
        return False
    between = lines[i + 1: later[0]]
    return any(x.label in ("nav", "section") or (not x.label and len(x.text.split()) <= 3
                                                  and not TERMINAL.search(x.text)) for x in between)


# A site's ticker over every page: "BREAKING: Main road closed after lorry fire" ("Live: …" is as often
# a live page's own headline, and stays a candidate like any other).
_TICKER = re.compile(r"^(?:breaking(?: news)?|just in|developing(?: story)?|news alert)\s*[:|–—-]\s+\S", re.IGNORECASE)


def _ticker(lines: list[Line], i: int, cands: list[int]) -> bool:
    """A ticker's line over the page's own headline: the next candidate, no longer than it (a headline, not a
    standfirst), comes within three lines."""
    if not _TICKER.match(lines[i].text):
        return False
    later = [c for c in cands if i < c <= i + 3]
    return bool(later) and len(lines[later[0]].text.split()) <= len(lines[i].text.split())


def _crumb_over_headline(lines: list[Line], i: int, cands: list[int]) -> bool:
    """'Local | Kestrel Harbour Board' straight over the headline: a section, then the topic's name in
    capitals, is the breadcrumb's trail ('Opinion | The bridge we were promised' keeps its headline)."""
    parts = [p.strip() for p in NAV_SPLIT.split(lines[i].text)]
    if len(parts) != 2 or not any(c in (i + 1, i + 2) for c in cands):
        return False
    label, name = parts
    words = name.split()
    return (bool(label) and all(w.lower() in vocab.section_words() for w in label.split()) and 1 <= len(words) <= 5
            and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in words) and not TERMINAL.search(name))


def _content_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}


def _overlap(text: str, story: set[str]) -> float:
    words = _content_words(text)
    return len(words & story) / len(words) if words else 0.0


def _tagline_under_name(lines: list[Line], i: int, cands: list[int], free: list[int], stop: int) -> bool:
    """'Notes on birds and the marsh' under 'Kestrel Field Notes' opening the page, over the real
    headline: a site's tagline says less of the story than the headline under it."""
    above, below = i - 1, i + 1
    if above != free[0] or below not in cands or below >= stop:
        return False
    name = lines[above].text
    if len(name.split()) > 5 or TERMINAL.search(name) or not all(w[:1].isupper() or w.lower() in _SMALL for w in name.split()):
        return False
    story = set().union(*(_content_words(lines[j].text) for j in free if stop <= j < stop + 5))
    return _overlap(lines[i].text, story) < _overlap(lines[below].text, story)


def _kicker_over(lines: list[Line], i: int, free: list[int], stop: int) -> bool:
    """'Harbour League - Kestrel Premier Division' over a headline the story goes on to tell: a short topic
    label whose words the story's opening hardly repeats, over a line whose words it mostly does."""
    above = lines[i - 1].text
    if len(above.split()) > 5 or TERMINAL.search(above):
        return False
    story = set().union(*(_content_words(lines[j].text) for j in free if stop <= j < stop + 5))
    return _overlap(above, story) < 0.5 <= _overlap(lines[i].text, story)


# "THE BRIDGE IS COMING: Council backs the river crossing …": a kicker in capitals opening the headline.
_CAPS_KICKER = re.compile(r"^[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){1,6}[:!?] (?=[A-Z\"“‘'])(?P<rest>.+)$")


def _caps_kicker(text: str) -> bool:
    """A kicker of two words or more in capitals and a colon, then a headline in ordinary case; a headline all
    in capitals ('MARROW VOTES: YES') is not one."""
    m = _CAPS_KICKER.match(text)
    return m is not None and sum(w.islower() and len(w) >= 3 for w in m.group("rest").split()) >= 2


_HASHTAG = re.compile(r"^\s*#[A-Za-z]")


def score(lines: list[Line], i: int, cands: list[int], free: list[int], stop: int) -> float:
    line = lines[i]
    words = len(line.text.split())
    s = 0.0
    if line.heading:
        s += 4 + (1 if line.heading == 1 else 0)
    if 5 <= words <= 20:
        s += 1
    if _capitalised(line.text):
        s += 1
    elif _caps_kicker(line.text):
        s += 2  # over a caption or a photo's alt text, which take no such kicker
    if _byline_follows(lines, i, stop):
        s += 3
    if _story_follows(lines, i, stop):
        s += 1
    if i > 0 and lines[i - 1].label in ("date", "byline"):
        s += 1  # "2 May 2023" over the headline
    if i + 1 < len(lines) and is_notice(lines[i + 1].text):
        s += 2  # "This is an archived article …": a site's notice about the story sits under its headline
    if _masthead(lines, i, cands, free):
        s -= 2
    elif (i - 1 in cands and not lines[i - 1].heading and not _masthead(lines, i - 1, cands, free)
          and not _crumb_over_headline(lines, i - 1, cands) and not _kicker_over(lines, i, free, stop)):
        s -= 1  # under another candidate: a standfirst
    if i + 1 in cands and _kicker_over(lines, i + 1, free, stop):
        s -= 2
    if (_tagline(lines, i, cands) or _tagline_under_name(lines, i, cands, free, stop)) and not _caps_kicker(line.text):
        s -= 2
    if _ticker(lines, i, cands) or _crumb_over_headline(lines, i, cands) or _HASHTAG.match(line.text):
        s -= 3  # "#Open journalism …": a campaign's tag line, never a headline
    story = set().union(*(_content_words(lines[j].text) for j in free if stop <= j < stop + 5))
    signed = i + 1 < len(lines) and lines[i + 1].label in ("byline", "date")
    if (len(story) >= 20 and len(_content_words(line.text)) >= 2 and _overlap(line.text, story) == 0
            and not line.heading and not signed):
        s -= 2  # the story's opening repeats none of its words (a heading, or a line over its byline, may pun)
    key = line_key(line.text)
    if any(j != i and lines[j].label is None and line_key(lines[j].text) == key for j in free):
        s += 1  # the headline repeated further down the page
    return s


def choose(lines: list[Line], head: list[int], free: list[int], stop: int) -> int | None:
    """The index of the headline among `head` (the lines above the story), or None."""
    cands = [i for i in head if candidate(lines[i]) and not _lead_repeated(lines, i, free)]
    if not cands:
        return None
    scored = [(score(lines, i, cands, free, stop), -i) for i in cands]
    best = max(scored)
    return -best[1]
