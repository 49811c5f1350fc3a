"""Two date lines stacked at the page's top: the site's today or clock bar, then the story's own earlier
stamp; and the pages where the first date must stay (our own invented examples)."""

from factories import HEAD, STORY, meta_of


def test_a_today_bar_over_the_stories_own_weekday_date_gives_way_to_it():
    info = meta_of(f"Monday, 4 May 2026\nMonday 6 April 2020\n{HEAD}\n\n{STORY}")
    assert (info.published or "")[:10] == "2020-04-06"


def test_a_citys_clock_bar_over_the_headline_gives_way_to_the_stamp_under_it():
    text = f"Kessel Times\nMarrow, November 27th 2026 - 18:42 UTC\n{HEAD}\nFriday, November 6th 2020 - 09:55 UTC\n\n{STORY}"
    assert (meta_of(text).published or "")[:16] == "2020-11-06T09:55"


def test_a_lone_date_line_over_the_headline_stays_the_date():
    assert (meta_of(f"Monday, 4 May 2026\n{HEAD}\n\n{STORY}").published or "")[:10] == "2026-05-04"


def test_a_later_date_under_the_first_does_not_replace_it():
    text = f"Marrow, April 6th 2020 - 09:55 UTC\n{HEAD}\nMonday, May 4th 2026 - 18:42 UTC\n\n{STORY}"
    assert (meta_of(text).published or "")[:10] == "2020-04-06"


def test_a_letters_date_quoted_in_the_story_is_not_the_stories_stamp():
    letter = "Below is the council's letter in full.\n\n2nd September 2020\n\nDear Madam,"
    text = f"Friday, March 6, 2026\n{HEAD}\n\n{STORY}\n\n{letter}\n\nWe write about the bridge over the Marrow river."
    assert (meta_of(text).published or "")[:10] != "2020-09-02"


def test_a_place_and_a_date_with_no_clock_is_no_clock_bar():
    text = f"Harbour, March 6th 2026\nThursday, March 5th 2026\n{HEAD}\n\n{STORY}"
    assert (meta_of(text).published or "")[:10] == "2026-03-06"


def test_a_line_opening_on_a_word_that_starts_like_a_weekday_is_no_stamp():
    text = f"Monday, 4 May 2026\nSunrise Edition 3 March 2020\n{HEAD}\n\n{STORY}"
    assert (meta_of(text).published or "")[:10] == "2026-05-04"
