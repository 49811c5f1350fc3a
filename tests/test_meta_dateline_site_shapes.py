"""A site's or two outlets' credit in dateline shapes: "NAME / " opening the lede, an inverted "NAME (PLACE, COUNTRY) -",
"(A/B):" shared by two outlets; and the look-alikes that must stay as they are (our own invented examples)."""

from factories import HEAD, P2, P3, meta_of

from briefing.article.clean import clean

LEDE = "The town council approved a new bridge over the Marrow river on Tuesday after a two-hour debate."


def _page(first: str) -> str:
    return f"{HEAD}\n\n{first}\n\n{P2}\n\n{P3}"


def test_an_outlet_name_and_a_slash_opening_the_lede_is_the_site():
    text = _page(f"Kessel News / {LEDE}")
    assert meta_of(text).source == "Kessel News"
    assert clean(text).body[0] == LEDE


def test_a_writer_name_and_a_slash_opening_the_lede_is_no_site():
    text = _page(f"Ana Veer / {LEDE}")
    assert meta_of(text).source is None
    assert clean(text).body[0].startswith("Ana Veer / ")


def test_a_breadcrumb_of_sections_before_a_slash_is_no_site():
    assert meta_of(_page(f"World News / {LEDE}")).source is None


def test_an_outlet_before_a_place_and_its_country_in_brackets_is_the_site_not_the_credit():
    info = meta_of(_page(f"Kessel News Agency (Marrow, Norland) - {LEDE}"))
    assert (info.source, info.credit) == ("Kessel News Agency", None)


def test_a_place_before_a_wire_in_brackets_keeps_the_wire_as_the_credit():
    info = meta_of(_page(f"Marrow, Norland (Harbour Press - Kessel Daily) - {LEDE}"))
    assert info.credit == "Harbour Press"


def test_a_credit_shared_by_two_outlets_across_a_slash_names_each():
    info = meta_of(_page(f"MARROW (Kessel Times/Harbour Watch Media): {LEDE}"))
    assert info.credit == "Kessel Times, Harbour Watch Media"


def test_two_stations_across_a_slash_stay_one_station_credit():
    info = meta_of(_page(f"MARROW (KQTH/KWRV) - {LEDE}"))
    assert info.credit != "KQTH, KWRV"
