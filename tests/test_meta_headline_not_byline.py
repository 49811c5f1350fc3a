"""A title-case headline with a comma is not a list of writers' names (our own invented examples)."""

from factories import P1, P2, P3, meta_of

from briefing.article.clean.bylines import parse_byline

STORY = f"{P1}\n\n{P2}\n\n{P3}"


def test_a_headline_whose_first_clause_runs_four_words_is_no_writer():
    head = "Inspectors Fault Harbour Aide, 2 Journalists in Kessel Ferry Probe"
    info = meta_of(f" date 2024-07-26 Menu Content\n\n{head}\n\nWritten: 2024-08-13 16:39:11\n\n{STORY}")
    assert info.title == head
    assert info.authors == ()


def test_a_count_after_the_comma_opens_a_headlines_clause_not_a_role():
    assert parse_byline("Kessel Aide Named, 2 Journalists in Ferry Probe") is None


def test_a_crumb_trail_glued_to_the_headline_over_it_printed_bare():
    head = "Three Detained, Boats Seized in Kessel Harbour"
    info = meta_of(f"Home News Region {head}\n\n{head}\n\nBy Ana Veer\n\n{STORY}")
    assert info.title == head
    assert info.authors == ("Ana Veer",)


def test_writers_without_by_still_read_as_writers():
    assert parse_byline("Ana Veer, Staff Writer") == (["Ana Veer"], "Staff Writer")
    assert parse_byline("Ana Veer and Ivo Brand") == (["Ana Veer", "Ivo Brand"], None)
    assert parse_byline("By Kessel Marrow Harbour Brand") is not None  # a long name after "By" is a name


def test_a_writers_name_and_outlet_under_a_line_ending_with_them_stay_the_byline():
    info = meta_of(f"Marrow council backs new river bridge\n\nPhoto and words: Ana Veer, Kessel Post\n\n"
                   f"Ana Veer, Kessel Post\n\n{STORY}")
    assert info.authors == ("Ana Veer",)
