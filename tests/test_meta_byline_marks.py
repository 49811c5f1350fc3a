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
