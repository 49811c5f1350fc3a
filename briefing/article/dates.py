"""Publication dates: find the date words ourselves, then let dateparser read them.

dateparser is never run over body text (it turns ordinary words into dates), and
it returns None for whole lines such as "Updated Mar 09, 2026 | 6:12 PM GMT-04",
so `date_words()` cuts out just the date expression first. Time zone
abbreviations are read by our own table (dateparser would drop "ET" or guess),
and dateparser is imported inside `parse_absolute()`: a warm-cache run never
loads it.

Every pattern here is linear: fixed alternatives and bounded repeats, nothing
that can backtrack over a long line.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from functools import cache, lru_cache
from types import SimpleNamespace

from briefing import lexicon

_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
# A clock time needs minutes or am/pm: a bare number next to a date is too often a count.
_AMPM = r"[ap]\.?\s?m\.?"
_TIME = rf"\d{{1,2}}(?:[:.]\d{{2}}(?::\d{{2}})?(?:\s?{_AMPM})?|\s?{_AMPM})"
_TIME_AMPM = rf"\d{{1,2}}(?:[:.]\d{{2}})?\s?{_AMPM}"
_ISO = rf"{_YEAR}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d{{1,6}})?)?\s?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
_NUMWORD = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_REL = (
    rf"(?:{_NUMWORD}\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago"
    r"|\d+\s?(?:s|m|min|mins|h|hr|hrs|d)\s+ago|yesterday|just now)"
)
# A two-digit year after a dotted day and month, taken only with its clock beside it: "26.03.17, 14:12".
_SHORT_YEAR_DOTS = r"\d{2}\.\d{2}\.\d{2}(?=,?\s\d{1,2}:\d{2}\b)"
_SEP = r"(?:\s*[|,/\-–—•·@]\s*|\s+)"  # "March 5, 2026 @ 4:12pm" too
_PREFIX = re.compile(
    r"^\s*(?:(?:last\s+)?updated|published|posted|first published|date|dated|released|modified|for immediate release)"
    r"(?:\s+on)?\s*[:\-]?\s*",
    re.IGNORECASE,
)
# A note under the story that gives the day it first ran: "This article was first published on 9 March 2026."
_PUBLISHED_NOTE = re.compile(
    r"^\s*(?:(?:this (?:article|story|piece|post|report) (?:was|is) )?(?:first|originally) published(?: on)?"
    r"|this (?:article|story|piece|post|report) (?:is|was) from)\s*:?\s*(?=\S)",  # an archive's "This story is from …"
    re.IGNORECASE,
)


def opens_with_stamp_label(line: str) -> bool:
    """'Updated March 9, 2026', 'Posted on 9 March 2026': a stamp's label before its day."""
    return bool(_PREFIX.match(line) or _GLUED_PREFIX.match(line))


def is_published_note(line: str) -> bool:
    """'This article was first published on 9 March 2026.': a date line, though it reads like a notice."""
    return bool(_PUBLISHED_NOTE.match(line)) and is_date_line(line)


# Words that may stand around a date on a dateline without being story text.
_FILLER = re.compile(
    r"\b(?:updated|published|posted|on|at|first|last|date|dated|modified|released|for immediate release|et|pt|ct|mt|"
    r"gmt|utc|edt|est|pdt|pst|bst|\d+\s*min(?:ute)?s?(?:\s+read)?)\b|[|,·•\-–—:()]",
    re.IGNORECASE,
)
# "date 2018-04-04 Foreign ministry…": the date label glued to the first paragraph (a real paste).
_GLUED_PREFIX = re.compile(r"^\s*(?:[Dd]ate[d]?|[Pp]ublished|[Uu]pdated|[Pp]osted)\s*:?\s*")
_YEAR_COLON = re.compile(r"\b(?:19|20)\d\d:(?=\s+[A-Z])")
# A labelled month with no day: "date 2021-05", "Published: 2019-12" (read as the month's first day).
_LABELLED_MONTH = re.compile(
    r"^\s*(?:date[d]?|published|updated|posted)\s*:?\s*(?P<ym>(?:19|20)\d{2}-(?:0[1-9]|1[0-2]))(?![\d-])", re.I
)

