"""Dates: our pattern finds the date words, dateparser reads only those, zones become offsets."""

import subprocess
import sys
from datetime import UTC, datetime

import pytest

from briefing.article import dates


@pytest.mark.parametrize(
    "words, iso",
    [
        ("2026-03-03T09:15:00Z", "2026-03-03T09:15:00+00:00"),
        ("2026-03-04 10:00 +0100", "2026-03-04T10:00:00+01:00"),
        ("Jul 02, 2025 | 8:31 PM GMT-04", "2025-07-02T20:31:00-04:00"),
        ("March 9, 2026 · 18:00 GMT+8", "2026-03-09T18:00:00+08:00"),
        ("Jun 3, 2025 12:30 PM UTC+5:30", "2025-06-03T12:30:00+05:30"),
        ("Sep 9, 2024, 7:15 PM EDT", "2024-09-09T19:15:00-04:00"),
        ("March 3, 2025 6:48 p.m. EST", "2025-03-03T18:48:00-05:00"),
        ("8:02 PM EDT, Wed August 20, 2025", "2025-08-20T20:02:00-04:00"),
        ("Tue 3 Mar 2026 at 19:45 GMT", "2026-03-03T19:45:00+00:00"),
        ("3 June 2024, 14:05 BST", "2024-06-03T14:05:00+01:00"),
        ("Jan 5, 2026 11:00 AM JST", "2026-01-05T11:00:00+09:00"),
    ],
)
def test_absolute_dates_keep_their_zone_as_an_offset(words, iso):
    assert dates.parse_absolute(words) == iso


def test_eastern_time_is_summer_or_winter_time_by_the_date():
    assert dates.parse_absolute("Thursday, May 1, 2025 4:05 am ET") == "2025-05-01T04:05:00-04:00"
    assert dates.parse_absolute("Tuesday, January 14, 2025 6:30 pm ET") == "2025-01-14T18:30:00-05:00"


def test_no_zone_means_utc():
    assert dates.parse_absolute("Published: 7 March 2025".split(": ")[1]) == "2025-03-07T00:00:00+00:00"


@pytest.mark.parametrize(
    "line, seconds",
    [("Published 10 HOURS AGO", 36000), ("4 hours ago", 14400), ("an hour ago", 3600),
     ("Updated 2 days ago", 172800), ("5h ago", 18000), ("3 mins ago", 180), ("yesterday", 86400)],
)
def test_relative_dates(line, seconds):
    published, ago, text = dates.parse(line)
    assert published is None and ago == seconds and text == line


def test_relative_dates_resolve_against_now():
    now = datetime(2025, 9, 14, 7, 30, tzinfo=UTC)
    assert dates.resolve(None, 36000, now) == "2025-09-13T21:30:00+00:00"
    assert dates.resolve("2025-01-01T00:00:00+00:00", None, now) == "2025-01-01T00:00:00+00:00"


@pytest.mark.parametrize(
    "line",
    ["Updated Jul 02, 2025 | 8:31 PM GMT-04", "date 2018-04-04", "Published 10 HOURS AGO", "Posted on 3 June 2024, 14:05 BST",
     "Updated 23:15 GMT", "March 3, 2025 6:48 p.m. EST"],
)
def test_date_lines(line):
    assert dates.is_date_line(line)


@pytest.mark.parametrize(
    "line",
    ["Two days ago the minister resigned after a row over the budget.",
     "The council will vote on March 3, 2026, on whether to approve the plan.",
     "Prices rose in February and are expected to fall by June.",
     "Work started in 2019 and will finish by 2027, the company said."],
)
def test_sentences_with_dates_are_not_date_lines(line):
    assert not dates.is_date_line(line)


def test_a_labelled_date_glued_to_the_first_paragraph_is_split_off():
    rest, glued = dates.split_leading_date(" date 2018-04-04 Officials in the port city said on Monday that talks would resume.")
    assert glued == "date 2018-04-04"
    assert rest.startswith("Officials in the port city")
    assert dates.split_leading_date("Posted Tue 3 Mar 2026 at 19:45 GMT") == ("Posted Tue 3 Mar 2026 at 19:45 GMT", None)


# What a date costs to find and to read is measured by bench/costs.py, not here.


@pytest.mark.parametrize("line", ["Tue 3 Mar 2026 at 19:45 GMT", "Sep 9, 2024, 7:15 PM EDT",
                                  "Thursday, May 1, 2025 4:05 am ET", "3 June 2024, 14:05 BST",
                                  "March 9, 2026 · 18:00 GMT+8"])
def test_datelines_with_a_zone_are_read(line):
    published, ago, text = dates.parse(line)
    assert published and published.startswith(("2024", "2025", "2026")) and ago is None and text == line


def test_a_sentence_that_mentions_a_day_and_a_year_is_not_a_dateline():
    line = "The committee met on Monday 17 to discuss the 2025 plan with 119 people and more. " * 2
    assert not any(dates.is_date_line(line[: 60 + n]) for n in range(50))


def test_dateparser_and_trafilatura_are_imported_only_when_needed():
    code = (
        "import sys\n"
        "from briefing.article import clean, meta, dates, html\n"
        "page = clean.clean('Marrow backs bridge\\n\\nBy Ada Linde\\n4 hours ago\\n\\n"
        "The council approved a new bridge over the river on Tuesday after a long debate.')\n"
        "info = meta.extract(page)\n"
        "assert info.published_ago == 14400\n"
        "print('dateparser' in sys.modules, 'trafilatura' in sys.modules)\n"
        "meta.extract(clean.clean('Marrow backs bridge\\nMarch 3, 2025 6:48 PM EST\\n\\nThe council met on Tuesday to vote on it.'))\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True"]


def test_dotted_dates_are_day_first():
    from briefing.article import dates

    assert dates.parse("21.03.2025 06:15 CET")[0] == "2025-03-21T06:15:00+01:00"
    assert dates.parse("Published 4.7.2024")[0] == "2024-07-04T00:00:00+00:00"
