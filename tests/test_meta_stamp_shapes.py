"""Stamp shapes the date reader must read, and their look-alikes it must leave (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of

from briefing.article import dates


def test_a_relative_update_note_glued_after_the_stamp_is_cut_off():
    text = f"{HEAD}\n\nTuesday, 10 March 2026, 13:54 Last update: over 5 months ago\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2026-03-10T13:54:00+00:00"


def test_a_sentence_that_says_ago_before_its_date_is_no_stamp():
    assert not dates.is_date_line("Two years ago, on 9 March 2026, the ferry sank")
    assert not dates.is_date_line("Kessel rail plan 9 March 2026 was dropped about 2 years ago")


def test_a_month_name_between_slashes_is_a_day():
    text = f"{HEAD}\n\nHarbour Thursday 12/March/2026 09:50 AM\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2026-03-12T09:50:00+00:00"


def test_an_archive_notice_saying_where_the_story_is_from_dates_it():
    text = f"This Story is From Mar 4, 2014\n\n{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2014-03-04T00:00:00+00:00"


def test_a_story_from_a_place_is_no_archive_notice():
    assert not dates.is_date_line("This story is from the Kessel desk, 9 March 2026")


def test_a_month_first_two_digit_year_with_its_clock_is_read_when_the_day_is_over_12():
    text = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n03.26.17, 14:12"
    assert meta_of(text).published == "2017-03-26T14:12:00+00:00"
    assert dates.parse("26.03.17, 14:12")[0] == "2017-03-26T14:12:00+00:00"


def test_a_two_digit_year_either_way_round_or_without_a_clock_is_not_read():
    assert dates.parse("03.04.17, 14:12")[0] is None
    assert dates.parse("Score 03.26.17 today")[0] is None


def test_a_pipe_stamp_keeps_its_clock_and_zone():
    text = f"News\n\n{HEAD}\n\nThe Kessel Minute | March 9, 2026 | 11:51 am IST\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2026-03-09T11:51:00+05:30"


def test_a_pipe_stamp_with_a_word_that_is_no_zone_after_the_clock_keeps_the_day_only():
    text = f"News\n\n{HEAD}\n\nThe Kessel Minute | March 9, 2026 | 11:51 am Harbour\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2026-03-09T00:00:00+00:00"


def _forecast(first_day: int) -> str:
    rows = [f"{name}\n\n04/{first_day + k}/2026\n\nSunny\n\n{60 + k}° / 48°"
            for k, name in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday"])]
    return "Weather\n\nDaily Forecast\n\n" + "\n\n".join(rows)


def test_a_forecasts_row_of_days_under_the_story_is_no_date():
    text = f"{HEAD}\n\nPosted\n\n{P1}\n\n{P2}\n\n{P3}\n\n{_forecast(20)}"
    assert meta_of(text).published is None


def test_the_stories_own_stamp_wins_over_a_forecasts_row_of_days():
    text = f"{HEAD}\n\nMarch 3, 2026\n\n{P1}\n\n{P2}\n\n{P3}\n\n{_forecast(20)}"
    assert meta_of(text).published == "2026-03-03T00:00:00+00:00"


def test_a_stamp_and_its_update_on_the_next_day_are_still_read():
    text = f"{HEAD}\n\nPublished March 3, 2026\n\nUpdated March 4, 2026\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2026-03-03T00:00:00+00:00"


def test_two_stacked_clock_stamps_of_one_day_the_later_first_give_the_earlier():
    text = f"Kessel Wire\n\nMarch 9, 2026 21:53\n\n20:12 9 March 2026\n\n{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2026-03-09T20:12:00+00:00"


def test_a_labelled_update_under_the_published_stamp_is_not_taken():
    text = f"{HEAD}\n\nPublished March 9, 2026 20:12\n\nUpdated March 9, 2026 21:53\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2026-03-09T20:12:00+00:00"


def test_two_stacked_clock_stamps_the_earlier_first_keep_the_first():
    text = f"{HEAD}\n\nMarch 9, 2026 20:12\n\n21:53 9 March 2026\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).published == "2026-03-09T20:12:00+00:00"