# (unit or unit prefix, seconds); "m" alone is minutes ("5m ago"), "month" spelled out.
_UNITS = (("s", 1), ("sec", 1), ("m", 60), ("min", 60), ("h", 3600), ("hr", 3600), ("hour", 3600),
          ("d", 86400), ("day", 86400), ("week", 604800), ("month", 2629800))
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


@cache
def month_words() -> frozenset[str]:
    """Month names from the lexicon, whole or as three letters ('Sept' too), in small letters."""
    names = [n.lower() for n in lexicon.entries("month_names")]
    return frozenset(names) | {n[:3] for n in names} | {"sept"}


@cache
def _month() -> str:
    alternatives = sorted(month_words(), key=len, reverse=True)
    return r"(?:" + "|".join(alternatives) + r")\.?"


@cache
def _other_months() -> dict[str, str]:
    """Month names of other languages, case-folded, and the English month each means."""
    return {k.casefold(): v for k, v in lexicon.table("month_names_other").items()}


@cache
def _zones() -> dict[str, str]:
    return {key.upper(): value for key, value in lexicon.table("time_zones").items()}


def is_zone(word: str) -> bool:
    """'IST', 'cet': a time zone's abbreviation we can read."""
    return word.upper() in _zones()


@cache
def _patterns() -> SimpleNamespace:
    """The date patterns, compiled on first use (a warm run that reads no article never builds them)."""
    month = _month()
    # "9 de marzo de 2026", "9 mars 2026", "9. März 2026": an outlet writing in English under its own language's date.
    others = "|".join(sorted(map(re.escape, _other_months()), key=len, reverse=True))
    foreign = rf"(?P<fday>\d{{1,2}})\.?\s+(?:de\s+)?(?P<fmonth>{others})\.?,?\s+(?:de\s+|del\s+)?(?P<fyear>{_YEAR})"
    tz = (r"(?:(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|" + "|".join(sorted(_zones(), key=len, reverse=True))
          + r"|[+-]\d{2}:?\d{2})(?![\w+-])")
    clock = rf"(?:(?:at\s+)?{_TIME}(?:\s*\(?{tz}\)?)?|(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*{tz})"
    absolute = (
        rf"(?:{_ISO}"
        rf"|{_YEAR}/\d{{1,2}}/\d{{1,2}}"
        # Day first wherever dots are used ("21.03.2025 06:15 CET"); slashes are read only where one
        # side cannot be a month ("18/04/2024", "04/18/2024"), see _slashed().
        rf"|\d{{1,2}}\.\d{{1,2}}\.{_YEAR}"
        rf"|\d{{1,2}}[/-]\d{{1,2}}[/-]{_YEAR}"
        rf"|{_SHORT_YEAR_DOTS}"  # "03.26.17, 14:12", read only where one side cannot be the month
        rf"|{_DAY}-{month}-{_YEAR}"  # "04-Mar-2024"
        rf"|(?:{_WEEKDAY}\s+)?\d{{1,2}}/{month}/{_YEAR}"  # "Thursday 09/March/2026"
        # "September 28,2022": the space after the comma lost in the page's template.
        rf"|(?:{_WEEKDAY}\s+)?{month}\s+{_DAY}(?:,\s*|\s+){_YEAR}"
        rf"|(?:{_WEEKDAY}\s+)?{_DAY}\s+{month}(?:,\s*|\s+){_YEAR}"
        rf"|{foreign})"
    )
    return SimpleNamespace(
        # The leading \b lets the engine skip the middle of words at once (five times faster).
        date=re.compile(
            # "4:41 pm on 4 March 2024": a clock may come first, "on" between.
            # "January 7, 2026: 8.30am": a colon between the day and a clock that says am or pm.
            rf"\b(?:(?P<abs>(?:{clock}(?:\s+on\s+|{_SEP})(?=[A-Za-z\d]))?{absolute}(?:{_SEP}{clock}|:\s?{_TIME_AMPM})?)(?![\w:])"
            rf"|(?P<rel>{_REL}\b))",
            re.IGNORECASE,
        ),
        # An update stamp with a time and no date, under the real date: "Updated 23:15 GMT".
        time_only=re.compile(rf"^\s*(?:(?:last\s+)?updated|published|posted)\s*:?\s*(?:at\s+)?{_TIME}\s*(?:{tz})?\s*$", re.I),
        # A month and a year alone on a line: "May 2025", "Published: March 2024" (the month's first day).
        month_year=re.compile(
            rf"^\s*(?:(?:published|updated|posted|date[d]?)\s*:?\s*)?(?P<month>{month})\s+(?P<year>{_YEAR})\s*$", re.I
        ),
        foreign=re.compile(rf"\b{foreign}\b", re.IGNORECASE),
        # The zone written after a clock time, wherever the time stands: "8:02 PM EDT, Wed August 20, 2025".
        zone_after_time=re.compile(rf"(?<=[\dmM.])\s*\(?({tz})", re.IGNORECASE),
    )


