"""An outlet's name opening a pipe stamp line ("The Kessel Times | March 2, 2026 | 11:51 am") is the site, and the
headline over it stays the headline; a place or a section opening it is not (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of


def _page(stamp: str) -> str:
    return f"News\n\n{HEAD}\n\nWritten by : KT\n\n{stamp}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_an_outlet_opening_a_stamp_line_under_a_writer_slot_is_the_site_and_the_headline_stays():
    info = meta_of(_page("The Kessel Times | March 2, 2026 | 11:51 am IST"))
    assert (info.title, info.source) == (HEAD, "The Kessel Times")
    assert (info.published or "")[:10] == "2026-03-02"


def test_a_place_and_a_country_opening_a_stamp_line_is_no_site():
    assert meta_of(_page("Marrow, Norland | March 2, 2026 | 11:51 am IST")).source is None


def test_a_section_opening_a_stamp_line_is_no_site():
    assert meta_of(_page("Local News | March 2, 2026 | 11:51 am IST")).source is None


def test_a_menu_of_sections_beside_the_day_is_no_site():
    assert meta_of(_page("News | Sport | March 2, 2026")).source is None
