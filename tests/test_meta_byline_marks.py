"""Bylines with marks glued to them: the paste's date marker, a handle, an e-mail (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of


def test_the_date_marker_glued_to_a_wire_byline_credits_the_wire():
    info = meta_of(f" date 2026-03-09 By KNA\n\n{P1}\n\n{P2}\n\n{P3}")
    assert info.credit == "KNA"
    assert info.published == "2026-03-09T00:00:00+00:00"
    assert info.authors == ()


def test_the_date_marker_glued_to_a_writer_keeps_the_writer():
    info = meta_of(f" date 2026-03-09 By Ana Veer\n\n{P1}\n\n{P2}\n\n{P3}")
    assert info.authors == ("Ana Veer",)
    assert info.credit is None
    assert info.published == "2026-03-09T00:00:00+00:00"


def test_a_byline_closed_by_a_handle_and_a_desk_address_names_the_writer():
    text = f"{HEAD}\n\nTuesday March 10 2026\n\nBy Ana Veer @KesselPostKT news@kt.harbourgroup.example\n\n{P1}\n\n{P2}\n\n{P3}"
    info = meta_of(text)
    assert info.authors == ("Ana Veer",)
    assert info.source is None  # the desk's box is the owning group's, not a name the page gives itself


def test_a_writers_own_address_under_the_byline_still_names_the_site():
    text = f"{HEAD}\n\nBy Ana Veer\n\n{P1}\n\n{P2}\n\n{P3}\n\nContact Ana Veer at aveer@marrowledger.com"
    info = meta_of(text)
    assert info.authors == ("Ana Veer",)
    assert info.source == "Marrowledger"


def test_a_handle_inside_a_sentence_is_no_byline():
    text = f"{HEAD}\n\nBy the river, walkers met @KesselWalks on Sunday.\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).authors == ()
