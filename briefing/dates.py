"""Publication dates: find the date words ourselves, then let dateparser read them.

dateparser is never run over body text (it turns ordinary words into dates), and
it returns None for whole lines such as "Updated Jul 02, 2025 | 8:31 PM GMT-04",
so `date_words()` cuts out just the date expression first. dateparser is
imported inside `parse()`: a warm-cache run never loads it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_TIME = r"\d{1,2}(?:[:.]\d{2})?(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
_TZ = (
    r"(?:(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|GMT|UTC|Z|[ECMP][SD]?T|BST|CET|CEST|EET|EEST|"
    r"IST|JST|KST|HKT|SGT|AEST|AEDT|WIB|[+-]\d{2}:?\d{2})"
)
_CLOCK = rf"(?:(?:at\s+)?{_TIME}(?:\s*{_TZ})?)"
_ABS = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?\s*(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|(?:{_WEEKDAY}\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|(?:{_WEEKDAY}\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
)
_REL = (
    r"(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago|yesterday|just now|today)"
)
_SEP = r"(?:\s*[|,\-–—•·]\s*|\s+(?:at\s+)?)"
_DATE = re.compile(rf"(?P<abs>{_ABS}(?:{_SEP}{_CLOCK})?)|(?P<rel>{_REL})", re.IGNORECASE)
_PREFIX = re.compile(
    r"^\s*(?:(?:last\s+)?updated|published|posted|first published|date|dated|released|modified)"
    r"(?:\s+on)?\s*[:\-]?\s*",
    re.IGNORECASE,
)
# Words that may stand around a date on a dateline without being story text.
_FILLER = re.compile(
    r"\b(?:updated|published|posted|on|at|first|last|date|dated|modified|released|et|pt|ct|mt|"
    r"gmt|utc|edt|est|pdt|pst|bst|\d+\s*min(?:ute)?s?\s+read)\b|[|,·•\-–—:()]",
    re.IGNORECASE,
)
_GLUED = re.compile(rf"^\s*(?:date|dated|published|updated|posted)\s*:?\s*(?P<date>{_ABS})\s+(?=[A-Z\"“])", re.IGNORECASE)

_US_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
_UNITS = {"sec": 1, "min": 60, "h": 3600, "day": 86400, "week": 604800, "month": 2629800}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "twelve": 12}


def is_date_line(line: str) -> bool:
    """A line that is a dateline and nothing more ("Updated Jul 02, 2025 | 8:31 PM GMT-04")."""
    if len(line) > 120:
        return False
    m = _DATE.search(line)
    if not m:
        return False
    rest = line[: m.start()] + " " + line[m.end():]
    rest = _FILLER.sub(" ", rest)
    leftover = re.findall(r"[^\W\d_]+", rest)
    if m.group("rel"):
        # "Published 3 HOURS AGO" but not "Two days ago the minister resigned."
        return len(leftover) <= 1 and bool(_PREFIX.match(line) or len(leftover) == 0)
    return len(leftover) <= 2


def split_leading_date(line: str) -> tuple[str, str | None]:
    """'date 2018-04-04 Foreign ministry…' → ('Foreign ministry…', 'date 2018-04-04')."""
    m = _GLUED.match(line)
    if not m:
        return line, None
    return line[m.end():].lstrip(), line[: m.end()].strip()


def date_words(line: str) -> str | None:
    m = _DATE.search(line)
    return m.group(0).strip() if m else None


def relative_seconds(words: str) -> float | None:
    """'10 HOURS AGO' → 36000.0; None when the words are not a relative date."""
    low = words.strip().lower()
    if low in {"just now", "today"}:
        return 0.0
    if low == "yesterday":
        return 86400.0
    m = re.fullmatch(r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+([a-z]+?)s?\s+ago", low)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
    unit = m.group(2)
    for prefix, seconds in _UNITS.items():
        if unit.startswith(prefix) or (prefix == "h" and unit in {"hr", "hour"}):
            return float(n * seconds)
    return None


def parse(line: str) -> tuple[str | None, float | None, str | None]:
    """Read the date in a dateline: (ISO 8601 absolute, seconds-ago relative, the date words)."""
    words = date_words(line)
    if not words:
        return None, None, None
    text = _PREFIX.sub("", line).strip() if _PREFIX.match(line) else line.strip()
    ago = relative_seconds(words)
    if ago is not None:
        return None, ago, text
    return parse_absolute(words), None, text


def parse_absolute(words: str) -> str | None:
    import dateparser  # slow import, needed only on a cold run

    cleaned = re.sub(r"\s*[|•·]\s*", " ", words)
    cleaned = re.sub(r"\b([ap])\.\s?m\.", r"\1m", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"(?<=\d),\s+(?=\d{1,2}[:.]\d{2})", " ", cleaned)
    cleaned = re.sub(r"\bat\s+(?=\d)", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"(\d)\.(\d{2})\s*([ap]m)", r"\1:\2 \3", cleaned, flags=re.IGNORECASE)
    zone = None
    m = re.search(r"\b([ECMP])T\s*$", cleaned)
    if m:  # "ET" means EDT in summer and EST in winter: resolve with the real zone rules
        zone = _US_ZONES[m.group(1) + "T"]
        cleaned = cleaned[: m.start()].strip()
    try:
        parsed = dateparser.parse(
            cleaned,
            languages=["en"],
            settings={"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        if zone:
            from zoneinfo import ZoneInfo

            parsed = parsed.replace(tzinfo=ZoneInfo(zone))
        else:
            parsed = parsed.replace(tzinfo=timezone.utc)
    offset = parsed.utcoffset() or timedelta(0)
    return parsed.replace(tzinfo=timezone(offset)).isoformat()


def resolve(published: str | None, ago: float | None, now: datetime) -> str | None:
    """The absolute publication time, resolving relative dates against `now`."""
    if published:
        return published
    if ago is None:
        return None
    return (now - timedelta(seconds=ago)).replace(microsecond=0).isoformat()
