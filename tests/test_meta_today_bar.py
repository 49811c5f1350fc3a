"""The site's today bar glued to its masthead at the top of the page (our own invented examples)."""

from factories import P1, P2, P3, meta_of

HEAD = "Two held over the Marrow harbour assault as the court refuses them bail"


def test_a_masthead_with_the_today_bar_glued_on_names_the_site_and_the_stamp_dates_the_story():
    text = f"The Kessel Independent 9 June 2026, Sunday\n\n{HEAD}\n\nWednesday, 25 March 2026, 13:54\n\n{P1}\n\n{P2}\n\n{P3}"
    info = meta_of(text)
    assert info.source == "The Kessel Independent"
    assert info.published == "2026-03-25T13:54:00+00:00"
    assert info.title == HEAD


def test_a_masthead_with_its_day_and_no_other_stamp_still_dates_the_page():
    info = meta_of(f"The Kessel Independent 9 June 2026\n\n{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert info.published == "2026-06-09T00:00:00+00:00"


def test_a_kicker_with_a_day_over_the_headline_is_no_masthead():
    info = meta_of(f"Harbour walks resume 9 June 2026\n\n{HEAD}\n\nWednesday, 25 March 2026, 13:54\n\n{P1}\n\n{P2}\n\n{P3}")
    assert info.source is None
    assert info.published == "2026-03-25T13:54:00+00:00"
