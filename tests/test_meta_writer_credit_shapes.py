"""Writers in credit shapes: a name then a wire's full name with no comma, 'Report and photographs:', a credit
line parted by commas, a role signing beside a numeric stamp; and the look-alikes that must not change
(our own invented examples)."""

import pytest
from factories import HEAD, STORY, meta_of

from briefing.article.clean.bylines import parse_byline
from briefing.article.meta.authors import credit_authors

DECK = "Power cuts hit the coast after a night of strong winds on the Marrow estuary"


def test_a_name_then_a_wires_full_name_with_no_comma_is_the_writer_and_the_credit():
    info = meta_of(f"{HEAD}\n\n{DECK}\n\nAna Veer Associated Press\n\n{STORY}")
    assert info.authors == ("Ana Veer",)
    assert info.credit == "AP"
    assert info.source in (None, "AP")  # never the whole byline line


@pytest.mark.parametrize("line", ["Ana Veer Kessel Weekly", "Ana Veer Reuters", "Marrow bridge Associated Press"])
def test_a_name_then_no_known_wires_full_name_is_no_byline(line):
    assert parse_byline(line) is None


def test_report_and_photographs_names_the_writer():
    info = meta_of(f"{HEAD}\n\n{DECK}\n\nReport and photographs: Ana Veer\n\n{STORY}")
    assert info.authors == ("Ana Veer",)


@pytest.mark.parametrize("line", ["Report: Marrow Bridge Opens Early", "Report and photos: Marrow bridge opens early"])
def test_a_report_headline_is_no_byline(line):
    assert parse_byline(line) is None


def test_a_credit_line_parted_by_commas_names_the_reporter_and_the_writer_not_the_editor():
    line = "(Reporting by Ana Veer, writing by Ivo Brand, editing by Kai Marrow)"
    assert credit_authors(line) == ["Ana Veer", "Ivo Brand"]


@pytest.mark.parametrize("line, names", [
    ("(Reporting by Ana Veer, Ivo Brand and Lia Harbour; Editing by Kai Marrow)", ["Ana Veer", "Ivo Brand", "Lia Harbour"]),
    ("(Reporting by Ana Veer in Kessel, Editing by Kai Marrow)", ["Ana Veer"]),
])
def test_names_listed_with_commas_under_one_role_stay_writers(line, names):
    assert credit_authors(line) == names


def test_a_role_signing_beside_a_numeric_stamp_dates_the_story():
    info = meta_of(f"{HEAD}\n\nby Staff Writer 24-06-2026 | 9:55 PM\n\n{STORY}")
    assert (info.published or "")[:16] == "2026-06-24T21:55"
    assert info.authors == ()