def _month_number(name: str) -> int:
    names = [n[:3].lower() for n in lexicon.entries("month_names")]
    return names.index(name[:3].lower()) + 1



@cache
def _rel_only() -> re.Pattern[str]:
    return re.compile(rf"\b{_REL}\b", re.IGNORECASE)


# A fact box's dates are not the page's: "Born: October 14, 1937", "When: Saturday, March 14", "Deadline: …".
_NOT_A_STAMP = re.compile(
    r"^\s*(?:born|died|b\.|d\.|founded|established|when|deadline|closing date|event date|opens|closes|starts|ends|"
    r"date of (?:birth|death)|funeral|service|visitation)\s*:", re.IGNORECASE)


# A relative update note glued after the stamp: "4 May 2026, 08:10 Updated: over 3 months ago".
_AGO_TAIL = re.compile(
    r"(?<=\d)\s*[|,·•;-]?\s*(?:last\s+)?updated?\s*:?\s*(?:about|over|almost|nearly)?\s*(?:\d+|an?|one|two|three)\s+"
    r"(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago\s*$", re.IGNORECASE)


def is_date_line(line: str) -> bool:
    """A line that is a dateline and nothing more ("Updated Mar 09, 2026 | 6:12 PM GMT-04")."""
    if len(line) > 120 or _NOT_A_STAMP.match(line):
        return False
    line = _AGO_TAIL.sub("", line) if re.search(_YEAR, line) else line
    if _patterns().time_only.match(line):
        return True
    month = _LABELLED_MONTH.match(line)
    if month:
        return len(re.findall(r"[^\W\d_]+", line[month.end():])) <= 2
    if _patterns().month_year.match(line):
        return True
    note = _PUBLISHED_NOTE.match(line)
    if note:  # "This article was first published on 9 March 2026."
        line = line[note.end():].rstrip(". ")
    m = find(line)
    if not m:
        return False
    rest = line[: m.start()] + " " + line[m.end():]
    second = find(rest) if m.group("abs") else None
    if second and second.group("abs"):
        # Two stamps on one line: "PUBLISHED: March 9, 2026 at 5:47 PM CDT | UPDATED: March 10, 2026 at 8:02 AM CDT".
        rest = rest[: second.start()] + " " + rest[second.end():]
    rest = _FILLER.sub(" ", rest)
    leftover = re.findall(r"[^\W\d_]+", rest)
    if m.group("rel"):
        # "Published 3 HOURS AGO" but not "Two days ago the minister resigned"; every stamp counts
        # ("Posted 4h ago 4 hours ago, updated 3h ago 3 hours ago").
        rest = _FILLER.sub(" ", _rel_only().sub(" ", line))
        leftover = re.findall(r"[^\W\d_]+", rest)
        return len(leftover) <= 1 and bool(_PREFIX.match(line) or len(leftover) == 0)
    return len(leftover) <= 2


