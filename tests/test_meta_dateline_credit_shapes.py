"""Datelines that credit the wire or the site in shapes other than '(NAME)': between slashes, after a full
stop, 'Site/WIRE -', alone on their line; and the look-alikes that must stay story text (our own invented examples)."""

from factories import HEAD, P2, P3, meta_of

from briefing.article.clean import clean

LEDE = "The town council approved a new bridge over the Marrow river on Tuesday after a two-hour debate."


def _page(first: str) -> str:
    return f"{HEAD}\n\n{first}\n\n{P2}\n\n{P3}"


def test_an_agency_named_in_quotes_between_slashes_after_a_numeric_date_is_the_credit_and_the_date():
    info = meta_of(_page(f"Marrow, 12.03.2026 / KNA “Kesselpress” /.{LEDE}"))
    assert info.source == "Kesselpress"
    assert (info.published or "")[:10] == "2026-03-12"
    assert clean(_page(f"Marrow, 12.03.2026 / KNA “Kesselpress” /.{LEDE}")).body[0] == LEDE


def test_an_agency_between_slashes_after_the_day_and_clock_is_the_credit():
    page = clean(_page(f"KESSEL, March 02, 21:09 /MARROW-NEWS/. {LEDE}"))
    assert page.body[0] == LEDE
    assert ("wire", "MARROW-NEWS") in page.furniture


def test_a_site_and_the_wire_it_carries_after_the_date_are_the_outlet_and_the_credit():
    info = meta_of(_page(f"Marrow, Nov. 30, Kesseldot/GNA - {LEDE}"))
    assert (info.source, info.credit) == ("Kesseldot", "GNA")


def test_a_known_agency_in_capitals_after_the_place_and_a_full_stop_is_the_credit():
    page = clean(_page(f"MARROW HARBOUR. XINHUA {LEDE}"))
    assert page.body[0] == LEDE
    assert meta_of(_page(f"MARROW HARBOUR. XINHUA {LEDE}")).credit == "Xinhua"


def test_a_day_first_month_in_capitals_keeps_the_dateline_and_its_credit():
    assert meta_of(_page(f"MARROW, 10 JUN (NAMPA) - {LEDE}")).credit == "NAMPA"


def test_a_known_wires_dateline_alone_on_its_line_over_the_story_credits_the_wire():
    info = meta_of(f"{HEAD}\nMarrow (AFP) –\n{LEDE}\n{P2}\n{P3}")
    assert info.credit == "AFP"


def test_a_capitals_word_after_a_place_and_full_stop_that_is_no_agency_stays_the_story():
    page = clean(_page("MARROW. COUNCIL Members met on Tuesday to back the new bridge over the river."))
    assert page.body[0].startswith("MARROW. COUNCIL Members")
    assert not page.lines("wire")


def test_a_clock_between_slashes_after_the_date_is_no_credit():
    first = f"Marrow, March 3, 2026 / 10:30 / {LEDE}"
    page = clean(_page(first))
    assert not page.lines("wire") and not page.lines("dateline-site")


def test_a_site_before_a_slash_whose_partner_is_no_wire_stays_the_story():
    page = clean(_page(f"Marrow, Nov. 30, Kesseldot/Harbour - {LEDE}"))
    assert not page.lines("wire") and not page.lines("dateline-site")


def test_a_name_in_brackets_alone_over_the_story_that_is_no_wire_credits_nothing():
    assert meta_of(f"{HEAD}\nMarrow (Kessel Weekly) –\n{LEDE}\n{P2}\n{P3}").credit is None


def test_a_menu_link_over_the_headline_is_not_the_outlet_the_dateline_credits():
    text = f"All news\n{HEAD}\nKESSEL, March 02, 21:09 /MARROW-NEWS/. {LEDE}\n{P2}\n{P3}"
    assert meta_of(text).source == "MARROW-NEWS"


def test_a_writer_or_a_photo_credit_between_slashes_is_no_wire():
    for between in ("Ana Veer", "Photo: Ivo Brand"):
        info = meta_of(_page(f"Kessel, 12 March 2026 / {between} / {LEDE}"))
        assert info.credit is None and info.source is None


def test_an_agency_word_opening_a_sentence_in_capitals_is_no_credit():
    info = meta_of(_page("KESSEL. AFP PHOTOGRAPHERS were kept behind a fence on Monday as the old pier was shut for repairs."))
    assert info.credit is None and info.source is None
