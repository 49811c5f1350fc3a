"""Which way round a page writes its slashed dates, from what else the page says.

"08/03/2026" is the 8th of March on a British, Indian or Australian page and August 3rd on an
American one, and the stamp alone cannot tell. The page usually can: its spellings ("per cent",
"litres" or "percent", "liters"), the zones it prints (GMT, AEDT or EDT), a currency, an address
ending (.co.uk, .com.au), the dates it writes in words ("9 March" or "March 9"), and the American
wire style of "9:41 a.m." and "said Thursday". Only a clear lead on one side decides; a page with no
such clue, or clues both ways, leaves the date unread (a wrong date is worse than none).
"""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicon
from briefing.article.clean import Page

_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# AP and Canadian Press style drop the "on": "the prosecutor said Thursday", "voted Monday".
_VERB_WEEKDAY = re.compile(
    rf"\b(?:said|says|announced|voted|told|confirmed|approved|ruled|reported|died|opened|closed)\s+{_WEEKDAYS}\b")
_DOTTED_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.m\.", re.IGNORECASE)
_LEAD = 2  # how far one side must lead


@cache
def _clues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(words and phrases, zones and currencies as written, clue → side)."""
    table = lexicon.table("date_order_clues")
    words = [c for c in table if not c.startswith((".", "+", "-")) and not c.isupper() and c.isascii()]
    zones = [c for c in table if c.isupper()]
    money = [c for c in table if not c.isascii()]
    side = {c.casefold() if c in words else c: v for c, v in table.items()}
    word_re = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.IGNORECASE)
    # A zone only after a clock time ("7:15am AEDT", "11:02 p.m. CDT"): "PT" alone is also a company's prefix.
    sign_re = re.compile(r"(?:(?<=\d)|(?<=\d[ap]m)|(?<=\d [ap]m)|(?<=[ap]\.m\.))[ ]?\(?(?:"
                         + "|".join(sorted(zones, key=len, reverse=True)) + r")\b|"
                         + "|".join(map(re.escape, money)), re.IGNORECASE)
    return word_re, sign_re, side


@cache
def _named_dates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(lexicon.entries("month_names"))
    return (re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months})\b"),
            re.compile(rf"\b(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*\d{{3}})"))


# A numeric offset after a date's clock with its seconds: "11/08/2026 09:55:00 -05:00", "2026-03-09T14:20:00+0530"
# ("9:00-10:00" is a range, "4:03:22 +02:00" a race's gap).
_OFFSET = re.compile(r"(?:\b(?:19|20)\d\d|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})[T ]\d\d:\d\d:\d\d(?:\.\d{1,6})?\s?(?P<sign>[+-])(?P<hours>\d\d):?(?P<minutes>\d\d)(?![\d:])")


# An address's country ending, in lower case as addresses are written ("said.In" glued by a paste is no address).
_HOST = re.compile(r"\b[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20}){0,3}(\.[a-z]{2})\b(?![.\w])")


def day_first(page: Page) -> bool | None:
    """True where the page writes dates day first, False where month first, None when it does not say."""
    text = "\n".join([line for _label, line in page.furniture] + page.body)[:20000]
    votes: dict[str, set[str]] = {"dmy": set(), "mdy": set()}
    word_re, sign_re, side = _clues()
    for m in word_re.finditer(text):
        votes[side[m.group(0).casefold()]].add(m.group(0).casefold())
    for m in sign_re.finditer(text):
        sign = m.group(0).strip().strip("(").upper()
        votes[side[sign]] |= {sign, sign + " again"} if sign.isalpha() else {sign}  # a zone names the country: two clues
    for m in _OFFSET.finditer(text):
        offset = f"{m.group('sign')}{m.group('hours')}:{m.group('minutes')}"
        if offset in side:
            votes[side[offset]].add(offset)
    for m in _HOST.finditer(text):
        ending = m.group(1)
        if ending in side:
            votes[side[ending]].add(ending)
    day_month, month_day = _named_dates()
    if day_month.search(text):
        votes["dmy"] |= {"9 March", "9 March again"}  # a date in words weighs two clues
    if month_day.search(text):
        votes["mdy"] |= {"March 9", "March 9 again"}
    if _VERB_WEEKDAY.search(text):
        votes["mdy"].add("said Thursday")
    if _DOTTED_CLOCK.search(text):
        votes["mdy"].add("a.m.")
    dmy, mdy = len(votes["dmy"]), len(votes["mdy"])
    if dmy - mdy >= _LEAD:
        return True
    if mdy - dmy >= _LEAD:
        return False
    return None