# The label of a second stamp on the line: "… | UPDATED: March 10, 2026", "…, updated Mon 9 Mar 2026".
_SECOND_LABEL = re.compile(
    r"[\s|,·•;]*\b(?:(?:last|first|originally)\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)


def split_stamps(line: str) -> list[str]:
    """'Updated: March 10, 2026 | Published: March 9, 2026' → both stamps, each with its label, so that the
    published one can be read first wherever it stands on the line; a line of one stamp is returned whole."""
    m = find(line) if is_date_line(line) else None
    second = find(line[m.end():]) if m and m.group("abs") else None
    if m is None or second is None or not second.group("abs"):
        return [line]
    at = m.end() + second.start()
    label = _SECOND_LABEL.search(line[:at])
    if not label:
        return [line]
    first, later = line[: label.start()].strip(" |,·•;"), line[label.start():].strip(" |,·•;")
    # "March 9, 2026 11:14 am | Updated March 10, 2026 01:14 pm IST": the line's one zone is the first time's too.
    zone = re.search(rf"{_TIME}\s*\(?(?P<zone>[A-Z]{{2,5}})\b", later, re.IGNORECASE)
    if zone and zone.group("zone") in _zones() and re.search(rf"{_TIME}$", first, re.IGNORECASE):
        first += " " + zone.group("zone")
    return [first, later]


# Every date we read has a year or says "ago"/"yesterday": the full pattern runs only near one.
_YEAR_OR_AGO = re.compile(rf"(?<!\d)(?:19|20)\d{{2}}(?!\d)|(?<![\d.]){_SHORT_YEAR_DOTS}|\bago\b|\byesterday\b|\bjust now\b", re.IGNORECASE)


# "Published On 4 Mar 20244 Mar 2024": a page that prints the date twice, pasted with no space between.
# Also "Posted 4h ago4 hours ago" and a name glued to the time: "Ada Linde04:41, Mar 04 2024".
_GLUED_REPEAT = re.compile(
    r"(?<=(?<!\d)(?:19|20)\d{2})(?=\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]{3,9}\.?,?\s(?:19|20)\d{2}\b)"
    r"|(?<=\bago)(?=\d)|(?<=[a-z])(?=\d{1,2}:\d{2}\b)|(?<=(?<!\d)(?:19|20)\d{2})(?=[A-Z][a-z]{2,8}\.?\s\d)"
    # "March 4, 20246:41 PM GMT+8Updated 2 hours ago": the year glued to the time, the zone to "Updated".
    r"|(?<=,\s(?:19|20)\d{2})(?=\d{1,2}:\d{2})|(?<=[\dA-Z])(?=(?:Updated|Published)\b)"
    # "9 Mar, 2026 08:53 PM4 mins to read": the reading time glued to the stamp.
    r"|(?<=\d\s[AP]M)(?=\d{1,3}\s?mins?\b)"
)


# An icon's name pasted before the stamp it stands for: "ClockIconMar 9, 2026 at 7:00 p.m. UTC".
_ICON = re.compile(r"^[A-Z][A-Za-z]{0,30}Icon(?=[A-Z][a-z]{2,8}\.? \d|\d)")


def unglue_repeat(line: str) -> str:
    """'Published On 4 Mar 20244 Mar 2024' → 'Published On 4 Mar 2024 4 Mar 2024'; 'ClockIconMar 9, 2026' → 'Mar 9, 2026'."""
    if len(line) > 120:
        return line
    return _GLUED_REPEAT.sub(" ", _ICON.sub("", line))


# "4 March 2024 Climate and Environment": a date, then the section label, on one line.
_LABEL_AFTER = re.compile(r"^[A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|and|of|the|&)){0,4}$")


def split_date_label(line: str) -> tuple[str, str] | None:
    """'4 March 2024 Climate and Environment' → ('4 March 2024', 'Climate and Environment')."""
    if len(line) > 80:
        return None
    m = find(line)
    if not m or m.start() != 0 or not m.group("abs"):
        return None
    rest = line[m.end():].strip(" |·•-–—")
    if not rest or not _LABEL_AFTER.match(rest) or find(rest):
        return None
    return m.group(0).strip(), rest


def split_leading_date(line: str) -> tuple[str, str | None]:
    """'date 2018-04-04 Foreign ministry…' → ('Foreign ministry…', 'date 2018-04-04').

    Only a labelled date ("date", "Published", ...) followed by a capitalised
    sentence is split off; a date inside a sentence stays where it is.
    """
    p = _GLUED_PREFIX.match(line)
    if not p:
        return line, None
    m = _patterns().date.match(line, p.end()) or _LABELLED_MONTH.match(line)
    if not m or not m.groupdict().get("abs") and not m.groupdict().get("ym"):
        # "Posted March 9, 2026: Councillors met …": the colon after the year (never a clock's) ends the stamp.
        colon = _YEAR_COLON.search(line[:60])
        parted = split_leading_date(line[: colon.end() - 1] + " |" + line[colon.end():]) if colon else (line, None)
        return parted if parted[1] else (line, None)
    rest = line[m.end():]
    body = rest.lstrip(" \t|,-–—:")
    if re.match(r"\s*date \d{4}-\d\d", line) and body:
        return body, line[: m.end()].strip()  # the paste's own " date 2026-03-09" marker, whatever follows it
    if not body or not (body[0].isupper() or body[0] in "\"“‘'") or len(body.split()) < 4:
        return line, None
    return body, line[: m.end()].strip()


@lru_cache(maxsize=2048)
def find(line: str) -> re.Match | None:
    """The first date expression in a short line (None for long lines: those are story text).

    The full pattern is only run near a year or an "ago": scanning every
    position of a line with it costs a hundred times more.
    """
    if len(line) > 300:
        return None
    for anchor in _YEAR_OR_AGO.finditer(line):
        before = 50 if anchor.group(0)[:1].isdigit() else 25  # "8:02 PM EDT, Wed August 20, " / "ten minutes "
        m = _patterns().date.search(line, max(0, anchor.start() - before), min(len(line), anchor.end() + 30))
        if m and m.start() <= anchor.start() and m.end() >= anchor.end():
            return _patterns().date.search(line, m.start())  # the same match, measured on the whole line
    return None


def date_words(line: str) -> str | None:
    m = find(line)
    return m.group(0).strip() if m else None


def relative_seconds(words: str) -> float | None:
    """'10 HOURS AGO' → 36000.0; None when the words are not a relative date."""
    low = re.sub(r"\s+", " ", words.strip().lower())
    if low == "just now":
        return 0.0
    if low == "yesterday":
        return 86400.0
    m = re.fullmatch(r"(\d+|[a-z]+) ?([a-z]+) ago", low)
    if not m:
        return None
    count = m.group(1)
    n = int(count) if count.isdigit() else _NUMBERS.get(count)
    if n is None:
        return None
    unit = m.group(2)
    for prefix, seconds in _UNITS:
        if unit == prefix or len(prefix) > 1 and unit.startswith(prefix):
            return float(n * seconds)
    return None


def parse(line: str, day_first: bool | None = None) -> tuple[str | None, float | None, str | None]:
    """Read the date in a dateline: (ISO 8601 absolute, seconds-ago relative, the line it came from).

    `day_first` is the page's own way of writing slashed dates (see meta.date_order), for a
    "08/03/2026" that could be either; a weekday on the line settles it first."""
    month = _LABELLED_MONTH.match(line)
    if month and not find(line):
        return month.group("ym") + "-01T00:00:00+00:00", None, re.sub(r"\s+", " ", line).strip()
    named = _patterns().month_year.match(line)
    if named:
        number = _month_number(named.group("month"))
        return f"{named.group('year')}-{number:02d}-01T00:00:00+00:00", None, re.sub(r"\s+", " ", line).strip()
    m = find(line)
    if not m:
        return None, None, None
    words = m.group(0).strip()
    text = re.sub(r"\s+", " ", line).strip()
    ago = relative_seconds(words)
    if ago is not None:
        return None, ago, text
    absolute = parse_absolute(_settle_slashed(words, line, day_first))
    if absolute is None and m.end() < len(line):
        # "03/04/2024 March 4, 2024": the second way of writing it says which day the first meant.
        absolute = parse(line[m.end():], day_first)[0]
    return absolute, None, text




def parse_absolute(words: str) -> str | None:
    """The instant in a date expression, as ISO 8601 with its offset ('' → None).

    A zone written in the text is kept as an offset; without one the time is
    taken as UTC.
    """
    words = words.strip()
    if not words:
        return None
    iso = _parse_iso(words)
    if iso is not None:
        return iso
    cleaned = re.sub(r"\s*[|•·]\s*", " ", words)
    cleaned = _patterns().foreign.sub(
        lambda m: f"{m.group('fday')} {_other_months()[m.group('fmonth').casefold()]} {m.group('fyear')}", cleaned)
    if _SLASHED.search(cleaned):
        cleaned = _SLASHED.sub(_slashed, cleaned)
        if _SLASHED.search(cleaned) and _CLOCK_24H.search(cleaned):
            # "04/03/2024 - 14:20": a page that keeps a 24-hour clock writes the day first.
            cleaned = _SLASHED.sub(lambda m: f"{m.group(4)}-{int(m.group(3)):02d}-{int(m.group(1)):02d}", cleaned)
        if _SLASHED.search(cleaned):
            return None  # "04/03/2024": the 4th of March or April 3rd, the page does not say
    short = re.match(r"\s*(\d{2})\.(\d{2})\.(\d{2})\b", cleaned)
    if short:  # "03.26.17": the side over 12 is the day; a stamp that could be read either way is left unread
        a, b = int(short.group(1)), int(short.group(2))
        if (a > 12) == (b > 12) or max(a, b) > 31 or min(a, b) < 1:
            return None
        day, month = (a, b) if a > 12 else (b, a)
        cleaned = f"20{short.group(3)}-{month:02d}-{day:02d}" + cleaned[short.end():]
    cleaned = re.sub(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b",
                     lambda m: f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}", cleaned)
    cleaned = re.sub(r"\b(\d{1,2})/([A-Za-z]{3,9}\.?)/(?=(?:19|20)\d{2}\b)", r"\1 \2 ", cleaned)  # "09/March/2026"
    cleaned = re.sub(r"\b([ap])\.\s?m\.", r"\1m", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bat\s+(?=\d)", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"(\d{1,2})\.(\d{2})(?!\d)", r"\1:\2", cleaned)  # "21.10 CET"
    cleaned = re.sub(r"(?<=\d),\s+(?=\d{1,2}:\d{2})", " ", cleaned)
    cleaned = re.sub(r"(?<=(?:19|20)\d\d):\s?(?=\d)", " ", cleaned)  # "January 7, 2026: 8:30am"
    tz, cleaned = _take_zone(cleaned)
    try:
        parsed = _dateparser().parse(
            cleaned.strip(" ,-–—"),
            languages=["en"],
            settings={"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"],
                      "PARSERS": ["absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except (ValueError, OverflowError, TypeError, KeyError):
        return None
    if parsed is None:
        return None
    parsed = parsed.replace(tzinfo=None)
    if isinstance(tz, str):  # "ET" is EDT in summer and EST in winter: the real zone rules decide
        from zoneinfo import ZoneInfo

        offset = parsed.replace(tzinfo=ZoneInfo(tz)).utcoffset() or timedelta(0)
    else:
        offset = tz if tz is not None else timedelta(0)
    return parsed.replace(tzinfo=timezone(offset)).isoformat()


_CLOCK_24H = re.compile(r"(?<![\d/-])\d{1,2}:\d{2}(?::\d{2})?\b(?!\s?[ap]\.?\s?m\b)", re.IGNORECASE)
_SLASHED = re.compile(r"\b(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})\b")


def _slashed(m: re.Match) -> str:
    """'18/04/2024' or '18-04-2024' → '2024-04-18', '04/18/2024' → '2024-04-18'; a date either way round is left."""
    a, b, year = int(m.group(1)), int(m.group(3)), m.group(4)
    if a > 12 >= b >= 1 and a <= 31:
        return f"{year}-{b:02d}-{a:02d}"
    if b > 12 >= a >= 1 and b <= 31:
        return f"{year}-{a:02d}-{b:02d}"
    if a == b and 1 <= a <= 12:
        return f"{year}-{a:02d}-{a:02d}"
    return m.group(0)


def open_slashed(line: str) -> bool:
    """'08/03/2026': a slashed date either side of which could be the month."""
    m = _SLASHED.search(line)
    return m is not None and _slashed(m) == m.group(0)


_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_WORD = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\b", re.IGNORECASE)


def _settle_slashed(words: str, line: str, day_first: bool | None) -> str:
    """'Mon, 03/09/2026 - 16:05' → '2026-03-09 - 16:05': the weekday on the line, else the page's
    convention, says which side is the day."""
    m = _SLASHED.search(words)
    if not m or _slashed(m) != m.group(0):
        return words
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    readings = {}
    for first, (month, day) in ((True, (b, a)), (False, (a, b))):
        try:
            readings[first] = datetime(year, month, day)
        except ValueError:
            continue
    weekday = WEEKDAY_WORD.search(line)
    if weekday:
        named = _WEEKDAY_NAMES.index(weekday.group(0)[:3].lower())
        fitting = [first for first, when in readings.items() if when.weekday() == named]
        if len(fitting) == 1:
            day_first = fitting[0]
    if day_first is None or day_first not in readings:
        return words
    return words[: m.start()] + readings[day_first].strftime("%Y-%m-%d") + words[m.end():]


def _dateparser():
    import dateparser  # slow import, needed only on a cold run

    return dateparser


def _parse_iso(words: str) -> str | None:
    if not re.fullmatch(_ISO, words.strip(), re.IGNORECASE):
        return None
    text = words.strip().replace(" ", "T", 1) if re.match(r"\d{4}-\d{2}-\d{2} \d", words) else words.strip()
    text = re.sub(r"\s+(?=[+-]\d{2})", "", text)
    text = re.sub(r"[zZ]$", "+00:00", text)
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    offset = parsed.utcoffset() or timedelta(0)
    return parsed.replace(tzinfo=timezone(offset)).isoformat()


def _take_zone(text: str) -> tuple[timedelta | str | None, str]:
    """Split a trailing zone off: 'GMT-04' → -4h, 'EDT' → -4h, 'ET' → 'America/New_York'."""
    m = _patterns().zone_after_time.search(text)
    if not m:
        return None, text
    zone = m.group(1).upper().replace(" ", "")
    rest = text[: m.start()] + " " + text[m.end():]
    meaning = _zones().get(zone)
    if meaning and "/" in meaning:
        return meaning, rest  # "ET" is EDT in summer and EST in winter: the real zone rules decide
    if meaning:
        return timedelta(hours=float(meaning)), rest
    off = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", zone)
    if off:
        sign = -1 if off.group(1) == "-" else 1
        hours, minutes = int(off.group(2)), int(off.group(3) or 0)
        if hours <= 14 and minutes < 60:
            return sign * timedelta(hours=hours, minutes=minutes), rest
    return None, text


def resolve(published: str | None, ago: float | None, now: datetime) -> str | None:
    """The absolute publication time, resolving relative dates against `now`."""
    if published:
        return published
    if ago is None:
        return None
    return (now - timedelta(seconds=ago)).replace(microsecond=0).isoformat()
